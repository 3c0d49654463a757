graph "models/dino_pass.yaml"
%1 = input name="sched.lr" : f32[] @ models/dino_pass.yaml:122:3
%2 = input name="sched.wd" : f32[] @ models/dino_pass.yaml:123:3
%3 = input name="sched.momentum" : f32[] @ models/dino_pass.yaml:124:3
%4 = input name="sched.temp_t" : f32[] @ models/dino_pass.yaml:125:3
%5 = input name="crops.global" : f32[4,3,64,64] @ models/dino_pass.yaml:116:3
%6 = input name="crops.local" : f32[4,3,48,48] @ models/dino_pass.yaml:118:3
%7 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%8 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(768)" tags=[] frozen_epochs=0 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%9 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(768)" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/vit.yaml:10:7
%10 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%11 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%12 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[192,64] @ models/lib/nn.yaml:79:7
%13 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[192] @ models/lib/nn.yaml:80:7
%14 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%15 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%16 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%17 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%18 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%19 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%20 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%21 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%22 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%23 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%24 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[192,64] @ models/lib/nn.yaml:79:7
%25 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[192] @ models/lib/nn.yaml:80:7
%26 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%27 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%28 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%29 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%30 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%31 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%32 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%33 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%34 = param name="ca_head.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%35 = param name="ca_head.cls_blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%36 = param name="ca_head.cls_blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%37 = param name="ca_head.cls_blocks.0.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%38 = param name="ca_head.cls_blocks.0.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%39 = param name="ca_head.cls_blocks.0.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%40 = param name="ca_head.cls_blocks.0.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%41 = param name="ca_head.cls_blocks.0.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%42 = param name="ca_head.cls_blocks.0.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%43 = param name="ca_head.cls_blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,64] @ models/lib/nn.yaml:79:7
%44 = param name="ca_head.cls_blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%45 = param name="ca_head.cls_blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%46 = param name="ca_head.cls_blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%47 = param name="ca_head.cls_blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%48 = param name="ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%49 = param name="ca_head.cls_blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%50 = param name="ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%51 = param name="ca_head.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:89:7
%52 = param name="ca_head.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:90:7
%53 = param name="c_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%54 = param name="c_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%55 = param name="c_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,256] @ models/lib/nn.yaml:79:7
%56 = param name="c_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%57 = param name="c_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%58 = param name="c_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%59 = param name="c_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[65536,1] @ models/lib/dino.yaml:18:7
%60 = param name="c_head.last_layer.weight_v" init="uniform_fan_in(64)" tags=[] frozen_epochs=1 : f32[65536,64] @ models/lib/dino.yaml:19:7
%61 = param name="p_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,64] @ models/lib/nn.yaml:79:7
%62 = param name="p_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%63 = param name="p_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[256,256] @ models/lib/nn.yaml:79:7
%64 = param name="p_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[256] @ models/lib/nn.yaml:80:7
%65 = param name="p_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,256] @ models/lib/nn.yaml:79:7
%66 = param name="p_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%67 = param name="p_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[4096,1] @ models/lib/dino.yaml:18:7
%68 = param name="p_head.last_layer.weight_v" init="uniform_fan_in(64)" tags=[] frozen_epochs=1 : f32[4096,64] @ models/lib/dino.yaml:19:7
%69 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%70 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%71 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[64] @ models/lib/vit.yaml:10:7
%72 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%73 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%74 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[192,64] @ models/lib/nn.yaml:79:7
%75 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[192] @ models/lib/nn.yaml:80:7
%76 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%77 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%78 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%79 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%80 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%81 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%82 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%83 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%84 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%85 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%86 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[192,64] @ models/lib/nn.yaml:79:7
%87 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[192] @ models/lib/nn.yaml:80:7
%88 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%89 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%90 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%91 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%92 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%93 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%94 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%95 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%96 = state name="teacher.ca_head.cls_token" init="copy(ca_head.cls_token)" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%97 = state name="teacher.ca_head.cls_blocks.0.norm1.weight" init="copy(ca_head.cls_blocks.0.norm1.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%98 = state name="teacher.ca_head.cls_blocks.0.norm1.bias" init="copy(ca_head.cls_blocks.0.norm1.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%99 = state name="teacher.ca_head.cls_blocks.0.attn.q.weight" init="copy(ca_head.cls_blocks.0.attn.q.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%100 = state name="teacher.ca_head.cls_blocks.0.attn.q.bias" init="copy(ca_head.cls_blocks.0.attn.q.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%101 = state name="teacher.ca_head.cls_blocks.0.attn.k.weight" init="copy(ca_head.cls_blocks.0.attn.k.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%102 = state name="teacher.ca_head.cls_blocks.0.attn.k.bias" init="copy(ca_head.cls_blocks.0.attn.k.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%103 = state name="teacher.ca_head.cls_blocks.0.attn.v.weight" init="copy(ca_head.cls_blocks.0.attn.v.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%104 = state name="teacher.ca_head.cls_blocks.0.attn.v.bias" init="copy(ca_head.cls_blocks.0.attn.v.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%105 = state name="teacher.ca_head.cls_blocks.0.attn.proj.weight" init="copy(ca_head.cls_blocks.0.attn.proj.weight)" : f32[64,64] @ models/lib/nn.yaml:79:7
%106 = state name="teacher.ca_head.cls_blocks.0.attn.proj.bias" init="copy(ca_head.cls_blocks.0.attn.proj.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%107 = state name="teacher.ca_head.cls_blocks.0.norm2.weight" init="copy(ca_head.cls_blocks.0.norm2.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%108 = state name="teacher.ca_head.cls_blocks.0.norm2.bias" init="copy(ca_head.cls_blocks.0.norm2.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%109 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.weight" init="copy(ca_head.cls_blocks.0.mlp.fc1.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%110 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.bias" init="copy(ca_head.cls_blocks.0.mlp.fc1.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%111 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.weight" init="copy(ca_head.cls_blocks.0.mlp.fc2.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%112 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.bias" init="copy(ca_head.cls_blocks.0.mlp.fc2.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%113 = state name="teacher.ca_head.norm.weight" init="copy(ca_head.norm.weight)" : f32[64] @ models/lib/nn.yaml:89:7
%114 = state name="teacher.ca_head.norm.bias" init="copy(ca_head.norm.bias)" : f32[64] @ models/lib/nn.yaml:90:7
%115 = state name="teacher.c_head.mlp.0.weight" init="copy(c_head.mlp.0.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%116 = state name="teacher.c_head.mlp.0.bias" init="copy(c_head.mlp.0.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%117 = state name="teacher.c_head.mlp.2.weight" init="copy(c_head.mlp.2.weight)" : f32[256,256] @ models/lib/nn.yaml:79:7
%118 = state name="teacher.c_head.mlp.2.bias" init="copy(c_head.mlp.2.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%119 = state name="teacher.c_head.mlp.4.weight" init="copy(c_head.mlp.4.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%120 = state name="teacher.c_head.mlp.4.bias" init="copy(c_head.mlp.4.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%121 = state name="teacher.c_head.last_layer.weight_g" init="copy(c_head.last_layer.weight_g)" : f32[65536,1] @ models/lib/dino.yaml:18:7
%122 = state name="teacher.c_head.last_layer.weight_v" init="copy(c_head.last_layer.weight_v)" : f32[65536,64] @ models/lib/dino.yaml:19:7
%123 = state name="teacher.p_head.mlp.0.weight" init="copy(p_head.mlp.0.weight)" : f32[256,64] @ models/lib/nn.yaml:79:7
%124 = state name="teacher.p_head.mlp.0.bias" init="copy(p_head.mlp.0.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%125 = state name="teacher.p_head.mlp.2.weight" init="copy(p_head.mlp.2.weight)" : f32[256,256] @ models/lib/nn.yaml:79:7
%126 = state name="teacher.p_head.mlp.2.bias" init="copy(p_head.mlp.2.bias)" : f32[256] @ models/lib/nn.yaml:80:7
%127 = state name="teacher.p_head.mlp.4.weight" init="copy(p_head.mlp.4.weight)" : f32[64,256] @ models/lib/nn.yaml:79:7
%128 = state name="teacher.p_head.mlp.4.bias" init="copy(p_head.mlp.4.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%129 = state name="teacher.p_head.last_layer.weight_g" init="copy(p_head.last_layer.weight_g)" : f32[4096,1] @ models/lib/dino.yaml:18:7
%130 = state name="teacher.p_head.last_layer.weight_v" init="copy(p_head.last_layer.weight_v)" : f32[4096,64] @ models/lib/dino.yaml:19:7
%131 = state name="center" init="zeros" : f32[1,1,65536] @ models/dino_pass.yaml:135:3
%132 = state name="patch_center" init="zeros" : f32[1,4096] @ models/dino_pass.yaml:139:3
%133 = reshape %5 : f32[4,3,4,16,4,16] @ models/lib/vit.yaml:15:21
%134 = permute %133 perm=[0,2,4,1,3,5] : f32[4,4,4,3,16,16] @ models/lib/vit.yaml:15:13
%135 = reshape %134 : f32[4,16,768] @ models/lib/vit.yaml:16:13
%136 = reshape %70 : f32[64,768] @ models/lib/vit.yaml:17:20
%137 = matmul %135, %136 ta=0 tb=1 : f32[4,16,64] @ models/lib/vit.yaml:17:18
%138 = broadcast %71 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%139 = add %137, %138 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%140 = broadcast %69 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%141 = add %139, %140 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%142 = reduce_sum %141 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%143 = const data=[64] : f32[] @ models/lib/nn.yaml:93:14
%144 = broadcast %143 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%145 = div %142, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%146 = broadcast %145 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%147 = sub %141, %146 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%148 = mul %147, %147 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%149 = reduce_sum %148 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%150 = div %149, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%151 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%152 = broadcast %151 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%153 = add %150, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%154 = rsqrt %153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%155 = broadcast %154 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%156 = mul %147, %155 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%157 = broadcast %72 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%158 = mul %156, %157 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%159 = broadcast %73 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%160 = add %158, %159 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%161 = matmul %160, %74 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%162 = broadcast %75 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%163 = add %161, %162 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%164 = reshape %163 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%165 = permute %164 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%166 = slice %165 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%167 = reshape %166 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%168 = slice %165 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%169 = reshape %168 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%170 = slice %165 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%171 = reshape %170 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%172 = matmul %167, %169 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%173 = const data=[0.17677669] : f32[] @ models/lib/nn.yaml:55:41
%174 = broadcast %173 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%175 = mul %172, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%176 = reduce_max %175 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%177 = stop_gradient %176 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%178 = broadcast %177 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%179 = mul %172, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%180 = sub %179, %178 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%181 = exp %180 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%182 = reduce_sum %181 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%183 = broadcast %182 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%184 = exp %180 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%185 = div %184, %183 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%186 = matmul %185, %171 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%187 = permute %186 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%188 = reshape %187 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%189 = matmul %188, %76 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%190 = broadcast %77 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%191 = add %189, %190 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%192 = add %141, %191 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%193 = reduce_sum %192 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%194 = div %193, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%195 = broadcast %194 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%196 = sub %192, %195 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%197 = mul %196, %196 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%198 = reduce_sum %197 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%199 = div %198, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%200 = add %199, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%201 = rsqrt %200 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%202 = broadcast %201 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%203 = mul %196, %202 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%204 = broadcast %78 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%205 = mul %203, %204 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%206 = broadcast %79 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%207 = add %205, %206 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%208 = matmul %207, %80 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%209 = broadcast %81 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%210 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%211 = broadcast %210 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%212 = add %208, %209 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%213 = mul %211, %212 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%214 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%215 = broadcast %214 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%216 = add %208, %209 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%217 = mul %216, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%218 = erf %217 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%219 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%220 = broadcast %219 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%221 = add %220, %218 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%222 = mul %213, %221 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%223 = matmul %222, %82 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%224 = broadcast %83 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%225 = add %223, %224 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%226 = add %192, %225 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%227 = reduce_sum %226 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%228 = div %227, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%229 = broadcast %228 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%230 = sub %226, %229 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%231 = mul %230, %230 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%232 = reduce_sum %231 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%233 = div %232, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%234 = add %233, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%235 = rsqrt %234 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%236 = broadcast %235 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%237 = mul %230, %236 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%238 = broadcast %84 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%239 = mul %237, %238 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%240 = broadcast %85 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%241 = add %239, %240 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%242 = matmul %241, %86 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%243 = broadcast %87 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%244 = add %242, %243 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%245 = reshape %244 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%246 = permute %245 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%247 = slice %246 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%248 = reshape %247 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%249 = slice %246 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%250 = reshape %249 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%251 = slice %246 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%252 = reshape %251 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%253 = matmul %248, %250 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%254 = mul %253, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%255 = reduce_max %254 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%256 = stop_gradient %255 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%257 = broadcast %256 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%258 = mul %253, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%259 = sub %258, %257 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%260 = exp %259 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%261 = reduce_sum %260 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%262 = broadcast %261 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%263 = exp %259 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%264 = div %263, %262 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%265 = matmul %264, %252 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%266 = permute %265 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%267 = reshape %266 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%268 = matmul %267, %88 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%269 = broadcast %89 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%270 = add %268, %269 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%271 = add %226, %270 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%272 = reduce_sum %271 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%273 = div %272, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%274 = broadcast %273 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%275 = sub %271, %274 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%276 = mul %275, %275 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%277 = reduce_sum %276 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%278 = div %277, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%279 = add %278, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%280 = rsqrt %279 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%281 = broadcast %280 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%282 = mul %275, %281 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%283 = broadcast %90 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%284 = mul %282, %283 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%285 = broadcast %91 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%286 = add %284, %285 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%287 = matmul %286, %92 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%288 = broadcast %93 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%289 = add %287, %288 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%290 = mul %211, %289 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%291 = add %287, %288 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%292 = mul %291, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%293 = erf %292 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%294 = add %220, %293 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%295 = mul %290, %294 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%296 = matmul %295, %94 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%297 = broadcast %95 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%298 = add %296, %297 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%299 = add %271, %298 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%300 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%301 = neighbor_topk_gather %299, %300 k=4 : f32[4,16,4,64] @ models/dino_pass.yaml:77:16
%302 = reshape %301 : f32[64,4,64] @ models/dino_pass.yaml:87:23
%303 = broadcast %96 : f32[64,1,64] @ models/lib/vit.yaml:116:31
%304 = concat %303, %302 axis=1 : f32[64,5,64] @ models/lib/vit.yaml:95:24
%305 = reduce_sum %304 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%306 = broadcast %143 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%307 = div %305, %306 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%308 = broadcast %307 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%309 = sub %304, %308 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%310 = mul %309, %309 : f32[64,5,64] @ models/lib/nn.yaml:95:22
%311 = reduce_sum %310 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%312 = div %311, %306 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%313 = broadcast %151 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%314 = add %312, %313 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%315 = rsqrt %314 : f32[64,5,1] @ models/lib/nn.yaml:96:20
%316 = broadcast %315 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%317 = mul %309, %316 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%318 = broadcast %97 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%319 = mul %317, %318 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%320 = broadcast %98 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%321 = add %319, %320 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%322 = slice %321 lo=[0,0,0] hi=[64,1,64] : f32[64,1,64] @ models/lib/vit.yaml:78:33
%323 = matmul %322, %99 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%324 = broadcast %100 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%325 = add %323, %324 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%326 = reshape %325 : f32[64,1,2,32] @ models/lib/vit.yaml:78:22
%327 = permute %326 perm=[0,2,1,3] : f32[64,2,1,32] @ models/lib/vit.yaml:78:14
%328 = matmul %321, %101 ta=0 tb=1 : f32[64,5,64] @ models/lib/nn.yaml:83:15
%329 = broadcast %102 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%330 = add %328, %329 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%331 = reshape %330 : f32[64,5,2,32] @ models/lib/vit.yaml:79:22
%332 = permute %331 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:79:14
%333 = matmul %321, %103 ta=0 tb=1 : f32[64,5,64] @ models/lib/nn.yaml:83:15
%334 = broadcast %104 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%335 = permute %332 perm=[0,1,3,2] : f32[64,2,32,5] @ models/lib/nn.yaml:55:23
%336 = reshape %327 : f32[64,2,1,32,1] @ models/lib/nn.yaml:55:23
%337 = broadcast %336 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%338 = reshape %335 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%339 = broadcast %338 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%340 = mul %337, %339 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%341 = reduce_sum %340 axes=[3] keep=0 : f32[64,2,1,5] @ models/lib/nn.yaml:55:23
%342 = broadcast %173 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%343 = mul %341, %342 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%344 = reduce_max %343 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%345 = stop_gradient %344 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%346 = broadcast %345 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%347 = mul %341, %342 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%348 = sub %347, %346 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%349 = exp %348 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%350 = reduce_sum %349 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%351 = broadcast %350 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%352 = exp %348 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%353 = div %352, %351 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%354 = slice %353 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%355 = broadcast %354 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%356 = reshape %333 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%357 = permute %356 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%358 = slice %357 lo=[0,0,0,0] hi=[64,2,1,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%359 = reshape %334 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%360 = permute %359 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%361 = slice %360 lo=[0,0,0,0] hi=[64,2,1,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%362 = add %358, %361 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%363 = mul %355, %362 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%364 = slice %353 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%365 = broadcast %364 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%366 = reshape %333 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%367 = permute %366 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%368 = slice %367 lo=[0,0,1,0] hi=[64,2,2,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%369 = reshape %334 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%370 = permute %369 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%371 = slice %370 lo=[0,0,1,0] hi=[64,2,2,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%372 = add %368, %371 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%373 = mul %365, %372 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%374 = add %363, %373 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%375 = slice %353 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%376 = broadcast %375 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%377 = reshape %333 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%378 = permute %377 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%379 = slice %378 lo=[0,0,2,0] hi=[64,2,3,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%380 = reshape %334 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%381 = permute %380 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%382 = slice %381 lo=[0,0,2,0] hi=[64,2,3,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%383 = add %379, %382 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%384 = mul %376, %383 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%385 = add %374, %384 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%386 = slice %353 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%387 = broadcast %386 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%388 = reshape %333 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%389 = permute %388 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%390 = slice %389 lo=[0,0,3,0] hi=[64,2,4,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%391 = reshape %334 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%392 = permute %391 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%393 = slice %392 lo=[0,0,3,0] hi=[64,2,4,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%394 = add %390, %393 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%395 = mul %387, %394 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%396 = add %385, %395 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%397 = slice %353 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%398 = broadcast %397 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%399 = reshape %333 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%400 = permute %399 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%401 = slice %400 lo=[0,0,4,0] hi=[64,2,5,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%402 = reshape %334 : f32[64,5,2,32] @ models/lib/vit.yaml:80:22
%403 = permute %402 perm=[0,2,1,3] : f32[64,2,5,32] @ models/lib/vit.yaml:80:14
%404 = slice %403 lo=[0,0,4,0] hi=[64,2,5,32] : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%405 = add %401, %404 : f32[64,2,1,32] @ models/lib/nn.yaml:84:18
%406 = mul %398, %405 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%407 = add %396, %406 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%408 = permute %407 perm=[0,2,1,3] : f32[64,1,2,32] @ models/lib/nn.yaml:56:13
%409 = reshape %408 : f32[64,1,64] @ models/lib/nn.yaml:57:16
%410 = matmul %409, %105 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%411 = broadcast %106 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%412 = add %410, %411 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%413 = add %303, %412 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%414 = reduce_sum %413 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%415 = broadcast %143 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%416 = div %414, %415 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%417 = broadcast %416 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%418 = add %410, %411 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%419 = add %303, %418 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%420 = sub %419, %417 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%421 = mul %420, %420 : f32[64,1,64] @ models/lib/nn.yaml:95:22
%422 = reduce_sum %421 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%423 = div %422, %415 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%424 = broadcast %151 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%425 = add %423, %424 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%426 = rsqrt %425 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%427 = broadcast %426 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%428 = mul %420, %427 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%429 = broadcast %107 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%430 = mul %428, %429 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%431 = broadcast %108 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%432 = add %430, %431 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%433 = matmul %432, %109 ta=0 tb=1 : f32[64,1,256] @ models/lib/nn.yaml:83:15
%434 = broadcast %110 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%435 = broadcast %210 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%436 = add %433, %434 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%437 = mul %435, %436 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%438 = broadcast %214 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%439 = add %433, %434 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%440 = mul %439, %438 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%441 = erf %440 : f32[64,1,256] @ models/lib/nn.yaml:27:31
%442 = broadcast %219 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%443 = add %442, %441 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%444 = mul %437, %443 : f32[64,1,256] @ models/lib/nn.yaml:27:24
%445 = matmul %444, %111 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%446 = broadcast %112 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%447 = add %445, %446 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%448 = add %410, %411 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%449 = add %303, %448 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%450 = add %449, %447 : f32[64,1,64] @ models/lib/vit.yaml:98:18
%451 = reshape %450 : f32[4,16,64] @ models/dino_pass.yaml:88:16
%452 = broadcast %96 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%453 = concat %452, %299 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%454 = reduce_sum %453 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%455 = broadcast %143 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%456 = div %454, %455 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%457 = broadcast %456 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%458 = sub %453, %457 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%459 = mul %458, %458 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%460 = reduce_sum %459 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%461 = div %460, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%462 = broadcast %151 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%463 = add %461, %462 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%464 = rsqrt %463 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%465 = broadcast %464 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%466 = mul %458, %465 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%467 = broadcast %97 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%468 = mul %466, %467 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%469 = broadcast %98 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%470 = add %468, %469 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%471 = slice %470 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%472 = matmul %471, %99 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%473 = broadcast %100 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%474 = add %472, %473 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%475 = reshape %474 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%476 = permute %475 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%477 = matmul %470, %101 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%478 = broadcast %102 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%479 = add %477, %478 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%480 = reshape %479 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%481 = permute %480 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:79:14
%482 = matmul %470, %103 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%483 = broadcast %104 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%484 = add %482, %483 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%485 = reshape %484 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%486 = permute %485 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%487 = permute %481 perm=[0,1,3,2] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%488 = reshape %476 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%489 = broadcast %488 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%490 = reshape %487 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%491 = broadcast %490 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%492 = mul %489, %491 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%493 = reduce_sum %492 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%494 = broadcast %173 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%495 = mul %493, %494 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%496 = reduce_max %495 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%497 = stop_gradient %496 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%498 = broadcast %497 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%499 = mul %493, %494 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%500 = sub %499, %498 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%501 = exp %500 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%502 = reduce_sum %501 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%503 = broadcast %502 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%504 = exp %500 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%505 = div %504, %503 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%506 = reshape %505 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%507 = broadcast %506 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%508 = reshape %486 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%509 = broadcast %508 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%510 = mul %507, %509 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%511 = reduce_sum %510 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%512 = permute %511 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%513 = reshape %512 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%514 = matmul %513, %105 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%515 = broadcast %106 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%516 = add %514, %515 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%517 = add %452, %516 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%518 = reduce_sum %517 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%519 = broadcast %143 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%520 = div %518, %519 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%521 = broadcast %520 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%522 = sub %517, %521 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%523 = mul %522, %522 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%524 = reduce_sum %523 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%525 = div %524, %519 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%526 = broadcast %151 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%527 = add %525, %526 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%528 = rsqrt %527 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%529 = broadcast %528 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%530 = mul %522, %529 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%531 = broadcast %107 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%532 = mul %530, %531 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%533 = broadcast %108 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%534 = add %532, %533 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%535 = matmul %534, %109 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%536 = broadcast %110 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%537 = add %535, %536 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%538 = broadcast %210 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%539 = mul %538, %537 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%540 = broadcast %214 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%541 = mul %537, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%542 = erf %541 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%543 = broadcast %219 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%544 = add %543, %542 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%545 = mul %539, %544 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%546 = matmul %545, %111 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%547 = broadcast %112 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%548 = add %546, %547 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%549 = add %517, %548 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%550 = concat %549, %451 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:109:30
%551 = reduce_sum %550 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%552 = div %551, %455 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%553 = broadcast %552 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%554 = sub %550, %553 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%555 = mul %554, %554 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%556 = reduce_sum %555 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%557 = div %556, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%558 = add %557, %462 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%559 = rsqrt %558 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%560 = broadcast %559 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%561 = mul %554, %560 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%562 = broadcast %113 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%563 = mul %561, %562 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%564 = broadcast %114 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%565 = add %563, %564 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%566 = slice %565 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:110:28
%567 = matmul %566, %115 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%568 = broadcast %116 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%569 = add %567, %568 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%570 = mul %538, %569 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%571 = mul %569, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%572 = erf %571 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%573 = add %543, %572 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%574 = mul %570, %573 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%575 = matmul %574, %117 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%576 = broadcast %118 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%577 = add %575, %576 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%578 = mul %538, %577 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%579 = mul %577, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%580 = erf %579 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%581 = add %543, %580 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%582 = mul %578, %581 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%583 = matmul %582, %119 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%584 = broadcast %120 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%585 = add %583, %584 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%586 = mul %585, %585 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%587 = reduce_sum %586 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%588 = sqrt %587 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%589 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%590 = broadcast %589 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%591 = max %588, %590 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%592 = broadcast %591 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%593 = div %585, %592 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%594 = broadcast %121 : f32[65536,64] @ models/lib/dino.yaml:22:22
%595 = mul %594, %122 : f32[65536,64] @ models/lib/dino.yaml:22:22
%596 = mul %122, %122 : f32[65536,64] @ models/lib/dino.yaml:22:53
%597 = reduce_sum %596 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%598 = sqrt %597 : f32[65536,1] @ models/lib/dino.yaml:22:35
%599 = broadcast %598 : f32[65536,64] @ models/lib/dino.yaml:22:33
%600 = div %595, %599 : f32[65536,64] @ models/lib/dino.yaml:22:33
%601 = matmul %593, %600 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%602 = slice %565 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/dino_pass.yaml:110:46
%603 = matmul %602, %123 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%604 = broadcast %124 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%605 = add %603, %604 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%606 = mul %211, %605 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%607 = add %603, %604 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%608 = mul %607, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%609 = erf %608 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%610 = add %220, %609 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%611 = mul %606, %610 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%612 = matmul %611, %125 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%613 = broadcast %126 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%614 = add %612, %613 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%615 = mul %211, %614 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%616 = add %612, %613 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%617 = mul %616, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%618 = erf %617 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%619 = add %220, %618 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%620 = mul %615, %619 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%621 = matmul %620, %127 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%622 = broadcast %128 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%623 = add %621, %622 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%624 = mul %623, %623 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%625 = reduce_sum %624 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%626 = sqrt %625 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%627 = broadcast %589 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%628 = max %626, %627 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%629 = broadcast %628 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%630 = add %621, %622 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%631 = div %630, %629 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%632 = broadcast %129 : f32[4096,64] @ models/lib/dino.yaml:22:22
%633 = mul %632, %130 : f32[4096,64] @ models/lib/dino.yaml:22:22
%634 = mul %130, %130 : f32[4096,64] @ models/lib/dino.yaml:22:53
%635 = reduce_sum %634 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%636 = sqrt %635 : f32[4096,1] @ models/lib/dino.yaml:22:35
%637 = broadcast %636 : f32[4096,64] @ models/lib/dino.yaml:22:33
%638 = div %633, %637 : f32[4096,64] @ models/lib/dino.yaml:22:33
%639 = matmul %631, %638 ta=0 tb=1 : f32[4,16,4096] @ models/lib/dino.yaml:23:18
%640 = slice %601 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%641 = slice %601 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%642 = slice %639 lo=[0,0,0] hi=[2,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%643 = slice %639 lo=[2,0,0] hi=[4,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%644 = reshape %6 : f32[4,3,3,16,3,16] @ models/lib/vit.yaml:15:21
%645 = permute %644 perm=[0,2,4,1,3,5] : f32[4,3,3,3,16,16] @ models/lib/vit.yaml:15:13
%646 = reshape %645 : f32[4,9,768] @ models/lib/vit.yaml:16:13
%647 = matmul %646, %136 ta=0 tb=1 : f32[4,9,64] @ models/lib/vit.yaml:17:18
%648 = broadcast %71 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%649 = add %647, %648 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%650 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%651 = reshape %69 : f32[4,256] @ models/lib/vit.yaml:32:17
%652 = matmul %650, %651 ta=0 tb=0 : f32[3,256] @ models/lib/vit.yaml:32:15
%653 = reshape %652 : f32[3,4,64] @ models/lib/vit.yaml:33:21
%654 = permute %653 perm=[1,0,2] : f32[4,3,64] @ models/lib/vit.yaml:33:13
%655 = reshape %654 : f32[4,192] @ models/lib/vit.yaml:34:17
%656 = matmul %650, %655 ta=0 tb=0 : f32[3,192] @ models/lib/vit.yaml:34:15
%657 = reshape %656 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%658 = permute %657 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%659 = reshape %658 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%660 = broadcast %659 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%661 = add %649, %660 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%662 = reduce_sum %661 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%663 = broadcast %143 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%664 = div %662, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%665 = broadcast %664 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%666 = sub %661, %665 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%667 = mul %666, %666 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%668 = reduce_sum %667 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%669 = div %668, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%670 = broadcast %151 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%671 = add %669, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%672 = rsqrt %671 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%673 = broadcast %672 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%674 = mul %666, %673 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%675 = broadcast %72 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%676 = mul %674, %675 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%677 = broadcast %73 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%678 = add %676, %677 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%679 = matmul %678, %74 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%680 = broadcast %75 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%681 = add %679, %680 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%682 = reshape %681 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%683 = permute %682 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%684 = slice %683 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%685 = reshape %684 : f32[4,2,9,32] @ models/lib/nn.yaml:67:28
%686 = slice %683 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%687 = reshape %686 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%688 = slice %683 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%689 = reshape %688 : f32[4,2,9,32] @ models/lib/nn.yaml:67:40
%690 = permute %687 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%691 = reshape %685 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%692 = broadcast %691 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%693 = reshape %690 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%694 = broadcast %693 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%695 = mul %692, %694 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%696 = reduce_sum %695 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%697 = broadcast %173 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%698 = mul %696, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%699 = reduce_max %698 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%700 = stop_gradient %699 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%701 = broadcast %700 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%702 = mul %696, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%703 = sub %702, %701 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%704 = exp %703 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%705 = reduce_sum %704 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%706 = broadcast %705 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%707 = exp %703 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%708 = div %707, %706 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%709 = reshape %708 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%710 = broadcast %709 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%711 = reshape %689 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%712 = broadcast %711 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%713 = mul %710, %712 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%714 = reduce_sum %713 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%715 = permute %714 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%716 = reshape %715 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%717 = matmul %716, %76 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%718 = broadcast %77 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%719 = add %717, %718 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%720 = add %661, %719 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%721 = reduce_sum %720 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%722 = div %721, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%723 = broadcast %722 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%724 = sub %720, %723 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%725 = mul %724, %724 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%726 = reduce_sum %725 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%727 = div %726, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%728 = add %727, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%729 = rsqrt %728 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%730 = broadcast %729 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%731 = mul %724, %730 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%732 = broadcast %78 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%733 = mul %731, %732 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%734 = broadcast %79 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%735 = add %733, %734 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%736 = matmul %735, %80 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%737 = broadcast %81 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%738 = broadcast %210 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%739 = add %736, %737 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%740 = mul %738, %739 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%741 = broadcast %214 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%742 = add %736, %737 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%743 = mul %742, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%744 = erf %743 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%745 = broadcast %219 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%746 = add %745, %744 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%747 = mul %740, %746 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%748 = matmul %747, %82 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%749 = broadcast %83 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%750 = add %748, %749 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%751 = add %720, %750 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%752 = reduce_sum %751 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%753 = div %752, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%754 = broadcast %753 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%755 = sub %751, %754 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%756 = mul %755, %755 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%757 = reduce_sum %756 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%758 = div %757, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%759 = add %758, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%760 = rsqrt %759 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%761 = broadcast %760 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%762 = mul %755, %761 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%763 = broadcast %84 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%764 = mul %762, %763 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%765 = broadcast %85 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%766 = add %764, %765 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%767 = matmul %766, %86 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%768 = broadcast %87 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%769 = add %767, %768 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%770 = reshape %769 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%771 = permute %770 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%772 = slice %771 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%773 = reshape %772 : f32[4,2,9,32] @ models/lib/nn.yaml:67:28
%774 = slice %771 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%775 = reshape %774 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%776 = slice %771 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%777 = reshape %776 : f32[4,2,9,32] @ models/lib/nn.yaml:67:40
%778 = permute %775 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%779 = reshape %773 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%780 = broadcast %779 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%781 = reshape %778 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%782 = broadcast %781 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%783 = mul %780, %782 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%784 = reduce_sum %783 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%785 = mul %784, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%786 = reduce_max %785 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%787 = stop_gradient %786 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%788 = broadcast %787 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%789 = mul %784, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%790 = sub %789, %788 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%791 = exp %790 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%792 = reduce_sum %791 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%793 = broadcast %792 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%794 = exp %790 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%795 = div %794, %793 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%796 = reshape %795 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%797 = broadcast %796 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%798 = reshape %777 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%799 = broadcast %798 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%800 = mul %797, %799 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%801 = reduce_sum %800 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%802 = permute %801 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%803 = reshape %802 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%804 = matmul %803, %88 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%805 = broadcast %89 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%806 = add %804, %805 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%807 = add %751, %806 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%808 = reduce_sum %807 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%809 = div %808, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%810 = broadcast %809 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%811 = sub %807, %810 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%812 = mul %811, %811 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%813 = reduce_sum %812 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%814 = div %813, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%815 = add %814, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%816 = rsqrt %815 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%817 = broadcast %816 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%818 = mul %811, %817 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%819 = broadcast %90 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%820 = mul %818, %819 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%821 = broadcast %91 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%822 = add %820, %821 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%823 = matmul %822, %92 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%824 = broadcast %93 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%825 = add %823, %824 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%826 = mul %738, %825 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%827 = add %823, %824 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%828 = mul %827, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%829 = erf %828 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%830 = add %745, %829 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%831 = mul %826, %830 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%832 = matmul %831, %94 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%833 = broadcast %95 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%834 = add %832, %833 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%835 = add %807, %834 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%836 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%837 = neighbor_topk_gather %835, %836 k=4 : f32[4,9,4,64] @ models/dino_pass.yaml:77:16
%838 = reshape %837 : f32[36,4,64] @ models/dino_pass.yaml:87:23
%839 = broadcast %96 : f32[36,1,64] @ models/lib/vit.yaml:116:31
%840 = concat %839, %838 axis=1 : f32[36,5,64] @ models/lib/vit.yaml:95:24
%841 = reduce_sum %840 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%842 = broadcast %143 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%843 = div %841, %842 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%844 = broadcast %843 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%845 = sub %840, %844 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%846 = mul %845, %845 : f32[36,5,64] @ models/lib/nn.yaml:95:22
%847 = reduce_sum %846 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%848 = div %847, %842 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%849 = broadcast %151 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%850 = add %848, %849 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%851 = rsqrt %850 : f32[36,5,1] @ models/lib/nn.yaml:96:20
%852 = broadcast %851 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%853 = mul %845, %852 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%854 = broadcast %97 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%855 = mul %853, %854 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%856 = broadcast %98 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%857 = add %855, %856 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%858 = slice %857 lo=[0,0,0] hi=[36,1,64] : f32[36,1,64] @ models/lib/vit.yaml:78:33
%859 = matmul %858, %99 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%860 = broadcast %100 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%861 = add %859, %860 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%862 = reshape %861 : f32[36,1,2,32] @ models/lib/vit.yaml:78:22
%863 = permute %862 perm=[0,2,1,3] : f32[36,2,1,32] @ models/lib/vit.yaml:78:14
%864 = matmul %857, %101 ta=0 tb=1 : f32[36,5,64] @ models/lib/nn.yaml:83:15
%865 = broadcast %102 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%866 = add %864, %865 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%867 = reshape %866 : f32[36,5,2,32] @ models/lib/vit.yaml:79:22
%868 = permute %867 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:79:14
%869 = matmul %857, %103 ta=0 tb=1 : f32[36,5,64] @ models/lib/nn.yaml:83:15
%870 = broadcast %104 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%871 = permute %868 perm=[0,1,3,2] : f32[36,2,32,5] @ models/lib/nn.yaml:55:23
%872 = reshape %863 : f32[36,2,1,32,1] @ models/lib/nn.yaml:55:23
%873 = broadcast %872 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%874 = reshape %871 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%875 = broadcast %874 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%876 = mul %873, %875 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%877 = reduce_sum %876 axes=[3] keep=0 : f32[36,2,1,5] @ models/lib/nn.yaml:55:23
%878 = broadcast %173 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%879 = mul %877, %878 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%880 = reduce_max %879 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%881 = stop_gradient %880 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%882 = broadcast %881 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%883 = mul %877, %878 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%884 = sub %883, %882 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%885 = exp %884 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%886 = reduce_sum %885 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%887 = broadcast %886 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%888 = exp %884 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%889 = div %888, %887 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%890 = slice %889 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%891 = broadcast %890 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%892 = reshape %869 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%893 = permute %892 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%894 = slice %893 lo=[0,0,0,0] hi=[36,2,1,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%895 = reshape %870 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%896 = permute %895 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%897 = slice %896 lo=[0,0,0,0] hi=[36,2,1,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%898 = add %894, %897 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%899 = mul %891, %898 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%900 = slice %889 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%901 = broadcast %900 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%902 = reshape %869 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%903 = permute %902 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%904 = slice %903 lo=[0,0,1,0] hi=[36,2,2,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%905 = reshape %870 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%906 = permute %905 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%907 = slice %906 lo=[0,0,1,0] hi=[36,2,2,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%908 = add %904, %907 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%909 = mul %901, %908 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%910 = add %899, %909 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%911 = slice %889 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%912 = broadcast %911 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%913 = reshape %869 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%914 = permute %913 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%915 = slice %914 lo=[0,0,2,0] hi=[36,2,3,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%916 = reshape %870 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%917 = permute %916 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%918 = slice %917 lo=[0,0,2,0] hi=[36,2,3,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%919 = add %915, %918 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%920 = mul %912, %919 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%921 = add %910, %920 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%922 = slice %889 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%923 = broadcast %922 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%924 = reshape %869 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%925 = permute %924 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%926 = slice %925 lo=[0,0,3,0] hi=[36,2,4,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%927 = reshape %870 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%928 = permute %927 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%929 = slice %928 lo=[0,0,3,0] hi=[36,2,4,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%930 = add %926, %929 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%931 = mul %923, %930 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%932 = add %921, %931 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%933 = slice %889 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%934 = broadcast %933 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%935 = reshape %869 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%936 = permute %935 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%937 = slice %936 lo=[0,0,4,0] hi=[36,2,5,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%938 = reshape %870 : f32[36,5,2,32] @ models/lib/vit.yaml:80:22
%939 = permute %938 perm=[0,2,1,3] : f32[36,2,5,32] @ models/lib/vit.yaml:80:14
%940 = slice %939 lo=[0,0,4,0] hi=[36,2,5,32] : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%941 = add %937, %940 : f32[36,2,1,32] @ models/lib/nn.yaml:84:18
%942 = mul %934, %941 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%943 = add %932, %942 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%944 = permute %943 perm=[0,2,1,3] : f32[36,1,2,32] @ models/lib/nn.yaml:56:13
%945 = reshape %944 : f32[36,1,64] @ models/lib/nn.yaml:57:16
%946 = matmul %945, %105 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%947 = broadcast %106 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%948 = add %946, %947 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%949 = add %839, %948 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%950 = reduce_sum %949 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%951 = broadcast %143 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%952 = div %950, %951 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%953 = broadcast %952 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%954 = add %946, %947 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%955 = add %839, %954 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%956 = sub %955, %953 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%957 = mul %956, %956 : f32[36,1,64] @ models/lib/nn.yaml:95:22
%958 = reduce_sum %957 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%959 = div %958, %951 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%960 = broadcast %151 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%961 = add %959, %960 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%962 = rsqrt %961 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%963 = broadcast %962 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%964 = mul %956, %963 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%965 = broadcast %107 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%966 = mul %964, %965 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%967 = broadcast %108 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%968 = add %966, %967 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%969 = matmul %968, %109 ta=0 tb=1 : f32[36,1,256] @ models/lib/nn.yaml:83:15
%970 = broadcast %110 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%971 = broadcast %210 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%972 = add %969, %970 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%973 = mul %971, %972 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%974 = broadcast %214 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%975 = add %969, %970 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%976 = mul %975, %974 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%977 = erf %976 : f32[36,1,256] @ models/lib/nn.yaml:27:31
%978 = broadcast %219 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%979 = add %978, %977 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%980 = mul %973, %979 : f32[36,1,256] @ models/lib/nn.yaml:27:24
%981 = matmul %980, %111 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%982 = broadcast %112 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%983 = add %981, %982 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%984 = add %946, %947 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%985 = add %839, %984 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%986 = add %985, %983 : f32[36,1,64] @ models/lib/vit.yaml:98:18
%987 = reshape %986 : f32[4,9,64] @ models/dino_pass.yaml:88:16
%988 = concat %452, %835 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%989 = reduce_sum %988 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%990 = broadcast %143 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%991 = div %989, %990 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%992 = broadcast %991 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%993 = sub %988, %992 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%994 = mul %993, %993 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%995 = reduce_sum %994 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%996 = div %995, %990 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%997 = broadcast %151 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%998 = add %996, %997 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%999 = rsqrt %998 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1000 = broadcast %999 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1001 = mul %993, %1000 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1002 = broadcast %97 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1003 = mul %1001, %1002 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1004 = broadcast %98 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1005 = add %1003, %1004 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1006 = slice %1005 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%1007 = matmul %1006, %99 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1008 = add %1007, %473 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1009 = reshape %1008 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%1010 = permute %1009 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%1011 = matmul %1005, %101 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1012 = broadcast %102 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1013 = add %1011, %1012 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1014 = reshape %1013 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%1015 = permute %1014 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:79:14
%1016 = matmul %1005, %103 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1017 = broadcast %104 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1018 = add %1016, %1017 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1019 = reshape %1018 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%1020 = permute %1019 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:80:14
%1021 = permute %1015 perm=[0,1,3,2] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1022 = reshape %1010 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1023 = broadcast %1022 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1024 = reshape %1021 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1025 = broadcast %1024 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1026 = mul %1023, %1025 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1027 = reduce_sum %1026 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1028 = broadcast %173 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1029 = mul %1027, %1028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1030 = reduce_max %1029 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1031 = stop_gradient %1030 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1032 = broadcast %1031 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1033 = mul %1027, %1028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1034 = sub %1033, %1032 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1035 = exp %1034 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1036 = reduce_sum %1035 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1037 = broadcast %1036 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1038 = exp %1034 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1039 = div %1038, %1037 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1040 = reshape %1039 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1041 = broadcast %1040 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1042 = reshape %1020 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1043 = broadcast %1042 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1044 = mul %1041, %1043 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1045 = reduce_sum %1044 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1046 = permute %1045 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%1047 = reshape %1046 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%1048 = matmul %1047, %105 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1049 = add %1048, %515 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1050 = add %452, %1049 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1051 = reduce_sum %1050 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1052 = div %1051, %519 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1053 = broadcast %1052 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1054 = sub %1050, %1053 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1055 = mul %1054, %1054 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1056 = reduce_sum %1055 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1057 = div %1056, %519 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1058 = add %1057, %526 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1059 = rsqrt %1058 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1060 = broadcast %1059 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1061 = mul %1054, %1060 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1062 = mul %1061, %531 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1063 = add %1062, %533 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1064 = matmul %1063, %109 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1065 = add %1064, %536 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1066 = mul %538, %1065 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1067 = mul %1065, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1068 = erf %1067 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1069 = add %543, %1068 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1070 = mul %1066, %1069 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1071 = matmul %1070, %111 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1072 = add %1071, %547 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1073 = add %1050, %1072 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1074 = concat %1073, %987 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:109:30
%1075 = reduce_sum %1074 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1076 = div %1075, %990 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1077 = broadcast %1076 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1078 = sub %1074, %1077 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1079 = mul %1078, %1078 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1080 = reduce_sum %1079 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1081 = div %1080, %990 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1082 = add %1081, %997 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1083 = rsqrt %1082 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1084 = broadcast %1083 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1085 = mul %1078, %1084 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1086 = broadcast %113 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1087 = mul %1085, %1086 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1088 = broadcast %114 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1089 = add %1087, %1088 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1090 = slice %1089 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:110:28
%1091 = matmul %1090, %115 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1092 = add %1091, %568 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1093 = mul %538, %1092 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1094 = mul %1092, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1095 = erf %1094 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1096 = add %543, %1095 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1097 = mul %1093, %1096 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1098 = matmul %1097, %117 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1099 = add %1098, %576 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1100 = mul %538, %1099 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1101 = mul %1099, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1102 = erf %1101 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1103 = add %543, %1102 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1104 = mul %1100, %1103 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1105 = matmul %1104, %119 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1106 = add %1105, %584 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1107 = mul %1106, %1106 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1108 = reduce_sum %1107 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1109 = sqrt %1108 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1110 = max %1109, %590 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1111 = broadcast %1110 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1112 = div %1106, %1111 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1113 = matmul %1112, %600 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%1114 = slice %1089 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/dino_pass.yaml:110:46
%1115 = matmul %1114, %123 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1116 = broadcast %124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1117 = add %1115, %1116 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1118 = mul %738, %1117 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1119 = add %1115, %1116 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1120 = mul %1119, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1121 = erf %1120 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1122 = add %745, %1121 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1123 = mul %1118, %1122 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1124 = matmul %1123, %125 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1125 = broadcast %126 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1126 = add %1124, %1125 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1127 = mul %738, %1126 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1128 = add %1124, %1125 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1129 = mul %1128, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1130 = erf %1129 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1131 = add %745, %1130 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1132 = mul %1127, %1131 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1133 = matmul %1132, %127 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1134 = broadcast %128 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1135 = add %1133, %1134 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1136 = mul %1135, %1135 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1137 = reduce_sum %1136 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1138 = sqrt %1137 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1139 = broadcast %589 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1140 = max %1138, %1139 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1141 = broadcast %1140 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1142 = add %1133, %1134 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1143 = div %1142, %1141 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1144 = matmul %1143, %638 ta=0 tb=1 : f32[4,9,4096] @ models/lib/dino.yaml:23:18
%1145 = slice %1113 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1146 = slice %1113 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1147 = slice %1144 lo=[0,0,0] hi=[2,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%1148 = slice %1144 lo=[2,0,0] hi=[4,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%1149 = reshape %8 : f32[64,768] @ models/lib/vit.yaml:17:20
%1150 = matmul %135, %1149 ta=0 tb=1 : f32[4,16,64] @ models/lib/vit.yaml:17:18
%1151 = broadcast %9 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1152 = add %1150, %1151 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1153 = broadcast %7 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1154 = add %1152, %1153 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1155 = reduce_sum %1154 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1156 = div %1155, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1157 = broadcast %1156 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1158 = sub %1154, %1157 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1159 = mul %1158, %1158 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1160 = reduce_sum %1159 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1161 = div %1160, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1162 = add %1161, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1163 = rsqrt %1162 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1164 = broadcast %1163 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1165 = mul %1158, %1164 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1166 = broadcast %10 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1167 = mul %1165, %1166 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1168 = broadcast %11 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1169 = add %1167, %1168 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1170 = matmul %1169, %12 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%1171 = broadcast %13 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1172 = add %1170, %1171 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1173 = reshape %1172 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1174 = permute %1173 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1175 = slice %1174 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1176 = reshape %1175 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%1177 = slice %1174 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1178 = reshape %1177 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%1179 = slice %1174 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1180 = reshape %1179 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%1181 = matmul %1176, %1178 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1182 = mul %1181, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1183 = reduce_max %1182 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1184 = stop_gradient %1183 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1185 = broadcast %1184 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1186 = mul %1181, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1187 = sub %1186, %1185 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1188 = exp %1187 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1189 = reduce_sum %1188 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1190 = broadcast %1189 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1191 = exp %1187 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1192 = div %1191, %1190 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1193 = matmul %1192, %1180 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%1194 = permute %1193 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%1195 = reshape %1194 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%1196 = matmul %1195, %14 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1197 = broadcast %15 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1198 = add %1196, %1197 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1199 = add %1154, %1198 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1200 = reduce_sum %1199 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1201 = div %1200, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1202 = broadcast %1201 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1203 = sub %1199, %1202 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1204 = mul %1203, %1203 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1205 = reduce_sum %1204 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1206 = div %1205, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1207 = add %1206, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1208 = rsqrt %1207 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1209 = broadcast %1208 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1210 = mul %1203, %1209 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1211 = broadcast %16 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1212 = mul %1210, %1211 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1213 = broadcast %17 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1214 = add %1212, %1213 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1215 = matmul %1214, %18 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1216 = broadcast %19 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1217 = add %1215, %1216 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1218 = mul %211, %1217 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1219 = add %1215, %1216 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1220 = mul %1219, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1221 = erf %1220 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1222 = add %220, %1221 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1223 = mul %1218, %1222 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1224 = matmul %1223, %20 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1225 = broadcast %21 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1226 = add %1224, %1225 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1227 = add %1199, %1226 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1228 = reduce_sum %1227 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1229 = div %1228, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1230 = broadcast %1229 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1231 = sub %1227, %1230 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1232 = mul %1231, %1231 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1233 = reduce_sum %1232 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1234 = div %1233, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1235 = add %1234, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1236 = rsqrt %1235 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1237 = broadcast %1236 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1238 = mul %1231, %1237 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1239 = broadcast %22 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1240 = mul %1238, %1239 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1241 = broadcast %23 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1242 = add %1240, %1241 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1243 = matmul %1242, %24 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%1244 = broadcast %25 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1245 = add %1243, %1244 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1246 = reshape %1245 : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1247 = permute %1246 perm=[2,0,3,1,4] : f32[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1248 = slice %1247 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1249 = reshape %1248 : f32[4,2,16,32] @ models/lib/nn.yaml:67:28
%1250 = slice %1247 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1251 = reshape %1250 : f32[4,2,16,32] @ models/lib/nn.yaml:67:34
%1252 = slice %1247 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1253 = reshape %1252 : f32[4,2,16,32] @ models/lib/nn.yaml:67:40
%1254 = matmul %1249, %1251 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1255 = mul %1254, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1256 = reduce_max %1255 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1257 = stop_gradient %1256 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1258 = broadcast %1257 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1259 = mul %1254, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1260 = sub %1259, %1258 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1261 = exp %1260 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1262 = reduce_sum %1261 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1263 = broadcast %1262 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1264 = exp %1260 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1265 = div %1264, %1263 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1266 = matmul %1265, %1253 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%1267 = permute %1266 perm=[0,2,1,3] : f32[4,16,2,32] @ models/lib/nn.yaml:56:13
%1268 = reshape %1267 : f32[4,16,64] @ models/lib/nn.yaml:57:16
%1269 = matmul %1268, %26 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1270 = broadcast %27 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1271 = add %1269, %1270 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1272 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1273 = broadcast %1272 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1274 = div %1271, %1273 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1275 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1276 = rand_uniform %1275 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1277 = broadcast %1272 : f32[4] @ models/lib/nn.yaml:44:35
%1278 = add %1277, %1276 : f32[4] @ models/lib/nn.yaml:44:35
%1279 = floor %1278 : f32[4] @ models/lib/nn.yaml:44:24
%1280 = reshape %1279 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1281 = broadcast %1280 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1282 = mul %1274, %1281 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1283 = add %1227, %1282 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1284 = reduce_sum %1283 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1285 = div %1284, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1286 = broadcast %1285 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1287 = sub %1283, %1286 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1288 = mul %1287, %1287 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1289 = reduce_sum %1288 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1290 = div %1289, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1291 = add %1290, %152 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1292 = rsqrt %1291 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1293 = broadcast %1292 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1294 = mul %1287, %1293 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1295 = broadcast %28 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1296 = mul %1294, %1295 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1297 = broadcast %29 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1298 = add %1296, %1297 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1299 = matmul %1298, %30 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1300 = broadcast %31 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1301 = add %1299, %1300 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1302 = mul %211, %1301 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1303 = add %1299, %1300 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1304 = mul %1303, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1305 = erf %1304 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1306 = add %220, %1305 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1307 = mul %1302, %1306 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1308 = matmul %1307, %32 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1309 = broadcast %33 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1310 = add %1308, %1309 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1311 = div %1310, %1273 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1312 = rand_uniform %1275 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1313 = add %1277, %1312 : f32[4] @ models/lib/nn.yaml:44:35
%1314 = floor %1313 : f32[4] @ models/lib/nn.yaml:44:24
%1315 = reshape %1314 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1316 = broadcast %1315 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1317 = mul %1311, %1316 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1318 = add %1283, %1317 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1319 = broadcast %34 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%1320 = concat %1319, %1318 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%1321 = reduce_sum %1320 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1322 = div %1321, %455 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1323 = broadcast %1322 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1324 = sub %1320, %1323 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1325 = mul %1324, %1324 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1326 = reduce_sum %1325 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1327 = div %1326, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1328 = add %1327, %462 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1329 = rsqrt %1328 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1330 = broadcast %1329 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1331 = mul %1324, %1330 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1332 = broadcast %35 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1333 = mul %1331, %1332 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1334 = broadcast %36 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1335 = add %1333, %1334 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1336 = slice %1335 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%1337 = matmul %1336, %37 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1338 = broadcast %38 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1339 = add %1337, %1338 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1340 = reshape %1339 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%1341 = permute %1340 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%1342 = matmul %1335, %39 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1343 = broadcast %40 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1344 = add %1342, %1343 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1345 = reshape %1344 : f32[4,17,2,32] @ models/lib/vit.yaml:79:22
%1346 = permute %1345 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:79:14
%1347 = matmul %1335, %41 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1348 = broadcast %42 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1349 = add %1347, %1348 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1350 = reshape %1349 : f32[4,17,2,32] @ models/lib/vit.yaml:80:22
%1351 = permute %1350 perm=[0,2,1,3] : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%1352 = permute %1346 perm=[0,1,3,2] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%1353 = reshape %1341 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1354 = broadcast %1353 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1355 = reshape %1352 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1356 = broadcast %1355 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1357 = mul %1354, %1356 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1358 = reduce_sum %1357 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1359 = mul %1358, %494 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1360 = reduce_max %1359 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1361 = stop_gradient %1360 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1362 = broadcast %1361 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1363 = mul %1358, %494 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1364 = sub %1363, %1362 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1365 = exp %1364 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1366 = reduce_sum %1365 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1367 = broadcast %1366 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1368 = exp %1364 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1369 = div %1368, %1367 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1370 = reshape %1369 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1371 = broadcast %1370 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1372 = reshape %1351 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1373 = broadcast %1372 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1374 = mul %1371, %1373 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1375 = reduce_sum %1374 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1376 = permute %1375 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%1377 = reshape %1376 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%1378 = matmul %1377, %43 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1379 = broadcast %44 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1380 = add %1378, %1379 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1381 = add %1319, %1380 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1382 = reduce_sum %1381 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1383 = div %1382, %519 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1384 = broadcast %1383 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1385 = sub %1381, %1384 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1386 = mul %1385, %1385 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1387 = reduce_sum %1386 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1388 = div %1387, %519 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1389 = add %1388, %526 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1390 = rsqrt %1389 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1391 = broadcast %1390 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1392 = mul %1385, %1391 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1393 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1394 = mul %1392, %1393 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1395 = broadcast %46 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1396 = add %1394, %1395 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1397 = matmul %1396, %47 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1398 = broadcast %48 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1399 = add %1397, %1398 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1400 = mul %538, %1399 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1401 = mul %1399, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1402 = erf %1401 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1403 = add %543, %1402 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1404 = mul %1400, %1403 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1405 = matmul %1404, %49 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1406 = broadcast %50 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1407 = add %1405, %1406 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1408 = add %1381, %1407 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1409 = concat %1408, %1318 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:111:21
%1410 = reduce_sum %1409 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1411 = div %1410, %455 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1412 = broadcast %1411 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1413 = sub %1409, %1412 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1414 = mul %1413, %1413 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1415 = reduce_sum %1414 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1416 = div %1415, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1417 = add %1416, %462 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1418 = rsqrt %1417 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1419 = broadcast %1418 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1420 = mul %1413, %1419 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1421 = broadcast %51 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1422 = mul %1420, %1421 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1423 = broadcast %52 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1424 = add %1422, %1423 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1425 = slice %1424 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:103:28
%1426 = matmul %1425, %53 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1427 = broadcast %54 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1428 = add %1426, %1427 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1429 = mul %538, %1428 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1430 = mul %1428, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1431 = erf %1430 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1432 = add %543, %1431 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1433 = mul %1429, %1432 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1434 = matmul %1433, %55 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1435 = broadcast %56 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1436 = add %1434, %1435 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1437 = mul %538, %1436 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1438 = mul %1436, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1439 = erf %1438 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1440 = add %543, %1439 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1441 = mul %1437, %1440 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1442 = matmul %1441, %57 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1443 = broadcast %58 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1444 = add %1442, %1443 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1445 = mul %1444, %1444 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1446 = reduce_sum %1445 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1447 = sqrt %1446 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1448 = max %1447, %590 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1449 = broadcast %1448 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1450 = div %1444, %1449 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1451 = broadcast %59 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1452 = mul %1451, %60 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1453 = mul %60, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%1454 = reduce_sum %1453 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%1455 = sqrt %1454 : f32[65536,1] @ models/lib/dino.yaml:22:35
%1456 = broadcast %1455 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1457 = div %1452, %1456 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1458 = matmul %1450, %1457 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%1459 = slice %1424 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/dino_pass.yaml:103:46
%1460 = matmul %1459, %61 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1461 = broadcast %62 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1462 = add %1460, %1461 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1463 = mul %211, %1462 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1464 = add %1460, %1461 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1465 = mul %1464, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1466 = erf %1465 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1467 = add %220, %1466 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1468 = mul %1463, %1467 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1469 = matmul %1468, %63 ta=0 tb=1 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%1470 = broadcast %64 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1471 = add %1469, %1470 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1472 = mul %211, %1471 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1473 = add %1469, %1470 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1474 = mul %1473, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1475 = erf %1474 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1476 = add %220, %1475 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1477 = mul %1472, %1476 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1478 = matmul %1477, %65 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1479 = broadcast %66 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1480 = add %1478, %1479 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1481 = mul %1480, %1480 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%1482 = reduce_sum %1481 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1483 = sqrt %1482 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1484 = max %1483, %627 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1485 = broadcast %1484 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1486 = add %1478, %1479 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1487 = div %1486, %1485 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1488 = broadcast %67 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1489 = mul %1488, %68 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1490 = mul %68, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%1491 = reduce_sum %1490 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%1492 = sqrt %1491 : f32[4096,1] @ models/lib/dino.yaml:22:35
%1493 = broadcast %1492 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1494 = div %1489, %1493 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1495 = matmul %1487, %1494 ta=0 tb=1 : f32[4,16,4096] @ models/lib/dino.yaml:23:18
%1496 = slice %1458 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1497 = slice %1458 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1498 = slice %1495 lo=[0,0,0] hi=[2,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%1499 = slice %1495 lo=[2,0,0] hi=[4,16,4096] : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%1500 = matmul %646, %1149 ta=0 tb=1 : f32[4,9,64] @ models/lib/vit.yaml:17:18
%1501 = broadcast %9 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1502 = add %1500, %1501 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1503 = reshape %7 : f32[4,256] @ models/lib/vit.yaml:32:17
%1504 = matmul %650, %1503 ta=0 tb=0 : f32[3,256] @ models/lib/vit.yaml:32:15
%1505 = reshape %1504 : f32[3,4,64] @ models/lib/vit.yaml:33:21
%1506 = permute %1505 perm=[1,0,2] : f32[4,3,64] @ models/lib/vit.yaml:33:13
%1507 = reshape %1506 : f32[4,192] @ models/lib/vit.yaml:34:17
%1508 = matmul %650, %1507 ta=0 tb=0 : f32[3,192] @ models/lib/vit.yaml:34:15
%1509 = reshape %1508 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%1510 = permute %1509 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%1511 = reshape %1510 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%1512 = broadcast %1511 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1513 = add %1502, %1512 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1514 = reduce_sum %1513 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1515 = div %1514, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1516 = broadcast %1515 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1517 = sub %1513, %1516 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1518 = mul %1517, %1517 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1519 = reduce_sum %1518 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1520 = div %1519, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1521 = add %1520, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1522 = rsqrt %1521 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1523 = broadcast %1522 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1524 = mul %1517, %1523 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1525 = broadcast %10 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1526 = mul %1524, %1525 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1527 = broadcast %11 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1528 = add %1526, %1527 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1529 = matmul %1528, %12 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%1530 = broadcast %13 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1531 = add %1529, %1530 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1532 = reshape %1531 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1533 = permute %1532 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1534 = slice %1533 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1535 = reshape %1534 : f32[4,2,9,32] @ models/lib/nn.yaml:67:28
%1536 = slice %1533 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1537 = reshape %1536 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%1538 = slice %1533 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1539 = reshape %1538 : f32[4,2,9,32] @ models/lib/nn.yaml:67:40
%1540 = permute %1537 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1541 = reshape %1535 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1542 = broadcast %1541 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1543 = reshape %1540 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1544 = broadcast %1543 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1545 = mul %1542, %1544 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1546 = reduce_sum %1545 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1547 = mul %1546, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1548 = reduce_max %1547 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1549 = stop_gradient %1548 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1550 = broadcast %1549 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1551 = mul %1546, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1552 = sub %1551, %1550 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1553 = exp %1552 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1554 = reduce_sum %1553 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1555 = broadcast %1554 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1556 = exp %1552 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1557 = div %1556, %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1558 = reshape %1557 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1559 = broadcast %1558 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1560 = reshape %1539 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1561 = broadcast %1560 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1562 = mul %1559, %1561 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1563 = reduce_sum %1562 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1564 = permute %1563 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%1565 = reshape %1564 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%1566 = matmul %1565, %14 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1567 = broadcast %15 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1568 = add %1566, %1567 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1569 = add %1513, %1568 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1570 = reduce_sum %1569 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1571 = div %1570, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1572 = broadcast %1571 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1573 = sub %1569, %1572 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1574 = mul %1573, %1573 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1575 = reduce_sum %1574 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1576 = div %1575, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1577 = add %1576, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1578 = rsqrt %1577 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1579 = broadcast %1578 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1580 = mul %1573, %1579 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1581 = broadcast %16 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1582 = mul %1580, %1581 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1583 = broadcast %17 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1584 = add %1582, %1583 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1585 = matmul %1584, %18 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1586 = broadcast %19 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1587 = add %1585, %1586 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1588 = mul %738, %1587 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1589 = add %1585, %1586 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1590 = mul %1589, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1591 = erf %1590 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1592 = add %745, %1591 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1593 = mul %1588, %1592 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1594 = matmul %1593, %20 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1595 = broadcast %21 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1596 = add %1594, %1595 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1597 = add %1569, %1596 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1598 = reduce_sum %1597 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1599 = div %1598, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1600 = broadcast %1599 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1601 = sub %1597, %1600 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1602 = mul %1601, %1601 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1603 = reduce_sum %1602 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1604 = div %1603, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1605 = add %1604, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1606 = rsqrt %1605 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1607 = broadcast %1606 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1608 = mul %1601, %1607 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1609 = broadcast %22 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1610 = mul %1608, %1609 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1611 = broadcast %23 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1612 = add %1610, %1611 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1613 = matmul %1612, %24 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%1614 = broadcast %25 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1615 = add %1613, %1614 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1616 = reshape %1615 : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1617 = permute %1616 perm=[2,0,3,1,4] : f32[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1618 = slice %1617 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1619 = reshape %1618 : f32[4,2,9,32] @ models/lib/nn.yaml:67:28
%1620 = slice %1617 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1621 = reshape %1620 : f32[4,2,9,32] @ models/lib/nn.yaml:67:34
%1622 = slice %1617 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1623 = reshape %1622 : f32[4,2,9,32] @ models/lib/nn.yaml:67:40
%1624 = permute %1621 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1625 = reshape %1619 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1626 = broadcast %1625 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1627 = reshape %1624 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1628 = broadcast %1627 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1629 = mul %1626, %1628 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1630 = reduce_sum %1629 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1631 = mul %1630, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1632 = reduce_max %1631 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1633 = stop_gradient %1632 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1634 = broadcast %1633 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1635 = mul %1630, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1636 = sub %1635, %1634 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1637 = exp %1636 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1638 = reduce_sum %1637 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1639 = broadcast %1638 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1640 = exp %1636 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1641 = div %1640, %1639 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1642 = reshape %1641 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1643 = broadcast %1642 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1644 = reshape %1623 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1645 = broadcast %1644 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1646 = mul %1643, %1645 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1647 = reduce_sum %1646 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1648 = permute %1647 perm=[0,2,1,3] : f32[4,9,2,32] @ models/lib/nn.yaml:56:13
%1649 = reshape %1648 : f32[4,9,64] @ models/lib/nn.yaml:57:16
%1650 = matmul %1649, %26 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1651 = broadcast %27 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1652 = add %1650, %1651 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1653 = broadcast %1272 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1654 = div %1652, %1653 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1655 = rand_uniform %1275 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%1656 = add %1277, %1655 : f32[4] @ models/lib/nn.yaml:44:35
%1657 = floor %1656 : f32[4] @ models/lib/nn.yaml:44:24
%1658 = reshape %1657 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1659 = broadcast %1658 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1660 = mul %1654, %1659 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1661 = add %1597, %1660 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1662 = reduce_sum %1661 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1663 = div %1662, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1664 = broadcast %1663 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1665 = sub %1661, %1664 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1666 = mul %1665, %1665 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1667 = reduce_sum %1666 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1668 = div %1667, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1669 = add %1668, %670 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1670 = rsqrt %1669 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1671 = broadcast %1670 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1672 = mul %1665, %1671 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1673 = broadcast %28 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1674 = mul %1672, %1673 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1675 = broadcast %29 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1676 = add %1674, %1675 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1677 = matmul %1676, %30 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1678 = broadcast %31 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1679 = add %1677, %1678 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1680 = mul %738, %1679 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1681 = add %1677, %1678 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1682 = mul %1681, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1683 = erf %1682 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1684 = add %745, %1683 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1685 = mul %1680, %1684 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1686 = matmul %1685, %32 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1687 = broadcast %33 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1688 = add %1686, %1687 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1689 = div %1688, %1653 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1690 = rand_uniform %1275 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1691 = add %1277, %1690 : f32[4] @ models/lib/nn.yaml:44:35
%1692 = floor %1691 : f32[4] @ models/lib/nn.yaml:44:24
%1693 = reshape %1692 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1694 = broadcast %1693 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1695 = mul %1689, %1694 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1696 = add %1661, %1695 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1697 = concat %1319, %1696 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1698 = reduce_sum %1697 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1699 = div %1698, %990 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1700 = broadcast %1699 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1701 = sub %1697, %1700 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1702 = mul %1701, %1701 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1703 = reduce_sum %1702 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1704 = div %1703, %990 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1705 = add %1704, %997 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1706 = rsqrt %1705 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1707 = broadcast %1706 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1708 = mul %1701, %1707 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1709 = broadcast %35 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1710 = mul %1708, %1709 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1711 = broadcast %36 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1712 = add %1710, %1711 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1713 = slice %1712 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:78:33
%1714 = matmul %1713, %37 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1715 = add %1714, %1338 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1716 = reshape %1715 : f32[4,1,2,32] @ models/lib/vit.yaml:78:22
%1717 = permute %1716 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/vit.yaml:78:14
%1718 = matmul %1712, %39 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1719 = broadcast %40 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1720 = add %1718, %1719 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1721 = reshape %1720 : f32[4,10,2,32] @ models/lib/vit.yaml:79:22
%1722 = permute %1721 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:79:14
%1723 = matmul %1712, %41 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1724 = broadcast %42 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1725 = add %1723, %1724 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1726 = reshape %1725 : f32[4,10,2,32] @ models/lib/vit.yaml:80:22
%1727 = permute %1726 perm=[0,2,1,3] : f32[4,2,10,32] @ models/lib/vit.yaml:80:14
%1728 = permute %1722 perm=[0,1,3,2] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1729 = reshape %1717 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1730 = broadcast %1729 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1731 = reshape %1728 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1732 = broadcast %1731 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1733 = mul %1730, %1732 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1734 = reduce_sum %1733 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1735 = mul %1734, %1028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1736 = reduce_max %1735 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1737 = stop_gradient %1736 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1738 = broadcast %1737 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1739 = mul %1734, %1028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1740 = sub %1739, %1738 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1741 = exp %1740 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1742 = reduce_sum %1741 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1743 = broadcast %1742 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1744 = exp %1740 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1745 = div %1744, %1743 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1746 = reshape %1745 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1747 = broadcast %1746 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1748 = reshape %1727 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1749 = broadcast %1748 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1750 = mul %1747, %1749 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1751 = reduce_sum %1750 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1752 = permute %1751 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/nn.yaml:56:13
%1753 = reshape %1752 : f32[4,1,64] @ models/lib/nn.yaml:57:16
%1754 = matmul %1753, %43 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1755 = add %1754, %1379 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1756 = add %1319, %1755 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1757 = reduce_sum %1756 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1758 = div %1757, %519 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1759 = broadcast %1758 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1760 = sub %1756, %1759 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1761 = mul %1760, %1760 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1762 = reduce_sum %1761 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1763 = div %1762, %519 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1764 = add %1763, %526 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1765 = rsqrt %1764 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1766 = broadcast %1765 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1767 = mul %1760, %1766 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1768 = mul %1767, %1393 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1769 = add %1768, %1395 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1770 = matmul %1769, %47 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1771 = add %1770, %1398 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1772 = mul %538, %1771 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1773 = mul %1771, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1774 = erf %1773 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1775 = add %543, %1774 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1776 = mul %1772, %1775 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1777 = matmul %1776, %49 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1778 = add %1777, %1406 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1779 = add %1756, %1778 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1780 = concat %1779, %1696 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:111:21
%1781 = reduce_sum %1780 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1782 = div %1781, %990 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1783 = broadcast %1782 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1784 = sub %1780, %1783 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1785 = mul %1784, %1784 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1786 = reduce_sum %1785 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1787 = div %1786, %990 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1788 = add %1787, %997 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1789 = rsqrt %1788 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1790 = broadcast %1789 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1791 = mul %1784, %1790 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1792 = broadcast %51 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1793 = mul %1791, %1792 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1794 = broadcast %52 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1795 = add %1793, %1794 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1796 = slice %1795 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/dino_pass.yaml:103:28
%1797 = matmul %1796, %53 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1798 = add %1797, %1427 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1799 = mul %538, %1798 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1800 = mul %1798, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1801 = erf %1800 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1802 = add %543, %1801 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1803 = mul %1799, %1802 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1804 = matmul %1803, %55 ta=0 tb=1 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%1805 = add %1804, %1435 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1806 = mul %538, %1805 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1807 = mul %1805, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1808 = erf %1807 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1809 = add %543, %1808 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1810 = mul %1806, %1809 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1811 = matmul %1810, %57 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1812 = add %1811, %1443 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1813 = mul %1812, %1812 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1814 = reduce_sum %1813 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1815 = sqrt %1814 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1816 = max %1815, %590 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1817 = broadcast %1816 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1818 = div %1812, %1817 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1819 = matmul %1818, %1457 ta=0 tb=1 : f32[4,1,65536] @ models/lib/dino.yaml:23:18
%1820 = slice %1795 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/dino_pass.yaml:103:46
%1821 = matmul %1820, %61 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1822 = broadcast %62 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1823 = add %1821, %1822 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1824 = mul %738, %1823 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1825 = add %1821, %1822 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1826 = mul %1825, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1827 = erf %1826 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1828 = add %745, %1827 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1829 = mul %1824, %1828 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1830 = matmul %1829, %63 ta=0 tb=1 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%1831 = broadcast %64 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1832 = add %1830, %1831 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1833 = mul %738, %1832 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1834 = add %1830, %1831 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1835 = mul %1834, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1836 = erf %1835 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1837 = add %745, %1836 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1838 = mul %1833, %1837 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1839 = matmul %1838, %65 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1840 = broadcast %66 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1841 = add %1839, %1840 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1842 = mul %1841, %1841 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1843 = reduce_sum %1842 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1844 = sqrt %1843 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1845 = max %1844, %1139 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1846 = broadcast %1845 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1847 = add %1839, %1840 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1848 = div %1847, %1846 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1849 = matmul %1848, %1494 ta=0 tb=1 : f32[4,9,4096] @ models/lib/dino.yaml:23:18
%1850 = slice %1819 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1851 = slice %1819 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%1852 = slice %1849 lo=[0,0,0] hi=[2,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%1853 = slice %1849 lo=[2,0,0] hi=[4,9,4096] : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%1854 = broadcast %131 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%1855 = sub %640, %1854 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%1856 = broadcast %4 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1857 = div %1855, %1856 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1858 = reduce_max %1857 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%1859 = stop_gradient %1858 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%1860 = broadcast %1859 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1861 = div %1855, %1856 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1862 = sub %1861, %1860 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1863 = exp %1862 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1864 = reduce_sum %1863 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%1865 = broadcast %1864 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1866 = exp %1862 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1867 = div %1866, %1865 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1868 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%1869 = broadcast %1868 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1870 = div %1497, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1871 = reduce_max %1870 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1872 = stop_gradient %1871 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1873 = broadcast %1872 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1874 = div %1497, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1875 = sub %1874, %1873 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1876 = exp %1875 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1877 = reduce_sum %1876 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1878 = log %1877 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1879 = broadcast %1878 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1880 = sub %1875, %1879 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1881 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1882 = mul %1881, %1880 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1883 = reduce_sum %1882 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1884 = neg %1883 : f32[2,1] @ models/lib/dino.yaml:39:21
%1885 = reduce_sum %1884 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1886 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%1887 = div %1885, %1886 : f32[] @ models/lib/dino.yaml:39:16
%1888 = div %1850, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1889 = reduce_max %1888 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1890 = stop_gradient %1889 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1891 = broadcast %1890 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1892 = div %1850, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1893 = sub %1892, %1891 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1894 = exp %1893 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1895 = reduce_sum %1894 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1896 = log %1895 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1897 = broadcast %1896 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1898 = sub %1893, %1897 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1899 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1900 = mul %1899, %1898 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1901 = reduce_sum %1900 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1902 = neg %1901 : f32[2,1] @ models/lib/dino.yaml:39:21
%1903 = reduce_sum %1902 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1904 = div %1903, %1886 : f32[] @ models/lib/dino.yaml:39:16
%1905 = add %1887, %1904 : f32[] @ models/dino_pass.yaml:148:11
%1906 = div %1851, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1907 = reduce_max %1906 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1908 = stop_gradient %1907 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1909 = broadcast %1908 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1910 = div %1851, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1911 = sub %1910, %1909 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1912 = exp %1911 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1913 = reduce_sum %1912 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1914 = log %1913 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1915 = broadcast %1914 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1916 = sub %1911, %1915 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1917 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1918 = mul %1917, %1916 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1919 = reduce_sum %1918 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1920 = neg %1919 : f32[2,1] @ models/lib/dino.yaml:39:21
%1921 = reduce_sum %1920 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1922 = div %1921, %1886 : f32[] @ models/lib/dino.yaml:39:16
%1923 = add %1905, %1922 : f32[] @ models/dino_pass.yaml:148:11
%1924 = sub %641, %1854 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%1925 = div %1924, %1856 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1926 = reduce_max %1925 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%1927 = stop_gradient %1926 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%1928 = broadcast %1927 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1929 = div %1924, %1856 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%1930 = sub %1929, %1928 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%1931 = exp %1930 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1932 = reduce_sum %1931 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%1933 = broadcast %1932 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1934 = exp %1930 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%1935 = div %1934, %1933 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%1936 = div %1496, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1937 = reduce_max %1936 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%1938 = stop_gradient %1937 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%1939 = broadcast %1938 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1940 = div %1496, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%1941 = sub %1940, %1939 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%1942 = exp %1941 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%1943 = reduce_sum %1942 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%1944 = log %1943 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%1945 = broadcast %1944 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1946 = sub %1941, %1945 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%1947 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1948 = mul %1947, %1946 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1949 = reduce_sum %1948 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1950 = neg %1949 : f32[2,1] @ models/lib/dino.yaml:39:21
%1951 = reduce_sum %1950 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1952 = div %1951, %1886 : f32[] @ models/lib/dino.yaml:39:16
%1953 = add %1923, %1952 : f32[] @ models/dino_pass.yaml:148:11
%1954 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1955 = mul %1954, %1898 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1956 = reduce_sum %1955 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1957 = neg %1956 : f32[2,1] @ models/lib/dino.yaml:39:21
%1958 = reduce_sum %1957 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1959 = div %1958, %1886 : f32[] @ models/lib/dino.yaml:39:16
%1960 = add %1953, %1959 : f32[] @ models/dino_pass.yaml:148:11
%1961 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%1962 = mul %1961, %1916 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%1963 = reduce_sum %1962 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%1964 = neg %1963 : f32[2,1] @ models/lib/dino.yaml:39:21
%1965 = reduce_sum %1964 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%1966 = div %1965, %1886 : f32[] @ models/lib/dino.yaml:39:16
%1967 = add %1960, %1966 : f32[] @ models/dino_pass.yaml:148:11
%1968 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%1969 = div %1967, %1968 : f32[] @ models/dino_pass.yaml:145:3
%1970 = output %1969 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%1971 = broadcast %132 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%1972 = broadcast %4 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%1973 = sub %642, %1971 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%1974 = div %1973, %1972 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%1975 = reduce_max %1974 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%1976 = stop_gradient %1975 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%1977 = broadcast %1976 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%1978 = sub %642, %1971 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%1979 = div %1978, %1972 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%1980 = sub %1979, %1977 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%1981 = exp %1980 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%1982 = reduce_sum %1981 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%1983 = broadcast %1982 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%1984 = exp %1980 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%1985 = div %1984, %1983 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%1986 = broadcast %1868 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%1987 = div %1498, %1986 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%1988 = reduce_max %1987 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%1989 = stop_gradient %1988 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%1990 = broadcast %1989 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%1991 = div %1498, %1986 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%1992 = sub %1991, %1990 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%1993 = exp %1992 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%1994 = reduce_sum %1993 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%1995 = log %1994 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%1996 = broadcast %1995 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%1997 = sub %1992, %1996 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%1998 = stop_gradient %1985 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%1999 = mul %1998, %1997 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2000 = reduce_sum %1999 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2001 = neg %2000 : f32[2,16] @ models/lib/dino.yaml:39:21
%2002 = reduce_sum %2001 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2003 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2004 = div %2002, %2003 : f32[] @ models/lib/dino.yaml:39:16
%2005 = sub %643, %1971 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2006 = div %2005, %1972 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2007 = reduce_max %2006 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2008 = stop_gradient %2007 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2009 = broadcast %2008 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2010 = sub %643, %1971 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2011 = div %2010, %1972 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2012 = sub %2011, %2009 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2013 = exp %2012 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2014 = reduce_sum %2013 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2015 = broadcast %2014 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2016 = exp %2012 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2017 = div %2016, %2015 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2018 = div %1499, %1986 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2019 = reduce_max %2018 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2020 = stop_gradient %2019 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2021 = broadcast %2020 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2022 = div %1499, %1986 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2023 = sub %2022, %2021 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2024 = exp %2023 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2025 = reduce_sum %2024 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2026 = log %2025 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2027 = broadcast %2026 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2028 = sub %2023, %2027 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2029 = stop_gradient %2017 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2030 = mul %2029, %2028 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2031 = reduce_sum %2030 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2032 = neg %2031 : f32[2,16] @ models/lib/dino.yaml:39:21
%2033 = reduce_sum %2032 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2034 = div %2033, %2003 : f32[] @ models/lib/dino.yaml:39:16
%2035 = add %2004, %2034 : f32[] @ models/dino_pass.yaml:152:11
%2036 = broadcast %132 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2037 = broadcast %4 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2038 = sub %1147, %2036 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2039 = div %2038, %2037 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2040 = reduce_max %2039 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2041 = stop_gradient %2040 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2042 = broadcast %2041 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2043 = sub %1147, %2036 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2044 = div %2043, %2037 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2045 = sub %2044, %2042 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2046 = exp %2045 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2047 = reduce_sum %2046 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2048 = broadcast %2047 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2049 = exp %2045 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2050 = div %2049, %2048 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2051 = broadcast %1868 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2052 = div %1852, %2051 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2053 = reduce_max %2052 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2054 = stop_gradient %2053 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2055 = broadcast %2054 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2056 = div %1852, %2051 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2057 = sub %2056, %2055 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2058 = exp %2057 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2059 = reduce_sum %2058 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2060 = log %2059 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2061 = broadcast %2060 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2062 = sub %2057, %2061 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2063 = stop_gradient %2050 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2064 = mul %2063, %2062 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2065 = reduce_sum %2064 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2066 = neg %2065 : f32[2,9] @ models/lib/dino.yaml:39:21
%2067 = reduce_sum %2066 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2068 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2069 = div %2067, %2068 : f32[] @ models/lib/dino.yaml:39:16
%2070 = add %2035, %2069 : f32[] @ models/dino_pass.yaml:152:11
%2071 = sub %1148, %2036 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2072 = div %2071, %2037 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2073 = reduce_max %2072 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2074 = stop_gradient %2073 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2075 = broadcast %2074 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2076 = sub %1148, %2036 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2077 = div %2076, %2037 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2078 = sub %2077, %2075 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2079 = exp %2078 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2080 = reduce_sum %2079 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2081 = broadcast %2080 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2082 = exp %2078 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2083 = div %2082, %2081 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2084 = div %1853, %2051 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2085 = reduce_max %2084 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2086 = stop_gradient %2085 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2087 = broadcast %2086 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2088 = div %1853, %2051 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2089 = sub %2088, %2087 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2090 = exp %2089 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2091 = reduce_sum %2090 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2092 = log %2091 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2093 = broadcast %2092 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2094 = sub %2089, %2093 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2095 = stop_gradient %2083 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2096 = mul %2095, %2094 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2097 = reduce_sum %2096 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2098 = neg %2097 : f32[2,9] @ models/lib/dino.yaml:39:21
%2099 = reduce_sum %2098 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2100 = div %2099, %2068 : f32[] @ models/lib/dino.yaml:39:16
%2101 = add %2070, %2100 : f32[] @ models/dino_pass.yaml:152:11
%2102 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2103 = div %2101, %2102 : f32[] @ models/dino_pass.yaml:149:3
%2104 = output %2103 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2105 = mul %2103, %1868 : f32[] @ models/dino_pass.yaml:149:3
%2106 = add %1969, %2105 : f32[] @ models/dino_pass.yaml:149:3
%2107 = output %2106 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2108 = broadcast %1272 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2109 = mul %131, %2108 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2110 = concat %640, %641, %1145, %1146 axis=0 : f32[8,1,65536] @ models/dino_pass.yaml:138:75
%2111 = reduce_sum %2110 axes=[0] keep=1 : f32[1,1,65536] @ models/lib/nn.yaml:73:26
%2112 = all_reduce_sum %2111 : f32[1,1,65536] @ models/lib/nn.yaml:73:16
%2113 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2114 = broadcast %2113 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2115 = div %2112, %2114 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2116 = broadcast %1868 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2117 = mul %2116, %2115 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2118 = add %2109, %2117 : f32[1,1,65536] @ models/dino_pass.yaml:138:38
%2119 = assign %131, %2118 : f32[1,1,65536] @ models/dino_pass.yaml:138:13
%2120 = broadcast %1272 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2121 = mul %132, %2120 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2122 = reshape %642 : f32[32,4096] @ models/dino_pass.yaml:142:81
%2123 = reshape %643 : f32[32,4096] @ models/dino_pass.yaml:142:81
%2124 = reshape %1147 : f32[18,4096] @ models/dino_pass.yaml:142:81
%2125 = reshape %1148 : f32[18,4096] @ models/dino_pass.yaml:142:81
%2126 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%2127 = matmul %2126, %2122 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2128 = matmul %2126, %2123 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2129 = add %2127, %2128 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2130 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%2131 = matmul %2130, %2124 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2132 = add %2129, %2131 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2133 = matmul %2130, %2125 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2134 = add %2132, %2133 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2135 = all_reduce_sum %2134 : f32[1,4096] @ models/lib/nn.yaml:73:16
%2136 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%2137 = broadcast %2136 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2138 = div %2135, %2137 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2139 = broadcast %1868 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2140 = mul %2139, %2138 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2141 = add %2121, %2140 : f32[1,4096] @ models/dino_pass.yaml:142:44
%2142 = assign %132, %2141 : f32[1,4096] @ models/dino_pass.yaml:142:13
%2143 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%2144 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%2145 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%2146 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%2147 = broadcast %2146 : f32[2,9] @ models/lib/dino.yaml:39:21
%2148 = reshape %2147 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%2149 = broadcast %2148 : f32[2,9,4096] @ models/lib/dino.yaml:39:22
%2150 = stop_gradient %2083 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2151 = mul %2149, %2150 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2152 = neg %2151 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2153 = reduce_sum %2152 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2154 = div %2153, %2091 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2155 = broadcast %2154 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2156 = exp %2089 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2157 = mul %2155, %2156 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2158 = stop_gradient %2083 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2159 = mul %2149, %2158 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2160 = add %2159, %2157 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2161 = div %2160, %2051 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2162 = stop_gradient %2050 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2163 = mul %2149, %2162 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2164 = neg %2163 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2165 = reduce_sum %2164 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2166 = div %2165, %2059 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2167 = broadcast %2166 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2168 = exp %2057 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2169 = mul %2167, %2168 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2170 = stop_gradient %2050 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2171 = mul %2149, %2170 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2172 = add %2171, %2169 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2173 = div %2172, %2051 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2174 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%2175 = broadcast %2174 : f32[2,16] @ models/lib/dino.yaml:39:21
%2176 = reshape %2175 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%2177 = broadcast %2176 : f32[2,16,4096] @ models/lib/dino.yaml:39:22
%2178 = stop_gradient %2017 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2179 = mul %2177, %2178 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2180 = neg %2179 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2181 = reduce_sum %2180 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2182 = div %2181, %2025 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2183 = broadcast %2182 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2184 = exp %2023 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2185 = mul %2183, %2184 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2186 = stop_gradient %2017 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2187 = mul %2177, %2186 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2188 = add %2187, %2185 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2189 = div %2188, %1986 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2190 = stop_gradient %1985 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2191 = mul %2177, %2190 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2192 = neg %2191 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2193 = reduce_sum %2192 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2194 = div %2193, %1994 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2195 = broadcast %2194 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2196 = exp %1992 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2197 = mul %2195, %2196 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2198 = stop_gradient %1985 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2199 = mul %2177, %2198 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2200 = add %2199, %2197 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2201 = div %2200, %1986 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2202 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%2203 = broadcast %2202 : f32[2,1] @ models/lib/dino.yaml:39:21
%2204 = reshape %2203 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%2205 = broadcast %2204 : f32[2,1,65536] @ models/lib/dino.yaml:39:22
%2206 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2207 = mul %2205, %2206 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2208 = neg %2207 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2209 = reduce_sum %2208 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2210 = div %2209, %1913 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2211 = broadcast %2210 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2212 = exp %1911 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2213 = mul %2211, %2212 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2214 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2215 = mul %2205, %2214 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2216 = add %2215, %2213 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2217 = div %2216, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2218 = div %2209, %1895 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2219 = broadcast %2218 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2220 = exp %1893 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2221 = mul %2219, %2220 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2222 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2223 = mul %2205, %2222 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2224 = add %2223, %2221 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2225 = div %2224, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2226 = div %2209, %1943 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2227 = broadcast %2226 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2228 = exp %1941 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2229 = mul %2227, %2228 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2230 = stop_gradient %1935 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2231 = mul %2205, %2230 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2232 = add %2231, %2229 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2233 = div %2232, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2234 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2235 = mul %2205, %2234 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2236 = neg %2235 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2237 = reduce_sum %2236 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2238 = div %2237, %1913 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2239 = broadcast %2238 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2240 = exp %1911 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2241 = mul %2239, %2240 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2242 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2243 = mul %2205, %2242 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2244 = add %2243, %2241 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2245 = div %2244, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2246 = add %2217, %2245 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2247 = div %2237, %1895 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2248 = broadcast %2247 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2249 = exp %1893 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2250 = mul %2248, %2249 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2251 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2252 = mul %2205, %2251 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2253 = add %2252, %2250 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2254 = div %2253, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2255 = add %2225, %2254 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2256 = div %2237, %1877 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2257 = broadcast %2256 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2258 = exp %1875 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2259 = mul %2257, %2258 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2260 = stop_gradient %1867 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2261 = mul %2205, %2260 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2262 = add %2261, %2259 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2263 = div %2262, %1869 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2264 = concat %2173, %2161 axis=0 : f32[4,9,4096] @ models/dino_pass.yaml:132:27
%2265 = concat %2255, %2246 axis=0 : f32[4,1,65536] @ models/dino_pass.yaml:132:20
%2266 = matmul %2264, %1494 ta=0 tb=0 : f32[4,9,64] @ models/lib/dino.yaml:23:18
%2267 = reshape %1848 : f32[36,64] @ models/lib/dino.yaml:23:18
%2268 = reshape %2264 : f32[36,4096] @ models/lib/dino.yaml:23:18
%2269 = matmul %2268, %2267 ta=1 tb=0 : f32[4096,64] @ models/lib/dino.yaml:23:18
%2270 = div %2269, %1493 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2271 = mul %2270, %1494 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2272 = neg %2271 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2273 = reduce_sum %2272 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2274 = broadcast %210 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2275 = mul %2273, %2274 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2276 = div %2275, %1492 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2277 = broadcast %2276 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2278 = mul %2277, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2279 = add %2278, %2278 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2280 = mul %2270, %1488 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2281 = add %2279, %2280 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2282 = div %2266, %1846 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2283 = mul %2282, %1848 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2284 = neg %2283 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2285 = reduce_sum %2284 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2286 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2287 = broadcast %2286 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2288 = broadcast %210 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2289 = mul %2285, %2288 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2290 = sqrt %1843 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2291 = eq %2290, %1139 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2292 = select %2291, %2289, %2287 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2293 = sqrt %1843 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2294 = gt %2293, %1139 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2295 = select %2294, %2285, %2292 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2296 = mul %2295, %2288 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2297 = sqrt %1843 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2298 = div %2296, %2297 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2299 = broadcast %2298 : f32[4,9,64] @ models/lib/nn.yaml:33:29
%2300 = add %1839, %1840 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2301 = mul %2299, %2300 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2302 = add %2282, %2301 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2303 = add %2302, %2301 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2304 = reduce_sum %2303 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2305 = reshape %2304 : f32[64] @ models/lib/nn.yaml:84:18
%2306 = matmul %2303, %65 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2307 = reshape %1838 : f32[36,256] @ models/lib/nn.yaml:83:15
%2308 = reshape %2303 : f32[36,64] @ models/lib/nn.yaml:83:15
%2309 = matmul %2308, %2307 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2310 = add %1830, %1831 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2311 = mul %2310, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2312 = erf %2311 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2313 = add %745, %2312 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2314 = mul %2306, %2313 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2315 = add %1830, %1831 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2316 = mul %738, %2315 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2317 = mul %2306, %2316 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2318 = add %1830, %1831 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2319 = mul %2318, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2320 = mul %2319, %2319 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2321 = neg %2320 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2322 = exp %2321 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2323 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2324 = broadcast %2323 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2325 = mul %2322, %2324 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2326 = mul %2317, %2325 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2327 = mul %2326, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2328 = mul %2314, %738 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2329 = add %2327, %2328 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2330 = reduce_sum %2329 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2331 = reshape %2330 : f32[256] @ models/lib/nn.yaml:84:18
%2332 = matmul %2329, %63 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2333 = reshape %1829 : f32[36,256] @ models/lib/nn.yaml:83:15
%2334 = reshape %2329 : f32[36,256] @ models/lib/nn.yaml:83:15
%2335 = matmul %2334, %2333 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%2336 = add %1821, %1822 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2337 = mul %2336, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2338 = erf %2337 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2339 = add %745, %2338 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2340 = mul %2332, %2339 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2341 = add %1821, %1822 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2342 = mul %738, %2341 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2343 = mul %2332, %2342 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2344 = add %1821, %1822 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2345 = mul %2344, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2346 = mul %2345, %2345 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2347 = neg %2346 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2348 = exp %2347 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2349 = mul %2348, %2324 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2350 = mul %2343, %2349 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2351 = mul %2350, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2352 = mul %2340, %738 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2353 = add %2351, %2352 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2354 = reduce_sum %2353 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2355 = reshape %2354 : f32[256] @ models/lib/nn.yaml:84:18
%2356 = matmul %2353, %61 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2357 = reshape %1820 : f32[36,64] @ models/lib/nn.yaml:83:15
%2358 = reshape %2353 : f32[36,256] @ models/lib/nn.yaml:83:15
%2359 = matmul %2358, %2357 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2360 = matmul %2265, %1457 ta=0 tb=0 : f32[4,1,64] @ models/lib/dino.yaml:23:18
%2361 = reshape %1818 : f32[4,64] @ models/lib/dino.yaml:23:18
%2362 = reshape %2265 : f32[4,65536] @ models/lib/dino.yaml:23:18
%2363 = matmul %2362, %2361 ta=1 tb=0 : f32[65536,64] @ models/lib/dino.yaml:23:18
%2364 = div %2363, %1456 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2365 = mul %2364, %1457 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2366 = neg %2365 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2367 = reduce_sum %2366 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%2368 = broadcast %210 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2369 = mul %2367, %2368 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2370 = div %2369, %1455 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2371 = broadcast %2370 : f32[65536,64] @ models/lib/dino.yaml:22:40
%2372 = mul %2371, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2373 = add %2372, %2372 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2374 = mul %2364, %1451 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2375 = add %2373, %2374 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2376 = div %2360, %1817 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2377 = mul %2376, %1818 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2378 = neg %2377 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2379 = reduce_sum %2378 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2380 = broadcast %2286 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2381 = broadcast %210 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2382 = mul %2379, %2381 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2383 = sqrt %1814 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2384 = eq %2383, %590 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2385 = select %2384, %2382, %2380 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2386 = sqrt %1814 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2387 = gt %2386, %590 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2388 = select %2387, %2379, %2385 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2389 = mul %2388, %2381 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2390 = sqrt %1814 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2391 = div %2389, %2390 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2392 = broadcast %2391 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%2393 = mul %2392, %1812 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2394 = add %2376, %2393 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2395 = add %2394, %2393 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2396 = reduce_sum %2395 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2397 = reshape %2396 : f32[64] @ models/lib/nn.yaml:84:18
%2398 = matmul %2395, %57 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%2399 = reshape %1810 : f32[4,256] @ models/lib/nn.yaml:83:15
%2400 = reshape %2395 : f32[4,64] @ models/lib/nn.yaml:83:15
%2401 = matmul %2400, %2399 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2402 = mul %1805, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2403 = erf %2402 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2404 = add %543, %2403 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2405 = mul %2398, %2404 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2406 = mul %538, %1805 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2407 = mul %2398, %2406 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2408 = mul %1805, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2409 = mul %2408, %2408 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2410 = neg %2409 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2411 = exp %2410 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2412 = broadcast %2323 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2413 = mul %2411, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2414 = mul %2407, %2413 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2415 = mul %2414, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2416 = mul %2405, %538 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2417 = add %2415, %2416 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2418 = reduce_sum %2417 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2419 = reshape %2418 : f32[256] @ models/lib/nn.yaml:84:18
%2420 = matmul %2417, %55 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%2421 = reshape %1803 : f32[4,256] @ models/lib/nn.yaml:83:15
%2422 = reshape %2417 : f32[4,256] @ models/lib/nn.yaml:83:15
%2423 = matmul %2422, %2421 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%2424 = mul %1798, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2425 = erf %2424 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2426 = add %543, %2425 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2427 = mul %2420, %2426 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2428 = mul %538, %1798 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2429 = mul %2420, %2428 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2430 = mul %1798, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2431 = mul %2430, %2430 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2432 = neg %2431 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2433 = exp %2432 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2434 = mul %2433, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2435 = mul %2429, %2434 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2436 = mul %2435, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2437 = mul %2427, %538 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2438 = add %2436, %2437 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2439 = reduce_sum %2438 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2440 = reshape %2439 : f32[256] @ models/lib/nn.yaml:84:18
%2441 = matmul %2438, %53 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2442 = reshape %1796 : f32[4,64] @ models/lib/nn.yaml:83:15
%2443 = reshape %2438 : f32[4,256] @ models/lib/nn.yaml:83:15
%2444 = matmul %2443, %2442 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2445 = concat %2441, %2356 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2446 = reduce_sum %2445 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2447 = reshape %2446 : f32[64] @ models/lib/nn.yaml:96:46
%2448 = mul %2445, %1791 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2449 = reduce_sum %2448 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2450 = reshape %2449 : f32[64] @ models/lib/nn.yaml:96:37
%2451 = mul %2445, %1792 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2452 = mul %2451, %1790 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2453 = mul %2445, %1792 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2454 = mul %2453, %1784 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2455 = reduce_sum %2454 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2456 = mul %1789, %1789 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2457 = mul %1789, %2456 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2458 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2459 = broadcast %2458 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2460 = mul %2457, %2459 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2461 = mul %2455, %2460 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2462 = div %2461, %990 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2463 = broadcast %2462 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2464 = mul %2463, %1784 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2465 = add %2452, %2464 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2466 = add %2465, %2464 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2467 = neg %2466 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2468 = reduce_sum %2467 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2469 = div %2468, %990 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2470 = broadcast %2469 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2471 = add %2466, %2470 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2472 = slice %2471 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%2473 = slice %2471 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:111:21
%2474 = reduce_sum %2472 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2475 = reshape %2474 : f32[64] @ models/lib/nn.yaml:84:18
%2476 = matmul %2472, %49 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%2477 = reshape %1776 : f32[4,256] @ models/lib/nn.yaml:83:15
%2478 = reshape %2472 : f32[4,64] @ models/lib/nn.yaml:83:15
%2479 = matmul %2478, %2477 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2480 = mul %1771, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2481 = erf %2480 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2482 = add %543, %2481 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2483 = mul %2476, %2482 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2484 = mul %538, %1771 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2485 = mul %2476, %2484 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2486 = mul %1771, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2487 = mul %2486, %2486 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2488 = neg %2487 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2489 = exp %2488 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2490 = mul %2489, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2491 = mul %2485, %2490 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2492 = mul %2491, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2493 = mul %2483, %538 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2494 = add %2492, %2493 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2495 = reduce_sum %2494 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2496 = reshape %2495 : f32[256] @ models/lib/nn.yaml:84:18
%2497 = matmul %2494, %47 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2498 = reshape %1769 : f32[4,64] @ models/lib/nn.yaml:83:15
%2499 = reshape %2494 : f32[4,256] @ models/lib/nn.yaml:83:15
%2500 = matmul %2499, %2498 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2501 = reduce_sum %2497 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2502 = reshape %2501 : f32[64] @ models/lib/nn.yaml:96:46
%2503 = mul %2497, %1393 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2504 = mul %2497, %1767 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2505 = reduce_sum %2504 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2506 = reshape %2505 : f32[64] @ models/lib/nn.yaml:96:37
%2507 = mul %2503, %1766 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2508 = mul %2503, %1760 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2509 = reduce_sum %2508 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2510 = mul %1765, %1765 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2511 = mul %1765, %2510 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2512 = broadcast %2458 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2513 = mul %2511, %2512 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2514 = mul %2509, %2513 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2515 = div %2514, %519 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2516 = broadcast %2515 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%2517 = mul %2516, %1760 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2518 = add %2507, %2517 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2519 = add %2518, %2517 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2520 = add %2472, %2519 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2521 = neg %2519 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2522 = reduce_sum %2521 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2523 = div %2522, %519 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2524 = broadcast %2523 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2525 = add %2520, %2524 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2526 = reduce_sum %2525 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2527 = reshape %2526 : f32[64] @ models/lib/nn.yaml:84:18
%2528 = matmul %2525, %43 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2529 = reshape %1752 : f32[4,64] @ models/lib/nn.yaml:83:15
%2530 = reshape %2525 : f32[4,64] @ models/lib/nn.yaml:83:15
%2531 = matmul %2530, %2529 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2532 = reshape %2528 : f32[4,1,2,32] @ models/lib/nn.yaml:57:16
%2533 = permute %2532 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/nn.yaml:56:13
%2534 = permute %1727 perm=[0,1,3,2] : f32[4,2,32,10] @ models/lib/nn.yaml:56:23
%2535 = reshape %2533 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%2536 = broadcast %2535 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2537 = reshape %2534 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2538 = broadcast %2537 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2539 = mul %2536, %2538 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2540 = reduce_sum %2539 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2541 = permute %1745 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2542 = broadcast %2541 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2543 = broadcast %2533 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2544 = mul %2542, %2543 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2545 = div %2540, %1743 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2546 = mul %2545, %1745 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2547 = neg %2546 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2548 = reduce_sum %2547 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2549 = broadcast %2548 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2550 = add %2545, %2549 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2551 = exp %1740 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2552 = mul %2550, %2551 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2553 = mul %2552, %1028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2554 = reshape %2553 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2555 = broadcast %2554 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2556 = reshape %1722 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2557 = broadcast %2556 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2558 = mul %2555, %2557 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2559 = reduce_sum %2558 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2560 = permute %2553 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2561 = broadcast %2560 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2562 = broadcast %1717 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2563 = mul %2561, %2562 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2564 = permute %2544 perm=[0,2,1,3] : f32[4,10,2,32] @ models/lib/vit.yaml:80:14
%2565 = reshape %2564 : f32[4,10,64] @ models/lib/vit.yaml:80:22
%2566 = reduce_sum %2565 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2567 = reshape %2566 : f32[64] @ models/lib/nn.yaml:84:18
%2568 = matmul %2565, %41 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2569 = reshape %1712 : f32[40,64] @ models/lib/nn.yaml:83:15
%2570 = reshape %2564 : f32[40,64] @ models/lib/nn.yaml:83:15
%2571 = matmul %2570, %2569 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2572 = permute %2563 perm=[0,2,1,3] : f32[4,10,2,32] @ models/lib/vit.yaml:79:14
%2573 = reshape %2572 : f32[4,10,64] @ models/lib/vit.yaml:79:22
%2574 = reduce_sum %2573 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2575 = reshape %2574 : f32[64] @ models/lib/nn.yaml:84:18
%2576 = matmul %2573, %39 ta=0 tb=0 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2577 = add %2568, %2576 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2578 = reshape %2572 : f32[40,64] @ models/lib/nn.yaml:83:15
%2579 = matmul %2578, %2569 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2580 = permute %2559 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/vit.yaml:78:14
%2581 = reshape %2580 : f32[4,1,64] @ models/lib/vit.yaml:78:22
%2582 = reduce_sum %2581 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2583 = reshape %2582 : f32[64] @ models/lib/nn.yaml:84:18
%2584 = matmul %2581, %37 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2585 = reshape %1713 : f32[4,64] @ models/lib/nn.yaml:83:15
%2586 = reshape %2580 : f32[4,64] @ models/lib/nn.yaml:83:15
%2587 = matmul %2586, %2585 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2588 = pad %2584 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%2589 = add %2577, %2588 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%2590 = reduce_sum %2589 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2591 = reshape %2590 : f32[64] @ models/lib/nn.yaml:96:46
%2592 = mul %2589, %1708 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2593 = reduce_sum %2592 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2594 = reshape %2593 : f32[64] @ models/lib/nn.yaml:96:37
%2595 = mul %2589, %1709 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2596 = mul %2595, %1707 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2597 = mul %2589, %1709 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2598 = mul %2597, %1701 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2599 = reduce_sum %2598 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2600 = mul %1706, %1706 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2601 = mul %1706, %2600 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2602 = mul %2601, %2459 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2603 = mul %2599, %2602 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2604 = div %2603, %990 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2605 = broadcast %2604 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2606 = mul %2605, %1701 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2607 = add %2596, %2606 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2608 = add %2607, %2606 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2609 = neg %2608 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2610 = reduce_sum %2609 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2611 = div %2610, %990 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2612 = broadcast %2611 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2613 = add %2608, %2612 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2614 = slice %2613 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%2615 = add %2525, %2614 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%2616 = slice %2613 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:95:24
%2617 = add %2473, %2616 : f32[4,9,64] @ models/lib/vit.yaml:95:24
%2618 = reduce_sum %2615 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%2619 = mul %2617, %1694 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%2620 = div %2619, %1653 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%2621 = reduce_sum %2620 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2622 = reshape %2621 : f32[64] @ models/lib/nn.yaml:84:18
%2623 = matmul %2620, %32 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2624 = reshape %1685 : f32[36,256] @ models/lib/nn.yaml:83:15
%2625 = reshape %2620 : f32[36,64] @ models/lib/nn.yaml:83:15
%2626 = matmul %2625, %2624 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2627 = add %1677, %1678 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2628 = mul %2627, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2629 = erf %2628 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2630 = add %745, %2629 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2631 = mul %2623, %2630 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2632 = add %1677, %1678 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2633 = mul %738, %2632 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2634 = mul %2623, %2633 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2635 = add %1677, %1678 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2636 = mul %2635, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2637 = mul %2636, %2636 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2638 = neg %2637 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2639 = exp %2638 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2640 = mul %2639, %2324 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2641 = mul %2634, %2640 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2642 = mul %2641, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2643 = mul %2631, %738 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2644 = add %2642, %2643 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2645 = reduce_sum %2644 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2646 = reshape %2645 : f32[256] @ models/lib/nn.yaml:84:18
%2647 = matmul %2644, %30 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2648 = reshape %1676 : f32[36,64] @ models/lib/nn.yaml:83:15
%2649 = reshape %2644 : f32[36,256] @ models/lib/nn.yaml:83:15
%2650 = matmul %2649, %2648 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2651 = reduce_sum %2647 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2652 = reshape %2651 : f32[64] @ models/lib/nn.yaml:96:46
%2653 = mul %2647, %1672 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2654 = reduce_sum %2653 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2655 = reshape %2654 : f32[64] @ models/lib/nn.yaml:96:37
%2656 = mul %2647, %1673 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2657 = mul %2656, %1671 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2658 = mul %2647, %1673 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2659 = mul %2658, %1665 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2660 = reduce_sum %2659 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2661 = mul %1670, %1670 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2662 = mul %1670, %2661 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2663 = broadcast %2458 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2664 = mul %2662, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2665 = mul %2660, %2664 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2666 = div %2665, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2667 = broadcast %2666 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2668 = mul %2667, %1665 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2669 = add %2657, %2668 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2670 = add %2669, %2668 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2671 = add %2617, %2670 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2672 = neg %2670 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2673 = reduce_sum %2672 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2674 = div %2673, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2675 = broadcast %2674 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2676 = add %2671, %2675 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2677 = mul %2676, %1659 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%2678 = div %2677, %1653 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%2679 = reduce_sum %2678 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2680 = reshape %2679 : f32[64] @ models/lib/nn.yaml:84:18
%2681 = matmul %2678, %26 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2682 = reshape %1648 : f32[36,64] @ models/lib/nn.yaml:83:15
%2683 = reshape %2678 : f32[36,64] @ models/lib/nn.yaml:83:15
%2684 = matmul %2683, %2682 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2685 = reshape %2681 : f32[4,9,2,32] @ models/lib/nn.yaml:57:16
%2686 = permute %2685 perm=[0,2,1,3] : f32[4,2,9,32] @ models/lib/nn.yaml:56:13
%2687 = permute %1623 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%2688 = reshape %2686 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%2689 = broadcast %2688 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2690 = reshape %2687 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%2691 = broadcast %2690 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2692 = mul %2689, %2691 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2693 = reduce_sum %2692 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2694 = permute %1641 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2695 = reshape %2694 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2696 = broadcast %2695 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2697 = reshape %2686 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%2698 = broadcast %2697 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2699 = mul %2696, %2698 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2700 = reduce_sum %2699 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%2701 = div %2693, %1639 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2702 = mul %2701, %1641 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2703 = neg %2702 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2704 = reduce_sum %2703 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%2705 = broadcast %2704 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2706 = add %2701, %2705 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2707 = exp %1636 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2708 = mul %2706, %2707 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2709 = mul %2708, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2710 = reshape %2709 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2711 = broadcast %2710 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2712 = reshape %1621 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2713 = broadcast %2712 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2714 = mul %2711, %2713 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2715 = reduce_sum %2714 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2716 = permute %2709 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2717 = reshape %2716 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2718 = broadcast %2717 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2719 = reshape %1619 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2720 = broadcast %2719 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2721 = mul %2718, %2720 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2722 = reduce_sum %2721 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2723 = reshape %2700 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%2724 = reshape %2722 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%2725 = reshape %2715 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%2726 = concat %2725, %2724, %2723 axis=0 : f32[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%2727 = permute %2726 perm=[1,3,0,2,4] : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%2728 = reshape %2727 : f32[4,9,192] @ models/lib/nn.yaml:66:21
%2729 = reduce_sum %2728 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%2730 = reshape %2729 : f32[192] @ models/lib/nn.yaml:84:18
%2731 = matmul %2728, %24 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2732 = reshape %1612 : f32[36,64] @ models/lib/nn.yaml:83:15
%2733 = reshape %2727 : f32[36,192] @ models/lib/nn.yaml:83:15
%2734 = matmul %2733, %2732 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%2735 = reduce_sum %2731 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2736 = reshape %2735 : f32[64] @ models/lib/nn.yaml:96:46
%2737 = mul %2731, %1608 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2738 = reduce_sum %2737 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2739 = reshape %2738 : f32[64] @ models/lib/nn.yaml:96:37
%2740 = mul %2731, %1609 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2741 = mul %2740, %1607 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2742 = mul %2731, %1609 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2743 = mul %2742, %1601 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2744 = reduce_sum %2743 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2745 = mul %1606, %1606 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2746 = mul %1606, %2745 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2747 = mul %2746, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2748 = mul %2744, %2747 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2749 = div %2748, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2750 = broadcast %2749 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2751 = mul %2750, %1601 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2752 = add %2741, %2751 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2753 = add %2752, %2751 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2754 = add %2676, %2753 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2755 = neg %2753 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2756 = reduce_sum %2755 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2757 = div %2756, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2758 = broadcast %2757 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2759 = add %2754, %2758 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2760 = reduce_sum %2759 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2761 = reshape %2760 : f32[64] @ models/lib/nn.yaml:84:18
%2762 = matmul %2759, %20 ta=0 tb=0 : f32[4,9,256] @ models/lib/nn.yaml:83:15
%2763 = reshape %1593 : f32[36,256] @ models/lib/nn.yaml:83:15
%2764 = reshape %2759 : f32[36,64] @ models/lib/nn.yaml:83:15
%2765 = matmul %2764, %2763 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2766 = add %1585, %1586 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2767 = mul %2766, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2768 = erf %2767 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2769 = add %745, %2768 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2770 = mul %2762, %2769 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2771 = add %1585, %1586 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2772 = mul %738, %2771 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2773 = mul %2762, %2772 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2774 = add %1585, %1586 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2775 = mul %2774, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2776 = mul %2775, %2775 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2777 = neg %2776 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2778 = exp %2777 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2779 = mul %2778, %2324 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2780 = mul %2773, %2779 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2781 = mul %2780, %741 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2782 = mul %2770, %738 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2783 = add %2781, %2782 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2784 = reduce_sum %2783 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2785 = reshape %2784 : f32[256] @ models/lib/nn.yaml:84:18
%2786 = matmul %2783, %18 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2787 = reshape %1584 : f32[36,64] @ models/lib/nn.yaml:83:15
%2788 = reshape %2783 : f32[36,256] @ models/lib/nn.yaml:83:15
%2789 = matmul %2788, %2787 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%2790 = reduce_sum %2786 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2791 = reshape %2790 : f32[64] @ models/lib/nn.yaml:96:46
%2792 = mul %2786, %1580 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2793 = reduce_sum %2792 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2794 = reshape %2793 : f32[64] @ models/lib/nn.yaml:96:37
%2795 = mul %2786, %1581 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2796 = mul %2795, %1579 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2797 = mul %2786, %1581 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2798 = mul %2797, %1573 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2799 = reduce_sum %2798 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2800 = mul %1578, %1578 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2801 = mul %1578, %2800 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2802 = mul %2801, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2803 = mul %2799, %2802 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2804 = div %2803, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2805 = broadcast %2804 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2806 = mul %2805, %1573 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2807 = add %2796, %2806 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2808 = add %2807, %2806 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2809 = add %2759, %2808 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2810 = neg %2808 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2811 = reduce_sum %2810 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2812 = div %2811, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2813 = broadcast %2812 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2814 = add %2809, %2813 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2815 = reduce_sum %2814 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2816 = reshape %2815 : f32[64] @ models/lib/nn.yaml:84:18
%2817 = matmul %2814, %14 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2818 = reshape %1564 : f32[36,64] @ models/lib/nn.yaml:83:15
%2819 = reshape %2814 : f32[36,64] @ models/lib/nn.yaml:83:15
%2820 = matmul %2819, %2818 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%2821 = reshape %2817 : f32[4,9,2,32] @ models/lib/nn.yaml:57:16
%2822 = permute %2821 perm=[0,2,1,3] : f32[4,2,9,32] @ models/lib/nn.yaml:56:13
%2823 = permute %1539 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%2824 = reshape %2822 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%2825 = broadcast %2824 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2826 = reshape %2823 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%2827 = broadcast %2826 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2828 = mul %2825, %2827 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%2829 = reduce_sum %2828 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2830 = permute %1557 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2831 = reshape %2830 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2832 = broadcast %2831 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2833 = reshape %2822 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%2834 = broadcast %2833 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2835 = mul %2832, %2834 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%2836 = reduce_sum %2835 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%2837 = div %2829, %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2838 = mul %2837, %1557 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2839 = neg %2838 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2840 = reduce_sum %2839 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%2841 = broadcast %2840 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2842 = add %2837, %2841 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%2843 = exp %1552 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2844 = mul %2842, %2843 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2845 = mul %2844, %697 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2846 = reshape %2845 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2847 = broadcast %2846 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2848 = reshape %1537 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2849 = broadcast %2848 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2850 = mul %2847, %2849 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2851 = reduce_sum %2850 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2852 = permute %2845 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2853 = reshape %2852 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%2854 = broadcast %2853 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2855 = reshape %1535 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%2856 = broadcast %2855 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2857 = mul %2854, %2856 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%2858 = reduce_sum %2857 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%2859 = reshape %2836 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%2860 = reshape %2858 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%2861 = reshape %2851 : f32[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%2862 = concat %2861, %2860, %2859 axis=0 : f32[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%2863 = permute %2862 perm=[1,3,0,2,4] : f32[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%2864 = reshape %2863 : f32[4,9,192] @ models/lib/nn.yaml:66:21
%2865 = reduce_sum %2864 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%2866 = reshape %2865 : f32[192] @ models/lib/nn.yaml:84:18
%2867 = matmul %2864, %12 ta=0 tb=0 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2868 = reshape %1528 : f32[36,64] @ models/lib/nn.yaml:83:15
%2869 = reshape %2863 : f32[36,192] @ models/lib/nn.yaml:83:15
%2870 = matmul %2869, %2868 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%2871 = reduce_sum %2867 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2872 = reshape %2871 : f32[64] @ models/lib/nn.yaml:96:46
%2873 = mul %2867, %1524 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2874 = reduce_sum %2873 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2875 = reshape %2874 : f32[64] @ models/lib/nn.yaml:96:37
%2876 = mul %2867, %1525 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2877 = mul %2876, %1523 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2878 = mul %2867, %1525 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%2879 = mul %2878, %1517 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%2880 = reduce_sum %2879 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%2881 = mul %1522, %1522 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2882 = mul %1522, %2881 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2883 = mul %2882, %2663 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2884 = mul %2880, %2883 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2885 = div %2884, %663 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2886 = broadcast %2885 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%2887 = mul %2886, %1517 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2888 = add %2877, %2887 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2889 = add %2888, %2887 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%2890 = add %2814, %2889 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2891 = neg %2889 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%2892 = reduce_sum %2891 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%2893 = div %2892, %663 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2894 = broadcast %2893 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2895 = add %2890, %2894 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%2896 = reduce_sum %2895 axes=[0] keep=1 : f32[1,9,64] @ models/lib/vit.yaml:62:15
%2897 = reshape %2896 : f32[3,3,64] @ models/lib/vit.yaml:36:16
%2898 = permute %2897 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%2899 = reshape %2898 : f32[3,192] @ models/lib/vit.yaml:35:21
%2900 = matmul %650, %2899 ta=1 tb=0 : f32[4,192] @ models/lib/vit.yaml:34:15
%2901 = reshape %2900 : f32[4,3,64] @ models/lib/vit.yaml:34:17
%2902 = permute %2901 perm=[1,0,2] : f32[3,4,64] @ models/lib/vit.yaml:33:13
%2903 = reshape %2902 : f32[3,256] @ models/lib/vit.yaml:33:21
%2904 = matmul %650, %2903 ta=1 tb=0 : f32[4,256] @ models/lib/vit.yaml:32:15
%2905 = reshape %2904 : f32[1,16,64] @ models/lib/vit.yaml:32:17
%2906 = reduce_sum %2895 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%2907 = reshape %2906 : f32[64] @ models/lib/vit.yaml:17:71
%2908 = reshape %645 : f32[36,768] @ models/lib/vit.yaml:17:18
%2909 = reshape %2895 : f32[36,64] @ models/lib/vit.yaml:17:18
%2910 = matmul %2909, %2908 ta=1 tb=0 : f32[64,768] @ models/lib/vit.yaml:17:18
%2911 = reshape %2910 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%2912 = concat %2201, %2189 axis=0 : f32[4,16,4096] @ models/dino_pass.yaml:132:27
%2913 = concat %2233, %2263 axis=0 : f32[4,1,65536] @ models/dino_pass.yaml:132:20
%2914 = matmul %2912, %1494 ta=0 tb=0 : f32[4,16,64] @ models/lib/dino.yaml:23:18
%2915 = reshape %1487 : f32[64,64] @ models/lib/dino.yaml:23:18
%2916 = reshape %2912 : f32[64,4096] @ models/lib/dino.yaml:23:18
%2917 = matmul %2916, %2915 ta=1 tb=0 : f32[4096,64] @ models/lib/dino.yaml:23:18
%2918 = div %2917, %1493 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2919 = mul %2918, %1494 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2920 = neg %2919 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2921 = reduce_sum %2920 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2922 = mul %2921, %2274 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2923 = div %2922, %1492 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2924 = broadcast %2923 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2925 = mul %2924, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2926 = add %2281, %2925 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2927 = add %2926, %2925 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2928 = mul %2918, %1488 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2929 = add %2927, %2928 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2930 = div %2914, %1485 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%2931 = mul %2930, %1487 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%2932 = neg %2931 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%2933 = reduce_sum %2932 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%2934 = broadcast %2286 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2935 = broadcast %210 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2936 = mul %2933, %2935 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2937 = sqrt %1482 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2938 = eq %2937, %627 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%2939 = select %2938, %2936, %2934 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2940 = sqrt %1482 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2941 = gt %2940, %627 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%2942 = select %2941, %2933, %2939 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2943 = mul %2942, %2935 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2944 = sqrt %1482 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2945 = div %2943, %2944 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2946 = broadcast %2945 : f32[4,16,64] @ models/lib/nn.yaml:33:29
%2947 = add %1478, %1479 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2948 = mul %2946, %2947 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%2949 = add %2930, %2948 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%2950 = add %2949, %2948 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%2951 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%2952 = reshape %2950 : f32[64,64] @ models/lib/nn.yaml:84:18
%2953 = matmul %2951, %2952 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2954 = reshape %2953 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2955 = reshape %2954 : f32[64] @ models/lib/nn.yaml:84:18
%2956 = add %2305, %2955 : f32[64] @ models/lib/nn.yaml:84:18
%2957 = matmul %2950, %65 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%2958 = reshape %1477 : f32[64,256] @ models/lib/nn.yaml:83:15
%2959 = reshape %2950 : f32[64,64] @ models/lib/nn.yaml:83:15
%2960 = matmul %2959, %2958 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%2961 = add %2309, %2960 : f32[64,256] @ models/lib/nn.yaml:83:15
%2962 = add %1469, %1470 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2963 = mul %2962, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2964 = erf %2963 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2965 = add %220, %2964 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%2966 = mul %2957, %2965 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%2967 = add %1469, %1470 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2968 = mul %211, %2967 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2969 = mul %2957, %2968 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%2970 = add %1469, %1470 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2971 = mul %2970, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2972 = mul %2971, %2971 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2973 = neg %2972 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2974 = exp %2973 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2975 = broadcast %2323 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2976 = mul %2974, %2975 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2977 = mul %2969, %2976 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2978 = mul %2977, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2979 = mul %2966, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2980 = add %2978, %2979 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2981 = reshape %2980 : f32[64,256] @ models/lib/nn.yaml:84:18
%2982 = matmul %2951, %2981 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%2983 = reshape %2982 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2984 = reshape %2983 : f32[256] @ models/lib/nn.yaml:84:18
%2985 = add %2331, %2984 : f32[256] @ models/lib/nn.yaml:84:18
%2986 = matmul %2980, %63 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%2987 = reshape %1468 : f32[64,256] @ models/lib/nn.yaml:83:15
%2988 = reshape %2980 : f32[64,256] @ models/lib/nn.yaml:83:15
%2989 = matmul %2988, %2987 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%2990 = add %2335, %2989 : f32[256,256] @ models/lib/nn.yaml:83:15
%2991 = add %1460, %1461 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2992 = mul %2991, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%2993 = erf %2992 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%2994 = add %220, %2993 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%2995 = mul %2986, %2994 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%2996 = add %1460, %1461 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%2997 = mul %211, %2996 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%2998 = mul %2986, %2997 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%2999 = add %1460, %1461 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3000 = mul %2999, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3001 = mul %3000, %3000 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3002 = neg %3001 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3003 = exp %3002 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3004 = mul %3003, %2975 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3005 = mul %2998, %3004 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3006 = mul %3005, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3007 = mul %2995, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3008 = add %3006, %3007 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3009 = reshape %3008 : f32[64,256] @ models/lib/nn.yaml:84:18
%3010 = matmul %2951, %3009 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3011 = reshape %3010 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3012 = reshape %3011 : f32[256] @ models/lib/nn.yaml:84:18
%3013 = add %2355, %3012 : f32[256] @ models/lib/nn.yaml:84:18
%3014 = matmul %3008, %61 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3015 = reshape %1459 : f32[64,64] @ models/lib/nn.yaml:83:15
%3016 = reshape %3008 : f32[64,256] @ models/lib/nn.yaml:83:15
%3017 = matmul %3016, %3015 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3018 = add %2359, %3017 : f32[256,64] @ models/lib/nn.yaml:83:15
%3019 = matmul %2913, %1457 ta=0 tb=0 : f32[4,1,64] @ models/lib/dino.yaml:23:18
%3020 = reshape %1450 : f32[4,64] @ models/lib/dino.yaml:23:18
%3021 = reshape %2913 : f32[4,65536] @ models/lib/dino.yaml:23:18
%3022 = matmul %3021, %3020 ta=1 tb=0 : f32[65536,64] @ models/lib/dino.yaml:23:18
%3023 = div %3022, %1456 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3024 = mul %3023, %1457 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3025 = neg %3024 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3026 = reduce_sum %3025 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%3027 = mul %3026, %2368 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3028 = div %3027, %1455 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3029 = broadcast %3028 : f32[65536,64] @ models/lib/dino.yaml:22:40
%3030 = mul %3029, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3031 = add %2375, %3030 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3032 = add %3031, %3030 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3033 = mul %3023, %1451 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3034 = add %3032, %3033 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3035 = div %3019, %1449 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3036 = mul %3035, %1450 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3037 = neg %3036 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3038 = reduce_sum %3037 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3039 = mul %3038, %2381 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3040 = sqrt %1446 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3041 = eq %3040, %590 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3042 = select %3041, %3039, %2380 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3043 = sqrt %1446 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3044 = gt %3043, %590 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3045 = select %3044, %3038, %3042 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3046 = mul %3045, %2381 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3047 = sqrt %1446 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3048 = div %3046, %3047 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3049 = broadcast %3048 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%3050 = mul %3049, %1444 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3051 = add %3035, %3050 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3052 = add %3051, %3050 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3053 = reduce_sum %3052 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3054 = reshape %3053 : f32[64] @ models/lib/nn.yaml:84:18
%3055 = add %2397, %3054 : f32[64] @ models/lib/nn.yaml:84:18
%3056 = matmul %3052, %57 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%3057 = reshape %1441 : f32[4,256] @ models/lib/nn.yaml:83:15
%3058 = reshape %3052 : f32[4,64] @ models/lib/nn.yaml:83:15
%3059 = matmul %3058, %3057 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3060 = add %2401, %3059 : f32[64,256] @ models/lib/nn.yaml:83:15
%3061 = mul %1436, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3062 = erf %3061 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3063 = add %543, %3062 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3064 = mul %3056, %3063 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3065 = mul %538, %1436 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3066 = mul %3056, %3065 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3067 = mul %1436, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3068 = mul %3067, %3067 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3069 = neg %3068 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3070 = exp %3069 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3071 = mul %3070, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3072 = mul %3066, %3071 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3073 = mul %3072, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3074 = mul %3064, %538 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3075 = add %3073, %3074 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3076 = reduce_sum %3075 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3077 = reshape %3076 : f32[256] @ models/lib/nn.yaml:84:18
%3078 = add %2419, %3077 : f32[256] @ models/lib/nn.yaml:84:18
%3079 = matmul %3075, %55 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%3080 = reshape %1433 : f32[4,256] @ models/lib/nn.yaml:83:15
%3081 = reshape %3075 : f32[4,256] @ models/lib/nn.yaml:83:15
%3082 = matmul %3081, %3080 ta=1 tb=0 : f32[256,256] @ models/lib/nn.yaml:83:15
%3083 = add %2423, %3082 : f32[256,256] @ models/lib/nn.yaml:83:15
%3084 = mul %1428, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3085 = erf %3084 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3086 = add %543, %3085 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3087 = mul %3079, %3086 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3088 = mul %538, %1428 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3089 = mul %3079, %3088 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3090 = mul %1428, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3091 = mul %3090, %3090 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3092 = neg %3091 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3093 = exp %3092 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3094 = mul %3093, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3095 = mul %3089, %3094 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3096 = mul %3095, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3097 = mul %3087, %538 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3098 = add %3096, %3097 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3099 = reduce_sum %3098 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3100 = reshape %3099 : f32[256] @ models/lib/nn.yaml:84:18
%3101 = add %2440, %3100 : f32[256] @ models/lib/nn.yaml:84:18
%3102 = matmul %3098, %53 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3103 = reshape %1425 : f32[4,64] @ models/lib/nn.yaml:83:15
%3104 = reshape %3098 : f32[4,256] @ models/lib/nn.yaml:83:15
%3105 = matmul %3104, %3103 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3106 = add %2444, %3105 : f32[256,64] @ models/lib/nn.yaml:83:15
%3107 = concat %3102, %3014 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3108 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%3109 = reshape %3102 : f32[4,64] @ models/lib/nn.yaml:96:46
%3110 = matmul %3108, %3109 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3111 = reshape %3014 : f32[64,64] @ models/lib/nn.yaml:96:46
%3112 = matmul %2951, %3111 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3113 = add %3110, %3112 : f32[1,64] @ models/lib/nn.yaml:96:46
%3114 = reshape %3113 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3115 = reshape %3114 : f32[64] @ models/lib/nn.yaml:96:46
%3116 = add %2447, %3115 : f32[64] @ models/lib/nn.yaml:96:46
%3117 = mul %3107, %1420 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3118 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%3119 = reshape %3117 : f32[68,64] @ models/lib/nn.yaml:96:37
%3120 = matmul %3118, %3119 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3121 = reshape %3120 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3122 = reshape %3121 : f32[64] @ models/lib/nn.yaml:96:37
%3123 = add %2450, %3122 : f32[64] @ models/lib/nn.yaml:96:37
%3124 = mul %3107, %1421 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3125 = mul %3124, %1419 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3126 = mul %3107, %1421 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3127 = mul %3126, %1413 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3128 = reduce_sum %3127 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3129 = mul %1418, %1418 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3130 = mul %1418, %3129 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3131 = broadcast %2458 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3132 = mul %3130, %3131 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3133 = mul %3128, %3132 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3134 = div %3133, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3135 = broadcast %3134 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3136 = mul %3135, %1413 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3137 = add %3125, %3136 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3138 = add %3137, %3136 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3139 = neg %3138 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3140 = reduce_sum %3139 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3141 = div %3140, %455 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3142 = broadcast %3141 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3143 = add %3138, %3142 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3144 = slice %3143 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%3145 = slice %3143 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:111:21
%3146 = reduce_sum %3144 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3147 = reshape %3146 : f32[64] @ models/lib/nn.yaml:84:18
%3148 = add %2475, %3147 : f32[64] @ models/lib/nn.yaml:84:18
%3149 = matmul %3144, %49 ta=0 tb=0 : f32[4,1,256] @ models/lib/nn.yaml:83:15
%3150 = reshape %1404 : f32[4,256] @ models/lib/nn.yaml:83:15
%3151 = reshape %3144 : f32[4,64] @ models/lib/nn.yaml:83:15
%3152 = matmul %3151, %3150 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3153 = add %2479, %3152 : f32[64,256] @ models/lib/nn.yaml:83:15
%3154 = mul %1399, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3155 = erf %3154 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3156 = add %543, %3155 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3157 = mul %3149, %3156 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3158 = mul %538, %1399 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3159 = mul %3149, %3158 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3160 = mul %1399, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3161 = mul %3160, %3160 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3162 = neg %3161 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3163 = exp %3162 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3164 = mul %3163, %2412 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3165 = mul %3159, %3164 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3166 = mul %3165, %540 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3167 = mul %3157, %538 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3168 = add %3166, %3167 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3169 = reduce_sum %3168 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3170 = reshape %3169 : f32[256] @ models/lib/nn.yaml:84:18
%3171 = add %2496, %3170 : f32[256] @ models/lib/nn.yaml:84:18
%3172 = matmul %3168, %47 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3173 = reshape %1396 : f32[4,64] @ models/lib/nn.yaml:83:15
%3174 = reshape %3168 : f32[4,256] @ models/lib/nn.yaml:83:15
%3175 = matmul %3174, %3173 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3176 = add %2500, %3175 : f32[256,64] @ models/lib/nn.yaml:83:15
%3177 = reduce_sum %3172 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3178 = reshape %3177 : f32[64] @ models/lib/nn.yaml:96:46
%3179 = add %2502, %3178 : f32[64] @ models/lib/nn.yaml:96:46
%3180 = mul %3172, %1393 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3181 = mul %3172, %1392 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3182 = reduce_sum %3181 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3183 = reshape %3182 : f32[64] @ models/lib/nn.yaml:96:37
%3184 = add %2506, %3183 : f32[64] @ models/lib/nn.yaml:96:37
%3185 = mul %3180, %1391 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3186 = mul %3180, %1385 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3187 = reduce_sum %3186 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3188 = mul %1390, %1390 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3189 = mul %1390, %3188 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3190 = mul %3189, %2512 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3191 = mul %3187, %3190 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3192 = div %3191, %519 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3193 = broadcast %3192 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%3194 = mul %3193, %1385 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3195 = add %3185, %3194 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3196 = add %3195, %3194 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3197 = add %3144, %3196 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3198 = neg %3196 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3199 = reduce_sum %3198 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3200 = div %3199, %519 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3201 = broadcast %3200 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3202 = add %3197, %3201 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3203 = reduce_sum %3202 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3204 = reshape %3203 : f32[64] @ models/lib/nn.yaml:84:18
%3205 = add %2527, %3204 : f32[64] @ models/lib/nn.yaml:84:18
%3206 = matmul %3202, %43 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3207 = reshape %1376 : f32[4,64] @ models/lib/nn.yaml:83:15
%3208 = reshape %3202 : f32[4,64] @ models/lib/nn.yaml:83:15
%3209 = matmul %3208, %3207 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3210 = add %2531, %3209 : f32[64,64] @ models/lib/nn.yaml:83:15
%3211 = reshape %3206 : f32[4,1,2,32] @ models/lib/nn.yaml:57:16
%3212 = permute %3211 perm=[0,2,1,3] : f32[4,2,1,32] @ models/lib/nn.yaml:56:13
%3213 = permute %1351 perm=[0,1,3,2] : f32[4,2,32,17] @ models/lib/nn.yaml:56:23
%3214 = reshape %3212 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%3215 = broadcast %3214 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3216 = reshape %3213 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3217 = broadcast %3216 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3218 = mul %3215, %3217 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3219 = reduce_sum %3218 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3220 = permute %1369 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3221 = broadcast %3220 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3222 = broadcast %3212 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3223 = mul %3221, %3222 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3224 = div %3219, %1367 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3225 = mul %3224, %1369 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3226 = neg %3225 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3227 = reduce_sum %3226 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3228 = broadcast %3227 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3229 = add %3224, %3228 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3230 = exp %1364 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3231 = mul %3229, %3230 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3232 = mul %3231, %494 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3233 = reshape %3232 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3234 = broadcast %3233 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3235 = reshape %1346 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3236 = broadcast %3235 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3237 = mul %3234, %3236 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3238 = reduce_sum %3237 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%3239 = permute %3232 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3240 = broadcast %3239 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3241 = broadcast %1341 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3242 = mul %3240, %3241 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3243 = permute %3223 perm=[0,2,1,3] : f32[4,17,2,32] @ models/lib/vit.yaml:80:14
%3244 = reshape %3243 : f32[4,17,64] @ models/lib/vit.yaml:80:22
%3245 = reshape %3244 : f32[68,64] @ models/lib/nn.yaml:84:18
%3246 = matmul %3118, %3245 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3247 = reshape %3246 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3248 = reshape %3247 : f32[64] @ models/lib/nn.yaml:84:18
%3249 = add %2567, %3248 : f32[64] @ models/lib/nn.yaml:84:18
%3250 = matmul %3244, %41 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3251 = reshape %1335 : f32[68,64] @ models/lib/nn.yaml:83:15
%3252 = reshape %3243 : f32[68,64] @ models/lib/nn.yaml:83:15
%3253 = matmul %3252, %3251 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3254 = add %2571, %3253 : f32[64,64] @ models/lib/nn.yaml:83:15
%3255 = permute %3242 perm=[0,2,1,3] : f32[4,17,2,32] @ models/lib/vit.yaml:79:14
%3256 = reshape %3255 : f32[4,17,64] @ models/lib/vit.yaml:79:22
%3257 = reshape %3256 : f32[68,64] @ models/lib/nn.yaml:84:18
%3258 = matmul %3118, %3257 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3259 = reshape %3258 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3260 = reshape %3259 : f32[64] @ models/lib/nn.yaml:84:18
%3261 = add %2575, %3260 : f32[64] @ models/lib/nn.yaml:84:18
%3262 = matmul %3256, %39 ta=0 tb=0 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3263 = add %3250, %3262 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3264 = reshape %3255 : f32[68,64] @ models/lib/nn.yaml:83:15
%3265 = matmul %3264, %3251 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3266 = add %2579, %3265 : f32[64,64] @ models/lib/nn.yaml:83:15
%3267 = permute %3238 perm=[0,2,1,3] : f32[4,1,2,32] @ models/lib/vit.yaml:78:14
%3268 = reshape %3267 : f32[4,1,64] @ models/lib/vit.yaml:78:22
%3269 = reduce_sum %3268 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3270 = reshape %3269 : f32[64] @ models/lib/nn.yaml:84:18
%3271 = add %2583, %3270 : f32[64] @ models/lib/nn.yaml:84:18
%3272 = matmul %3268, %37 ta=0 tb=0 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%3273 = reshape %1336 : f32[4,64] @ models/lib/nn.yaml:83:15
%3274 = reshape %3267 : f32[4,64] @ models/lib/nn.yaml:83:15
%3275 = matmul %3274, %3273 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3276 = add %2587, %3275 : f32[64,64] @ models/lib/nn.yaml:83:15
%3277 = pad %3272 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3278 = add %3263, %3277 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3279 = reshape %3278 : f32[68,64] @ models/lib/nn.yaml:96:46
%3280 = matmul %3118, %3279 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3281 = reshape %3280 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3282 = reshape %3281 : f32[64] @ models/lib/nn.yaml:96:46
%3283 = add %2591, %3282 : f32[64] @ models/lib/nn.yaml:96:46
%3284 = mul %3278, %1331 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3285 = reshape %3284 : f32[68,64] @ models/lib/nn.yaml:96:37
%3286 = matmul %3118, %3285 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3287 = reshape %3286 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3288 = reshape %3287 : f32[64] @ models/lib/nn.yaml:96:37
%3289 = add %2594, %3288 : f32[64] @ models/lib/nn.yaml:96:37
%3290 = mul %3278, %1332 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3291 = mul %3290, %1330 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3292 = mul %3278, %1332 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3293 = mul %3292, %1324 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3294 = reduce_sum %3293 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3295 = mul %1329, %1329 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3296 = mul %1329, %3295 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3297 = mul %3296, %3131 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3298 = mul %3294, %3297 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3299 = div %3298, %455 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3300 = broadcast %3299 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3301 = mul %3300, %1324 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3302 = add %3291, %3301 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3303 = add %3302, %3301 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3304 = neg %3303 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3305 = reduce_sum %3304 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3306 = div %3305, %455 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3307 = broadcast %3306 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3308 = add %3303, %3307 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3309 = slice %3308 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3310 = add %3202, %3309 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3311 = slice %3308 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3312 = add %3145, %3311 : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3313 = reduce_sum %3310 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3314 = add %2618, %3313 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3315 = mul %3312, %1316 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3316 = div %3315, %1273 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3317 = reshape %3316 : f32[64,64] @ models/lib/nn.yaml:84:18
%3318 = matmul %2951, %3317 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3319 = reshape %3318 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3320 = reshape %3319 : f32[64] @ models/lib/nn.yaml:84:18
%3321 = add %2622, %3320 : f32[64] @ models/lib/nn.yaml:84:18
%3322 = matmul %3316, %32 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%3323 = reshape %1307 : f32[64,256] @ models/lib/nn.yaml:83:15
%3324 = reshape %3316 : f32[64,64] @ models/lib/nn.yaml:83:15
%3325 = matmul %3324, %3323 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3326 = add %2626, %3325 : f32[64,256] @ models/lib/nn.yaml:83:15
%3327 = add %1299, %1300 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3328 = mul %3327, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3329 = erf %3328 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3330 = add %220, %3329 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3331 = mul %3322, %3330 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3332 = add %1299, %1300 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3333 = mul %211, %3332 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3334 = mul %3322, %3333 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3335 = add %1299, %1300 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3336 = mul %3335, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3337 = mul %3336, %3336 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3338 = neg %3337 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3339 = exp %3338 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3340 = mul %3339, %2975 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3341 = mul %3334, %3340 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3342 = mul %3341, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3343 = mul %3331, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3344 = add %3342, %3343 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3345 = reshape %3344 : f32[64,256] @ models/lib/nn.yaml:84:18
%3346 = matmul %2951, %3345 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3347 = reshape %3346 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3348 = reshape %3347 : f32[256] @ models/lib/nn.yaml:84:18
%3349 = add %2646, %3348 : f32[256] @ models/lib/nn.yaml:84:18
%3350 = matmul %3344, %30 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3351 = reshape %1298 : f32[64,64] @ models/lib/nn.yaml:83:15
%3352 = reshape %3344 : f32[64,256] @ models/lib/nn.yaml:83:15
%3353 = matmul %3352, %3351 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3354 = add %2650, %3353 : f32[256,64] @ models/lib/nn.yaml:83:15
%3355 = reshape %3350 : f32[64,64] @ models/lib/nn.yaml:96:46
%3356 = matmul %2951, %3355 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3357 = reshape %3356 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3358 = reshape %3357 : f32[64] @ models/lib/nn.yaml:96:46
%3359 = add %2652, %3358 : f32[64] @ models/lib/nn.yaml:96:46
%3360 = mul %3350, %1294 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3361 = reshape %3360 : f32[64,64] @ models/lib/nn.yaml:96:37
%3362 = matmul %2951, %3361 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3363 = reshape %3362 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3364 = reshape %3363 : f32[64] @ models/lib/nn.yaml:96:37
%3365 = add %2655, %3364 : f32[64] @ models/lib/nn.yaml:96:37
%3366 = mul %3350, %1295 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3367 = mul %3366, %1293 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3368 = mul %3350, %1295 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3369 = mul %3368, %1287 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3370 = reduce_sum %3369 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3371 = mul %1292, %1292 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3372 = mul %1292, %3371 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3373 = broadcast %2458 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3374 = mul %3372, %3373 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3375 = mul %3370, %3374 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3376 = div %3375, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3377 = broadcast %3376 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3378 = mul %3377, %1287 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3379 = add %3367, %3378 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3380 = add %3379, %3378 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3381 = add %3312, %3380 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3382 = neg %3380 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3383 = reduce_sum %3382 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3384 = div %3383, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3385 = broadcast %3384 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3386 = add %3381, %3385 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3387 = mul %3386, %1281 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3388 = div %3387, %1273 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3389 = reshape %3388 : f32[64,64] @ models/lib/nn.yaml:84:18
%3390 = matmul %2951, %3389 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3391 = reshape %3390 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3392 = reshape %3391 : f32[64] @ models/lib/nn.yaml:84:18
%3393 = add %2680, %3392 : f32[64] @ models/lib/nn.yaml:84:18
%3394 = matmul %3388, %26 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3395 = reshape %1267 : f32[64,64] @ models/lib/nn.yaml:83:15
%3396 = reshape %3388 : f32[64,64] @ models/lib/nn.yaml:83:15
%3397 = matmul %3396, %3395 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3398 = add %2684, %3397 : f32[64,64] @ models/lib/nn.yaml:83:15
%3399 = reshape %3394 : f32[4,16,2,32] @ models/lib/nn.yaml:57:16
%3400 = permute %3399 perm=[0,2,1,3] : f32[4,2,16,32] @ models/lib/nn.yaml:56:13
%3401 = matmul %3400, %1253 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3402 = matmul %1265, %3400 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%3403 = div %3401, %1263 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3404 = mul %3403, %1265 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3405 = neg %3404 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3406 = reduce_sum %3405 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3407 = broadcast %3406 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3408 = add %3403, %3407 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3409 = exp %1260 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3410 = mul %3408, %3409 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3411 = mul %3410, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%3412 = matmul %3411, %1251 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3413 = matmul %3411, %1249 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3414 = reshape %3402 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%3415 = reshape %3413 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%3416 = reshape %3412 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%3417 = concat %3416, %3415, %3414 axis=0 : f32[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%3418 = permute %3417 perm=[1,3,0,2,4] : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%3419 = reshape %3418 : f32[4,16,192] @ models/lib/nn.yaml:66:21
%3420 = reshape %3419 : f32[64,192] @ models/lib/nn.yaml:84:18
%3421 = matmul %2951, %3420 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%3422 = reshape %3421 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3423 = reshape %3422 : f32[192] @ models/lib/nn.yaml:84:18
%3424 = add %2730, %3423 : f32[192] @ models/lib/nn.yaml:84:18
%3425 = matmul %3419, %24 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3426 = reshape %1242 : f32[64,64] @ models/lib/nn.yaml:83:15
%3427 = reshape %3418 : f32[64,192] @ models/lib/nn.yaml:83:15
%3428 = matmul %3427, %3426 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%3429 = add %2734, %3428 : f32[192,64] @ models/lib/nn.yaml:83:15
%3430 = reshape %3425 : f32[64,64] @ models/lib/nn.yaml:96:46
%3431 = matmul %2951, %3430 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3432 = reshape %3431 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3433 = reshape %3432 : f32[64] @ models/lib/nn.yaml:96:46
%3434 = add %2736, %3433 : f32[64] @ models/lib/nn.yaml:96:46
%3435 = mul %3425, %1238 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3436 = reshape %3435 : f32[64,64] @ models/lib/nn.yaml:96:37
%3437 = matmul %2951, %3436 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3438 = reshape %3437 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3439 = reshape %3438 : f32[64] @ models/lib/nn.yaml:96:37
%3440 = add %2739, %3439 : f32[64] @ models/lib/nn.yaml:96:37
%3441 = mul %3425, %1239 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3442 = mul %3441, %1237 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3443 = mul %3425, %1239 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3444 = mul %3443, %1231 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3445 = reduce_sum %3444 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3446 = mul %1236, %1236 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3447 = mul %1236, %3446 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3448 = mul %3447, %3373 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3449 = mul %3445, %3448 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3450 = div %3449, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3451 = broadcast %3450 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3452 = mul %3451, %1231 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3453 = add %3442, %3452 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3454 = add %3453, %3452 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3455 = add %3386, %3454 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3456 = neg %3454 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3457 = reduce_sum %3456 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3458 = div %3457, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3459 = broadcast %3458 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3460 = add %3455, %3459 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3461 = reshape %3460 : f32[64,64] @ models/lib/nn.yaml:84:18
%3462 = matmul %2951, %3461 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3463 = reshape %3462 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3464 = reshape %3463 : f32[64] @ models/lib/nn.yaml:84:18
%3465 = add %2761, %3464 : f32[64] @ models/lib/nn.yaml:84:18
%3466 = matmul %3460, %20 ta=0 tb=0 : f32[4,16,256] @ models/lib/nn.yaml:83:15
%3467 = reshape %1223 : f32[64,256] @ models/lib/nn.yaml:83:15
%3468 = reshape %3460 : f32[64,64] @ models/lib/nn.yaml:83:15
%3469 = matmul %3468, %3467 ta=1 tb=0 : f32[64,256] @ models/lib/nn.yaml:83:15
%3470 = add %2765, %3469 : f32[64,256] @ models/lib/nn.yaml:83:15
%3471 = add %1215, %1216 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3472 = mul %3471, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3473 = erf %3472 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3474 = add %220, %3473 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3475 = mul %3466, %3474 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3476 = add %1215, %1216 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3477 = mul %211, %3476 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3478 = mul %3466, %3477 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3479 = add %1215, %1216 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3480 = mul %3479, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3481 = mul %3480, %3480 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3482 = neg %3481 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3483 = exp %3482 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3484 = mul %3483, %2975 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3485 = mul %3478, %3484 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3486 = mul %3485, %215 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3487 = mul %3475, %211 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3488 = add %3486, %3487 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3489 = reshape %3488 : f32[64,256] @ models/lib/nn.yaml:84:18
%3490 = matmul %2951, %3489 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3491 = reshape %3490 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3492 = reshape %3491 : f32[256] @ models/lib/nn.yaml:84:18
%3493 = add %2785, %3492 : f32[256] @ models/lib/nn.yaml:84:18
%3494 = matmul %3488, %18 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3495 = reshape %1214 : f32[64,64] @ models/lib/nn.yaml:83:15
%3496 = reshape %3488 : f32[64,256] @ models/lib/nn.yaml:83:15
%3497 = matmul %3496, %3495 ta=1 tb=0 : f32[256,64] @ models/lib/nn.yaml:83:15
%3498 = add %2789, %3497 : f32[256,64] @ models/lib/nn.yaml:83:15
%3499 = reshape %3494 : f32[64,64] @ models/lib/nn.yaml:96:46
%3500 = matmul %2951, %3499 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3501 = reshape %3500 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3502 = reshape %3501 : f32[64] @ models/lib/nn.yaml:96:46
%3503 = add %2791, %3502 : f32[64] @ models/lib/nn.yaml:96:46
%3504 = mul %3494, %1210 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3505 = reshape %3504 : f32[64,64] @ models/lib/nn.yaml:96:37
%3506 = matmul %2951, %3505 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3507 = reshape %3506 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3508 = reshape %3507 : f32[64] @ models/lib/nn.yaml:96:37
%3509 = add %2794, %3508 : f32[64] @ models/lib/nn.yaml:96:37
%3510 = mul %3494, %1211 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3511 = mul %3510, %1209 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3512 = mul %3494, %1211 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3513 = mul %3512, %1203 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3514 = reduce_sum %3513 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3515 = mul %1208, %1208 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3516 = mul %1208, %3515 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3517 = mul %3516, %3373 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3518 = mul %3514, %3517 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3519 = div %3518, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3520 = broadcast %3519 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3521 = mul %3520, %1203 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3522 = add %3511, %3521 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3523 = add %3522, %3521 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3524 = add %3460, %3523 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3525 = neg %3523 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3526 = reduce_sum %3525 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3527 = div %3526, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3528 = broadcast %3527 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3529 = add %3524, %3528 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3530 = reshape %3529 : f32[64,64] @ models/lib/nn.yaml:84:18
%3531 = matmul %2951, %3530 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3532 = reshape %3531 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3533 = reshape %3532 : f32[64] @ models/lib/nn.yaml:84:18
%3534 = add %2816, %3533 : f32[64] @ models/lib/nn.yaml:84:18
%3535 = matmul %3529, %14 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3536 = reshape %1194 : f32[64,64] @ models/lib/nn.yaml:83:15
%3537 = reshape %3529 : f32[64,64] @ models/lib/nn.yaml:83:15
%3538 = matmul %3537, %3536 ta=1 tb=0 : f32[64,64] @ models/lib/nn.yaml:83:15
%3539 = add %2820, %3538 : f32[64,64] @ models/lib/nn.yaml:83:15
%3540 = reshape %3535 : f32[4,16,2,32] @ models/lib/nn.yaml:57:16
%3541 = permute %3540 perm=[0,2,1,3] : f32[4,2,16,32] @ models/lib/nn.yaml:56:13
%3542 = matmul %3541, %1180 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%3543 = matmul %1192, %3541 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:56:23
%3544 = div %3542, %1190 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3545 = mul %3544, %1192 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3546 = neg %3545 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3547 = reduce_sum %3546 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3548 = broadcast %3547 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3549 = add %3544, %3548 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3550 = exp %1187 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3551 = mul %3549, %3550 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3552 = mul %3551, %174 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%3553 = matmul %3552, %1178 ta=0 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3554 = matmul %3552, %1176 ta=1 tb=0 : f32[4,2,16,32] @ models/lib/nn.yaml:55:23
%3555 = reshape %3543 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%3556 = reshape %3554 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%3557 = reshape %3553 : f32[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%3558 = concat %3557, %3556, %3555 axis=0 : f32[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%3559 = permute %3558 perm=[1,3,0,2,4] : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%3560 = reshape %3559 : f32[4,16,192] @ models/lib/nn.yaml:66:21
%3561 = reshape %3560 : f32[64,192] @ models/lib/nn.yaml:84:18
%3562 = matmul %2951, %3561 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%3563 = reshape %3562 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3564 = reshape %3563 : f32[192] @ models/lib/nn.yaml:84:18
%3565 = add %2866, %3564 : f32[192] @ models/lib/nn.yaml:84:18
%3566 = matmul %3560, %12 ta=0 tb=0 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%3567 = reshape %1169 : f32[64,64] @ models/lib/nn.yaml:83:15
%3568 = reshape %3559 : f32[64,192] @ models/lib/nn.yaml:83:15
%3569 = matmul %3568, %3567 ta=1 tb=0 : f32[192,64] @ models/lib/nn.yaml:83:15
%3570 = add %2870, %3569 : f32[192,64] @ models/lib/nn.yaml:83:15
%3571 = reshape %3566 : f32[64,64] @ models/lib/nn.yaml:96:46
%3572 = matmul %2951, %3571 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3573 = reshape %3572 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3574 = reshape %3573 : f32[64] @ models/lib/nn.yaml:96:46
%3575 = add %2872, %3574 : f32[64] @ models/lib/nn.yaml:96:46
%3576 = mul %3566, %1165 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3577 = reshape %3576 : f32[64,64] @ models/lib/nn.yaml:96:37
%3578 = matmul %2951, %3577 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3579 = reshape %3578 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3580 = reshape %3579 : f32[64] @ models/lib/nn.yaml:96:37
%3581 = add %2875, %3580 : f32[64] @ models/lib/nn.yaml:96:37
%3582 = mul %3566, %1166 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3583 = mul %3582, %1164 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3584 = mul %3566, %1166 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3585 = mul %3584, %1158 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3586 = reduce_sum %3585 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3587 = mul %1163, %1163 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3588 = mul %1163, %3587 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3589 = mul %3588, %3373 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3590 = mul %3586, %3589 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3591 = div %3590, %144 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3592 = broadcast %3591 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3593 = mul %3592, %1158 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3594 = add %3583, %3593 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3595 = add %3594, %3593 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3596 = add %3529, %3595 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3597 = neg %3595 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3598 = reduce_sum %3597 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3599 = div %3598, %144 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3600 = broadcast %3599 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3601 = add %3596, %3600 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3602 = reduce_sum %3601 axes=[0] keep=1 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%3603 = add %2905, %3602 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%3604 = reshape %3601 : f32[64,64] @ models/lib/vit.yaml:17:71
%3605 = matmul %2951, %3604 ta=0 tb=0 : f32[1,64] @ models/lib/vit.yaml:17:71
%3606 = reshape %3605 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%3607 = reshape %3606 : f32[64] @ models/lib/vit.yaml:17:71
%3608 = add %2907, %3607 : f32[64] @ models/lib/vit.yaml:17:71
%3609 = reshape %134 : f32[64,768] @ models/lib/vit.yaml:17:18
%3610 = reshape %3601 : f32[64,64] @ models/lib/vit.yaml:17:18
%3611 = matmul %3610, %3609 ta=1 tb=0 : f32[64,768] @ models/lib/vit.yaml:17:18
%3612 = reshape %3611 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%3613 = add %2911, %3612 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%3614 = all_reduce_sum %3603 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3615 = reshape %3614 : f32[1024] @ models/lib/vit.yaml:48:7
%3616 = mul %3615, %3615 : f32[1024] @ models/lib/vit.yaml:48:7
%3617 = reduce_sum %3616 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%3618 = sqrt %3617 : f32[] @ models/lib/vit.yaml:48:7
%3619 = cast %3618 : f64[] @ models/lib/vit.yaml:48:7
%3620 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%3621 = add %3619, %3620 : f64[] @ models/lib/vit.yaml:48:7
%3622 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%3623 = div %3622, %3621 : f64[] @ models/lib/vit.yaml:48:7
%3624 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3625 = lt %3623, %3624 : bool[] @ models/lib/vit.yaml:48:7
%3626 = cast %3623 : f32[] @ models/lib/vit.yaml:48:7
%3627 = broadcast %3626 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3628 = mul %3614, %3627 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3629 = broadcast %3625 : bool[1,16,64] @ models/lib/vit.yaml:48:7
%3630 = select %3629, %3628, %3614 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3631 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3632 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3633 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3634 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3635 = add %3633, %3634 : i64[] @ models/lib/vit.yaml:48:7
%3636 = mul %2143, %2144 : f64[] @ models/lib/vit.yaml:48:7
%3637 = sub %3624, %3636 : f64[] @ models/lib/vit.yaml:48:7
%3638 = cast %3637 : f32[] @ models/lib/vit.yaml:48:7
%3639 = broadcast %3638 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3640 = mul %7, %3639 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3641 = broadcast %1868 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3642 = mul %3630, %3641 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3643 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3644 = broadcast %1272 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3645 = mul %3631, %3644 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3646 = add %3645, %3642 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3647 = mul %3630, %3630 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3648 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3649 = broadcast %3648 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3650 = mul %3647, %3649 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3651 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3652 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3653 = broadcast %3652 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3654 = mul %3632, %3653 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3655 = add %3654, %3650 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3656 = cast %3635 : f64[] @ models/lib/vit.yaml:48:7
%3657 = pow %3643, %3656 : f64[] @ models/lib/vit.yaml:48:7
%3658 = sub %3624, %3657 : f64[] @ models/lib/vit.yaml:48:7
%3659 = div %2143, %3658 : f64[] @ models/lib/vit.yaml:48:7
%3660 = pow %3651, %3656 : f64[] @ models/lib/vit.yaml:48:7
%3661 = sub %3624, %3660 : f64[] @ models/lib/vit.yaml:48:7
%3662 = sqrt %3661 : f64[] @ models/lib/vit.yaml:48:7
%3663 = div %3624, %3662 : f64[] @ models/lib/vit.yaml:48:7
%3664 = sqrt %3655 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3665 = cast %3663 : f32[] @ models/lib/vit.yaml:48:7
%3666 = broadcast %3665 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3667 = mul %3664, %3666 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3668 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3669 = broadcast %3668 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3670 = add %3667, %3669 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3671 = div %3646, %3670 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3672 = cast %3659 : f32[] @ models/lib/vit.yaml:48:7
%3673 = broadcast %3672 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3674 = mul %3671, %3673 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3675 = sub %3640, %3674 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3676 = assign %7, %3675 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3677 = assign %3631, %3646 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3678 = assign %3632, %3655 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3679 = assign %3633, %3635 : i64[] @ models/lib/vit.yaml:48:7
%3680 = broadcast %3 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3681 = mul %69, %3680 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3682 = sub %3624, %2145 : f64[] @ models/lib/vit.yaml:48:7
%3683 = cast %3682 : f32[] @ models/lib/vit.yaml:48:7
%3684 = broadcast %3683 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3685 = mul %3675, %3684 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3686 = add %3681, %3685 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3687 = assign %69, %3686 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%3688 = all_reduce_sum %3613 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3689 = reshape %3688 : f32[49152] @ models/lib/vit.yaml:9:7
%3690 = mul %3689, %3689 : f32[49152] @ models/lib/vit.yaml:9:7
%3691 = reduce_sum %3690 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%3692 = sqrt %3691 : f32[] @ models/lib/vit.yaml:9:7
%3693 = cast %3692 : f64[] @ models/lib/vit.yaml:9:7
%3694 = add %3693, %3620 : f64[] @ models/lib/vit.yaml:9:7
%3695 = div %3622, %3694 : f64[] @ models/lib/vit.yaml:9:7
%3696 = lt %3695, %3624 : bool[] @ models/lib/vit.yaml:9:7
%3697 = cast %3695 : f32[] @ models/lib/vit.yaml:9:7
%3698 = broadcast %3697 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3699 = mul %3688, %3698 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3700 = broadcast %3696 : bool[64,3,16,16] @ models/lib/vit.yaml:9:7
%3701 = select %3700, %3699, %3688 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3702 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3703 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3704 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3705 = add %3704, %3634 : i64[] @ models/lib/vit.yaml:9:7
%3706 = broadcast %3638 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3707 = mul %8, %3706 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3708 = broadcast %1868 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3709 = mul %3701, %3708 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3710 = broadcast %1272 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3711 = mul %3702, %3710 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3712 = add %3711, %3709 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3713 = mul %3701, %3701 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3714 = broadcast %3648 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3715 = mul %3713, %3714 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3716 = broadcast %3652 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3717 = mul %3703, %3716 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3718 = add %3717, %3715 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3719 = cast %3705 : f64[] @ models/lib/vit.yaml:9:7
%3720 = pow %3643, %3719 : f64[] @ models/lib/vit.yaml:9:7
%3721 = sub %3624, %3720 : f64[] @ models/lib/vit.yaml:9:7
%3722 = div %2143, %3721 : f64[] @ models/lib/vit.yaml:9:7
%3723 = pow %3651, %3719 : f64[] @ models/lib/vit.yaml:9:7
%3724 = sub %3624, %3723 : f64[] @ models/lib/vit.yaml:9:7
%3725 = sqrt %3724 : f64[] @ models/lib/vit.yaml:9:7
%3726 = div %3624, %3725 : f64[] @ models/lib/vit.yaml:9:7
%3727 = sqrt %3718 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3728 = cast %3726 : f32[] @ models/lib/vit.yaml:9:7
%3729 = broadcast %3728 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3730 = mul %3727, %3729 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3731 = broadcast %3668 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3732 = add %3730, %3731 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3733 = div %3712, %3732 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3734 = cast %3722 : f32[] @ models/lib/vit.yaml:9:7
%3735 = broadcast %3734 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3736 = mul %3733, %3735 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3737 = sub %3707, %3736 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3738 = assign %8, %3737 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3739 = assign %3702, %3712 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3740 = assign %3703, %3718 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3741 = assign %3704, %3705 : i64[] @ models/lib/vit.yaml:9:7
%3742 = broadcast %3 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3743 = mul %70, %3742 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3744 = broadcast %3683 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3745 = mul %3737, %3744 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3746 = add %3743, %3745 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3747 = assign %70, %3746 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%3748 = all_reduce_sum %3608 : f32[64] @ models/lib/vit.yaml:10:7
%3749 = mul %3748, %3748 : f32[64] @ models/lib/vit.yaml:10:7
%3750 = reduce_sum %3749 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%3751 = sqrt %3750 : f32[] @ models/lib/vit.yaml:10:7
%3752 = cast %3751 : f64[] @ models/lib/vit.yaml:10:7
%3753 = add %3752, %3620 : f64[] @ models/lib/vit.yaml:10:7
%3754 = div %3622, %3753 : f64[] @ models/lib/vit.yaml:10:7
%3755 = lt %3754, %3624 : bool[] @ models/lib/vit.yaml:10:7
%3756 = cast %3754 : f32[] @ models/lib/vit.yaml:10:7
%3757 = broadcast %3756 : f32[64] @ models/lib/vit.yaml:10:7
%3758 = mul %3748, %3757 : f32[64] @ models/lib/vit.yaml:10:7
%3759 = broadcast %3755 : bool[64] @ models/lib/vit.yaml:10:7
%3760 = select %3759, %3758, %3748 : f32[64] @ models/lib/vit.yaml:10:7
%3761 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%3762 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%3763 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3764 = add %3763, %3634 : i64[] @ models/lib/vit.yaml:10:7
%3765 = broadcast %1868 : f32[64] @ models/lib/vit.yaml:10:7
%3766 = mul %3760, %3765 : f32[64] @ models/lib/vit.yaml:10:7
%3767 = broadcast %1272 : f32[64] @ models/lib/vit.yaml:10:7
%3768 = mul %3761, %3767 : f32[64] @ models/lib/vit.yaml:10:7
%3769 = add %3768, %3766 : f32[64] @ models/lib/vit.yaml:10:7
%3770 = mul %3760, %3760 : f32[64] @ models/lib/vit.yaml:10:7
%3771 = broadcast %3648 : f32[64] @ models/lib/vit.yaml:10:7
%3772 = mul %3770, %3771 : f32[64] @ models/lib/vit.yaml:10:7
%3773 = broadcast %3652 : f32[64] @ models/lib/vit.yaml:10:7
%3774 = mul %3762, %3773 : f32[64] @ models/lib/vit.yaml:10:7
%3775 = add %3774, %3772 : f32[64] @ models/lib/vit.yaml:10:7
%3776 = cast %3764 : f64[] @ models/lib/vit.yaml:10:7
%3777 = pow %3643, %3776 : f64[] @ models/lib/vit.yaml:10:7
%3778 = sub %3624, %3777 : f64[] @ models/lib/vit.yaml:10:7
%3779 = div %2143, %3778 : f64[] @ models/lib/vit.yaml:10:7
%3780 = pow %3651, %3776 : f64[] @ models/lib/vit.yaml:10:7
%3781 = sub %3624, %3780 : f64[] @ models/lib/vit.yaml:10:7
%3782 = sqrt %3781 : f64[] @ models/lib/vit.yaml:10:7
%3783 = div %3624, %3782 : f64[] @ models/lib/vit.yaml:10:7
%3784 = sqrt %3775 : f32[64] @ models/lib/vit.yaml:10:7
%3785 = cast %3783 : f32[] @ models/lib/vit.yaml:10:7
%3786 = broadcast %3785 : f32[64] @ models/lib/vit.yaml:10:7
%3787 = mul %3784, %3786 : f32[64] @ models/lib/vit.yaml:10:7
%3788 = broadcast %3668 : f32[64] @ models/lib/vit.yaml:10:7
%3789 = add %3787, %3788 : f32[64] @ models/lib/vit.yaml:10:7
%3790 = div %3769, %3789 : f32[64] @ models/lib/vit.yaml:10:7
%3791 = cast %3779 : f32[] @ models/lib/vit.yaml:10:7
%3792 = broadcast %3791 : f32[64] @ models/lib/vit.yaml:10:7
%3793 = mul %3790, %3792 : f32[64] @ models/lib/vit.yaml:10:7
%3794 = sub %9, %3793 : f32[64] @ models/lib/vit.yaml:10:7
%3795 = assign %9, %3794 : f32[64] @ models/lib/vit.yaml:10:7
%3796 = assign %3761, %3769 : f32[64] @ models/lib/vit.yaml:10:7
%3797 = assign %3762, %3775 : f32[64] @ models/lib/vit.yaml:10:7
%3798 = assign %3763, %3764 : i64[] @ models/lib/vit.yaml:10:7
%3799 = broadcast %3 : f32[64] @ models/lib/vit.yaml:10:7
%3800 = mul %71, %3799 : f32[64] @ models/lib/vit.yaml:10:7
%3801 = broadcast %3683 : f32[64] @ models/lib/vit.yaml:10:7
%3802 = mul %3794, %3801 : f32[64] @ models/lib/vit.yaml:10:7
%3803 = add %3800, %3802 : f32[64] @ models/lib/vit.yaml:10:7
%3804 = assign %71, %3803 : f32[64] @ models/lib/vit.yaml:10:7
%3805 = all_reduce_sum %3581 : f32[64] @ models/lib/nn.yaml:89:7
%3806 = mul %3805, %3805 : f32[64] @ models/lib/nn.yaml:89:7
%3807 = reduce_sum %3806 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%3808 = sqrt %3807 : f32[] @ models/lib/nn.yaml:89:7
%3809 = cast %3808 : f64[] @ models/lib/nn.yaml:89:7
%3810 = add %3809, %3620 : f64[] @ models/lib/nn.yaml:89:7
%3811 = div %3622, %3810 : f64[] @ models/lib/nn.yaml:89:7
%3812 = lt %3811, %3624 : bool[] @ models/lib/nn.yaml:89:7
%3813 = cast %3811 : f32[] @ models/lib/nn.yaml:89:7
%3814 = broadcast %3813 : f32[64] @ models/lib/nn.yaml:89:7
%3815 = mul %3805, %3814 : f32[64] @ models/lib/nn.yaml:89:7
%3816 = broadcast %3812 : bool[64] @ models/lib/nn.yaml:89:7
%3817 = select %3816, %3815, %3805 : f32[64] @ models/lib/nn.yaml:89:7
%3818 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%3819 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%3820 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3821 = add %3820, %3634 : i64[] @ models/lib/nn.yaml:89:7
%3822 = mul %3817, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%3823 = mul %3818, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%3824 = add %3823, %3822 : f32[64] @ models/lib/nn.yaml:89:7
%3825 = mul %3817, %3817 : f32[64] @ models/lib/nn.yaml:89:7
%3826 = mul %3825, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%3827 = mul %3819, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%3828 = add %3827, %3826 : f32[64] @ models/lib/nn.yaml:89:7
%3829 = cast %3821 : f64[] @ models/lib/nn.yaml:89:7
%3830 = pow %3643, %3829 : f64[] @ models/lib/nn.yaml:89:7
%3831 = sub %3624, %3830 : f64[] @ models/lib/nn.yaml:89:7
%3832 = div %2143, %3831 : f64[] @ models/lib/nn.yaml:89:7
%3833 = pow %3651, %3829 : f64[] @ models/lib/nn.yaml:89:7
%3834 = sub %3624, %3833 : f64[] @ models/lib/nn.yaml:89:7
%3835 = sqrt %3834 : f64[] @ models/lib/nn.yaml:89:7
%3836 = div %3624, %3835 : f64[] @ models/lib/nn.yaml:89:7
%3837 = sqrt %3828 : f32[64] @ models/lib/nn.yaml:89:7
%3838 = cast %3836 : f32[] @ models/lib/nn.yaml:89:7
%3839 = broadcast %3838 : f32[64] @ models/lib/nn.yaml:89:7
%3840 = mul %3837, %3839 : f32[64] @ models/lib/nn.yaml:89:7
%3841 = add %3840, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%3842 = div %3824, %3841 : f32[64] @ models/lib/nn.yaml:89:7
%3843 = cast %3832 : f32[] @ models/lib/nn.yaml:89:7
%3844 = broadcast %3843 : f32[64] @ models/lib/nn.yaml:89:7
%3845 = mul %3842, %3844 : f32[64] @ models/lib/nn.yaml:89:7
%3846 = sub %10, %3845 : f32[64] @ models/lib/nn.yaml:89:7
%3847 = assign %10, %3846 : f32[64] @ models/lib/nn.yaml:89:7
%3848 = assign %3818, %3824 : f32[64] @ models/lib/nn.yaml:89:7
%3849 = assign %3819, %3828 : f32[64] @ models/lib/nn.yaml:89:7
%3850 = assign %3820, %3821 : i64[] @ models/lib/nn.yaml:89:7
%3851 = mul %72, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%3852 = mul %3846, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%3853 = add %3851, %3852 : f32[64] @ models/lib/nn.yaml:89:7
%3854 = assign %72, %3853 : f32[64] @ models/lib/nn.yaml:89:7
%3855 = all_reduce_sum %3575 : f32[64] @ models/lib/nn.yaml:90:7
%3856 = mul %3855, %3855 : f32[64] @ models/lib/nn.yaml:90:7
%3857 = reduce_sum %3856 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%3858 = sqrt %3857 : f32[] @ models/lib/nn.yaml:90:7
%3859 = cast %3858 : f64[] @ models/lib/nn.yaml:90:7
%3860 = add %3859, %3620 : f64[] @ models/lib/nn.yaml:90:7
%3861 = div %3622, %3860 : f64[] @ models/lib/nn.yaml:90:7
%3862 = lt %3861, %3624 : bool[] @ models/lib/nn.yaml:90:7
%3863 = cast %3861 : f32[] @ models/lib/nn.yaml:90:7
%3864 = broadcast %3863 : f32[64] @ models/lib/nn.yaml:90:7
%3865 = mul %3855, %3864 : f32[64] @ models/lib/nn.yaml:90:7
%3866 = broadcast %3862 : bool[64] @ models/lib/nn.yaml:90:7
%3867 = select %3866, %3865, %3855 : f32[64] @ models/lib/nn.yaml:90:7
%3868 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%3869 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%3870 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3871 = add %3870, %3634 : i64[] @ models/lib/nn.yaml:90:7
%3872 = mul %3867, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%3873 = mul %3868, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%3874 = add %3873, %3872 : f32[64] @ models/lib/nn.yaml:90:7
%3875 = mul %3867, %3867 : f32[64] @ models/lib/nn.yaml:90:7
%3876 = mul %3875, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%3877 = mul %3869, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%3878 = add %3877, %3876 : f32[64] @ models/lib/nn.yaml:90:7
%3879 = cast %3871 : f64[] @ models/lib/nn.yaml:90:7
%3880 = pow %3643, %3879 : f64[] @ models/lib/nn.yaml:90:7
%3881 = sub %3624, %3880 : f64[] @ models/lib/nn.yaml:90:7
%3882 = div %2143, %3881 : f64[] @ models/lib/nn.yaml:90:7
%3883 = pow %3651, %3879 : f64[] @ models/lib/nn.yaml:90:7
%3884 = sub %3624, %3883 : f64[] @ models/lib/nn.yaml:90:7
%3885 = sqrt %3884 : f64[] @ models/lib/nn.yaml:90:7
%3886 = div %3624, %3885 : f64[] @ models/lib/nn.yaml:90:7
%3887 = sqrt %3878 : f32[64] @ models/lib/nn.yaml:90:7
%3888 = cast %3886 : f32[] @ models/lib/nn.yaml:90:7
%3889 = broadcast %3888 : f32[64] @ models/lib/nn.yaml:90:7
%3890 = mul %3887, %3889 : f32[64] @ models/lib/nn.yaml:90:7
%3891 = add %3890, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%3892 = div %3874, %3891 : f32[64] @ models/lib/nn.yaml:90:7
%3893 = cast %3882 : f32[] @ models/lib/nn.yaml:90:7
%3894 = broadcast %3893 : f32[64] @ models/lib/nn.yaml:90:7
%3895 = mul %3892, %3894 : f32[64] @ models/lib/nn.yaml:90:7
%3896 = sub %11, %3895 : f32[64] @ models/lib/nn.yaml:90:7
%3897 = assign %11, %3896 : f32[64] @ models/lib/nn.yaml:90:7
%3898 = assign %3868, %3874 : f32[64] @ models/lib/nn.yaml:90:7
%3899 = assign %3869, %3878 : f32[64] @ models/lib/nn.yaml:90:7
%3900 = assign %3870, %3871 : i64[] @ models/lib/nn.yaml:90:7
%3901 = mul %73, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%3902 = mul %3896, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%3903 = add %3901, %3902 : f32[64] @ models/lib/nn.yaml:90:7
%3904 = assign %73, %3903 : f32[64] @ models/lib/nn.yaml:90:7
%3905 = all_reduce_sum %3570 : f32[192,64] @ models/lib/nn.yaml:79:7
%3906 = reshape %3905 : f32[12288] @ models/lib/nn.yaml:79:7
%3907 = mul %3906, %3906 : f32[12288] @ models/lib/nn.yaml:79:7
%3908 = reduce_sum %3907 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%3909 = sqrt %3908 : f32[] @ models/lib/nn.yaml:79:7
%3910 = cast %3909 : f64[] @ models/lib/nn.yaml:79:7
%3911 = add %3910, %3620 : f64[] @ models/lib/nn.yaml:79:7
%3912 = div %3622, %3911 : f64[] @ models/lib/nn.yaml:79:7
%3913 = lt %3912, %3624 : bool[] @ models/lib/nn.yaml:79:7
%3914 = cast %3912 : f32[] @ models/lib/nn.yaml:79:7
%3915 = broadcast %3914 : f32[192,64] @ models/lib/nn.yaml:79:7
%3916 = mul %3905, %3915 : f32[192,64] @ models/lib/nn.yaml:79:7
%3917 = broadcast %3913 : bool[192,64] @ models/lib/nn.yaml:79:7
%3918 = select %3917, %3916, %3905 : f32[192,64] @ models/lib/nn.yaml:79:7
%3919 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%3920 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%3921 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3922 = add %3921, %3634 : i64[] @ models/lib/nn.yaml:79:7
%3923 = broadcast %3638 : f32[192,64] @ models/lib/nn.yaml:79:7
%3924 = mul %12, %3923 : f32[192,64] @ models/lib/nn.yaml:79:7
%3925 = broadcast %1868 : f32[192,64] @ models/lib/nn.yaml:79:7
%3926 = mul %3918, %3925 : f32[192,64] @ models/lib/nn.yaml:79:7
%3927 = broadcast %1272 : f32[192,64] @ models/lib/nn.yaml:79:7
%3928 = mul %3919, %3927 : f32[192,64] @ models/lib/nn.yaml:79:7
%3929 = add %3928, %3926 : f32[192,64] @ models/lib/nn.yaml:79:7
%3930 = mul %3918, %3918 : f32[192,64] @ models/lib/nn.yaml:79:7
%3931 = broadcast %3648 : f32[192,64] @ models/lib/nn.yaml:79:7
%3932 = mul %3930, %3931 : f32[192,64] @ models/lib/nn.yaml:79:7
%3933 = broadcast %3652 : f32[192,64] @ models/lib/nn.yaml:79:7
%3934 = mul %3920, %3933 : f32[192,64] @ models/lib/nn.yaml:79:7
%3935 = add %3934, %3932 : f32[192,64] @ models/lib/nn.yaml:79:7
%3936 = cast %3922 : f64[] @ models/lib/nn.yaml:79:7
%3937 = pow %3643, %3936 : f64[] @ models/lib/nn.yaml:79:7
%3938 = sub %3624, %3937 : f64[] @ models/lib/nn.yaml:79:7
%3939 = div %2143, %3938 : f64[] @ models/lib/nn.yaml:79:7
%3940 = pow %3651, %3936 : f64[] @ models/lib/nn.yaml:79:7
%3941 = sub %3624, %3940 : f64[] @ models/lib/nn.yaml:79:7
%3942 = sqrt %3941 : f64[] @ models/lib/nn.yaml:79:7
%3943 = div %3624, %3942 : f64[] @ models/lib/nn.yaml:79:7
%3944 = sqrt %3935 : f32[192,64] @ models/lib/nn.yaml:79:7
%3945 = cast %3943 : f32[] @ models/lib/nn.yaml:79:7
%3946 = broadcast %3945 : f32[192,64] @ models/lib/nn.yaml:79:7
%3947 = mul %3944, %3946 : f32[192,64] @ models/lib/nn.yaml:79:7
%3948 = broadcast %3668 : f32[192,64] @ models/lib/nn.yaml:79:7
%3949 = add %3947, %3948 : f32[192,64] @ models/lib/nn.yaml:79:7
%3950 = div %3929, %3949 : f32[192,64] @ models/lib/nn.yaml:79:7
%3951 = cast %3939 : f32[] @ models/lib/nn.yaml:79:7
%3952 = broadcast %3951 : f32[192,64] @ models/lib/nn.yaml:79:7
%3953 = mul %3950, %3952 : f32[192,64] @ models/lib/nn.yaml:79:7
%3954 = sub %3924, %3953 : f32[192,64] @ models/lib/nn.yaml:79:7
%3955 = assign %12, %3954 : f32[192,64] @ models/lib/nn.yaml:79:7
%3956 = assign %3919, %3929 : f32[192,64] @ models/lib/nn.yaml:79:7
%3957 = assign %3920, %3935 : f32[192,64] @ models/lib/nn.yaml:79:7
%3958 = assign %3921, %3922 : i64[] @ models/lib/nn.yaml:79:7
%3959 = broadcast %3 : f32[192,64] @ models/lib/nn.yaml:79:7
%3960 = mul %74, %3959 : f32[192,64] @ models/lib/nn.yaml:79:7
%3961 = broadcast %3683 : f32[192,64] @ models/lib/nn.yaml:79:7
%3962 = mul %3954, %3961 : f32[192,64] @ models/lib/nn.yaml:79:7
%3963 = add %3960, %3962 : f32[192,64] @ models/lib/nn.yaml:79:7
%3964 = assign %74, %3963 : f32[192,64] @ models/lib/nn.yaml:79:7
%3965 = all_reduce_sum %3565 : f32[192] @ models/lib/nn.yaml:80:7
%3966 = mul %3965, %3965 : f32[192] @ models/lib/nn.yaml:80:7
%3967 = reduce_sum %3966 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%3968 = sqrt %3967 : f32[] @ models/lib/nn.yaml:80:7
%3969 = cast %3968 : f64[] @ models/lib/nn.yaml:80:7
%3970 = add %3969, %3620 : f64[] @ models/lib/nn.yaml:80:7
%3971 = div %3622, %3970 : f64[] @ models/lib/nn.yaml:80:7
%3972 = lt %3971, %3624 : bool[] @ models/lib/nn.yaml:80:7
%3973 = cast %3971 : f32[] @ models/lib/nn.yaml:80:7
%3974 = broadcast %3973 : f32[192] @ models/lib/nn.yaml:80:7
%3975 = mul %3965, %3974 : f32[192] @ models/lib/nn.yaml:80:7
%3976 = broadcast %3972 : bool[192] @ models/lib/nn.yaml:80:7
%3977 = select %3976, %3975, %3965 : f32[192] @ models/lib/nn.yaml:80:7
%3978 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%3979 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%3980 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3981 = add %3980, %3634 : i64[] @ models/lib/nn.yaml:80:7
%3982 = broadcast %1868 : f32[192] @ models/lib/nn.yaml:80:7
%3983 = mul %3977, %3982 : f32[192] @ models/lib/nn.yaml:80:7
%3984 = broadcast %1272 : f32[192] @ models/lib/nn.yaml:80:7
%3985 = mul %3978, %3984 : f32[192] @ models/lib/nn.yaml:80:7
%3986 = add %3985, %3983 : f32[192] @ models/lib/nn.yaml:80:7
%3987 = mul %3977, %3977 : f32[192] @ models/lib/nn.yaml:80:7
%3988 = broadcast %3648 : f32[192] @ models/lib/nn.yaml:80:7
%3989 = mul %3987, %3988 : f32[192] @ models/lib/nn.yaml:80:7
%3990 = broadcast %3652 : f32[192] @ models/lib/nn.yaml:80:7
%3991 = mul %3979, %3990 : f32[192] @ models/lib/nn.yaml:80:7
%3992 = add %3991, %3989 : f32[192] @ models/lib/nn.yaml:80:7
%3993 = cast %3981 : f64[] @ models/lib/nn.yaml:80:7
%3994 = pow %3643, %3993 : f64[] @ models/lib/nn.yaml:80:7
%3995 = sub %3624, %3994 : f64[] @ models/lib/nn.yaml:80:7
%3996 = div %2143, %3995 : f64[] @ models/lib/nn.yaml:80:7
%3997 = pow %3651, %3993 : f64[] @ models/lib/nn.yaml:80:7
%3998 = sub %3624, %3997 : f64[] @ models/lib/nn.yaml:80:7
%3999 = sqrt %3998 : f64[] @ models/lib/nn.yaml:80:7
%4000 = div %3624, %3999 : f64[] @ models/lib/nn.yaml:80:7
%4001 = sqrt %3992 : f32[192] @ models/lib/nn.yaml:80:7
%4002 = cast %4000 : f32[] @ models/lib/nn.yaml:80:7
%4003 = broadcast %4002 : f32[192] @ models/lib/nn.yaml:80:7
%4004 = mul %4001, %4003 : f32[192] @ models/lib/nn.yaml:80:7
%4005 = broadcast %3668 : f32[192] @ models/lib/nn.yaml:80:7
%4006 = add %4004, %4005 : f32[192] @ models/lib/nn.yaml:80:7
%4007 = div %3986, %4006 : f32[192] @ models/lib/nn.yaml:80:7
%4008 = cast %3996 : f32[] @ models/lib/nn.yaml:80:7
%4009 = broadcast %4008 : f32[192] @ models/lib/nn.yaml:80:7
%4010 = mul %4007, %4009 : f32[192] @ models/lib/nn.yaml:80:7
%4011 = sub %13, %4010 : f32[192] @ models/lib/nn.yaml:80:7
%4012 = assign %13, %4011 : f32[192] @ models/lib/nn.yaml:80:7
%4013 = assign %3978, %3986 : f32[192] @ models/lib/nn.yaml:80:7
%4014 = assign %3979, %3992 : f32[192] @ models/lib/nn.yaml:80:7
%4015 = assign %3980, %3981 : i64[] @ models/lib/nn.yaml:80:7
%4016 = broadcast %3 : f32[192] @ models/lib/nn.yaml:80:7
%4017 = mul %75, %4016 : f32[192] @ models/lib/nn.yaml:80:7
%4018 = broadcast %3683 : f32[192] @ models/lib/nn.yaml:80:7
%4019 = mul %4011, %4018 : f32[192] @ models/lib/nn.yaml:80:7
%4020 = add %4017, %4019 : f32[192] @ models/lib/nn.yaml:80:7
%4021 = assign %75, %4020 : f32[192] @ models/lib/nn.yaml:80:7
%4022 = all_reduce_sum %3539 : f32[64,64] @ models/lib/nn.yaml:79:7
%4023 = reshape %4022 : f32[4096] @ models/lib/nn.yaml:79:7
%4024 = mul %4023, %4023 : f32[4096] @ models/lib/nn.yaml:79:7
%4025 = reduce_sum %4024 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4026 = sqrt %4025 : f32[] @ models/lib/nn.yaml:79:7
%4027 = cast %4026 : f64[] @ models/lib/nn.yaml:79:7
%4028 = add %4027, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4029 = div %3622, %4028 : f64[] @ models/lib/nn.yaml:79:7
%4030 = lt %4029, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4031 = cast %4029 : f32[] @ models/lib/nn.yaml:79:7
%4032 = broadcast %4031 : f32[64,64] @ models/lib/nn.yaml:79:7
%4033 = mul %4022, %4032 : f32[64,64] @ models/lib/nn.yaml:79:7
%4034 = broadcast %4030 : bool[64,64] @ models/lib/nn.yaml:79:7
%4035 = select %4034, %4033, %4022 : f32[64,64] @ models/lib/nn.yaml:79:7
%4036 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4037 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4038 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4039 = add %4038, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4040 = broadcast %3638 : f32[64,64] @ models/lib/nn.yaml:79:7
%4041 = mul %14, %4040 : f32[64,64] @ models/lib/nn.yaml:79:7
%4042 = broadcast %1868 : f32[64,64] @ models/lib/nn.yaml:79:7
%4043 = mul %4035, %4042 : f32[64,64] @ models/lib/nn.yaml:79:7
%4044 = broadcast %1272 : f32[64,64] @ models/lib/nn.yaml:79:7
%4045 = mul %4036, %4044 : f32[64,64] @ models/lib/nn.yaml:79:7
%4046 = add %4045, %4043 : f32[64,64] @ models/lib/nn.yaml:79:7
%4047 = mul %4035, %4035 : f32[64,64] @ models/lib/nn.yaml:79:7
%4048 = broadcast %3648 : f32[64,64] @ models/lib/nn.yaml:79:7
%4049 = mul %4047, %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%4050 = broadcast %3652 : f32[64,64] @ models/lib/nn.yaml:79:7
%4051 = mul %4037, %4050 : f32[64,64] @ models/lib/nn.yaml:79:7
%4052 = add %4051, %4049 : f32[64,64] @ models/lib/nn.yaml:79:7
%4053 = cast %4039 : f64[] @ models/lib/nn.yaml:79:7
%4054 = pow %3643, %4053 : f64[] @ models/lib/nn.yaml:79:7
%4055 = sub %3624, %4054 : f64[] @ models/lib/nn.yaml:79:7
%4056 = div %2143, %4055 : f64[] @ models/lib/nn.yaml:79:7
%4057 = pow %3651, %4053 : f64[] @ models/lib/nn.yaml:79:7
%4058 = sub %3624, %4057 : f64[] @ models/lib/nn.yaml:79:7
%4059 = sqrt %4058 : f64[] @ models/lib/nn.yaml:79:7
%4060 = div %3624, %4059 : f64[] @ models/lib/nn.yaml:79:7
%4061 = sqrt %4052 : f32[64,64] @ models/lib/nn.yaml:79:7
%4062 = cast %4060 : f32[] @ models/lib/nn.yaml:79:7
%4063 = broadcast %4062 : f32[64,64] @ models/lib/nn.yaml:79:7
%4064 = mul %4061, %4063 : f32[64,64] @ models/lib/nn.yaml:79:7
%4065 = broadcast %3668 : f32[64,64] @ models/lib/nn.yaml:79:7
%4066 = add %4064, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%4067 = div %4046, %4066 : f32[64,64] @ models/lib/nn.yaml:79:7
%4068 = cast %4056 : f32[] @ models/lib/nn.yaml:79:7
%4069 = broadcast %4068 : f32[64,64] @ models/lib/nn.yaml:79:7
%4070 = mul %4067, %4069 : f32[64,64] @ models/lib/nn.yaml:79:7
%4071 = sub %4041, %4070 : f32[64,64] @ models/lib/nn.yaml:79:7
%4072 = assign %14, %4071 : f32[64,64] @ models/lib/nn.yaml:79:7
%4073 = assign %4036, %4046 : f32[64,64] @ models/lib/nn.yaml:79:7
%4074 = assign %4037, %4052 : f32[64,64] @ models/lib/nn.yaml:79:7
%4075 = assign %4038, %4039 : i64[] @ models/lib/nn.yaml:79:7
%4076 = broadcast %3 : f32[64,64] @ models/lib/nn.yaml:79:7
%4077 = mul %76, %4076 : f32[64,64] @ models/lib/nn.yaml:79:7
%4078 = broadcast %3683 : f32[64,64] @ models/lib/nn.yaml:79:7
%4079 = mul %4071, %4078 : f32[64,64] @ models/lib/nn.yaml:79:7
%4080 = add %4077, %4079 : f32[64,64] @ models/lib/nn.yaml:79:7
%4081 = assign %76, %4080 : f32[64,64] @ models/lib/nn.yaml:79:7
%4082 = all_reduce_sum %3534 : f32[64] @ models/lib/nn.yaml:80:7
%4083 = mul %4082, %4082 : f32[64] @ models/lib/nn.yaml:80:7
%4084 = reduce_sum %4083 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4085 = sqrt %4084 : f32[] @ models/lib/nn.yaml:80:7
%4086 = cast %4085 : f64[] @ models/lib/nn.yaml:80:7
%4087 = add %4086, %3620 : f64[] @ models/lib/nn.yaml:80:7
%4088 = div %3622, %4087 : f64[] @ models/lib/nn.yaml:80:7
%4089 = lt %4088, %3624 : bool[] @ models/lib/nn.yaml:80:7
%4090 = cast %4088 : f32[] @ models/lib/nn.yaml:80:7
%4091 = broadcast %4090 : f32[64] @ models/lib/nn.yaml:80:7
%4092 = mul %4082, %4091 : f32[64] @ models/lib/nn.yaml:80:7
%4093 = broadcast %4089 : bool[64] @ models/lib/nn.yaml:80:7
%4094 = select %4093, %4092, %4082 : f32[64] @ models/lib/nn.yaml:80:7
%4095 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4096 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4097 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4098 = add %4097, %3634 : i64[] @ models/lib/nn.yaml:80:7
%4099 = mul %4094, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%4100 = mul %4095, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%4101 = add %4100, %4099 : f32[64] @ models/lib/nn.yaml:80:7
%4102 = mul %4094, %4094 : f32[64] @ models/lib/nn.yaml:80:7
%4103 = mul %4102, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%4104 = mul %4096, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%4105 = add %4104, %4103 : f32[64] @ models/lib/nn.yaml:80:7
%4106 = cast %4098 : f64[] @ models/lib/nn.yaml:80:7
%4107 = pow %3643, %4106 : f64[] @ models/lib/nn.yaml:80:7
%4108 = sub %3624, %4107 : f64[] @ models/lib/nn.yaml:80:7
%4109 = div %2143, %4108 : f64[] @ models/lib/nn.yaml:80:7
%4110 = pow %3651, %4106 : f64[] @ models/lib/nn.yaml:80:7
%4111 = sub %3624, %4110 : f64[] @ models/lib/nn.yaml:80:7
%4112 = sqrt %4111 : f64[] @ models/lib/nn.yaml:80:7
%4113 = div %3624, %4112 : f64[] @ models/lib/nn.yaml:80:7
%4114 = sqrt %4105 : f32[64] @ models/lib/nn.yaml:80:7
%4115 = cast %4113 : f32[] @ models/lib/nn.yaml:80:7
%4116 = broadcast %4115 : f32[64] @ models/lib/nn.yaml:80:7
%4117 = mul %4114, %4116 : f32[64] @ models/lib/nn.yaml:80:7
%4118 = add %4117, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%4119 = div %4101, %4118 : f32[64] @ models/lib/nn.yaml:80:7
%4120 = cast %4109 : f32[] @ models/lib/nn.yaml:80:7
%4121 = broadcast %4120 : f32[64] @ models/lib/nn.yaml:80:7
%4122 = mul %4119, %4121 : f32[64] @ models/lib/nn.yaml:80:7
%4123 = sub %15, %4122 : f32[64] @ models/lib/nn.yaml:80:7
%4124 = assign %15, %4123 : f32[64] @ models/lib/nn.yaml:80:7
%4125 = assign %4095, %4101 : f32[64] @ models/lib/nn.yaml:80:7
%4126 = assign %4096, %4105 : f32[64] @ models/lib/nn.yaml:80:7
%4127 = assign %4097, %4098 : i64[] @ models/lib/nn.yaml:80:7
%4128 = mul %77, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%4129 = mul %4123, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%4130 = add %4128, %4129 : f32[64] @ models/lib/nn.yaml:80:7
%4131 = assign %77, %4130 : f32[64] @ models/lib/nn.yaml:80:7
%4132 = all_reduce_sum %3509 : f32[64] @ models/lib/nn.yaml:89:7
%4133 = mul %4132, %4132 : f32[64] @ models/lib/nn.yaml:89:7
%4134 = reduce_sum %4133 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4135 = sqrt %4134 : f32[] @ models/lib/nn.yaml:89:7
%4136 = cast %4135 : f64[] @ models/lib/nn.yaml:89:7
%4137 = add %4136, %3620 : f64[] @ models/lib/nn.yaml:89:7
%4138 = div %3622, %4137 : f64[] @ models/lib/nn.yaml:89:7
%4139 = lt %4138, %3624 : bool[] @ models/lib/nn.yaml:89:7
%4140 = cast %4138 : f32[] @ models/lib/nn.yaml:89:7
%4141 = broadcast %4140 : f32[64] @ models/lib/nn.yaml:89:7
%4142 = mul %4132, %4141 : f32[64] @ models/lib/nn.yaml:89:7
%4143 = broadcast %4139 : bool[64] @ models/lib/nn.yaml:89:7
%4144 = select %4143, %4142, %4132 : f32[64] @ models/lib/nn.yaml:89:7
%4145 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4146 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4147 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4148 = add %4147, %3634 : i64[] @ models/lib/nn.yaml:89:7
%4149 = mul %4144, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%4150 = mul %4145, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%4151 = add %4150, %4149 : f32[64] @ models/lib/nn.yaml:89:7
%4152 = mul %4144, %4144 : f32[64] @ models/lib/nn.yaml:89:7
%4153 = mul %4152, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%4154 = mul %4146, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%4155 = add %4154, %4153 : f32[64] @ models/lib/nn.yaml:89:7
%4156 = cast %4148 : f64[] @ models/lib/nn.yaml:89:7
%4157 = pow %3643, %4156 : f64[] @ models/lib/nn.yaml:89:7
%4158 = sub %3624, %4157 : f64[] @ models/lib/nn.yaml:89:7
%4159 = div %2143, %4158 : f64[] @ models/lib/nn.yaml:89:7
%4160 = pow %3651, %4156 : f64[] @ models/lib/nn.yaml:89:7
%4161 = sub %3624, %4160 : f64[] @ models/lib/nn.yaml:89:7
%4162 = sqrt %4161 : f64[] @ models/lib/nn.yaml:89:7
%4163 = div %3624, %4162 : f64[] @ models/lib/nn.yaml:89:7
%4164 = sqrt %4155 : f32[64] @ models/lib/nn.yaml:89:7
%4165 = cast %4163 : f32[] @ models/lib/nn.yaml:89:7
%4166 = broadcast %4165 : f32[64] @ models/lib/nn.yaml:89:7
%4167 = mul %4164, %4166 : f32[64] @ models/lib/nn.yaml:89:7
%4168 = add %4167, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%4169 = div %4151, %4168 : f32[64] @ models/lib/nn.yaml:89:7
%4170 = cast %4159 : f32[] @ models/lib/nn.yaml:89:7
%4171 = broadcast %4170 : f32[64] @ models/lib/nn.yaml:89:7
%4172 = mul %4169, %4171 : f32[64] @ models/lib/nn.yaml:89:7
%4173 = sub %16, %4172 : f32[64] @ models/lib/nn.yaml:89:7
%4174 = assign %16, %4173 : f32[64] @ models/lib/nn.yaml:89:7
%4175 = assign %4145, %4151 : f32[64] @ models/lib/nn.yaml:89:7
%4176 = assign %4146, %4155 : f32[64] @ models/lib/nn.yaml:89:7
%4177 = assign %4147, %4148 : i64[] @ models/lib/nn.yaml:89:7
%4178 = mul %78, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%4179 = mul %4173, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%4180 = add %4178, %4179 : f32[64] @ models/lib/nn.yaml:89:7
%4181 = assign %78, %4180 : f32[64] @ models/lib/nn.yaml:89:7
%4182 = all_reduce_sum %3503 : f32[64] @ models/lib/nn.yaml:90:7
%4183 = mul %4182, %4182 : f32[64] @ models/lib/nn.yaml:90:7
%4184 = reduce_sum %4183 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4185 = sqrt %4184 : f32[] @ models/lib/nn.yaml:90:7
%4186 = cast %4185 : f64[] @ models/lib/nn.yaml:90:7
%4187 = add %4186, %3620 : f64[] @ models/lib/nn.yaml:90:7
%4188 = div %3622, %4187 : f64[] @ models/lib/nn.yaml:90:7
%4189 = lt %4188, %3624 : bool[] @ models/lib/nn.yaml:90:7
%4190 = cast %4188 : f32[] @ models/lib/nn.yaml:90:7
%4191 = broadcast %4190 : f32[64] @ models/lib/nn.yaml:90:7
%4192 = mul %4182, %4191 : f32[64] @ models/lib/nn.yaml:90:7
%4193 = broadcast %4189 : bool[64] @ models/lib/nn.yaml:90:7
%4194 = select %4193, %4192, %4182 : f32[64] @ models/lib/nn.yaml:90:7
%4195 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4196 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4197 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4198 = add %4197, %3634 : i64[] @ models/lib/nn.yaml:90:7
%4199 = mul %4194, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%4200 = mul %4195, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%4201 = add %4200, %4199 : f32[64] @ models/lib/nn.yaml:90:7
%4202 = mul %4194, %4194 : f32[64] @ models/lib/nn.yaml:90:7
%4203 = mul %4202, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%4204 = mul %4196, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%4205 = add %4204, %4203 : f32[64] @ models/lib/nn.yaml:90:7
%4206 = cast %4198 : f64[] @ models/lib/nn.yaml:90:7
%4207 = pow %3643, %4206 : f64[] @ models/lib/nn.yaml:90:7
%4208 = sub %3624, %4207 : f64[] @ models/lib/nn.yaml:90:7
%4209 = div %2143, %4208 : f64[] @ models/lib/nn.yaml:90:7
%4210 = pow %3651, %4206 : f64[] @ models/lib/nn.yaml:90:7
%4211 = sub %3624, %4210 : f64[] @ models/lib/nn.yaml:90:7
%4212 = sqrt %4211 : f64[] @ models/lib/nn.yaml:90:7
%4213 = div %3624, %4212 : f64[] @ models/lib/nn.yaml:90:7
%4214 = sqrt %4205 : f32[64] @ models/lib/nn.yaml:90:7
%4215 = cast %4213 : f32[] @ models/lib/nn.yaml:90:7
%4216 = broadcast %4215 : f32[64] @ models/lib/nn.yaml:90:7
%4217 = mul %4214, %4216 : f32[64] @ models/lib/nn.yaml:90:7
%4218 = add %4217, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%4219 = div %4201, %4218 : f32[64] @ models/lib/nn.yaml:90:7
%4220 = cast %4209 : f32[] @ models/lib/nn.yaml:90:7
%4221 = broadcast %4220 : f32[64] @ models/lib/nn.yaml:90:7
%4222 = mul %4219, %4221 : f32[64] @ models/lib/nn.yaml:90:7
%4223 = sub %17, %4222 : f32[64] @ models/lib/nn.yaml:90:7
%4224 = assign %17, %4223 : f32[64] @ models/lib/nn.yaml:90:7
%4225 = assign %4195, %4201 : f32[64] @ models/lib/nn.yaml:90:7
%4226 = assign %4196, %4205 : f32[64] @ models/lib/nn.yaml:90:7
%4227 = assign %4197, %4198 : i64[] @ models/lib/nn.yaml:90:7
%4228 = mul %79, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%4229 = mul %4223, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%4230 = add %4228, %4229 : f32[64] @ models/lib/nn.yaml:90:7
%4231 = assign %79, %4230 : f32[64] @ models/lib/nn.yaml:90:7
%4232 = all_reduce_sum %3498 : f32[256,64] @ models/lib/nn.yaml:79:7
%4233 = reshape %4232 : f32[16384] @ models/lib/nn.yaml:79:7
%4234 = mul %4233, %4233 : f32[16384] @ models/lib/nn.yaml:79:7
%4235 = reduce_sum %4234 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4236 = sqrt %4235 : f32[] @ models/lib/nn.yaml:79:7
%4237 = cast %4236 : f64[] @ models/lib/nn.yaml:79:7
%4238 = add %4237, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4239 = div %3622, %4238 : f64[] @ models/lib/nn.yaml:79:7
%4240 = lt %4239, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4241 = cast %4239 : f32[] @ models/lib/nn.yaml:79:7
%4242 = broadcast %4241 : f32[256,64] @ models/lib/nn.yaml:79:7
%4243 = mul %4232, %4242 : f32[256,64] @ models/lib/nn.yaml:79:7
%4244 = broadcast %4240 : bool[256,64] @ models/lib/nn.yaml:79:7
%4245 = select %4244, %4243, %4232 : f32[256,64] @ models/lib/nn.yaml:79:7
%4246 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4247 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4248 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4249 = add %4248, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4250 = broadcast %3638 : f32[256,64] @ models/lib/nn.yaml:79:7
%4251 = mul %18, %4250 : f32[256,64] @ models/lib/nn.yaml:79:7
%4252 = broadcast %1868 : f32[256,64] @ models/lib/nn.yaml:79:7
%4253 = mul %4245, %4252 : f32[256,64] @ models/lib/nn.yaml:79:7
%4254 = broadcast %1272 : f32[256,64] @ models/lib/nn.yaml:79:7
%4255 = mul %4246, %4254 : f32[256,64] @ models/lib/nn.yaml:79:7
%4256 = add %4255, %4253 : f32[256,64] @ models/lib/nn.yaml:79:7
%4257 = mul %4245, %4245 : f32[256,64] @ models/lib/nn.yaml:79:7
%4258 = broadcast %3648 : f32[256,64] @ models/lib/nn.yaml:79:7
%4259 = mul %4257, %4258 : f32[256,64] @ models/lib/nn.yaml:79:7
%4260 = broadcast %3652 : f32[256,64] @ models/lib/nn.yaml:79:7
%4261 = mul %4247, %4260 : f32[256,64] @ models/lib/nn.yaml:79:7
%4262 = add %4261, %4259 : f32[256,64] @ models/lib/nn.yaml:79:7
%4263 = cast %4249 : f64[] @ models/lib/nn.yaml:79:7
%4264 = pow %3643, %4263 : f64[] @ models/lib/nn.yaml:79:7
%4265 = sub %3624, %4264 : f64[] @ models/lib/nn.yaml:79:7
%4266 = div %2143, %4265 : f64[] @ models/lib/nn.yaml:79:7
%4267 = pow %3651, %4263 : f64[] @ models/lib/nn.yaml:79:7
%4268 = sub %3624, %4267 : f64[] @ models/lib/nn.yaml:79:7
%4269 = sqrt %4268 : f64[] @ models/lib/nn.yaml:79:7
%4270 = div %3624, %4269 : f64[] @ models/lib/nn.yaml:79:7
%4271 = sqrt %4262 : f32[256,64] @ models/lib/nn.yaml:79:7
%4272 = cast %4270 : f32[] @ models/lib/nn.yaml:79:7
%4273 = broadcast %4272 : f32[256,64] @ models/lib/nn.yaml:79:7
%4274 = mul %4271, %4273 : f32[256,64] @ models/lib/nn.yaml:79:7
%4275 = broadcast %3668 : f32[256,64] @ models/lib/nn.yaml:79:7
%4276 = add %4274, %4275 : f32[256,64] @ models/lib/nn.yaml:79:7
%4277 = div %4256, %4276 : f32[256,64] @ models/lib/nn.yaml:79:7
%4278 = cast %4266 : f32[] @ models/lib/nn.yaml:79:7
%4279 = broadcast %4278 : f32[256,64] @ models/lib/nn.yaml:79:7
%4280 = mul %4277, %4279 : f32[256,64] @ models/lib/nn.yaml:79:7
%4281 = sub %4251, %4280 : f32[256,64] @ models/lib/nn.yaml:79:7
%4282 = assign %18, %4281 : f32[256,64] @ models/lib/nn.yaml:79:7
%4283 = assign %4246, %4256 : f32[256,64] @ models/lib/nn.yaml:79:7
%4284 = assign %4247, %4262 : f32[256,64] @ models/lib/nn.yaml:79:7
%4285 = assign %4248, %4249 : i64[] @ models/lib/nn.yaml:79:7
%4286 = broadcast %3 : f32[256,64] @ models/lib/nn.yaml:79:7
%4287 = mul %80, %4286 : f32[256,64] @ models/lib/nn.yaml:79:7
%4288 = broadcast %3683 : f32[256,64] @ models/lib/nn.yaml:79:7
%4289 = mul %4281, %4288 : f32[256,64] @ models/lib/nn.yaml:79:7
%4290 = add %4287, %4289 : f32[256,64] @ models/lib/nn.yaml:79:7
%4291 = assign %80, %4290 : f32[256,64] @ models/lib/nn.yaml:79:7
%4292 = all_reduce_sum %3493 : f32[256] @ models/lib/nn.yaml:80:7
%4293 = mul %4292, %4292 : f32[256] @ models/lib/nn.yaml:80:7
%4294 = reduce_sum %4293 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4295 = sqrt %4294 : f32[] @ models/lib/nn.yaml:80:7
%4296 = cast %4295 : f64[] @ models/lib/nn.yaml:80:7
%4297 = add %4296, %3620 : f64[] @ models/lib/nn.yaml:80:7
%4298 = div %3622, %4297 : f64[] @ models/lib/nn.yaml:80:7
%4299 = lt %4298, %3624 : bool[] @ models/lib/nn.yaml:80:7
%4300 = cast %4298 : f32[] @ models/lib/nn.yaml:80:7
%4301 = broadcast %4300 : f32[256] @ models/lib/nn.yaml:80:7
%4302 = mul %4292, %4301 : f32[256] @ models/lib/nn.yaml:80:7
%4303 = broadcast %4299 : bool[256] @ models/lib/nn.yaml:80:7
%4304 = select %4303, %4302, %4292 : f32[256] @ models/lib/nn.yaml:80:7
%4305 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4306 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4307 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4308 = add %4307, %3634 : i64[] @ models/lib/nn.yaml:80:7
%4309 = broadcast %1868 : f32[256] @ models/lib/nn.yaml:80:7
%4310 = mul %4304, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%4311 = broadcast %1272 : f32[256] @ models/lib/nn.yaml:80:7
%4312 = mul %4305, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%4313 = add %4312, %4310 : f32[256] @ models/lib/nn.yaml:80:7
%4314 = mul %4304, %4304 : f32[256] @ models/lib/nn.yaml:80:7
%4315 = broadcast %3648 : f32[256] @ models/lib/nn.yaml:80:7
%4316 = mul %4314, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%4317 = broadcast %3652 : f32[256] @ models/lib/nn.yaml:80:7
%4318 = mul %4306, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%4319 = add %4318, %4316 : f32[256] @ models/lib/nn.yaml:80:7
%4320 = cast %4308 : f64[] @ models/lib/nn.yaml:80:7
%4321 = pow %3643, %4320 : f64[] @ models/lib/nn.yaml:80:7
%4322 = sub %3624, %4321 : f64[] @ models/lib/nn.yaml:80:7
%4323 = div %2143, %4322 : f64[] @ models/lib/nn.yaml:80:7
%4324 = pow %3651, %4320 : f64[] @ models/lib/nn.yaml:80:7
%4325 = sub %3624, %4324 : f64[] @ models/lib/nn.yaml:80:7
%4326 = sqrt %4325 : f64[] @ models/lib/nn.yaml:80:7
%4327 = div %3624, %4326 : f64[] @ models/lib/nn.yaml:80:7
%4328 = sqrt %4319 : f32[256] @ models/lib/nn.yaml:80:7
%4329 = cast %4327 : f32[] @ models/lib/nn.yaml:80:7
%4330 = broadcast %4329 : f32[256] @ models/lib/nn.yaml:80:7
%4331 = mul %4328, %4330 : f32[256] @ models/lib/nn.yaml:80:7
%4332 = broadcast %3668 : f32[256] @ models/lib/nn.yaml:80:7
%4333 = add %4331, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%4334 = div %4313, %4333 : f32[256] @ models/lib/nn.yaml:80:7
%4335 = cast %4323 : f32[] @ models/lib/nn.yaml:80:7
%4336 = broadcast %4335 : f32[256] @ models/lib/nn.yaml:80:7
%4337 = mul %4334, %4336 : f32[256] @ models/lib/nn.yaml:80:7
%4338 = sub %19, %4337 : f32[256] @ models/lib/nn.yaml:80:7
%4339 = assign %19, %4338 : f32[256] @ models/lib/nn.yaml:80:7
%4340 = assign %4305, %4313 : f32[256] @ models/lib/nn.yaml:80:7
%4341 = assign %4306, %4319 : f32[256] @ models/lib/nn.yaml:80:7
%4342 = assign %4307, %4308 : i64[] @ models/lib/nn.yaml:80:7
%4343 = broadcast %3 : f32[256] @ models/lib/nn.yaml:80:7
%4344 = mul %81, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%4345 = broadcast %3683 : f32[256] @ models/lib/nn.yaml:80:7
%4346 = mul %4338, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%4347 = add %4344, %4346 : f32[256] @ models/lib/nn.yaml:80:7
%4348 = assign %81, %4347 : f32[256] @ models/lib/nn.yaml:80:7
%4349 = all_reduce_sum %3470 : f32[64,256] @ models/lib/nn.yaml:79:7
%4350 = reshape %4349 : f32[16384] @ models/lib/nn.yaml:79:7
%4351 = mul %4350, %4350 : f32[16384] @ models/lib/nn.yaml:79:7
%4352 = reduce_sum %4351 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4353 = sqrt %4352 : f32[] @ models/lib/nn.yaml:79:7
%4354 = cast %4353 : f64[] @ models/lib/nn.yaml:79:7
%4355 = add %4354, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4356 = div %3622, %4355 : f64[] @ models/lib/nn.yaml:79:7
%4357 = lt %4356, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4358 = cast %4356 : f32[] @ models/lib/nn.yaml:79:7
%4359 = broadcast %4358 : f32[64,256] @ models/lib/nn.yaml:79:7
%4360 = mul %4349, %4359 : f32[64,256] @ models/lib/nn.yaml:79:7
%4361 = broadcast %4357 : bool[64,256] @ models/lib/nn.yaml:79:7
%4362 = select %4361, %4360, %4349 : f32[64,256] @ models/lib/nn.yaml:79:7
%4363 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4364 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4365 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4366 = add %4365, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4367 = broadcast %3638 : f32[64,256] @ models/lib/nn.yaml:79:7
%4368 = mul %20, %4367 : f32[64,256] @ models/lib/nn.yaml:79:7
%4369 = broadcast %1868 : f32[64,256] @ models/lib/nn.yaml:79:7
%4370 = mul %4362, %4369 : f32[64,256] @ models/lib/nn.yaml:79:7
%4371 = broadcast %1272 : f32[64,256] @ models/lib/nn.yaml:79:7
%4372 = mul %4363, %4371 : f32[64,256] @ models/lib/nn.yaml:79:7
%4373 = add %4372, %4370 : f32[64,256] @ models/lib/nn.yaml:79:7
%4374 = mul %4362, %4362 : f32[64,256] @ models/lib/nn.yaml:79:7
%4375 = broadcast %3648 : f32[64,256] @ models/lib/nn.yaml:79:7
%4376 = mul %4374, %4375 : f32[64,256] @ models/lib/nn.yaml:79:7
%4377 = broadcast %3652 : f32[64,256] @ models/lib/nn.yaml:79:7
%4378 = mul %4364, %4377 : f32[64,256] @ models/lib/nn.yaml:79:7
%4379 = add %4378, %4376 : f32[64,256] @ models/lib/nn.yaml:79:7
%4380 = cast %4366 : f64[] @ models/lib/nn.yaml:79:7
%4381 = pow %3643, %4380 : f64[] @ models/lib/nn.yaml:79:7
%4382 = sub %3624, %4381 : f64[] @ models/lib/nn.yaml:79:7
%4383 = div %2143, %4382 : f64[] @ models/lib/nn.yaml:79:7
%4384 = pow %3651, %4380 : f64[] @ models/lib/nn.yaml:79:7
%4385 = sub %3624, %4384 : f64[] @ models/lib/nn.yaml:79:7
%4386 = sqrt %4385 : f64[] @ models/lib/nn.yaml:79:7
%4387 = div %3624, %4386 : f64[] @ models/lib/nn.yaml:79:7
%4388 = sqrt %4379 : f32[64,256] @ models/lib/nn.yaml:79:7
%4389 = cast %4387 : f32[] @ models/lib/nn.yaml:79:7
%4390 = broadcast %4389 : f32[64,256] @ models/lib/nn.yaml:79:7
%4391 = mul %4388, %4390 : f32[64,256] @ models/lib/nn.yaml:79:7
%4392 = broadcast %3668 : f32[64,256] @ models/lib/nn.yaml:79:7
%4393 = add %4391, %4392 : f32[64,256] @ models/lib/nn.yaml:79:7
%4394 = div %4373, %4393 : f32[64,256] @ models/lib/nn.yaml:79:7
%4395 = cast %4383 : f32[] @ models/lib/nn.yaml:79:7
%4396 = broadcast %4395 : f32[64,256] @ models/lib/nn.yaml:79:7
%4397 = mul %4394, %4396 : f32[64,256] @ models/lib/nn.yaml:79:7
%4398 = sub %4368, %4397 : f32[64,256] @ models/lib/nn.yaml:79:7
%4399 = assign %20, %4398 : f32[64,256] @ models/lib/nn.yaml:79:7
%4400 = assign %4363, %4373 : f32[64,256] @ models/lib/nn.yaml:79:7
%4401 = assign %4364, %4379 : f32[64,256] @ models/lib/nn.yaml:79:7
%4402 = assign %4365, %4366 : i64[] @ models/lib/nn.yaml:79:7
%4403 = broadcast %3 : f32[64,256] @ models/lib/nn.yaml:79:7
%4404 = mul %82, %4403 : f32[64,256] @ models/lib/nn.yaml:79:7
%4405 = broadcast %3683 : f32[64,256] @ models/lib/nn.yaml:79:7
%4406 = mul %4398, %4405 : f32[64,256] @ models/lib/nn.yaml:79:7
%4407 = add %4404, %4406 : f32[64,256] @ models/lib/nn.yaml:79:7
%4408 = assign %82, %4407 : f32[64,256] @ models/lib/nn.yaml:79:7
%4409 = all_reduce_sum %3465 : f32[64] @ models/lib/nn.yaml:80:7
%4410 = mul %4409, %4409 : f32[64] @ models/lib/nn.yaml:80:7
%4411 = reduce_sum %4410 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4412 = sqrt %4411 : f32[] @ models/lib/nn.yaml:80:7
%4413 = cast %4412 : f64[] @ models/lib/nn.yaml:80:7
%4414 = add %4413, %3620 : f64[] @ models/lib/nn.yaml:80:7
%4415 = div %3622, %4414 : f64[] @ models/lib/nn.yaml:80:7
%4416 = lt %4415, %3624 : bool[] @ models/lib/nn.yaml:80:7
%4417 = cast %4415 : f32[] @ models/lib/nn.yaml:80:7
%4418 = broadcast %4417 : f32[64] @ models/lib/nn.yaml:80:7
%4419 = mul %4409, %4418 : f32[64] @ models/lib/nn.yaml:80:7
%4420 = broadcast %4416 : bool[64] @ models/lib/nn.yaml:80:7
%4421 = select %4420, %4419, %4409 : f32[64] @ models/lib/nn.yaml:80:7
%4422 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4423 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4424 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4425 = add %4424, %3634 : i64[] @ models/lib/nn.yaml:80:7
%4426 = mul %4421, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%4427 = mul %4422, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%4428 = add %4427, %4426 : f32[64] @ models/lib/nn.yaml:80:7
%4429 = mul %4421, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%4430 = mul %4429, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%4431 = mul %4423, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%4432 = add %4431, %4430 : f32[64] @ models/lib/nn.yaml:80:7
%4433 = cast %4425 : f64[] @ models/lib/nn.yaml:80:7
%4434 = pow %3643, %4433 : f64[] @ models/lib/nn.yaml:80:7
%4435 = sub %3624, %4434 : f64[] @ models/lib/nn.yaml:80:7
%4436 = div %2143, %4435 : f64[] @ models/lib/nn.yaml:80:7
%4437 = pow %3651, %4433 : f64[] @ models/lib/nn.yaml:80:7
%4438 = sub %3624, %4437 : f64[] @ models/lib/nn.yaml:80:7
%4439 = sqrt %4438 : f64[] @ models/lib/nn.yaml:80:7
%4440 = div %3624, %4439 : f64[] @ models/lib/nn.yaml:80:7
%4441 = sqrt %4432 : f32[64] @ models/lib/nn.yaml:80:7
%4442 = cast %4440 : f32[] @ models/lib/nn.yaml:80:7
%4443 = broadcast %4442 : f32[64] @ models/lib/nn.yaml:80:7
%4444 = mul %4441, %4443 : f32[64] @ models/lib/nn.yaml:80:7
%4445 = add %4444, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%4446 = div %4428, %4445 : f32[64] @ models/lib/nn.yaml:80:7
%4447 = cast %4436 : f32[] @ models/lib/nn.yaml:80:7
%4448 = broadcast %4447 : f32[64] @ models/lib/nn.yaml:80:7
%4449 = mul %4446, %4448 : f32[64] @ models/lib/nn.yaml:80:7
%4450 = sub %21, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%4451 = assign %21, %4450 : f32[64] @ models/lib/nn.yaml:80:7
%4452 = assign %4422, %4428 : f32[64] @ models/lib/nn.yaml:80:7
%4453 = assign %4423, %4432 : f32[64] @ models/lib/nn.yaml:80:7
%4454 = assign %4424, %4425 : i64[] @ models/lib/nn.yaml:80:7
%4455 = mul %83, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%4456 = mul %4450, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%4457 = add %4455, %4456 : f32[64] @ models/lib/nn.yaml:80:7
%4458 = assign %83, %4457 : f32[64] @ models/lib/nn.yaml:80:7
%4459 = all_reduce_sum %3440 : f32[64] @ models/lib/nn.yaml:89:7
%4460 = mul %4459, %4459 : f32[64] @ models/lib/nn.yaml:89:7
%4461 = reduce_sum %4460 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4462 = sqrt %4461 : f32[] @ models/lib/nn.yaml:89:7
%4463 = cast %4462 : f64[] @ models/lib/nn.yaml:89:7
%4464 = add %4463, %3620 : f64[] @ models/lib/nn.yaml:89:7
%4465 = div %3622, %4464 : f64[] @ models/lib/nn.yaml:89:7
%4466 = lt %4465, %3624 : bool[] @ models/lib/nn.yaml:89:7
%4467 = cast %4465 : f32[] @ models/lib/nn.yaml:89:7
%4468 = broadcast %4467 : f32[64] @ models/lib/nn.yaml:89:7
%4469 = mul %4459, %4468 : f32[64] @ models/lib/nn.yaml:89:7
%4470 = broadcast %4466 : bool[64] @ models/lib/nn.yaml:89:7
%4471 = select %4470, %4469, %4459 : f32[64] @ models/lib/nn.yaml:89:7
%4472 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4473 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4474 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4475 = add %4474, %3634 : i64[] @ models/lib/nn.yaml:89:7
%4476 = mul %4471, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%4477 = mul %4472, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%4478 = add %4477, %4476 : f32[64] @ models/lib/nn.yaml:89:7
%4479 = mul %4471, %4471 : f32[64] @ models/lib/nn.yaml:89:7
%4480 = mul %4479, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%4481 = mul %4473, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%4482 = add %4481, %4480 : f32[64] @ models/lib/nn.yaml:89:7
%4483 = cast %4475 : f64[] @ models/lib/nn.yaml:89:7
%4484 = pow %3643, %4483 : f64[] @ models/lib/nn.yaml:89:7
%4485 = sub %3624, %4484 : f64[] @ models/lib/nn.yaml:89:7
%4486 = div %2143, %4485 : f64[] @ models/lib/nn.yaml:89:7
%4487 = pow %3651, %4483 : f64[] @ models/lib/nn.yaml:89:7
%4488 = sub %3624, %4487 : f64[] @ models/lib/nn.yaml:89:7
%4489 = sqrt %4488 : f64[] @ models/lib/nn.yaml:89:7
%4490 = div %3624, %4489 : f64[] @ models/lib/nn.yaml:89:7
%4491 = sqrt %4482 : f32[64] @ models/lib/nn.yaml:89:7
%4492 = cast %4490 : f32[] @ models/lib/nn.yaml:89:7
%4493 = broadcast %4492 : f32[64] @ models/lib/nn.yaml:89:7
%4494 = mul %4491, %4493 : f32[64] @ models/lib/nn.yaml:89:7
%4495 = add %4494, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%4496 = div %4478, %4495 : f32[64] @ models/lib/nn.yaml:89:7
%4497 = cast %4486 : f32[] @ models/lib/nn.yaml:89:7
%4498 = broadcast %4497 : f32[64] @ models/lib/nn.yaml:89:7
%4499 = mul %4496, %4498 : f32[64] @ models/lib/nn.yaml:89:7
%4500 = sub %22, %4499 : f32[64] @ models/lib/nn.yaml:89:7
%4501 = assign %22, %4500 : f32[64] @ models/lib/nn.yaml:89:7
%4502 = assign %4472, %4478 : f32[64] @ models/lib/nn.yaml:89:7
%4503 = assign %4473, %4482 : f32[64] @ models/lib/nn.yaml:89:7
%4504 = assign %4474, %4475 : i64[] @ models/lib/nn.yaml:89:7
%4505 = mul %84, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%4506 = mul %4500, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%4507 = add %4505, %4506 : f32[64] @ models/lib/nn.yaml:89:7
%4508 = assign %84, %4507 : f32[64] @ models/lib/nn.yaml:89:7
%4509 = all_reduce_sum %3434 : f32[64] @ models/lib/nn.yaml:90:7
%4510 = mul %4509, %4509 : f32[64] @ models/lib/nn.yaml:90:7
%4511 = reduce_sum %4510 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4512 = sqrt %4511 : f32[] @ models/lib/nn.yaml:90:7
%4513 = cast %4512 : f64[] @ models/lib/nn.yaml:90:7
%4514 = add %4513, %3620 : f64[] @ models/lib/nn.yaml:90:7
%4515 = div %3622, %4514 : f64[] @ models/lib/nn.yaml:90:7
%4516 = lt %4515, %3624 : bool[] @ models/lib/nn.yaml:90:7
%4517 = cast %4515 : f32[] @ models/lib/nn.yaml:90:7
%4518 = broadcast %4517 : f32[64] @ models/lib/nn.yaml:90:7
%4519 = mul %4509, %4518 : f32[64] @ models/lib/nn.yaml:90:7
%4520 = broadcast %4516 : bool[64] @ models/lib/nn.yaml:90:7
%4521 = select %4520, %4519, %4509 : f32[64] @ models/lib/nn.yaml:90:7
%4522 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4523 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4524 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4525 = add %4524, %3634 : i64[] @ models/lib/nn.yaml:90:7
%4526 = mul %4521, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%4527 = mul %4522, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%4528 = add %4527, %4526 : f32[64] @ models/lib/nn.yaml:90:7
%4529 = mul %4521, %4521 : f32[64] @ models/lib/nn.yaml:90:7
%4530 = mul %4529, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%4531 = mul %4523, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%4532 = add %4531, %4530 : f32[64] @ models/lib/nn.yaml:90:7
%4533 = cast %4525 : f64[] @ models/lib/nn.yaml:90:7
%4534 = pow %3643, %4533 : f64[] @ models/lib/nn.yaml:90:7
%4535 = sub %3624, %4534 : f64[] @ models/lib/nn.yaml:90:7
%4536 = div %2143, %4535 : f64[] @ models/lib/nn.yaml:90:7
%4537 = pow %3651, %4533 : f64[] @ models/lib/nn.yaml:90:7
%4538 = sub %3624, %4537 : f64[] @ models/lib/nn.yaml:90:7
%4539 = sqrt %4538 : f64[] @ models/lib/nn.yaml:90:7
%4540 = div %3624, %4539 : f64[] @ models/lib/nn.yaml:90:7
%4541 = sqrt %4532 : f32[64] @ models/lib/nn.yaml:90:7
%4542 = cast %4540 : f32[] @ models/lib/nn.yaml:90:7
%4543 = broadcast %4542 : f32[64] @ models/lib/nn.yaml:90:7
%4544 = mul %4541, %4543 : f32[64] @ models/lib/nn.yaml:90:7
%4545 = add %4544, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%4546 = div %4528, %4545 : f32[64] @ models/lib/nn.yaml:90:7
%4547 = cast %4536 : f32[] @ models/lib/nn.yaml:90:7
%4548 = broadcast %4547 : f32[64] @ models/lib/nn.yaml:90:7
%4549 = mul %4546, %4548 : f32[64] @ models/lib/nn.yaml:90:7
%4550 = sub %23, %4549 : f32[64] @ models/lib/nn.yaml:90:7
%4551 = assign %23, %4550 : f32[64] @ models/lib/nn.yaml:90:7
%4552 = assign %4522, %4528 : f32[64] @ models/lib/nn.yaml:90:7
%4553 = assign %4523, %4532 : f32[64] @ models/lib/nn.yaml:90:7
%4554 = assign %4524, %4525 : i64[] @ models/lib/nn.yaml:90:7
%4555 = mul %85, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%4556 = mul %4550, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%4557 = add %4555, %4556 : f32[64] @ models/lib/nn.yaml:90:7
%4558 = assign %85, %4557 : f32[64] @ models/lib/nn.yaml:90:7
%4559 = all_reduce_sum %3429 : f32[192,64] @ models/lib/nn.yaml:79:7
%4560 = reshape %4559 : f32[12288] @ models/lib/nn.yaml:79:7
%4561 = mul %4560, %4560 : f32[12288] @ models/lib/nn.yaml:79:7
%4562 = reduce_sum %4561 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4563 = sqrt %4562 : f32[] @ models/lib/nn.yaml:79:7
%4564 = cast %4563 : f64[] @ models/lib/nn.yaml:79:7
%4565 = add %4564, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4566 = div %3622, %4565 : f64[] @ models/lib/nn.yaml:79:7
%4567 = lt %4566, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4568 = cast %4566 : f32[] @ models/lib/nn.yaml:79:7
%4569 = broadcast %4568 : f32[192,64] @ models/lib/nn.yaml:79:7
%4570 = mul %4559, %4569 : f32[192,64] @ models/lib/nn.yaml:79:7
%4571 = broadcast %4567 : bool[192,64] @ models/lib/nn.yaml:79:7
%4572 = select %4571, %4570, %4559 : f32[192,64] @ models/lib/nn.yaml:79:7
%4573 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4574 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4575 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4576 = add %4575, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4577 = mul %24, %3923 : f32[192,64] @ models/lib/nn.yaml:79:7
%4578 = mul %4572, %3925 : f32[192,64] @ models/lib/nn.yaml:79:7
%4579 = mul %4573, %3927 : f32[192,64] @ models/lib/nn.yaml:79:7
%4580 = add %4579, %4578 : f32[192,64] @ models/lib/nn.yaml:79:7
%4581 = mul %4572, %4572 : f32[192,64] @ models/lib/nn.yaml:79:7
%4582 = mul %4581, %3931 : f32[192,64] @ models/lib/nn.yaml:79:7
%4583 = mul %4574, %3933 : f32[192,64] @ models/lib/nn.yaml:79:7
%4584 = add %4583, %4582 : f32[192,64] @ models/lib/nn.yaml:79:7
%4585 = cast %4576 : f64[] @ models/lib/nn.yaml:79:7
%4586 = pow %3643, %4585 : f64[] @ models/lib/nn.yaml:79:7
%4587 = sub %3624, %4586 : f64[] @ models/lib/nn.yaml:79:7
%4588 = div %2143, %4587 : f64[] @ models/lib/nn.yaml:79:7
%4589 = pow %3651, %4585 : f64[] @ models/lib/nn.yaml:79:7
%4590 = sub %3624, %4589 : f64[] @ models/lib/nn.yaml:79:7
%4591 = sqrt %4590 : f64[] @ models/lib/nn.yaml:79:7
%4592 = div %3624, %4591 : f64[] @ models/lib/nn.yaml:79:7
%4593 = sqrt %4584 : f32[192,64] @ models/lib/nn.yaml:79:7
%4594 = cast %4592 : f32[] @ models/lib/nn.yaml:79:7
%4595 = broadcast %4594 : f32[192,64] @ models/lib/nn.yaml:79:7
%4596 = mul %4593, %4595 : f32[192,64] @ models/lib/nn.yaml:79:7
%4597 = add %4596, %3948 : f32[192,64] @ models/lib/nn.yaml:79:7
%4598 = div %4580, %4597 : f32[192,64] @ models/lib/nn.yaml:79:7
%4599 = cast %4588 : f32[] @ models/lib/nn.yaml:79:7
%4600 = broadcast %4599 : f32[192,64] @ models/lib/nn.yaml:79:7
%4601 = mul %4598, %4600 : f32[192,64] @ models/lib/nn.yaml:79:7
%4602 = sub %4577, %4601 : f32[192,64] @ models/lib/nn.yaml:79:7
%4603 = assign %24, %4602 : f32[192,64] @ models/lib/nn.yaml:79:7
%4604 = assign %4573, %4580 : f32[192,64] @ models/lib/nn.yaml:79:7
%4605 = assign %4574, %4584 : f32[192,64] @ models/lib/nn.yaml:79:7
%4606 = assign %4575, %4576 : i64[] @ models/lib/nn.yaml:79:7
%4607 = mul %86, %3959 : f32[192,64] @ models/lib/nn.yaml:79:7
%4608 = mul %4602, %3961 : f32[192,64] @ models/lib/nn.yaml:79:7
%4609 = add %4607, %4608 : f32[192,64] @ models/lib/nn.yaml:79:7
%4610 = assign %86, %4609 : f32[192,64] @ models/lib/nn.yaml:79:7
%4611 = all_reduce_sum %3424 : f32[192] @ models/lib/nn.yaml:80:7
%4612 = mul %4611, %4611 : f32[192] @ models/lib/nn.yaml:80:7
%4613 = reduce_sum %4612 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4614 = sqrt %4613 : f32[] @ models/lib/nn.yaml:80:7
%4615 = cast %4614 : f64[] @ models/lib/nn.yaml:80:7
%4616 = add %4615, %3620 : f64[] @ models/lib/nn.yaml:80:7
%4617 = div %3622, %4616 : f64[] @ models/lib/nn.yaml:80:7
%4618 = lt %4617, %3624 : bool[] @ models/lib/nn.yaml:80:7
%4619 = cast %4617 : f32[] @ models/lib/nn.yaml:80:7
%4620 = broadcast %4619 : f32[192] @ models/lib/nn.yaml:80:7
%4621 = mul %4611, %4620 : f32[192] @ models/lib/nn.yaml:80:7
%4622 = broadcast %4618 : bool[192] @ models/lib/nn.yaml:80:7
%4623 = select %4622, %4621, %4611 : f32[192] @ models/lib/nn.yaml:80:7
%4624 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4625 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4626 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4627 = add %4626, %3634 : i64[] @ models/lib/nn.yaml:80:7
%4628 = mul %4623, %3982 : f32[192] @ models/lib/nn.yaml:80:7
%4629 = mul %4624, %3984 : f32[192] @ models/lib/nn.yaml:80:7
%4630 = add %4629, %4628 : f32[192] @ models/lib/nn.yaml:80:7
%4631 = mul %4623, %4623 : f32[192] @ models/lib/nn.yaml:80:7
%4632 = mul %4631, %3988 : f32[192] @ models/lib/nn.yaml:80:7
%4633 = mul %4625, %3990 : f32[192] @ models/lib/nn.yaml:80:7
%4634 = add %4633, %4632 : f32[192] @ models/lib/nn.yaml:80:7
%4635 = cast %4627 : f64[] @ models/lib/nn.yaml:80:7
%4636 = pow %3643, %4635 : f64[] @ models/lib/nn.yaml:80:7
%4637 = sub %3624, %4636 : f64[] @ models/lib/nn.yaml:80:7
%4638 = div %2143, %4637 : f64[] @ models/lib/nn.yaml:80:7
%4639 = pow %3651, %4635 : f64[] @ models/lib/nn.yaml:80:7
%4640 = sub %3624, %4639 : f64[] @ models/lib/nn.yaml:80:7
%4641 = sqrt %4640 : f64[] @ models/lib/nn.yaml:80:7
%4642 = div %3624, %4641 : f64[] @ models/lib/nn.yaml:80:7
%4643 = sqrt %4634 : f32[192] @ models/lib/nn.yaml:80:7
%4644 = cast %4642 : f32[] @ models/lib/nn.yaml:80:7
%4645 = broadcast %4644 : f32[192] @ models/lib/nn.yaml:80:7
%4646 = mul %4643, %4645 : f32[192] @ models/lib/nn.yaml:80:7
%4647 = add %4646, %4005 : f32[192] @ models/lib/nn.yaml:80:7
%4648 = div %4630, %4647 : f32[192] @ models/lib/nn.yaml:80:7
%4649 = cast %4638 : f32[] @ models/lib/nn.yaml:80:7
%4650 = broadcast %4649 : f32[192] @ models/lib/nn.yaml:80:7
%4651 = mul %4648, %4650 : f32[192] @ models/lib/nn.yaml:80:7
%4652 = sub %25, %4651 : f32[192] @ models/lib/nn.yaml:80:7
%4653 = assign %25, %4652 : f32[192] @ models/lib/nn.yaml:80:7
%4654 = assign %4624, %4630 : f32[192] @ models/lib/nn.yaml:80:7
%4655 = assign %4625, %4634 : f32[192] @ models/lib/nn.yaml:80:7
%4656 = assign %4626, %4627 : i64[] @ models/lib/nn.yaml:80:7
%4657 = mul %87, %4016 : f32[192] @ models/lib/nn.yaml:80:7
%4658 = mul %4652, %4018 : f32[192] @ models/lib/nn.yaml:80:7
%4659 = add %4657, %4658 : f32[192] @ models/lib/nn.yaml:80:7
%4660 = assign %87, %4659 : f32[192] @ models/lib/nn.yaml:80:7
%4661 = all_reduce_sum %3398 : f32[64,64] @ models/lib/nn.yaml:79:7
%4662 = reshape %4661 : f32[4096] @ models/lib/nn.yaml:79:7
%4663 = mul %4662, %4662 : f32[4096] @ models/lib/nn.yaml:79:7
%4664 = reduce_sum %4663 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4665 = sqrt %4664 : f32[] @ models/lib/nn.yaml:79:7
%4666 = cast %4665 : f64[] @ models/lib/nn.yaml:79:7
%4667 = add %4666, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4668 = div %3622, %4667 : f64[] @ models/lib/nn.yaml:79:7
%4669 = lt %4668, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4670 = cast %4668 : f32[] @ models/lib/nn.yaml:79:7
%4671 = broadcast %4670 : f32[64,64] @ models/lib/nn.yaml:79:7
%4672 = mul %4661, %4671 : f32[64,64] @ models/lib/nn.yaml:79:7
%4673 = broadcast %4669 : bool[64,64] @ models/lib/nn.yaml:79:7
%4674 = select %4673, %4672, %4661 : f32[64,64] @ models/lib/nn.yaml:79:7
%4675 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4676 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4677 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4678 = add %4677, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4679 = mul %26, %4040 : f32[64,64] @ models/lib/nn.yaml:79:7
%4680 = mul %4674, %4042 : f32[64,64] @ models/lib/nn.yaml:79:7
%4681 = mul %4675, %4044 : f32[64,64] @ models/lib/nn.yaml:79:7
%4682 = add %4681, %4680 : f32[64,64] @ models/lib/nn.yaml:79:7
%4683 = mul %4674, %4674 : f32[64,64] @ models/lib/nn.yaml:79:7
%4684 = mul %4683, %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%4685 = mul %4676, %4050 : f32[64,64] @ models/lib/nn.yaml:79:7
%4686 = add %4685, %4684 : f32[64,64] @ models/lib/nn.yaml:79:7
%4687 = cast %4678 : f64[] @ models/lib/nn.yaml:79:7
%4688 = pow %3643, %4687 : f64[] @ models/lib/nn.yaml:79:7
%4689 = sub %3624, %4688 : f64[] @ models/lib/nn.yaml:79:7
%4690 = div %2143, %4689 : f64[] @ models/lib/nn.yaml:79:7
%4691 = pow %3651, %4687 : f64[] @ models/lib/nn.yaml:79:7
%4692 = sub %3624, %4691 : f64[] @ models/lib/nn.yaml:79:7
%4693 = sqrt %4692 : f64[] @ models/lib/nn.yaml:79:7
%4694 = div %3624, %4693 : f64[] @ models/lib/nn.yaml:79:7
%4695 = sqrt %4686 : f32[64,64] @ models/lib/nn.yaml:79:7
%4696 = cast %4694 : f32[] @ models/lib/nn.yaml:79:7
%4697 = broadcast %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%4698 = mul %4695, %4697 : f32[64,64] @ models/lib/nn.yaml:79:7
%4699 = add %4698, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%4700 = div %4682, %4699 : f32[64,64] @ models/lib/nn.yaml:79:7
%4701 = cast %4690 : f32[] @ models/lib/nn.yaml:79:7
%4702 = broadcast %4701 : f32[64,64] @ models/lib/nn.yaml:79:7
%4703 = mul %4700, %4702 : f32[64,64] @ models/lib/nn.yaml:79:7
%4704 = sub %4679, %4703 : f32[64,64] @ models/lib/nn.yaml:79:7
%4705 = assign %26, %4704 : f32[64,64] @ models/lib/nn.yaml:79:7
%4706 = assign %4675, %4682 : f32[64,64] @ models/lib/nn.yaml:79:7
%4707 = assign %4676, %4686 : f32[64,64] @ models/lib/nn.yaml:79:7
%4708 = assign %4677, %4678 : i64[] @ models/lib/nn.yaml:79:7
%4709 = mul %88, %4076 : f32[64,64] @ models/lib/nn.yaml:79:7
%4710 = mul %4704, %4078 : f32[64,64] @ models/lib/nn.yaml:79:7
%4711 = add %4709, %4710 : f32[64,64] @ models/lib/nn.yaml:79:7
%4712 = assign %88, %4711 : f32[64,64] @ models/lib/nn.yaml:79:7
%4713 = all_reduce_sum %3393 : f32[64] @ models/lib/nn.yaml:80:7
%4714 = mul %4713, %4713 : f32[64] @ models/lib/nn.yaml:80:7
%4715 = reduce_sum %4714 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4716 = sqrt %4715 : f32[] @ models/lib/nn.yaml:80:7
%4717 = cast %4716 : f64[] @ models/lib/nn.yaml:80:7
%4718 = add %4717, %3620 : f64[] @ models/lib/nn.yaml:80:7
%4719 = div %3622, %4718 : f64[] @ models/lib/nn.yaml:80:7
%4720 = lt %4719, %3624 : bool[] @ models/lib/nn.yaml:80:7
%4721 = cast %4719 : f32[] @ models/lib/nn.yaml:80:7
%4722 = broadcast %4721 : f32[64] @ models/lib/nn.yaml:80:7
%4723 = mul %4713, %4722 : f32[64] @ models/lib/nn.yaml:80:7
%4724 = broadcast %4720 : bool[64] @ models/lib/nn.yaml:80:7
%4725 = select %4724, %4723, %4713 : f32[64] @ models/lib/nn.yaml:80:7
%4726 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4727 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4728 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4729 = add %4728, %3634 : i64[] @ models/lib/nn.yaml:80:7
%4730 = mul %4725, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%4731 = mul %4726, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%4732 = add %4731, %4730 : f32[64] @ models/lib/nn.yaml:80:7
%4733 = mul %4725, %4725 : f32[64] @ models/lib/nn.yaml:80:7
%4734 = mul %4733, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%4735 = mul %4727, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%4736 = add %4735, %4734 : f32[64] @ models/lib/nn.yaml:80:7
%4737 = cast %4729 : f64[] @ models/lib/nn.yaml:80:7
%4738 = pow %3643, %4737 : f64[] @ models/lib/nn.yaml:80:7
%4739 = sub %3624, %4738 : f64[] @ models/lib/nn.yaml:80:7
%4740 = div %2143, %4739 : f64[] @ models/lib/nn.yaml:80:7
%4741 = pow %3651, %4737 : f64[] @ models/lib/nn.yaml:80:7
%4742 = sub %3624, %4741 : f64[] @ models/lib/nn.yaml:80:7
%4743 = sqrt %4742 : f64[] @ models/lib/nn.yaml:80:7
%4744 = div %3624, %4743 : f64[] @ models/lib/nn.yaml:80:7
%4745 = sqrt %4736 : f32[64] @ models/lib/nn.yaml:80:7
%4746 = cast %4744 : f32[] @ models/lib/nn.yaml:80:7
%4747 = broadcast %4746 : f32[64] @ models/lib/nn.yaml:80:7
%4748 = mul %4745, %4747 : f32[64] @ models/lib/nn.yaml:80:7
%4749 = add %4748, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%4750 = div %4732, %4749 : f32[64] @ models/lib/nn.yaml:80:7
%4751 = cast %4740 : f32[] @ models/lib/nn.yaml:80:7
%4752 = broadcast %4751 : f32[64] @ models/lib/nn.yaml:80:7
%4753 = mul %4750, %4752 : f32[64] @ models/lib/nn.yaml:80:7
%4754 = sub %27, %4753 : f32[64] @ models/lib/nn.yaml:80:7
%4755 = assign %27, %4754 : f32[64] @ models/lib/nn.yaml:80:7
%4756 = assign %4726, %4732 : f32[64] @ models/lib/nn.yaml:80:7
%4757 = assign %4727, %4736 : f32[64] @ models/lib/nn.yaml:80:7
%4758 = assign %4728, %4729 : i64[] @ models/lib/nn.yaml:80:7
%4759 = mul %89, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%4760 = mul %4754, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%4761 = add %4759, %4760 : f32[64] @ models/lib/nn.yaml:80:7
%4762 = assign %89, %4761 : f32[64] @ models/lib/nn.yaml:80:7
%4763 = all_reduce_sum %3365 : f32[64] @ models/lib/nn.yaml:89:7
%4764 = mul %4763, %4763 : f32[64] @ models/lib/nn.yaml:89:7
%4765 = reduce_sum %4764 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4766 = sqrt %4765 : f32[] @ models/lib/nn.yaml:89:7
%4767 = cast %4766 : f64[] @ models/lib/nn.yaml:89:7
%4768 = add %4767, %3620 : f64[] @ models/lib/nn.yaml:89:7
%4769 = div %3622, %4768 : f64[] @ models/lib/nn.yaml:89:7
%4770 = lt %4769, %3624 : bool[] @ models/lib/nn.yaml:89:7
%4771 = cast %4769 : f32[] @ models/lib/nn.yaml:89:7
%4772 = broadcast %4771 : f32[64] @ models/lib/nn.yaml:89:7
%4773 = mul %4763, %4772 : f32[64] @ models/lib/nn.yaml:89:7
%4774 = broadcast %4770 : bool[64] @ models/lib/nn.yaml:89:7
%4775 = select %4774, %4773, %4763 : f32[64] @ models/lib/nn.yaml:89:7
%4776 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4777 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4778 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4779 = add %4778, %3634 : i64[] @ models/lib/nn.yaml:89:7
%4780 = mul %4775, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%4781 = mul %4776, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%4782 = add %4781, %4780 : f32[64] @ models/lib/nn.yaml:89:7
%4783 = mul %4775, %4775 : f32[64] @ models/lib/nn.yaml:89:7
%4784 = mul %4783, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%4785 = mul %4777, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%4786 = add %4785, %4784 : f32[64] @ models/lib/nn.yaml:89:7
%4787 = cast %4779 : f64[] @ models/lib/nn.yaml:89:7
%4788 = pow %3643, %4787 : f64[] @ models/lib/nn.yaml:89:7
%4789 = sub %3624, %4788 : f64[] @ models/lib/nn.yaml:89:7
%4790 = div %2143, %4789 : f64[] @ models/lib/nn.yaml:89:7
%4791 = pow %3651, %4787 : f64[] @ models/lib/nn.yaml:89:7
%4792 = sub %3624, %4791 : f64[] @ models/lib/nn.yaml:89:7
%4793 = sqrt %4792 : f64[] @ models/lib/nn.yaml:89:7
%4794 = div %3624, %4793 : f64[] @ models/lib/nn.yaml:89:7
%4795 = sqrt %4786 : f32[64] @ models/lib/nn.yaml:89:7
%4796 = cast %4794 : f32[] @ models/lib/nn.yaml:89:7
%4797 = broadcast %4796 : f32[64] @ models/lib/nn.yaml:89:7
%4798 = mul %4795, %4797 : f32[64] @ models/lib/nn.yaml:89:7
%4799 = add %4798, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%4800 = div %4782, %4799 : f32[64] @ models/lib/nn.yaml:89:7
%4801 = cast %4790 : f32[] @ models/lib/nn.yaml:89:7
%4802 = broadcast %4801 : f32[64] @ models/lib/nn.yaml:89:7
%4803 = mul %4800, %4802 : f32[64] @ models/lib/nn.yaml:89:7
%4804 = sub %28, %4803 : f32[64] @ models/lib/nn.yaml:89:7
%4805 = assign %28, %4804 : f32[64] @ models/lib/nn.yaml:89:7
%4806 = assign %4776, %4782 : f32[64] @ models/lib/nn.yaml:89:7
%4807 = assign %4777, %4786 : f32[64] @ models/lib/nn.yaml:89:7
%4808 = assign %4778, %4779 : i64[] @ models/lib/nn.yaml:89:7
%4809 = mul %90, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%4810 = mul %4804, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%4811 = add %4809, %4810 : f32[64] @ models/lib/nn.yaml:89:7
%4812 = assign %90, %4811 : f32[64] @ models/lib/nn.yaml:89:7
%4813 = all_reduce_sum %3359 : f32[64] @ models/lib/nn.yaml:90:7
%4814 = mul %4813, %4813 : f32[64] @ models/lib/nn.yaml:90:7
%4815 = reduce_sum %4814 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4816 = sqrt %4815 : f32[] @ models/lib/nn.yaml:90:7
%4817 = cast %4816 : f64[] @ models/lib/nn.yaml:90:7
%4818 = add %4817, %3620 : f64[] @ models/lib/nn.yaml:90:7
%4819 = div %3622, %4818 : f64[] @ models/lib/nn.yaml:90:7
%4820 = lt %4819, %3624 : bool[] @ models/lib/nn.yaml:90:7
%4821 = cast %4819 : f32[] @ models/lib/nn.yaml:90:7
%4822 = broadcast %4821 : f32[64] @ models/lib/nn.yaml:90:7
%4823 = mul %4813, %4822 : f32[64] @ models/lib/nn.yaml:90:7
%4824 = broadcast %4820 : bool[64] @ models/lib/nn.yaml:90:7
%4825 = select %4824, %4823, %4813 : f32[64] @ models/lib/nn.yaml:90:7
%4826 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4827 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4828 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4829 = add %4828, %3634 : i64[] @ models/lib/nn.yaml:90:7
%4830 = mul %4825, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%4831 = mul %4826, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%4832 = add %4831, %4830 : f32[64] @ models/lib/nn.yaml:90:7
%4833 = mul %4825, %4825 : f32[64] @ models/lib/nn.yaml:90:7
%4834 = mul %4833, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%4835 = mul %4827, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%4836 = add %4835, %4834 : f32[64] @ models/lib/nn.yaml:90:7
%4837 = cast %4829 : f64[] @ models/lib/nn.yaml:90:7
%4838 = pow %3643, %4837 : f64[] @ models/lib/nn.yaml:90:7
%4839 = sub %3624, %4838 : f64[] @ models/lib/nn.yaml:90:7
%4840 = div %2143, %4839 : f64[] @ models/lib/nn.yaml:90:7
%4841 = pow %3651, %4837 : f64[] @ models/lib/nn.yaml:90:7
%4842 = sub %3624, %4841 : f64[] @ models/lib/nn.yaml:90:7
%4843 = sqrt %4842 : f64[] @ models/lib/nn.yaml:90:7
%4844 = div %3624, %4843 : f64[] @ models/lib/nn.yaml:90:7
%4845 = sqrt %4836 : f32[64] @ models/lib/nn.yaml:90:7
%4846 = cast %4844 : f32[] @ models/lib/nn.yaml:90:7
%4847 = broadcast %4846 : f32[64] @ models/lib/nn.yaml:90:7
%4848 = mul %4845, %4847 : f32[64] @ models/lib/nn.yaml:90:7
%4849 = add %4848, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%4850 = div %4832, %4849 : f32[64] @ models/lib/nn.yaml:90:7
%4851 = cast %4840 : f32[] @ models/lib/nn.yaml:90:7
%4852 = broadcast %4851 : f32[64] @ models/lib/nn.yaml:90:7
%4853 = mul %4850, %4852 : f32[64] @ models/lib/nn.yaml:90:7
%4854 = sub %29, %4853 : f32[64] @ models/lib/nn.yaml:90:7
%4855 = assign %29, %4854 : f32[64] @ models/lib/nn.yaml:90:7
%4856 = assign %4826, %4832 : f32[64] @ models/lib/nn.yaml:90:7
%4857 = assign %4827, %4836 : f32[64] @ models/lib/nn.yaml:90:7
%4858 = assign %4828, %4829 : i64[] @ models/lib/nn.yaml:90:7
%4859 = mul %91, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%4860 = mul %4854, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%4861 = add %4859, %4860 : f32[64] @ models/lib/nn.yaml:90:7
%4862 = assign %91, %4861 : f32[64] @ models/lib/nn.yaml:90:7
%4863 = all_reduce_sum %3354 : f32[256,64] @ models/lib/nn.yaml:79:7
%4864 = reshape %4863 : f32[16384] @ models/lib/nn.yaml:79:7
%4865 = mul %4864, %4864 : f32[16384] @ models/lib/nn.yaml:79:7
%4866 = reduce_sum %4865 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4867 = sqrt %4866 : f32[] @ models/lib/nn.yaml:79:7
%4868 = cast %4867 : f64[] @ models/lib/nn.yaml:79:7
%4869 = add %4868, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4870 = div %3622, %4869 : f64[] @ models/lib/nn.yaml:79:7
%4871 = lt %4870, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4872 = cast %4870 : f32[] @ models/lib/nn.yaml:79:7
%4873 = broadcast %4872 : f32[256,64] @ models/lib/nn.yaml:79:7
%4874 = mul %4863, %4873 : f32[256,64] @ models/lib/nn.yaml:79:7
%4875 = broadcast %4871 : bool[256,64] @ models/lib/nn.yaml:79:7
%4876 = select %4875, %4874, %4863 : f32[256,64] @ models/lib/nn.yaml:79:7
%4877 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4878 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4879 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4880 = add %4879, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4881 = mul %30, %4250 : f32[256,64] @ models/lib/nn.yaml:79:7
%4882 = mul %4876, %4252 : f32[256,64] @ models/lib/nn.yaml:79:7
%4883 = mul %4877, %4254 : f32[256,64] @ models/lib/nn.yaml:79:7
%4884 = add %4883, %4882 : f32[256,64] @ models/lib/nn.yaml:79:7
%4885 = mul %4876, %4876 : f32[256,64] @ models/lib/nn.yaml:79:7
%4886 = mul %4885, %4258 : f32[256,64] @ models/lib/nn.yaml:79:7
%4887 = mul %4878, %4260 : f32[256,64] @ models/lib/nn.yaml:79:7
%4888 = add %4887, %4886 : f32[256,64] @ models/lib/nn.yaml:79:7
%4889 = cast %4880 : f64[] @ models/lib/nn.yaml:79:7
%4890 = pow %3643, %4889 : f64[] @ models/lib/nn.yaml:79:7
%4891 = sub %3624, %4890 : f64[] @ models/lib/nn.yaml:79:7
%4892 = div %2143, %4891 : f64[] @ models/lib/nn.yaml:79:7
%4893 = pow %3651, %4889 : f64[] @ models/lib/nn.yaml:79:7
%4894 = sub %3624, %4893 : f64[] @ models/lib/nn.yaml:79:7
%4895 = sqrt %4894 : f64[] @ models/lib/nn.yaml:79:7
%4896 = div %3624, %4895 : f64[] @ models/lib/nn.yaml:79:7
%4897 = sqrt %4888 : f32[256,64] @ models/lib/nn.yaml:79:7
%4898 = cast %4896 : f32[] @ models/lib/nn.yaml:79:7
%4899 = broadcast %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%4900 = mul %4897, %4899 : f32[256,64] @ models/lib/nn.yaml:79:7
%4901 = add %4900, %4275 : f32[256,64] @ models/lib/nn.yaml:79:7
%4902 = div %4884, %4901 : f32[256,64] @ models/lib/nn.yaml:79:7
%4903 = cast %4892 : f32[] @ models/lib/nn.yaml:79:7
%4904 = broadcast %4903 : f32[256,64] @ models/lib/nn.yaml:79:7
%4905 = mul %4902, %4904 : f32[256,64] @ models/lib/nn.yaml:79:7
%4906 = sub %4881, %4905 : f32[256,64] @ models/lib/nn.yaml:79:7
%4907 = assign %30, %4906 : f32[256,64] @ models/lib/nn.yaml:79:7
%4908 = assign %4877, %4884 : f32[256,64] @ models/lib/nn.yaml:79:7
%4909 = assign %4878, %4888 : f32[256,64] @ models/lib/nn.yaml:79:7
%4910 = assign %4879, %4880 : i64[] @ models/lib/nn.yaml:79:7
%4911 = mul %92, %4286 : f32[256,64] @ models/lib/nn.yaml:79:7
%4912 = mul %4906, %4288 : f32[256,64] @ models/lib/nn.yaml:79:7
%4913 = add %4911, %4912 : f32[256,64] @ models/lib/nn.yaml:79:7
%4914 = assign %92, %4913 : f32[256,64] @ models/lib/nn.yaml:79:7
%4915 = all_reduce_sum %3349 : f32[256] @ models/lib/nn.yaml:80:7
%4916 = mul %4915, %4915 : f32[256] @ models/lib/nn.yaml:80:7
%4917 = reduce_sum %4916 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4918 = sqrt %4917 : f32[] @ models/lib/nn.yaml:80:7
%4919 = cast %4918 : f64[] @ models/lib/nn.yaml:80:7
%4920 = add %4919, %3620 : f64[] @ models/lib/nn.yaml:80:7
%4921 = div %3622, %4920 : f64[] @ models/lib/nn.yaml:80:7
%4922 = lt %4921, %3624 : bool[] @ models/lib/nn.yaml:80:7
%4923 = cast %4921 : f32[] @ models/lib/nn.yaml:80:7
%4924 = broadcast %4923 : f32[256] @ models/lib/nn.yaml:80:7
%4925 = mul %4915, %4924 : f32[256] @ models/lib/nn.yaml:80:7
%4926 = broadcast %4922 : bool[256] @ models/lib/nn.yaml:80:7
%4927 = select %4926, %4925, %4915 : f32[256] @ models/lib/nn.yaml:80:7
%4928 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4929 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4930 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4931 = add %4930, %3634 : i64[] @ models/lib/nn.yaml:80:7
%4932 = mul %4927, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%4933 = mul %4928, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%4934 = add %4933, %4932 : f32[256] @ models/lib/nn.yaml:80:7
%4935 = mul %4927, %4927 : f32[256] @ models/lib/nn.yaml:80:7
%4936 = mul %4935, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%4937 = mul %4929, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%4938 = add %4937, %4936 : f32[256] @ models/lib/nn.yaml:80:7
%4939 = cast %4931 : f64[] @ models/lib/nn.yaml:80:7
%4940 = pow %3643, %4939 : f64[] @ models/lib/nn.yaml:80:7
%4941 = sub %3624, %4940 : f64[] @ models/lib/nn.yaml:80:7
%4942 = div %2143, %4941 : f64[] @ models/lib/nn.yaml:80:7
%4943 = pow %3651, %4939 : f64[] @ models/lib/nn.yaml:80:7
%4944 = sub %3624, %4943 : f64[] @ models/lib/nn.yaml:80:7
%4945 = sqrt %4944 : f64[] @ models/lib/nn.yaml:80:7
%4946 = div %3624, %4945 : f64[] @ models/lib/nn.yaml:80:7
%4947 = sqrt %4938 : f32[256] @ models/lib/nn.yaml:80:7
%4948 = cast %4946 : f32[] @ models/lib/nn.yaml:80:7
%4949 = broadcast %4948 : f32[256] @ models/lib/nn.yaml:80:7
%4950 = mul %4947, %4949 : f32[256] @ models/lib/nn.yaml:80:7
%4951 = add %4950, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%4952 = div %4934, %4951 : f32[256] @ models/lib/nn.yaml:80:7
%4953 = cast %4942 : f32[] @ models/lib/nn.yaml:80:7
%4954 = broadcast %4953 : f32[256] @ models/lib/nn.yaml:80:7
%4955 = mul %4952, %4954 : f32[256] @ models/lib/nn.yaml:80:7
%4956 = sub %31, %4955 : f32[256] @ models/lib/nn.yaml:80:7
%4957 = assign %31, %4956 : f32[256] @ models/lib/nn.yaml:80:7
%4958 = assign %4928, %4934 : f32[256] @ models/lib/nn.yaml:80:7
%4959 = assign %4929, %4938 : f32[256] @ models/lib/nn.yaml:80:7
%4960 = assign %4930, %4931 : i64[] @ models/lib/nn.yaml:80:7
%4961 = mul %93, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%4962 = mul %4956, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%4963 = add %4961, %4962 : f32[256] @ models/lib/nn.yaml:80:7
%4964 = assign %93, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%4965 = all_reduce_sum %3326 : f32[64,256] @ models/lib/nn.yaml:79:7
%4966 = reshape %4965 : f32[16384] @ models/lib/nn.yaml:79:7
%4967 = mul %4966, %4966 : f32[16384] @ models/lib/nn.yaml:79:7
%4968 = reduce_sum %4967 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4969 = sqrt %4968 : f32[] @ models/lib/nn.yaml:79:7
%4970 = cast %4969 : f64[] @ models/lib/nn.yaml:79:7
%4971 = add %4970, %3620 : f64[] @ models/lib/nn.yaml:79:7
%4972 = div %3622, %4971 : f64[] @ models/lib/nn.yaml:79:7
%4973 = lt %4972, %3624 : bool[] @ models/lib/nn.yaml:79:7
%4974 = cast %4972 : f32[] @ models/lib/nn.yaml:79:7
%4975 = broadcast %4974 : f32[64,256] @ models/lib/nn.yaml:79:7
%4976 = mul %4965, %4975 : f32[64,256] @ models/lib/nn.yaml:79:7
%4977 = broadcast %4973 : bool[64,256] @ models/lib/nn.yaml:79:7
%4978 = select %4977, %4976, %4965 : f32[64,256] @ models/lib/nn.yaml:79:7
%4979 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4980 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4981 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4982 = add %4981, %3634 : i64[] @ models/lib/nn.yaml:79:7
%4983 = mul %32, %4367 : f32[64,256] @ models/lib/nn.yaml:79:7
%4984 = mul %4978, %4369 : f32[64,256] @ models/lib/nn.yaml:79:7
%4985 = mul %4979, %4371 : f32[64,256] @ models/lib/nn.yaml:79:7
%4986 = add %4985, %4984 : f32[64,256] @ models/lib/nn.yaml:79:7
%4987 = mul %4978, %4978 : f32[64,256] @ models/lib/nn.yaml:79:7
%4988 = mul %4987, %4375 : f32[64,256] @ models/lib/nn.yaml:79:7
%4989 = mul %4980, %4377 : f32[64,256] @ models/lib/nn.yaml:79:7
%4990 = add %4989, %4988 : f32[64,256] @ models/lib/nn.yaml:79:7
%4991 = cast %4982 : f64[] @ models/lib/nn.yaml:79:7
%4992 = pow %3643, %4991 : f64[] @ models/lib/nn.yaml:79:7
%4993 = sub %3624, %4992 : f64[] @ models/lib/nn.yaml:79:7
%4994 = div %2143, %4993 : f64[] @ models/lib/nn.yaml:79:7
%4995 = pow %3651, %4991 : f64[] @ models/lib/nn.yaml:79:7
%4996 = sub %3624, %4995 : f64[] @ models/lib/nn.yaml:79:7
%4997 = sqrt %4996 : f64[] @ models/lib/nn.yaml:79:7
%4998 = div %3624, %4997 : f64[] @ models/lib/nn.yaml:79:7
%4999 = sqrt %4990 : f32[64,256] @ models/lib/nn.yaml:79:7
%5000 = cast %4998 : f32[] @ models/lib/nn.yaml:79:7
%5001 = broadcast %5000 : f32[64,256] @ models/lib/nn.yaml:79:7
%5002 = mul %4999, %5001 : f32[64,256] @ models/lib/nn.yaml:79:7
%5003 = add %5002, %4392 : f32[64,256] @ models/lib/nn.yaml:79:7
%5004 = div %4986, %5003 : f32[64,256] @ models/lib/nn.yaml:79:7
%5005 = cast %4994 : f32[] @ models/lib/nn.yaml:79:7
%5006 = broadcast %5005 : f32[64,256] @ models/lib/nn.yaml:79:7
%5007 = mul %5004, %5006 : f32[64,256] @ models/lib/nn.yaml:79:7
%5008 = sub %4983, %5007 : f32[64,256] @ models/lib/nn.yaml:79:7
%5009 = assign %32, %5008 : f32[64,256] @ models/lib/nn.yaml:79:7
%5010 = assign %4979, %4986 : f32[64,256] @ models/lib/nn.yaml:79:7
%5011 = assign %4980, %4990 : f32[64,256] @ models/lib/nn.yaml:79:7
%5012 = assign %4981, %4982 : i64[] @ models/lib/nn.yaml:79:7
%5013 = mul %94, %4403 : f32[64,256] @ models/lib/nn.yaml:79:7
%5014 = mul %5008, %4405 : f32[64,256] @ models/lib/nn.yaml:79:7
%5015 = add %5013, %5014 : f32[64,256] @ models/lib/nn.yaml:79:7
%5016 = assign %94, %5015 : f32[64,256] @ models/lib/nn.yaml:79:7
%5017 = all_reduce_sum %3321 : f32[64] @ models/lib/nn.yaml:80:7
%5018 = mul %5017, %5017 : f32[64] @ models/lib/nn.yaml:80:7
%5019 = reduce_sum %5018 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5020 = sqrt %5019 : f32[] @ models/lib/nn.yaml:80:7
%5021 = cast %5020 : f64[] @ models/lib/nn.yaml:80:7
%5022 = add %5021, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5023 = div %3622, %5022 : f64[] @ models/lib/nn.yaml:80:7
%5024 = lt %5023, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5025 = cast %5023 : f32[] @ models/lib/nn.yaml:80:7
%5026 = broadcast %5025 : f32[64] @ models/lib/nn.yaml:80:7
%5027 = mul %5017, %5026 : f32[64] @ models/lib/nn.yaml:80:7
%5028 = broadcast %5024 : bool[64] @ models/lib/nn.yaml:80:7
%5029 = select %5028, %5027, %5017 : f32[64] @ models/lib/nn.yaml:80:7
%5030 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5031 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5032 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5033 = add %5032, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5034 = mul %5029, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%5035 = mul %5030, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%5036 = add %5035, %5034 : f32[64] @ models/lib/nn.yaml:80:7
%5037 = mul %5029, %5029 : f32[64] @ models/lib/nn.yaml:80:7
%5038 = mul %5037, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%5039 = mul %5031, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%5040 = add %5039, %5038 : f32[64] @ models/lib/nn.yaml:80:7
%5041 = cast %5033 : f64[] @ models/lib/nn.yaml:80:7
%5042 = pow %3643, %5041 : f64[] @ models/lib/nn.yaml:80:7
%5043 = sub %3624, %5042 : f64[] @ models/lib/nn.yaml:80:7
%5044 = div %2143, %5043 : f64[] @ models/lib/nn.yaml:80:7
%5045 = pow %3651, %5041 : f64[] @ models/lib/nn.yaml:80:7
%5046 = sub %3624, %5045 : f64[] @ models/lib/nn.yaml:80:7
%5047 = sqrt %5046 : f64[] @ models/lib/nn.yaml:80:7
%5048 = div %3624, %5047 : f64[] @ models/lib/nn.yaml:80:7
%5049 = sqrt %5040 : f32[64] @ models/lib/nn.yaml:80:7
%5050 = cast %5048 : f32[] @ models/lib/nn.yaml:80:7
%5051 = broadcast %5050 : f32[64] @ models/lib/nn.yaml:80:7
%5052 = mul %5049, %5051 : f32[64] @ models/lib/nn.yaml:80:7
%5053 = add %5052, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%5054 = div %5036, %5053 : f32[64] @ models/lib/nn.yaml:80:7
%5055 = cast %5044 : f32[] @ models/lib/nn.yaml:80:7
%5056 = broadcast %5055 : f32[64] @ models/lib/nn.yaml:80:7
%5057 = mul %5054, %5056 : f32[64] @ models/lib/nn.yaml:80:7
%5058 = sub %33, %5057 : f32[64] @ models/lib/nn.yaml:80:7
%5059 = assign %33, %5058 : f32[64] @ models/lib/nn.yaml:80:7
%5060 = assign %5030, %5036 : f32[64] @ models/lib/nn.yaml:80:7
%5061 = assign %5031, %5040 : f32[64] @ models/lib/nn.yaml:80:7
%5062 = assign %5032, %5033 : i64[] @ models/lib/nn.yaml:80:7
%5063 = mul %95, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%5064 = mul %5058, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5065 = add %5063, %5064 : f32[64] @ models/lib/nn.yaml:80:7
%5066 = assign %95, %5065 : f32[64] @ models/lib/nn.yaml:80:7
%5067 = all_reduce_sum %3314 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5068 = reshape %5067 : f32[64] @ models/lib/vit.yaml:103:7
%5069 = mul %5068, %5068 : f32[64] @ models/lib/vit.yaml:103:7
%5070 = reduce_sum %5069 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5071 = sqrt %5070 : f32[] @ models/lib/vit.yaml:103:7
%5072 = cast %5071 : f64[] @ models/lib/vit.yaml:103:7
%5073 = add %5072, %3620 : f64[] @ models/lib/vit.yaml:103:7
%5074 = div %3622, %5073 : f64[] @ models/lib/vit.yaml:103:7
%5075 = lt %5074, %3624 : bool[] @ models/lib/vit.yaml:103:7
%5076 = cast %5074 : f32[] @ models/lib/vit.yaml:103:7
%5077 = broadcast %5076 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5078 = mul %5067, %5077 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5079 = broadcast %5075 : bool[1,1,64] @ models/lib/vit.yaml:103:7
%5080 = select %5079, %5078, %5067 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5081 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5082 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5083 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5084 = add %5083, %3634 : i64[] @ models/lib/vit.yaml:103:7
%5085 = broadcast %3638 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5086 = mul %34, %5085 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5087 = broadcast %1868 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5088 = mul %5080, %5087 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5089 = broadcast %1272 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5090 = mul %5081, %5089 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5091 = add %5090, %5088 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5092 = mul %5080, %5080 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5093 = broadcast %3648 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5094 = mul %5092, %5093 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5095 = broadcast %3652 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5096 = mul %5082, %5095 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5097 = add %5096, %5094 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5098 = cast %5084 : f64[] @ models/lib/vit.yaml:103:7
%5099 = pow %3643, %5098 : f64[] @ models/lib/vit.yaml:103:7
%5100 = sub %3624, %5099 : f64[] @ models/lib/vit.yaml:103:7
%5101 = div %2143, %5100 : f64[] @ models/lib/vit.yaml:103:7
%5102 = pow %3651, %5098 : f64[] @ models/lib/vit.yaml:103:7
%5103 = sub %3624, %5102 : f64[] @ models/lib/vit.yaml:103:7
%5104 = sqrt %5103 : f64[] @ models/lib/vit.yaml:103:7
%5105 = div %3624, %5104 : f64[] @ models/lib/vit.yaml:103:7
%5106 = sqrt %5097 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5107 = cast %5105 : f32[] @ models/lib/vit.yaml:103:7
%5108 = broadcast %5107 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5109 = mul %5106, %5108 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5110 = broadcast %3668 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5111 = add %5109, %5110 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5112 = div %5091, %5111 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5113 = cast %5101 : f32[] @ models/lib/vit.yaml:103:7
%5114 = broadcast %5113 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5115 = mul %5112, %5114 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5116 = sub %5086, %5115 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5117 = assign %34, %5116 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5118 = assign %5081, %5091 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5119 = assign %5082, %5097 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5120 = assign %5083, %5084 : i64[] @ models/lib/vit.yaml:103:7
%5121 = broadcast %3 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5122 = mul %96, %5121 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5123 = broadcast %3683 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5124 = mul %5116, %5123 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5125 = add %5122, %5124 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5126 = assign %96, %5125 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5127 = all_reduce_sum %3289 : f32[64] @ models/lib/nn.yaml:89:7
%5128 = mul %5127, %5127 : f32[64] @ models/lib/nn.yaml:89:7
%5129 = reduce_sum %5128 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5130 = sqrt %5129 : f32[] @ models/lib/nn.yaml:89:7
%5131 = cast %5130 : f64[] @ models/lib/nn.yaml:89:7
%5132 = add %5131, %3620 : f64[] @ models/lib/nn.yaml:89:7
%5133 = div %3622, %5132 : f64[] @ models/lib/nn.yaml:89:7
%5134 = lt %5133, %3624 : bool[] @ models/lib/nn.yaml:89:7
%5135 = cast %5133 : f32[] @ models/lib/nn.yaml:89:7
%5136 = broadcast %5135 : f32[64] @ models/lib/nn.yaml:89:7
%5137 = mul %5127, %5136 : f32[64] @ models/lib/nn.yaml:89:7
%5138 = broadcast %5134 : bool[64] @ models/lib/nn.yaml:89:7
%5139 = select %5138, %5137, %5127 : f32[64] @ models/lib/nn.yaml:89:7
%5140 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5141 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5142 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5143 = add %5142, %3634 : i64[] @ models/lib/nn.yaml:89:7
%5144 = mul %5139, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%5145 = mul %5140, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%5146 = add %5145, %5144 : f32[64] @ models/lib/nn.yaml:89:7
%5147 = mul %5139, %5139 : f32[64] @ models/lib/nn.yaml:89:7
%5148 = mul %5147, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%5149 = mul %5141, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%5150 = add %5149, %5148 : f32[64] @ models/lib/nn.yaml:89:7
%5151 = cast %5143 : f64[] @ models/lib/nn.yaml:89:7
%5152 = pow %3643, %5151 : f64[] @ models/lib/nn.yaml:89:7
%5153 = sub %3624, %5152 : f64[] @ models/lib/nn.yaml:89:7
%5154 = div %2143, %5153 : f64[] @ models/lib/nn.yaml:89:7
%5155 = pow %3651, %5151 : f64[] @ models/lib/nn.yaml:89:7
%5156 = sub %3624, %5155 : f64[] @ models/lib/nn.yaml:89:7
%5157 = sqrt %5156 : f64[] @ models/lib/nn.yaml:89:7
%5158 = div %3624, %5157 : f64[] @ models/lib/nn.yaml:89:7
%5159 = sqrt %5150 : f32[64] @ models/lib/nn.yaml:89:7
%5160 = cast %5158 : f32[] @ models/lib/nn.yaml:89:7
%5161 = broadcast %5160 : f32[64] @ models/lib/nn.yaml:89:7
%5162 = mul %5159, %5161 : f32[64] @ models/lib/nn.yaml:89:7
%5163 = add %5162, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%5164 = div %5146, %5163 : f32[64] @ models/lib/nn.yaml:89:7
%5165 = cast %5154 : f32[] @ models/lib/nn.yaml:89:7
%5166 = broadcast %5165 : f32[64] @ models/lib/nn.yaml:89:7
%5167 = mul %5164, %5166 : f32[64] @ models/lib/nn.yaml:89:7
%5168 = sub %35, %5167 : f32[64] @ models/lib/nn.yaml:89:7
%5169 = assign %35, %5168 : f32[64] @ models/lib/nn.yaml:89:7
%5170 = assign %5140, %5146 : f32[64] @ models/lib/nn.yaml:89:7
%5171 = assign %5141, %5150 : f32[64] @ models/lib/nn.yaml:89:7
%5172 = assign %5142, %5143 : i64[] @ models/lib/nn.yaml:89:7
%5173 = mul %97, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%5174 = mul %5168, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%5175 = add %5173, %5174 : f32[64] @ models/lib/nn.yaml:89:7
%5176 = assign %97, %5175 : f32[64] @ models/lib/nn.yaml:89:7
%5177 = all_reduce_sum %3283 : f32[64] @ models/lib/nn.yaml:90:7
%5178 = mul %5177, %5177 : f32[64] @ models/lib/nn.yaml:90:7
%5179 = reduce_sum %5178 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5180 = sqrt %5179 : f32[] @ models/lib/nn.yaml:90:7
%5181 = cast %5180 : f64[] @ models/lib/nn.yaml:90:7
%5182 = add %5181, %3620 : f64[] @ models/lib/nn.yaml:90:7
%5183 = div %3622, %5182 : f64[] @ models/lib/nn.yaml:90:7
%5184 = lt %5183, %3624 : bool[] @ models/lib/nn.yaml:90:7
%5185 = cast %5183 : f32[] @ models/lib/nn.yaml:90:7
%5186 = broadcast %5185 : f32[64] @ models/lib/nn.yaml:90:7
%5187 = mul %5177, %5186 : f32[64] @ models/lib/nn.yaml:90:7
%5188 = broadcast %5184 : bool[64] @ models/lib/nn.yaml:90:7
%5189 = select %5188, %5187, %5177 : f32[64] @ models/lib/nn.yaml:90:7
%5190 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5191 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5192 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5193 = add %5192, %3634 : i64[] @ models/lib/nn.yaml:90:7
%5194 = mul %5189, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%5195 = mul %5190, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%5196 = add %5195, %5194 : f32[64] @ models/lib/nn.yaml:90:7
%5197 = mul %5189, %5189 : f32[64] @ models/lib/nn.yaml:90:7
%5198 = mul %5197, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%5199 = mul %5191, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%5200 = add %5199, %5198 : f32[64] @ models/lib/nn.yaml:90:7
%5201 = cast %5193 : f64[] @ models/lib/nn.yaml:90:7
%5202 = pow %3643, %5201 : f64[] @ models/lib/nn.yaml:90:7
%5203 = sub %3624, %5202 : f64[] @ models/lib/nn.yaml:90:7
%5204 = div %2143, %5203 : f64[] @ models/lib/nn.yaml:90:7
%5205 = pow %3651, %5201 : f64[] @ models/lib/nn.yaml:90:7
%5206 = sub %3624, %5205 : f64[] @ models/lib/nn.yaml:90:7
%5207 = sqrt %5206 : f64[] @ models/lib/nn.yaml:90:7
%5208 = div %3624, %5207 : f64[] @ models/lib/nn.yaml:90:7
%5209 = sqrt %5200 : f32[64] @ models/lib/nn.yaml:90:7
%5210 = cast %5208 : f32[] @ models/lib/nn.yaml:90:7
%5211 = broadcast %5210 : f32[64] @ models/lib/nn.yaml:90:7
%5212 = mul %5209, %5211 : f32[64] @ models/lib/nn.yaml:90:7
%5213 = add %5212, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%5214 = div %5196, %5213 : f32[64] @ models/lib/nn.yaml:90:7
%5215 = cast %5204 : f32[] @ models/lib/nn.yaml:90:7
%5216 = broadcast %5215 : f32[64] @ models/lib/nn.yaml:90:7
%5217 = mul %5214, %5216 : f32[64] @ models/lib/nn.yaml:90:7
%5218 = sub %36, %5217 : f32[64] @ models/lib/nn.yaml:90:7
%5219 = assign %36, %5218 : f32[64] @ models/lib/nn.yaml:90:7
%5220 = assign %5190, %5196 : f32[64] @ models/lib/nn.yaml:90:7
%5221 = assign %5191, %5200 : f32[64] @ models/lib/nn.yaml:90:7
%5222 = assign %5192, %5193 : i64[] @ models/lib/nn.yaml:90:7
%5223 = mul %98, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%5224 = mul %5218, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%5225 = add %5223, %5224 : f32[64] @ models/lib/nn.yaml:90:7
%5226 = assign %98, %5225 : f32[64] @ models/lib/nn.yaml:90:7
%5227 = all_reduce_sum %3276 : f32[64,64] @ models/lib/nn.yaml:79:7
%5228 = reshape %5227 : f32[4096] @ models/lib/nn.yaml:79:7
%5229 = mul %5228, %5228 : f32[4096] @ models/lib/nn.yaml:79:7
%5230 = reduce_sum %5229 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5231 = sqrt %5230 : f32[] @ models/lib/nn.yaml:79:7
%5232 = cast %5231 : f64[] @ models/lib/nn.yaml:79:7
%5233 = add %5232, %3620 : f64[] @ models/lib/nn.yaml:79:7
%5234 = div %3622, %5233 : f64[] @ models/lib/nn.yaml:79:7
%5235 = lt %5234, %3624 : bool[] @ models/lib/nn.yaml:79:7
%5236 = cast %5234 : f32[] @ models/lib/nn.yaml:79:7
%5237 = broadcast %5236 : f32[64,64] @ models/lib/nn.yaml:79:7
%5238 = mul %5227, %5237 : f32[64,64] @ models/lib/nn.yaml:79:7
%5239 = broadcast %5235 : bool[64,64] @ models/lib/nn.yaml:79:7
%5240 = select %5239, %5238, %5227 : f32[64,64] @ models/lib/nn.yaml:79:7
%5241 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5242 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5243 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5244 = add %5243, %3634 : i64[] @ models/lib/nn.yaml:79:7
%5245 = mul %37, %4040 : f32[64,64] @ models/lib/nn.yaml:79:7
%5246 = mul %5240, %4042 : f32[64,64] @ models/lib/nn.yaml:79:7
%5247 = mul %5241, %4044 : f32[64,64] @ models/lib/nn.yaml:79:7
%5248 = add %5247, %5246 : f32[64,64] @ models/lib/nn.yaml:79:7
%5249 = mul %5240, %5240 : f32[64,64] @ models/lib/nn.yaml:79:7
%5250 = mul %5249, %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%5251 = mul %5242, %4050 : f32[64,64] @ models/lib/nn.yaml:79:7
%5252 = add %5251, %5250 : f32[64,64] @ models/lib/nn.yaml:79:7
%5253 = cast %5244 : f64[] @ models/lib/nn.yaml:79:7
%5254 = pow %3643, %5253 : f64[] @ models/lib/nn.yaml:79:7
%5255 = sub %3624, %5254 : f64[] @ models/lib/nn.yaml:79:7
%5256 = div %2143, %5255 : f64[] @ models/lib/nn.yaml:79:7
%5257 = pow %3651, %5253 : f64[] @ models/lib/nn.yaml:79:7
%5258 = sub %3624, %5257 : f64[] @ models/lib/nn.yaml:79:7
%5259 = sqrt %5258 : f64[] @ models/lib/nn.yaml:79:7
%5260 = div %3624, %5259 : f64[] @ models/lib/nn.yaml:79:7
%5261 = sqrt %5252 : f32[64,64] @ models/lib/nn.yaml:79:7
%5262 = cast %5260 : f32[] @ models/lib/nn.yaml:79:7
%5263 = broadcast %5262 : f32[64,64] @ models/lib/nn.yaml:79:7
%5264 = mul %5261, %5263 : f32[64,64] @ models/lib/nn.yaml:79:7
%5265 = add %5264, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%5266 = div %5248, %5265 : f32[64,64] @ models/lib/nn.yaml:79:7
%5267 = cast %5256 : f32[] @ models/lib/nn.yaml:79:7
%5268 = broadcast %5267 : f32[64,64] @ models/lib/nn.yaml:79:7
%5269 = mul %5266, %5268 : f32[64,64] @ models/lib/nn.yaml:79:7
%5270 = sub %5245, %5269 : f32[64,64] @ models/lib/nn.yaml:79:7
%5271 = assign %37, %5270 : f32[64,64] @ models/lib/nn.yaml:79:7
%5272 = assign %5241, %5248 : f32[64,64] @ models/lib/nn.yaml:79:7
%5273 = assign %5242, %5252 : f32[64,64] @ models/lib/nn.yaml:79:7
%5274 = assign %5243, %5244 : i64[] @ models/lib/nn.yaml:79:7
%5275 = mul %99, %4076 : f32[64,64] @ models/lib/nn.yaml:79:7
%5276 = mul %5270, %4078 : f32[64,64] @ models/lib/nn.yaml:79:7
%5277 = add %5275, %5276 : f32[64,64] @ models/lib/nn.yaml:79:7
%5278 = assign %99, %5277 : f32[64,64] @ models/lib/nn.yaml:79:7
%5279 = all_reduce_sum %3271 : f32[64] @ models/lib/nn.yaml:80:7
%5280 = mul %5279, %5279 : f32[64] @ models/lib/nn.yaml:80:7
%5281 = reduce_sum %5280 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5282 = sqrt %5281 : f32[] @ models/lib/nn.yaml:80:7
%5283 = cast %5282 : f64[] @ models/lib/nn.yaml:80:7
%5284 = add %5283, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5285 = div %3622, %5284 : f64[] @ models/lib/nn.yaml:80:7
%5286 = lt %5285, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5287 = cast %5285 : f32[] @ models/lib/nn.yaml:80:7
%5288 = broadcast %5287 : f32[64] @ models/lib/nn.yaml:80:7
%5289 = mul %5279, %5288 : f32[64] @ models/lib/nn.yaml:80:7
%5290 = broadcast %5286 : bool[64] @ models/lib/nn.yaml:80:7
%5291 = select %5290, %5289, %5279 : f32[64] @ models/lib/nn.yaml:80:7
%5292 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5293 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5294 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5295 = add %5294, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5296 = mul %5291, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%5297 = mul %5292, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%5298 = add %5297, %5296 : f32[64] @ models/lib/nn.yaml:80:7
%5299 = mul %5291, %5291 : f32[64] @ models/lib/nn.yaml:80:7
%5300 = mul %5299, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%5301 = mul %5293, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%5302 = add %5301, %5300 : f32[64] @ models/lib/nn.yaml:80:7
%5303 = cast %5295 : f64[] @ models/lib/nn.yaml:80:7
%5304 = pow %3643, %5303 : f64[] @ models/lib/nn.yaml:80:7
%5305 = sub %3624, %5304 : f64[] @ models/lib/nn.yaml:80:7
%5306 = div %2143, %5305 : f64[] @ models/lib/nn.yaml:80:7
%5307 = pow %3651, %5303 : f64[] @ models/lib/nn.yaml:80:7
%5308 = sub %3624, %5307 : f64[] @ models/lib/nn.yaml:80:7
%5309 = sqrt %5308 : f64[] @ models/lib/nn.yaml:80:7
%5310 = div %3624, %5309 : f64[] @ models/lib/nn.yaml:80:7
%5311 = sqrt %5302 : f32[64] @ models/lib/nn.yaml:80:7
%5312 = cast %5310 : f32[] @ models/lib/nn.yaml:80:7
%5313 = broadcast %5312 : f32[64] @ models/lib/nn.yaml:80:7
%5314 = mul %5311, %5313 : f32[64] @ models/lib/nn.yaml:80:7
%5315 = add %5314, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%5316 = div %5298, %5315 : f32[64] @ models/lib/nn.yaml:80:7
%5317 = cast %5306 : f32[] @ models/lib/nn.yaml:80:7
%5318 = broadcast %5317 : f32[64] @ models/lib/nn.yaml:80:7
%5319 = mul %5316, %5318 : f32[64] @ models/lib/nn.yaml:80:7
%5320 = sub %38, %5319 : f32[64] @ models/lib/nn.yaml:80:7
%5321 = assign %38, %5320 : f32[64] @ models/lib/nn.yaml:80:7
%5322 = assign %5292, %5298 : f32[64] @ models/lib/nn.yaml:80:7
%5323 = assign %5293, %5302 : f32[64] @ models/lib/nn.yaml:80:7
%5324 = assign %5294, %5295 : i64[] @ models/lib/nn.yaml:80:7
%5325 = mul %100, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%5326 = mul %5320, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5327 = add %5325, %5326 : f32[64] @ models/lib/nn.yaml:80:7
%5328 = assign %100, %5327 : f32[64] @ models/lib/nn.yaml:80:7
%5329 = all_reduce_sum %3266 : f32[64,64] @ models/lib/nn.yaml:79:7
%5330 = reshape %5329 : f32[4096] @ models/lib/nn.yaml:79:7
%5331 = mul %5330, %5330 : f32[4096] @ models/lib/nn.yaml:79:7
%5332 = reduce_sum %5331 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5333 = sqrt %5332 : f32[] @ models/lib/nn.yaml:79:7
%5334 = cast %5333 : f64[] @ models/lib/nn.yaml:79:7
%5335 = add %5334, %3620 : f64[] @ models/lib/nn.yaml:79:7
%5336 = div %3622, %5335 : f64[] @ models/lib/nn.yaml:79:7
%5337 = lt %5336, %3624 : bool[] @ models/lib/nn.yaml:79:7
%5338 = cast %5336 : f32[] @ models/lib/nn.yaml:79:7
%5339 = broadcast %5338 : f32[64,64] @ models/lib/nn.yaml:79:7
%5340 = mul %5329, %5339 : f32[64,64] @ models/lib/nn.yaml:79:7
%5341 = broadcast %5337 : bool[64,64] @ models/lib/nn.yaml:79:7
%5342 = select %5341, %5340, %5329 : f32[64,64] @ models/lib/nn.yaml:79:7
%5343 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5344 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5345 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5346 = add %5345, %3634 : i64[] @ models/lib/nn.yaml:79:7
%5347 = mul %39, %4040 : f32[64,64] @ models/lib/nn.yaml:79:7
%5348 = mul %5342, %4042 : f32[64,64] @ models/lib/nn.yaml:79:7
%5349 = mul %5343, %4044 : f32[64,64] @ models/lib/nn.yaml:79:7
%5350 = add %5349, %5348 : f32[64,64] @ models/lib/nn.yaml:79:7
%5351 = mul %5342, %5342 : f32[64,64] @ models/lib/nn.yaml:79:7
%5352 = mul %5351, %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%5353 = mul %5344, %4050 : f32[64,64] @ models/lib/nn.yaml:79:7
%5354 = add %5353, %5352 : f32[64,64] @ models/lib/nn.yaml:79:7
%5355 = cast %5346 : f64[] @ models/lib/nn.yaml:79:7
%5356 = pow %3643, %5355 : f64[] @ models/lib/nn.yaml:79:7
%5357 = sub %3624, %5356 : f64[] @ models/lib/nn.yaml:79:7
%5358 = div %2143, %5357 : f64[] @ models/lib/nn.yaml:79:7
%5359 = pow %3651, %5355 : f64[] @ models/lib/nn.yaml:79:7
%5360 = sub %3624, %5359 : f64[] @ models/lib/nn.yaml:79:7
%5361 = sqrt %5360 : f64[] @ models/lib/nn.yaml:79:7
%5362 = div %3624, %5361 : f64[] @ models/lib/nn.yaml:79:7
%5363 = sqrt %5354 : f32[64,64] @ models/lib/nn.yaml:79:7
%5364 = cast %5362 : f32[] @ models/lib/nn.yaml:79:7
%5365 = broadcast %5364 : f32[64,64] @ models/lib/nn.yaml:79:7
%5366 = mul %5363, %5365 : f32[64,64] @ models/lib/nn.yaml:79:7
%5367 = add %5366, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%5368 = div %5350, %5367 : f32[64,64] @ models/lib/nn.yaml:79:7
%5369 = cast %5358 : f32[] @ models/lib/nn.yaml:79:7
%5370 = broadcast %5369 : f32[64,64] @ models/lib/nn.yaml:79:7
%5371 = mul %5368, %5370 : f32[64,64] @ models/lib/nn.yaml:79:7
%5372 = sub %5347, %5371 : f32[64,64] @ models/lib/nn.yaml:79:7
%5373 = assign %39, %5372 : f32[64,64] @ models/lib/nn.yaml:79:7
%5374 = assign %5343, %5350 : f32[64,64] @ models/lib/nn.yaml:79:7
%5375 = assign %5344, %5354 : f32[64,64] @ models/lib/nn.yaml:79:7
%5376 = assign %5345, %5346 : i64[] @ models/lib/nn.yaml:79:7
%5377 = mul %101, %4076 : f32[64,64] @ models/lib/nn.yaml:79:7
%5378 = mul %5372, %4078 : f32[64,64] @ models/lib/nn.yaml:79:7
%5379 = add %5377, %5378 : f32[64,64] @ models/lib/nn.yaml:79:7
%5380 = assign %101, %5379 : f32[64,64] @ models/lib/nn.yaml:79:7
%5381 = all_reduce_sum %3261 : f32[64] @ models/lib/nn.yaml:80:7
%5382 = mul %5381, %5381 : f32[64] @ models/lib/nn.yaml:80:7
%5383 = reduce_sum %5382 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5384 = sqrt %5383 : f32[] @ models/lib/nn.yaml:80:7
%5385 = cast %5384 : f64[] @ models/lib/nn.yaml:80:7
%5386 = add %5385, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5387 = div %3622, %5386 : f64[] @ models/lib/nn.yaml:80:7
%5388 = lt %5387, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5389 = cast %5387 : f32[] @ models/lib/nn.yaml:80:7
%5390 = broadcast %5389 : f32[64] @ models/lib/nn.yaml:80:7
%5391 = mul %5381, %5390 : f32[64] @ models/lib/nn.yaml:80:7
%5392 = broadcast %5388 : bool[64] @ models/lib/nn.yaml:80:7
%5393 = select %5392, %5391, %5381 : f32[64] @ models/lib/nn.yaml:80:7
%5394 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5395 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5396 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5397 = add %5396, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5398 = mul %5393, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%5399 = mul %5394, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%5400 = add %5399, %5398 : f32[64] @ models/lib/nn.yaml:80:7
%5401 = mul %5393, %5393 : f32[64] @ models/lib/nn.yaml:80:7
%5402 = mul %5401, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%5403 = mul %5395, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%5404 = add %5403, %5402 : f32[64] @ models/lib/nn.yaml:80:7
%5405 = cast %5397 : f64[] @ models/lib/nn.yaml:80:7
%5406 = pow %3643, %5405 : f64[] @ models/lib/nn.yaml:80:7
%5407 = sub %3624, %5406 : f64[] @ models/lib/nn.yaml:80:7
%5408 = div %2143, %5407 : f64[] @ models/lib/nn.yaml:80:7
%5409 = pow %3651, %5405 : f64[] @ models/lib/nn.yaml:80:7
%5410 = sub %3624, %5409 : f64[] @ models/lib/nn.yaml:80:7
%5411 = sqrt %5410 : f64[] @ models/lib/nn.yaml:80:7
%5412 = div %3624, %5411 : f64[] @ models/lib/nn.yaml:80:7
%5413 = sqrt %5404 : f32[64] @ models/lib/nn.yaml:80:7
%5414 = cast %5412 : f32[] @ models/lib/nn.yaml:80:7
%5415 = broadcast %5414 : f32[64] @ models/lib/nn.yaml:80:7
%5416 = mul %5413, %5415 : f32[64] @ models/lib/nn.yaml:80:7
%5417 = add %5416, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%5418 = div %5400, %5417 : f32[64] @ models/lib/nn.yaml:80:7
%5419 = cast %5408 : f32[] @ models/lib/nn.yaml:80:7
%5420 = broadcast %5419 : f32[64] @ models/lib/nn.yaml:80:7
%5421 = mul %5418, %5420 : f32[64] @ models/lib/nn.yaml:80:7
%5422 = sub %40, %5421 : f32[64] @ models/lib/nn.yaml:80:7
%5423 = assign %40, %5422 : f32[64] @ models/lib/nn.yaml:80:7
%5424 = assign %5394, %5400 : f32[64] @ models/lib/nn.yaml:80:7
%5425 = assign %5395, %5404 : f32[64] @ models/lib/nn.yaml:80:7
%5426 = assign %5396, %5397 : i64[] @ models/lib/nn.yaml:80:7
%5427 = mul %102, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%5428 = mul %5422, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5429 = add %5427, %5428 : f32[64] @ models/lib/nn.yaml:80:7
%5430 = assign %102, %5429 : f32[64] @ models/lib/nn.yaml:80:7
%5431 = all_reduce_sum %3254 : f32[64,64] @ models/lib/nn.yaml:79:7
%5432 = reshape %5431 : f32[4096] @ models/lib/nn.yaml:79:7
%5433 = mul %5432, %5432 : f32[4096] @ models/lib/nn.yaml:79:7
%5434 = reduce_sum %5433 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5435 = sqrt %5434 : f32[] @ models/lib/nn.yaml:79:7
%5436 = cast %5435 : f64[] @ models/lib/nn.yaml:79:7
%5437 = add %5436, %3620 : f64[] @ models/lib/nn.yaml:79:7
%5438 = div %3622, %5437 : f64[] @ models/lib/nn.yaml:79:7
%5439 = lt %5438, %3624 : bool[] @ models/lib/nn.yaml:79:7
%5440 = cast %5438 : f32[] @ models/lib/nn.yaml:79:7
%5441 = broadcast %5440 : f32[64,64] @ models/lib/nn.yaml:79:7
%5442 = mul %5431, %5441 : f32[64,64] @ models/lib/nn.yaml:79:7
%5443 = broadcast %5439 : bool[64,64] @ models/lib/nn.yaml:79:7
%5444 = select %5443, %5442, %5431 : f32[64,64] @ models/lib/nn.yaml:79:7
%5445 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5446 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5447 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5448 = add %5447, %3634 : i64[] @ models/lib/nn.yaml:79:7
%5449 = mul %41, %4040 : f32[64,64] @ models/lib/nn.yaml:79:7
%5450 = mul %5444, %4042 : f32[64,64] @ models/lib/nn.yaml:79:7
%5451 = mul %5445, %4044 : f32[64,64] @ models/lib/nn.yaml:79:7
%5452 = add %5451, %5450 : f32[64,64] @ models/lib/nn.yaml:79:7
%5453 = mul %5444, %5444 : f32[64,64] @ models/lib/nn.yaml:79:7
%5454 = mul %5453, %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%5455 = mul %5446, %4050 : f32[64,64] @ models/lib/nn.yaml:79:7
%5456 = add %5455, %5454 : f32[64,64] @ models/lib/nn.yaml:79:7
%5457 = cast %5448 : f64[] @ models/lib/nn.yaml:79:7
%5458 = pow %3643, %5457 : f64[] @ models/lib/nn.yaml:79:7
%5459 = sub %3624, %5458 : f64[] @ models/lib/nn.yaml:79:7
%5460 = div %2143, %5459 : f64[] @ models/lib/nn.yaml:79:7
%5461 = pow %3651, %5457 : f64[] @ models/lib/nn.yaml:79:7
%5462 = sub %3624, %5461 : f64[] @ models/lib/nn.yaml:79:7
%5463 = sqrt %5462 : f64[] @ models/lib/nn.yaml:79:7
%5464 = div %3624, %5463 : f64[] @ models/lib/nn.yaml:79:7
%5465 = sqrt %5456 : f32[64,64] @ models/lib/nn.yaml:79:7
%5466 = cast %5464 : f32[] @ models/lib/nn.yaml:79:7
%5467 = broadcast %5466 : f32[64,64] @ models/lib/nn.yaml:79:7
%5468 = mul %5465, %5467 : f32[64,64] @ models/lib/nn.yaml:79:7
%5469 = add %5468, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%5470 = div %5452, %5469 : f32[64,64] @ models/lib/nn.yaml:79:7
%5471 = cast %5460 : f32[] @ models/lib/nn.yaml:79:7
%5472 = broadcast %5471 : f32[64,64] @ models/lib/nn.yaml:79:7
%5473 = mul %5470, %5472 : f32[64,64] @ models/lib/nn.yaml:79:7
%5474 = sub %5449, %5473 : f32[64,64] @ models/lib/nn.yaml:79:7
%5475 = assign %41, %5474 : f32[64,64] @ models/lib/nn.yaml:79:7
%5476 = assign %5445, %5452 : f32[64,64] @ models/lib/nn.yaml:79:7
%5477 = assign %5446, %5456 : f32[64,64] @ models/lib/nn.yaml:79:7
%5478 = assign %5447, %5448 : i64[] @ models/lib/nn.yaml:79:7
%5479 = mul %103, %4076 : f32[64,64] @ models/lib/nn.yaml:79:7
%5480 = mul %5474, %4078 : f32[64,64] @ models/lib/nn.yaml:79:7
%5481 = add %5479, %5480 : f32[64,64] @ models/lib/nn.yaml:79:7
%5482 = assign %103, %5481 : f32[64,64] @ models/lib/nn.yaml:79:7
%5483 = all_reduce_sum %3249 : f32[64] @ models/lib/nn.yaml:80:7
%5484 = mul %5483, %5483 : f32[64] @ models/lib/nn.yaml:80:7
%5485 = reduce_sum %5484 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5486 = sqrt %5485 : f32[] @ models/lib/nn.yaml:80:7
%5487 = cast %5486 : f64[] @ models/lib/nn.yaml:80:7
%5488 = add %5487, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5489 = div %3622, %5488 : f64[] @ models/lib/nn.yaml:80:7
%5490 = lt %5489, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5491 = cast %5489 : f32[] @ models/lib/nn.yaml:80:7
%5492 = broadcast %5491 : f32[64] @ models/lib/nn.yaml:80:7
%5493 = mul %5483, %5492 : f32[64] @ models/lib/nn.yaml:80:7
%5494 = broadcast %5490 : bool[64] @ models/lib/nn.yaml:80:7
%5495 = select %5494, %5493, %5483 : f32[64] @ models/lib/nn.yaml:80:7
%5496 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5497 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5498 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5499 = add %5498, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5500 = mul %5495, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%5501 = mul %5496, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%5502 = add %5501, %5500 : f32[64] @ models/lib/nn.yaml:80:7
%5503 = mul %5495, %5495 : f32[64] @ models/lib/nn.yaml:80:7
%5504 = mul %5503, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%5505 = mul %5497, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%5506 = add %5505, %5504 : f32[64] @ models/lib/nn.yaml:80:7
%5507 = cast %5499 : f64[] @ models/lib/nn.yaml:80:7
%5508 = pow %3643, %5507 : f64[] @ models/lib/nn.yaml:80:7
%5509 = sub %3624, %5508 : f64[] @ models/lib/nn.yaml:80:7
%5510 = div %2143, %5509 : f64[] @ models/lib/nn.yaml:80:7
%5511 = pow %3651, %5507 : f64[] @ models/lib/nn.yaml:80:7
%5512 = sub %3624, %5511 : f64[] @ models/lib/nn.yaml:80:7
%5513 = sqrt %5512 : f64[] @ models/lib/nn.yaml:80:7
%5514 = div %3624, %5513 : f64[] @ models/lib/nn.yaml:80:7
%5515 = sqrt %5506 : f32[64] @ models/lib/nn.yaml:80:7
%5516 = cast %5514 : f32[] @ models/lib/nn.yaml:80:7
%5517 = broadcast %5516 : f32[64] @ models/lib/nn.yaml:80:7
%5518 = mul %5515, %5517 : f32[64] @ models/lib/nn.yaml:80:7
%5519 = add %5518, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%5520 = div %5502, %5519 : f32[64] @ models/lib/nn.yaml:80:7
%5521 = cast %5510 : f32[] @ models/lib/nn.yaml:80:7
%5522 = broadcast %5521 : f32[64] @ models/lib/nn.yaml:80:7
%5523 = mul %5520, %5522 : f32[64] @ models/lib/nn.yaml:80:7
%5524 = sub %42, %5523 : f32[64] @ models/lib/nn.yaml:80:7
%5525 = assign %42, %5524 : f32[64] @ models/lib/nn.yaml:80:7
%5526 = assign %5496, %5502 : f32[64] @ models/lib/nn.yaml:80:7
%5527 = assign %5497, %5506 : f32[64] @ models/lib/nn.yaml:80:7
%5528 = assign %5498, %5499 : i64[] @ models/lib/nn.yaml:80:7
%5529 = mul %104, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%5530 = mul %5524, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5531 = add %5529, %5530 : f32[64] @ models/lib/nn.yaml:80:7
%5532 = assign %104, %5531 : f32[64] @ models/lib/nn.yaml:80:7
%5533 = all_reduce_sum %3210 : f32[64,64] @ models/lib/nn.yaml:79:7
%5534 = reshape %5533 : f32[4096] @ models/lib/nn.yaml:79:7
%5535 = mul %5534, %5534 : f32[4096] @ models/lib/nn.yaml:79:7
%5536 = reduce_sum %5535 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5537 = sqrt %5536 : f32[] @ models/lib/nn.yaml:79:7
%5538 = cast %5537 : f64[] @ models/lib/nn.yaml:79:7
%5539 = add %5538, %3620 : f64[] @ models/lib/nn.yaml:79:7
%5540 = div %3622, %5539 : f64[] @ models/lib/nn.yaml:79:7
%5541 = lt %5540, %3624 : bool[] @ models/lib/nn.yaml:79:7
%5542 = cast %5540 : f32[] @ models/lib/nn.yaml:79:7
%5543 = broadcast %5542 : f32[64,64] @ models/lib/nn.yaml:79:7
%5544 = mul %5533, %5543 : f32[64,64] @ models/lib/nn.yaml:79:7
%5545 = broadcast %5541 : bool[64,64] @ models/lib/nn.yaml:79:7
%5546 = select %5545, %5544, %5533 : f32[64,64] @ models/lib/nn.yaml:79:7
%5547 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5548 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5549 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5550 = add %5549, %3634 : i64[] @ models/lib/nn.yaml:79:7
%5551 = mul %43, %4040 : f32[64,64] @ models/lib/nn.yaml:79:7
%5552 = mul %5546, %4042 : f32[64,64] @ models/lib/nn.yaml:79:7
%5553 = mul %5547, %4044 : f32[64,64] @ models/lib/nn.yaml:79:7
%5554 = add %5553, %5552 : f32[64,64] @ models/lib/nn.yaml:79:7
%5555 = mul %5546, %5546 : f32[64,64] @ models/lib/nn.yaml:79:7
%5556 = mul %5555, %4048 : f32[64,64] @ models/lib/nn.yaml:79:7
%5557 = mul %5548, %4050 : f32[64,64] @ models/lib/nn.yaml:79:7
%5558 = add %5557, %5556 : f32[64,64] @ models/lib/nn.yaml:79:7
%5559 = cast %5550 : f64[] @ models/lib/nn.yaml:79:7
%5560 = pow %3643, %5559 : f64[] @ models/lib/nn.yaml:79:7
%5561 = sub %3624, %5560 : f64[] @ models/lib/nn.yaml:79:7
%5562 = div %2143, %5561 : f64[] @ models/lib/nn.yaml:79:7
%5563 = pow %3651, %5559 : f64[] @ models/lib/nn.yaml:79:7
%5564 = sub %3624, %5563 : f64[] @ models/lib/nn.yaml:79:7
%5565 = sqrt %5564 : f64[] @ models/lib/nn.yaml:79:7
%5566 = div %3624, %5565 : f64[] @ models/lib/nn.yaml:79:7
%5567 = sqrt %5558 : f32[64,64] @ models/lib/nn.yaml:79:7
%5568 = cast %5566 : f32[] @ models/lib/nn.yaml:79:7
%5569 = broadcast %5568 : f32[64,64] @ models/lib/nn.yaml:79:7
%5570 = mul %5567, %5569 : f32[64,64] @ models/lib/nn.yaml:79:7
%5571 = add %5570, %4065 : f32[64,64] @ models/lib/nn.yaml:79:7
%5572 = div %5554, %5571 : f32[64,64] @ models/lib/nn.yaml:79:7
%5573 = cast %5562 : f32[] @ models/lib/nn.yaml:79:7
%5574 = broadcast %5573 : f32[64,64] @ models/lib/nn.yaml:79:7
%5575 = mul %5572, %5574 : f32[64,64] @ models/lib/nn.yaml:79:7
%5576 = sub %5551, %5575 : f32[64,64] @ models/lib/nn.yaml:79:7
%5577 = assign %43, %5576 : f32[64,64] @ models/lib/nn.yaml:79:7
%5578 = assign %5547, %5554 : f32[64,64] @ models/lib/nn.yaml:79:7
%5579 = assign %5548, %5558 : f32[64,64] @ models/lib/nn.yaml:79:7
%5580 = assign %5549, %5550 : i64[] @ models/lib/nn.yaml:79:7
%5581 = mul %105, %4076 : f32[64,64] @ models/lib/nn.yaml:79:7
%5582 = mul %5576, %4078 : f32[64,64] @ models/lib/nn.yaml:79:7
%5583 = add %5581, %5582 : f32[64,64] @ models/lib/nn.yaml:79:7
%5584 = assign %105, %5583 : f32[64,64] @ models/lib/nn.yaml:79:7
%5585 = all_reduce_sum %3205 : f32[64] @ models/lib/nn.yaml:80:7
%5586 = mul %5585, %5585 : f32[64] @ models/lib/nn.yaml:80:7
%5587 = reduce_sum %5586 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5588 = sqrt %5587 : f32[] @ models/lib/nn.yaml:80:7
%5589 = cast %5588 : f64[] @ models/lib/nn.yaml:80:7
%5590 = add %5589, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5591 = div %3622, %5590 : f64[] @ models/lib/nn.yaml:80:7
%5592 = lt %5591, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5593 = cast %5591 : f32[] @ models/lib/nn.yaml:80:7
%5594 = broadcast %5593 : f32[64] @ models/lib/nn.yaml:80:7
%5595 = mul %5585, %5594 : f32[64] @ models/lib/nn.yaml:80:7
%5596 = broadcast %5592 : bool[64] @ models/lib/nn.yaml:80:7
%5597 = select %5596, %5595, %5585 : f32[64] @ models/lib/nn.yaml:80:7
%5598 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5599 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5600 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5601 = add %5600, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5602 = mul %5597, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%5603 = mul %5598, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%5604 = add %5603, %5602 : f32[64] @ models/lib/nn.yaml:80:7
%5605 = mul %5597, %5597 : f32[64] @ models/lib/nn.yaml:80:7
%5606 = mul %5605, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%5607 = mul %5599, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%5608 = add %5607, %5606 : f32[64] @ models/lib/nn.yaml:80:7
%5609 = cast %5601 : f64[] @ models/lib/nn.yaml:80:7
%5610 = pow %3643, %5609 : f64[] @ models/lib/nn.yaml:80:7
%5611 = sub %3624, %5610 : f64[] @ models/lib/nn.yaml:80:7
%5612 = div %2143, %5611 : f64[] @ models/lib/nn.yaml:80:7
%5613 = pow %3651, %5609 : f64[] @ models/lib/nn.yaml:80:7
%5614 = sub %3624, %5613 : f64[] @ models/lib/nn.yaml:80:7
%5615 = sqrt %5614 : f64[] @ models/lib/nn.yaml:80:7
%5616 = div %3624, %5615 : f64[] @ models/lib/nn.yaml:80:7
%5617 = sqrt %5608 : f32[64] @ models/lib/nn.yaml:80:7
%5618 = cast %5616 : f32[] @ models/lib/nn.yaml:80:7
%5619 = broadcast %5618 : f32[64] @ models/lib/nn.yaml:80:7
%5620 = mul %5617, %5619 : f32[64] @ models/lib/nn.yaml:80:7
%5621 = add %5620, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%5622 = div %5604, %5621 : f32[64] @ models/lib/nn.yaml:80:7
%5623 = cast %5612 : f32[] @ models/lib/nn.yaml:80:7
%5624 = broadcast %5623 : f32[64] @ models/lib/nn.yaml:80:7
%5625 = mul %5622, %5624 : f32[64] @ models/lib/nn.yaml:80:7
%5626 = sub %44, %5625 : f32[64] @ models/lib/nn.yaml:80:7
%5627 = assign %44, %5626 : f32[64] @ models/lib/nn.yaml:80:7
%5628 = assign %5598, %5604 : f32[64] @ models/lib/nn.yaml:80:7
%5629 = assign %5599, %5608 : f32[64] @ models/lib/nn.yaml:80:7
%5630 = assign %5600, %5601 : i64[] @ models/lib/nn.yaml:80:7
%5631 = mul %106, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%5632 = mul %5626, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5633 = add %5631, %5632 : f32[64] @ models/lib/nn.yaml:80:7
%5634 = assign %106, %5633 : f32[64] @ models/lib/nn.yaml:80:7
%5635 = all_reduce_sum %3184 : f32[64] @ models/lib/nn.yaml:89:7
%5636 = mul %5635, %5635 : f32[64] @ models/lib/nn.yaml:89:7
%5637 = reduce_sum %5636 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5638 = sqrt %5637 : f32[] @ models/lib/nn.yaml:89:7
%5639 = cast %5638 : f64[] @ models/lib/nn.yaml:89:7
%5640 = add %5639, %3620 : f64[] @ models/lib/nn.yaml:89:7
%5641 = div %3622, %5640 : f64[] @ models/lib/nn.yaml:89:7
%5642 = lt %5641, %3624 : bool[] @ models/lib/nn.yaml:89:7
%5643 = cast %5641 : f32[] @ models/lib/nn.yaml:89:7
%5644 = broadcast %5643 : f32[64] @ models/lib/nn.yaml:89:7
%5645 = mul %5635, %5644 : f32[64] @ models/lib/nn.yaml:89:7
%5646 = broadcast %5642 : bool[64] @ models/lib/nn.yaml:89:7
%5647 = select %5646, %5645, %5635 : f32[64] @ models/lib/nn.yaml:89:7
%5648 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5649 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5650 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5651 = add %5650, %3634 : i64[] @ models/lib/nn.yaml:89:7
%5652 = mul %5647, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%5653 = mul %5648, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%5654 = add %5653, %5652 : f32[64] @ models/lib/nn.yaml:89:7
%5655 = mul %5647, %5647 : f32[64] @ models/lib/nn.yaml:89:7
%5656 = mul %5655, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%5657 = mul %5649, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%5658 = add %5657, %5656 : f32[64] @ models/lib/nn.yaml:89:7
%5659 = cast %5651 : f64[] @ models/lib/nn.yaml:89:7
%5660 = pow %3643, %5659 : f64[] @ models/lib/nn.yaml:89:7
%5661 = sub %3624, %5660 : f64[] @ models/lib/nn.yaml:89:7
%5662 = div %2143, %5661 : f64[] @ models/lib/nn.yaml:89:7
%5663 = pow %3651, %5659 : f64[] @ models/lib/nn.yaml:89:7
%5664 = sub %3624, %5663 : f64[] @ models/lib/nn.yaml:89:7
%5665 = sqrt %5664 : f64[] @ models/lib/nn.yaml:89:7
%5666 = div %3624, %5665 : f64[] @ models/lib/nn.yaml:89:7
%5667 = sqrt %5658 : f32[64] @ models/lib/nn.yaml:89:7
%5668 = cast %5666 : f32[] @ models/lib/nn.yaml:89:7
%5669 = broadcast %5668 : f32[64] @ models/lib/nn.yaml:89:7
%5670 = mul %5667, %5669 : f32[64] @ models/lib/nn.yaml:89:7
%5671 = add %5670, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%5672 = div %5654, %5671 : f32[64] @ models/lib/nn.yaml:89:7
%5673 = cast %5662 : f32[] @ models/lib/nn.yaml:89:7
%5674 = broadcast %5673 : f32[64] @ models/lib/nn.yaml:89:7
%5675 = mul %5672, %5674 : f32[64] @ models/lib/nn.yaml:89:7
%5676 = sub %45, %5675 : f32[64] @ models/lib/nn.yaml:89:7
%5677 = assign %45, %5676 : f32[64] @ models/lib/nn.yaml:89:7
%5678 = assign %5648, %5654 : f32[64] @ models/lib/nn.yaml:89:7
%5679 = assign %5649, %5658 : f32[64] @ models/lib/nn.yaml:89:7
%5680 = assign %5650, %5651 : i64[] @ models/lib/nn.yaml:89:7
%5681 = mul %107, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%5682 = mul %5676, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%5683 = add %5681, %5682 : f32[64] @ models/lib/nn.yaml:89:7
%5684 = assign %107, %5683 : f32[64] @ models/lib/nn.yaml:89:7
%5685 = all_reduce_sum %3179 : f32[64] @ models/lib/nn.yaml:90:7
%5686 = mul %5685, %5685 : f32[64] @ models/lib/nn.yaml:90:7
%5687 = reduce_sum %5686 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5688 = sqrt %5687 : f32[] @ models/lib/nn.yaml:90:7
%5689 = cast %5688 : f64[] @ models/lib/nn.yaml:90:7
%5690 = add %5689, %3620 : f64[] @ models/lib/nn.yaml:90:7
%5691 = div %3622, %5690 : f64[] @ models/lib/nn.yaml:90:7
%5692 = lt %5691, %3624 : bool[] @ models/lib/nn.yaml:90:7
%5693 = cast %5691 : f32[] @ models/lib/nn.yaml:90:7
%5694 = broadcast %5693 : f32[64] @ models/lib/nn.yaml:90:7
%5695 = mul %5685, %5694 : f32[64] @ models/lib/nn.yaml:90:7
%5696 = broadcast %5692 : bool[64] @ models/lib/nn.yaml:90:7
%5697 = select %5696, %5695, %5685 : f32[64] @ models/lib/nn.yaml:90:7
%5698 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5699 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5700 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5701 = add %5700, %3634 : i64[] @ models/lib/nn.yaml:90:7
%5702 = mul %5697, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%5703 = mul %5698, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%5704 = add %5703, %5702 : f32[64] @ models/lib/nn.yaml:90:7
%5705 = mul %5697, %5697 : f32[64] @ models/lib/nn.yaml:90:7
%5706 = mul %5705, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%5707 = mul %5699, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%5708 = add %5707, %5706 : f32[64] @ models/lib/nn.yaml:90:7
%5709 = cast %5701 : f64[] @ models/lib/nn.yaml:90:7
%5710 = pow %3643, %5709 : f64[] @ models/lib/nn.yaml:90:7
%5711 = sub %3624, %5710 : f64[] @ models/lib/nn.yaml:90:7
%5712 = div %2143, %5711 : f64[] @ models/lib/nn.yaml:90:7
%5713 = pow %3651, %5709 : f64[] @ models/lib/nn.yaml:90:7
%5714 = sub %3624, %5713 : f64[] @ models/lib/nn.yaml:90:7
%5715 = sqrt %5714 : f64[] @ models/lib/nn.yaml:90:7
%5716 = div %3624, %5715 : f64[] @ models/lib/nn.yaml:90:7
%5717 = sqrt %5708 : f32[64] @ models/lib/nn.yaml:90:7
%5718 = cast %5716 : f32[] @ models/lib/nn.yaml:90:7
%5719 = broadcast %5718 : f32[64] @ models/lib/nn.yaml:90:7
%5720 = mul %5717, %5719 : f32[64] @ models/lib/nn.yaml:90:7
%5721 = add %5720, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%5722 = div %5704, %5721 : f32[64] @ models/lib/nn.yaml:90:7
%5723 = cast %5712 : f32[] @ models/lib/nn.yaml:90:7
%5724 = broadcast %5723 : f32[64] @ models/lib/nn.yaml:90:7
%5725 = mul %5722, %5724 : f32[64] @ models/lib/nn.yaml:90:7
%5726 = sub %46, %5725 : f32[64] @ models/lib/nn.yaml:90:7
%5727 = assign %46, %5726 : f32[64] @ models/lib/nn.yaml:90:7
%5728 = assign %5698, %5704 : f32[64] @ models/lib/nn.yaml:90:7
%5729 = assign %5699, %5708 : f32[64] @ models/lib/nn.yaml:90:7
%5730 = assign %5700, %5701 : i64[] @ models/lib/nn.yaml:90:7
%5731 = mul %108, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%5732 = mul %5726, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%5733 = add %5731, %5732 : f32[64] @ models/lib/nn.yaml:90:7
%5734 = assign %108, %5733 : f32[64] @ models/lib/nn.yaml:90:7
%5735 = all_reduce_sum %3176 : f32[256,64] @ models/lib/nn.yaml:79:7
%5736 = reshape %5735 : f32[16384] @ models/lib/nn.yaml:79:7
%5737 = mul %5736, %5736 : f32[16384] @ models/lib/nn.yaml:79:7
%5738 = reduce_sum %5737 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5739 = sqrt %5738 : f32[] @ models/lib/nn.yaml:79:7
%5740 = cast %5739 : f64[] @ models/lib/nn.yaml:79:7
%5741 = add %5740, %3620 : f64[] @ models/lib/nn.yaml:79:7
%5742 = div %3622, %5741 : f64[] @ models/lib/nn.yaml:79:7
%5743 = lt %5742, %3624 : bool[] @ models/lib/nn.yaml:79:7
%5744 = cast %5742 : f32[] @ models/lib/nn.yaml:79:7
%5745 = broadcast %5744 : f32[256,64] @ models/lib/nn.yaml:79:7
%5746 = mul %5735, %5745 : f32[256,64] @ models/lib/nn.yaml:79:7
%5747 = broadcast %5743 : bool[256,64] @ models/lib/nn.yaml:79:7
%5748 = select %5747, %5746, %5735 : f32[256,64] @ models/lib/nn.yaml:79:7
%5749 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5750 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5751 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5752 = add %5751, %3634 : i64[] @ models/lib/nn.yaml:79:7
%5753 = mul %47, %4250 : f32[256,64] @ models/lib/nn.yaml:79:7
%5754 = mul %5748, %4252 : f32[256,64] @ models/lib/nn.yaml:79:7
%5755 = mul %5749, %4254 : f32[256,64] @ models/lib/nn.yaml:79:7
%5756 = add %5755, %5754 : f32[256,64] @ models/lib/nn.yaml:79:7
%5757 = mul %5748, %5748 : f32[256,64] @ models/lib/nn.yaml:79:7
%5758 = mul %5757, %4258 : f32[256,64] @ models/lib/nn.yaml:79:7
%5759 = mul %5750, %4260 : f32[256,64] @ models/lib/nn.yaml:79:7
%5760 = add %5759, %5758 : f32[256,64] @ models/lib/nn.yaml:79:7
%5761 = cast %5752 : f64[] @ models/lib/nn.yaml:79:7
%5762 = pow %3643, %5761 : f64[] @ models/lib/nn.yaml:79:7
%5763 = sub %3624, %5762 : f64[] @ models/lib/nn.yaml:79:7
%5764 = div %2143, %5763 : f64[] @ models/lib/nn.yaml:79:7
%5765 = pow %3651, %5761 : f64[] @ models/lib/nn.yaml:79:7
%5766 = sub %3624, %5765 : f64[] @ models/lib/nn.yaml:79:7
%5767 = sqrt %5766 : f64[] @ models/lib/nn.yaml:79:7
%5768 = div %3624, %5767 : f64[] @ models/lib/nn.yaml:79:7
%5769 = sqrt %5760 : f32[256,64] @ models/lib/nn.yaml:79:7
%5770 = cast %5768 : f32[] @ models/lib/nn.yaml:79:7
%5771 = broadcast %5770 : f32[256,64] @ models/lib/nn.yaml:79:7
%5772 = mul %5769, %5771 : f32[256,64] @ models/lib/nn.yaml:79:7
%5773 = add %5772, %4275 : f32[256,64] @ models/lib/nn.yaml:79:7
%5774 = div %5756, %5773 : f32[256,64] @ models/lib/nn.yaml:79:7
%5775 = cast %5764 : f32[] @ models/lib/nn.yaml:79:7
%5776 = broadcast %5775 : f32[256,64] @ models/lib/nn.yaml:79:7
%5777 = mul %5774, %5776 : f32[256,64] @ models/lib/nn.yaml:79:7
%5778 = sub %5753, %5777 : f32[256,64] @ models/lib/nn.yaml:79:7
%5779 = assign %47, %5778 : f32[256,64] @ models/lib/nn.yaml:79:7
%5780 = assign %5749, %5756 : f32[256,64] @ models/lib/nn.yaml:79:7
%5781 = assign %5750, %5760 : f32[256,64] @ models/lib/nn.yaml:79:7
%5782 = assign %5751, %5752 : i64[] @ models/lib/nn.yaml:79:7
%5783 = mul %109, %4286 : f32[256,64] @ models/lib/nn.yaml:79:7
%5784 = mul %5778, %4288 : f32[256,64] @ models/lib/nn.yaml:79:7
%5785 = add %5783, %5784 : f32[256,64] @ models/lib/nn.yaml:79:7
%5786 = assign %109, %5785 : f32[256,64] @ models/lib/nn.yaml:79:7
%5787 = all_reduce_sum %3171 : f32[256] @ models/lib/nn.yaml:80:7
%5788 = mul %5787, %5787 : f32[256] @ models/lib/nn.yaml:80:7
%5789 = reduce_sum %5788 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5790 = sqrt %5789 : f32[] @ models/lib/nn.yaml:80:7
%5791 = cast %5790 : f64[] @ models/lib/nn.yaml:80:7
%5792 = add %5791, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5793 = div %3622, %5792 : f64[] @ models/lib/nn.yaml:80:7
%5794 = lt %5793, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5795 = cast %5793 : f32[] @ models/lib/nn.yaml:80:7
%5796 = broadcast %5795 : f32[256] @ models/lib/nn.yaml:80:7
%5797 = mul %5787, %5796 : f32[256] @ models/lib/nn.yaml:80:7
%5798 = broadcast %5794 : bool[256] @ models/lib/nn.yaml:80:7
%5799 = select %5798, %5797, %5787 : f32[256] @ models/lib/nn.yaml:80:7
%5800 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5801 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5802 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5803 = add %5802, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5804 = mul %5799, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%5805 = mul %5800, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%5806 = add %5805, %5804 : f32[256] @ models/lib/nn.yaml:80:7
%5807 = mul %5799, %5799 : f32[256] @ models/lib/nn.yaml:80:7
%5808 = mul %5807, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%5809 = mul %5801, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%5810 = add %5809, %5808 : f32[256] @ models/lib/nn.yaml:80:7
%5811 = cast %5803 : f64[] @ models/lib/nn.yaml:80:7
%5812 = pow %3643, %5811 : f64[] @ models/lib/nn.yaml:80:7
%5813 = sub %3624, %5812 : f64[] @ models/lib/nn.yaml:80:7
%5814 = div %2143, %5813 : f64[] @ models/lib/nn.yaml:80:7
%5815 = pow %3651, %5811 : f64[] @ models/lib/nn.yaml:80:7
%5816 = sub %3624, %5815 : f64[] @ models/lib/nn.yaml:80:7
%5817 = sqrt %5816 : f64[] @ models/lib/nn.yaml:80:7
%5818 = div %3624, %5817 : f64[] @ models/lib/nn.yaml:80:7
%5819 = sqrt %5810 : f32[256] @ models/lib/nn.yaml:80:7
%5820 = cast %5818 : f32[] @ models/lib/nn.yaml:80:7
%5821 = broadcast %5820 : f32[256] @ models/lib/nn.yaml:80:7
%5822 = mul %5819, %5821 : f32[256] @ models/lib/nn.yaml:80:7
%5823 = add %5822, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%5824 = div %5806, %5823 : f32[256] @ models/lib/nn.yaml:80:7
%5825 = cast %5814 : f32[] @ models/lib/nn.yaml:80:7
%5826 = broadcast %5825 : f32[256] @ models/lib/nn.yaml:80:7
%5827 = mul %5824, %5826 : f32[256] @ models/lib/nn.yaml:80:7
%5828 = sub %48, %5827 : f32[256] @ models/lib/nn.yaml:80:7
%5829 = assign %48, %5828 : f32[256] @ models/lib/nn.yaml:80:7
%5830 = assign %5800, %5806 : f32[256] @ models/lib/nn.yaml:80:7
%5831 = assign %5801, %5810 : f32[256] @ models/lib/nn.yaml:80:7
%5832 = assign %5802, %5803 : i64[] @ models/lib/nn.yaml:80:7
%5833 = mul %110, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%5834 = mul %5828, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%5835 = add %5833, %5834 : f32[256] @ models/lib/nn.yaml:80:7
%5836 = assign %110, %5835 : f32[256] @ models/lib/nn.yaml:80:7
%5837 = all_reduce_sum %3153 : f32[64,256] @ models/lib/nn.yaml:79:7
%5838 = reshape %5837 : f32[16384] @ models/lib/nn.yaml:79:7
%5839 = mul %5838, %5838 : f32[16384] @ models/lib/nn.yaml:79:7
%5840 = reduce_sum %5839 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5841 = sqrt %5840 : f32[] @ models/lib/nn.yaml:79:7
%5842 = cast %5841 : f64[] @ models/lib/nn.yaml:79:7
%5843 = add %5842, %3620 : f64[] @ models/lib/nn.yaml:79:7
%5844 = div %3622, %5843 : f64[] @ models/lib/nn.yaml:79:7
%5845 = lt %5844, %3624 : bool[] @ models/lib/nn.yaml:79:7
%5846 = cast %5844 : f32[] @ models/lib/nn.yaml:79:7
%5847 = broadcast %5846 : f32[64,256] @ models/lib/nn.yaml:79:7
%5848 = mul %5837, %5847 : f32[64,256] @ models/lib/nn.yaml:79:7
%5849 = broadcast %5845 : bool[64,256] @ models/lib/nn.yaml:79:7
%5850 = select %5849, %5848, %5837 : f32[64,256] @ models/lib/nn.yaml:79:7
%5851 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5852 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5853 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5854 = add %5853, %3634 : i64[] @ models/lib/nn.yaml:79:7
%5855 = mul %49, %4367 : f32[64,256] @ models/lib/nn.yaml:79:7
%5856 = mul %5850, %4369 : f32[64,256] @ models/lib/nn.yaml:79:7
%5857 = mul %5851, %4371 : f32[64,256] @ models/lib/nn.yaml:79:7
%5858 = add %5857, %5856 : f32[64,256] @ models/lib/nn.yaml:79:7
%5859 = mul %5850, %5850 : f32[64,256] @ models/lib/nn.yaml:79:7
%5860 = mul %5859, %4375 : f32[64,256] @ models/lib/nn.yaml:79:7
%5861 = mul %5852, %4377 : f32[64,256] @ models/lib/nn.yaml:79:7
%5862 = add %5861, %5860 : f32[64,256] @ models/lib/nn.yaml:79:7
%5863 = cast %5854 : f64[] @ models/lib/nn.yaml:79:7
%5864 = pow %3643, %5863 : f64[] @ models/lib/nn.yaml:79:7
%5865 = sub %3624, %5864 : f64[] @ models/lib/nn.yaml:79:7
%5866 = div %2143, %5865 : f64[] @ models/lib/nn.yaml:79:7
%5867 = pow %3651, %5863 : f64[] @ models/lib/nn.yaml:79:7
%5868 = sub %3624, %5867 : f64[] @ models/lib/nn.yaml:79:7
%5869 = sqrt %5868 : f64[] @ models/lib/nn.yaml:79:7
%5870 = div %3624, %5869 : f64[] @ models/lib/nn.yaml:79:7
%5871 = sqrt %5862 : f32[64,256] @ models/lib/nn.yaml:79:7
%5872 = cast %5870 : f32[] @ models/lib/nn.yaml:79:7
%5873 = broadcast %5872 : f32[64,256] @ models/lib/nn.yaml:79:7
%5874 = mul %5871, %5873 : f32[64,256] @ models/lib/nn.yaml:79:7
%5875 = add %5874, %4392 : f32[64,256] @ models/lib/nn.yaml:79:7
%5876 = div %5858, %5875 : f32[64,256] @ models/lib/nn.yaml:79:7
%5877 = cast %5866 : f32[] @ models/lib/nn.yaml:79:7
%5878 = broadcast %5877 : f32[64,256] @ models/lib/nn.yaml:79:7
%5879 = mul %5876, %5878 : f32[64,256] @ models/lib/nn.yaml:79:7
%5880 = sub %5855, %5879 : f32[64,256] @ models/lib/nn.yaml:79:7
%5881 = assign %49, %5880 : f32[64,256] @ models/lib/nn.yaml:79:7
%5882 = assign %5851, %5858 : f32[64,256] @ models/lib/nn.yaml:79:7
%5883 = assign %5852, %5862 : f32[64,256] @ models/lib/nn.yaml:79:7
%5884 = assign %5853, %5854 : i64[] @ models/lib/nn.yaml:79:7
%5885 = mul %111, %4403 : f32[64,256] @ models/lib/nn.yaml:79:7
%5886 = mul %5880, %4405 : f32[64,256] @ models/lib/nn.yaml:79:7
%5887 = add %5885, %5886 : f32[64,256] @ models/lib/nn.yaml:79:7
%5888 = assign %111, %5887 : f32[64,256] @ models/lib/nn.yaml:79:7
%5889 = all_reduce_sum %3148 : f32[64] @ models/lib/nn.yaml:80:7
%5890 = mul %5889, %5889 : f32[64] @ models/lib/nn.yaml:80:7
%5891 = reduce_sum %5890 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5892 = sqrt %5891 : f32[] @ models/lib/nn.yaml:80:7
%5893 = cast %5892 : f64[] @ models/lib/nn.yaml:80:7
%5894 = add %5893, %3620 : f64[] @ models/lib/nn.yaml:80:7
%5895 = div %3622, %5894 : f64[] @ models/lib/nn.yaml:80:7
%5896 = lt %5895, %3624 : bool[] @ models/lib/nn.yaml:80:7
%5897 = cast %5895 : f32[] @ models/lib/nn.yaml:80:7
%5898 = broadcast %5897 : f32[64] @ models/lib/nn.yaml:80:7
%5899 = mul %5889, %5898 : f32[64] @ models/lib/nn.yaml:80:7
%5900 = broadcast %5896 : bool[64] @ models/lib/nn.yaml:80:7
%5901 = select %5900, %5899, %5889 : f32[64] @ models/lib/nn.yaml:80:7
%5902 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5903 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5904 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5905 = add %5904, %3634 : i64[] @ models/lib/nn.yaml:80:7
%5906 = mul %5901, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%5907 = mul %5902, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%5908 = add %5907, %5906 : f32[64] @ models/lib/nn.yaml:80:7
%5909 = mul %5901, %5901 : f32[64] @ models/lib/nn.yaml:80:7
%5910 = mul %5909, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%5911 = mul %5903, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%5912 = add %5911, %5910 : f32[64] @ models/lib/nn.yaml:80:7
%5913 = cast %5905 : f64[] @ models/lib/nn.yaml:80:7
%5914 = pow %3643, %5913 : f64[] @ models/lib/nn.yaml:80:7
%5915 = sub %3624, %5914 : f64[] @ models/lib/nn.yaml:80:7
%5916 = div %2143, %5915 : f64[] @ models/lib/nn.yaml:80:7
%5917 = pow %3651, %5913 : f64[] @ models/lib/nn.yaml:80:7
%5918 = sub %3624, %5917 : f64[] @ models/lib/nn.yaml:80:7
%5919 = sqrt %5918 : f64[] @ models/lib/nn.yaml:80:7
%5920 = div %3624, %5919 : f64[] @ models/lib/nn.yaml:80:7
%5921 = sqrt %5912 : f32[64] @ models/lib/nn.yaml:80:7
%5922 = cast %5920 : f32[] @ models/lib/nn.yaml:80:7
%5923 = broadcast %5922 : f32[64] @ models/lib/nn.yaml:80:7
%5924 = mul %5921, %5923 : f32[64] @ models/lib/nn.yaml:80:7
%5925 = add %5924, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%5926 = div %5908, %5925 : f32[64] @ models/lib/nn.yaml:80:7
%5927 = cast %5916 : f32[] @ models/lib/nn.yaml:80:7
%5928 = broadcast %5927 : f32[64] @ models/lib/nn.yaml:80:7
%5929 = mul %5926, %5928 : f32[64] @ models/lib/nn.yaml:80:7
%5930 = sub %50, %5929 : f32[64] @ models/lib/nn.yaml:80:7
%5931 = assign %50, %5930 : f32[64] @ models/lib/nn.yaml:80:7
%5932 = assign %5902, %5908 : f32[64] @ models/lib/nn.yaml:80:7
%5933 = assign %5903, %5912 : f32[64] @ models/lib/nn.yaml:80:7
%5934 = assign %5904, %5905 : i64[] @ models/lib/nn.yaml:80:7
%5935 = mul %112, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%5936 = mul %5930, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5937 = add %5935, %5936 : f32[64] @ models/lib/nn.yaml:80:7
%5938 = assign %112, %5937 : f32[64] @ models/lib/nn.yaml:80:7
%5939 = all_reduce_sum %3123 : f32[64] @ models/lib/nn.yaml:89:7
%5940 = mul %5939, %5939 : f32[64] @ models/lib/nn.yaml:89:7
%5941 = reduce_sum %5940 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5942 = sqrt %5941 : f32[] @ models/lib/nn.yaml:89:7
%5943 = cast %5942 : f64[] @ models/lib/nn.yaml:89:7
%5944 = add %5943, %3620 : f64[] @ models/lib/nn.yaml:89:7
%5945 = div %3622, %5944 : f64[] @ models/lib/nn.yaml:89:7
%5946 = lt %5945, %3624 : bool[] @ models/lib/nn.yaml:89:7
%5947 = cast %5945 : f32[] @ models/lib/nn.yaml:89:7
%5948 = broadcast %5947 : f32[64] @ models/lib/nn.yaml:89:7
%5949 = mul %5939, %5948 : f32[64] @ models/lib/nn.yaml:89:7
%5950 = broadcast %5946 : bool[64] @ models/lib/nn.yaml:89:7
%5951 = select %5950, %5949, %5939 : f32[64] @ models/lib/nn.yaml:89:7
%5952 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5953 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5954 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5955 = add %5954, %3634 : i64[] @ models/lib/nn.yaml:89:7
%5956 = mul %5951, %3765 : f32[64] @ models/lib/nn.yaml:89:7
%5957 = mul %5952, %3767 : f32[64] @ models/lib/nn.yaml:89:7
%5958 = add %5957, %5956 : f32[64] @ models/lib/nn.yaml:89:7
%5959 = mul %5951, %5951 : f32[64] @ models/lib/nn.yaml:89:7
%5960 = mul %5959, %3771 : f32[64] @ models/lib/nn.yaml:89:7
%5961 = mul %5953, %3773 : f32[64] @ models/lib/nn.yaml:89:7
%5962 = add %5961, %5960 : f32[64] @ models/lib/nn.yaml:89:7
%5963 = cast %5955 : f64[] @ models/lib/nn.yaml:89:7
%5964 = pow %3643, %5963 : f64[] @ models/lib/nn.yaml:89:7
%5965 = sub %3624, %5964 : f64[] @ models/lib/nn.yaml:89:7
%5966 = div %2143, %5965 : f64[] @ models/lib/nn.yaml:89:7
%5967 = pow %3651, %5963 : f64[] @ models/lib/nn.yaml:89:7
%5968 = sub %3624, %5967 : f64[] @ models/lib/nn.yaml:89:7
%5969 = sqrt %5968 : f64[] @ models/lib/nn.yaml:89:7
%5970 = div %3624, %5969 : f64[] @ models/lib/nn.yaml:89:7
%5971 = sqrt %5962 : f32[64] @ models/lib/nn.yaml:89:7
%5972 = cast %5970 : f32[] @ models/lib/nn.yaml:89:7
%5973 = broadcast %5972 : f32[64] @ models/lib/nn.yaml:89:7
%5974 = mul %5971, %5973 : f32[64] @ models/lib/nn.yaml:89:7
%5975 = add %5974, %3788 : f32[64] @ models/lib/nn.yaml:89:7
%5976 = div %5958, %5975 : f32[64] @ models/lib/nn.yaml:89:7
%5977 = cast %5966 : f32[] @ models/lib/nn.yaml:89:7
%5978 = broadcast %5977 : f32[64] @ models/lib/nn.yaml:89:7
%5979 = mul %5976, %5978 : f32[64] @ models/lib/nn.yaml:89:7
%5980 = sub %51, %5979 : f32[64] @ models/lib/nn.yaml:89:7
%5981 = assign %51, %5980 : f32[64] @ models/lib/nn.yaml:89:7
%5982 = assign %5952, %5958 : f32[64] @ models/lib/nn.yaml:89:7
%5983 = assign %5953, %5962 : f32[64] @ models/lib/nn.yaml:89:7
%5984 = assign %5954, %5955 : i64[] @ models/lib/nn.yaml:89:7
%5985 = mul %113, %3799 : f32[64] @ models/lib/nn.yaml:89:7
%5986 = mul %5980, %3801 : f32[64] @ models/lib/nn.yaml:89:7
%5987 = add %5985, %5986 : f32[64] @ models/lib/nn.yaml:89:7
%5988 = assign %113, %5987 : f32[64] @ models/lib/nn.yaml:89:7
%5989 = all_reduce_sum %3116 : f32[64] @ models/lib/nn.yaml:90:7
%5990 = mul %5989, %5989 : f32[64] @ models/lib/nn.yaml:90:7
%5991 = reduce_sum %5990 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5992 = sqrt %5991 : f32[] @ models/lib/nn.yaml:90:7
%5993 = cast %5992 : f64[] @ models/lib/nn.yaml:90:7
%5994 = add %5993, %3620 : f64[] @ models/lib/nn.yaml:90:7
%5995 = div %3622, %5994 : f64[] @ models/lib/nn.yaml:90:7
%5996 = lt %5995, %3624 : bool[] @ models/lib/nn.yaml:90:7
%5997 = cast %5995 : f32[] @ models/lib/nn.yaml:90:7
%5998 = broadcast %5997 : f32[64] @ models/lib/nn.yaml:90:7
%5999 = mul %5989, %5998 : f32[64] @ models/lib/nn.yaml:90:7
%6000 = broadcast %5996 : bool[64] @ models/lib/nn.yaml:90:7
%6001 = select %6000, %5999, %5989 : f32[64] @ models/lib/nn.yaml:90:7
%6002 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6003 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6004 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6005 = add %6004, %3634 : i64[] @ models/lib/nn.yaml:90:7
%6006 = mul %6001, %3765 : f32[64] @ models/lib/nn.yaml:90:7
%6007 = mul %6002, %3767 : f32[64] @ models/lib/nn.yaml:90:7
%6008 = add %6007, %6006 : f32[64] @ models/lib/nn.yaml:90:7
%6009 = mul %6001, %6001 : f32[64] @ models/lib/nn.yaml:90:7
%6010 = mul %6009, %3771 : f32[64] @ models/lib/nn.yaml:90:7
%6011 = mul %6003, %3773 : f32[64] @ models/lib/nn.yaml:90:7
%6012 = add %6011, %6010 : f32[64] @ models/lib/nn.yaml:90:7
%6013 = cast %6005 : f64[] @ models/lib/nn.yaml:90:7
%6014 = pow %3643, %6013 : f64[] @ models/lib/nn.yaml:90:7
%6015 = sub %3624, %6014 : f64[] @ models/lib/nn.yaml:90:7
%6016 = div %2143, %6015 : f64[] @ models/lib/nn.yaml:90:7
%6017 = pow %3651, %6013 : f64[] @ models/lib/nn.yaml:90:7
%6018 = sub %3624, %6017 : f64[] @ models/lib/nn.yaml:90:7
%6019 = sqrt %6018 : f64[] @ models/lib/nn.yaml:90:7
%6020 = div %3624, %6019 : f64[] @ models/lib/nn.yaml:90:7
%6021 = sqrt %6012 : f32[64] @ models/lib/nn.yaml:90:7
%6022 = cast %6020 : f32[] @ models/lib/nn.yaml:90:7
%6023 = broadcast %6022 : f32[64] @ models/lib/nn.yaml:90:7
%6024 = mul %6021, %6023 : f32[64] @ models/lib/nn.yaml:90:7
%6025 = add %6024, %3788 : f32[64] @ models/lib/nn.yaml:90:7
%6026 = div %6008, %6025 : f32[64] @ models/lib/nn.yaml:90:7
%6027 = cast %6016 : f32[] @ models/lib/nn.yaml:90:7
%6028 = broadcast %6027 : f32[64] @ models/lib/nn.yaml:90:7
%6029 = mul %6026, %6028 : f32[64] @ models/lib/nn.yaml:90:7
%6030 = sub %52, %6029 : f32[64] @ models/lib/nn.yaml:90:7
%6031 = assign %52, %6030 : f32[64] @ models/lib/nn.yaml:90:7
%6032 = assign %6002, %6008 : f32[64] @ models/lib/nn.yaml:90:7
%6033 = assign %6003, %6012 : f32[64] @ models/lib/nn.yaml:90:7
%6034 = assign %6004, %6005 : i64[] @ models/lib/nn.yaml:90:7
%6035 = mul %114, %3799 : f32[64] @ models/lib/nn.yaml:90:7
%6036 = mul %6030, %3801 : f32[64] @ models/lib/nn.yaml:90:7
%6037 = add %6035, %6036 : f32[64] @ models/lib/nn.yaml:90:7
%6038 = assign %114, %6037 : f32[64] @ models/lib/nn.yaml:90:7
%6039 = all_reduce_sum %3106 : f32[256,64] @ models/lib/nn.yaml:79:7
%6040 = reshape %6039 : f32[16384] @ models/lib/nn.yaml:79:7
%6041 = mul %6040, %6040 : f32[16384] @ models/lib/nn.yaml:79:7
%6042 = reduce_sum %6041 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6043 = sqrt %6042 : f32[] @ models/lib/nn.yaml:79:7
%6044 = cast %6043 : f64[] @ models/lib/nn.yaml:79:7
%6045 = add %6044, %3620 : f64[] @ models/lib/nn.yaml:79:7
%6046 = div %3622, %6045 : f64[] @ models/lib/nn.yaml:79:7
%6047 = lt %6046, %3624 : bool[] @ models/lib/nn.yaml:79:7
%6048 = cast %6046 : f32[] @ models/lib/nn.yaml:79:7
%6049 = broadcast %6048 : f32[256,64] @ models/lib/nn.yaml:79:7
%6050 = mul %6039, %6049 : f32[256,64] @ models/lib/nn.yaml:79:7
%6051 = broadcast %6047 : bool[256,64] @ models/lib/nn.yaml:79:7
%6052 = select %6051, %6050, %6039 : f32[256,64] @ models/lib/nn.yaml:79:7
%6053 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6054 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6055 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6056 = add %6055, %3634 : i64[] @ models/lib/nn.yaml:79:7
%6057 = mul %53, %4250 : f32[256,64] @ models/lib/nn.yaml:79:7
%6058 = mul %6052, %4252 : f32[256,64] @ models/lib/nn.yaml:79:7
%6059 = mul %6053, %4254 : f32[256,64] @ models/lib/nn.yaml:79:7
%6060 = add %6059, %6058 : f32[256,64] @ models/lib/nn.yaml:79:7
%6061 = mul %6052, %6052 : f32[256,64] @ models/lib/nn.yaml:79:7
%6062 = mul %6061, %4258 : f32[256,64] @ models/lib/nn.yaml:79:7
%6063 = mul %6054, %4260 : f32[256,64] @ models/lib/nn.yaml:79:7
%6064 = add %6063, %6062 : f32[256,64] @ models/lib/nn.yaml:79:7
%6065 = cast %6056 : f64[] @ models/lib/nn.yaml:79:7
%6066 = pow %3643, %6065 : f64[] @ models/lib/nn.yaml:79:7
%6067 = sub %3624, %6066 : f64[] @ models/lib/nn.yaml:79:7
%6068 = div %2143, %6067 : f64[] @ models/lib/nn.yaml:79:7
%6069 = pow %3651, %6065 : f64[] @ models/lib/nn.yaml:79:7
%6070 = sub %3624, %6069 : f64[] @ models/lib/nn.yaml:79:7
%6071 = sqrt %6070 : f64[] @ models/lib/nn.yaml:79:7
%6072 = div %3624, %6071 : f64[] @ models/lib/nn.yaml:79:7
%6073 = sqrt %6064 : f32[256,64] @ models/lib/nn.yaml:79:7
%6074 = cast %6072 : f32[] @ models/lib/nn.yaml:79:7
%6075 = broadcast %6074 : f32[256,64] @ models/lib/nn.yaml:79:7
%6076 = mul %6073, %6075 : f32[256,64] @ models/lib/nn.yaml:79:7
%6077 = add %6076, %4275 : f32[256,64] @ models/lib/nn.yaml:79:7
%6078 = div %6060, %6077 : f32[256,64] @ models/lib/nn.yaml:79:7
%6079 = cast %6068 : f32[] @ models/lib/nn.yaml:79:7
%6080 = broadcast %6079 : f32[256,64] @ models/lib/nn.yaml:79:7
%6081 = mul %6078, %6080 : f32[256,64] @ models/lib/nn.yaml:79:7
%6082 = sub %6057, %6081 : f32[256,64] @ models/lib/nn.yaml:79:7
%6083 = assign %53, %6082 : f32[256,64] @ models/lib/nn.yaml:79:7
%6084 = assign %6053, %6060 : f32[256,64] @ models/lib/nn.yaml:79:7
%6085 = assign %6054, %6064 : f32[256,64] @ models/lib/nn.yaml:79:7
%6086 = assign %6055, %6056 : i64[] @ models/lib/nn.yaml:79:7
%6087 = mul %115, %4286 : f32[256,64] @ models/lib/nn.yaml:79:7
%6088 = mul %6082, %4288 : f32[256,64] @ models/lib/nn.yaml:79:7
%6089 = add %6087, %6088 : f32[256,64] @ models/lib/nn.yaml:79:7
%6090 = assign %115, %6089 : f32[256,64] @ models/lib/nn.yaml:79:7
%6091 = all_reduce_sum %3101 : f32[256] @ models/lib/nn.yaml:80:7
%6092 = mul %6091, %6091 : f32[256] @ models/lib/nn.yaml:80:7
%6093 = reduce_sum %6092 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6094 = sqrt %6093 : f32[] @ models/lib/nn.yaml:80:7
%6095 = cast %6094 : f64[] @ models/lib/nn.yaml:80:7
%6096 = add %6095, %3620 : f64[] @ models/lib/nn.yaml:80:7
%6097 = div %3622, %6096 : f64[] @ models/lib/nn.yaml:80:7
%6098 = lt %6097, %3624 : bool[] @ models/lib/nn.yaml:80:7
%6099 = cast %6097 : f32[] @ models/lib/nn.yaml:80:7
%6100 = broadcast %6099 : f32[256] @ models/lib/nn.yaml:80:7
%6101 = mul %6091, %6100 : f32[256] @ models/lib/nn.yaml:80:7
%6102 = broadcast %6098 : bool[256] @ models/lib/nn.yaml:80:7
%6103 = select %6102, %6101, %6091 : f32[256] @ models/lib/nn.yaml:80:7
%6104 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6105 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6106 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6107 = add %6106, %3634 : i64[] @ models/lib/nn.yaml:80:7
%6108 = mul %6103, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%6109 = mul %6104, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%6110 = add %6109, %6108 : f32[256] @ models/lib/nn.yaml:80:7
%6111 = mul %6103, %6103 : f32[256] @ models/lib/nn.yaml:80:7
%6112 = mul %6111, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%6113 = mul %6105, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%6114 = add %6113, %6112 : f32[256] @ models/lib/nn.yaml:80:7
%6115 = cast %6107 : f64[] @ models/lib/nn.yaml:80:7
%6116 = pow %3643, %6115 : f64[] @ models/lib/nn.yaml:80:7
%6117 = sub %3624, %6116 : f64[] @ models/lib/nn.yaml:80:7
%6118 = div %2143, %6117 : f64[] @ models/lib/nn.yaml:80:7
%6119 = pow %3651, %6115 : f64[] @ models/lib/nn.yaml:80:7
%6120 = sub %3624, %6119 : f64[] @ models/lib/nn.yaml:80:7
%6121 = sqrt %6120 : f64[] @ models/lib/nn.yaml:80:7
%6122 = div %3624, %6121 : f64[] @ models/lib/nn.yaml:80:7
%6123 = sqrt %6114 : f32[256] @ models/lib/nn.yaml:80:7
%6124 = cast %6122 : f32[] @ models/lib/nn.yaml:80:7
%6125 = broadcast %6124 : f32[256] @ models/lib/nn.yaml:80:7
%6126 = mul %6123, %6125 : f32[256] @ models/lib/nn.yaml:80:7
%6127 = add %6126, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%6128 = div %6110, %6127 : f32[256] @ models/lib/nn.yaml:80:7
%6129 = cast %6118 : f32[] @ models/lib/nn.yaml:80:7
%6130 = broadcast %6129 : f32[256] @ models/lib/nn.yaml:80:7
%6131 = mul %6128, %6130 : f32[256] @ models/lib/nn.yaml:80:7
%6132 = sub %54, %6131 : f32[256] @ models/lib/nn.yaml:80:7
%6133 = assign %54, %6132 : f32[256] @ models/lib/nn.yaml:80:7
%6134 = assign %6104, %6110 : f32[256] @ models/lib/nn.yaml:80:7
%6135 = assign %6105, %6114 : f32[256] @ models/lib/nn.yaml:80:7
%6136 = assign %6106, %6107 : i64[] @ models/lib/nn.yaml:80:7
%6137 = mul %116, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%6138 = mul %6132, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%6139 = add %6137, %6138 : f32[256] @ models/lib/nn.yaml:80:7
%6140 = assign %116, %6139 : f32[256] @ models/lib/nn.yaml:80:7
%6141 = all_reduce_sum %3083 : f32[256,256] @ models/lib/nn.yaml:79:7
%6142 = reshape %6141 : f32[65536] @ models/lib/nn.yaml:79:7
%6143 = mul %6142, %6142 : f32[65536] @ models/lib/nn.yaml:79:7
%6144 = reduce_sum %6143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6145 = sqrt %6144 : f32[] @ models/lib/nn.yaml:79:7
%6146 = cast %6145 : f64[] @ models/lib/nn.yaml:79:7
%6147 = add %6146, %3620 : f64[] @ models/lib/nn.yaml:79:7
%6148 = div %3622, %6147 : f64[] @ models/lib/nn.yaml:79:7
%6149 = lt %6148, %3624 : bool[] @ models/lib/nn.yaml:79:7
%6150 = cast %6148 : f32[] @ models/lib/nn.yaml:79:7
%6151 = broadcast %6150 : f32[256,256] @ models/lib/nn.yaml:79:7
%6152 = mul %6141, %6151 : f32[256,256] @ models/lib/nn.yaml:79:7
%6153 = broadcast %6149 : bool[256,256] @ models/lib/nn.yaml:79:7
%6154 = select %6153, %6152, %6141 : f32[256,256] @ models/lib/nn.yaml:79:7
%6155 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6156 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6157 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6158 = add %6157, %3634 : i64[] @ models/lib/nn.yaml:79:7
%6159 = broadcast %3638 : f32[256,256] @ models/lib/nn.yaml:79:7
%6160 = mul %55, %6159 : f32[256,256] @ models/lib/nn.yaml:79:7
%6161 = broadcast %1868 : f32[256,256] @ models/lib/nn.yaml:79:7
%6162 = mul %6154, %6161 : f32[256,256] @ models/lib/nn.yaml:79:7
%6163 = broadcast %1272 : f32[256,256] @ models/lib/nn.yaml:79:7
%6164 = mul %6155, %6163 : f32[256,256] @ models/lib/nn.yaml:79:7
%6165 = add %6164, %6162 : f32[256,256] @ models/lib/nn.yaml:79:7
%6166 = mul %6154, %6154 : f32[256,256] @ models/lib/nn.yaml:79:7
%6167 = broadcast %3648 : f32[256,256] @ models/lib/nn.yaml:79:7
%6168 = mul %6166, %6167 : f32[256,256] @ models/lib/nn.yaml:79:7
%6169 = broadcast %3652 : f32[256,256] @ models/lib/nn.yaml:79:7
%6170 = mul %6156, %6169 : f32[256,256] @ models/lib/nn.yaml:79:7
%6171 = add %6170, %6168 : f32[256,256] @ models/lib/nn.yaml:79:7
%6172 = cast %6158 : f64[] @ models/lib/nn.yaml:79:7
%6173 = pow %3643, %6172 : f64[] @ models/lib/nn.yaml:79:7
%6174 = sub %3624, %6173 : f64[] @ models/lib/nn.yaml:79:7
%6175 = div %2143, %6174 : f64[] @ models/lib/nn.yaml:79:7
%6176 = pow %3651, %6172 : f64[] @ models/lib/nn.yaml:79:7
%6177 = sub %3624, %6176 : f64[] @ models/lib/nn.yaml:79:7
%6178 = sqrt %6177 : f64[] @ models/lib/nn.yaml:79:7
%6179 = div %3624, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6180 = sqrt %6171 : f32[256,256] @ models/lib/nn.yaml:79:7
%6181 = cast %6179 : f32[] @ models/lib/nn.yaml:79:7
%6182 = broadcast %6181 : f32[256,256] @ models/lib/nn.yaml:79:7
%6183 = mul %6180, %6182 : f32[256,256] @ models/lib/nn.yaml:79:7
%6184 = broadcast %3668 : f32[256,256] @ models/lib/nn.yaml:79:7
%6185 = add %6183, %6184 : f32[256,256] @ models/lib/nn.yaml:79:7
%6186 = div %6165, %6185 : f32[256,256] @ models/lib/nn.yaml:79:7
%6187 = cast %6175 : f32[] @ models/lib/nn.yaml:79:7
%6188 = broadcast %6187 : f32[256,256] @ models/lib/nn.yaml:79:7
%6189 = mul %6186, %6188 : f32[256,256] @ models/lib/nn.yaml:79:7
%6190 = sub %6160, %6189 : f32[256,256] @ models/lib/nn.yaml:79:7
%6191 = assign %55, %6190 : f32[256,256] @ models/lib/nn.yaml:79:7
%6192 = assign %6155, %6165 : f32[256,256] @ models/lib/nn.yaml:79:7
%6193 = assign %6156, %6171 : f32[256,256] @ models/lib/nn.yaml:79:7
%6194 = assign %6157, %6158 : i64[] @ models/lib/nn.yaml:79:7
%6195 = broadcast %3 : f32[256,256] @ models/lib/nn.yaml:79:7
%6196 = mul %117, %6195 : f32[256,256] @ models/lib/nn.yaml:79:7
%6197 = broadcast %3683 : f32[256,256] @ models/lib/nn.yaml:79:7
%6198 = mul %6190, %6197 : f32[256,256] @ models/lib/nn.yaml:79:7
%6199 = add %6196, %6198 : f32[256,256] @ models/lib/nn.yaml:79:7
%6200 = assign %117, %6199 : f32[256,256] @ models/lib/nn.yaml:79:7
%6201 = all_reduce_sum %3078 : f32[256] @ models/lib/nn.yaml:80:7
%6202 = mul %6201, %6201 : f32[256] @ models/lib/nn.yaml:80:7
%6203 = reduce_sum %6202 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6204 = sqrt %6203 : f32[] @ models/lib/nn.yaml:80:7
%6205 = cast %6204 : f64[] @ models/lib/nn.yaml:80:7
%6206 = add %6205, %3620 : f64[] @ models/lib/nn.yaml:80:7
%6207 = div %3622, %6206 : f64[] @ models/lib/nn.yaml:80:7
%6208 = lt %6207, %3624 : bool[] @ models/lib/nn.yaml:80:7
%6209 = cast %6207 : f32[] @ models/lib/nn.yaml:80:7
%6210 = broadcast %6209 : f32[256] @ models/lib/nn.yaml:80:7
%6211 = mul %6201, %6210 : f32[256] @ models/lib/nn.yaml:80:7
%6212 = broadcast %6208 : bool[256] @ models/lib/nn.yaml:80:7
%6213 = select %6212, %6211, %6201 : f32[256] @ models/lib/nn.yaml:80:7
%6214 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6215 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6216 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6217 = add %6216, %3634 : i64[] @ models/lib/nn.yaml:80:7
%6218 = mul %6213, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%6219 = mul %6214, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%6220 = add %6219, %6218 : f32[256] @ models/lib/nn.yaml:80:7
%6221 = mul %6213, %6213 : f32[256] @ models/lib/nn.yaml:80:7
%6222 = mul %6221, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%6223 = mul %6215, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%6224 = add %6223, %6222 : f32[256] @ models/lib/nn.yaml:80:7
%6225 = cast %6217 : f64[] @ models/lib/nn.yaml:80:7
%6226 = pow %3643, %6225 : f64[] @ models/lib/nn.yaml:80:7
%6227 = sub %3624, %6226 : f64[] @ models/lib/nn.yaml:80:7
%6228 = div %2143, %6227 : f64[] @ models/lib/nn.yaml:80:7
%6229 = pow %3651, %6225 : f64[] @ models/lib/nn.yaml:80:7
%6230 = sub %3624, %6229 : f64[] @ models/lib/nn.yaml:80:7
%6231 = sqrt %6230 : f64[] @ models/lib/nn.yaml:80:7
%6232 = div %3624, %6231 : f64[] @ models/lib/nn.yaml:80:7
%6233 = sqrt %6224 : f32[256] @ models/lib/nn.yaml:80:7
%6234 = cast %6232 : f32[] @ models/lib/nn.yaml:80:7
%6235 = broadcast %6234 : f32[256] @ models/lib/nn.yaml:80:7
%6236 = mul %6233, %6235 : f32[256] @ models/lib/nn.yaml:80:7
%6237 = add %6236, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%6238 = div %6220, %6237 : f32[256] @ models/lib/nn.yaml:80:7
%6239 = cast %6228 : f32[] @ models/lib/nn.yaml:80:7
%6240 = broadcast %6239 : f32[256] @ models/lib/nn.yaml:80:7
%6241 = mul %6238, %6240 : f32[256] @ models/lib/nn.yaml:80:7
%6242 = sub %56, %6241 : f32[256] @ models/lib/nn.yaml:80:7
%6243 = assign %56, %6242 : f32[256] @ models/lib/nn.yaml:80:7
%6244 = assign %6214, %6220 : f32[256] @ models/lib/nn.yaml:80:7
%6245 = assign %6215, %6224 : f32[256] @ models/lib/nn.yaml:80:7
%6246 = assign %6216, %6217 : i64[] @ models/lib/nn.yaml:80:7
%6247 = mul %118, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%6248 = mul %6242, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%6249 = add %6247, %6248 : f32[256] @ models/lib/nn.yaml:80:7
%6250 = assign %118, %6249 : f32[256] @ models/lib/nn.yaml:80:7
%6251 = all_reduce_sum %3060 : f32[64,256] @ models/lib/nn.yaml:79:7
%6252 = reshape %6251 : f32[16384] @ models/lib/nn.yaml:79:7
%6253 = mul %6252, %6252 : f32[16384] @ models/lib/nn.yaml:79:7
%6254 = reduce_sum %6253 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6255 = sqrt %6254 : f32[] @ models/lib/nn.yaml:79:7
%6256 = cast %6255 : f64[] @ models/lib/nn.yaml:79:7
%6257 = add %6256, %3620 : f64[] @ models/lib/nn.yaml:79:7
%6258 = div %3622, %6257 : f64[] @ models/lib/nn.yaml:79:7
%6259 = lt %6258, %3624 : bool[] @ models/lib/nn.yaml:79:7
%6260 = cast %6258 : f32[] @ models/lib/nn.yaml:79:7
%6261 = broadcast %6260 : f32[64,256] @ models/lib/nn.yaml:79:7
%6262 = mul %6251, %6261 : f32[64,256] @ models/lib/nn.yaml:79:7
%6263 = broadcast %6259 : bool[64,256] @ models/lib/nn.yaml:79:7
%6264 = select %6263, %6262, %6251 : f32[64,256] @ models/lib/nn.yaml:79:7
%6265 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6266 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6267 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6268 = add %6267, %3634 : i64[] @ models/lib/nn.yaml:79:7
%6269 = mul %57, %4367 : f32[64,256] @ models/lib/nn.yaml:79:7
%6270 = mul %6264, %4369 : f32[64,256] @ models/lib/nn.yaml:79:7
%6271 = mul %6265, %4371 : f32[64,256] @ models/lib/nn.yaml:79:7
%6272 = add %6271, %6270 : f32[64,256] @ models/lib/nn.yaml:79:7
%6273 = mul %6264, %6264 : f32[64,256] @ models/lib/nn.yaml:79:7
%6274 = mul %6273, %4375 : f32[64,256] @ models/lib/nn.yaml:79:7
%6275 = mul %6266, %4377 : f32[64,256] @ models/lib/nn.yaml:79:7
%6276 = add %6275, %6274 : f32[64,256] @ models/lib/nn.yaml:79:7
%6277 = cast %6268 : f64[] @ models/lib/nn.yaml:79:7
%6278 = pow %3643, %6277 : f64[] @ models/lib/nn.yaml:79:7
%6279 = sub %3624, %6278 : f64[] @ models/lib/nn.yaml:79:7
%6280 = div %2143, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6281 = pow %3651, %6277 : f64[] @ models/lib/nn.yaml:79:7
%6282 = sub %3624, %6281 : f64[] @ models/lib/nn.yaml:79:7
%6283 = sqrt %6282 : f64[] @ models/lib/nn.yaml:79:7
%6284 = div %3624, %6283 : f64[] @ models/lib/nn.yaml:79:7
%6285 = sqrt %6276 : f32[64,256] @ models/lib/nn.yaml:79:7
%6286 = cast %6284 : f32[] @ models/lib/nn.yaml:79:7
%6287 = broadcast %6286 : f32[64,256] @ models/lib/nn.yaml:79:7
%6288 = mul %6285, %6287 : f32[64,256] @ models/lib/nn.yaml:79:7
%6289 = add %6288, %4392 : f32[64,256] @ models/lib/nn.yaml:79:7
%6290 = div %6272, %6289 : f32[64,256] @ models/lib/nn.yaml:79:7
%6291 = cast %6280 : f32[] @ models/lib/nn.yaml:79:7
%6292 = broadcast %6291 : f32[64,256] @ models/lib/nn.yaml:79:7
%6293 = mul %6290, %6292 : f32[64,256] @ models/lib/nn.yaml:79:7
%6294 = sub %6269, %6293 : f32[64,256] @ models/lib/nn.yaml:79:7
%6295 = assign %57, %6294 : f32[64,256] @ models/lib/nn.yaml:79:7
%6296 = assign %6265, %6272 : f32[64,256] @ models/lib/nn.yaml:79:7
%6297 = assign %6266, %6276 : f32[64,256] @ models/lib/nn.yaml:79:7
%6298 = assign %6267, %6268 : i64[] @ models/lib/nn.yaml:79:7
%6299 = mul %119, %4403 : f32[64,256] @ models/lib/nn.yaml:79:7
%6300 = mul %6294, %4405 : f32[64,256] @ models/lib/nn.yaml:79:7
%6301 = add %6299, %6300 : f32[64,256] @ models/lib/nn.yaml:79:7
%6302 = assign %119, %6301 : f32[64,256] @ models/lib/nn.yaml:79:7
%6303 = all_reduce_sum %3055 : f32[64] @ models/lib/nn.yaml:80:7
%6304 = mul %6303, %6303 : f32[64] @ models/lib/nn.yaml:80:7
%6305 = reduce_sum %6304 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6306 = sqrt %6305 : f32[] @ models/lib/nn.yaml:80:7
%6307 = cast %6306 : f64[] @ models/lib/nn.yaml:80:7
%6308 = add %6307, %3620 : f64[] @ models/lib/nn.yaml:80:7
%6309 = div %3622, %6308 : f64[] @ models/lib/nn.yaml:80:7
%6310 = lt %6309, %3624 : bool[] @ models/lib/nn.yaml:80:7
%6311 = cast %6309 : f32[] @ models/lib/nn.yaml:80:7
%6312 = broadcast %6311 : f32[64] @ models/lib/nn.yaml:80:7
%6313 = mul %6303, %6312 : f32[64] @ models/lib/nn.yaml:80:7
%6314 = broadcast %6310 : bool[64] @ models/lib/nn.yaml:80:7
%6315 = select %6314, %6313, %6303 : f32[64] @ models/lib/nn.yaml:80:7
%6316 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6317 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6318 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6319 = add %6318, %3634 : i64[] @ models/lib/nn.yaml:80:7
%6320 = mul %6315, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%6321 = mul %6316, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%6322 = add %6321, %6320 : f32[64] @ models/lib/nn.yaml:80:7
%6323 = mul %6315, %6315 : f32[64] @ models/lib/nn.yaml:80:7
%6324 = mul %6323, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%6325 = mul %6317, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%6326 = add %6325, %6324 : f32[64] @ models/lib/nn.yaml:80:7
%6327 = cast %6319 : f64[] @ models/lib/nn.yaml:80:7
%6328 = pow %3643, %6327 : f64[] @ models/lib/nn.yaml:80:7
%6329 = sub %3624, %6328 : f64[] @ models/lib/nn.yaml:80:7
%6330 = div %2143, %6329 : f64[] @ models/lib/nn.yaml:80:7
%6331 = pow %3651, %6327 : f64[] @ models/lib/nn.yaml:80:7
%6332 = sub %3624, %6331 : f64[] @ models/lib/nn.yaml:80:7
%6333 = sqrt %6332 : f64[] @ models/lib/nn.yaml:80:7
%6334 = div %3624, %6333 : f64[] @ models/lib/nn.yaml:80:7
%6335 = sqrt %6326 : f32[64] @ models/lib/nn.yaml:80:7
%6336 = cast %6334 : f32[] @ models/lib/nn.yaml:80:7
%6337 = broadcast %6336 : f32[64] @ models/lib/nn.yaml:80:7
%6338 = mul %6335, %6337 : f32[64] @ models/lib/nn.yaml:80:7
%6339 = add %6338, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%6340 = div %6322, %6339 : f32[64] @ models/lib/nn.yaml:80:7
%6341 = cast %6330 : f32[] @ models/lib/nn.yaml:80:7
%6342 = broadcast %6341 : f32[64] @ models/lib/nn.yaml:80:7
%6343 = mul %6340, %6342 : f32[64] @ models/lib/nn.yaml:80:7
%6344 = sub %58, %6343 : f32[64] @ models/lib/nn.yaml:80:7
%6345 = assign %58, %6344 : f32[64] @ models/lib/nn.yaml:80:7
%6346 = assign %6316, %6322 : f32[64] @ models/lib/nn.yaml:80:7
%6347 = assign %6317, %6326 : f32[64] @ models/lib/nn.yaml:80:7
%6348 = assign %6318, %6319 : i64[] @ models/lib/nn.yaml:80:7
%6349 = mul %120, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%6350 = mul %6344, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%6351 = add %6349, %6350 : f32[64] @ models/lib/nn.yaml:80:7
%6352 = assign %120, %6351 : f32[64] @ models/lib/nn.yaml:80:7
%6353 = broadcast %3 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6354 = mul %121, %6353 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6355 = broadcast %3683 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6356 = mul %59, %6355 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6357 = add %6354, %6356 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6358 = assign %121, %6357 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6359 = all_reduce_sum %3034 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6360 = reshape %6359 : f32[4194304] @ models/lib/dino.yaml:19:7
%6361 = mul %6360, %6360 : f32[4194304] @ models/lib/dino.yaml:19:7
%6362 = reduce_sum %6361 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%6363 = sqrt %6362 : f32[] @ models/lib/dino.yaml:19:7
%6364 = cast %6363 : f64[] @ models/lib/dino.yaml:19:7
%6365 = add %6364, %3620 : f64[] @ models/lib/dino.yaml:19:7
%6366 = div %3622, %6365 : f64[] @ models/lib/dino.yaml:19:7
%6367 = lt %6366, %3624 : bool[] @ models/lib/dino.yaml:19:7
%6368 = cast %6366 : f32[] @ models/lib/dino.yaml:19:7
%6369 = broadcast %6368 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6370 = mul %6359, %6369 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6371 = broadcast %6367 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6372 = select %6371, %6370, %6359 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6373 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6374 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6375 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%6376 = add %6375, %3634 : i64[] @ models/lib/dino.yaml:19:7
%6377 = broadcast %3638 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6378 = mul %60, %6377 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6379 = broadcast %1868 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6380 = mul %6372, %6379 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6381 = broadcast %1272 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6382 = mul %6373, %6381 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6383 = add %6382, %6380 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6384 = mul %6372, %6372 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6385 = broadcast %3648 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6386 = mul %6384, %6385 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6387 = broadcast %3652 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6388 = mul %6374, %6387 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6389 = add %6388, %6386 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6390 = cast %6376 : f64[] @ models/lib/dino.yaml:19:7
%6391 = pow %3643, %6390 : f64[] @ models/lib/dino.yaml:19:7
%6392 = sub %3624, %6391 : f64[] @ models/lib/dino.yaml:19:7
%6393 = div %2143, %6392 : f64[] @ models/lib/dino.yaml:19:7
%6394 = pow %3651, %6390 : f64[] @ models/lib/dino.yaml:19:7
%6395 = sub %3624, %6394 : f64[] @ models/lib/dino.yaml:19:7
%6396 = sqrt %6395 : f64[] @ models/lib/dino.yaml:19:7
%6397 = div %3624, %6396 : f64[] @ models/lib/dino.yaml:19:7
%6398 = sqrt %6389 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6399 = cast %6397 : f32[] @ models/lib/dino.yaml:19:7
%6400 = broadcast %6399 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6401 = mul %6398, %6400 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6402 = broadcast %3668 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6403 = add %6401, %6402 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6404 = div %6383, %6403 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6405 = cast %6393 : f32[] @ models/lib/dino.yaml:19:7
%6406 = broadcast %6405 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6407 = mul %6404, %6406 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6408 = sub %6378, %6407 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6409 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%6410 = lt %6409, %3634 : bool[] @ models/lib/dino.yaml:19:7
%6411 = broadcast %6410 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6412 = select %6411, %60, %6408 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6413 = select %6411, %6373, %6383 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6414 = select %6411, %6374, %6389 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6415 = select %6410, %6375, %6376 : i64[] @ models/lib/dino.yaml:19:7
%6416 = assign %60, %6412 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6417 = assign %6373, %6413 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6418 = assign %6374, %6414 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6419 = assign %6375, %6415 : i64[] @ models/lib/dino.yaml:19:7
%6420 = broadcast %3 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6421 = mul %122, %6420 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6422 = broadcast %3683 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6423 = mul %6412, %6422 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6424 = add %6421, %6423 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6425 = assign %122, %6424 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6426 = all_reduce_sum %3018 : f32[256,64] @ models/lib/nn.yaml:79:7
%6427 = reshape %6426 : f32[16384] @ models/lib/nn.yaml:79:7
%6428 = mul %6427, %6427 : f32[16384] @ models/lib/nn.yaml:79:7
%6429 = reduce_sum %6428 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6430 = sqrt %6429 : f32[] @ models/lib/nn.yaml:79:7
%6431 = cast %6430 : f64[] @ models/lib/nn.yaml:79:7
%6432 = add %6431, %3620 : f64[] @ models/lib/nn.yaml:79:7
%6433 = div %3622, %6432 : f64[] @ models/lib/nn.yaml:79:7
%6434 = lt %6433, %3624 : bool[] @ models/lib/nn.yaml:79:7
%6435 = cast %6433 : f32[] @ models/lib/nn.yaml:79:7
%6436 = broadcast %6435 : f32[256,64] @ models/lib/nn.yaml:79:7
%6437 = mul %6426, %6436 : f32[256,64] @ models/lib/nn.yaml:79:7
%6438 = broadcast %6434 : bool[256,64] @ models/lib/nn.yaml:79:7
%6439 = select %6438, %6437, %6426 : f32[256,64] @ models/lib/nn.yaml:79:7
%6440 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6441 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6442 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6443 = add %6442, %3634 : i64[] @ models/lib/nn.yaml:79:7
%6444 = mul %61, %4250 : f32[256,64] @ models/lib/nn.yaml:79:7
%6445 = mul %6439, %4252 : f32[256,64] @ models/lib/nn.yaml:79:7
%6446 = mul %6440, %4254 : f32[256,64] @ models/lib/nn.yaml:79:7
%6447 = add %6446, %6445 : f32[256,64] @ models/lib/nn.yaml:79:7
%6448 = mul %6439, %6439 : f32[256,64] @ models/lib/nn.yaml:79:7
%6449 = mul %6448, %4258 : f32[256,64] @ models/lib/nn.yaml:79:7
%6450 = mul %6441, %4260 : f32[256,64] @ models/lib/nn.yaml:79:7
%6451 = add %6450, %6449 : f32[256,64] @ models/lib/nn.yaml:79:7
%6452 = cast %6443 : f64[] @ models/lib/nn.yaml:79:7
%6453 = pow %3643, %6452 : f64[] @ models/lib/nn.yaml:79:7
%6454 = sub %3624, %6453 : f64[] @ models/lib/nn.yaml:79:7
%6455 = div %2143, %6454 : f64[] @ models/lib/nn.yaml:79:7
%6456 = pow %3651, %6452 : f64[] @ models/lib/nn.yaml:79:7
%6457 = sub %3624, %6456 : f64[] @ models/lib/nn.yaml:79:7
%6458 = sqrt %6457 : f64[] @ models/lib/nn.yaml:79:7
%6459 = div %3624, %6458 : f64[] @ models/lib/nn.yaml:79:7
%6460 = sqrt %6451 : f32[256,64] @ models/lib/nn.yaml:79:7
%6461 = cast %6459 : f32[] @ models/lib/nn.yaml:79:7
%6462 = broadcast %6461 : f32[256,64] @ models/lib/nn.yaml:79:7
%6463 = mul %6460, %6462 : f32[256,64] @ models/lib/nn.yaml:79:7
%6464 = add %6463, %4275 : f32[256,64] @ models/lib/nn.yaml:79:7
%6465 = div %6447, %6464 : f32[256,64] @ models/lib/nn.yaml:79:7
%6466 = cast %6455 : f32[] @ models/lib/nn.yaml:79:7
%6467 = broadcast %6466 : f32[256,64] @ models/lib/nn.yaml:79:7
%6468 = mul %6465, %6467 : f32[256,64] @ models/lib/nn.yaml:79:7
%6469 = sub %6444, %6468 : f32[256,64] @ models/lib/nn.yaml:79:7
%6470 = assign %61, %6469 : f32[256,64] @ models/lib/nn.yaml:79:7
%6471 = assign %6440, %6447 : f32[256,64] @ models/lib/nn.yaml:79:7
%6472 = assign %6441, %6451 : f32[256,64] @ models/lib/nn.yaml:79:7
%6473 = assign %6442, %6443 : i64[] @ models/lib/nn.yaml:79:7
%6474 = mul %123, %4286 : f32[256,64] @ models/lib/nn.yaml:79:7
%6475 = mul %6469, %4288 : f32[256,64] @ models/lib/nn.yaml:79:7
%6476 = add %6474, %6475 : f32[256,64] @ models/lib/nn.yaml:79:7
%6477 = assign %123, %6476 : f32[256,64] @ models/lib/nn.yaml:79:7
%6478 = all_reduce_sum %3013 : f32[256] @ models/lib/nn.yaml:80:7
%6479 = mul %6478, %6478 : f32[256] @ models/lib/nn.yaml:80:7
%6480 = reduce_sum %6479 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6481 = sqrt %6480 : f32[] @ models/lib/nn.yaml:80:7
%6482 = cast %6481 : f64[] @ models/lib/nn.yaml:80:7
%6483 = add %6482, %3620 : f64[] @ models/lib/nn.yaml:80:7
%6484 = div %3622, %6483 : f64[] @ models/lib/nn.yaml:80:7
%6485 = lt %6484, %3624 : bool[] @ models/lib/nn.yaml:80:7
%6486 = cast %6484 : f32[] @ models/lib/nn.yaml:80:7
%6487 = broadcast %6486 : f32[256] @ models/lib/nn.yaml:80:7
%6488 = mul %6478, %6487 : f32[256] @ models/lib/nn.yaml:80:7
%6489 = broadcast %6485 : bool[256] @ models/lib/nn.yaml:80:7
%6490 = select %6489, %6488, %6478 : f32[256] @ models/lib/nn.yaml:80:7
%6491 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6492 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6493 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6494 = add %6493, %3634 : i64[] @ models/lib/nn.yaml:80:7
%6495 = mul %6490, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%6496 = mul %6491, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%6497 = add %6496, %6495 : f32[256] @ models/lib/nn.yaml:80:7
%6498 = mul %6490, %6490 : f32[256] @ models/lib/nn.yaml:80:7
%6499 = mul %6498, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%6500 = mul %6492, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%6501 = add %6500, %6499 : f32[256] @ models/lib/nn.yaml:80:7
%6502 = cast %6494 : f64[] @ models/lib/nn.yaml:80:7
%6503 = pow %3643, %6502 : f64[] @ models/lib/nn.yaml:80:7
%6504 = sub %3624, %6503 : f64[] @ models/lib/nn.yaml:80:7
%6505 = div %2143, %6504 : f64[] @ models/lib/nn.yaml:80:7
%6506 = pow %3651, %6502 : f64[] @ models/lib/nn.yaml:80:7
%6507 = sub %3624, %6506 : f64[] @ models/lib/nn.yaml:80:7
%6508 = sqrt %6507 : f64[] @ models/lib/nn.yaml:80:7
%6509 = div %3624, %6508 : f64[] @ models/lib/nn.yaml:80:7
%6510 = sqrt %6501 : f32[256] @ models/lib/nn.yaml:80:7
%6511 = cast %6509 : f32[] @ models/lib/nn.yaml:80:7
%6512 = broadcast %6511 : f32[256] @ models/lib/nn.yaml:80:7
%6513 = mul %6510, %6512 : f32[256] @ models/lib/nn.yaml:80:7
%6514 = add %6513, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%6515 = div %6497, %6514 : f32[256] @ models/lib/nn.yaml:80:7
%6516 = cast %6505 : f32[] @ models/lib/nn.yaml:80:7
%6517 = broadcast %6516 : f32[256] @ models/lib/nn.yaml:80:7
%6518 = mul %6515, %6517 : f32[256] @ models/lib/nn.yaml:80:7
%6519 = sub %62, %6518 : f32[256] @ models/lib/nn.yaml:80:7
%6520 = assign %62, %6519 : f32[256] @ models/lib/nn.yaml:80:7
%6521 = assign %6491, %6497 : f32[256] @ models/lib/nn.yaml:80:7
%6522 = assign %6492, %6501 : f32[256] @ models/lib/nn.yaml:80:7
%6523 = assign %6493, %6494 : i64[] @ models/lib/nn.yaml:80:7
%6524 = mul %124, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%6525 = mul %6519, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%6526 = add %6524, %6525 : f32[256] @ models/lib/nn.yaml:80:7
%6527 = assign %124, %6526 : f32[256] @ models/lib/nn.yaml:80:7
%6528 = all_reduce_sum %2990 : f32[256,256] @ models/lib/nn.yaml:79:7
%6529 = reshape %6528 : f32[65536] @ models/lib/nn.yaml:79:7
%6530 = mul %6529, %6529 : f32[65536] @ models/lib/nn.yaml:79:7
%6531 = reduce_sum %6530 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6532 = sqrt %6531 : f32[] @ models/lib/nn.yaml:79:7
%6533 = cast %6532 : f64[] @ models/lib/nn.yaml:79:7
%6534 = add %6533, %3620 : f64[] @ models/lib/nn.yaml:79:7
%6535 = div %3622, %6534 : f64[] @ models/lib/nn.yaml:79:7
%6536 = lt %6535, %3624 : bool[] @ models/lib/nn.yaml:79:7
%6537 = cast %6535 : f32[] @ models/lib/nn.yaml:79:7
%6538 = broadcast %6537 : f32[256,256] @ models/lib/nn.yaml:79:7
%6539 = mul %6528, %6538 : f32[256,256] @ models/lib/nn.yaml:79:7
%6540 = broadcast %6536 : bool[256,256] @ models/lib/nn.yaml:79:7
%6541 = select %6540, %6539, %6528 : f32[256,256] @ models/lib/nn.yaml:79:7
%6542 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6543 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6544 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6545 = add %6544, %3634 : i64[] @ models/lib/nn.yaml:79:7
%6546 = mul %63, %6159 : f32[256,256] @ models/lib/nn.yaml:79:7
%6547 = mul %6541, %6161 : f32[256,256] @ models/lib/nn.yaml:79:7
%6548 = mul %6542, %6163 : f32[256,256] @ models/lib/nn.yaml:79:7
%6549 = add %6548, %6547 : f32[256,256] @ models/lib/nn.yaml:79:7
%6550 = mul %6541, %6541 : f32[256,256] @ models/lib/nn.yaml:79:7
%6551 = mul %6550, %6167 : f32[256,256] @ models/lib/nn.yaml:79:7
%6552 = mul %6543, %6169 : f32[256,256] @ models/lib/nn.yaml:79:7
%6553 = add %6552, %6551 : f32[256,256] @ models/lib/nn.yaml:79:7
%6554 = cast %6545 : f64[] @ models/lib/nn.yaml:79:7
%6555 = pow %3643, %6554 : f64[] @ models/lib/nn.yaml:79:7
%6556 = sub %3624, %6555 : f64[] @ models/lib/nn.yaml:79:7
%6557 = div %2143, %6556 : f64[] @ models/lib/nn.yaml:79:7
%6558 = pow %3651, %6554 : f64[] @ models/lib/nn.yaml:79:7
%6559 = sub %3624, %6558 : f64[] @ models/lib/nn.yaml:79:7
%6560 = sqrt %6559 : f64[] @ models/lib/nn.yaml:79:7
%6561 = div %3624, %6560 : f64[] @ models/lib/nn.yaml:79:7
%6562 = sqrt %6553 : f32[256,256] @ models/lib/nn.yaml:79:7
%6563 = cast %6561 : f32[] @ models/lib/nn.yaml:79:7
%6564 = broadcast %6563 : f32[256,256] @ models/lib/nn.yaml:79:7
%6565 = mul %6562, %6564 : f32[256,256] @ models/lib/nn.yaml:79:7
%6566 = add %6565, %6184 : f32[256,256] @ models/lib/nn.yaml:79:7
%6567 = div %6549, %6566 : f32[256,256] @ models/lib/nn.yaml:79:7
%6568 = cast %6557 : f32[] @ models/lib/nn.yaml:79:7
%6569 = broadcast %6568 : f32[256,256] @ models/lib/nn.yaml:79:7
%6570 = mul %6567, %6569 : f32[256,256] @ models/lib/nn.yaml:79:7
%6571 = sub %6546, %6570 : f32[256,256] @ models/lib/nn.yaml:79:7
%6572 = assign %63, %6571 : f32[256,256] @ models/lib/nn.yaml:79:7
%6573 = assign %6542, %6549 : f32[256,256] @ models/lib/nn.yaml:79:7
%6574 = assign %6543, %6553 : f32[256,256] @ models/lib/nn.yaml:79:7
%6575 = assign %6544, %6545 : i64[] @ models/lib/nn.yaml:79:7
%6576 = mul %125, %6195 : f32[256,256] @ models/lib/nn.yaml:79:7
%6577 = mul %6571, %6197 : f32[256,256] @ models/lib/nn.yaml:79:7
%6578 = add %6576, %6577 : f32[256,256] @ models/lib/nn.yaml:79:7
%6579 = assign %125, %6578 : f32[256,256] @ models/lib/nn.yaml:79:7
%6580 = all_reduce_sum %2985 : f32[256] @ models/lib/nn.yaml:80:7
%6581 = mul %6580, %6580 : f32[256] @ models/lib/nn.yaml:80:7
%6582 = reduce_sum %6581 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6583 = sqrt %6582 : f32[] @ models/lib/nn.yaml:80:7
%6584 = cast %6583 : f64[] @ models/lib/nn.yaml:80:7
%6585 = add %6584, %3620 : f64[] @ models/lib/nn.yaml:80:7
%6586 = div %3622, %6585 : f64[] @ models/lib/nn.yaml:80:7
%6587 = lt %6586, %3624 : bool[] @ models/lib/nn.yaml:80:7
%6588 = cast %6586 : f32[] @ models/lib/nn.yaml:80:7
%6589 = broadcast %6588 : f32[256] @ models/lib/nn.yaml:80:7
%6590 = mul %6580, %6589 : f32[256] @ models/lib/nn.yaml:80:7
%6591 = broadcast %6587 : bool[256] @ models/lib/nn.yaml:80:7
%6592 = select %6591, %6590, %6580 : f32[256] @ models/lib/nn.yaml:80:7
%6593 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6594 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6595 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6596 = add %6595, %3634 : i64[] @ models/lib/nn.yaml:80:7
%6597 = mul %6592, %4309 : f32[256] @ models/lib/nn.yaml:80:7
%6598 = mul %6593, %4311 : f32[256] @ models/lib/nn.yaml:80:7
%6599 = add %6598, %6597 : f32[256] @ models/lib/nn.yaml:80:7
%6600 = mul %6592, %6592 : f32[256] @ models/lib/nn.yaml:80:7
%6601 = mul %6600, %4315 : f32[256] @ models/lib/nn.yaml:80:7
%6602 = mul %6594, %4317 : f32[256] @ models/lib/nn.yaml:80:7
%6603 = add %6602, %6601 : f32[256] @ models/lib/nn.yaml:80:7
%6604 = cast %6596 : f64[] @ models/lib/nn.yaml:80:7
%6605 = pow %3643, %6604 : f64[] @ models/lib/nn.yaml:80:7
%6606 = sub %3624, %6605 : f64[] @ models/lib/nn.yaml:80:7
%6607 = div %2143, %6606 : f64[] @ models/lib/nn.yaml:80:7
%6608 = pow %3651, %6604 : f64[] @ models/lib/nn.yaml:80:7
%6609 = sub %3624, %6608 : f64[] @ models/lib/nn.yaml:80:7
%6610 = sqrt %6609 : f64[] @ models/lib/nn.yaml:80:7
%6611 = div %3624, %6610 : f64[] @ models/lib/nn.yaml:80:7
%6612 = sqrt %6603 : f32[256] @ models/lib/nn.yaml:80:7
%6613 = cast %6611 : f32[] @ models/lib/nn.yaml:80:7
%6614 = broadcast %6613 : f32[256] @ models/lib/nn.yaml:80:7
%6615 = mul %6612, %6614 : f32[256] @ models/lib/nn.yaml:80:7
%6616 = add %6615, %4332 : f32[256] @ models/lib/nn.yaml:80:7
%6617 = div %6599, %6616 : f32[256] @ models/lib/nn.yaml:80:7
%6618 = cast %6607 : f32[] @ models/lib/nn.yaml:80:7
%6619 = broadcast %6618 : f32[256] @ models/lib/nn.yaml:80:7
%6620 = mul %6617, %6619 : f32[256] @ models/lib/nn.yaml:80:7
%6621 = sub %64, %6620 : f32[256] @ models/lib/nn.yaml:80:7
%6622 = assign %64, %6621 : f32[256] @ models/lib/nn.yaml:80:7
%6623 = assign %6593, %6599 : f32[256] @ models/lib/nn.yaml:80:7
%6624 = assign %6594, %6603 : f32[256] @ models/lib/nn.yaml:80:7
%6625 = assign %6595, %6596 : i64[] @ models/lib/nn.yaml:80:7
%6626 = mul %126, %4343 : f32[256] @ models/lib/nn.yaml:80:7
%6627 = mul %6621, %4345 : f32[256] @ models/lib/nn.yaml:80:7
%6628 = add %6626, %6627 : f32[256] @ models/lib/nn.yaml:80:7
%6629 = assign %126, %6628 : f32[256] @ models/lib/nn.yaml:80:7
%6630 = all_reduce_sum %2961 : f32[64,256] @ models/lib/nn.yaml:79:7
%6631 = reshape %6630 : f32[16384] @ models/lib/nn.yaml:79:7
%6632 = mul %6631, %6631 : f32[16384] @ models/lib/nn.yaml:79:7
%6633 = reduce_sum %6632 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6634 = sqrt %6633 : f32[] @ models/lib/nn.yaml:79:7
%6635 = cast %6634 : f64[] @ models/lib/nn.yaml:79:7
%6636 = add %6635, %3620 : f64[] @ models/lib/nn.yaml:79:7
%6637 = div %3622, %6636 : f64[] @ models/lib/nn.yaml:79:7
%6638 = lt %6637, %3624 : bool[] @ models/lib/nn.yaml:79:7
%6639 = cast %6637 : f32[] @ models/lib/nn.yaml:79:7
%6640 = broadcast %6639 : f32[64,256] @ models/lib/nn.yaml:79:7
%6641 = mul %6630, %6640 : f32[64,256] @ models/lib/nn.yaml:79:7
%6642 = broadcast %6638 : bool[64,256] @ models/lib/nn.yaml:79:7
%6643 = select %6642, %6641, %6630 : f32[64,256] @ models/lib/nn.yaml:79:7
%6644 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6645 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6646 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6647 = add %6646, %3634 : i64[] @ models/lib/nn.yaml:79:7
%6648 = mul %65, %4367 : f32[64,256] @ models/lib/nn.yaml:79:7
%6649 = mul %6643, %4369 : f32[64,256] @ models/lib/nn.yaml:79:7
%6650 = mul %6644, %4371 : f32[64,256] @ models/lib/nn.yaml:79:7
%6651 = add %6650, %6649 : f32[64,256] @ models/lib/nn.yaml:79:7
%6652 = mul %6643, %6643 : f32[64,256] @ models/lib/nn.yaml:79:7
%6653 = mul %6652, %4375 : f32[64,256] @ models/lib/nn.yaml:79:7
%6654 = mul %6645, %4377 : f32[64,256] @ models/lib/nn.yaml:79:7
%6655 = add %6654, %6653 : f32[64,256] @ models/lib/nn.yaml:79:7
%6656 = cast %6647 : f64[] @ models/lib/nn.yaml:79:7
%6657 = pow %3643, %6656 : f64[] @ models/lib/nn.yaml:79:7
%6658 = sub %3624, %6657 : f64[] @ models/lib/nn.yaml:79:7
%6659 = div %2143, %6658 : f64[] @ models/lib/nn.yaml:79:7
%6660 = pow %3651, %6656 : f64[] @ models/lib/nn.yaml:79:7
%6661 = sub %3624, %6660 : f64[] @ models/lib/nn.yaml:79:7
%6662 = sqrt %6661 : f64[] @ models/lib/nn.yaml:79:7
%6663 = div %3624, %6662 : f64[] @ models/lib/nn.yaml:79:7
%6664 = sqrt %6655 : f32[64,256] @ models/lib/nn.yaml:79:7
%6665 = cast %6663 : f32[] @ models/lib/nn.yaml:79:7
%6666 = broadcast %6665 : f32[64,256] @ models/lib/nn.yaml:79:7
%6667 = mul %6664, %6666 : f32[64,256] @ models/lib/nn.yaml:79:7
%6668 = add %6667, %4392 : f32[64,256] @ models/lib/nn.yaml:79:7
%6669 = div %6651, %6668 : f32[64,256] @ models/lib/nn.yaml:79:7
%6670 = cast %6659 : f32[] @ models/lib/nn.yaml:79:7
%6671 = broadcast %6670 : f32[64,256] @ models/lib/nn.yaml:79:7
%6672 = mul %6669, %6671 : f32[64,256] @ models/lib/nn.yaml:79:7
%6673 = sub %6648, %6672 : f32[64,256] @ models/lib/nn.yaml:79:7
%6674 = assign %65, %6673 : f32[64,256] @ models/lib/nn.yaml:79:7
%6675 = assign %6644, %6651 : f32[64,256] @ models/lib/nn.yaml:79:7
%6676 = assign %6645, %6655 : f32[64,256] @ models/lib/nn.yaml:79:7
%6677 = assign %6646, %6647 : i64[] @ models/lib/nn.yaml:79:7
%6678 = mul %127, %4403 : f32[64,256] @ models/lib/nn.yaml:79:7
%6679 = mul %6673, %4405 : f32[64,256] @ models/lib/nn.yaml:79:7
%6680 = add %6678, %6679 : f32[64,256] @ models/lib/nn.yaml:79:7
%6681 = assign %127, %6680 : f32[64,256] @ models/lib/nn.yaml:79:7
%6682 = all_reduce_sum %2956 : f32[64] @ models/lib/nn.yaml:80:7
%6683 = mul %6682, %6682 : f32[64] @ models/lib/nn.yaml:80:7
%6684 = reduce_sum %6683 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6685 = sqrt %6684 : f32[] @ models/lib/nn.yaml:80:7
%6686 = cast %6685 : f64[] @ models/lib/nn.yaml:80:7
%6687 = add %6686, %3620 : f64[] @ models/lib/nn.yaml:80:7
%6688 = div %3622, %6687 : f64[] @ models/lib/nn.yaml:80:7
%6689 = lt %6688, %3624 : bool[] @ models/lib/nn.yaml:80:7
%6690 = cast %6688 : f32[] @ models/lib/nn.yaml:80:7
%6691 = broadcast %6690 : f32[64] @ models/lib/nn.yaml:80:7
%6692 = mul %6682, %6691 : f32[64] @ models/lib/nn.yaml:80:7
%6693 = broadcast %6689 : bool[64] @ models/lib/nn.yaml:80:7
%6694 = select %6693, %6692, %6682 : f32[64] @ models/lib/nn.yaml:80:7
%6695 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6696 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6697 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6698 = add %6697, %3634 : i64[] @ models/lib/nn.yaml:80:7
%6699 = mul %6694, %3765 : f32[64] @ models/lib/nn.yaml:80:7
%6700 = mul %6695, %3767 : f32[64] @ models/lib/nn.yaml:80:7
%6701 = add %6700, %6699 : f32[64] @ models/lib/nn.yaml:80:7
%6702 = mul %6694, %6694 : f32[64] @ models/lib/nn.yaml:80:7
%6703 = mul %6702, %3771 : f32[64] @ models/lib/nn.yaml:80:7
%6704 = mul %6696, %3773 : f32[64] @ models/lib/nn.yaml:80:7
%6705 = add %6704, %6703 : f32[64] @ models/lib/nn.yaml:80:7
%6706 = cast %6698 : f64[] @ models/lib/nn.yaml:80:7
%6707 = pow %3643, %6706 : f64[] @ models/lib/nn.yaml:80:7
%6708 = sub %3624, %6707 : f64[] @ models/lib/nn.yaml:80:7
%6709 = div %2143, %6708 : f64[] @ models/lib/nn.yaml:80:7
%6710 = pow %3651, %6706 : f64[] @ models/lib/nn.yaml:80:7
%6711 = sub %3624, %6710 : f64[] @ models/lib/nn.yaml:80:7
%6712 = sqrt %6711 : f64[] @ models/lib/nn.yaml:80:7
%6713 = div %3624, %6712 : f64[] @ models/lib/nn.yaml:80:7
%6714 = sqrt %6705 : f32[64] @ models/lib/nn.yaml:80:7
%6715 = cast %6713 : f32[] @ models/lib/nn.yaml:80:7
%6716 = broadcast %6715 : f32[64] @ models/lib/nn.yaml:80:7
%6717 = mul %6714, %6716 : f32[64] @ models/lib/nn.yaml:80:7
%6718 = add %6717, %3788 : f32[64] @ models/lib/nn.yaml:80:7
%6719 = div %6701, %6718 : f32[64] @ models/lib/nn.yaml:80:7
%6720 = cast %6709 : f32[] @ models/lib/nn.yaml:80:7
%6721 = broadcast %6720 : f32[64] @ models/lib/nn.yaml:80:7
%6722 = mul %6719, %6721 : f32[64] @ models/lib/nn.yaml:80:7
%6723 = sub %66, %6722 : f32[64] @ models/lib/nn.yaml:80:7
%6724 = assign %66, %6723 : f32[64] @ models/lib/nn.yaml:80:7
%6725 = assign %6695, %6701 : f32[64] @ models/lib/nn.yaml:80:7
%6726 = assign %6696, %6705 : f32[64] @ models/lib/nn.yaml:80:7
%6727 = assign %6697, %6698 : i64[] @ models/lib/nn.yaml:80:7
%6728 = mul %128, %3799 : f32[64] @ models/lib/nn.yaml:80:7
%6729 = mul %6723, %3801 : f32[64] @ models/lib/nn.yaml:80:7
%6730 = add %6728, %6729 : f32[64] @ models/lib/nn.yaml:80:7
%6731 = assign %128, %6730 : f32[64] @ models/lib/nn.yaml:80:7
%6732 = broadcast %3 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6733 = mul %129, %6732 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6734 = broadcast %3683 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6735 = mul %67, %6734 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6736 = add %6733, %6735 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6737 = assign %129, %6736 : f32[4096,1] @ models/lib/dino.yaml:18:7
%6738 = all_reduce_sum %2929 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6739 = reshape %6738 : f32[262144] @ models/lib/dino.yaml:19:7
%6740 = mul %6739, %6739 : f32[262144] @ models/lib/dino.yaml:19:7
%6741 = reduce_sum %6740 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%6742 = sqrt %6741 : f32[] @ models/lib/dino.yaml:19:7
%6743 = cast %6742 : f64[] @ models/lib/dino.yaml:19:7
%6744 = add %6743, %3620 : f64[] @ models/lib/dino.yaml:19:7
%6745 = div %3622, %6744 : f64[] @ models/lib/dino.yaml:19:7
%6746 = lt %6745, %3624 : bool[] @ models/lib/dino.yaml:19:7
%6747 = cast %6745 : f32[] @ models/lib/dino.yaml:19:7
%6748 = broadcast %6747 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6749 = mul %6738, %6748 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6750 = broadcast %6746 : bool[4096,64] @ models/lib/dino.yaml:19:7
%6751 = select %6750, %6749, %6738 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6752 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%6753 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%6754 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%6755 = add %6754, %3634 : i64[] @ models/lib/dino.yaml:19:7
%6756 = broadcast %3638 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6757 = mul %68, %6756 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6758 = broadcast %1868 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6759 = mul %6751, %6758 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6760 = broadcast %1272 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6761 = mul %6752, %6760 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6762 = add %6761, %6759 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6763 = mul %6751, %6751 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6764 = broadcast %3648 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6765 = mul %6763, %6764 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6766 = broadcast %3652 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6767 = mul %6753, %6766 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6768 = add %6767, %6765 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6769 = cast %6755 : f64[] @ models/lib/dino.yaml:19:7
%6770 = pow %3643, %6769 : f64[] @ models/lib/dino.yaml:19:7
%6771 = sub %3624, %6770 : f64[] @ models/lib/dino.yaml:19:7
%6772 = div %2143, %6771 : f64[] @ models/lib/dino.yaml:19:7
%6773 = pow %3651, %6769 : f64[] @ models/lib/dino.yaml:19:7
%6774 = sub %3624, %6773 : f64[] @ models/lib/dino.yaml:19:7
%6775 = sqrt %6774 : f64[] @ models/lib/dino.yaml:19:7
%6776 = div %3624, %6775 : f64[] @ models/lib/dino.yaml:19:7
%6777 = sqrt %6768 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6778 = cast %6776 : f32[] @ models/lib/dino.yaml:19:7
%6779 = broadcast %6778 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6780 = mul %6777, %6779 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6781 = broadcast %3668 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6782 = add %6780, %6781 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6783 = div %6762, %6782 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6784 = cast %6772 : f32[] @ models/lib/dino.yaml:19:7
%6785 = broadcast %6784 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6786 = mul %6783, %6785 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6787 = sub %6757, %6786 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6788 = broadcast %6410 : bool[4096,64] @ models/lib/dino.yaml:19:7
%6789 = select %6788, %68, %6787 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6790 = select %6788, %6752, %6762 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6791 = select %6788, %6753, %6768 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6792 = select %6410, %6754, %6755 : i64[] @ models/lib/dino.yaml:19:7
%6793 = assign %68, %6789 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6794 = assign %6752, %6790 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6795 = assign %6753, %6791 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6796 = assign %6754, %6792 : i64[] @ models/lib/dino.yaml:19:7
%6797 = broadcast %3 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6798 = mul %130, %6797 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6799 = broadcast %3683 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6800 = mul %6789, %6799 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6801 = add %6798, %6800 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6802 = assign %130, %6801 : f32[4096,64] @ models/lib/dino.yaml:19:7
%6803 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%6804 = abs %2106 : f32[] @ models/dino_pass.yaml:149:3
%6805 = lt %6804, %6803 : bool[] @ models/dino_pass.yaml:149:3
%6806 = output %6805 name="finite" : bool[] @ models/dino_pass.yaml:149:3
