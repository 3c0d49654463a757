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
%133 = reshape %70 : f32[64,768] @ models/lib/vit.yaml:17:20
%134 = cast %5 : bf16[4,3,64,64] @ models/lib/vit.yaml:17:18
%135 = reshape %134 : bf16[4,3,4,16,4,16] @ models/lib/vit.yaml:15:21
%136 = permute %135 perm=[0,2,4,1,3,5] : bf16[4,4,4,3,16,16] @ models/lib/vit.yaml:15:13
%137 = reshape %136 : bf16[4,16,768] @ models/lib/vit.yaml:16:13
%138 = cast %133 : bf16[64,768] @ models/lib/vit.yaml:17:18
%139 = matmul %137, %138 ta=0 tb=1 : bf16[4,16,64] @ models/lib/vit.yaml:17:18
%140 = broadcast %71 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%141 = cast %139 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%142 = add %141, %140 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%143 = broadcast %69 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%144 = add %142, %143 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%145 = reduce_sum %144 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%146 = const data=[64] : f32[] @ models/lib/nn.yaml:93:14
%147 = broadcast %146 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%148 = div %145, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%149 = broadcast %148 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%150 = sub %144, %149 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%151 = mul %150, %150 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%152 = reduce_sum %151 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%153 = div %152, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%154 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%155 = broadcast %154 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%156 = add %153, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%157 = rsqrt %156 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%158 = broadcast %157 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%159 = mul %150, %158 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%160 = broadcast %72 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%161 = mul %159, %160 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%162 = broadcast %73 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%163 = add %161, %162 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%164 = cast %163 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%165 = cast %74 : bf16[192,64] @ models/lib/nn.yaml:83:15
%166 = matmul %164, %165 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%167 = cast %75 : bf16[192] @ models/lib/nn.yaml:84:18
%168 = cast %167 : f32[192] @ models/lib/nn.yaml:84:18
%169 = broadcast %168 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%170 = add %166, %169 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%171 = cast %170 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%172 = reshape %171 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%173 = permute %172 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%174 = slice %173 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%175 = reshape %174 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%176 = slice %173 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%177 = reshape %176 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%178 = matmul %175, %177 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%179 = const data=[0.17677669] : f32[] @ models/lib/nn.yaml:55:41
%180 = broadcast %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%181 = cast %178 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%182 = mul %181, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%183 = reduce_max %182 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%184 = stop_gradient %183 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%185 = broadcast %184 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%186 = cast %178 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%187 = mul %186, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%188 = sub %187, %185 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%189 = exp %188 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%190 = reduce_sum %189 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%191 = broadcast %190 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%192 = exp %188 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%193 = div %192, %191 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%194 = cast %193 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%195 = slice %173 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%196 = reshape %195 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%197 = matmul %194, %196 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%198 = permute %197 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%199 = reshape %198 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%200 = cast %76 : bf16[64,64] @ models/lib/nn.yaml:83:15
%201 = matmul %199, %200 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%202 = broadcast %77 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%203 = cast %201 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%204 = add %203, %202 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%205 = add %144, %204 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%206 = reduce_sum %205 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%207 = div %206, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%208 = broadcast %207 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%209 = sub %205, %208 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%210 = mul %209, %209 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%211 = reduce_sum %210 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%212 = div %211, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%213 = add %212, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%214 = rsqrt %213 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%215 = broadcast %214 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%216 = mul %209, %215 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%217 = broadcast %78 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%218 = mul %216, %217 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%219 = broadcast %79 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%220 = add %218, %219 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%221 = cast %220 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%222 = cast %80 : bf16[256,64] @ models/lib/nn.yaml:83:15
%223 = matmul %221, %222 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%224 = broadcast %81 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%225 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%226 = broadcast %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%227 = cast %223 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%228 = add %227, %224 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%229 = mul %226, %228 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%230 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%231 = broadcast %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%232 = cast %223 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%233 = add %232, %224 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%234 = mul %233, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%235 = erf %234 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%236 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%237 = broadcast %236 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%238 = add %237, %235 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%239 = mul %229, %238 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%240 = cast %239 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%241 = cast %82 : bf16[64,256] @ models/lib/nn.yaml:83:15
%242 = matmul %240, %241 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%243 = broadcast %83 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%244 = cast %242 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%245 = add %244, %243 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%246 = add %205, %245 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%247 = reduce_sum %246 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%248 = div %247, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%249 = broadcast %248 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%250 = sub %246, %249 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%251 = mul %250, %250 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%252 = reduce_sum %251 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%253 = div %252, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%254 = add %253, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%255 = rsqrt %254 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%256 = broadcast %255 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%257 = mul %250, %256 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%258 = broadcast %84 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%259 = mul %257, %258 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%260 = broadcast %85 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%261 = add %259, %260 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%262 = cast %261 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%263 = cast %86 : bf16[192,64] @ models/lib/nn.yaml:83:15
%264 = matmul %262, %263 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%265 = cast %87 : bf16[192] @ models/lib/nn.yaml:84:18
%266 = cast %265 : f32[192] @ models/lib/nn.yaml:84:18
%267 = broadcast %266 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%268 = add %264, %267 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%269 = cast %268 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%270 = reshape %269 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%271 = permute %270 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%272 = slice %271 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%273 = reshape %272 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%274 = slice %271 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%275 = reshape %274 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%276 = matmul %273, %275 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%277 = cast %276 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%278 = mul %277, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%279 = reduce_max %278 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%280 = stop_gradient %279 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%281 = broadcast %280 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%282 = cast %276 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%283 = mul %282, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%284 = sub %283, %281 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%285 = exp %284 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%286 = reduce_sum %285 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%287 = broadcast %286 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%288 = exp %284 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%289 = div %288, %287 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%290 = cast %289 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%291 = slice %271 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%292 = reshape %291 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%293 = matmul %290, %292 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%294 = permute %293 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%295 = reshape %294 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%296 = cast %88 : bf16[64,64] @ models/lib/nn.yaml:83:15
%297 = matmul %295, %296 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%298 = broadcast %89 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%299 = cast %297 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%300 = add %299, %298 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%301 = add %246, %300 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%302 = reduce_sum %301 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%303 = div %302, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%304 = broadcast %303 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%305 = sub %301, %304 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%306 = mul %305, %305 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%307 = reduce_sum %306 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%308 = div %307, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%309 = add %308, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%310 = rsqrt %309 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%311 = broadcast %310 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%312 = mul %305, %311 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%313 = broadcast %90 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%314 = mul %312, %313 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%315 = broadcast %91 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%316 = add %314, %315 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%317 = cast %316 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%318 = cast %92 : bf16[256,64] @ models/lib/nn.yaml:83:15
%319 = matmul %317, %318 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%320 = broadcast %93 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%321 = cast %319 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%322 = add %321, %320 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%323 = mul %226, %322 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%324 = cast %319 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%325 = add %324, %320 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%326 = mul %325, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%327 = erf %326 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%328 = add %237, %327 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%329 = mul %323, %328 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%330 = cast %329 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%331 = cast %94 : bf16[64,256] @ models/lib/nn.yaml:83:15
%332 = matmul %330, %331 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%333 = broadcast %95 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%334 = cast %332 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%335 = add %334, %333 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%336 = add %301, %335 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%337 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%338 = neighbor_topk_gather %336, %337 k=4 : f32[4,16,4,64] @ models/dino_pass.yaml:77:16
%339 = reshape %338 : f32[64,4,64] @ models/dino_pass.yaml:87:23
%340 = broadcast %96 : f32[64,1,64] @ models/lib/vit.yaml:116:31
%341 = concat %340, %339 axis=1 : f32[64,5,64] @ models/lib/vit.yaml:95:24
%342 = reduce_sum %341 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%343 = broadcast %146 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%344 = div %342, %343 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%345 = broadcast %344 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%346 = sub %341, %345 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%347 = mul %346, %346 : f32[64,5,64] @ models/lib/nn.yaml:95:22
%348 = reduce_sum %347 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%349 = div %348, %343 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%350 = broadcast %154 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%351 = add %349, %350 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%352 = rsqrt %351 : f32[64,5,1] @ models/lib/nn.yaml:96:20
%353 = broadcast %352 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%354 = mul %346, %353 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%355 = broadcast %97 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%356 = mul %354, %355 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%357 = broadcast %98 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%358 = add %356, %357 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%359 = cast %358 : bf16[64,5,64] @ models/lib/nn.yaml:83:15
%360 = slice %359 lo=[0,0,0] hi=[64,1,64] : bf16[64,1,64] @ models/lib/vit.yaml:78:33
%361 = cast %99 : bf16[64,64] @ models/lib/nn.yaml:83:15
%362 = matmul %360, %361 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%363 = cast %100 : bf16[64] @ models/lib/nn.yaml:84:18
%364 = cast %363 : f32[64] @ models/lib/nn.yaml:84:18
%365 = broadcast %364 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%366 = add %362, %365 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%367 = cast %101 : bf16[64,64] @ models/lib/nn.yaml:83:15
%368 = matmul %359, %367 ta=0 tb=1 : f32[64,5,64] @ models/lib/nn.yaml:83:15
%369 = cast %102 : bf16[64] @ models/lib/nn.yaml:84:18
%370 = cast %369 : f32[64] @ models/lib/nn.yaml:84:18
%371 = broadcast %370 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%372 = add %368, %371 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%373 = cast %103 : bf16[64,64] @ models/lib/nn.yaml:83:15
%374 = matmul %359, %373 ta=0 tb=1 : f32[64,5,64] @ models/lib/nn.yaml:83:15
%375 = cast %104 : bf16[64] @ models/lib/nn.yaml:84:18
%376 = cast %375 : f32[64] @ models/lib/nn.yaml:84:18
%377 = broadcast %376 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%378 = add %374, %377 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%379 = cast %366 : bf16[64,1,64] @ models/lib/nn.yaml:55:23
%380 = reshape %379 : bf16[64,1,2,32] @ models/lib/vit.yaml:78:22
%381 = permute %380 perm=[0,2,1,3] : bf16[64,2,1,32] @ models/lib/vit.yaml:78:14
%382 = cast %372 : bf16[64,5,64] @ models/lib/nn.yaml:55:23
%383 = reshape %382 : bf16[64,5,2,32] @ models/lib/vit.yaml:79:22
%384 = permute %383 perm=[0,2,1,3] : bf16[64,2,5,32] @ models/lib/vit.yaml:79:14
%385 = cast %381 : f32[64,2,1,32] @ models/lib/nn.yaml:55:23
%386 = reshape %385 : f32[64,2,1,32,1] @ models/lib/nn.yaml:55:23
%387 = broadcast %386 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%388 = permute %384 perm=[0,1,3,2] : bf16[64,2,32,5] @ models/lib/nn.yaml:55:23
%389 = reshape %388 : bf16[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%390 = cast %389 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%391 = mul %387, %390 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%392 = reduce_sum %391 axes=[3] keep=0 : f32[64,2,1,5] @ models/lib/nn.yaml:55:23
%393 = cast %392 : bf16[64,2,1,5] @ models/lib/nn.yaml:55:23
%394 = broadcast %179 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%395 = cast %393 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%396 = mul %395, %394 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%397 = reduce_max %396 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%398 = stop_gradient %397 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%399 = broadcast %398 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%400 = cast %393 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%401 = mul %400, %394 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%402 = sub %401, %399 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%403 = exp %402 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%404 = reduce_sum %403 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%405 = broadcast %404 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%406 = exp %402 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%407 = div %406, %405 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%408 = cast %407 : bf16[64,2,1,5] @ models/lib/nn.yaml:56:23
%409 = cast %378 : bf16[64,5,64] @ models/lib/nn.yaml:56:23
%410 = reshape %409 : bf16[64,5,2,32] @ models/lib/vit.yaml:80:22
%411 = permute %410 perm=[0,2,1,3] : bf16[64,2,5,32] @ models/lib/vit.yaml:80:14
%412 = cast %408 : f32[64,2,1,5] @ models/lib/nn.yaml:56:23
%413 = slice %412 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%414 = broadcast %413 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%415 = slice %411 lo=[0,0,0,0] hi=[64,2,1,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%416 = cast %415 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%417 = mul %414, %416 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%418 = slice %412 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%419 = broadcast %418 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%420 = slice %411 lo=[0,0,1,0] hi=[64,2,2,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%421 = cast %420 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%422 = mul %419, %421 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%423 = add %417, %422 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%424 = slice %412 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%425 = broadcast %424 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%426 = slice %411 lo=[0,0,2,0] hi=[64,2,3,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%427 = cast %426 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%428 = mul %425, %427 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%429 = add %423, %428 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%430 = slice %412 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%431 = broadcast %430 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%432 = slice %411 lo=[0,0,3,0] hi=[64,2,4,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%433 = cast %432 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%434 = mul %431, %433 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%435 = add %429, %434 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%436 = slice %412 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%437 = broadcast %436 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%438 = slice %411 lo=[0,0,4,0] hi=[64,2,5,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%439 = cast %438 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%440 = mul %437, %439 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%441 = add %435, %440 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%442 = cast %441 : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%443 = permute %442 perm=[0,2,1,3] : bf16[64,1,2,32] @ models/lib/nn.yaml:56:13
%444 = reshape %443 : bf16[64,1,64] @ models/lib/nn.yaml:57:16
%445 = cast %105 : bf16[64,64] @ models/lib/nn.yaml:83:15
%446 = matmul %444, %445 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%447 = broadcast %106 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%448 = cast %446 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%449 = add %448, %447 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%450 = add %340, %449 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%451 = reduce_sum %450 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%452 = broadcast %146 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%453 = div %451, %452 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%454 = broadcast %453 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%455 = cast %446 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%456 = add %455, %447 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%457 = add %340, %456 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%458 = sub %457, %454 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%459 = mul %458, %458 : f32[64,1,64] @ models/lib/nn.yaml:95:22
%460 = reduce_sum %459 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%461 = div %460, %452 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%462 = broadcast %154 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%463 = add %461, %462 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%464 = rsqrt %463 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%465 = broadcast %464 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%466 = mul %458, %465 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%467 = broadcast %107 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%468 = mul %466, %467 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%469 = broadcast %108 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%470 = add %468, %469 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%471 = cast %470 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%472 = cast %109 : bf16[256,64] @ models/lib/nn.yaml:83:15
%473 = matmul %471, %472 ta=0 tb=1 : bf16[64,1,256] @ models/lib/nn.yaml:83:15
%474 = broadcast %110 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%475 = broadcast %225 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%476 = cast %473 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%477 = add %476, %474 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%478 = mul %475, %477 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%479 = broadcast %230 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%480 = cast %473 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%481 = add %480, %474 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%482 = mul %481, %479 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%483 = erf %482 : f32[64,1,256] @ models/lib/nn.yaml:27:31
%484 = broadcast %236 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%485 = add %484, %483 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%486 = mul %478, %485 : f32[64,1,256] @ models/lib/nn.yaml:27:24
%487 = cast %486 : bf16[64,1,256] @ models/lib/nn.yaml:83:15
%488 = cast %111 : bf16[64,256] @ models/lib/nn.yaml:83:15
%489 = matmul %487, %488 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%490 = broadcast %112 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%491 = cast %489 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%492 = add %491, %490 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%493 = cast %446 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%494 = add %493, %447 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%495 = add %340, %494 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%496 = add %495, %492 : f32[64,1,64] @ models/lib/vit.yaml:98:18
%497 = reshape %496 : f32[4,16,64] @ models/dino_pass.yaml:88:16
%498 = broadcast %96 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%499 = concat %498, %336 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%500 = reduce_sum %499 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%501 = broadcast %146 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%502 = div %500, %501 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%503 = broadcast %502 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%504 = sub %499, %503 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%505 = mul %504, %504 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%506 = reduce_sum %505 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%507 = div %506, %501 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%508 = broadcast %154 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%509 = add %507, %508 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%510 = rsqrt %509 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%511 = broadcast %510 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%512 = mul %504, %511 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%513 = broadcast %97 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%514 = mul %512, %513 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%515 = broadcast %98 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%516 = add %514, %515 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%517 = cast %516 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%518 = slice %517 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%519 = matmul %518, %361 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%520 = broadcast %364 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%521 = add %519, %520 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%522 = matmul %517, %367 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%523 = broadcast %370 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%524 = add %522, %523 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%525 = matmul %517, %373 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%526 = broadcast %376 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%527 = add %525, %526 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%528 = cast %521 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%529 = reshape %528 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%530 = permute %529 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%531 = cast %524 : bf16[4,17,64] @ models/lib/nn.yaml:55:23
%532 = reshape %531 : bf16[4,17,2,32] @ models/lib/vit.yaml:79:22
%533 = permute %532 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:79:14
%534 = cast %530 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%535 = reshape %534 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%536 = broadcast %535 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%537 = permute %533 perm=[0,1,3,2] : bf16[4,2,32,17] @ models/lib/nn.yaml:55:23
%538 = reshape %537 : bf16[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%539 = cast %538 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%540 = mul %536, %539 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%541 = reduce_sum %540 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%542 = cast %541 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%543 = broadcast %179 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%544 = cast %542 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%545 = mul %544, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%546 = reduce_max %545 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%547 = stop_gradient %546 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%548 = broadcast %547 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%549 = cast %542 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%550 = mul %549, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%551 = sub %550, %548 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%552 = exp %551 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%553 = reduce_sum %552 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%554 = broadcast %553 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%555 = exp %551 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%556 = div %555, %554 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%557 = cast %556 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%558 = cast %527 : bf16[4,17,64] @ models/lib/nn.yaml:56:23
%559 = reshape %558 : bf16[4,17,2,32] @ models/lib/vit.yaml:80:22
%560 = permute %559 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:80:14
%561 = cast %557 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%562 = reshape %561 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%563 = broadcast %562 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%564 = reshape %560 : bf16[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%565 = cast %564 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%566 = mul %563, %565 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%567 = reduce_sum %566 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%568 = cast %567 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%569 = permute %568 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%570 = reshape %569 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%571 = matmul %570, %445 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%572 = broadcast %106 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%573 = cast %571 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%574 = add %573, %572 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%575 = add %498, %574 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%576 = reduce_sum %575 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%577 = broadcast %146 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%578 = div %576, %577 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%579 = broadcast %578 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%580 = sub %575, %579 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%581 = mul %580, %580 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%582 = reduce_sum %581 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%583 = div %582, %577 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%584 = broadcast %154 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%585 = add %583, %584 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%586 = rsqrt %585 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%587 = broadcast %586 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%588 = mul %580, %587 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%589 = broadcast %107 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%590 = mul %588, %589 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%591 = broadcast %108 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%592 = add %590, %591 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%593 = cast %592 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%594 = matmul %593, %472 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%595 = broadcast %110 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%596 = cast %594 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%597 = add %596, %595 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%598 = broadcast %225 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%599 = mul %598, %597 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%600 = broadcast %230 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%601 = mul %597, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%602 = erf %601 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%603 = broadcast %236 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%604 = add %603, %602 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%605 = mul %599, %604 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%606 = cast %605 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%607 = matmul %606, %488 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%608 = broadcast %112 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%609 = cast %607 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%610 = add %609, %608 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%611 = add %575, %610 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%612 = concat %611, %497 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:109:30
%613 = reduce_sum %612 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%614 = div %613, %501 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%615 = broadcast %614 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%616 = sub %612, %615 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%617 = mul %616, %616 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%618 = reduce_sum %617 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%619 = div %618, %501 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%620 = add %619, %508 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%621 = rsqrt %620 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%622 = broadcast %621 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%623 = mul %616, %622 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%624 = broadcast %113 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%625 = mul %623, %624 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%626 = broadcast %114 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%627 = add %625, %626 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%628 = cast %627 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%629 = slice %628 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:110:28
%630 = cast %115 : bf16[256,64] @ models/lib/nn.yaml:83:15
%631 = matmul %629, %630 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%632 = broadcast %116 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%633 = cast %631 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%634 = add %633, %632 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%635 = mul %598, %634 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%636 = mul %634, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%637 = erf %636 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%638 = add %603, %637 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%639 = mul %635, %638 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%640 = cast %639 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%641 = cast %117 : bf16[256,256] @ models/lib/nn.yaml:83:15
%642 = matmul %640, %641 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%643 = broadcast %118 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%644 = cast %642 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%645 = add %644, %643 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%646 = mul %598, %645 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%647 = mul %645, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%648 = erf %647 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%649 = add %603, %648 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%650 = mul %646, %649 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%651 = cast %650 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%652 = cast %119 : bf16[64,256] @ models/lib/nn.yaml:83:15
%653 = matmul %651, %652 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%654 = broadcast %120 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%655 = cast %653 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%656 = add %655, %654 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%657 = mul %656, %656 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%658 = reduce_sum %657 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%659 = sqrt %658 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%660 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%661 = broadcast %660 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%662 = max %659, %661 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%663 = broadcast %662 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%664 = div %656, %663 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%665 = broadcast %121 : f32[65536,64] @ models/lib/dino.yaml:22:22
%666 = mul %665, %122 : f32[65536,64] @ models/lib/dino.yaml:22:22
%667 = mul %122, %122 : f32[65536,64] @ models/lib/dino.yaml:22:53
%668 = reduce_sum %667 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%669 = sqrt %668 : f32[65536,1] @ models/lib/dino.yaml:22:35
%670 = broadcast %669 : f32[65536,64] @ models/lib/dino.yaml:22:33
%671 = div %666, %670 : f32[65536,64] @ models/lib/dino.yaml:22:33
%672 = cast %664 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%673 = cast %671 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%674 = matmul %672, %673 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%675 = slice %628 lo=[0,1,0] hi=[4,17,64] : bf16[4,16,64] @ models/dino_pass.yaml:110:46
%676 = cast %123 : bf16[256,64] @ models/lib/nn.yaml:83:15
%677 = matmul %675, %676 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%678 = broadcast %124 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%679 = cast %677 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%680 = add %679, %678 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%681 = mul %226, %680 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%682 = cast %677 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%683 = add %682, %678 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%684 = mul %683, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%685 = erf %684 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%686 = add %237, %685 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%687 = mul %681, %686 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%688 = cast %687 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%689 = cast %125 : bf16[256,256] @ models/lib/nn.yaml:83:15
%690 = matmul %688, %689 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%691 = broadcast %126 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%692 = cast %690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%693 = add %692, %691 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%694 = mul %226, %693 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%695 = cast %690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%696 = add %695, %691 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%697 = mul %696, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%698 = erf %697 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%699 = add %237, %698 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%700 = mul %694, %699 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%701 = cast %700 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%702 = cast %127 : bf16[64,256] @ models/lib/nn.yaml:83:15
%703 = matmul %701, %702 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%704 = broadcast %128 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%705 = cast %703 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%706 = add %705, %704 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%707 = mul %706, %706 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%708 = reduce_sum %707 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%709 = sqrt %708 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%710 = broadcast %660 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%711 = max %709, %710 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%712 = broadcast %711 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%713 = cast %703 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%714 = add %713, %704 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%715 = div %714, %712 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%716 = broadcast %129 : f32[4096,64] @ models/lib/dino.yaml:22:22
%717 = mul %716, %130 : f32[4096,64] @ models/lib/dino.yaml:22:22
%718 = mul %130, %130 : f32[4096,64] @ models/lib/dino.yaml:22:53
%719 = reduce_sum %718 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%720 = sqrt %719 : f32[4096,1] @ models/lib/dino.yaml:22:35
%721 = broadcast %720 : f32[4096,64] @ models/lib/dino.yaml:22:33
%722 = div %717, %721 : f32[4096,64] @ models/lib/dino.yaml:22:33
%723 = cast %715 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%724 = cast %722 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%725 = matmul %723, %724 ta=0 tb=1 : bf16[4,16,4096] @ models/lib/dino.yaml:23:18
%726 = cast %674 : f32[4,1,65536] @ models/dino_pass.yaml:131:20
%727 = slice %726 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%728 = slice %726 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%729 = cast %6 : bf16[4,3,48,48] @ models/lib/vit.yaml:17:18
%730 = reshape %729 : bf16[4,3,3,16,3,16] @ models/lib/vit.yaml:15:21
%731 = permute %730 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,16,16] @ models/lib/vit.yaml:15:13
%732 = reshape %731 : bf16[4,9,768] @ models/lib/vit.yaml:16:13
%733 = matmul %732, %138 ta=0 tb=1 : bf16[4,9,64] @ models/lib/vit.yaml:17:18
%734 = broadcast %71 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%735 = cast %733 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%736 = add %735, %734 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%737 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%738 = reshape %69 : f32[4,256] @ models/lib/vit.yaml:32:17
%739 = cast %737 : bf16[3,4] @ models/lib/vit.yaml:32:15
%740 = cast %738 : bf16[4,256] @ models/lib/vit.yaml:32:15
%741 = matmul %739, %740 ta=0 tb=0 : bf16[3,256] @ models/lib/vit.yaml:32:15
%742 = reshape %741 : bf16[3,4,64] @ models/lib/vit.yaml:33:21
%743 = permute %742 perm=[1,0,2] : bf16[4,3,64] @ models/lib/vit.yaml:33:13
%744 = reshape %743 : bf16[4,192] @ models/lib/vit.yaml:34:17
%745 = matmul %739, %744 ta=0 tb=0 : bf16[3,192] @ models/lib/vit.yaml:34:15
%746 = cast %745 : f32[3,192] @ models/lib/vit.yaml:35:21
%747 = reshape %746 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%748 = permute %747 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%749 = reshape %748 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%750 = broadcast %749 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%751 = add %736, %750 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%752 = reduce_sum %751 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%753 = broadcast %146 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%754 = div %752, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%755 = broadcast %754 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%756 = sub %751, %755 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%757 = mul %756, %756 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%758 = reduce_sum %757 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%759 = div %758, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%760 = broadcast %154 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%761 = add %759, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%762 = rsqrt %761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%763 = broadcast %762 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%764 = mul %756, %763 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%765 = broadcast %72 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%766 = mul %764, %765 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%767 = broadcast %73 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%768 = add %766, %767 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%769 = cast %768 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%770 = matmul %769, %165 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%771 = broadcast %168 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%772 = add %770, %771 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%773 = cast %772 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%774 = reshape %773 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%775 = permute %774 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%776 = slice %775 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%777 = reshape %776 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%778 = slice %775 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%779 = reshape %778 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%780 = cast %777 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%781 = cast %779 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%782 = permute %781 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%783 = reshape %780 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%784 = broadcast %783 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%785 = reshape %782 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%786 = broadcast %785 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%787 = mul %784, %786 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%788 = reduce_sum %787 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%789 = cast %788 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%790 = broadcast %179 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%791 = cast %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%792 = mul %791, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%793 = reduce_max %792 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%794 = stop_gradient %793 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%795 = broadcast %794 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%796 = cast %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%797 = mul %796, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%798 = sub %797, %795 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%799 = exp %798 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%800 = reduce_sum %799 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%801 = broadcast %800 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%802 = exp %798 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%803 = div %802, %801 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%804 = cast %803 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%805 = slice %775 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%806 = reshape %805 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%807 = cast %804 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%808 = cast %806 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%809 = reshape %807 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%810 = broadcast %809 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%811 = reshape %808 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%812 = broadcast %811 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%813 = mul %810, %812 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%814 = reduce_sum %813 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%815 = cast %814 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%816 = permute %815 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%817 = reshape %816 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%818 = matmul %817, %200 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%819 = broadcast %77 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%820 = cast %818 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%821 = add %820, %819 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%822 = add %751, %821 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%823 = reduce_sum %822 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%824 = div %823, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%825 = broadcast %824 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%826 = sub %822, %825 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%827 = mul %826, %826 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%828 = reduce_sum %827 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%829 = div %828, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%830 = add %829, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%831 = rsqrt %830 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%832 = broadcast %831 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%833 = mul %826, %832 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%834 = broadcast %78 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%835 = mul %833, %834 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%836 = broadcast %79 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%837 = add %835, %836 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%838 = cast %837 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%839 = matmul %838, %222 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%840 = broadcast %81 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%841 = broadcast %225 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%842 = cast %839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%843 = add %842, %840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%844 = mul %841, %843 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%845 = broadcast %230 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%846 = cast %839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%847 = add %846, %840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%848 = mul %847, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%849 = erf %848 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%850 = broadcast %236 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%851 = add %850, %849 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%852 = mul %844, %851 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%853 = cast %852 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%854 = matmul %853, %241 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%855 = broadcast %83 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%856 = cast %854 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%857 = add %856, %855 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%858 = add %822, %857 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%859 = reduce_sum %858 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%860 = div %859, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%861 = broadcast %860 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%862 = sub %858, %861 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%863 = mul %862, %862 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%864 = reduce_sum %863 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%865 = div %864, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%866 = add %865, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%867 = rsqrt %866 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%868 = broadcast %867 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%869 = mul %862, %868 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%870 = broadcast %84 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%871 = mul %869, %870 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%872 = broadcast %85 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%873 = add %871, %872 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%874 = cast %873 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%875 = matmul %874, %263 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%876 = broadcast %266 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%877 = add %875, %876 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%878 = cast %877 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%879 = reshape %878 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%880 = permute %879 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%881 = slice %880 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%882 = reshape %881 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%883 = slice %880 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%884 = reshape %883 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%885 = cast %882 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%886 = cast %884 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%887 = permute %886 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%888 = reshape %885 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%889 = broadcast %888 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%890 = reshape %887 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%891 = broadcast %890 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%892 = mul %889, %891 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%893 = reduce_sum %892 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%894 = cast %893 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%895 = cast %894 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%896 = mul %895, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%897 = reduce_max %896 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%898 = stop_gradient %897 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%899 = broadcast %898 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%900 = cast %894 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%901 = mul %900, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%902 = sub %901, %899 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%903 = exp %902 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%904 = reduce_sum %903 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%905 = broadcast %904 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%906 = exp %902 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%907 = div %906, %905 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%908 = cast %907 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%909 = slice %880 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%910 = reshape %909 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%911 = cast %908 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%912 = cast %910 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%913 = reshape %911 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%914 = broadcast %913 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%915 = reshape %912 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%916 = broadcast %915 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%917 = mul %914, %916 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%918 = reduce_sum %917 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%919 = cast %918 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%920 = permute %919 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%921 = reshape %920 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%922 = matmul %921, %296 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%923 = broadcast %89 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%924 = cast %922 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%925 = add %924, %923 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%926 = add %858, %925 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%927 = reduce_sum %926 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%928 = div %927, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%929 = broadcast %928 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%930 = sub %926, %929 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%931 = mul %930, %930 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%932 = reduce_sum %931 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%933 = div %932, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%934 = add %933, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%935 = rsqrt %934 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%936 = broadcast %935 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%937 = mul %930, %936 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%938 = broadcast %90 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%939 = mul %937, %938 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%940 = broadcast %91 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%941 = add %939, %940 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%942 = cast %941 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%943 = matmul %942, %318 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%944 = broadcast %93 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%945 = cast %943 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%946 = add %945, %944 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%947 = mul %841, %946 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%948 = cast %943 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%949 = add %948, %944 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%950 = mul %949, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%951 = erf %950 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%952 = add %850, %951 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%953 = mul %947, %952 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%954 = cast %953 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%955 = matmul %954, %331 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%956 = broadcast %95 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%957 = cast %955 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%958 = add %957, %956 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%959 = add %926, %958 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%960 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%961 = neighbor_topk_gather %959, %960 k=4 : f32[4,9,4,64] @ models/dino_pass.yaml:77:16
%962 = reshape %961 : f32[36,4,64] @ models/dino_pass.yaml:87:23
%963 = broadcast %96 : f32[36,1,64] @ models/lib/vit.yaml:116:31
%964 = concat %963, %962 axis=1 : f32[36,5,64] @ models/lib/vit.yaml:95:24
%965 = reduce_sum %964 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%966 = broadcast %146 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%967 = div %965, %966 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%968 = broadcast %967 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%969 = sub %964, %968 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%970 = mul %969, %969 : f32[36,5,64] @ models/lib/nn.yaml:95:22
%971 = reduce_sum %970 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%972 = div %971, %966 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%973 = broadcast %154 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%974 = add %972, %973 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%975 = rsqrt %974 : f32[36,5,1] @ models/lib/nn.yaml:96:20
%976 = broadcast %975 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%977 = mul %969, %976 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%978 = broadcast %97 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%979 = mul %977, %978 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%980 = broadcast %98 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%981 = add %979, %980 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%982 = cast %981 : bf16[36,5,64] @ models/lib/nn.yaml:83:15
%983 = slice %982 lo=[0,0,0] hi=[36,1,64] : bf16[36,1,64] @ models/lib/vit.yaml:78:33
%984 = matmul %983, %361 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%985 = broadcast %364 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%986 = add %984, %985 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%987 = matmul %982, %367 ta=0 tb=1 : f32[36,5,64] @ models/lib/nn.yaml:83:15
%988 = broadcast %370 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%989 = add %987, %988 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%990 = matmul %982, %373 ta=0 tb=1 : f32[36,5,64] @ models/lib/nn.yaml:83:15
%991 = broadcast %376 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%992 = add %990, %991 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%993 = cast %986 : bf16[36,1,64] @ models/lib/nn.yaml:55:23
%994 = reshape %993 : bf16[36,1,2,32] @ models/lib/vit.yaml:78:22
%995 = permute %994 perm=[0,2,1,3] : bf16[36,2,1,32] @ models/lib/vit.yaml:78:14
%996 = cast %989 : bf16[36,5,64] @ models/lib/nn.yaml:55:23
%997 = reshape %996 : bf16[36,5,2,32] @ models/lib/vit.yaml:79:22
%998 = permute %997 perm=[0,2,1,3] : bf16[36,2,5,32] @ models/lib/vit.yaml:79:14
%999 = cast %995 : f32[36,2,1,32] @ models/lib/nn.yaml:55:23
%1000 = reshape %999 : f32[36,2,1,32,1] @ models/lib/nn.yaml:55:23
%1001 = broadcast %1000 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1002 = permute %998 perm=[0,1,3,2] : bf16[36,2,32,5] @ models/lib/nn.yaml:55:23
%1003 = reshape %1002 : bf16[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1004 = cast %1003 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1005 = mul %1001, %1004 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1006 = reduce_sum %1005 axes=[3] keep=0 : f32[36,2,1,5] @ models/lib/nn.yaml:55:23
%1007 = cast %1006 : bf16[36,2,1,5] @ models/lib/nn.yaml:55:23
%1008 = broadcast %179 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1009 = cast %1007 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1010 = mul %1009, %1008 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1011 = reduce_max %1010 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1012 = stop_gradient %1011 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1013 = broadcast %1012 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%1014 = cast %1007 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1015 = mul %1014, %1008 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1016 = sub %1015, %1013 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%1017 = exp %1016 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%1018 = reduce_sum %1017 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1019 = broadcast %1018 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%1020 = exp %1016 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%1021 = div %1020, %1019 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%1022 = cast %1021 : bf16[36,2,1,5] @ models/lib/nn.yaml:56:23
%1023 = cast %992 : bf16[36,5,64] @ models/lib/nn.yaml:56:23
%1024 = reshape %1023 : bf16[36,5,2,32] @ models/lib/vit.yaml:80:22
%1025 = permute %1024 perm=[0,2,1,3] : bf16[36,2,5,32] @ models/lib/vit.yaml:80:14
%1026 = cast %1022 : f32[36,2,1,5] @ models/lib/nn.yaml:56:23
%1027 = slice %1026 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1028 = broadcast %1027 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1029 = slice %1025 lo=[0,0,0,0] hi=[36,2,1,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1030 = cast %1029 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1031 = mul %1028, %1030 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1032 = slice %1026 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1033 = broadcast %1032 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1034 = slice %1025 lo=[0,0,1,0] hi=[36,2,2,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1035 = cast %1034 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1036 = mul %1033, %1035 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1037 = add %1031, %1036 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1038 = slice %1026 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1039 = broadcast %1038 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1040 = slice %1025 lo=[0,0,2,0] hi=[36,2,3,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1041 = cast %1040 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1042 = mul %1039, %1041 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1043 = add %1037, %1042 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1044 = slice %1026 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1045 = broadcast %1044 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1046 = slice %1025 lo=[0,0,3,0] hi=[36,2,4,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1047 = cast %1046 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1048 = mul %1045, %1047 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1049 = add %1043, %1048 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1050 = slice %1026 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1051 = broadcast %1050 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1052 = slice %1025 lo=[0,0,4,0] hi=[36,2,5,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1053 = cast %1052 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1054 = mul %1051, %1053 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1055 = add %1049, %1054 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1056 = cast %1055 : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1057 = permute %1056 perm=[0,2,1,3] : bf16[36,1,2,32] @ models/lib/nn.yaml:56:13
%1058 = reshape %1057 : bf16[36,1,64] @ models/lib/nn.yaml:57:16
%1059 = matmul %1058, %445 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1060 = broadcast %106 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1061 = cast %1059 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1062 = add %1061, %1060 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1063 = add %963, %1062 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1064 = reduce_sum %1063 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1065 = broadcast %146 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1066 = div %1064, %1065 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1067 = broadcast %1066 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%1068 = cast %1059 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1069 = add %1068, %1060 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1070 = add %963, %1069 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1071 = sub %1070, %1067 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%1072 = mul %1071, %1071 : f32[36,1,64] @ models/lib/nn.yaml:95:22
%1073 = reduce_sum %1072 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1074 = div %1073, %1065 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1075 = broadcast %154 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1076 = add %1074, %1075 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1077 = rsqrt %1076 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1078 = broadcast %1077 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%1079 = mul %1071, %1078 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%1080 = broadcast %107 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%1081 = mul %1079, %1080 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%1082 = broadcast %108 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%1083 = add %1081, %1082 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%1084 = cast %1083 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1085 = matmul %1084, %472 ta=0 tb=1 : bf16[36,1,256] @ models/lib/nn.yaml:83:15
%1086 = broadcast %110 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1087 = broadcast %225 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%1088 = cast %1085 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1089 = add %1088, %1086 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1090 = mul %1087, %1089 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%1091 = broadcast %230 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%1092 = cast %1085 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1093 = add %1092, %1086 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1094 = mul %1093, %1091 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%1095 = erf %1094 : f32[36,1,256] @ models/lib/nn.yaml:27:31
%1096 = broadcast %236 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%1097 = add %1096, %1095 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%1098 = mul %1090, %1097 : f32[36,1,256] @ models/lib/nn.yaml:27:24
%1099 = cast %1098 : bf16[36,1,256] @ models/lib/nn.yaml:83:15
%1100 = matmul %1099, %488 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1101 = broadcast %112 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1102 = cast %1100 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1103 = add %1102, %1101 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1104 = cast %1059 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1105 = add %1104, %1060 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1106 = add %963, %1105 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1107 = add %1106, %1103 : f32[36,1,64] @ models/lib/vit.yaml:98:18
%1108 = reshape %1107 : f32[4,9,64] @ models/dino_pass.yaml:88:16
%1109 = concat %498, %959 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1110 = reduce_sum %1109 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1111 = broadcast %146 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1112 = div %1110, %1111 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1113 = broadcast %1112 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1114 = sub %1109, %1113 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1115 = mul %1114, %1114 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1116 = reduce_sum %1115 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1117 = div %1116, %1111 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1118 = broadcast %154 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1119 = add %1117, %1118 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1120 = rsqrt %1119 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1121 = broadcast %1120 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1122 = mul %1114, %1121 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1123 = broadcast %97 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1124 = mul %1122, %1123 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1125 = broadcast %98 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1126 = add %1124, %1125 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1127 = cast %1126 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1128 = slice %1127 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1129 = matmul %1128, %361 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1130 = add %1129, %520 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1131 = matmul %1127, %367 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1132 = broadcast %370 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1133 = add %1131, %1132 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1134 = matmul %1127, %373 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1135 = broadcast %376 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1136 = add %1134, %1135 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1137 = cast %1130 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1138 = reshape %1137 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1139 = permute %1138 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1140 = cast %1133 : bf16[4,10,64] @ models/lib/nn.yaml:55:23
%1141 = reshape %1140 : bf16[4,10,2,32] @ models/lib/vit.yaml:79:22
%1142 = permute %1141 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:79:14
%1143 = cast %1139 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%1144 = reshape %1143 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1145 = broadcast %1144 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1146 = permute %1142 perm=[0,1,3,2] : bf16[4,2,32,10] @ models/lib/nn.yaml:55:23
%1147 = reshape %1146 : bf16[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1148 = cast %1147 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1149 = mul %1145, %1148 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1150 = reduce_sum %1149 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1151 = cast %1150 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1152 = broadcast %179 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1153 = cast %1151 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1154 = mul %1153, %1152 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1155 = reduce_max %1154 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1156 = stop_gradient %1155 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1157 = broadcast %1156 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1158 = cast %1151 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1159 = mul %1158, %1152 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1160 = sub %1159, %1157 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1161 = exp %1160 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1162 = reduce_sum %1161 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1163 = broadcast %1162 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1164 = exp %1160 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1165 = div %1164, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1166 = cast %1165 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1167 = cast %1136 : bf16[4,10,64] @ models/lib/nn.yaml:56:23
%1168 = reshape %1167 : bf16[4,10,2,32] @ models/lib/vit.yaml:80:22
%1169 = permute %1168 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:80:14
%1170 = cast %1166 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1171 = reshape %1170 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1172 = broadcast %1171 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1173 = reshape %1169 : bf16[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1174 = cast %1173 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1175 = mul %1172, %1174 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1176 = reduce_sum %1175 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1177 = cast %1176 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%1178 = permute %1177 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%1179 = reshape %1178 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%1180 = matmul %1179, %445 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1181 = cast %1180 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1182 = add %1181, %572 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1183 = add %498, %1182 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1184 = reduce_sum %1183 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1185 = div %1184, %577 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1186 = broadcast %1185 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1187 = sub %1183, %1186 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1188 = mul %1187, %1187 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1189 = reduce_sum %1188 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1190 = div %1189, %577 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1191 = add %1190, %584 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1192 = rsqrt %1191 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1193 = broadcast %1192 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1194 = mul %1187, %1193 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1195 = mul %1194, %589 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1196 = add %1195, %591 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1197 = cast %1196 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1198 = matmul %1197, %472 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1199 = cast %1198 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1200 = add %1199, %595 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1201 = mul %598, %1200 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1202 = mul %1200, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1203 = erf %1202 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1204 = add %603, %1203 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1205 = mul %1201, %1204 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1206 = cast %1205 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1207 = matmul %1206, %488 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1208 = cast %1207 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1209 = add %1208, %608 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1210 = add %1183, %1209 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1211 = concat %1210, %1108 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:109:30
%1212 = reduce_sum %1211 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1213 = div %1212, %1111 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1214 = broadcast %1213 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1215 = sub %1211, %1214 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1216 = mul %1215, %1215 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1217 = reduce_sum %1216 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1218 = div %1217, %1111 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1219 = add %1218, %1118 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1220 = rsqrt %1219 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1221 = broadcast %1220 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1222 = mul %1215, %1221 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1223 = broadcast %113 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1224 = mul %1222, %1223 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1225 = broadcast %114 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1226 = add %1224, %1225 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1227 = cast %1226 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1228 = slice %1227 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:110:28
%1229 = matmul %1228, %630 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1230 = cast %1229 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1231 = add %1230, %632 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1232 = mul %598, %1231 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1233 = mul %1231, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1234 = erf %1233 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1235 = add %603, %1234 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1236 = mul %1232, %1235 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1237 = cast %1236 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1238 = matmul %1237, %641 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1239 = cast %1238 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1240 = add %1239, %643 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1241 = mul %598, %1240 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1242 = mul %1240, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1243 = erf %1242 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1244 = add %603, %1243 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1245 = mul %1241, %1244 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1246 = cast %1245 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1247 = matmul %1246, %652 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1248 = cast %1247 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1249 = add %1248, %654 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1250 = mul %1249, %1249 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1251 = reduce_sum %1250 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1252 = sqrt %1251 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1253 = max %1252, %661 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1254 = broadcast %1253 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1255 = div %1249, %1254 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1256 = cast %1255 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%1257 = matmul %1256, %673 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%1258 = slice %1227 lo=[0,1,0] hi=[4,10,64] : bf16[4,9,64] @ models/dino_pass.yaml:110:46
%1259 = matmul %1258, %676 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1260 = broadcast %124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1261 = cast %1259 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1262 = add %1261, %1260 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1263 = mul %841, %1262 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1264 = cast %1259 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1265 = add %1264, %1260 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1266 = mul %1265, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1267 = erf %1266 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1268 = add %850, %1267 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1269 = mul %1263, %1268 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1270 = cast %1269 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1271 = matmul %1270, %689 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1272 = broadcast %126 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1273 = cast %1271 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1274 = add %1273, %1272 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1275 = mul %841, %1274 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1276 = cast %1271 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1277 = add %1276, %1272 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1278 = mul %1277, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1279 = erf %1278 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1280 = add %850, %1279 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1281 = mul %1275, %1280 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1282 = cast %1281 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1283 = matmul %1282, %702 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1284 = broadcast %128 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1285 = cast %1283 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1286 = add %1285, %1284 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1287 = mul %1286, %1286 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1288 = reduce_sum %1287 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1289 = sqrt %1288 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1290 = broadcast %660 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1291 = max %1289, %1290 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1292 = broadcast %1291 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1293 = cast %1283 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1294 = add %1293, %1284 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1295 = div %1294, %1292 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1296 = cast %1295 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%1297 = matmul %1296, %724 ta=0 tb=1 : bf16[4,9,4096] @ models/lib/dino.yaml:23:18
%1298 = cast %1257 : f32[4,1,65536] @ models/dino_pass.yaml:131:20
%1299 = slice %1298 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1300 = slice %1298 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1301 = reshape %8 : f32[64,768] @ models/lib/vit.yaml:17:20
%1302 = cast %1301 : bf16[64,768] @ models/lib/vit.yaml:17:18
%1303 = matmul %137, %1302 ta=0 tb=1 : bf16[4,16,64] @ models/lib/vit.yaml:17:18
%1304 = broadcast %9 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1305 = cast %1303 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1306 = add %1305, %1304 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1307 = broadcast %7 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1308 = add %1306, %1307 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1309 = reduce_sum %1308 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1310 = div %1309, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1311 = broadcast %1310 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1312 = sub %1308, %1311 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1313 = mul %1312, %1312 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1314 = reduce_sum %1313 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1315 = div %1314, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1316 = add %1315, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1317 = rsqrt %1316 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1318 = broadcast %1317 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1319 = mul %1312, %1318 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1320 = broadcast %10 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1321 = mul %1319, %1320 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1322 = broadcast %11 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1323 = add %1321, %1322 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1324 = cast %1323 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1325 = cast %12 : bf16[192,64] @ models/lib/nn.yaml:83:15
%1326 = matmul %1324, %1325 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%1327 = cast %13 : bf16[192] @ models/lib/nn.yaml:84:18
%1328 = cast %1327 : f32[192] @ models/lib/nn.yaml:84:18
%1329 = broadcast %1328 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1330 = add %1326, %1329 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1331 = cast %1330 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%1332 = reshape %1331 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1333 = permute %1332 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1334 = slice %1333 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1335 = reshape %1334 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%1336 = slice %1333 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1337 = reshape %1336 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%1338 = matmul %1335, %1337 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1339 = cast %1338 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1340 = mul %1339, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1341 = reduce_max %1340 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1342 = stop_gradient %1341 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1343 = broadcast %1342 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1344 = cast %1338 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1345 = mul %1344, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1346 = sub %1345, %1343 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1347 = exp %1346 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1348 = reduce_sum %1347 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1349 = broadcast %1348 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1350 = exp %1346 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1351 = div %1350, %1349 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1352 = cast %1351 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1353 = slice %1333 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1354 = reshape %1353 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%1355 = matmul %1352, %1354 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%1356 = permute %1355 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%1357 = reshape %1356 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%1358 = cast %14 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1359 = matmul %1357, %1358 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1360 = broadcast %15 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1361 = cast %1359 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1362 = add %1361, %1360 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1363 = add %1308, %1362 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1364 = reduce_sum %1363 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1365 = div %1364, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1366 = broadcast %1365 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1367 = sub %1363, %1366 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1368 = mul %1367, %1367 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1369 = reduce_sum %1368 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1370 = div %1369, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1371 = add %1370, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1372 = rsqrt %1371 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1373 = broadcast %1372 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1374 = mul %1367, %1373 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1375 = broadcast %16 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1376 = mul %1374, %1375 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1377 = broadcast %17 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1378 = add %1376, %1377 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1379 = cast %1378 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1380 = cast %18 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1381 = matmul %1379, %1380 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1382 = broadcast %19 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1383 = cast %1381 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1384 = add %1383, %1382 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1385 = mul %226, %1384 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1386 = cast %1381 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1387 = add %1386, %1382 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1388 = mul %1387, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1389 = erf %1388 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1390 = add %237, %1389 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1391 = mul %1385, %1390 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1392 = cast %1391 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1393 = cast %20 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1394 = matmul %1392, %1393 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1395 = broadcast %21 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1396 = cast %1394 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1397 = add %1396, %1395 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1398 = add %1363, %1397 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1399 = reduce_sum %1398 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1400 = div %1399, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1401 = broadcast %1400 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1402 = sub %1398, %1401 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1403 = mul %1402, %1402 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1404 = reduce_sum %1403 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1405 = div %1404, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1406 = add %1405, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1407 = rsqrt %1406 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1408 = broadcast %1407 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1409 = mul %1402, %1408 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1410 = broadcast %22 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1411 = mul %1409, %1410 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1412 = broadcast %23 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1413 = add %1411, %1412 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1414 = cast %1413 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1415 = cast %24 : bf16[192,64] @ models/lib/nn.yaml:83:15
%1416 = matmul %1414, %1415 ta=0 tb=1 : f32[4,16,192] @ models/lib/nn.yaml:83:15
%1417 = cast %25 : bf16[192] @ models/lib/nn.yaml:84:18
%1418 = cast %1417 : f32[192] @ models/lib/nn.yaml:84:18
%1419 = broadcast %1418 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1420 = add %1416, %1419 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1421 = cast %1420 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%1422 = reshape %1421 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1423 = permute %1422 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1424 = slice %1423 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1425 = reshape %1424 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%1426 = slice %1423 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1427 = reshape %1426 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%1428 = matmul %1425, %1427 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1429 = cast %1428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1430 = mul %1429, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1431 = reduce_max %1430 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1432 = stop_gradient %1431 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1433 = broadcast %1432 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1434 = cast %1428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1435 = mul %1434, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1436 = sub %1435, %1433 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1437 = exp %1436 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1438 = reduce_sum %1437 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1439 = broadcast %1438 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1440 = exp %1436 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1441 = div %1440, %1439 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1442 = cast %1441 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1443 = slice %1423 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1444 = reshape %1443 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%1445 = matmul %1442, %1444 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%1446 = permute %1445 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%1447 = reshape %1446 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%1448 = cast %26 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1449 = matmul %1447, %1448 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1450 = broadcast %27 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1451 = cast %1449 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1452 = add %1451, %1450 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1453 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1454 = broadcast %1453 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1455 = div %1452, %1454 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1456 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1457 = rand_uniform %1456 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1458 = broadcast %1453 : f32[4] @ models/lib/nn.yaml:44:35
%1459 = add %1458, %1457 : f32[4] @ models/lib/nn.yaml:44:35
%1460 = floor %1459 : f32[4] @ models/lib/nn.yaml:44:24
%1461 = reshape %1460 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1462 = broadcast %1461 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1463 = mul %1455, %1462 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1464 = add %1398, %1463 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1465 = reduce_sum %1464 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1466 = div %1465, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1467 = broadcast %1466 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1468 = sub %1464, %1467 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1469 = mul %1468, %1468 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1470 = reduce_sum %1469 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1471 = div %1470, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1472 = add %1471, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1473 = rsqrt %1472 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1474 = broadcast %1473 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1475 = mul %1468, %1474 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1476 = broadcast %28 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1477 = mul %1475, %1476 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1478 = broadcast %29 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1479 = add %1477, %1478 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1480 = cast %1479 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1481 = cast %30 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1482 = matmul %1480, %1481 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1483 = broadcast %31 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1484 = cast %1482 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1485 = add %1484, %1483 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1486 = mul %226, %1485 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1487 = cast %1482 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1488 = add %1487, %1483 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1489 = mul %1488, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1490 = erf %1489 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1491 = add %237, %1490 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1492 = mul %1486, %1491 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1493 = cast %1492 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1494 = cast %32 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1495 = matmul %1493, %1494 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1496 = broadcast %33 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1497 = cast %1495 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1498 = add %1497, %1496 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1499 = div %1498, %1454 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1500 = rand_uniform %1456 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1501 = add %1458, %1500 : f32[4] @ models/lib/nn.yaml:44:35
%1502 = floor %1501 : f32[4] @ models/lib/nn.yaml:44:24
%1503 = reshape %1502 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1504 = broadcast %1503 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1505 = mul %1499, %1504 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1506 = add %1464, %1505 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1507 = broadcast %34 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%1508 = concat %1507, %1506 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%1509 = reduce_sum %1508 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1510 = div %1509, %501 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1511 = broadcast %1510 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1512 = sub %1508, %1511 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1513 = mul %1512, %1512 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1514 = reduce_sum %1513 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1515 = div %1514, %501 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1516 = add %1515, %508 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1517 = rsqrt %1516 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1518 = broadcast %1517 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1519 = mul %1512, %1518 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1520 = broadcast %35 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1521 = mul %1519, %1520 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1522 = broadcast %36 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1523 = add %1521, %1522 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1524 = cast %1523 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1525 = slice %1524 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1526 = cast %37 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1527 = matmul %1525, %1526 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1528 = cast %38 : bf16[64] @ models/lib/nn.yaml:84:18
%1529 = cast %1528 : f32[64] @ models/lib/nn.yaml:84:18
%1530 = broadcast %1529 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1531 = add %1527, %1530 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1532 = cast %39 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1533 = matmul %1524, %1532 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1534 = cast %40 : bf16[64] @ models/lib/nn.yaml:84:18
%1535 = cast %1534 : f32[64] @ models/lib/nn.yaml:84:18
%1536 = broadcast %1535 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1537 = add %1533, %1536 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1538 = cast %41 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1539 = matmul %1524, %1538 ta=0 tb=1 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%1540 = cast %42 : bf16[64] @ models/lib/nn.yaml:84:18
%1541 = cast %1540 : f32[64] @ models/lib/nn.yaml:84:18
%1542 = broadcast %1541 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1543 = add %1539, %1542 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1544 = cast %1531 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1545 = reshape %1544 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1546 = permute %1545 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1547 = cast %1537 : bf16[4,17,64] @ models/lib/nn.yaml:55:23
%1548 = reshape %1547 : bf16[4,17,2,32] @ models/lib/vit.yaml:79:22
%1549 = permute %1548 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:79:14
%1550 = cast %1546 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%1551 = reshape %1550 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1552 = broadcast %1551 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1553 = permute %1549 perm=[0,1,3,2] : bf16[4,2,32,17] @ models/lib/nn.yaml:55:23
%1554 = reshape %1553 : bf16[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1555 = cast %1554 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1556 = mul %1552, %1555 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1557 = reduce_sum %1556 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1558 = cast %1557 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1559 = cast %1558 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1560 = mul %1559, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1561 = reduce_max %1560 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1562 = stop_gradient %1561 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1563 = broadcast %1562 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1564 = cast %1558 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1565 = mul %1564, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1566 = sub %1565, %1563 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1567 = exp %1566 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1568 = reduce_sum %1567 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1569 = broadcast %1568 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1570 = exp %1566 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1571 = div %1570, %1569 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1572 = cast %1571 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1573 = cast %1543 : bf16[4,17,64] @ models/lib/nn.yaml:56:23
%1574 = reshape %1573 : bf16[4,17,2,32] @ models/lib/vit.yaml:80:22
%1575 = permute %1574 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:80:14
%1576 = cast %1572 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1577 = reshape %1576 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1578 = broadcast %1577 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1579 = reshape %1575 : bf16[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1580 = cast %1579 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1581 = mul %1578, %1580 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1582 = reduce_sum %1581 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1583 = cast %1582 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%1584 = permute %1583 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%1585 = reshape %1584 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%1586 = cast %43 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1587 = matmul %1585, %1586 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1588 = broadcast %44 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1589 = cast %1587 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1590 = add %1589, %1588 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1591 = add %1507, %1590 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1592 = reduce_sum %1591 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1593 = div %1592, %577 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1594 = broadcast %1593 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1595 = sub %1591, %1594 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1596 = mul %1595, %1595 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1597 = reduce_sum %1596 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1598 = div %1597, %577 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1599 = add %1598, %584 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1600 = rsqrt %1599 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1601 = broadcast %1600 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1602 = mul %1595, %1601 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1603 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1604 = mul %1602, %1603 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1605 = broadcast %46 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1606 = add %1604, %1605 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1607 = cast %1606 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1608 = cast %47 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1609 = matmul %1607, %1608 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1610 = broadcast %48 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1611 = cast %1609 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1612 = add %1611, %1610 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1613 = mul %598, %1612 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1614 = mul %1612, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1615 = erf %1614 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1616 = add %603, %1615 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1617 = mul %1613, %1616 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1618 = cast %1617 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1619 = cast %49 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1620 = matmul %1618, %1619 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1621 = broadcast %50 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1622 = cast %1620 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1623 = add %1622, %1621 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1624 = add %1591, %1623 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1625 = concat %1624, %1506 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:111:21
%1626 = reduce_sum %1625 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1627 = div %1626, %501 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1628 = broadcast %1627 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1629 = sub %1625, %1628 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1630 = mul %1629, %1629 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1631 = reduce_sum %1630 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1632 = div %1631, %501 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1633 = add %1632, %508 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1634 = rsqrt %1633 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1635 = broadcast %1634 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1636 = mul %1629, %1635 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1637 = broadcast %51 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1638 = mul %1636, %1637 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1639 = broadcast %52 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1640 = add %1638, %1639 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1641 = cast %1640 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1642 = slice %1641 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:103:28
%1643 = cast %53 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1644 = matmul %1642, %1643 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1645 = broadcast %54 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1646 = cast %1644 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1647 = add %1646, %1645 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1648 = mul %598, %1647 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1649 = mul %1647, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1650 = erf %1649 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1651 = add %603, %1650 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1652 = mul %1648, %1651 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1653 = cast %1652 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1654 = cast %55 : bf16[256,256] @ models/lib/nn.yaml:83:15
%1655 = matmul %1653, %1654 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1656 = broadcast %56 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1657 = cast %1655 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1658 = add %1657, %1656 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1659 = mul %598, %1658 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1660 = mul %1658, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1661 = erf %1660 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1662 = add %603, %1661 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1663 = mul %1659, %1662 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1664 = cast %1663 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1665 = cast %57 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1666 = matmul %1664, %1665 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1667 = broadcast %58 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1668 = cast %1666 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1669 = add %1668, %1667 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1670 = mul %1669, %1669 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1671 = reduce_sum %1670 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1672 = sqrt %1671 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1673 = max %1672, %661 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1674 = broadcast %1673 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1675 = div %1669, %1674 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1676 = broadcast %59 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1677 = mul %1676, %60 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1678 = mul %60, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%1679 = reduce_sum %1678 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%1680 = sqrt %1679 : f32[65536,1] @ models/lib/dino.yaml:22:35
%1681 = broadcast %1680 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1682 = div %1677, %1681 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1683 = cast %1675 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%1684 = cast %1682 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%1685 = matmul %1683, %1684 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%1686 = slice %1641 lo=[0,1,0] hi=[4,17,64] : bf16[4,16,64] @ models/dino_pass.yaml:103:46
%1687 = cast %61 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1688 = matmul %1686, %1687 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1689 = broadcast %62 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1690 = cast %1688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1691 = add %1690, %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1692 = mul %226, %1691 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1693 = cast %1688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1694 = add %1693, %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1695 = mul %1694, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1696 = erf %1695 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1697 = add %237, %1696 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1698 = mul %1692, %1697 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1699 = cast %1698 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1700 = cast %63 : bf16[256,256] @ models/lib/nn.yaml:83:15
%1701 = matmul %1699, %1700 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1702 = broadcast %64 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1703 = cast %1701 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1704 = add %1703, %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1705 = mul %226, %1704 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1706 = cast %1701 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1707 = add %1706, %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1708 = mul %1707, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1709 = erf %1708 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1710 = add %237, %1709 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1711 = mul %1705, %1710 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1712 = cast %1711 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1713 = cast %65 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1714 = matmul %1712, %1713 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1715 = broadcast %66 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1716 = cast %1714 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1717 = add %1716, %1715 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1718 = mul %1717, %1717 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%1719 = reduce_sum %1718 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1720 = sqrt %1719 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1721 = max %1720, %710 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1722 = broadcast %1721 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1723 = cast %1714 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1724 = add %1723, %1715 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1725 = div %1724, %1722 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1726 = broadcast %67 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1727 = mul %1726, %68 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1728 = mul %68, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%1729 = reduce_sum %1728 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%1730 = sqrt %1729 : f32[4096,1] @ models/lib/dino.yaml:22:35
%1731 = broadcast %1730 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1732 = div %1727, %1731 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1733 = cast %1725 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%1734 = cast %1732 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%1735 = matmul %1733, %1734 ta=0 tb=1 : bf16[4,16,4096] @ models/lib/dino.yaml:23:18
%1736 = matmul %732, %1302 ta=0 tb=1 : bf16[4,9,64] @ models/lib/vit.yaml:17:18
%1737 = broadcast %9 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1738 = cast %1736 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1739 = add %1738, %1737 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1740 = reshape %7 : f32[4,256] @ models/lib/vit.yaml:32:17
%1741 = cast %1740 : bf16[4,256] @ models/lib/vit.yaml:32:15
%1742 = matmul %739, %1741 ta=0 tb=0 : bf16[3,256] @ models/lib/vit.yaml:32:15
%1743 = reshape %1742 : bf16[3,4,64] @ models/lib/vit.yaml:33:21
%1744 = permute %1743 perm=[1,0,2] : bf16[4,3,64] @ models/lib/vit.yaml:33:13
%1745 = reshape %1744 : bf16[4,192] @ models/lib/vit.yaml:34:17
%1746 = matmul %739, %1745 ta=0 tb=0 : bf16[3,192] @ models/lib/vit.yaml:34:15
%1747 = cast %1746 : f32[3,192] @ models/lib/vit.yaml:35:21
%1748 = reshape %1747 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%1749 = permute %1748 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%1750 = reshape %1749 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%1751 = broadcast %1750 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1752 = add %1739, %1751 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1753 = reduce_sum %1752 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1754 = div %1753, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1755 = broadcast %1754 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1756 = sub %1752, %1755 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1757 = mul %1756, %1756 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1758 = reduce_sum %1757 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1759 = div %1758, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1760 = add %1759, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1761 = rsqrt %1760 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1762 = broadcast %1761 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1763 = mul %1756, %1762 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1764 = broadcast %10 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1765 = mul %1763, %1764 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1766 = broadcast %11 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1767 = add %1765, %1766 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1768 = cast %1767 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1769 = matmul %1768, %1325 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%1770 = broadcast %1328 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1771 = add %1769, %1770 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1772 = cast %1771 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%1773 = reshape %1772 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1774 = permute %1773 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1775 = slice %1774 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1776 = reshape %1775 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%1777 = slice %1774 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1778 = reshape %1777 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%1779 = cast %1776 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1780 = cast %1778 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1781 = permute %1780 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1782 = reshape %1779 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1783 = broadcast %1782 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1784 = reshape %1781 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1785 = broadcast %1784 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1786 = mul %1783, %1785 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1787 = reduce_sum %1786 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1788 = cast %1787 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1789 = cast %1788 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1790 = mul %1789, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1791 = reduce_max %1790 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1792 = stop_gradient %1791 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1793 = broadcast %1792 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1794 = cast %1788 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1795 = mul %1794, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1796 = sub %1795, %1793 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1797 = exp %1796 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1798 = reduce_sum %1797 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1799 = broadcast %1798 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1800 = exp %1796 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1801 = div %1800, %1799 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1802 = cast %1801 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1803 = slice %1774 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1804 = reshape %1803 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%1805 = cast %1802 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1806 = cast %1804 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1807 = reshape %1805 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1808 = broadcast %1807 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1809 = reshape %1806 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1810 = broadcast %1809 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1811 = mul %1808, %1810 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1812 = reduce_sum %1811 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1813 = cast %1812 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%1814 = permute %1813 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%1815 = reshape %1814 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%1816 = matmul %1815, %1358 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1817 = broadcast %15 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1818 = cast %1816 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1819 = add %1818, %1817 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1820 = add %1752, %1819 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1821 = reduce_sum %1820 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1822 = div %1821, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1823 = broadcast %1822 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1824 = sub %1820, %1823 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1825 = mul %1824, %1824 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1826 = reduce_sum %1825 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1827 = div %1826, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1828 = add %1827, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1829 = rsqrt %1828 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1830 = broadcast %1829 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1831 = mul %1824, %1830 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1832 = broadcast %16 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1833 = mul %1831, %1832 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1834 = broadcast %17 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1835 = add %1833, %1834 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1836 = cast %1835 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1837 = matmul %1836, %1380 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1838 = broadcast %19 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1839 = cast %1837 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1840 = add %1839, %1838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1841 = mul %841, %1840 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1842 = cast %1837 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1843 = add %1842, %1838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1844 = mul %1843, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1845 = erf %1844 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1846 = add %850, %1845 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1847 = mul %1841, %1846 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1848 = cast %1847 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1849 = matmul %1848, %1393 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1850 = broadcast %21 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1851 = cast %1849 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1852 = add %1851, %1850 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1853 = add %1820, %1852 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1854 = reduce_sum %1853 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1855 = div %1854, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1856 = broadcast %1855 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1857 = sub %1853, %1856 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1858 = mul %1857, %1857 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1859 = reduce_sum %1858 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1860 = div %1859, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1861 = add %1860, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1862 = rsqrt %1861 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1863 = broadcast %1862 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1864 = mul %1857, %1863 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1865 = broadcast %22 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1866 = mul %1864, %1865 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1867 = broadcast %23 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1868 = add %1866, %1867 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1869 = cast %1868 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1870 = matmul %1869, %1415 ta=0 tb=1 : f32[4,9,192] @ models/lib/nn.yaml:83:15
%1871 = broadcast %1418 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1872 = add %1870, %1871 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1873 = cast %1872 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%1874 = reshape %1873 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1875 = permute %1874 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1876 = slice %1875 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1877 = reshape %1876 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%1878 = slice %1875 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1879 = reshape %1878 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%1880 = cast %1877 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1881 = cast %1879 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1882 = permute %1881 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1883 = reshape %1880 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1884 = broadcast %1883 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1885 = reshape %1882 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1886 = broadcast %1885 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1887 = mul %1884, %1886 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1888 = reduce_sum %1887 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1889 = cast %1888 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1890 = cast %1889 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1891 = mul %1890, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1892 = reduce_max %1891 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1893 = stop_gradient %1892 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1894 = broadcast %1893 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1895 = cast %1889 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1896 = mul %1895, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1897 = sub %1896, %1894 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1898 = exp %1897 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1899 = reduce_sum %1898 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1900 = broadcast %1899 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1901 = exp %1897 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1902 = div %1901, %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1903 = cast %1902 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1904 = slice %1875 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1905 = reshape %1904 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%1906 = cast %1903 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1907 = cast %1905 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1908 = reshape %1906 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1909 = broadcast %1908 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1910 = reshape %1907 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1911 = broadcast %1910 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1912 = mul %1909, %1911 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1913 = reduce_sum %1912 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1914 = cast %1913 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%1915 = permute %1914 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%1916 = reshape %1915 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%1917 = matmul %1916, %1448 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1918 = broadcast %27 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1919 = cast %1917 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1920 = add %1919, %1918 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1921 = broadcast %1453 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1922 = div %1920, %1921 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1923 = rand_uniform %1456 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%1924 = add %1458, %1923 : f32[4] @ models/lib/nn.yaml:44:35
%1925 = floor %1924 : f32[4] @ models/lib/nn.yaml:44:24
%1926 = reshape %1925 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1927 = broadcast %1926 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1928 = mul %1922, %1927 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1929 = add %1853, %1928 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1930 = reduce_sum %1929 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1931 = div %1930, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1932 = broadcast %1931 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1933 = sub %1929, %1932 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1934 = mul %1933, %1933 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1935 = reduce_sum %1934 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1936 = div %1935, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1937 = add %1936, %760 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1938 = rsqrt %1937 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1939 = broadcast %1938 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1940 = mul %1933, %1939 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1941 = broadcast %28 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1942 = mul %1940, %1941 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1943 = broadcast %29 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1944 = add %1942, %1943 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1945 = cast %1944 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1946 = matmul %1945, %1481 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1947 = broadcast %31 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1948 = cast %1946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1949 = add %1948, %1947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1950 = mul %841, %1949 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1951 = cast %1946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1952 = add %1951, %1947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1953 = mul %1952, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1954 = erf %1953 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1955 = add %850, %1954 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1956 = mul %1950, %1955 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1957 = cast %1956 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1958 = matmul %1957, %1494 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1959 = broadcast %33 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1960 = cast %1958 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1961 = add %1960, %1959 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1962 = div %1961, %1921 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1963 = rand_uniform %1456 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1964 = add %1458, %1963 : f32[4] @ models/lib/nn.yaml:44:35
%1965 = floor %1964 : f32[4] @ models/lib/nn.yaml:44:24
%1966 = reshape %1965 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1967 = broadcast %1966 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1968 = mul %1962, %1967 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1969 = add %1929, %1968 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1970 = concat %1507, %1969 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1971 = reduce_sum %1970 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1972 = div %1971, %1111 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1973 = broadcast %1972 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1974 = sub %1970, %1973 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1975 = mul %1974, %1974 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1976 = reduce_sum %1975 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1977 = div %1976, %1111 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1978 = add %1977, %1118 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1979 = rsqrt %1978 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1980 = broadcast %1979 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1981 = mul %1974, %1980 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1982 = broadcast %35 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1983 = mul %1981, %1982 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1984 = broadcast %36 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1985 = add %1983, %1984 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1986 = cast %1985 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1987 = slice %1986 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1988 = matmul %1987, %1526 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1989 = add %1988, %1530 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1990 = matmul %1986, %1532 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1991 = broadcast %1535 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1992 = add %1990, %1991 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1993 = matmul %1986, %1538 ta=0 tb=1 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%1994 = broadcast %1541 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1995 = add %1993, %1994 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1996 = cast %1989 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1997 = reshape %1996 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1998 = permute %1997 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1999 = cast %1992 : bf16[4,10,64] @ models/lib/nn.yaml:55:23
%2000 = reshape %1999 : bf16[4,10,2,32] @ models/lib/vit.yaml:79:22
%2001 = permute %2000 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:79:14
%2002 = cast %1998 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2003 = reshape %2002 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%2004 = broadcast %2003 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2005 = permute %2001 perm=[0,1,3,2] : bf16[4,2,32,10] @ models/lib/nn.yaml:55:23
%2006 = reshape %2005 : bf16[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2007 = cast %2006 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2008 = mul %2004, %2007 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2009 = reduce_sum %2008 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2010 = cast %2009 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2011 = cast %2010 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2012 = mul %2011, %1152 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2013 = reduce_max %2012 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2014 = stop_gradient %2013 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2015 = broadcast %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2016 = cast %2010 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2017 = mul %2016, %1152 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2018 = sub %2017, %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2019 = exp %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2020 = reduce_sum %2019 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2021 = broadcast %2020 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2022 = exp %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2023 = div %2022, %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2024 = cast %2023 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2025 = cast %1995 : bf16[4,10,64] @ models/lib/nn.yaml:56:23
%2026 = reshape %2025 : bf16[4,10,2,32] @ models/lib/vit.yaml:80:22
%2027 = permute %2026 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:80:14
%2028 = cast %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2029 = reshape %2028 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2030 = broadcast %2029 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2031 = reshape %2027 : bf16[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2032 = cast %2031 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2033 = mul %2030, %2032 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2034 = reduce_sum %2033 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2035 = cast %2034 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%2036 = permute %2035 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%2037 = reshape %2036 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%2038 = matmul %2037, %1586 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2039 = cast %2038 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2040 = add %2039, %1588 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2041 = add %1507, %2040 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%2042 = reduce_sum %2041 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2043 = div %2042, %577 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2044 = broadcast %2043 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2045 = sub %2041, %2044 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2046 = mul %2045, %2045 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2047 = reduce_sum %2046 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2048 = div %2047, %577 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2049 = add %2048, %584 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2050 = rsqrt %2049 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2051 = broadcast %2050 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2052 = mul %2045, %2051 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2053 = mul %2052, %1603 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2054 = add %2053, %1605 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2055 = cast %2054 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2056 = matmul %2055, %1608 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2057 = cast %2056 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2058 = add %2057, %1610 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2059 = mul %598, %2058 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2060 = mul %2058, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2061 = erf %2060 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2062 = add %603, %2061 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2063 = mul %2059, %2062 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2064 = cast %2063 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2065 = matmul %2064, %1619 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2066 = cast %2065 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2067 = add %2066, %1621 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2068 = add %2041, %2067 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%2069 = concat %2068, %1969 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:111:21
%2070 = reduce_sum %2069 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2071 = div %2070, %1111 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2072 = broadcast %2071 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2073 = sub %2069, %2072 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2074 = mul %2073, %2073 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2075 = reduce_sum %2074 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2076 = div %2075, %1111 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2077 = add %2076, %1118 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2078 = rsqrt %2077 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2079 = broadcast %2078 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2080 = mul %2073, %2079 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2081 = broadcast %51 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2082 = mul %2080, %2081 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2083 = broadcast %52 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%2084 = add %2082, %2083 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%2085 = cast %2084 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2086 = slice %2085 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:103:28
%2087 = matmul %2086, %1643 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2088 = cast %2087 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2089 = add %2088, %1645 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2090 = mul %598, %2089 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2091 = mul %2089, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2092 = erf %2091 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2093 = add %603, %2092 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2094 = mul %2090, %2093 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2095 = cast %2094 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2096 = matmul %2095, %1654 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2097 = cast %2096 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2098 = add %2097, %1656 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2099 = mul %598, %2098 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2100 = mul %2098, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2101 = erf %2100 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2102 = add %603, %2101 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2103 = mul %2099, %2102 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2104 = cast %2103 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2105 = matmul %2104, %1665 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2106 = cast %2105 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2107 = add %2106, %1667 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2108 = mul %2107, %2107 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2109 = reduce_sum %2108 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2110 = sqrt %2109 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2111 = max %2110, %661 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2112 = broadcast %2111 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2113 = div %2107, %2112 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2114 = cast %2113 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%2115 = matmul %2114, %1684 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%2116 = slice %2085 lo=[0,1,0] hi=[4,10,64] : bf16[4,9,64] @ models/dino_pass.yaml:103:46
%2117 = matmul %2116, %1687 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2118 = broadcast %62 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2119 = cast %2117 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2120 = add %2119, %2118 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2121 = mul %841, %2120 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2122 = cast %2117 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2123 = add %2122, %2118 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2124 = mul %2123, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2125 = erf %2124 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2126 = add %850, %2125 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2127 = mul %2121, %2126 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2128 = cast %2127 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2129 = matmul %2128, %1700 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2130 = broadcast %64 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2131 = cast %2129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2132 = add %2131, %2130 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2133 = mul %841, %2132 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2134 = cast %2129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2135 = add %2134, %2130 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2136 = mul %2135, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2137 = erf %2136 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2138 = add %850, %2137 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2139 = mul %2133, %2138 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2140 = cast %2139 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2141 = matmul %2140, %1713 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2142 = broadcast %66 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2143 = cast %2141 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2144 = add %2143, %2142 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2145 = mul %2144, %2144 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2146 = reduce_sum %2145 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2147 = sqrt %2146 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2148 = max %2147, %1290 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2149 = broadcast %2148 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2150 = cast %2141 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2151 = add %2150, %2142 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2152 = div %2151, %2149 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2153 = cast %2152 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%2154 = matmul %2153, %1734 ta=0 tb=1 : bf16[4,9,4096] @ models/lib/dino.yaml:23:18
%2155 = broadcast %131 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2156 = sub %727, %2155 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2157 = broadcast %4 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2158 = div %2156, %2157 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2159 = reduce_max %2158 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2160 = stop_gradient %2159 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2161 = broadcast %2160 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2162 = div %2156, %2157 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2163 = sub %2162, %2161 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2164 = exp %2163 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2165 = reduce_sum %2164 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2166 = broadcast %2165 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2167 = exp %2163 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2168 = div %2167, %2166 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2169 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2170 = broadcast %2169 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2171 = slice %1685 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2172 = cast %2171 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2173 = div %2172, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2174 = reduce_max %2173 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2175 = stop_gradient %2174 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2176 = broadcast %2175 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2177 = slice %1685 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2178 = cast %2177 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2179 = div %2178, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2180 = sub %2179, %2176 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2181 = exp %2180 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2182 = reduce_sum %2181 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2183 = log %2182 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2184 = broadcast %2183 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2185 = sub %2180, %2184 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2186 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2187 = mul %2186, %2185 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2188 = reduce_sum %2187 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2189 = neg %2188 : f32[2,1] @ models/lib/dino.yaml:39:21
%2190 = reduce_sum %2189 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2191 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2192 = div %2190, %2191 : f32[] @ models/lib/dino.yaml:39:16
%2193 = slice %2115 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2194 = cast %2193 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2195 = div %2194, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2196 = reduce_max %2195 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2197 = stop_gradient %2196 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2198 = broadcast %2197 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2199 = slice %2115 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2200 = cast %2199 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2201 = div %2200, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2202 = sub %2201, %2198 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2203 = exp %2202 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2204 = reduce_sum %2203 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2205 = log %2204 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2206 = broadcast %2205 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2207 = sub %2202, %2206 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2208 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2209 = mul %2208, %2207 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2210 = reduce_sum %2209 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2211 = neg %2210 : f32[2,1] @ models/lib/dino.yaml:39:21
%2212 = reduce_sum %2211 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2213 = div %2212, %2191 : f32[] @ models/lib/dino.yaml:39:16
%2214 = add %2192, %2213 : f32[] @ models/dino_pass.yaml:148:11
%2215 = slice %2115 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2216 = cast %2215 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2217 = div %2216, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2218 = reduce_max %2217 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2219 = stop_gradient %2218 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2220 = broadcast %2219 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2221 = slice %2115 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2222 = cast %2221 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2223 = div %2222, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2224 = sub %2223, %2220 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2225 = exp %2224 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2226 = reduce_sum %2225 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2227 = log %2226 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2228 = broadcast %2227 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2229 = sub %2224, %2228 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2230 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2231 = mul %2230, %2229 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2232 = reduce_sum %2231 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2233 = neg %2232 : f32[2,1] @ models/lib/dino.yaml:39:21
%2234 = reduce_sum %2233 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2235 = div %2234, %2191 : f32[] @ models/lib/dino.yaml:39:16
%2236 = add %2214, %2235 : f32[] @ models/dino_pass.yaml:148:11
%2237 = sub %728, %2155 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2238 = div %2237, %2157 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2239 = reduce_max %2238 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2240 = stop_gradient %2239 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2241 = broadcast %2240 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2242 = div %2237, %2157 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2243 = sub %2242, %2241 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2244 = exp %2243 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2245 = reduce_sum %2244 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2246 = broadcast %2245 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2247 = exp %2243 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2248 = div %2247, %2246 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2249 = slice %1685 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2250 = cast %2249 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2251 = div %2250, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2252 = reduce_max %2251 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2253 = stop_gradient %2252 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2254 = broadcast %2253 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2255 = slice %1685 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2256 = cast %2255 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2257 = div %2256, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2258 = sub %2257, %2254 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2259 = exp %2258 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2260 = reduce_sum %2259 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2261 = log %2260 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2262 = broadcast %2261 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2263 = sub %2258, %2262 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2264 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2265 = mul %2264, %2263 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2266 = reduce_sum %2265 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2267 = neg %2266 : f32[2,1] @ models/lib/dino.yaml:39:21
%2268 = reduce_sum %2267 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2269 = div %2268, %2191 : f32[] @ models/lib/dino.yaml:39:16
%2270 = add %2236, %2269 : f32[] @ models/dino_pass.yaml:148:11
%2271 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2272 = mul %2271, %2207 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2273 = reduce_sum %2272 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2274 = neg %2273 : f32[2,1] @ models/lib/dino.yaml:39:21
%2275 = reduce_sum %2274 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2276 = div %2275, %2191 : f32[] @ models/lib/dino.yaml:39:16
%2277 = add %2270, %2276 : f32[] @ models/dino_pass.yaml:148:11
%2278 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2279 = mul %2278, %2229 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2280 = reduce_sum %2279 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2281 = neg %2280 : f32[2,1] @ models/lib/dino.yaml:39:21
%2282 = reduce_sum %2281 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2283 = div %2282, %2191 : f32[] @ models/lib/dino.yaml:39:16
%2284 = add %2277, %2283 : f32[] @ models/dino_pass.yaml:148:11
%2285 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%2286 = div %2284, %2285 : f32[] @ models/dino_pass.yaml:145:3
%2287 = output %2286 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%2288 = broadcast %132 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2289 = slice %725 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:131:27
%2290 = broadcast %4 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2291 = cast %2289 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2292 = sub %2291, %2288 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2293 = div %2292, %2290 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2294 = reduce_max %2293 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2295 = stop_gradient %2294 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2296 = broadcast %2295 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2297 = cast %2289 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2298 = sub %2297, %2288 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2299 = div %2298, %2290 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2300 = sub %2299, %2296 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2301 = exp %2300 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2302 = reduce_sum %2301 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2303 = broadcast %2302 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2304 = exp %2300 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2305 = div %2304, %2303 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2306 = broadcast %2169 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2307 = slice %1735 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2308 = cast %2307 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2309 = div %2308, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2310 = reduce_max %2309 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2311 = stop_gradient %2310 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2312 = broadcast %2311 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2313 = slice %1735 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2314 = cast %2313 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2315 = div %2314, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2316 = sub %2315, %2312 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2317 = exp %2316 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2318 = reduce_sum %2317 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2319 = log %2318 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2320 = broadcast %2319 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2321 = sub %2316, %2320 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2322 = stop_gradient %2305 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2323 = mul %2322, %2321 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2324 = reduce_sum %2323 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2325 = neg %2324 : f32[2,16] @ models/lib/dino.yaml:39:21
%2326 = reduce_sum %2325 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2327 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2328 = div %2326, %2327 : f32[] @ models/lib/dino.yaml:39:16
%2329 = slice %725 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:131:27
%2330 = cast %2329 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2331 = sub %2330, %2288 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2332 = div %2331, %2290 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2333 = reduce_max %2332 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2334 = stop_gradient %2333 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2335 = broadcast %2334 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2336 = cast %2329 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2337 = sub %2336, %2288 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2338 = div %2337, %2290 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2339 = sub %2338, %2335 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2340 = exp %2339 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2341 = reduce_sum %2340 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2342 = broadcast %2341 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2343 = exp %2339 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2344 = div %2343, %2342 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2345 = slice %1735 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2346 = cast %2345 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2347 = div %2346, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2348 = reduce_max %2347 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2349 = stop_gradient %2348 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2350 = broadcast %2349 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2351 = slice %1735 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2352 = cast %2351 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2353 = div %2352, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2354 = sub %2353, %2350 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2355 = exp %2354 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2356 = reduce_sum %2355 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2357 = log %2356 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2358 = broadcast %2357 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2359 = sub %2354, %2358 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2360 = stop_gradient %2344 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2361 = mul %2360, %2359 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2362 = reduce_sum %2361 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2363 = neg %2362 : f32[2,16] @ models/lib/dino.yaml:39:21
%2364 = reduce_sum %2363 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2365 = div %2364, %2327 : f32[] @ models/lib/dino.yaml:39:16
%2366 = add %2328, %2365 : f32[] @ models/dino_pass.yaml:152:11
%2367 = broadcast %132 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2368 = slice %1297 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:131:27
%2369 = broadcast %4 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2370 = cast %2368 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2371 = sub %2370, %2367 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2372 = div %2371, %2369 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2373 = reduce_max %2372 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2374 = stop_gradient %2373 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2375 = broadcast %2374 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2376 = cast %2368 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2377 = sub %2376, %2367 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2378 = div %2377, %2369 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2379 = sub %2378, %2375 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2380 = exp %2379 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2381 = reduce_sum %2380 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2382 = broadcast %2381 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2383 = exp %2379 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2384 = div %2383, %2382 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2385 = broadcast %2169 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2386 = slice %2154 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2387 = cast %2386 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2388 = div %2387, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2389 = reduce_max %2388 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2390 = stop_gradient %2389 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2391 = broadcast %2390 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2392 = slice %2154 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2393 = cast %2392 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2394 = div %2393, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2395 = sub %2394, %2391 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2396 = exp %2395 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2397 = reduce_sum %2396 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2398 = log %2397 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2399 = broadcast %2398 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2400 = sub %2395, %2399 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2401 = stop_gradient %2384 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2402 = mul %2401, %2400 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2403 = reduce_sum %2402 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2404 = neg %2403 : f32[2,9] @ models/lib/dino.yaml:39:21
%2405 = reduce_sum %2404 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2406 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2407 = div %2405, %2406 : f32[] @ models/lib/dino.yaml:39:16
%2408 = add %2366, %2407 : f32[] @ models/dino_pass.yaml:152:11
%2409 = slice %1297 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:131:27
%2410 = cast %2409 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2411 = sub %2410, %2367 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2412 = div %2411, %2369 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2413 = reduce_max %2412 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2414 = stop_gradient %2413 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2415 = broadcast %2414 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2416 = cast %2409 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2417 = sub %2416, %2367 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2418 = div %2417, %2369 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2419 = sub %2418, %2415 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2420 = exp %2419 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2421 = reduce_sum %2420 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2422 = broadcast %2421 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2423 = exp %2419 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2424 = div %2423, %2422 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2425 = slice %2154 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2426 = cast %2425 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2427 = div %2426, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2428 = reduce_max %2427 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2429 = stop_gradient %2428 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2430 = broadcast %2429 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2431 = slice %2154 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2432 = cast %2431 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2433 = div %2432, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2434 = sub %2433, %2430 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2435 = exp %2434 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2436 = reduce_sum %2435 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2437 = log %2436 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2438 = broadcast %2437 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2439 = sub %2434, %2438 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2440 = stop_gradient %2424 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2441 = mul %2440, %2439 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2442 = reduce_sum %2441 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2443 = neg %2442 : f32[2,9] @ models/lib/dino.yaml:39:21
%2444 = reduce_sum %2443 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2445 = div %2444, %2406 : f32[] @ models/lib/dino.yaml:39:16
%2446 = add %2408, %2445 : f32[] @ models/dino_pass.yaml:152:11
%2447 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2448 = div %2446, %2447 : f32[] @ models/dino_pass.yaml:149:3
%2449 = output %2448 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2450 = mul %2448, %2169 : f32[] @ models/dino_pass.yaml:149:3
%2451 = add %2286, %2450 : f32[] @ models/dino_pass.yaml:149:3
%2452 = output %2451 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2453 = broadcast %1453 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2454 = mul %131, %2453 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2455 = concat %727, %728, %1299, %1300 axis=0 : f32[8,1,65536] @ models/dino_pass.yaml:138:75
%2456 = reduce_sum %2455 axes=[0] keep=1 : f32[1,1,65536] @ models/lib/nn.yaml:73:26
%2457 = all_reduce_sum %2456 : f32[1,1,65536] @ models/lib/nn.yaml:73:16
%2458 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2459 = broadcast %2458 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2460 = div %2457, %2459 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2461 = broadcast %2169 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2462 = mul %2461, %2460 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2463 = add %2454, %2462 : f32[1,1,65536] @ models/dino_pass.yaml:138:38
%2464 = assign %131, %2463 : f32[1,1,65536] @ models/dino_pass.yaml:138:13
%2465 = broadcast %1453 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2466 = mul %132, %2465 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2467 = slice %725 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/lib/nn.yaml:73:26
%2468 = reshape %2467 : bf16[32,4096] @ models/lib/nn.yaml:73:26
%2469 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,32] @ models/lib/nn.yaml:73:26
%2470 = matmul %2469, %2468 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2471 = slice %725 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/lib/nn.yaml:73:26
%2472 = reshape %2471 : bf16[32,4096] @ models/lib/nn.yaml:73:26
%2473 = matmul %2469, %2472 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2474 = add %2470, %2473 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2475 = slice %1297 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/lib/nn.yaml:73:26
%2476 = reshape %2475 : bf16[18,4096] @ models/lib/nn.yaml:73:26
%2477 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,18] @ models/lib/nn.yaml:73:26
%2478 = matmul %2477, %2476 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2479 = add %2474, %2478 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2480 = slice %1297 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/lib/nn.yaml:73:26
%2481 = reshape %2480 : bf16[18,4096] @ models/lib/nn.yaml:73:26
%2482 = matmul %2477, %2481 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2483 = add %2479, %2482 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2484 = all_reduce_sum %2483 : f32[1,4096] @ models/lib/nn.yaml:73:16
%2485 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%2486 = broadcast %2485 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2487 = div %2484, %2486 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2488 = broadcast %2169 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2489 = mul %2488, %2487 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2490 = add %2466, %2489 : f32[1,4096] @ models/dino_pass.yaml:142:44
%2491 = assign %132, %2490 : f32[1,4096] @ models/dino_pass.yaml:142:13
%2492 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%2493 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%2494 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%2495 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%2496 = broadcast %2495 : f32[2,9] @ models/lib/dino.yaml:39:21
%2497 = reshape %2496 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%2498 = broadcast %2497 : f32[2,9,4096] @ models/lib/dino.yaml:39:22
%2499 = stop_gradient %2424 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2500 = mul %2498, %2499 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2501 = neg %2500 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2502 = reduce_sum %2501 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2503 = div %2502, %2436 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2504 = broadcast %2503 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2505 = exp %2434 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2506 = mul %2504, %2505 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2507 = stop_gradient %2424 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2508 = mul %2498, %2507 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2509 = add %2508, %2506 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2510 = div %2509, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2511 = stop_gradient %2384 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2512 = mul %2498, %2511 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2513 = neg %2512 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2514 = reduce_sum %2513 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2515 = div %2514, %2397 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2516 = broadcast %2515 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2517 = exp %2395 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2518 = mul %2516, %2517 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2519 = stop_gradient %2384 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2520 = mul %2498, %2519 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2521 = add %2520, %2518 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2522 = div %2521, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2523 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%2524 = broadcast %2523 : f32[2,16] @ models/lib/dino.yaml:39:21
%2525 = reshape %2524 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%2526 = broadcast %2525 : f32[2,16,4096] @ models/lib/dino.yaml:39:22
%2527 = stop_gradient %2344 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2528 = mul %2526, %2527 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2529 = neg %2528 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2530 = reduce_sum %2529 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2531 = div %2530, %2356 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2532 = broadcast %2531 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2533 = exp %2354 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2534 = mul %2532, %2533 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2535 = stop_gradient %2344 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2536 = mul %2526, %2535 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2537 = add %2536, %2534 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2538 = div %2537, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2539 = stop_gradient %2305 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2540 = mul %2526, %2539 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2541 = neg %2540 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2542 = reduce_sum %2541 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2543 = div %2542, %2318 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2544 = broadcast %2543 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2545 = exp %2316 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2546 = mul %2544, %2545 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2547 = stop_gradient %2305 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2548 = mul %2526, %2547 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2549 = add %2548, %2546 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2550 = div %2549, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2551 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%2552 = broadcast %2551 : f32[2,1] @ models/lib/dino.yaml:39:21
%2553 = reshape %2552 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%2554 = broadcast %2553 : f32[2,1,65536] @ models/lib/dino.yaml:39:22
%2555 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2556 = mul %2554, %2555 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2557 = neg %2556 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2558 = reduce_sum %2557 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2559 = div %2558, %2226 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2560 = broadcast %2559 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2561 = exp %2224 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2562 = mul %2560, %2561 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2563 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2564 = mul %2554, %2563 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2565 = add %2564, %2562 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2566 = div %2565, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2567 = div %2558, %2204 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2568 = broadcast %2567 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2569 = exp %2202 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2570 = mul %2568, %2569 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2571 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2572 = mul %2554, %2571 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2573 = add %2572, %2570 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2574 = div %2573, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2575 = div %2558, %2260 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2576 = broadcast %2575 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2577 = exp %2258 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2578 = mul %2576, %2577 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2579 = stop_gradient %2248 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2580 = mul %2554, %2579 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2581 = add %2580, %2578 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2582 = div %2581, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2583 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2584 = mul %2554, %2583 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2585 = neg %2584 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2586 = reduce_sum %2585 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2587 = div %2586, %2226 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2588 = broadcast %2587 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2589 = exp %2224 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2590 = mul %2588, %2589 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2591 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2592 = mul %2554, %2591 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2593 = add %2592, %2590 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2594 = div %2593, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2595 = add %2566, %2594 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2596 = div %2586, %2204 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2597 = broadcast %2596 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2598 = exp %2202 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2599 = mul %2597, %2598 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2600 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2601 = mul %2554, %2600 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2602 = add %2601, %2599 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2603 = div %2602, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2604 = add %2574, %2603 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2605 = div %2586, %2182 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2606 = broadcast %2605 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2607 = exp %2180 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2608 = mul %2606, %2607 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2609 = stop_gradient %2168 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2610 = mul %2554, %2609 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2611 = add %2610, %2608 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2612 = div %2611, %2170 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2613 = cast %2522 : bf16[2,9,4096] @ models/lib/dino.yaml:39:44
%2614 = cast %2510 : bf16[2,9,4096] @ models/lib/dino.yaml:39:44
%2615 = concat %2613, %2614 axis=0 : bf16[4,9,4096] @ models/dino_pass.yaml:132:27
%2616 = matmul %2615, %1734 ta=0 tb=0 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%2617 = reshape %2615 : bf16[36,4096] @ models/lib/dino.yaml:23:18
%2618 = reshape %2153 : bf16[36,64] @ models/lib/dino.yaml:23:18
%2619 = matmul %2617, %2618 ta=1 tb=0 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%2620 = cast %2619 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2621 = div %2620, %1731 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2622 = mul %2621, %1732 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2623 = neg %2622 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2624 = reduce_sum %2623 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2625 = broadcast %225 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2626 = mul %2624, %2625 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2627 = div %2626, %1730 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2628 = broadcast %2627 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2629 = mul %2628, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2630 = add %2629, %2629 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2631 = mul %2621, %1726 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2632 = add %2630, %2631 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2633 = cast %2616 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2634 = div %2633, %2149 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2635 = mul %2634, %2152 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2636 = neg %2635 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2637 = reduce_sum %2636 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2638 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2639 = broadcast %2638 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2640 = broadcast %225 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2641 = mul %2637, %2640 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2642 = sqrt %2146 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2643 = eq %2642, %1290 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2644 = select %2643, %2641, %2639 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2645 = sqrt %2146 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2646 = gt %2645, %1290 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2647 = select %2646, %2637, %2644 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2648 = mul %2647, %2640 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2649 = sqrt %2146 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2650 = div %2648, %2649 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2651 = broadcast %2650 : f32[4,9,64] @ models/lib/nn.yaml:33:29
%2652 = cast %2141 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2653 = add %2652, %2142 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2654 = mul %2651, %2653 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2655 = add %2634, %2654 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2656 = add %2655, %2654 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2657 = reduce_sum %2656 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2658 = reshape %2657 : f32[64] @ models/lib/nn.yaml:84:18
%2659 = cast %2656 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2660 = matmul %2659, %1713 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2661 = reshape %2659 : bf16[36,64] @ models/lib/nn.yaml:83:15
%2662 = reshape %2140 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2663 = matmul %2661, %2662 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2664 = cast %2660 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2665 = cast %2129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2666 = add %2665, %2130 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2667 = mul %2666, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2668 = erf %2667 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2669 = add %850, %2668 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2670 = mul %2664, %2669 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2671 = cast %2660 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2672 = cast %2129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2673 = add %2672, %2130 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2674 = mul %841, %2673 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2675 = mul %2671, %2674 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2676 = cast %2129 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2677 = add %2676, %2130 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2678 = mul %2677, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2679 = mul %2678, %2678 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2680 = neg %2679 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2681 = exp %2680 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2682 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2683 = broadcast %2682 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2684 = mul %2681, %2683 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2685 = mul %2675, %2684 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2686 = mul %2685, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2687 = mul %2670, %841 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2688 = add %2686, %2687 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2689 = reduce_sum %2688 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2690 = reshape %2689 : f32[256] @ models/lib/nn.yaml:84:18
%2691 = cast %2688 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2692 = matmul %2691, %1700 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2693 = reshape %2691 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2694 = reshape %2128 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2695 = matmul %2693, %2694 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%2696 = cast %2692 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2697 = cast %2117 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2698 = add %2697, %2118 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2699 = mul %2698, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2700 = erf %2699 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2701 = add %850, %2700 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2702 = mul %2696, %2701 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2703 = cast %2692 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2704 = cast %2117 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2705 = add %2704, %2118 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2706 = mul %841, %2705 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2707 = mul %2703, %2706 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2708 = cast %2117 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2709 = add %2708, %2118 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2710 = mul %2709, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2711 = mul %2710, %2710 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2712 = neg %2711 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2713 = exp %2712 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2714 = mul %2713, %2683 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2715 = mul %2707, %2714 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2716 = mul %2715, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2717 = mul %2702, %841 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2718 = add %2716, %2717 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2719 = reduce_sum %2718 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2720 = reshape %2719 : f32[256] @ models/lib/nn.yaml:84:18
%2721 = cast %2718 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2722 = matmul %2721, %1687 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2723 = reshape %2721 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2724 = reshape %2116 : bf16[36,64] @ models/lib/nn.yaml:83:15
%2725 = matmul %2723, %2724 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2726 = cast %2604 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%2727 = cast %2595 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%2728 = concat %2726, %2727 axis=0 : bf16[4,1,65536] @ models/dino_pass.yaml:132:20
%2729 = matmul %2728, %1684 ta=0 tb=0 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%2730 = reshape %2728 : bf16[4,65536] @ models/lib/dino.yaml:23:18
%2731 = reshape %2114 : bf16[4,64] @ models/lib/dino.yaml:23:18
%2732 = matmul %2730, %2731 ta=1 tb=0 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%2733 = cast %2732 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2734 = div %2733, %1681 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2735 = mul %2734, %1682 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2736 = neg %2735 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2737 = reduce_sum %2736 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%2738 = broadcast %225 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2739 = mul %2737, %2738 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2740 = div %2739, %1680 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2741 = broadcast %2740 : f32[65536,64] @ models/lib/dino.yaml:22:40
%2742 = mul %2741, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2743 = add %2742, %2742 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2744 = mul %2734, %1676 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2745 = add %2743, %2744 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2746 = cast %2729 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2747 = div %2746, %2112 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2748 = mul %2747, %2113 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2749 = neg %2748 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2750 = reduce_sum %2749 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2751 = broadcast %2638 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2752 = broadcast %225 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2753 = mul %2750, %2752 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2754 = sqrt %2109 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2755 = eq %2754, %661 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2756 = select %2755, %2753, %2751 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2757 = sqrt %2109 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2758 = gt %2757, %661 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2759 = select %2758, %2750, %2756 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2760 = mul %2759, %2752 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2761 = sqrt %2109 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2762 = div %2760, %2761 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2763 = broadcast %2762 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%2764 = mul %2763, %2107 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2765 = add %2747, %2764 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2766 = add %2765, %2764 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2767 = reduce_sum %2766 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2768 = reshape %2767 : f32[64] @ models/lib/nn.yaml:84:18
%2769 = cast %2766 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2770 = matmul %2769, %1665 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2771 = reshape %2769 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2772 = reshape %2104 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2773 = matmul %2771, %2772 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2774 = cast %2770 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2775 = mul %2098, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2776 = erf %2775 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2777 = add %603, %2776 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2778 = mul %2774, %2777 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2779 = cast %2770 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2780 = mul %598, %2098 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2781 = mul %2779, %2780 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2782 = mul %2098, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2783 = mul %2782, %2782 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2784 = neg %2783 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2785 = exp %2784 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2786 = broadcast %2682 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2787 = mul %2785, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2788 = mul %2781, %2787 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2789 = mul %2788, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2790 = mul %2778, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2791 = add %2789, %2790 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2792 = reduce_sum %2791 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2793 = reshape %2792 : f32[256] @ models/lib/nn.yaml:84:18
%2794 = cast %2791 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2795 = matmul %2794, %1654 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2796 = reshape %2794 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2797 = reshape %2095 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2798 = matmul %2796, %2797 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%2799 = cast %2795 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2800 = mul %2089, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2801 = erf %2800 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2802 = add %603, %2801 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2803 = mul %2799, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2804 = cast %2795 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2805 = mul %598, %2089 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2806 = mul %2804, %2805 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2807 = mul %2089, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2808 = mul %2807, %2807 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2809 = neg %2808 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2810 = exp %2809 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2811 = mul %2810, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2812 = mul %2806, %2811 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2813 = mul %2812, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2814 = mul %2803, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2815 = add %2813, %2814 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2816 = reduce_sum %2815 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2817 = reshape %2816 : f32[256] @ models/lib/nn.yaml:84:18
%2818 = cast %2815 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2819 = matmul %2818, %1643 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2820 = reshape %2818 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2821 = reshape %2086 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2822 = matmul %2820, %2821 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2823 = concat %2819, %2722 axis=1 : bf16[4,10,64] @ models/dino_pass.yaml:103:28
%2824 = cast %2823 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2825 = reduce_sum %2824 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2826 = reshape %2825 : f32[64] @ models/lib/nn.yaml:96:46
%2827 = cast %2823 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2828 = mul %2827, %2080 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2829 = reduce_sum %2828 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2830 = reshape %2829 : f32[64] @ models/lib/nn.yaml:96:37
%2831 = cast %2823 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2832 = mul %2831, %2081 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2833 = mul %2832, %2079 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2834 = cast %2823 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2835 = mul %2834, %2081 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2836 = mul %2835, %2073 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2837 = reduce_sum %2836 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2838 = mul %2078, %2078 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2839 = mul %2078, %2838 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2840 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2841 = broadcast %2840 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2842 = mul %2839, %2841 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2843 = mul %2837, %2842 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2844 = div %2843, %1111 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2845 = broadcast %2844 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2846 = mul %2845, %2073 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2847 = add %2833, %2846 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2848 = add %2847, %2846 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2849 = neg %2848 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2850 = reduce_sum %2849 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2851 = div %2850, %1111 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2852 = broadcast %2851 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2853 = add %2848, %2852 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2854 = slice %2853 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%2855 = slice %2853 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:111:21
%2856 = reduce_sum %2854 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2857 = reshape %2856 : f32[64] @ models/lib/nn.yaml:84:18
%2858 = cast %2854 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2859 = matmul %2858, %1619 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2860 = reshape %2858 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2861 = reshape %2064 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2862 = matmul %2860, %2861 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2863 = cast %2859 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2864 = mul %2058, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2865 = erf %2864 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2866 = add %603, %2865 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2867 = mul %2863, %2866 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2868 = cast %2859 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2869 = mul %598, %2058 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2870 = mul %2868, %2869 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2871 = mul %2058, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2872 = mul %2871, %2871 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2873 = neg %2872 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2874 = exp %2873 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2875 = mul %2874, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2876 = mul %2870, %2875 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2877 = mul %2876, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2878 = mul %2867, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2879 = add %2877, %2878 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2880 = reduce_sum %2879 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2881 = reshape %2880 : f32[256] @ models/lib/nn.yaml:84:18
%2882 = cast %2879 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2883 = matmul %2882, %1608 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2884 = reshape %2882 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2885 = reshape %2055 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2886 = matmul %2884, %2885 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2887 = cast %2883 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2888 = reduce_sum %2887 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2889 = reshape %2888 : f32[64] @ models/lib/nn.yaml:96:46
%2890 = cast %2883 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2891 = mul %2890, %1603 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2892 = cast %2883 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2893 = mul %2892, %2052 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2894 = reduce_sum %2893 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2895 = reshape %2894 : f32[64] @ models/lib/nn.yaml:96:37
%2896 = mul %2891, %2051 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2897 = mul %2891, %2045 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2898 = reduce_sum %2897 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2899 = mul %2050, %2050 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2900 = mul %2050, %2899 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2901 = broadcast %2840 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2902 = mul %2900, %2901 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2903 = mul %2898, %2902 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2904 = div %2903, %577 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2905 = broadcast %2904 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%2906 = mul %2905, %2045 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2907 = add %2896, %2906 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2908 = add %2907, %2906 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2909 = add %2854, %2908 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2910 = neg %2908 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2911 = reduce_sum %2910 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2912 = div %2911, %577 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2913 = broadcast %2912 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2914 = add %2909, %2913 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2915 = reduce_sum %2914 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2916 = reshape %2915 : f32[64] @ models/lib/nn.yaml:84:18
%2917 = cast %2914 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2918 = matmul %2917, %1586 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2919 = reshape %2917 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2920 = reshape %2036 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2921 = matmul %2919, %2920 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2922 = reshape %2918 : bf16[4,1,2,32] @ models/lib/nn.yaml:57:16
%2923 = permute %2922 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/nn.yaml:56:13
%2924 = cast %2923 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2925 = reshape %2924 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%2926 = broadcast %2925 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2927 = permute %2027 perm=[0,1,3,2] : bf16[4,2,32,10] @ models/lib/nn.yaml:56:23
%2928 = reshape %2927 : bf16[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2929 = cast %2928 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2930 = mul %2926, %2929 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2931 = reduce_sum %2930 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2932 = cast %2931 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2933 = permute %2028 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2934 = broadcast %2933 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2935 = broadcast %2924 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2936 = mul %2934, %2935 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2937 = cast %2936 : bf16[4,2,10,32] @ models/lib/nn.yaml:56:23
%2938 = cast %2932 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2939 = div %2938, %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2940 = mul %2939, %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2941 = neg %2940 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2942 = reduce_sum %2941 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2943 = broadcast %2942 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2944 = add %2939, %2943 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2945 = exp %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2946 = mul %2944, %2945 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2947 = mul %2946, %1152 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2948 = cast %2947 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2949 = cast %2948 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2950 = reshape %2949 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2951 = broadcast %2950 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2952 = reshape %2001 : bf16[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2953 = cast %2952 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2954 = mul %2951, %2953 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2955 = reduce_sum %2954 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2956 = cast %2955 : bf16[4,2,1,32] @ models/lib/nn.yaml:55:23
%2957 = permute %2949 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2958 = broadcast %2957 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2959 = broadcast %2002 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2960 = mul %2958, %2959 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2961 = cast %2960 : bf16[4,2,10,32] @ models/lib/nn.yaml:55:23
%2962 = permute %2937 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:80:14
%2963 = reshape %2962 : bf16[4,10,64] @ models/lib/vit.yaml:80:22
%2964 = cast %2963 : f32[4,10,64] @ models/lib/vit.yaml:80:14
%2965 = reduce_sum %2964 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2966 = reshape %2965 : f32[64] @ models/lib/nn.yaml:84:18
%2967 = permute %2937 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:80:14
%2968 = reshape %2967 : bf16[4,10,64] @ models/lib/vit.yaml:80:22
%2969 = matmul %2968, %1538 ta=0 tb=0 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2970 = reshape %2967 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2971 = reshape %1986 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2972 = matmul %2970, %2971 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2973 = permute %2961 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:79:14
%2974 = reshape %2973 : bf16[4,10,64] @ models/lib/vit.yaml:79:22
%2975 = cast %2974 : f32[4,10,64] @ models/lib/vit.yaml:79:14
%2976 = reduce_sum %2975 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2977 = reshape %2976 : f32[64] @ models/lib/nn.yaml:84:18
%2978 = permute %2961 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:79:14
%2979 = reshape %2978 : bf16[4,10,64] @ models/lib/vit.yaml:79:22
%2980 = matmul %2979, %1532 ta=0 tb=0 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2981 = cast %2969 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2982 = cast %2980 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2983 = add %2981, %2982 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2984 = reshape %2978 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2985 = matmul %2984, %2971 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2986 = permute %2956 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%2987 = reshape %2986 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%2988 = cast %2987 : f32[4,1,64] @ models/lib/vit.yaml:78:14
%2989 = reduce_sum %2988 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2990 = reshape %2989 : f32[64] @ models/lib/nn.yaml:84:18
%2991 = permute %2956 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%2992 = reshape %2991 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%2993 = matmul %2992, %1526 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2994 = reshape %2991 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2995 = reshape %1987 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2996 = matmul %2994, %2995 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2997 = cast %2993 : f32[4,1,64] @ models/lib/vit.yaml:78:33
%2998 = pad %2997 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%2999 = add %2983, %2998 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%3000 = reduce_sum %2999 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3001 = reshape %3000 : f32[64] @ models/lib/nn.yaml:96:46
%3002 = mul %2999, %1981 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3003 = reduce_sum %3002 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3004 = reshape %3003 : f32[64] @ models/lib/nn.yaml:96:37
%3005 = mul %2999, %1982 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3006 = mul %3005, %1980 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%3007 = mul %2999, %1982 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3008 = mul %3007, %1974 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%3009 = reduce_sum %3008 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3010 = mul %1979, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3011 = mul %1979, %3010 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3012 = mul %3011, %2841 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3013 = mul %3009, %3012 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3014 = div %3013, %1111 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3015 = broadcast %3014 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%3016 = mul %3015, %1974 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3017 = add %3006, %3016 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3018 = add %3017, %3016 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3019 = neg %3018 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%3020 = reduce_sum %3019 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3021 = div %3020, %1111 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3022 = broadcast %3021 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%3023 = add %3018, %3022 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%3024 = slice %3023 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3025 = add %2914, %3024 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3026 = slice %3023 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:95:24
%3027 = add %2855, %3026 : f32[4,9,64] @ models/lib/vit.yaml:95:24
%3028 = reduce_sum %3025 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3029 = mul %3027, %1967 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%3030 = div %3029, %1921 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3031 = reduce_sum %3030 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3032 = reshape %3031 : f32[64] @ models/lib/nn.yaml:84:18
%3033 = div %3029, %1921 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3034 = cast %3033 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3035 = matmul %3034, %1494 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3036 = reshape %3034 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3037 = reshape %1957 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3038 = matmul %3036, %3037 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3039 = cast %3035 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3040 = cast %1946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3041 = add %3040, %1947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3042 = mul %3041, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3043 = erf %3042 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3044 = add %850, %3043 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%3045 = mul %3039, %3044 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3046 = cast %3035 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3047 = cast %1946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3048 = add %3047, %1947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3049 = mul %841, %3048 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3050 = mul %3046, %3049 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3051 = cast %1946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3052 = add %3051, %1947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3053 = mul %3052, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3054 = mul %3053, %3053 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3055 = neg %3054 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3056 = exp %3055 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3057 = mul %3056, %2683 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3058 = mul %3050, %3057 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3059 = mul %3058, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3060 = mul %3045, %841 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3061 = add %3059, %3060 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3062 = reduce_sum %3061 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3063 = reshape %3062 : f32[256] @ models/lib/nn.yaml:84:18
%3064 = cast %3061 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3065 = matmul %3064, %1481 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3066 = reshape %3064 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3067 = reshape %1945 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3068 = matmul %3066, %3067 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3069 = cast %3065 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3070 = reduce_sum %3069 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3071 = reshape %3070 : f32[64] @ models/lib/nn.yaml:96:46
%3072 = cast %3065 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3073 = mul %3072, %1940 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3074 = reduce_sum %3073 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3075 = reshape %3074 : f32[64] @ models/lib/nn.yaml:96:37
%3076 = cast %3065 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3077 = mul %3076, %1941 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3078 = mul %3077, %1939 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3079 = cast %3065 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3080 = mul %3079, %1941 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3081 = mul %3080, %1933 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3082 = reduce_sum %3081 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3083 = mul %1938, %1938 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3084 = mul %1938, %3083 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3085 = broadcast %2840 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3086 = mul %3084, %3085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3087 = mul %3082, %3086 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3088 = div %3087, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3089 = broadcast %3088 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3090 = mul %3089, %1933 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3091 = add %3078, %3090 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3092 = add %3091, %3090 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3093 = add %3027, %3092 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3094 = neg %3092 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3095 = reduce_sum %3094 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3096 = div %3095, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3097 = broadcast %3096 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3098 = add %3093, %3097 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3099 = mul %3098, %1927 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%3100 = div %3099, %1921 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3101 = reduce_sum %3100 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3102 = reshape %3101 : f32[64] @ models/lib/nn.yaml:84:18
%3103 = div %3099, %1921 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3104 = cast %3103 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3105 = matmul %3104, %1448 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3106 = reshape %3104 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3107 = reshape %1915 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3108 = matmul %3106, %3107 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3109 = reshape %3105 : bf16[4,9,2,32] @ models/lib/nn.yaml:57:16
%3110 = permute %3109 perm=[0,2,1,3] : bf16[4,2,9,32] @ models/lib/nn.yaml:56:13
%3111 = cast %3110 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3112 = permute %1907 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%3113 = reshape %3111 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%3114 = broadcast %3113 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3115 = reshape %3112 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%3116 = broadcast %3115 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3117 = mul %3114, %3116 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3118 = reduce_sum %3117 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3119 = cast %3118 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3120 = permute %1906 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3121 = reshape %3120 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3122 = broadcast %3121 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3123 = reshape %3111 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%3124 = broadcast %3123 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3125 = mul %3122, %3124 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3126 = reduce_sum %3125 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3127 = cast %3126 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%3128 = cast %3119 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3129 = div %3128, %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3130 = mul %3129, %1902 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3131 = neg %3130 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3132 = reduce_sum %3131 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3133 = broadcast %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3134 = add %3129, %3133 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3135 = exp %1897 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3136 = mul %3134, %3135 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3137 = mul %3136, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3138 = cast %3137 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3139 = cast %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3140 = reshape %3139 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3141 = broadcast %3140 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3142 = reshape %1881 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3143 = broadcast %3142 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3144 = mul %3141, %3143 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3145 = reduce_sum %3144 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3146 = cast %3145 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3147 = permute %3139 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3148 = reshape %3147 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3149 = broadcast %3148 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3150 = reshape %1880 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3151 = broadcast %3150 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3152 = mul %3149, %3151 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3153 = reduce_sum %3152 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3154 = cast %3153 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3155 = reshape %3154 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%3156 = reshape %3127 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%3157 = reshape %3146 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%3158 = concat %3157, %3155, %3156 axis=0 : bf16[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%3159 = permute %3158 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3160 = reshape %3159 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3161 = cast %3160 : f32[4,9,192] @ models/lib/nn.yaml:67:28
%3162 = reduce_sum %3161 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3163 = reshape %3162 : f32[192] @ models/lib/nn.yaml:84:18
%3164 = permute %3158 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3165 = reshape %3164 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3166 = matmul %3165, %1415 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3167 = reshape %3164 : bf16[36,192] @ models/lib/nn.yaml:83:15
%3168 = reshape %1869 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3169 = matmul %3167, %3168 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3170 = cast %3166 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3171 = reduce_sum %3170 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3172 = reshape %3171 : f32[64] @ models/lib/nn.yaml:96:46
%3173 = cast %3166 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3174 = mul %3173, %1864 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3175 = reduce_sum %3174 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3176 = reshape %3175 : f32[64] @ models/lib/nn.yaml:96:37
%3177 = cast %3166 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3178 = mul %3177, %1865 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3179 = mul %3178, %1863 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3180 = cast %3166 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3181 = mul %3180, %1865 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3182 = mul %3181, %1857 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3183 = reduce_sum %3182 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3184 = mul %1862, %1862 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3185 = mul %1862, %3184 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3186 = mul %3185, %3085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3187 = mul %3183, %3186 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3188 = div %3187, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3189 = broadcast %3188 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3190 = mul %3189, %1857 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3191 = add %3179, %3190 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3192 = add %3191, %3190 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3193 = add %3098, %3192 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3194 = neg %3192 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3195 = reduce_sum %3194 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3196 = div %3195, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3197 = broadcast %3196 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3198 = add %3193, %3197 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3199 = reduce_sum %3198 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3200 = reshape %3199 : f32[64] @ models/lib/nn.yaml:84:18
%3201 = cast %3198 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3202 = matmul %3201, %1393 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3203 = reshape %3201 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3204 = reshape %1848 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3205 = matmul %3203, %3204 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3206 = cast %3202 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3207 = cast %1837 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3208 = add %3207, %1838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3209 = mul %3208, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3210 = erf %3209 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3211 = add %850, %3210 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%3212 = mul %3206, %3211 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3213 = cast %3202 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3214 = cast %1837 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3215 = add %3214, %1838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3216 = mul %841, %3215 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3217 = mul %3213, %3216 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3218 = cast %1837 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3219 = add %3218, %1838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3220 = mul %3219, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3221 = mul %3220, %3220 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3222 = neg %3221 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3223 = exp %3222 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3224 = mul %3223, %2683 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3225 = mul %3217, %3224 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3226 = mul %3225, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3227 = mul %3212, %841 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3228 = add %3226, %3227 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3229 = reduce_sum %3228 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3230 = reshape %3229 : f32[256] @ models/lib/nn.yaml:84:18
%3231 = cast %3228 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3232 = matmul %3231, %1380 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3233 = reshape %3231 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3234 = reshape %1836 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3235 = matmul %3233, %3234 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3236 = cast %3232 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3237 = reduce_sum %3236 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3238 = reshape %3237 : f32[64] @ models/lib/nn.yaml:96:46
%3239 = cast %3232 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3240 = mul %3239, %1831 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3241 = reduce_sum %3240 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3242 = reshape %3241 : f32[64] @ models/lib/nn.yaml:96:37
%3243 = cast %3232 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3244 = mul %3243, %1832 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3245 = mul %3244, %1830 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3246 = cast %3232 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3247 = mul %3246, %1832 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3248 = mul %3247, %1824 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3249 = reduce_sum %3248 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3250 = mul %1829, %1829 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3251 = mul %1829, %3250 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3252 = mul %3251, %3085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3253 = mul %3249, %3252 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3254 = div %3253, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3255 = broadcast %3254 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3256 = mul %3255, %1824 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3257 = add %3245, %3256 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3258 = add %3257, %3256 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3259 = add %3198, %3258 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3260 = neg %3258 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3261 = reduce_sum %3260 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3262 = div %3261, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3263 = broadcast %3262 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3264 = add %3259, %3263 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3265 = reduce_sum %3264 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3266 = reshape %3265 : f32[64] @ models/lib/nn.yaml:84:18
%3267 = cast %3264 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3268 = matmul %3267, %1358 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3269 = reshape %3267 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3270 = reshape %1814 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3271 = matmul %3269, %3270 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3272 = reshape %3268 : bf16[4,9,2,32] @ models/lib/nn.yaml:57:16
%3273 = permute %3272 perm=[0,2,1,3] : bf16[4,2,9,32] @ models/lib/nn.yaml:56:13
%3274 = cast %3273 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3275 = permute %1806 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%3276 = reshape %3274 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%3277 = broadcast %3276 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3278 = reshape %3275 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%3279 = broadcast %3278 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3280 = mul %3277, %3279 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3281 = reduce_sum %3280 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3282 = cast %3281 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3283 = permute %1805 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3284 = reshape %3283 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3285 = broadcast %3284 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3286 = reshape %3274 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%3287 = broadcast %3286 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3288 = mul %3285, %3287 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3289 = reduce_sum %3288 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3290 = cast %3289 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%3291 = cast %3282 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3292 = div %3291, %1799 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3293 = mul %3292, %1801 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3294 = neg %3293 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3295 = reduce_sum %3294 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3296 = broadcast %3295 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3297 = add %3292, %3296 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3298 = exp %1796 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3299 = mul %3297, %3298 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3300 = mul %3299, %790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3301 = cast %3300 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3302 = cast %3301 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3303 = reshape %3302 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3304 = broadcast %3303 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3305 = reshape %1780 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3306 = broadcast %3305 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3307 = mul %3304, %3306 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3308 = reduce_sum %3307 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3309 = cast %3308 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3310 = permute %3302 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3311 = reshape %3310 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3312 = broadcast %3311 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3313 = reshape %1779 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3314 = broadcast %3313 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3315 = mul %3312, %3314 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3316 = reduce_sum %3315 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3317 = cast %3316 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3318 = reshape %3317 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%3319 = reshape %3290 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%3320 = reshape %3309 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%3321 = concat %3320, %3318, %3319 axis=0 : bf16[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%3322 = permute %3321 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3323 = reshape %3322 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3324 = cast %3323 : f32[4,9,192] @ models/lib/nn.yaml:67:28
%3325 = reduce_sum %3324 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3326 = reshape %3325 : f32[192] @ models/lib/nn.yaml:84:18
%3327 = permute %3321 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3328 = reshape %3327 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3329 = matmul %3328, %1325 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3330 = reshape %3327 : bf16[36,192] @ models/lib/nn.yaml:83:15
%3331 = reshape %1768 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3332 = matmul %3330, %3331 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3333 = cast %3329 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3334 = reduce_sum %3333 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3335 = reshape %3334 : f32[64] @ models/lib/nn.yaml:96:46
%3336 = cast %3329 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3337 = mul %3336, %1763 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3338 = reduce_sum %3337 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3339 = reshape %3338 : f32[64] @ models/lib/nn.yaml:96:37
%3340 = cast %3329 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3341 = mul %3340, %1764 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3342 = mul %3341, %1762 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3343 = cast %3329 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3344 = mul %3343, %1764 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3345 = mul %3344, %1756 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3346 = reduce_sum %3345 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3347 = mul %1761, %1761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3348 = mul %1761, %3347 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3349 = mul %3348, %3085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3350 = mul %3346, %3349 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3351 = div %3350, %753 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3352 = broadcast %3351 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3353 = mul %3352, %1756 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3354 = add %3342, %3353 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3355 = add %3354, %3353 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3356 = add %3264, %3355 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3357 = neg %3355 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3358 = reduce_sum %3357 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3359 = div %3358, %753 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3360 = broadcast %3359 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3361 = add %3356, %3360 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3362 = reduce_sum %3361 axes=[0] keep=1 : f32[1,9,64] @ models/lib/vit.yaml:62:15
%3363 = cast %3362 : bf16[1,9,64] @ models/lib/vit.yaml:34:15
%3364 = reshape %3363 : bf16[3,3,64] @ models/lib/vit.yaml:36:16
%3365 = permute %3364 perm=[1,0,2] : bf16[3,3,64] @ models/lib/vit.yaml:35:13
%3366 = reshape %3365 : bf16[3,192] @ models/lib/vit.yaml:35:21
%3367 = matmul %739, %3366 ta=1 tb=0 : bf16[4,192] @ models/lib/vit.yaml:34:15
%3368 = reshape %3367 : bf16[4,3,64] @ models/lib/vit.yaml:34:17
%3369 = permute %3368 perm=[1,0,2] : bf16[3,4,64] @ models/lib/vit.yaml:33:13
%3370 = reshape %3369 : bf16[3,256] @ models/lib/vit.yaml:33:21
%3371 = matmul %739, %3370 ta=1 tb=0 : bf16[4,256] @ models/lib/vit.yaml:32:15
%3372 = reduce_sum %3361 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%3373 = reshape %3372 : f32[64] @ models/lib/vit.yaml:17:71
%3374 = reshape %3361 : f32[36,64] @ models/lib/vit.yaml:17:18
%3375 = cast %3374 : bf16[36,64] @ models/lib/vit.yaml:17:18
%3376 = reshape %731 : bf16[36,768] @ models/lib/vit.yaml:17:18
%3377 = matmul %3375, %3376 ta=1 tb=0 : bf16[64,768] @ models/lib/vit.yaml:17:18
%3378 = cast %2550 : bf16[2,16,4096] @ models/lib/dino.yaml:39:44
%3379 = cast %2538 : bf16[2,16,4096] @ models/lib/dino.yaml:39:44
%3380 = concat %3378, %3379 axis=0 : bf16[4,16,4096] @ models/dino_pass.yaml:132:27
%3381 = matmul %3380, %1734 ta=0 tb=0 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%3382 = reshape %3380 : bf16[64,4096] @ models/lib/dino.yaml:23:18
%3383 = reshape %1733 : bf16[64,64] @ models/lib/dino.yaml:23:18
%3384 = matmul %3382, %3383 ta=1 tb=0 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%3385 = cast %3384 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3386 = div %3385, %1731 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3387 = mul %3386, %1732 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3388 = neg %3387 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3389 = reduce_sum %3388 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%3390 = mul %3389, %2625 : f32[4096,1] @ models/lib/dino.yaml:22:35
%3391 = div %3390, %1730 : f32[4096,1] @ models/lib/dino.yaml:22:35
%3392 = broadcast %3391 : f32[4096,64] @ models/lib/dino.yaml:22:40
%3393 = mul %3392, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3394 = add %2632, %3393 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3395 = add %3394, %3393 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3396 = mul %3386, %1726 : f32[4096,64] @ models/lib/dino.yaml:22:22
%3397 = add %3395, %3396 : f32[4096,64] @ models/lib/dino.yaml:22:22
%3398 = cast %3381 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3399 = div %3398, %1722 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3400 = mul %3399, %1725 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3401 = neg %3400 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3402 = reduce_sum %3401 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3403 = broadcast %2638 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3404 = broadcast %225 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3405 = mul %3402, %3404 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3406 = sqrt %1719 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3407 = eq %3406, %710 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3408 = select %3407, %3405, %3403 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3409 = sqrt %1719 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3410 = gt %3409, %710 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3411 = select %3410, %3402, %3408 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3412 = mul %3411, %3404 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3413 = sqrt %1719 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3414 = div %3412, %3413 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3415 = broadcast %3414 : f32[4,16,64] @ models/lib/nn.yaml:33:29
%3416 = cast %1714 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%3417 = add %3416, %1715 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%3418 = mul %3415, %3417 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3419 = add %3399, %3418 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3420 = add %3419, %3418 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3421 = cast %3420 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%3422 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:84:18
%3423 = reshape %3421 : bf16[64,64] @ models/lib/nn.yaml:84:18
%3424 = matmul %3422, %3423 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3425 = reshape %3424 : f32[64] @ models/lib/nn.yaml:84:18
%3426 = add %2658, %3425 : f32[64] @ models/lib/nn.yaml:84:18
%3427 = matmul %3421, %1713 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3428 = reshape %1712 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3429 = matmul %3423, %3428 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3430 = cast %2663 : f32[64,256] @ models/lib/nn.yaml:83:15
%3431 = cast %3429 : f32[64,256] @ models/lib/nn.yaml:83:15
%3432 = add %3430, %3431 : f32[64,256] @ models/lib/nn.yaml:83:15
%3433 = cast %3427 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3434 = cast %1701 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3435 = add %3434, %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3436 = mul %3435, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3437 = erf %3436 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3438 = add %237, %3437 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3439 = mul %3433, %3438 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3440 = cast %3427 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3441 = cast %1701 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3442 = add %3441, %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3443 = mul %226, %3442 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3444 = mul %3440, %3443 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3445 = cast %1701 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3446 = add %3445, %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3447 = mul %3446, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3448 = mul %3447, %3447 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3449 = neg %3448 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3450 = exp %3449 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3451 = broadcast %2682 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3452 = mul %3450, %3451 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3453 = mul %3444, %3452 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3454 = mul %3453, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3455 = mul %3439, %226 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3456 = add %3454, %3455 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3457 = cast %3456 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%3458 = reshape %3457 : bf16[64,256] @ models/lib/nn.yaml:84:18
%3459 = matmul %3422, %3458 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3460 = reshape %3459 : f32[256] @ models/lib/nn.yaml:84:18
%3461 = add %2690, %3460 : f32[256] @ models/lib/nn.yaml:84:18
%3462 = matmul %3457, %1700 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3463 = reshape %1699 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3464 = matmul %3458, %3463 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%3465 = cast %2695 : f32[256,256] @ models/lib/nn.yaml:83:15
%3466 = cast %3464 : f32[256,256] @ models/lib/nn.yaml:83:15
%3467 = add %3465, %3466 : f32[256,256] @ models/lib/nn.yaml:83:15
%3468 = cast %3462 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3469 = cast %1688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3470 = add %3469, %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3471 = mul %3470, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3472 = erf %3471 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3473 = add %237, %3472 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3474 = mul %3468, %3473 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3475 = cast %3462 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3476 = cast %1688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3477 = add %3476, %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3478 = mul %226, %3477 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3479 = mul %3475, %3478 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3480 = cast %1688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3481 = add %3480, %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3482 = mul %3481, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3483 = mul %3482, %3482 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3484 = neg %3483 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3485 = exp %3484 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3486 = mul %3485, %3451 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3487 = mul %3479, %3486 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3488 = mul %3487, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3489 = mul %3474, %226 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3490 = add %3488, %3489 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3491 = cast %3490 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%3492 = reshape %3491 : bf16[64,256] @ models/lib/nn.yaml:84:18
%3493 = matmul %3422, %3492 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3494 = reshape %3493 : f32[256] @ models/lib/nn.yaml:84:18
%3495 = add %2720, %3494 : f32[256] @ models/lib/nn.yaml:84:18
%3496 = matmul %3491, %1687 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3497 = reshape %1686 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3498 = matmul %3492, %3497 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3499 = cast %2725 : f32[256,64] @ models/lib/nn.yaml:83:15
%3500 = cast %3498 : f32[256,64] @ models/lib/nn.yaml:83:15
%3501 = add %3499, %3500 : f32[256,64] @ models/lib/nn.yaml:83:15
%3502 = cast %2582 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%3503 = cast %2612 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%3504 = concat %3502, %3503 axis=0 : bf16[4,1,65536] @ models/dino_pass.yaml:132:20
%3505 = matmul %3504, %1684 ta=0 tb=0 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%3506 = reshape %3504 : bf16[4,65536] @ models/lib/dino.yaml:23:18
%3507 = reshape %1683 : bf16[4,64] @ models/lib/dino.yaml:23:18
%3508 = matmul %3506, %3507 ta=1 tb=0 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%3509 = cast %3508 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3510 = div %3509, %1681 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3511 = mul %3510, %1682 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3512 = neg %3511 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3513 = reduce_sum %3512 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%3514 = mul %3513, %2738 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3515 = div %3514, %1680 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3516 = broadcast %3515 : f32[65536,64] @ models/lib/dino.yaml:22:40
%3517 = mul %3516, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3518 = add %2745, %3517 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3519 = add %3518, %3517 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3520 = mul %3510, %1676 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3521 = add %3519, %3520 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3522 = cast %3505 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3523 = div %3522, %1674 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3524 = mul %3523, %1675 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3525 = neg %3524 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3526 = reduce_sum %3525 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3527 = mul %3526, %2752 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3528 = sqrt %1671 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3529 = eq %3528, %661 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3530 = select %3529, %3527, %2751 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3531 = sqrt %1671 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3532 = gt %3531, %661 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3533 = select %3532, %3526, %3530 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3534 = mul %3533, %2752 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3535 = sqrt %1671 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3536 = div %3534, %3535 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3537 = broadcast %3536 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%3538 = mul %3537, %1669 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3539 = add %3523, %3538 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3540 = add %3539, %3538 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3541 = reduce_sum %3540 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3542 = reshape %3541 : f32[64] @ models/lib/nn.yaml:84:18
%3543 = add %2768, %3542 : f32[64] @ models/lib/nn.yaml:84:18
%3544 = cast %3540 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3545 = matmul %3544, %1665 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3546 = reshape %3544 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3547 = reshape %1664 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3548 = matmul %3546, %3547 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3549 = cast %2773 : f32[64,256] @ models/lib/nn.yaml:83:15
%3550 = cast %3548 : f32[64,256] @ models/lib/nn.yaml:83:15
%3551 = add %3549, %3550 : f32[64,256] @ models/lib/nn.yaml:83:15
%3552 = cast %3545 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3553 = mul %1658, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3554 = erf %3553 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3555 = add %603, %3554 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3556 = mul %3552, %3555 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3557 = cast %3545 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3558 = mul %598, %1658 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3559 = mul %3557, %3558 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3560 = mul %1658, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3561 = mul %3560, %3560 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3562 = neg %3561 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3563 = exp %3562 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3564 = mul %3563, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3565 = mul %3559, %3564 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3566 = mul %3565, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3567 = mul %3556, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3568 = add %3566, %3567 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3569 = reduce_sum %3568 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3570 = reshape %3569 : f32[256] @ models/lib/nn.yaml:84:18
%3571 = add %2793, %3570 : f32[256] @ models/lib/nn.yaml:84:18
%3572 = cast %3568 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3573 = matmul %3572, %1654 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3574 = reshape %3572 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3575 = reshape %1653 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3576 = matmul %3574, %3575 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%3577 = cast %2798 : f32[256,256] @ models/lib/nn.yaml:83:15
%3578 = cast %3576 : f32[256,256] @ models/lib/nn.yaml:83:15
%3579 = add %3577, %3578 : f32[256,256] @ models/lib/nn.yaml:83:15
%3580 = cast %3573 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3581 = mul %1647, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3582 = erf %3581 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3583 = add %603, %3582 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3584 = mul %3580, %3583 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3585 = cast %3573 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3586 = mul %598, %1647 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3587 = mul %3585, %3586 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3588 = mul %1647, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3589 = mul %3588, %3588 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3590 = neg %3589 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3591 = exp %3590 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3592 = mul %3591, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3593 = mul %3587, %3592 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3594 = mul %3593, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3595 = mul %3584, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3596 = add %3594, %3595 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3597 = reduce_sum %3596 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3598 = reshape %3597 : f32[256] @ models/lib/nn.yaml:84:18
%3599 = add %2817, %3598 : f32[256] @ models/lib/nn.yaml:84:18
%3600 = cast %3596 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3601 = matmul %3600, %1643 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3602 = reshape %3600 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3603 = reshape %1642 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3604 = matmul %3602, %3603 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3605 = cast %2822 : f32[256,64] @ models/lib/nn.yaml:83:15
%3606 = cast %3604 : f32[256,64] @ models/lib/nn.yaml:83:15
%3607 = add %3605, %3606 : f32[256,64] @ models/lib/nn.yaml:83:15
%3608 = concat %3601, %3496 axis=1 : bf16[4,17,64] @ models/dino_pass.yaml:103:28
%3609 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%3610 = reshape %3608 : bf16[68,64] @ models/lib/nn.yaml:96:46
%3611 = matmul %3609, %3610 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3612 = reshape %3611 : f32[64] @ models/lib/nn.yaml:96:46
%3613 = add %2826, %3612 : f32[64] @ models/lib/nn.yaml:96:46
%3614 = cast %3608 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3615 = mul %3614, %1636 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3616 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%3617 = reshape %3615 : f32[68,64] @ models/lib/nn.yaml:96:37
%3618 = matmul %3616, %3617 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3619 = reshape %3618 : f32[64] @ models/lib/nn.yaml:96:37
%3620 = add %2830, %3619 : f32[64] @ models/lib/nn.yaml:96:37
%3621 = cast %3608 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3622 = mul %3621, %1637 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3623 = mul %3622, %1635 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3624 = cast %3608 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3625 = mul %3624, %1637 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3626 = mul %3625, %1629 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3627 = reduce_sum %3626 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3628 = mul %1634, %1634 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3629 = mul %1634, %3628 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3630 = broadcast %2840 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3631 = mul %3629, %3630 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3632 = mul %3627, %3631 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3633 = div %3632, %501 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3634 = broadcast %3633 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3635 = mul %3634, %1629 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3636 = add %3623, %3635 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3637 = add %3636, %3635 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3638 = neg %3637 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3639 = reduce_sum %3638 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3640 = div %3639, %501 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3641 = broadcast %3640 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3642 = add %3637, %3641 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3643 = slice %3642 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%3644 = slice %3642 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:111:21
%3645 = reduce_sum %3643 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3646 = reshape %3645 : f32[64] @ models/lib/nn.yaml:84:18
%3647 = add %2857, %3646 : f32[64] @ models/lib/nn.yaml:84:18
%3648 = cast %3643 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3649 = matmul %3648, %1619 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3650 = reshape %3648 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3651 = reshape %1618 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3652 = matmul %3650, %3651 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3653 = cast %2862 : f32[64,256] @ models/lib/nn.yaml:83:15
%3654 = cast %3652 : f32[64,256] @ models/lib/nn.yaml:83:15
%3655 = add %3653, %3654 : f32[64,256] @ models/lib/nn.yaml:83:15
%3656 = cast %3649 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3657 = mul %1612, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3658 = erf %3657 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3659 = add %603, %3658 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3660 = mul %3656, %3659 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3661 = cast %3649 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3662 = mul %598, %1612 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3663 = mul %3661, %3662 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3664 = mul %1612, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3665 = mul %3664, %3664 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3666 = neg %3665 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3667 = exp %3666 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3668 = mul %3667, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3669 = mul %3663, %3668 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3670 = mul %3669, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3671 = mul %3660, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3672 = add %3670, %3671 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3673 = reduce_sum %3672 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3674 = reshape %3673 : f32[256] @ models/lib/nn.yaml:84:18
%3675 = add %2881, %3674 : f32[256] @ models/lib/nn.yaml:84:18
%3676 = cast %3672 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3677 = matmul %3676, %1608 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3678 = reshape %3676 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3679 = reshape %1607 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3680 = matmul %3678, %3679 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3681 = cast %2886 : f32[256,64] @ models/lib/nn.yaml:83:15
%3682 = cast %3680 : f32[256,64] @ models/lib/nn.yaml:83:15
%3683 = add %3681, %3682 : f32[256,64] @ models/lib/nn.yaml:83:15
%3684 = cast %3677 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3685 = reduce_sum %3684 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3686 = reshape %3685 : f32[64] @ models/lib/nn.yaml:96:46
%3687 = add %2889, %3686 : f32[64] @ models/lib/nn.yaml:96:46
%3688 = cast %3677 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3689 = mul %3688, %1603 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3690 = cast %3677 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3691 = mul %3690, %1602 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3692 = reduce_sum %3691 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3693 = reshape %3692 : f32[64] @ models/lib/nn.yaml:96:37
%3694 = add %2895, %3693 : f32[64] @ models/lib/nn.yaml:96:37
%3695 = mul %3689, %1601 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3696 = mul %3689, %1595 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3697 = reduce_sum %3696 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3698 = mul %1600, %1600 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3699 = mul %1600, %3698 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3700 = mul %3699, %2901 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3701 = mul %3697, %3700 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3702 = div %3701, %577 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3703 = broadcast %3702 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%3704 = mul %3703, %1595 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3705 = add %3695, %3704 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3706 = add %3705, %3704 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3707 = add %3643, %3706 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3708 = neg %3706 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3709 = reduce_sum %3708 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3710 = div %3709, %577 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3711 = broadcast %3710 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3712 = add %3707, %3711 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3713 = reduce_sum %3712 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3714 = reshape %3713 : f32[64] @ models/lib/nn.yaml:84:18
%3715 = add %2916, %3714 : f32[64] @ models/lib/nn.yaml:84:18
%3716 = cast %3712 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3717 = matmul %3716, %1586 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3718 = reshape %3716 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3719 = reshape %1584 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3720 = matmul %3718, %3719 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3721 = cast %2921 : f32[64,64] @ models/lib/nn.yaml:83:15
%3722 = cast %3720 : f32[64,64] @ models/lib/nn.yaml:83:15
%3723 = add %3721, %3722 : f32[64,64] @ models/lib/nn.yaml:83:15
%3724 = reshape %3717 : bf16[4,1,2,32] @ models/lib/nn.yaml:57:16
%3725 = permute %3724 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/nn.yaml:56:13
%3726 = cast %3725 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%3727 = reshape %3726 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%3728 = broadcast %3727 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3729 = permute %1575 perm=[0,1,3,2] : bf16[4,2,32,17] @ models/lib/nn.yaml:56:23
%3730 = reshape %3729 : bf16[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3731 = cast %3730 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3732 = mul %3728, %3731 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3733 = reduce_sum %3732 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3734 = cast %3733 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%3735 = permute %1576 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3736 = broadcast %3735 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3737 = broadcast %3726 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3738 = mul %3736, %3737 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3739 = cast %3738 : bf16[4,2,17,32] @ models/lib/nn.yaml:56:23
%3740 = cast %3734 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3741 = div %3740, %1569 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3742 = mul %3741, %1571 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3743 = neg %3742 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3744 = reduce_sum %3743 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3745 = broadcast %3744 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3746 = add %3741, %3745 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3747 = exp %1566 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3748 = mul %3746, %3747 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3749 = mul %3748, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3750 = cast %3749 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%3751 = cast %3750 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%3752 = reshape %3751 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3753 = broadcast %3752 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3754 = reshape %1549 : bf16[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3755 = cast %3754 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3756 = mul %3753, %3755 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3757 = reduce_sum %3756 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%3758 = cast %3757 : bf16[4,2,1,32] @ models/lib/nn.yaml:55:23
%3759 = permute %3751 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3760 = broadcast %3759 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3761 = broadcast %1550 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3762 = mul %3760, %3761 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3763 = cast %3762 : bf16[4,2,17,32] @ models/lib/nn.yaml:55:23
%3764 = permute %3739 perm=[0,2,1,3] : bf16[4,17,2,32] @ models/lib/nn.yaml:84:18
%3765 = reshape %3764 : bf16[4,17,64] @ models/lib/nn.yaml:84:18
%3766 = reshape %3764 : bf16[68,64] @ models/lib/nn.yaml:84:18
%3767 = matmul %3609, %3766 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3768 = reshape %3767 : f32[64] @ models/lib/nn.yaml:84:18
%3769 = add %2966, %3768 : f32[64] @ models/lib/nn.yaml:84:18
%3770 = matmul %3765, %1538 ta=0 tb=0 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%3771 = reshape %1524 : bf16[68,64] @ models/lib/nn.yaml:83:15
%3772 = matmul %3766, %3771 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3773 = cast %2972 : f32[64,64] @ models/lib/nn.yaml:83:15
%3774 = cast %3772 : f32[64,64] @ models/lib/nn.yaml:83:15
%3775 = add %3773, %3774 : f32[64,64] @ models/lib/nn.yaml:83:15
%3776 = permute %3763 perm=[0,2,1,3] : bf16[4,17,2,32] @ models/lib/nn.yaml:84:18
%3777 = reshape %3776 : bf16[4,17,64] @ models/lib/nn.yaml:84:18
%3778 = reshape %3776 : bf16[68,64] @ models/lib/nn.yaml:84:18
%3779 = matmul %3609, %3778 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3780 = reshape %3779 : f32[64] @ models/lib/nn.yaml:84:18
%3781 = add %2977, %3780 : f32[64] @ models/lib/nn.yaml:84:18
%3782 = matmul %3777, %1532 ta=0 tb=0 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%3783 = cast %3770 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3784 = cast %3782 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3785 = add %3783, %3784 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3786 = matmul %3778, %3771 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3787 = cast %2985 : f32[64,64] @ models/lib/nn.yaml:83:15
%3788 = cast %3786 : f32[64,64] @ models/lib/nn.yaml:83:15
%3789 = add %3787, %3788 : f32[64,64] @ models/lib/nn.yaml:83:15
%3790 = permute %3758 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3791 = reshape %3790 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3792 = cast %3791 : f32[4,1,64] @ models/lib/vit.yaml:78:14
%3793 = reduce_sum %3792 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3794 = reshape %3793 : f32[64] @ models/lib/nn.yaml:84:18
%3795 = add %2990, %3794 : f32[64] @ models/lib/nn.yaml:84:18
%3796 = permute %3758 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3797 = reshape %3796 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3798 = matmul %3797, %1526 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3799 = reshape %3796 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3800 = reshape %1525 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3801 = matmul %3799, %3800 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3802 = cast %2996 : f32[64,64] @ models/lib/nn.yaml:83:15
%3803 = cast %3801 : f32[64,64] @ models/lib/nn.yaml:83:15
%3804 = add %3802, %3803 : f32[64,64] @ models/lib/nn.yaml:83:15
%3805 = cast %3798 : f32[4,1,64] @ models/lib/vit.yaml:78:33
%3806 = pad %3805 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3807 = add %3785, %3806 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3808 = reshape %3807 : f32[68,64] @ models/lib/nn.yaml:96:46
%3809 = matmul %3616, %3808 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3810 = reshape %3809 : f32[64] @ models/lib/nn.yaml:96:46
%3811 = add %3001, %3810 : f32[64] @ models/lib/nn.yaml:96:46
%3812 = mul %3807, %1519 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3813 = reshape %3812 : f32[68,64] @ models/lib/nn.yaml:96:37
%3814 = matmul %3616, %3813 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3815 = reshape %3814 : f32[64] @ models/lib/nn.yaml:96:37
%3816 = add %3004, %3815 : f32[64] @ models/lib/nn.yaml:96:37
%3817 = mul %3807, %1520 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3818 = mul %3817, %1518 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3819 = mul %3807, %1520 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3820 = mul %3819, %1512 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3821 = reduce_sum %3820 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3822 = mul %1517, %1517 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3823 = mul %1517, %3822 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3824 = mul %3823, %3630 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3825 = mul %3821, %3824 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3826 = div %3825, %501 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3827 = broadcast %3826 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3828 = mul %3827, %1512 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3829 = add %3818, %3828 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3830 = add %3829, %3828 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3831 = neg %3830 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3832 = reduce_sum %3831 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3833 = div %3832, %501 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3834 = broadcast %3833 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3835 = add %3830, %3834 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3836 = slice %3835 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3837 = add %3712, %3836 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3838 = slice %3835 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3839 = add %3644, %3838 : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3840 = reduce_sum %3837 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3841 = add %3028, %3840 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3842 = mul %3839, %1504 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3843 = div %3842, %1454 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3844 = cast %3843 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%3845 = reshape %3844 : bf16[64,64] @ models/lib/nn.yaml:84:18
%3846 = matmul %3422, %3845 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3847 = reshape %3846 : f32[64] @ models/lib/nn.yaml:84:18
%3848 = add %3032, %3847 : f32[64] @ models/lib/nn.yaml:84:18
%3849 = matmul %3844, %1494 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3850 = reshape %1493 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3851 = matmul %3845, %3850 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3852 = cast %3038 : f32[64,256] @ models/lib/nn.yaml:83:15
%3853 = cast %3851 : f32[64,256] @ models/lib/nn.yaml:83:15
%3854 = add %3852, %3853 : f32[64,256] @ models/lib/nn.yaml:83:15
%3855 = cast %3849 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3856 = cast %1482 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3857 = add %3856, %1483 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3858 = mul %3857, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3859 = erf %3858 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3860 = add %237, %3859 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3861 = mul %3855, %3860 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3862 = cast %3849 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3863 = cast %1482 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3864 = add %3863, %1483 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3865 = mul %226, %3864 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3866 = mul %3862, %3865 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3867 = cast %1482 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3868 = add %3867, %1483 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3869 = mul %3868, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3870 = mul %3869, %3869 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3871 = neg %3870 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3872 = exp %3871 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3873 = mul %3872, %3451 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3874 = mul %3866, %3873 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3875 = mul %3874, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3876 = mul %3861, %226 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3877 = add %3875, %3876 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3878 = cast %3877 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%3879 = reshape %3878 : bf16[64,256] @ models/lib/nn.yaml:84:18
%3880 = matmul %3422, %3879 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3881 = reshape %3880 : f32[256] @ models/lib/nn.yaml:84:18
%3882 = add %3063, %3881 : f32[256] @ models/lib/nn.yaml:84:18
%3883 = matmul %3878, %1481 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3884 = reshape %1480 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3885 = matmul %3879, %3884 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3886 = cast %3068 : f32[256,64] @ models/lib/nn.yaml:83:15
%3887 = cast %3885 : f32[256,64] @ models/lib/nn.yaml:83:15
%3888 = add %3886, %3887 : f32[256,64] @ models/lib/nn.yaml:83:15
%3889 = reshape %3883 : bf16[64,64] @ models/lib/nn.yaml:96:46
%3890 = matmul %3422, %3889 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3891 = reshape %3890 : f32[64] @ models/lib/nn.yaml:96:46
%3892 = add %3071, %3891 : f32[64] @ models/lib/nn.yaml:96:46
%3893 = cast %3883 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3894 = mul %3893, %1475 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3895 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:96:37
%3896 = reshape %3894 : f32[64,64] @ models/lib/nn.yaml:96:37
%3897 = matmul %3895, %3896 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3898 = reshape %3897 : f32[64] @ models/lib/nn.yaml:96:37
%3899 = add %3075, %3898 : f32[64] @ models/lib/nn.yaml:96:37
%3900 = cast %3883 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3901 = mul %3900, %1476 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3902 = mul %3901, %1474 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3903 = cast %3883 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3904 = mul %3903, %1476 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3905 = mul %3904, %1468 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3906 = reduce_sum %3905 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3907 = mul %1473, %1473 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3908 = mul %1473, %3907 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3909 = broadcast %2840 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3910 = mul %3908, %3909 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3911 = mul %3906, %3910 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3912 = div %3911, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3913 = broadcast %3912 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3914 = mul %3913, %1468 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3915 = add %3902, %3914 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3916 = add %3915, %3914 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3917 = add %3839, %3916 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3918 = neg %3916 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3919 = reduce_sum %3918 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3920 = div %3919, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3921 = broadcast %3920 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3922 = add %3917, %3921 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3923 = mul %3922, %1462 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3924 = div %3923, %1454 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3925 = cast %3924 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%3926 = reshape %3925 : bf16[64,64] @ models/lib/nn.yaml:84:18
%3927 = matmul %3422, %3926 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3928 = reshape %3927 : f32[64] @ models/lib/nn.yaml:84:18
%3929 = add %3102, %3928 : f32[64] @ models/lib/nn.yaml:84:18
%3930 = matmul %3925, %1448 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3931 = reshape %1446 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3932 = matmul %3926, %3931 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3933 = cast %3108 : f32[64,64] @ models/lib/nn.yaml:83:15
%3934 = cast %3932 : f32[64,64] @ models/lib/nn.yaml:83:15
%3935 = add %3933, %3934 : f32[64,64] @ models/lib/nn.yaml:83:15
%3936 = reshape %3930 : bf16[4,16,2,32] @ models/lib/nn.yaml:57:16
%3937 = permute %3936 perm=[0,2,1,3] : bf16[4,2,16,32] @ models/lib/nn.yaml:56:13
%3938 = matmul %3937, %1444 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%3939 = matmul %1442, %3937 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%3940 = cast %3938 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3941 = div %3940, %1439 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3942 = mul %3941, %1441 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3943 = neg %3942 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3944 = reduce_sum %3943 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3945 = broadcast %3944 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3946 = add %3941, %3945 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3947 = exp %1436 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3948 = mul %3946, %3947 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3949 = mul %3948, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%3950 = cast %3949 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%3951 = matmul %3950, %1427 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%3952 = matmul %3950, %1425 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%3953 = reshape %3952 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%3954 = reshape %3939 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%3955 = reshape %3951 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%3956 = concat %3955, %3953, %3954 axis=0 : bf16[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%3957 = permute %3956 perm=[1,3,0,2,4] : bf16[4,16,3,2,32] @ models/lib/nn.yaml:84:18
%3958 = reshape %3957 : bf16[4,16,192] @ models/lib/nn.yaml:84:18
%3959 = reshape %3957 : bf16[64,192] @ models/lib/nn.yaml:84:18
%3960 = matmul %3422, %3959 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%3961 = reshape %3960 : f32[192] @ models/lib/nn.yaml:84:18
%3962 = add %3163, %3961 : f32[192] @ models/lib/nn.yaml:84:18
%3963 = matmul %3958, %1415 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3964 = reshape %1414 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3965 = matmul %3959, %3964 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3966 = cast %3169 : f32[192,64] @ models/lib/nn.yaml:83:15
%3967 = cast %3965 : f32[192,64] @ models/lib/nn.yaml:83:15
%3968 = add %3966, %3967 : f32[192,64] @ models/lib/nn.yaml:83:15
%3969 = reshape %3963 : bf16[64,64] @ models/lib/nn.yaml:96:46
%3970 = matmul %3422, %3969 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3971 = reshape %3970 : f32[64] @ models/lib/nn.yaml:96:46
%3972 = add %3172, %3971 : f32[64] @ models/lib/nn.yaml:96:46
%3973 = cast %3963 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3974 = mul %3973, %1409 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3975 = reshape %3974 : f32[64,64] @ models/lib/nn.yaml:96:37
%3976 = matmul %3895, %3975 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3977 = reshape %3976 : f32[64] @ models/lib/nn.yaml:96:37
%3978 = add %3176, %3977 : f32[64] @ models/lib/nn.yaml:96:37
%3979 = cast %3963 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3980 = mul %3979, %1410 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3981 = mul %3980, %1408 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3982 = cast %3963 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3983 = mul %3982, %1410 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3984 = mul %3983, %1402 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3985 = reduce_sum %3984 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3986 = mul %1407, %1407 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3987 = mul %1407, %3986 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3988 = mul %3987, %3909 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3989 = mul %3985, %3988 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3990 = div %3989, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3991 = broadcast %3990 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3992 = mul %3991, %1402 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3993 = add %3981, %3992 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3994 = add %3993, %3992 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3995 = add %3922, %3994 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3996 = neg %3994 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3997 = reduce_sum %3996 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3998 = div %3997, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3999 = broadcast %3998 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4000 = add %3995, %3999 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4001 = cast %4000 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%4002 = reshape %4001 : bf16[64,64] @ models/lib/nn.yaml:84:18
%4003 = matmul %3422, %4002 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4004 = reshape %4003 : f32[64] @ models/lib/nn.yaml:84:18
%4005 = add %3200, %4004 : f32[64] @ models/lib/nn.yaml:84:18
%4006 = matmul %4001, %1393 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%4007 = reshape %1392 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4008 = matmul %4002, %4007 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4009 = cast %3205 : f32[64,256] @ models/lib/nn.yaml:83:15
%4010 = cast %4008 : f32[64,256] @ models/lib/nn.yaml:83:15
%4011 = add %4009, %4010 : f32[64,256] @ models/lib/nn.yaml:83:15
%4012 = cast %4006 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4013 = cast %1381 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4014 = add %4013, %1382 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4015 = mul %4014, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4016 = erf %4015 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4017 = add %237, %4016 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%4018 = mul %4012, %4017 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4019 = cast %4006 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4020 = cast %1381 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4021 = add %4020, %1382 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4022 = mul %226, %4021 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4023 = mul %4019, %4022 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4024 = cast %1381 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4025 = add %4024, %1382 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4026 = mul %4025, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4027 = mul %4026, %4026 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4028 = neg %4027 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4029 = exp %4028 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4030 = mul %4029, %3451 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4031 = mul %4023, %4030 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4032 = mul %4031, %231 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4033 = mul %4018, %226 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4034 = add %4032, %4033 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4035 = cast %4034 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%4036 = reshape %4035 : bf16[64,256] @ models/lib/nn.yaml:84:18
%4037 = matmul %3422, %4036 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%4038 = reshape %4037 : f32[256] @ models/lib/nn.yaml:84:18
%4039 = add %3230, %4038 : f32[256] @ models/lib/nn.yaml:84:18
%4040 = matmul %4035, %1380 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4041 = reshape %1379 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4042 = matmul %4036, %4041 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%4043 = cast %3235 : f32[256,64] @ models/lib/nn.yaml:83:15
%4044 = cast %4042 : f32[256,64] @ models/lib/nn.yaml:83:15
%4045 = add %4043, %4044 : f32[256,64] @ models/lib/nn.yaml:83:15
%4046 = reshape %4040 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4047 = matmul %3422, %4046 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4048 = reshape %4047 : f32[64] @ models/lib/nn.yaml:96:46
%4049 = add %3238, %4048 : f32[64] @ models/lib/nn.yaml:96:46
%4050 = cast %4040 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4051 = mul %4050, %1374 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4052 = reshape %4051 : f32[64,64] @ models/lib/nn.yaml:96:37
%4053 = matmul %3895, %4052 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4054 = reshape %4053 : f32[64] @ models/lib/nn.yaml:96:37
%4055 = add %3242, %4054 : f32[64] @ models/lib/nn.yaml:96:37
%4056 = cast %4040 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4057 = mul %4056, %1375 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4058 = mul %4057, %1373 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4059 = cast %4040 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4060 = mul %4059, %1375 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4061 = mul %4060, %1367 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4062 = reduce_sum %4061 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4063 = mul %1372, %1372 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4064 = mul %1372, %4063 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4065 = mul %4064, %3909 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4066 = mul %4062, %4065 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4067 = div %4066, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4068 = broadcast %4067 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4069 = mul %4068, %1367 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4070 = add %4058, %4069 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4071 = add %4070, %4069 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4072 = add %4000, %4071 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4073 = neg %4071 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4074 = reduce_sum %4073 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4075 = div %4074, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4076 = broadcast %4075 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4077 = add %4072, %4076 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4078 = cast %4077 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%4079 = reshape %4078 : bf16[64,64] @ models/lib/nn.yaml:84:18
%4080 = matmul %3422, %4079 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4081 = reshape %4080 : f32[64] @ models/lib/nn.yaml:84:18
%4082 = add %3266, %4081 : f32[64] @ models/lib/nn.yaml:84:18
%4083 = matmul %4078, %1358 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4084 = reshape %1356 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4085 = matmul %4079, %4084 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4086 = cast %3271 : f32[64,64] @ models/lib/nn.yaml:83:15
%4087 = cast %4085 : f32[64,64] @ models/lib/nn.yaml:83:15
%4088 = add %4086, %4087 : f32[64,64] @ models/lib/nn.yaml:83:15
%4089 = reshape %4083 : bf16[4,16,2,32] @ models/lib/nn.yaml:57:16
%4090 = permute %4089 perm=[0,2,1,3] : bf16[4,2,16,32] @ models/lib/nn.yaml:56:13
%4091 = matmul %4090, %1354 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4092 = matmul %1352, %4090 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%4093 = cast %4091 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4094 = div %4093, %1349 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4095 = mul %4094, %1351 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4096 = neg %4095 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4097 = reduce_sum %4096 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4098 = broadcast %4097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4099 = add %4094, %4098 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4100 = exp %1346 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4101 = mul %4099, %4100 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4102 = mul %4101, %180 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4103 = cast %4102 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4104 = matmul %4103, %1337 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4105 = matmul %4103, %1335 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4106 = reshape %4105 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%4107 = reshape %4092 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%4108 = reshape %4104 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%4109 = concat %4108, %4106, %4107 axis=0 : bf16[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%4110 = permute %4109 perm=[1,3,0,2,4] : bf16[4,16,3,2,32] @ models/lib/nn.yaml:84:18
%4111 = reshape %4110 : bf16[4,16,192] @ models/lib/nn.yaml:84:18
%4112 = reshape %4110 : bf16[64,192] @ models/lib/nn.yaml:84:18
%4113 = matmul %3422, %4112 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%4114 = reshape %4113 : f32[192] @ models/lib/nn.yaml:84:18
%4115 = add %3326, %4114 : f32[192] @ models/lib/nn.yaml:84:18
%4116 = matmul %4111, %1325 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4117 = reshape %1324 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4118 = matmul %4112, %4117 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%4119 = cast %3332 : f32[192,64] @ models/lib/nn.yaml:83:15
%4120 = cast %4118 : f32[192,64] @ models/lib/nn.yaml:83:15
%4121 = add %4119, %4120 : f32[192,64] @ models/lib/nn.yaml:83:15
%4122 = reshape %4116 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4123 = matmul %3422, %4122 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4124 = reshape %4123 : f32[64] @ models/lib/nn.yaml:96:46
%4125 = add %3335, %4124 : f32[64] @ models/lib/nn.yaml:96:46
%4126 = cast %4116 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4127 = mul %4126, %1319 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4128 = reshape %4127 : f32[64,64] @ models/lib/nn.yaml:96:37
%4129 = matmul %3895, %4128 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4130 = reshape %4129 : f32[64] @ models/lib/nn.yaml:96:37
%4131 = add %3339, %4130 : f32[64] @ models/lib/nn.yaml:96:37
%4132 = cast %4116 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4133 = mul %4132, %1320 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4134 = mul %4133, %1318 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4135 = cast %4116 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4136 = mul %4135, %1320 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4137 = mul %4136, %1312 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4138 = reduce_sum %4137 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4139 = mul %1317, %1317 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4140 = mul %1317, %4139 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4141 = mul %4140, %3909 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4142 = mul %4138, %4141 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4143 = div %4142, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4144 = broadcast %4143 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4145 = mul %4144, %1312 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4146 = add %4134, %4145 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4147 = add %4146, %4145 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4148 = add %4077, %4147 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4149 = neg %4147 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4150 = reduce_sum %4149 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4151 = div %4150, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4152 = broadcast %4151 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4153 = add %4148, %4152 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4154 = reduce_sum %4153 axes=[0] keep=1 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%4155 = reshape %3371 : bf16[1,16,64] @ models/lib/vit.yaml:32:17
%4156 = cast %4155 : f32[1,16,64] @ models/lib/vit.yaml:32:17
%4157 = add %4156, %4154 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%4158 = reshape %4153 : f32[64,64] @ models/lib/vit.yaml:17:71
%4159 = matmul %3895, %4158 ta=0 tb=0 : f32[1,64] @ models/lib/vit.yaml:17:71
%4160 = reshape %4159 : f32[64] @ models/lib/vit.yaml:17:71
%4161 = add %3373, %4160 : f32[64] @ models/lib/vit.yaml:17:71
%4162 = cast %4158 : bf16[64,64] @ models/lib/vit.yaml:17:18
%4163 = reshape %136 : bf16[64,768] @ models/lib/vit.yaml:17:18
%4164 = matmul %4162, %4163 ta=1 tb=0 : bf16[64,768] @ models/lib/vit.yaml:17:18
%4165 = reshape %3377 : bf16[64,3,16,16] @ models/lib/vit.yaml:17:20
%4166 = cast %4165 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4167 = reshape %4164 : bf16[64,3,16,16] @ models/lib/vit.yaml:17:20
%4168 = cast %4167 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4169 = add %4166, %4168 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4170 = all_reduce_sum %4157 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4171 = reshape %4170 : f32[1024] @ models/lib/vit.yaml:48:7
%4172 = mul %4171, %4171 : f32[1024] @ models/lib/vit.yaml:48:7
%4173 = reduce_sum %4172 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4174 = sqrt %4173 : f32[] @ models/lib/vit.yaml:48:7
%4175 = cast %4174 : f64[] @ models/lib/vit.yaml:48:7
%4176 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4177 = add %4175, %4176 : f64[] @ models/lib/vit.yaml:48:7
%4178 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4179 = div %4178, %4177 : f64[] @ models/lib/vit.yaml:48:7
%4180 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4181 = lt %4179, %4180 : bool[] @ models/lib/vit.yaml:48:7
%4182 = cast %4179 : f32[] @ models/lib/vit.yaml:48:7
%4183 = broadcast %4182 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4184 = mul %4170, %4183 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4185 = broadcast %4181 : bool[1,16,64] @ models/lib/vit.yaml:48:7
%4186 = select %4185, %4184, %4170 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4187 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4188 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4189 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4190 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4191 = add %4189, %4190 : i64[] @ models/lib/vit.yaml:48:7
%4192 = mul %2492, %2493 : f64[] @ models/lib/vit.yaml:48:7
%4193 = sub %4180, %4192 : f64[] @ models/lib/vit.yaml:48:7
%4194 = cast %4193 : f32[] @ models/lib/vit.yaml:48:7
%4195 = broadcast %4194 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4196 = mul %7, %4195 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4197 = broadcast %2169 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4198 = mul %4186, %4197 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4199 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4200 = broadcast %1453 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4201 = mul %4187, %4200 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4202 = add %4201, %4198 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4203 = mul %4186, %4186 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4204 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%4205 = broadcast %4204 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4206 = mul %4203, %4205 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4207 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4208 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%4209 = broadcast %4208 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4210 = mul %4188, %4209 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4211 = add %4210, %4206 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4212 = cast %4191 : f64[] @ models/lib/vit.yaml:48:7
%4213 = pow %4199, %4212 : f64[] @ models/lib/vit.yaml:48:7
%4214 = sub %4180, %4213 : f64[] @ models/lib/vit.yaml:48:7
%4215 = div %2492, %4214 : f64[] @ models/lib/vit.yaml:48:7
%4216 = pow %4207, %4212 : f64[] @ models/lib/vit.yaml:48:7
%4217 = sub %4180, %4216 : f64[] @ models/lib/vit.yaml:48:7
%4218 = sqrt %4217 : f64[] @ models/lib/vit.yaml:48:7
%4219 = div %4180, %4218 : f64[] @ models/lib/vit.yaml:48:7
%4220 = sqrt %4211 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4221 = cast %4219 : f32[] @ models/lib/vit.yaml:48:7
%4222 = broadcast %4221 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4223 = mul %4220, %4222 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4224 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%4225 = broadcast %4224 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4226 = add %4223, %4225 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4227 = div %4202, %4226 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4228 = cast %4215 : f32[] @ models/lib/vit.yaml:48:7
%4229 = broadcast %4228 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4230 = mul %4227, %4229 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4231 = sub %4196, %4230 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4232 = assign %7, %4231 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4233 = assign %4187, %4202 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4234 = assign %4188, %4211 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4235 = assign %4189, %4191 : i64[] @ models/lib/vit.yaml:48:7
%4236 = broadcast %3 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4237 = mul %69, %4236 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4238 = sub %4180, %2494 : f64[] @ models/lib/vit.yaml:48:7
%4239 = cast %4238 : f32[] @ models/lib/vit.yaml:48:7
%4240 = broadcast %4239 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4241 = mul %4231, %4240 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4242 = add %4237, %4241 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4243 = assign %69, %4242 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4244 = all_reduce_sum %4169 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4245 = reshape %4244 : f32[49152] @ models/lib/vit.yaml:9:7
%4246 = mul %4245, %4245 : f32[49152] @ models/lib/vit.yaml:9:7
%4247 = reduce_sum %4246 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4248 = sqrt %4247 : f32[] @ models/lib/vit.yaml:9:7
%4249 = cast %4248 : f64[] @ models/lib/vit.yaml:9:7
%4250 = add %4249, %4176 : f64[] @ models/lib/vit.yaml:9:7
%4251 = div %4178, %4250 : f64[] @ models/lib/vit.yaml:9:7
%4252 = lt %4251, %4180 : bool[] @ models/lib/vit.yaml:9:7
%4253 = cast %4251 : f32[] @ models/lib/vit.yaml:9:7
%4254 = broadcast %4253 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4255 = mul %4244, %4254 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4256 = broadcast %4252 : bool[64,3,16,16] @ models/lib/vit.yaml:9:7
%4257 = select %4256, %4255, %4244 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4258 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4259 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4260 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4261 = add %4260, %4190 : i64[] @ models/lib/vit.yaml:9:7
%4262 = broadcast %4194 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4263 = mul %8, %4262 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4264 = broadcast %2169 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4265 = mul %4257, %4264 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4266 = broadcast %1453 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4267 = mul %4258, %4266 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4268 = add %4267, %4265 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4269 = mul %4257, %4257 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4270 = broadcast %4204 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4271 = mul %4269, %4270 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4272 = broadcast %4208 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4273 = mul %4259, %4272 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4274 = add %4273, %4271 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4275 = cast %4261 : f64[] @ models/lib/vit.yaml:9:7
%4276 = pow %4199, %4275 : f64[] @ models/lib/vit.yaml:9:7
%4277 = sub %4180, %4276 : f64[] @ models/lib/vit.yaml:9:7
%4278 = div %2492, %4277 : f64[] @ models/lib/vit.yaml:9:7
%4279 = pow %4207, %4275 : f64[] @ models/lib/vit.yaml:9:7
%4280 = sub %4180, %4279 : f64[] @ models/lib/vit.yaml:9:7
%4281 = sqrt %4280 : f64[] @ models/lib/vit.yaml:9:7
%4282 = div %4180, %4281 : f64[] @ models/lib/vit.yaml:9:7
%4283 = sqrt %4274 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4284 = cast %4282 : f32[] @ models/lib/vit.yaml:9:7
%4285 = broadcast %4284 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4286 = mul %4283, %4285 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4287 = broadcast %4224 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4288 = add %4286, %4287 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4289 = div %4268, %4288 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4290 = cast %4278 : f32[] @ models/lib/vit.yaml:9:7
%4291 = broadcast %4290 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4292 = mul %4289, %4291 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4293 = sub %4263, %4292 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4294 = assign %8, %4293 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4295 = assign %4258, %4268 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4296 = assign %4259, %4274 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4297 = assign %4260, %4261 : i64[] @ models/lib/vit.yaml:9:7
%4298 = broadcast %3 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4299 = mul %70, %4298 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4300 = broadcast %4239 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4301 = mul %4293, %4300 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4302 = add %4299, %4301 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4303 = assign %70, %4302 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4304 = all_reduce_sum %4161 : f32[64] @ models/lib/vit.yaml:10:7
%4305 = mul %4304, %4304 : f32[64] @ models/lib/vit.yaml:10:7
%4306 = reduce_sum %4305 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4307 = sqrt %4306 : f32[] @ models/lib/vit.yaml:10:7
%4308 = cast %4307 : f64[] @ models/lib/vit.yaml:10:7
%4309 = add %4308, %4176 : f64[] @ models/lib/vit.yaml:10:7
%4310 = div %4178, %4309 : f64[] @ models/lib/vit.yaml:10:7
%4311 = lt %4310, %4180 : bool[] @ models/lib/vit.yaml:10:7
%4312 = cast %4310 : f32[] @ models/lib/vit.yaml:10:7
%4313 = broadcast %4312 : f32[64] @ models/lib/vit.yaml:10:7
%4314 = mul %4304, %4313 : f32[64] @ models/lib/vit.yaml:10:7
%4315 = broadcast %4311 : bool[64] @ models/lib/vit.yaml:10:7
%4316 = select %4315, %4314, %4304 : f32[64] @ models/lib/vit.yaml:10:7
%4317 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%4318 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%4319 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4320 = add %4319, %4190 : i64[] @ models/lib/vit.yaml:10:7
%4321 = broadcast %2169 : f32[64] @ models/lib/vit.yaml:10:7
%4322 = mul %4316, %4321 : f32[64] @ models/lib/vit.yaml:10:7
%4323 = broadcast %1453 : f32[64] @ models/lib/vit.yaml:10:7
%4324 = mul %4317, %4323 : f32[64] @ models/lib/vit.yaml:10:7
%4325 = add %4324, %4322 : f32[64] @ models/lib/vit.yaml:10:7
%4326 = mul %4316, %4316 : f32[64] @ models/lib/vit.yaml:10:7
%4327 = broadcast %4204 : f32[64] @ models/lib/vit.yaml:10:7
%4328 = mul %4326, %4327 : f32[64] @ models/lib/vit.yaml:10:7
%4329 = broadcast %4208 : f32[64] @ models/lib/vit.yaml:10:7
%4330 = mul %4318, %4329 : f32[64] @ models/lib/vit.yaml:10:7
%4331 = add %4330, %4328 : f32[64] @ models/lib/vit.yaml:10:7
%4332 = cast %4320 : f64[] @ models/lib/vit.yaml:10:7
%4333 = pow %4199, %4332 : f64[] @ models/lib/vit.yaml:10:7
%4334 = sub %4180, %4333 : f64[] @ models/lib/vit.yaml:10:7
%4335 = div %2492, %4334 : f64[] @ models/lib/vit.yaml:10:7
%4336 = pow %4207, %4332 : f64[] @ models/lib/vit.yaml:10:7
%4337 = sub %4180, %4336 : f64[] @ models/lib/vit.yaml:10:7
%4338 = sqrt %4337 : f64[] @ models/lib/vit.yaml:10:7
%4339 = div %4180, %4338 : f64[] @ models/lib/vit.yaml:10:7
%4340 = sqrt %4331 : f32[64] @ models/lib/vit.yaml:10:7
%4341 = cast %4339 : f32[] @ models/lib/vit.yaml:10:7
%4342 = broadcast %4341 : f32[64] @ models/lib/vit.yaml:10:7
%4343 = mul %4340, %4342 : f32[64] @ models/lib/vit.yaml:10:7
%4344 = broadcast %4224 : f32[64] @ models/lib/vit.yaml:10:7
%4345 = add %4343, %4344 : f32[64] @ models/lib/vit.yaml:10:7
%4346 = div %4325, %4345 : f32[64] @ models/lib/vit.yaml:10:7
%4347 = cast %4335 : f32[] @ models/lib/vit.yaml:10:7
%4348 = broadcast %4347 : f32[64] @ models/lib/vit.yaml:10:7
%4349 = mul %4346, %4348 : f32[64] @ models/lib/vit.yaml:10:7
%4350 = sub %9, %4349 : f32[64] @ models/lib/vit.yaml:10:7
%4351 = assign %9, %4350 : f32[64] @ models/lib/vit.yaml:10:7
%4352 = assign %4317, %4325 : f32[64] @ models/lib/vit.yaml:10:7
%4353 = assign %4318, %4331 : f32[64] @ models/lib/vit.yaml:10:7
%4354 = assign %4319, %4320 : i64[] @ models/lib/vit.yaml:10:7
%4355 = broadcast %3 : f32[64] @ models/lib/vit.yaml:10:7
%4356 = mul %71, %4355 : f32[64] @ models/lib/vit.yaml:10:7
%4357 = broadcast %4239 : f32[64] @ models/lib/vit.yaml:10:7
%4358 = mul %4350, %4357 : f32[64] @ models/lib/vit.yaml:10:7
%4359 = add %4356, %4358 : f32[64] @ models/lib/vit.yaml:10:7
%4360 = assign %71, %4359 : f32[64] @ models/lib/vit.yaml:10:7
%4361 = all_reduce_sum %4131 : f32[64] @ models/lib/nn.yaml:89:7
%4362 = mul %4361, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%4363 = reduce_sum %4362 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4364 = sqrt %4363 : f32[] @ models/lib/nn.yaml:89:7
%4365 = cast %4364 : f64[] @ models/lib/nn.yaml:89:7
%4366 = add %4365, %4176 : f64[] @ models/lib/nn.yaml:89:7
%4367 = div %4178, %4366 : f64[] @ models/lib/nn.yaml:89:7
%4368 = lt %4367, %4180 : bool[] @ models/lib/nn.yaml:89:7
%4369 = cast %4367 : f32[] @ models/lib/nn.yaml:89:7
%4370 = broadcast %4369 : f32[64] @ models/lib/nn.yaml:89:7
%4371 = mul %4361, %4370 : f32[64] @ models/lib/nn.yaml:89:7
%4372 = broadcast %4368 : bool[64] @ models/lib/nn.yaml:89:7
%4373 = select %4372, %4371, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%4374 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4375 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4376 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4377 = add %4376, %4190 : i64[] @ models/lib/nn.yaml:89:7
%4378 = mul %4373, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%4379 = mul %4374, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%4380 = add %4379, %4378 : f32[64] @ models/lib/nn.yaml:89:7
%4381 = mul %4373, %4373 : f32[64] @ models/lib/nn.yaml:89:7
%4382 = mul %4381, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%4383 = mul %4375, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%4384 = add %4383, %4382 : f32[64] @ models/lib/nn.yaml:89:7
%4385 = cast %4377 : f64[] @ models/lib/nn.yaml:89:7
%4386 = pow %4199, %4385 : f64[] @ models/lib/nn.yaml:89:7
%4387 = sub %4180, %4386 : f64[] @ models/lib/nn.yaml:89:7
%4388 = div %2492, %4387 : f64[] @ models/lib/nn.yaml:89:7
%4389 = pow %4207, %4385 : f64[] @ models/lib/nn.yaml:89:7
%4390 = sub %4180, %4389 : f64[] @ models/lib/nn.yaml:89:7
%4391 = sqrt %4390 : f64[] @ models/lib/nn.yaml:89:7
%4392 = div %4180, %4391 : f64[] @ models/lib/nn.yaml:89:7
%4393 = sqrt %4384 : f32[64] @ models/lib/nn.yaml:89:7
%4394 = cast %4392 : f32[] @ models/lib/nn.yaml:89:7
%4395 = broadcast %4394 : f32[64] @ models/lib/nn.yaml:89:7
%4396 = mul %4393, %4395 : f32[64] @ models/lib/nn.yaml:89:7
%4397 = add %4396, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%4398 = div %4380, %4397 : f32[64] @ models/lib/nn.yaml:89:7
%4399 = cast %4388 : f32[] @ models/lib/nn.yaml:89:7
%4400 = broadcast %4399 : f32[64] @ models/lib/nn.yaml:89:7
%4401 = mul %4398, %4400 : f32[64] @ models/lib/nn.yaml:89:7
%4402 = sub %10, %4401 : f32[64] @ models/lib/nn.yaml:89:7
%4403 = assign %10, %4402 : f32[64] @ models/lib/nn.yaml:89:7
%4404 = assign %4374, %4380 : f32[64] @ models/lib/nn.yaml:89:7
%4405 = assign %4375, %4384 : f32[64] @ models/lib/nn.yaml:89:7
%4406 = assign %4376, %4377 : i64[] @ models/lib/nn.yaml:89:7
%4407 = mul %72, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%4408 = mul %4402, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%4409 = add %4407, %4408 : f32[64] @ models/lib/nn.yaml:89:7
%4410 = assign %72, %4409 : f32[64] @ models/lib/nn.yaml:89:7
%4411 = all_reduce_sum %4125 : f32[64] @ models/lib/nn.yaml:90:7
%4412 = mul %4411, %4411 : f32[64] @ models/lib/nn.yaml:90:7
%4413 = reduce_sum %4412 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4414 = sqrt %4413 : f32[] @ models/lib/nn.yaml:90:7
%4415 = cast %4414 : f64[] @ models/lib/nn.yaml:90:7
%4416 = add %4415, %4176 : f64[] @ models/lib/nn.yaml:90:7
%4417 = div %4178, %4416 : f64[] @ models/lib/nn.yaml:90:7
%4418 = lt %4417, %4180 : bool[] @ models/lib/nn.yaml:90:7
%4419 = cast %4417 : f32[] @ models/lib/nn.yaml:90:7
%4420 = broadcast %4419 : f32[64] @ models/lib/nn.yaml:90:7
%4421 = mul %4411, %4420 : f32[64] @ models/lib/nn.yaml:90:7
%4422 = broadcast %4418 : bool[64] @ models/lib/nn.yaml:90:7
%4423 = select %4422, %4421, %4411 : f32[64] @ models/lib/nn.yaml:90:7
%4424 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4425 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4426 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4427 = add %4426, %4190 : i64[] @ models/lib/nn.yaml:90:7
%4428 = mul %4423, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%4429 = mul %4424, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%4430 = add %4429, %4428 : f32[64] @ models/lib/nn.yaml:90:7
%4431 = mul %4423, %4423 : f32[64] @ models/lib/nn.yaml:90:7
%4432 = mul %4431, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%4433 = mul %4425, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%4434 = add %4433, %4432 : f32[64] @ models/lib/nn.yaml:90:7
%4435 = cast %4427 : f64[] @ models/lib/nn.yaml:90:7
%4436 = pow %4199, %4435 : f64[] @ models/lib/nn.yaml:90:7
%4437 = sub %4180, %4436 : f64[] @ models/lib/nn.yaml:90:7
%4438 = div %2492, %4437 : f64[] @ models/lib/nn.yaml:90:7
%4439 = pow %4207, %4435 : f64[] @ models/lib/nn.yaml:90:7
%4440 = sub %4180, %4439 : f64[] @ models/lib/nn.yaml:90:7
%4441 = sqrt %4440 : f64[] @ models/lib/nn.yaml:90:7
%4442 = div %4180, %4441 : f64[] @ models/lib/nn.yaml:90:7
%4443 = sqrt %4434 : f32[64] @ models/lib/nn.yaml:90:7
%4444 = cast %4442 : f32[] @ models/lib/nn.yaml:90:7
%4445 = broadcast %4444 : f32[64] @ models/lib/nn.yaml:90:7
%4446 = mul %4443, %4445 : f32[64] @ models/lib/nn.yaml:90:7
%4447 = add %4446, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%4448 = div %4430, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%4449 = cast %4438 : f32[] @ models/lib/nn.yaml:90:7
%4450 = broadcast %4449 : f32[64] @ models/lib/nn.yaml:90:7
%4451 = mul %4448, %4450 : f32[64] @ models/lib/nn.yaml:90:7
%4452 = sub %11, %4451 : f32[64] @ models/lib/nn.yaml:90:7
%4453 = assign %11, %4452 : f32[64] @ models/lib/nn.yaml:90:7
%4454 = assign %4424, %4430 : f32[64] @ models/lib/nn.yaml:90:7
%4455 = assign %4425, %4434 : f32[64] @ models/lib/nn.yaml:90:7
%4456 = assign %4426, %4427 : i64[] @ models/lib/nn.yaml:90:7
%4457 = mul %73, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%4458 = mul %4452, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%4459 = add %4457, %4458 : f32[64] @ models/lib/nn.yaml:90:7
%4460 = assign %73, %4459 : f32[64] @ models/lib/nn.yaml:90:7
%4461 = all_reduce_sum %4121 : f32[192,64] @ models/lib/nn.yaml:79:7
%4462 = reshape %4461 : f32[12288] @ models/lib/nn.yaml:79:7
%4463 = mul %4462, %4462 : f32[12288] @ models/lib/nn.yaml:79:7
%4464 = reduce_sum %4463 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4465 = sqrt %4464 : f32[] @ models/lib/nn.yaml:79:7
%4466 = cast %4465 : f64[] @ models/lib/nn.yaml:79:7
%4467 = add %4466, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4468 = div %4178, %4467 : f64[] @ models/lib/nn.yaml:79:7
%4469 = lt %4468, %4180 : bool[] @ models/lib/nn.yaml:79:7
%4470 = cast %4468 : f32[] @ models/lib/nn.yaml:79:7
%4471 = broadcast %4470 : f32[192,64] @ models/lib/nn.yaml:79:7
%4472 = mul %4461, %4471 : f32[192,64] @ models/lib/nn.yaml:79:7
%4473 = broadcast %4469 : bool[192,64] @ models/lib/nn.yaml:79:7
%4474 = select %4473, %4472, %4461 : f32[192,64] @ models/lib/nn.yaml:79:7
%4475 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4476 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4477 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4478 = add %4477, %4190 : i64[] @ models/lib/nn.yaml:79:7
%4479 = broadcast %4194 : f32[192,64] @ models/lib/nn.yaml:79:7
%4480 = mul %12, %4479 : f32[192,64] @ models/lib/nn.yaml:79:7
%4481 = broadcast %2169 : f32[192,64] @ models/lib/nn.yaml:79:7
%4482 = mul %4474, %4481 : f32[192,64] @ models/lib/nn.yaml:79:7
%4483 = broadcast %1453 : f32[192,64] @ models/lib/nn.yaml:79:7
%4484 = mul %4475, %4483 : f32[192,64] @ models/lib/nn.yaml:79:7
%4485 = add %4484, %4482 : f32[192,64] @ models/lib/nn.yaml:79:7
%4486 = mul %4474, %4474 : f32[192,64] @ models/lib/nn.yaml:79:7
%4487 = broadcast %4204 : f32[192,64] @ models/lib/nn.yaml:79:7
%4488 = mul %4486, %4487 : f32[192,64] @ models/lib/nn.yaml:79:7
%4489 = broadcast %4208 : f32[192,64] @ models/lib/nn.yaml:79:7
%4490 = mul %4476, %4489 : f32[192,64] @ models/lib/nn.yaml:79:7
%4491 = add %4490, %4488 : f32[192,64] @ models/lib/nn.yaml:79:7
%4492 = cast %4478 : f64[] @ models/lib/nn.yaml:79:7
%4493 = pow %4199, %4492 : f64[] @ models/lib/nn.yaml:79:7
%4494 = sub %4180, %4493 : f64[] @ models/lib/nn.yaml:79:7
%4495 = div %2492, %4494 : f64[] @ models/lib/nn.yaml:79:7
%4496 = pow %4207, %4492 : f64[] @ models/lib/nn.yaml:79:7
%4497 = sub %4180, %4496 : f64[] @ models/lib/nn.yaml:79:7
%4498 = sqrt %4497 : f64[] @ models/lib/nn.yaml:79:7
%4499 = div %4180, %4498 : f64[] @ models/lib/nn.yaml:79:7
%4500 = sqrt %4491 : f32[192,64] @ models/lib/nn.yaml:79:7
%4501 = cast %4499 : f32[] @ models/lib/nn.yaml:79:7
%4502 = broadcast %4501 : f32[192,64] @ models/lib/nn.yaml:79:7
%4503 = mul %4500, %4502 : f32[192,64] @ models/lib/nn.yaml:79:7
%4504 = broadcast %4224 : f32[192,64] @ models/lib/nn.yaml:79:7
%4505 = add %4503, %4504 : f32[192,64] @ models/lib/nn.yaml:79:7
%4506 = div %4485, %4505 : f32[192,64] @ models/lib/nn.yaml:79:7
%4507 = cast %4495 : f32[] @ models/lib/nn.yaml:79:7
%4508 = broadcast %4507 : f32[192,64] @ models/lib/nn.yaml:79:7
%4509 = mul %4506, %4508 : f32[192,64] @ models/lib/nn.yaml:79:7
%4510 = sub %4480, %4509 : f32[192,64] @ models/lib/nn.yaml:79:7
%4511 = assign %12, %4510 : f32[192,64] @ models/lib/nn.yaml:79:7
%4512 = assign %4475, %4485 : f32[192,64] @ models/lib/nn.yaml:79:7
%4513 = assign %4476, %4491 : f32[192,64] @ models/lib/nn.yaml:79:7
%4514 = assign %4477, %4478 : i64[] @ models/lib/nn.yaml:79:7
%4515 = broadcast %3 : f32[192,64] @ models/lib/nn.yaml:79:7
%4516 = mul %74, %4515 : f32[192,64] @ models/lib/nn.yaml:79:7
%4517 = broadcast %4239 : f32[192,64] @ models/lib/nn.yaml:79:7
%4518 = mul %4510, %4517 : f32[192,64] @ models/lib/nn.yaml:79:7
%4519 = add %4516, %4518 : f32[192,64] @ models/lib/nn.yaml:79:7
%4520 = assign %74, %4519 : f32[192,64] @ models/lib/nn.yaml:79:7
%4521 = all_reduce_sum %4115 : f32[192] @ models/lib/nn.yaml:80:7
%4522 = mul %4521, %4521 : f32[192] @ models/lib/nn.yaml:80:7
%4523 = reduce_sum %4522 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4524 = sqrt %4523 : f32[] @ models/lib/nn.yaml:80:7
%4525 = cast %4524 : f64[] @ models/lib/nn.yaml:80:7
%4526 = add %4525, %4176 : f64[] @ models/lib/nn.yaml:80:7
%4527 = div %4178, %4526 : f64[] @ models/lib/nn.yaml:80:7
%4528 = lt %4527, %4180 : bool[] @ models/lib/nn.yaml:80:7
%4529 = cast %4527 : f32[] @ models/lib/nn.yaml:80:7
%4530 = broadcast %4529 : f32[192] @ models/lib/nn.yaml:80:7
%4531 = mul %4521, %4530 : f32[192] @ models/lib/nn.yaml:80:7
%4532 = broadcast %4528 : bool[192] @ models/lib/nn.yaml:80:7
%4533 = select %4532, %4531, %4521 : f32[192] @ models/lib/nn.yaml:80:7
%4534 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4535 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4536 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4537 = add %4536, %4190 : i64[] @ models/lib/nn.yaml:80:7
%4538 = broadcast %2169 : f32[192] @ models/lib/nn.yaml:80:7
%4539 = mul %4533, %4538 : f32[192] @ models/lib/nn.yaml:80:7
%4540 = broadcast %1453 : f32[192] @ models/lib/nn.yaml:80:7
%4541 = mul %4534, %4540 : f32[192] @ models/lib/nn.yaml:80:7
%4542 = add %4541, %4539 : f32[192] @ models/lib/nn.yaml:80:7
%4543 = mul %4533, %4533 : f32[192] @ models/lib/nn.yaml:80:7
%4544 = broadcast %4204 : f32[192] @ models/lib/nn.yaml:80:7
%4545 = mul %4543, %4544 : f32[192] @ models/lib/nn.yaml:80:7
%4546 = broadcast %4208 : f32[192] @ models/lib/nn.yaml:80:7
%4547 = mul %4535, %4546 : f32[192] @ models/lib/nn.yaml:80:7
%4548 = add %4547, %4545 : f32[192] @ models/lib/nn.yaml:80:7
%4549 = cast %4537 : f64[] @ models/lib/nn.yaml:80:7
%4550 = pow %4199, %4549 : f64[] @ models/lib/nn.yaml:80:7
%4551 = sub %4180, %4550 : f64[] @ models/lib/nn.yaml:80:7
%4552 = div %2492, %4551 : f64[] @ models/lib/nn.yaml:80:7
%4553 = pow %4207, %4549 : f64[] @ models/lib/nn.yaml:80:7
%4554 = sub %4180, %4553 : f64[] @ models/lib/nn.yaml:80:7
%4555 = sqrt %4554 : f64[] @ models/lib/nn.yaml:80:7
%4556 = div %4180, %4555 : f64[] @ models/lib/nn.yaml:80:7
%4557 = sqrt %4548 : f32[192] @ models/lib/nn.yaml:80:7
%4558 = cast %4556 : f32[] @ models/lib/nn.yaml:80:7
%4559 = broadcast %4558 : f32[192] @ models/lib/nn.yaml:80:7
%4560 = mul %4557, %4559 : f32[192] @ models/lib/nn.yaml:80:7
%4561 = broadcast %4224 : f32[192] @ models/lib/nn.yaml:80:7
%4562 = add %4560, %4561 : f32[192] @ models/lib/nn.yaml:80:7
%4563 = div %4542, %4562 : f32[192] @ models/lib/nn.yaml:80:7
%4564 = cast %4552 : f32[] @ models/lib/nn.yaml:80:7
%4565 = broadcast %4564 : f32[192] @ models/lib/nn.yaml:80:7
%4566 = mul %4563, %4565 : f32[192] @ models/lib/nn.yaml:80:7
%4567 = sub %13, %4566 : f32[192] @ models/lib/nn.yaml:80:7
%4568 = assign %13, %4567 : f32[192] @ models/lib/nn.yaml:80:7
%4569 = assign %4534, %4542 : f32[192] @ models/lib/nn.yaml:80:7
%4570 = assign %4535, %4548 : f32[192] @ models/lib/nn.yaml:80:7
%4571 = assign %4536, %4537 : i64[] @ models/lib/nn.yaml:80:7
%4572 = broadcast %3 : f32[192] @ models/lib/nn.yaml:80:7
%4573 = mul %75, %4572 : f32[192] @ models/lib/nn.yaml:80:7
%4574 = broadcast %4239 : f32[192] @ models/lib/nn.yaml:80:7
%4575 = mul %4567, %4574 : f32[192] @ models/lib/nn.yaml:80:7
%4576 = add %4573, %4575 : f32[192] @ models/lib/nn.yaml:80:7
%4577 = assign %75, %4576 : f32[192] @ models/lib/nn.yaml:80:7
%4578 = all_reduce_sum %4088 : f32[64,64] @ models/lib/nn.yaml:79:7
%4579 = reshape %4578 : f32[4096] @ models/lib/nn.yaml:79:7
%4580 = mul %4579, %4579 : f32[4096] @ models/lib/nn.yaml:79:7
%4581 = reduce_sum %4580 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4582 = sqrt %4581 : f32[] @ models/lib/nn.yaml:79:7
%4583 = cast %4582 : f64[] @ models/lib/nn.yaml:79:7
%4584 = add %4583, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4585 = div %4178, %4584 : f64[] @ models/lib/nn.yaml:79:7
%4586 = lt %4585, %4180 : bool[] @ models/lib/nn.yaml:79:7
%4587 = cast %4585 : f32[] @ models/lib/nn.yaml:79:7
%4588 = broadcast %4587 : f32[64,64] @ models/lib/nn.yaml:79:7
%4589 = mul %4578, %4588 : f32[64,64] @ models/lib/nn.yaml:79:7
%4590 = broadcast %4586 : bool[64,64] @ models/lib/nn.yaml:79:7
%4591 = select %4590, %4589, %4578 : f32[64,64] @ models/lib/nn.yaml:79:7
%4592 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4593 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4594 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4595 = add %4594, %4190 : i64[] @ models/lib/nn.yaml:79:7
%4596 = broadcast %4194 : f32[64,64] @ models/lib/nn.yaml:79:7
%4597 = mul %14, %4596 : f32[64,64] @ models/lib/nn.yaml:79:7
%4598 = broadcast %2169 : f32[64,64] @ models/lib/nn.yaml:79:7
%4599 = mul %4591, %4598 : f32[64,64] @ models/lib/nn.yaml:79:7
%4600 = broadcast %1453 : f32[64,64] @ models/lib/nn.yaml:79:7
%4601 = mul %4592, %4600 : f32[64,64] @ models/lib/nn.yaml:79:7
%4602 = add %4601, %4599 : f32[64,64] @ models/lib/nn.yaml:79:7
%4603 = mul %4591, %4591 : f32[64,64] @ models/lib/nn.yaml:79:7
%4604 = broadcast %4204 : f32[64,64] @ models/lib/nn.yaml:79:7
%4605 = mul %4603, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%4606 = broadcast %4208 : f32[64,64] @ models/lib/nn.yaml:79:7
%4607 = mul %4593, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%4608 = add %4607, %4605 : f32[64,64] @ models/lib/nn.yaml:79:7
%4609 = cast %4595 : f64[] @ models/lib/nn.yaml:79:7
%4610 = pow %4199, %4609 : f64[] @ models/lib/nn.yaml:79:7
%4611 = sub %4180, %4610 : f64[] @ models/lib/nn.yaml:79:7
%4612 = div %2492, %4611 : f64[] @ models/lib/nn.yaml:79:7
%4613 = pow %4207, %4609 : f64[] @ models/lib/nn.yaml:79:7
%4614 = sub %4180, %4613 : f64[] @ models/lib/nn.yaml:79:7
%4615 = sqrt %4614 : f64[] @ models/lib/nn.yaml:79:7
%4616 = div %4180, %4615 : f64[] @ models/lib/nn.yaml:79:7
%4617 = sqrt %4608 : f32[64,64] @ models/lib/nn.yaml:79:7
%4618 = cast %4616 : f32[] @ models/lib/nn.yaml:79:7
%4619 = broadcast %4618 : f32[64,64] @ models/lib/nn.yaml:79:7
%4620 = mul %4617, %4619 : f32[64,64] @ models/lib/nn.yaml:79:7
%4621 = broadcast %4224 : f32[64,64] @ models/lib/nn.yaml:79:7
%4622 = add %4620, %4621 : f32[64,64] @ models/lib/nn.yaml:79:7
%4623 = div %4602, %4622 : f32[64,64] @ models/lib/nn.yaml:79:7
%4624 = cast %4612 : f32[] @ models/lib/nn.yaml:79:7
%4625 = broadcast %4624 : f32[64,64] @ models/lib/nn.yaml:79:7
%4626 = mul %4623, %4625 : f32[64,64] @ models/lib/nn.yaml:79:7
%4627 = sub %4597, %4626 : f32[64,64] @ models/lib/nn.yaml:79:7
%4628 = assign %14, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%4629 = assign %4592, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%4630 = assign %4593, %4608 : f32[64,64] @ models/lib/nn.yaml:79:7
%4631 = assign %4594, %4595 : i64[] @ models/lib/nn.yaml:79:7
%4632 = broadcast %3 : f32[64,64] @ models/lib/nn.yaml:79:7
%4633 = mul %76, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%4634 = broadcast %4239 : f32[64,64] @ models/lib/nn.yaml:79:7
%4635 = mul %4627, %4634 : f32[64,64] @ models/lib/nn.yaml:79:7
%4636 = add %4633, %4635 : f32[64,64] @ models/lib/nn.yaml:79:7
%4637 = assign %76, %4636 : f32[64,64] @ models/lib/nn.yaml:79:7
%4638 = all_reduce_sum %4082 : f32[64] @ models/lib/nn.yaml:80:7
%4639 = mul %4638, %4638 : f32[64] @ models/lib/nn.yaml:80:7
%4640 = reduce_sum %4639 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4641 = sqrt %4640 : f32[] @ models/lib/nn.yaml:80:7
%4642 = cast %4641 : f64[] @ models/lib/nn.yaml:80:7
%4643 = add %4642, %4176 : f64[] @ models/lib/nn.yaml:80:7
%4644 = div %4178, %4643 : f64[] @ models/lib/nn.yaml:80:7
%4645 = lt %4644, %4180 : bool[] @ models/lib/nn.yaml:80:7
%4646 = cast %4644 : f32[] @ models/lib/nn.yaml:80:7
%4647 = broadcast %4646 : f32[64] @ models/lib/nn.yaml:80:7
%4648 = mul %4638, %4647 : f32[64] @ models/lib/nn.yaml:80:7
%4649 = broadcast %4645 : bool[64] @ models/lib/nn.yaml:80:7
%4650 = select %4649, %4648, %4638 : f32[64] @ models/lib/nn.yaml:80:7
%4651 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4652 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4653 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4654 = add %4653, %4190 : i64[] @ models/lib/nn.yaml:80:7
%4655 = mul %4650, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%4656 = mul %4651, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%4657 = add %4656, %4655 : f32[64] @ models/lib/nn.yaml:80:7
%4658 = mul %4650, %4650 : f32[64] @ models/lib/nn.yaml:80:7
%4659 = mul %4658, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%4660 = mul %4652, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4661 = add %4660, %4659 : f32[64] @ models/lib/nn.yaml:80:7
%4662 = cast %4654 : f64[] @ models/lib/nn.yaml:80:7
%4663 = pow %4199, %4662 : f64[] @ models/lib/nn.yaml:80:7
%4664 = sub %4180, %4663 : f64[] @ models/lib/nn.yaml:80:7
%4665 = div %2492, %4664 : f64[] @ models/lib/nn.yaml:80:7
%4666 = pow %4207, %4662 : f64[] @ models/lib/nn.yaml:80:7
%4667 = sub %4180, %4666 : f64[] @ models/lib/nn.yaml:80:7
%4668 = sqrt %4667 : f64[] @ models/lib/nn.yaml:80:7
%4669 = div %4180, %4668 : f64[] @ models/lib/nn.yaml:80:7
%4670 = sqrt %4661 : f32[64] @ models/lib/nn.yaml:80:7
%4671 = cast %4669 : f32[] @ models/lib/nn.yaml:80:7
%4672 = broadcast %4671 : f32[64] @ models/lib/nn.yaml:80:7
%4673 = mul %4670, %4672 : f32[64] @ models/lib/nn.yaml:80:7
%4674 = add %4673, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%4675 = div %4657, %4674 : f32[64] @ models/lib/nn.yaml:80:7
%4676 = cast %4665 : f32[] @ models/lib/nn.yaml:80:7
%4677 = broadcast %4676 : f32[64] @ models/lib/nn.yaml:80:7
%4678 = mul %4675, %4677 : f32[64] @ models/lib/nn.yaml:80:7
%4679 = sub %15, %4678 : f32[64] @ models/lib/nn.yaml:80:7
%4680 = assign %15, %4679 : f32[64] @ models/lib/nn.yaml:80:7
%4681 = assign %4651, %4657 : f32[64] @ models/lib/nn.yaml:80:7
%4682 = assign %4652, %4661 : f32[64] @ models/lib/nn.yaml:80:7
%4683 = assign %4653, %4654 : i64[] @ models/lib/nn.yaml:80:7
%4684 = mul %77, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%4685 = mul %4679, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%4686 = add %4684, %4685 : f32[64] @ models/lib/nn.yaml:80:7
%4687 = assign %77, %4686 : f32[64] @ models/lib/nn.yaml:80:7
%4688 = all_reduce_sum %4055 : f32[64] @ models/lib/nn.yaml:89:7
%4689 = mul %4688, %4688 : f32[64] @ models/lib/nn.yaml:89:7
%4690 = reduce_sum %4689 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4691 = sqrt %4690 : f32[] @ models/lib/nn.yaml:89:7
%4692 = cast %4691 : f64[] @ models/lib/nn.yaml:89:7
%4693 = add %4692, %4176 : f64[] @ models/lib/nn.yaml:89:7
%4694 = div %4178, %4693 : f64[] @ models/lib/nn.yaml:89:7
%4695 = lt %4694, %4180 : bool[] @ models/lib/nn.yaml:89:7
%4696 = cast %4694 : f32[] @ models/lib/nn.yaml:89:7
%4697 = broadcast %4696 : f32[64] @ models/lib/nn.yaml:89:7
%4698 = mul %4688, %4697 : f32[64] @ models/lib/nn.yaml:89:7
%4699 = broadcast %4695 : bool[64] @ models/lib/nn.yaml:89:7
%4700 = select %4699, %4698, %4688 : f32[64] @ models/lib/nn.yaml:89:7
%4701 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4702 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4703 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4704 = add %4703, %4190 : i64[] @ models/lib/nn.yaml:89:7
%4705 = mul %4700, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%4706 = mul %4701, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%4707 = add %4706, %4705 : f32[64] @ models/lib/nn.yaml:89:7
%4708 = mul %4700, %4700 : f32[64] @ models/lib/nn.yaml:89:7
%4709 = mul %4708, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%4710 = mul %4702, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%4711 = add %4710, %4709 : f32[64] @ models/lib/nn.yaml:89:7
%4712 = cast %4704 : f64[] @ models/lib/nn.yaml:89:7
%4713 = pow %4199, %4712 : f64[] @ models/lib/nn.yaml:89:7
%4714 = sub %4180, %4713 : f64[] @ models/lib/nn.yaml:89:7
%4715 = div %2492, %4714 : f64[] @ models/lib/nn.yaml:89:7
%4716 = pow %4207, %4712 : f64[] @ models/lib/nn.yaml:89:7
%4717 = sub %4180, %4716 : f64[] @ models/lib/nn.yaml:89:7
%4718 = sqrt %4717 : f64[] @ models/lib/nn.yaml:89:7
%4719 = div %4180, %4718 : f64[] @ models/lib/nn.yaml:89:7
%4720 = sqrt %4711 : f32[64] @ models/lib/nn.yaml:89:7
%4721 = cast %4719 : f32[] @ models/lib/nn.yaml:89:7
%4722 = broadcast %4721 : f32[64] @ models/lib/nn.yaml:89:7
%4723 = mul %4720, %4722 : f32[64] @ models/lib/nn.yaml:89:7
%4724 = add %4723, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%4725 = div %4707, %4724 : f32[64] @ models/lib/nn.yaml:89:7
%4726 = cast %4715 : f32[] @ models/lib/nn.yaml:89:7
%4727 = broadcast %4726 : f32[64] @ models/lib/nn.yaml:89:7
%4728 = mul %4725, %4727 : f32[64] @ models/lib/nn.yaml:89:7
%4729 = sub %16, %4728 : f32[64] @ models/lib/nn.yaml:89:7
%4730 = assign %16, %4729 : f32[64] @ models/lib/nn.yaml:89:7
%4731 = assign %4701, %4707 : f32[64] @ models/lib/nn.yaml:89:7
%4732 = assign %4702, %4711 : f32[64] @ models/lib/nn.yaml:89:7
%4733 = assign %4703, %4704 : i64[] @ models/lib/nn.yaml:89:7
%4734 = mul %78, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%4735 = mul %4729, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%4736 = add %4734, %4735 : f32[64] @ models/lib/nn.yaml:89:7
%4737 = assign %78, %4736 : f32[64] @ models/lib/nn.yaml:89:7
%4738 = all_reduce_sum %4049 : f32[64] @ models/lib/nn.yaml:90:7
%4739 = mul %4738, %4738 : f32[64] @ models/lib/nn.yaml:90:7
%4740 = reduce_sum %4739 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4741 = sqrt %4740 : f32[] @ models/lib/nn.yaml:90:7
%4742 = cast %4741 : f64[] @ models/lib/nn.yaml:90:7
%4743 = add %4742, %4176 : f64[] @ models/lib/nn.yaml:90:7
%4744 = div %4178, %4743 : f64[] @ models/lib/nn.yaml:90:7
%4745 = lt %4744, %4180 : bool[] @ models/lib/nn.yaml:90:7
%4746 = cast %4744 : f32[] @ models/lib/nn.yaml:90:7
%4747 = broadcast %4746 : f32[64] @ models/lib/nn.yaml:90:7
%4748 = mul %4738, %4747 : f32[64] @ models/lib/nn.yaml:90:7
%4749 = broadcast %4745 : bool[64] @ models/lib/nn.yaml:90:7
%4750 = select %4749, %4748, %4738 : f32[64] @ models/lib/nn.yaml:90:7
%4751 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4752 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4753 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4754 = add %4753, %4190 : i64[] @ models/lib/nn.yaml:90:7
%4755 = mul %4750, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%4756 = mul %4751, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%4757 = add %4756, %4755 : f32[64] @ models/lib/nn.yaml:90:7
%4758 = mul %4750, %4750 : f32[64] @ models/lib/nn.yaml:90:7
%4759 = mul %4758, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%4760 = mul %4752, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%4761 = add %4760, %4759 : f32[64] @ models/lib/nn.yaml:90:7
%4762 = cast %4754 : f64[] @ models/lib/nn.yaml:90:7
%4763 = pow %4199, %4762 : f64[] @ models/lib/nn.yaml:90:7
%4764 = sub %4180, %4763 : f64[] @ models/lib/nn.yaml:90:7
%4765 = div %2492, %4764 : f64[] @ models/lib/nn.yaml:90:7
%4766 = pow %4207, %4762 : f64[] @ models/lib/nn.yaml:90:7
%4767 = sub %4180, %4766 : f64[] @ models/lib/nn.yaml:90:7
%4768 = sqrt %4767 : f64[] @ models/lib/nn.yaml:90:7
%4769 = div %4180, %4768 : f64[] @ models/lib/nn.yaml:90:7
%4770 = sqrt %4761 : f32[64] @ models/lib/nn.yaml:90:7
%4771 = cast %4769 : f32[] @ models/lib/nn.yaml:90:7
%4772 = broadcast %4771 : f32[64] @ models/lib/nn.yaml:90:7
%4773 = mul %4770, %4772 : f32[64] @ models/lib/nn.yaml:90:7
%4774 = add %4773, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%4775 = div %4757, %4774 : f32[64] @ models/lib/nn.yaml:90:7
%4776 = cast %4765 : f32[] @ models/lib/nn.yaml:90:7
%4777 = broadcast %4776 : f32[64] @ models/lib/nn.yaml:90:7
%4778 = mul %4775, %4777 : f32[64] @ models/lib/nn.yaml:90:7
%4779 = sub %17, %4778 : f32[64] @ models/lib/nn.yaml:90:7
%4780 = assign %17, %4779 : f32[64] @ models/lib/nn.yaml:90:7
%4781 = assign %4751, %4757 : f32[64] @ models/lib/nn.yaml:90:7
%4782 = assign %4752, %4761 : f32[64] @ models/lib/nn.yaml:90:7
%4783 = assign %4753, %4754 : i64[] @ models/lib/nn.yaml:90:7
%4784 = mul %79, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%4785 = mul %4779, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%4786 = add %4784, %4785 : f32[64] @ models/lib/nn.yaml:90:7
%4787 = assign %79, %4786 : f32[64] @ models/lib/nn.yaml:90:7
%4788 = all_reduce_sum %4045 : f32[256,64] @ models/lib/nn.yaml:79:7
%4789 = reshape %4788 : f32[16384] @ models/lib/nn.yaml:79:7
%4790 = mul %4789, %4789 : f32[16384] @ models/lib/nn.yaml:79:7
%4791 = reduce_sum %4790 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4792 = sqrt %4791 : f32[] @ models/lib/nn.yaml:79:7
%4793 = cast %4792 : f64[] @ models/lib/nn.yaml:79:7
%4794 = add %4793, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4795 = div %4178, %4794 : f64[] @ models/lib/nn.yaml:79:7
%4796 = lt %4795, %4180 : bool[] @ models/lib/nn.yaml:79:7
%4797 = cast %4795 : f32[] @ models/lib/nn.yaml:79:7
%4798 = broadcast %4797 : f32[256,64] @ models/lib/nn.yaml:79:7
%4799 = mul %4788, %4798 : f32[256,64] @ models/lib/nn.yaml:79:7
%4800 = broadcast %4796 : bool[256,64] @ models/lib/nn.yaml:79:7
%4801 = select %4800, %4799, %4788 : f32[256,64] @ models/lib/nn.yaml:79:7
%4802 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4803 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4804 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4805 = add %4804, %4190 : i64[] @ models/lib/nn.yaml:79:7
%4806 = broadcast %4194 : f32[256,64] @ models/lib/nn.yaml:79:7
%4807 = mul %18, %4806 : f32[256,64] @ models/lib/nn.yaml:79:7
%4808 = broadcast %2169 : f32[256,64] @ models/lib/nn.yaml:79:7
%4809 = mul %4801, %4808 : f32[256,64] @ models/lib/nn.yaml:79:7
%4810 = broadcast %1453 : f32[256,64] @ models/lib/nn.yaml:79:7
%4811 = mul %4802, %4810 : f32[256,64] @ models/lib/nn.yaml:79:7
%4812 = add %4811, %4809 : f32[256,64] @ models/lib/nn.yaml:79:7
%4813 = mul %4801, %4801 : f32[256,64] @ models/lib/nn.yaml:79:7
%4814 = broadcast %4204 : f32[256,64] @ models/lib/nn.yaml:79:7
%4815 = mul %4813, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%4816 = broadcast %4208 : f32[256,64] @ models/lib/nn.yaml:79:7
%4817 = mul %4803, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%4818 = add %4817, %4815 : f32[256,64] @ models/lib/nn.yaml:79:7
%4819 = cast %4805 : f64[] @ models/lib/nn.yaml:79:7
%4820 = pow %4199, %4819 : f64[] @ models/lib/nn.yaml:79:7
%4821 = sub %4180, %4820 : f64[] @ models/lib/nn.yaml:79:7
%4822 = div %2492, %4821 : f64[] @ models/lib/nn.yaml:79:7
%4823 = pow %4207, %4819 : f64[] @ models/lib/nn.yaml:79:7
%4824 = sub %4180, %4823 : f64[] @ models/lib/nn.yaml:79:7
%4825 = sqrt %4824 : f64[] @ models/lib/nn.yaml:79:7
%4826 = div %4180, %4825 : f64[] @ models/lib/nn.yaml:79:7
%4827 = sqrt %4818 : f32[256,64] @ models/lib/nn.yaml:79:7
%4828 = cast %4826 : f32[] @ models/lib/nn.yaml:79:7
%4829 = broadcast %4828 : f32[256,64] @ models/lib/nn.yaml:79:7
%4830 = mul %4827, %4829 : f32[256,64] @ models/lib/nn.yaml:79:7
%4831 = broadcast %4224 : f32[256,64] @ models/lib/nn.yaml:79:7
%4832 = add %4830, %4831 : f32[256,64] @ models/lib/nn.yaml:79:7
%4833 = div %4812, %4832 : f32[256,64] @ models/lib/nn.yaml:79:7
%4834 = cast %4822 : f32[] @ models/lib/nn.yaml:79:7
%4835 = broadcast %4834 : f32[256,64] @ models/lib/nn.yaml:79:7
%4836 = mul %4833, %4835 : f32[256,64] @ models/lib/nn.yaml:79:7
%4837 = sub %4807, %4836 : f32[256,64] @ models/lib/nn.yaml:79:7
%4838 = assign %18, %4837 : f32[256,64] @ models/lib/nn.yaml:79:7
%4839 = assign %4802, %4812 : f32[256,64] @ models/lib/nn.yaml:79:7
%4840 = assign %4803, %4818 : f32[256,64] @ models/lib/nn.yaml:79:7
%4841 = assign %4804, %4805 : i64[] @ models/lib/nn.yaml:79:7
%4842 = broadcast %3 : f32[256,64] @ models/lib/nn.yaml:79:7
%4843 = mul %80, %4842 : f32[256,64] @ models/lib/nn.yaml:79:7
%4844 = broadcast %4239 : f32[256,64] @ models/lib/nn.yaml:79:7
%4845 = mul %4837, %4844 : f32[256,64] @ models/lib/nn.yaml:79:7
%4846 = add %4843, %4845 : f32[256,64] @ models/lib/nn.yaml:79:7
%4847 = assign %80, %4846 : f32[256,64] @ models/lib/nn.yaml:79:7
%4848 = all_reduce_sum %4039 : f32[256] @ models/lib/nn.yaml:80:7
%4849 = mul %4848, %4848 : f32[256] @ models/lib/nn.yaml:80:7
%4850 = reduce_sum %4849 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4851 = sqrt %4850 : f32[] @ models/lib/nn.yaml:80:7
%4852 = cast %4851 : f64[] @ models/lib/nn.yaml:80:7
%4853 = add %4852, %4176 : f64[] @ models/lib/nn.yaml:80:7
%4854 = div %4178, %4853 : f64[] @ models/lib/nn.yaml:80:7
%4855 = lt %4854, %4180 : bool[] @ models/lib/nn.yaml:80:7
%4856 = cast %4854 : f32[] @ models/lib/nn.yaml:80:7
%4857 = broadcast %4856 : f32[256] @ models/lib/nn.yaml:80:7
%4858 = mul %4848, %4857 : f32[256] @ models/lib/nn.yaml:80:7
%4859 = broadcast %4855 : bool[256] @ models/lib/nn.yaml:80:7
%4860 = select %4859, %4858, %4848 : f32[256] @ models/lib/nn.yaml:80:7
%4861 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4862 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4863 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4864 = add %4863, %4190 : i64[] @ models/lib/nn.yaml:80:7
%4865 = broadcast %2169 : f32[256] @ models/lib/nn.yaml:80:7
%4866 = mul %4860, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%4867 = broadcast %1453 : f32[256] @ models/lib/nn.yaml:80:7
%4868 = mul %4861, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%4869 = add %4868, %4866 : f32[256] @ models/lib/nn.yaml:80:7
%4870 = mul %4860, %4860 : f32[256] @ models/lib/nn.yaml:80:7
%4871 = broadcast %4204 : f32[256] @ models/lib/nn.yaml:80:7
%4872 = mul %4870, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%4873 = broadcast %4208 : f32[256] @ models/lib/nn.yaml:80:7
%4874 = mul %4862, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%4875 = add %4874, %4872 : f32[256] @ models/lib/nn.yaml:80:7
%4876 = cast %4864 : f64[] @ models/lib/nn.yaml:80:7
%4877 = pow %4199, %4876 : f64[] @ models/lib/nn.yaml:80:7
%4878 = sub %4180, %4877 : f64[] @ models/lib/nn.yaml:80:7
%4879 = div %2492, %4878 : f64[] @ models/lib/nn.yaml:80:7
%4880 = pow %4207, %4876 : f64[] @ models/lib/nn.yaml:80:7
%4881 = sub %4180, %4880 : f64[] @ models/lib/nn.yaml:80:7
%4882 = sqrt %4881 : f64[] @ models/lib/nn.yaml:80:7
%4883 = div %4180, %4882 : f64[] @ models/lib/nn.yaml:80:7
%4884 = sqrt %4875 : f32[256] @ models/lib/nn.yaml:80:7
%4885 = cast %4883 : f32[] @ models/lib/nn.yaml:80:7
%4886 = broadcast %4885 : f32[256] @ models/lib/nn.yaml:80:7
%4887 = mul %4884, %4886 : f32[256] @ models/lib/nn.yaml:80:7
%4888 = broadcast %4224 : f32[256] @ models/lib/nn.yaml:80:7
%4889 = add %4887, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%4890 = div %4869, %4889 : f32[256] @ models/lib/nn.yaml:80:7
%4891 = cast %4879 : f32[] @ models/lib/nn.yaml:80:7
%4892 = broadcast %4891 : f32[256] @ models/lib/nn.yaml:80:7
%4893 = mul %4890, %4892 : f32[256] @ models/lib/nn.yaml:80:7
%4894 = sub %19, %4893 : f32[256] @ models/lib/nn.yaml:80:7
%4895 = assign %19, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%4896 = assign %4861, %4869 : f32[256] @ models/lib/nn.yaml:80:7
%4897 = assign %4862, %4875 : f32[256] @ models/lib/nn.yaml:80:7
%4898 = assign %4863, %4864 : i64[] @ models/lib/nn.yaml:80:7
%4899 = broadcast %3 : f32[256] @ models/lib/nn.yaml:80:7
%4900 = mul %81, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%4901 = broadcast %4239 : f32[256] @ models/lib/nn.yaml:80:7
%4902 = mul %4894, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%4903 = add %4900, %4902 : f32[256] @ models/lib/nn.yaml:80:7
%4904 = assign %81, %4903 : f32[256] @ models/lib/nn.yaml:80:7
%4905 = all_reduce_sum %4011 : f32[64,256] @ models/lib/nn.yaml:79:7
%4906 = reshape %4905 : f32[16384] @ models/lib/nn.yaml:79:7
%4907 = mul %4906, %4906 : f32[16384] @ models/lib/nn.yaml:79:7
%4908 = reduce_sum %4907 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4909 = sqrt %4908 : f32[] @ models/lib/nn.yaml:79:7
%4910 = cast %4909 : f64[] @ models/lib/nn.yaml:79:7
%4911 = add %4910, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4912 = div %4178, %4911 : f64[] @ models/lib/nn.yaml:79:7
%4913 = lt %4912, %4180 : bool[] @ models/lib/nn.yaml:79:7
%4914 = cast %4912 : f32[] @ models/lib/nn.yaml:79:7
%4915 = broadcast %4914 : f32[64,256] @ models/lib/nn.yaml:79:7
%4916 = mul %4905, %4915 : f32[64,256] @ models/lib/nn.yaml:79:7
%4917 = broadcast %4913 : bool[64,256] @ models/lib/nn.yaml:79:7
%4918 = select %4917, %4916, %4905 : f32[64,256] @ models/lib/nn.yaml:79:7
%4919 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4920 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4921 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4922 = add %4921, %4190 : i64[] @ models/lib/nn.yaml:79:7
%4923 = broadcast %4194 : f32[64,256] @ models/lib/nn.yaml:79:7
%4924 = mul %20, %4923 : f32[64,256] @ models/lib/nn.yaml:79:7
%4925 = broadcast %2169 : f32[64,256] @ models/lib/nn.yaml:79:7
%4926 = mul %4918, %4925 : f32[64,256] @ models/lib/nn.yaml:79:7
%4927 = broadcast %1453 : f32[64,256] @ models/lib/nn.yaml:79:7
%4928 = mul %4919, %4927 : f32[64,256] @ models/lib/nn.yaml:79:7
%4929 = add %4928, %4926 : f32[64,256] @ models/lib/nn.yaml:79:7
%4930 = mul %4918, %4918 : f32[64,256] @ models/lib/nn.yaml:79:7
%4931 = broadcast %4204 : f32[64,256] @ models/lib/nn.yaml:79:7
%4932 = mul %4930, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%4933 = broadcast %4208 : f32[64,256] @ models/lib/nn.yaml:79:7
%4934 = mul %4920, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%4935 = add %4934, %4932 : f32[64,256] @ models/lib/nn.yaml:79:7
%4936 = cast %4922 : f64[] @ models/lib/nn.yaml:79:7
%4937 = pow %4199, %4936 : f64[] @ models/lib/nn.yaml:79:7
%4938 = sub %4180, %4937 : f64[] @ models/lib/nn.yaml:79:7
%4939 = div %2492, %4938 : f64[] @ models/lib/nn.yaml:79:7
%4940 = pow %4207, %4936 : f64[] @ models/lib/nn.yaml:79:7
%4941 = sub %4180, %4940 : f64[] @ models/lib/nn.yaml:79:7
%4942 = sqrt %4941 : f64[] @ models/lib/nn.yaml:79:7
%4943 = div %4180, %4942 : f64[] @ models/lib/nn.yaml:79:7
%4944 = sqrt %4935 : f32[64,256] @ models/lib/nn.yaml:79:7
%4945 = cast %4943 : f32[] @ models/lib/nn.yaml:79:7
%4946 = broadcast %4945 : f32[64,256] @ models/lib/nn.yaml:79:7
%4947 = mul %4944, %4946 : f32[64,256] @ models/lib/nn.yaml:79:7
%4948 = broadcast %4224 : f32[64,256] @ models/lib/nn.yaml:79:7
%4949 = add %4947, %4948 : f32[64,256] @ models/lib/nn.yaml:79:7
%4950 = div %4929, %4949 : f32[64,256] @ models/lib/nn.yaml:79:7
%4951 = cast %4939 : f32[] @ models/lib/nn.yaml:79:7
%4952 = broadcast %4951 : f32[64,256] @ models/lib/nn.yaml:79:7
%4953 = mul %4950, %4952 : f32[64,256] @ models/lib/nn.yaml:79:7
%4954 = sub %4924, %4953 : f32[64,256] @ models/lib/nn.yaml:79:7
%4955 = assign %20, %4954 : f32[64,256] @ models/lib/nn.yaml:79:7
%4956 = assign %4919, %4929 : f32[64,256] @ models/lib/nn.yaml:79:7
%4957 = assign %4920, %4935 : f32[64,256] @ models/lib/nn.yaml:79:7
%4958 = assign %4921, %4922 : i64[] @ models/lib/nn.yaml:79:7
%4959 = broadcast %3 : f32[64,256] @ models/lib/nn.yaml:79:7
%4960 = mul %82, %4959 : f32[64,256] @ models/lib/nn.yaml:79:7
%4961 = broadcast %4239 : f32[64,256] @ models/lib/nn.yaml:79:7
%4962 = mul %4954, %4961 : f32[64,256] @ models/lib/nn.yaml:79:7
%4963 = add %4960, %4962 : f32[64,256] @ models/lib/nn.yaml:79:7
%4964 = assign %82, %4963 : f32[64,256] @ models/lib/nn.yaml:79:7
%4965 = all_reduce_sum %4005 : f32[64] @ models/lib/nn.yaml:80:7
%4966 = mul %4965, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%4967 = reduce_sum %4966 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4968 = sqrt %4967 : f32[] @ models/lib/nn.yaml:80:7
%4969 = cast %4968 : f64[] @ models/lib/nn.yaml:80:7
%4970 = add %4969, %4176 : f64[] @ models/lib/nn.yaml:80:7
%4971 = div %4178, %4970 : f64[] @ models/lib/nn.yaml:80:7
%4972 = lt %4971, %4180 : bool[] @ models/lib/nn.yaml:80:7
%4973 = cast %4971 : f32[] @ models/lib/nn.yaml:80:7
%4974 = broadcast %4973 : f32[64] @ models/lib/nn.yaml:80:7
%4975 = mul %4965, %4974 : f32[64] @ models/lib/nn.yaml:80:7
%4976 = broadcast %4972 : bool[64] @ models/lib/nn.yaml:80:7
%4977 = select %4976, %4975, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%4978 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4979 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4980 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4981 = add %4980, %4190 : i64[] @ models/lib/nn.yaml:80:7
%4982 = mul %4977, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%4983 = mul %4978, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%4984 = add %4983, %4982 : f32[64] @ models/lib/nn.yaml:80:7
%4985 = mul %4977, %4977 : f32[64] @ models/lib/nn.yaml:80:7
%4986 = mul %4985, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%4987 = mul %4979, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4988 = add %4987, %4986 : f32[64] @ models/lib/nn.yaml:80:7
%4989 = cast %4981 : f64[] @ models/lib/nn.yaml:80:7
%4990 = pow %4199, %4989 : f64[] @ models/lib/nn.yaml:80:7
%4991 = sub %4180, %4990 : f64[] @ models/lib/nn.yaml:80:7
%4992 = div %2492, %4991 : f64[] @ models/lib/nn.yaml:80:7
%4993 = pow %4207, %4989 : f64[] @ models/lib/nn.yaml:80:7
%4994 = sub %4180, %4993 : f64[] @ models/lib/nn.yaml:80:7
%4995 = sqrt %4994 : f64[] @ models/lib/nn.yaml:80:7
%4996 = div %4180, %4995 : f64[] @ models/lib/nn.yaml:80:7
%4997 = sqrt %4988 : f32[64] @ models/lib/nn.yaml:80:7
%4998 = cast %4996 : f32[] @ models/lib/nn.yaml:80:7
%4999 = broadcast %4998 : f32[64] @ models/lib/nn.yaml:80:7
%5000 = mul %4997, %4999 : f32[64] @ models/lib/nn.yaml:80:7
%5001 = add %5000, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%5002 = div %4984, %5001 : f32[64] @ models/lib/nn.yaml:80:7
%5003 = cast %4992 : f32[] @ models/lib/nn.yaml:80:7
%5004 = broadcast %5003 : f32[64] @ models/lib/nn.yaml:80:7
%5005 = mul %5002, %5004 : f32[64] @ models/lib/nn.yaml:80:7
%5006 = sub %21, %5005 : f32[64] @ models/lib/nn.yaml:80:7
%5007 = assign %21, %5006 : f32[64] @ models/lib/nn.yaml:80:7
%5008 = assign %4978, %4984 : f32[64] @ models/lib/nn.yaml:80:7
%5009 = assign %4979, %4988 : f32[64] @ models/lib/nn.yaml:80:7
%5010 = assign %4980, %4981 : i64[] @ models/lib/nn.yaml:80:7
%5011 = mul %83, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%5012 = mul %5006, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%5013 = add %5011, %5012 : f32[64] @ models/lib/nn.yaml:80:7
%5014 = assign %83, %5013 : f32[64] @ models/lib/nn.yaml:80:7
%5015 = all_reduce_sum %3978 : f32[64] @ models/lib/nn.yaml:89:7
%5016 = mul %5015, %5015 : f32[64] @ models/lib/nn.yaml:89:7
%5017 = reduce_sum %5016 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5018 = sqrt %5017 : f32[] @ models/lib/nn.yaml:89:7
%5019 = cast %5018 : f64[] @ models/lib/nn.yaml:89:7
%5020 = add %5019, %4176 : f64[] @ models/lib/nn.yaml:89:7
%5021 = div %4178, %5020 : f64[] @ models/lib/nn.yaml:89:7
%5022 = lt %5021, %4180 : bool[] @ models/lib/nn.yaml:89:7
%5023 = cast %5021 : f32[] @ models/lib/nn.yaml:89:7
%5024 = broadcast %5023 : f32[64] @ models/lib/nn.yaml:89:7
%5025 = mul %5015, %5024 : f32[64] @ models/lib/nn.yaml:89:7
%5026 = broadcast %5022 : bool[64] @ models/lib/nn.yaml:89:7
%5027 = select %5026, %5025, %5015 : f32[64] @ models/lib/nn.yaml:89:7
%5028 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5029 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5030 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5031 = add %5030, %4190 : i64[] @ models/lib/nn.yaml:89:7
%5032 = mul %5027, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%5033 = mul %5028, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%5034 = add %5033, %5032 : f32[64] @ models/lib/nn.yaml:89:7
%5035 = mul %5027, %5027 : f32[64] @ models/lib/nn.yaml:89:7
%5036 = mul %5035, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%5037 = mul %5029, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%5038 = add %5037, %5036 : f32[64] @ models/lib/nn.yaml:89:7
%5039 = cast %5031 : f64[] @ models/lib/nn.yaml:89:7
%5040 = pow %4199, %5039 : f64[] @ models/lib/nn.yaml:89:7
%5041 = sub %4180, %5040 : f64[] @ models/lib/nn.yaml:89:7
%5042 = div %2492, %5041 : f64[] @ models/lib/nn.yaml:89:7
%5043 = pow %4207, %5039 : f64[] @ models/lib/nn.yaml:89:7
%5044 = sub %4180, %5043 : f64[] @ models/lib/nn.yaml:89:7
%5045 = sqrt %5044 : f64[] @ models/lib/nn.yaml:89:7
%5046 = div %4180, %5045 : f64[] @ models/lib/nn.yaml:89:7
%5047 = sqrt %5038 : f32[64] @ models/lib/nn.yaml:89:7
%5048 = cast %5046 : f32[] @ models/lib/nn.yaml:89:7
%5049 = broadcast %5048 : f32[64] @ models/lib/nn.yaml:89:7
%5050 = mul %5047, %5049 : f32[64] @ models/lib/nn.yaml:89:7
%5051 = add %5050, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%5052 = div %5034, %5051 : f32[64] @ models/lib/nn.yaml:89:7
%5053 = cast %5042 : f32[] @ models/lib/nn.yaml:89:7
%5054 = broadcast %5053 : f32[64] @ models/lib/nn.yaml:89:7
%5055 = mul %5052, %5054 : f32[64] @ models/lib/nn.yaml:89:7
%5056 = sub %22, %5055 : f32[64] @ models/lib/nn.yaml:89:7
%5057 = assign %22, %5056 : f32[64] @ models/lib/nn.yaml:89:7
%5058 = assign %5028, %5034 : f32[64] @ models/lib/nn.yaml:89:7
%5059 = assign %5029, %5038 : f32[64] @ models/lib/nn.yaml:89:7
%5060 = assign %5030, %5031 : i64[] @ models/lib/nn.yaml:89:7
%5061 = mul %84, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%5062 = mul %5056, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%5063 = add %5061, %5062 : f32[64] @ models/lib/nn.yaml:89:7
%5064 = assign %84, %5063 : f32[64] @ models/lib/nn.yaml:89:7
%5065 = all_reduce_sum %3972 : f32[64] @ models/lib/nn.yaml:90:7
%5066 = mul %5065, %5065 : f32[64] @ models/lib/nn.yaml:90:7
%5067 = reduce_sum %5066 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5068 = sqrt %5067 : f32[] @ models/lib/nn.yaml:90:7
%5069 = cast %5068 : f64[] @ models/lib/nn.yaml:90:7
%5070 = add %5069, %4176 : f64[] @ models/lib/nn.yaml:90:7
%5071 = div %4178, %5070 : f64[] @ models/lib/nn.yaml:90:7
%5072 = lt %5071, %4180 : bool[] @ models/lib/nn.yaml:90:7
%5073 = cast %5071 : f32[] @ models/lib/nn.yaml:90:7
%5074 = broadcast %5073 : f32[64] @ models/lib/nn.yaml:90:7
%5075 = mul %5065, %5074 : f32[64] @ models/lib/nn.yaml:90:7
%5076 = broadcast %5072 : bool[64] @ models/lib/nn.yaml:90:7
%5077 = select %5076, %5075, %5065 : f32[64] @ models/lib/nn.yaml:90:7
%5078 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5079 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5080 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5081 = add %5080, %4190 : i64[] @ models/lib/nn.yaml:90:7
%5082 = mul %5077, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%5083 = mul %5078, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%5084 = add %5083, %5082 : f32[64] @ models/lib/nn.yaml:90:7
%5085 = mul %5077, %5077 : f32[64] @ models/lib/nn.yaml:90:7
%5086 = mul %5085, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%5087 = mul %5079, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%5088 = add %5087, %5086 : f32[64] @ models/lib/nn.yaml:90:7
%5089 = cast %5081 : f64[] @ models/lib/nn.yaml:90:7
%5090 = pow %4199, %5089 : f64[] @ models/lib/nn.yaml:90:7
%5091 = sub %4180, %5090 : f64[] @ models/lib/nn.yaml:90:7
%5092 = div %2492, %5091 : f64[] @ models/lib/nn.yaml:90:7
%5093 = pow %4207, %5089 : f64[] @ models/lib/nn.yaml:90:7
%5094 = sub %4180, %5093 : f64[] @ models/lib/nn.yaml:90:7
%5095 = sqrt %5094 : f64[] @ models/lib/nn.yaml:90:7
%5096 = div %4180, %5095 : f64[] @ models/lib/nn.yaml:90:7
%5097 = sqrt %5088 : f32[64] @ models/lib/nn.yaml:90:7
%5098 = cast %5096 : f32[] @ models/lib/nn.yaml:90:7
%5099 = broadcast %5098 : f32[64] @ models/lib/nn.yaml:90:7
%5100 = mul %5097, %5099 : f32[64] @ models/lib/nn.yaml:90:7
%5101 = add %5100, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%5102 = div %5084, %5101 : f32[64] @ models/lib/nn.yaml:90:7
%5103 = cast %5092 : f32[] @ models/lib/nn.yaml:90:7
%5104 = broadcast %5103 : f32[64] @ models/lib/nn.yaml:90:7
%5105 = mul %5102, %5104 : f32[64] @ models/lib/nn.yaml:90:7
%5106 = sub %23, %5105 : f32[64] @ models/lib/nn.yaml:90:7
%5107 = assign %23, %5106 : f32[64] @ models/lib/nn.yaml:90:7
%5108 = assign %5078, %5084 : f32[64] @ models/lib/nn.yaml:90:7
%5109 = assign %5079, %5088 : f32[64] @ models/lib/nn.yaml:90:7
%5110 = assign %5080, %5081 : i64[] @ models/lib/nn.yaml:90:7
%5111 = mul %85, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%5112 = mul %5106, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%5113 = add %5111, %5112 : f32[64] @ models/lib/nn.yaml:90:7
%5114 = assign %85, %5113 : f32[64] @ models/lib/nn.yaml:90:7
%5115 = all_reduce_sum %3968 : f32[192,64] @ models/lib/nn.yaml:79:7
%5116 = reshape %5115 : f32[12288] @ models/lib/nn.yaml:79:7
%5117 = mul %5116, %5116 : f32[12288] @ models/lib/nn.yaml:79:7
%5118 = reduce_sum %5117 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5119 = sqrt %5118 : f32[] @ models/lib/nn.yaml:79:7
%5120 = cast %5119 : f64[] @ models/lib/nn.yaml:79:7
%5121 = add %5120, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5122 = div %4178, %5121 : f64[] @ models/lib/nn.yaml:79:7
%5123 = lt %5122, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5124 = cast %5122 : f32[] @ models/lib/nn.yaml:79:7
%5125 = broadcast %5124 : f32[192,64] @ models/lib/nn.yaml:79:7
%5126 = mul %5115, %5125 : f32[192,64] @ models/lib/nn.yaml:79:7
%5127 = broadcast %5123 : bool[192,64] @ models/lib/nn.yaml:79:7
%5128 = select %5127, %5126, %5115 : f32[192,64] @ models/lib/nn.yaml:79:7
%5129 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%5130 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%5131 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5132 = add %5131, %4190 : i64[] @ models/lib/nn.yaml:79:7
%5133 = mul %24, %4479 : f32[192,64] @ models/lib/nn.yaml:79:7
%5134 = mul %5128, %4481 : f32[192,64] @ models/lib/nn.yaml:79:7
%5135 = mul %5129, %4483 : f32[192,64] @ models/lib/nn.yaml:79:7
%5136 = add %5135, %5134 : f32[192,64] @ models/lib/nn.yaml:79:7
%5137 = mul %5128, %5128 : f32[192,64] @ models/lib/nn.yaml:79:7
%5138 = mul %5137, %4487 : f32[192,64] @ models/lib/nn.yaml:79:7
%5139 = mul %5130, %4489 : f32[192,64] @ models/lib/nn.yaml:79:7
%5140 = add %5139, %5138 : f32[192,64] @ models/lib/nn.yaml:79:7
%5141 = cast %5132 : f64[] @ models/lib/nn.yaml:79:7
%5142 = pow %4199, %5141 : f64[] @ models/lib/nn.yaml:79:7
%5143 = sub %4180, %5142 : f64[] @ models/lib/nn.yaml:79:7
%5144 = div %2492, %5143 : f64[] @ models/lib/nn.yaml:79:7
%5145 = pow %4207, %5141 : f64[] @ models/lib/nn.yaml:79:7
%5146 = sub %4180, %5145 : f64[] @ models/lib/nn.yaml:79:7
%5147 = sqrt %5146 : f64[] @ models/lib/nn.yaml:79:7
%5148 = div %4180, %5147 : f64[] @ models/lib/nn.yaml:79:7
%5149 = sqrt %5140 : f32[192,64] @ models/lib/nn.yaml:79:7
%5150 = cast %5148 : f32[] @ models/lib/nn.yaml:79:7
%5151 = broadcast %5150 : f32[192,64] @ models/lib/nn.yaml:79:7
%5152 = mul %5149, %5151 : f32[192,64] @ models/lib/nn.yaml:79:7
%5153 = add %5152, %4504 : f32[192,64] @ models/lib/nn.yaml:79:7
%5154 = div %5136, %5153 : f32[192,64] @ models/lib/nn.yaml:79:7
%5155 = cast %5144 : f32[] @ models/lib/nn.yaml:79:7
%5156 = broadcast %5155 : f32[192,64] @ models/lib/nn.yaml:79:7
%5157 = mul %5154, %5156 : f32[192,64] @ models/lib/nn.yaml:79:7
%5158 = sub %5133, %5157 : f32[192,64] @ models/lib/nn.yaml:79:7
%5159 = assign %24, %5158 : f32[192,64] @ models/lib/nn.yaml:79:7
%5160 = assign %5129, %5136 : f32[192,64] @ models/lib/nn.yaml:79:7
%5161 = assign %5130, %5140 : f32[192,64] @ models/lib/nn.yaml:79:7
%5162 = assign %5131, %5132 : i64[] @ models/lib/nn.yaml:79:7
%5163 = mul %86, %4515 : f32[192,64] @ models/lib/nn.yaml:79:7
%5164 = mul %5158, %4517 : f32[192,64] @ models/lib/nn.yaml:79:7
%5165 = add %5163, %5164 : f32[192,64] @ models/lib/nn.yaml:79:7
%5166 = assign %86, %5165 : f32[192,64] @ models/lib/nn.yaml:79:7
%5167 = all_reduce_sum %3962 : f32[192] @ models/lib/nn.yaml:80:7
%5168 = mul %5167, %5167 : f32[192] @ models/lib/nn.yaml:80:7
%5169 = reduce_sum %5168 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5170 = sqrt %5169 : f32[] @ models/lib/nn.yaml:80:7
%5171 = cast %5170 : f64[] @ models/lib/nn.yaml:80:7
%5172 = add %5171, %4176 : f64[] @ models/lib/nn.yaml:80:7
%5173 = div %4178, %5172 : f64[] @ models/lib/nn.yaml:80:7
%5174 = lt %5173, %4180 : bool[] @ models/lib/nn.yaml:80:7
%5175 = cast %5173 : f32[] @ models/lib/nn.yaml:80:7
%5176 = broadcast %5175 : f32[192] @ models/lib/nn.yaml:80:7
%5177 = mul %5167, %5176 : f32[192] @ models/lib/nn.yaml:80:7
%5178 = broadcast %5174 : bool[192] @ models/lib/nn.yaml:80:7
%5179 = select %5178, %5177, %5167 : f32[192] @ models/lib/nn.yaml:80:7
%5180 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%5181 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%5182 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5183 = add %5182, %4190 : i64[] @ models/lib/nn.yaml:80:7
%5184 = mul %5179, %4538 : f32[192] @ models/lib/nn.yaml:80:7
%5185 = mul %5180, %4540 : f32[192] @ models/lib/nn.yaml:80:7
%5186 = add %5185, %5184 : f32[192] @ models/lib/nn.yaml:80:7
%5187 = mul %5179, %5179 : f32[192] @ models/lib/nn.yaml:80:7
%5188 = mul %5187, %4544 : f32[192] @ models/lib/nn.yaml:80:7
%5189 = mul %5181, %4546 : f32[192] @ models/lib/nn.yaml:80:7
%5190 = add %5189, %5188 : f32[192] @ models/lib/nn.yaml:80:7
%5191 = cast %5183 : f64[] @ models/lib/nn.yaml:80:7
%5192 = pow %4199, %5191 : f64[] @ models/lib/nn.yaml:80:7
%5193 = sub %4180, %5192 : f64[] @ models/lib/nn.yaml:80:7
%5194 = div %2492, %5193 : f64[] @ models/lib/nn.yaml:80:7
%5195 = pow %4207, %5191 : f64[] @ models/lib/nn.yaml:80:7
%5196 = sub %4180, %5195 : f64[] @ models/lib/nn.yaml:80:7
%5197 = sqrt %5196 : f64[] @ models/lib/nn.yaml:80:7
%5198 = div %4180, %5197 : f64[] @ models/lib/nn.yaml:80:7
%5199 = sqrt %5190 : f32[192] @ models/lib/nn.yaml:80:7
%5200 = cast %5198 : f32[] @ models/lib/nn.yaml:80:7
%5201 = broadcast %5200 : f32[192] @ models/lib/nn.yaml:80:7
%5202 = mul %5199, %5201 : f32[192] @ models/lib/nn.yaml:80:7
%5203 = add %5202, %4561 : f32[192] @ models/lib/nn.yaml:80:7
%5204 = div %5186, %5203 : f32[192] @ models/lib/nn.yaml:80:7
%5205 = cast %5194 : f32[] @ models/lib/nn.yaml:80:7
%5206 = broadcast %5205 : f32[192] @ models/lib/nn.yaml:80:7
%5207 = mul %5204, %5206 : f32[192] @ models/lib/nn.yaml:80:7
%5208 = sub %25, %5207 : f32[192] @ models/lib/nn.yaml:80:7
%5209 = assign %25, %5208 : f32[192] @ models/lib/nn.yaml:80:7
%5210 = assign %5180, %5186 : f32[192] @ models/lib/nn.yaml:80:7
%5211 = assign %5181, %5190 : f32[192] @ models/lib/nn.yaml:80:7
%5212 = assign %5182, %5183 : i64[] @ models/lib/nn.yaml:80:7
%5213 = mul %87, %4572 : f32[192] @ models/lib/nn.yaml:80:7
%5214 = mul %5208, %4574 : f32[192] @ models/lib/nn.yaml:80:7
%5215 = add %5213, %5214 : f32[192] @ models/lib/nn.yaml:80:7
%5216 = assign %87, %5215 : f32[192] @ models/lib/nn.yaml:80:7
%5217 = all_reduce_sum %3935 : f32[64,64] @ models/lib/nn.yaml:79:7
%5218 = reshape %5217 : f32[4096] @ models/lib/nn.yaml:79:7
%5219 = mul %5218, %5218 : f32[4096] @ models/lib/nn.yaml:79:7
%5220 = reduce_sum %5219 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5221 = sqrt %5220 : f32[] @ models/lib/nn.yaml:79:7
%5222 = cast %5221 : f64[] @ models/lib/nn.yaml:79:7
%5223 = add %5222, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5224 = div %4178, %5223 : f64[] @ models/lib/nn.yaml:79:7
%5225 = lt %5224, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5226 = cast %5224 : f32[] @ models/lib/nn.yaml:79:7
%5227 = broadcast %5226 : f32[64,64] @ models/lib/nn.yaml:79:7
%5228 = mul %5217, %5227 : f32[64,64] @ models/lib/nn.yaml:79:7
%5229 = broadcast %5225 : bool[64,64] @ models/lib/nn.yaml:79:7
%5230 = select %5229, %5228, %5217 : f32[64,64] @ models/lib/nn.yaml:79:7
%5231 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5232 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5233 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5234 = add %5233, %4190 : i64[] @ models/lib/nn.yaml:79:7
%5235 = mul %26, %4596 : f32[64,64] @ models/lib/nn.yaml:79:7
%5236 = mul %5230, %4598 : f32[64,64] @ models/lib/nn.yaml:79:7
%5237 = mul %5231, %4600 : f32[64,64] @ models/lib/nn.yaml:79:7
%5238 = add %5237, %5236 : f32[64,64] @ models/lib/nn.yaml:79:7
%5239 = mul %5230, %5230 : f32[64,64] @ models/lib/nn.yaml:79:7
%5240 = mul %5239, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%5241 = mul %5232, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%5242 = add %5241, %5240 : f32[64,64] @ models/lib/nn.yaml:79:7
%5243 = cast %5234 : f64[] @ models/lib/nn.yaml:79:7
%5244 = pow %4199, %5243 : f64[] @ models/lib/nn.yaml:79:7
%5245 = sub %4180, %5244 : f64[] @ models/lib/nn.yaml:79:7
%5246 = div %2492, %5245 : f64[] @ models/lib/nn.yaml:79:7
%5247 = pow %4207, %5243 : f64[] @ models/lib/nn.yaml:79:7
%5248 = sub %4180, %5247 : f64[] @ models/lib/nn.yaml:79:7
%5249 = sqrt %5248 : f64[] @ models/lib/nn.yaml:79:7
%5250 = div %4180, %5249 : f64[] @ models/lib/nn.yaml:79:7
%5251 = sqrt %5242 : f32[64,64] @ models/lib/nn.yaml:79:7
%5252 = cast %5250 : f32[] @ models/lib/nn.yaml:79:7
%5253 = broadcast %5252 : f32[64,64] @ models/lib/nn.yaml:79:7
%5254 = mul %5251, %5253 : f32[64,64] @ models/lib/nn.yaml:79:7
%5255 = add %5254, %4621 : f32[64,64] @ models/lib/nn.yaml:79:7
%5256 = div %5238, %5255 : f32[64,64] @ models/lib/nn.yaml:79:7
%5257 = cast %5246 : f32[] @ models/lib/nn.yaml:79:7
%5258 = broadcast %5257 : f32[64,64] @ models/lib/nn.yaml:79:7
%5259 = mul %5256, %5258 : f32[64,64] @ models/lib/nn.yaml:79:7
%5260 = sub %5235, %5259 : f32[64,64] @ models/lib/nn.yaml:79:7
%5261 = assign %26, %5260 : f32[64,64] @ models/lib/nn.yaml:79:7
%5262 = assign %5231, %5238 : f32[64,64] @ models/lib/nn.yaml:79:7
%5263 = assign %5232, %5242 : f32[64,64] @ models/lib/nn.yaml:79:7
%5264 = assign %5233, %5234 : i64[] @ models/lib/nn.yaml:79:7
%5265 = mul %88, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%5266 = mul %5260, %4634 : f32[64,64] @ models/lib/nn.yaml:79:7
%5267 = add %5265, %5266 : f32[64,64] @ models/lib/nn.yaml:79:7
%5268 = assign %88, %5267 : f32[64,64] @ models/lib/nn.yaml:79:7
%5269 = all_reduce_sum %3929 : f32[64] @ models/lib/nn.yaml:80:7
%5270 = mul %5269, %5269 : f32[64] @ models/lib/nn.yaml:80:7
%5271 = reduce_sum %5270 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5272 = sqrt %5271 : f32[] @ models/lib/nn.yaml:80:7
%5273 = cast %5272 : f64[] @ models/lib/nn.yaml:80:7
%5274 = add %5273, %4176 : f64[] @ models/lib/nn.yaml:80:7
%5275 = div %4178, %5274 : f64[] @ models/lib/nn.yaml:80:7
%5276 = lt %5275, %4180 : bool[] @ models/lib/nn.yaml:80:7
%5277 = cast %5275 : f32[] @ models/lib/nn.yaml:80:7
%5278 = broadcast %5277 : f32[64] @ models/lib/nn.yaml:80:7
%5279 = mul %5269, %5278 : f32[64] @ models/lib/nn.yaml:80:7
%5280 = broadcast %5276 : bool[64] @ models/lib/nn.yaml:80:7
%5281 = select %5280, %5279, %5269 : f32[64] @ models/lib/nn.yaml:80:7
%5282 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5283 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5284 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5285 = add %5284, %4190 : i64[] @ models/lib/nn.yaml:80:7
%5286 = mul %5281, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%5287 = mul %5282, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%5288 = add %5287, %5286 : f32[64] @ models/lib/nn.yaml:80:7
%5289 = mul %5281, %5281 : f32[64] @ models/lib/nn.yaml:80:7
%5290 = mul %5289, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5291 = mul %5283, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5292 = add %5291, %5290 : f32[64] @ models/lib/nn.yaml:80:7
%5293 = cast %5285 : f64[] @ models/lib/nn.yaml:80:7
%5294 = pow %4199, %5293 : f64[] @ models/lib/nn.yaml:80:7
%5295 = sub %4180, %5294 : f64[] @ models/lib/nn.yaml:80:7
%5296 = div %2492, %5295 : f64[] @ models/lib/nn.yaml:80:7
%5297 = pow %4207, %5293 : f64[] @ models/lib/nn.yaml:80:7
%5298 = sub %4180, %5297 : f64[] @ models/lib/nn.yaml:80:7
%5299 = sqrt %5298 : f64[] @ models/lib/nn.yaml:80:7
%5300 = div %4180, %5299 : f64[] @ models/lib/nn.yaml:80:7
%5301 = sqrt %5292 : f32[64] @ models/lib/nn.yaml:80:7
%5302 = cast %5300 : f32[] @ models/lib/nn.yaml:80:7
%5303 = broadcast %5302 : f32[64] @ models/lib/nn.yaml:80:7
%5304 = mul %5301, %5303 : f32[64] @ models/lib/nn.yaml:80:7
%5305 = add %5304, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%5306 = div %5288, %5305 : f32[64] @ models/lib/nn.yaml:80:7
%5307 = cast %5296 : f32[] @ models/lib/nn.yaml:80:7
%5308 = broadcast %5307 : f32[64] @ models/lib/nn.yaml:80:7
%5309 = mul %5306, %5308 : f32[64] @ models/lib/nn.yaml:80:7
%5310 = sub %27, %5309 : f32[64] @ models/lib/nn.yaml:80:7
%5311 = assign %27, %5310 : f32[64] @ models/lib/nn.yaml:80:7
%5312 = assign %5282, %5288 : f32[64] @ models/lib/nn.yaml:80:7
%5313 = assign %5283, %5292 : f32[64] @ models/lib/nn.yaml:80:7
%5314 = assign %5284, %5285 : i64[] @ models/lib/nn.yaml:80:7
%5315 = mul %89, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%5316 = mul %5310, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%5317 = add %5315, %5316 : f32[64] @ models/lib/nn.yaml:80:7
%5318 = assign %89, %5317 : f32[64] @ models/lib/nn.yaml:80:7
%5319 = all_reduce_sum %3899 : f32[64] @ models/lib/nn.yaml:89:7
%5320 = mul %5319, %5319 : f32[64] @ models/lib/nn.yaml:89:7
%5321 = reduce_sum %5320 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5322 = sqrt %5321 : f32[] @ models/lib/nn.yaml:89:7
%5323 = cast %5322 : f64[] @ models/lib/nn.yaml:89:7
%5324 = add %5323, %4176 : f64[] @ models/lib/nn.yaml:89:7
%5325 = div %4178, %5324 : f64[] @ models/lib/nn.yaml:89:7
%5326 = lt %5325, %4180 : bool[] @ models/lib/nn.yaml:89:7
%5327 = cast %5325 : f32[] @ models/lib/nn.yaml:89:7
%5328 = broadcast %5327 : f32[64] @ models/lib/nn.yaml:89:7
%5329 = mul %5319, %5328 : f32[64] @ models/lib/nn.yaml:89:7
%5330 = broadcast %5326 : bool[64] @ models/lib/nn.yaml:89:7
%5331 = select %5330, %5329, %5319 : f32[64] @ models/lib/nn.yaml:89:7
%5332 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5333 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5334 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5335 = add %5334, %4190 : i64[] @ models/lib/nn.yaml:89:7
%5336 = mul %5331, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%5337 = mul %5332, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%5338 = add %5337, %5336 : f32[64] @ models/lib/nn.yaml:89:7
%5339 = mul %5331, %5331 : f32[64] @ models/lib/nn.yaml:89:7
%5340 = mul %5339, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%5341 = mul %5333, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%5342 = add %5341, %5340 : f32[64] @ models/lib/nn.yaml:89:7
%5343 = cast %5335 : f64[] @ models/lib/nn.yaml:89:7
%5344 = pow %4199, %5343 : f64[] @ models/lib/nn.yaml:89:7
%5345 = sub %4180, %5344 : f64[] @ models/lib/nn.yaml:89:7
%5346 = div %2492, %5345 : f64[] @ models/lib/nn.yaml:89:7
%5347 = pow %4207, %5343 : f64[] @ models/lib/nn.yaml:89:7
%5348 = sub %4180, %5347 : f64[] @ models/lib/nn.yaml:89:7
%5349 = sqrt %5348 : f64[] @ models/lib/nn.yaml:89:7
%5350 = div %4180, %5349 : f64[] @ models/lib/nn.yaml:89:7
%5351 = sqrt %5342 : f32[64] @ models/lib/nn.yaml:89:7
%5352 = cast %5350 : f32[] @ models/lib/nn.yaml:89:7
%5353 = broadcast %5352 : f32[64] @ models/lib/nn.yaml:89:7
%5354 = mul %5351, %5353 : f32[64] @ models/lib/nn.yaml:89:7
%5355 = add %5354, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%5356 = div %5338, %5355 : f32[64] @ models/lib/nn.yaml:89:7
%5357 = cast %5346 : f32[] @ models/lib/nn.yaml:89:7
%5358 = broadcast %5357 : f32[64] @ models/lib/nn.yaml:89:7
%5359 = mul %5356, %5358 : f32[64] @ models/lib/nn.yaml:89:7
%5360 = sub %28, %5359 : f32[64] @ models/lib/nn.yaml:89:7
%5361 = assign %28, %5360 : f32[64] @ models/lib/nn.yaml:89:7
%5362 = assign %5332, %5338 : f32[64] @ models/lib/nn.yaml:89:7
%5363 = assign %5333, %5342 : f32[64] @ models/lib/nn.yaml:89:7
%5364 = assign %5334, %5335 : i64[] @ models/lib/nn.yaml:89:7
%5365 = mul %90, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%5366 = mul %5360, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%5367 = add %5365, %5366 : f32[64] @ models/lib/nn.yaml:89:7
%5368 = assign %90, %5367 : f32[64] @ models/lib/nn.yaml:89:7
%5369 = all_reduce_sum %3892 : f32[64] @ models/lib/nn.yaml:90:7
%5370 = mul %5369, %5369 : f32[64] @ models/lib/nn.yaml:90:7
%5371 = reduce_sum %5370 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5372 = sqrt %5371 : f32[] @ models/lib/nn.yaml:90:7
%5373 = cast %5372 : f64[] @ models/lib/nn.yaml:90:7
%5374 = add %5373, %4176 : f64[] @ models/lib/nn.yaml:90:7
%5375 = div %4178, %5374 : f64[] @ models/lib/nn.yaml:90:7
%5376 = lt %5375, %4180 : bool[] @ models/lib/nn.yaml:90:7
%5377 = cast %5375 : f32[] @ models/lib/nn.yaml:90:7
%5378 = broadcast %5377 : f32[64] @ models/lib/nn.yaml:90:7
%5379 = mul %5369, %5378 : f32[64] @ models/lib/nn.yaml:90:7
%5380 = broadcast %5376 : bool[64] @ models/lib/nn.yaml:90:7
%5381 = select %5380, %5379, %5369 : f32[64] @ models/lib/nn.yaml:90:7
%5382 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5383 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5384 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5385 = add %5384, %4190 : i64[] @ models/lib/nn.yaml:90:7
%5386 = mul %5381, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%5387 = mul %5382, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%5388 = add %5387, %5386 : f32[64] @ models/lib/nn.yaml:90:7
%5389 = mul %5381, %5381 : f32[64] @ models/lib/nn.yaml:90:7
%5390 = mul %5389, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%5391 = mul %5383, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%5392 = add %5391, %5390 : f32[64] @ models/lib/nn.yaml:90:7
%5393 = cast %5385 : f64[] @ models/lib/nn.yaml:90:7
%5394 = pow %4199, %5393 : f64[] @ models/lib/nn.yaml:90:7
%5395 = sub %4180, %5394 : f64[] @ models/lib/nn.yaml:90:7
%5396 = div %2492, %5395 : f64[] @ models/lib/nn.yaml:90:7
%5397 = pow %4207, %5393 : f64[] @ models/lib/nn.yaml:90:7
%5398 = sub %4180, %5397 : f64[] @ models/lib/nn.yaml:90:7
%5399 = sqrt %5398 : f64[] @ models/lib/nn.yaml:90:7
%5400 = div %4180, %5399 : f64[] @ models/lib/nn.yaml:90:7
%5401 = sqrt %5392 : f32[64] @ models/lib/nn.yaml:90:7
%5402 = cast %5400 : f32[] @ models/lib/nn.yaml:90:7
%5403 = broadcast %5402 : f32[64] @ models/lib/nn.yaml:90:7
%5404 = mul %5401, %5403 : f32[64] @ models/lib/nn.yaml:90:7
%5405 = add %5404, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%5406 = div %5388, %5405 : f32[64] @ models/lib/nn.yaml:90:7
%5407 = cast %5396 : f32[] @ models/lib/nn.yaml:90:7
%5408 = broadcast %5407 : f32[64] @ models/lib/nn.yaml:90:7
%5409 = mul %5406, %5408 : f32[64] @ models/lib/nn.yaml:90:7
%5410 = sub %29, %5409 : f32[64] @ models/lib/nn.yaml:90:7
%5411 = assign %29, %5410 : f32[64] @ models/lib/nn.yaml:90:7
%5412 = assign %5382, %5388 : f32[64] @ models/lib/nn.yaml:90:7
%5413 = assign %5383, %5392 : f32[64] @ models/lib/nn.yaml:90:7
%5414 = assign %5384, %5385 : i64[] @ models/lib/nn.yaml:90:7
%5415 = mul %91, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%5416 = mul %5410, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%5417 = add %5415, %5416 : f32[64] @ models/lib/nn.yaml:90:7
%5418 = assign %91, %5417 : f32[64] @ models/lib/nn.yaml:90:7
%5419 = all_reduce_sum %3888 : f32[256,64] @ models/lib/nn.yaml:79:7
%5420 = reshape %5419 : f32[16384] @ models/lib/nn.yaml:79:7
%5421 = mul %5420, %5420 : f32[16384] @ models/lib/nn.yaml:79:7
%5422 = reduce_sum %5421 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5423 = sqrt %5422 : f32[] @ models/lib/nn.yaml:79:7
%5424 = cast %5423 : f64[] @ models/lib/nn.yaml:79:7
%5425 = add %5424, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5426 = div %4178, %5425 : f64[] @ models/lib/nn.yaml:79:7
%5427 = lt %5426, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5428 = cast %5426 : f32[] @ models/lib/nn.yaml:79:7
%5429 = broadcast %5428 : f32[256,64] @ models/lib/nn.yaml:79:7
%5430 = mul %5419, %5429 : f32[256,64] @ models/lib/nn.yaml:79:7
%5431 = broadcast %5427 : bool[256,64] @ models/lib/nn.yaml:79:7
%5432 = select %5431, %5430, %5419 : f32[256,64] @ models/lib/nn.yaml:79:7
%5433 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5434 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5435 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5436 = add %5435, %4190 : i64[] @ models/lib/nn.yaml:79:7
%5437 = mul %30, %4806 : f32[256,64] @ models/lib/nn.yaml:79:7
%5438 = mul %5432, %4808 : f32[256,64] @ models/lib/nn.yaml:79:7
%5439 = mul %5433, %4810 : f32[256,64] @ models/lib/nn.yaml:79:7
%5440 = add %5439, %5438 : f32[256,64] @ models/lib/nn.yaml:79:7
%5441 = mul %5432, %5432 : f32[256,64] @ models/lib/nn.yaml:79:7
%5442 = mul %5441, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%5443 = mul %5434, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%5444 = add %5443, %5442 : f32[256,64] @ models/lib/nn.yaml:79:7
%5445 = cast %5436 : f64[] @ models/lib/nn.yaml:79:7
%5446 = pow %4199, %5445 : f64[] @ models/lib/nn.yaml:79:7
%5447 = sub %4180, %5446 : f64[] @ models/lib/nn.yaml:79:7
%5448 = div %2492, %5447 : f64[] @ models/lib/nn.yaml:79:7
%5449 = pow %4207, %5445 : f64[] @ models/lib/nn.yaml:79:7
%5450 = sub %4180, %5449 : f64[] @ models/lib/nn.yaml:79:7
%5451 = sqrt %5450 : f64[] @ models/lib/nn.yaml:79:7
%5452 = div %4180, %5451 : f64[] @ models/lib/nn.yaml:79:7
%5453 = sqrt %5444 : f32[256,64] @ models/lib/nn.yaml:79:7
%5454 = cast %5452 : f32[] @ models/lib/nn.yaml:79:7
%5455 = broadcast %5454 : f32[256,64] @ models/lib/nn.yaml:79:7
%5456 = mul %5453, %5455 : f32[256,64] @ models/lib/nn.yaml:79:7
%5457 = add %5456, %4831 : f32[256,64] @ models/lib/nn.yaml:79:7
%5458 = div %5440, %5457 : f32[256,64] @ models/lib/nn.yaml:79:7
%5459 = cast %5448 : f32[] @ models/lib/nn.yaml:79:7
%5460 = broadcast %5459 : f32[256,64] @ models/lib/nn.yaml:79:7
%5461 = mul %5458, %5460 : f32[256,64] @ models/lib/nn.yaml:79:7
%5462 = sub %5437, %5461 : f32[256,64] @ models/lib/nn.yaml:79:7
%5463 = assign %30, %5462 : f32[256,64] @ models/lib/nn.yaml:79:7
%5464 = assign %5433, %5440 : f32[256,64] @ models/lib/nn.yaml:79:7
%5465 = assign %5434, %5444 : f32[256,64] @ models/lib/nn.yaml:79:7
%5466 = assign %5435, %5436 : i64[] @ models/lib/nn.yaml:79:7
%5467 = mul %92, %4842 : f32[256,64] @ models/lib/nn.yaml:79:7
%5468 = mul %5462, %4844 : f32[256,64] @ models/lib/nn.yaml:79:7
%5469 = add %5467, %5468 : f32[256,64] @ models/lib/nn.yaml:79:7
%5470 = assign %92, %5469 : f32[256,64] @ models/lib/nn.yaml:79:7
%5471 = all_reduce_sum %3882 : f32[256] @ models/lib/nn.yaml:80:7
%5472 = mul %5471, %5471 : f32[256] @ models/lib/nn.yaml:80:7
%5473 = reduce_sum %5472 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5474 = sqrt %5473 : f32[] @ models/lib/nn.yaml:80:7
%5475 = cast %5474 : f64[] @ models/lib/nn.yaml:80:7
%5476 = add %5475, %4176 : f64[] @ models/lib/nn.yaml:80:7
%5477 = div %4178, %5476 : f64[] @ models/lib/nn.yaml:80:7
%5478 = lt %5477, %4180 : bool[] @ models/lib/nn.yaml:80:7
%5479 = cast %5477 : f32[] @ models/lib/nn.yaml:80:7
%5480 = broadcast %5479 : f32[256] @ models/lib/nn.yaml:80:7
%5481 = mul %5471, %5480 : f32[256] @ models/lib/nn.yaml:80:7
%5482 = broadcast %5478 : bool[256] @ models/lib/nn.yaml:80:7
%5483 = select %5482, %5481, %5471 : f32[256] @ models/lib/nn.yaml:80:7
%5484 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5485 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5486 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5487 = add %5486, %4190 : i64[] @ models/lib/nn.yaml:80:7
%5488 = mul %5483, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%5489 = mul %5484, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%5490 = add %5489, %5488 : f32[256] @ models/lib/nn.yaml:80:7
%5491 = mul %5483, %5483 : f32[256] @ models/lib/nn.yaml:80:7
%5492 = mul %5491, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%5493 = mul %5485, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%5494 = add %5493, %5492 : f32[256] @ models/lib/nn.yaml:80:7
%5495 = cast %5487 : f64[] @ models/lib/nn.yaml:80:7
%5496 = pow %4199, %5495 : f64[] @ models/lib/nn.yaml:80:7
%5497 = sub %4180, %5496 : f64[] @ models/lib/nn.yaml:80:7
%5498 = div %2492, %5497 : f64[] @ models/lib/nn.yaml:80:7
%5499 = pow %4207, %5495 : f64[] @ models/lib/nn.yaml:80:7
%5500 = sub %4180, %5499 : f64[] @ models/lib/nn.yaml:80:7
%5501 = sqrt %5500 : f64[] @ models/lib/nn.yaml:80:7
%5502 = div %4180, %5501 : f64[] @ models/lib/nn.yaml:80:7
%5503 = sqrt %5494 : f32[256] @ models/lib/nn.yaml:80:7
%5504 = cast %5502 : f32[] @ models/lib/nn.yaml:80:7
%5505 = broadcast %5504 : f32[256] @ models/lib/nn.yaml:80:7
%5506 = mul %5503, %5505 : f32[256] @ models/lib/nn.yaml:80:7
%5507 = add %5506, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%5508 = div %5490, %5507 : f32[256] @ models/lib/nn.yaml:80:7
%5509 = cast %5498 : f32[] @ models/lib/nn.yaml:80:7
%5510 = broadcast %5509 : f32[256] @ models/lib/nn.yaml:80:7
%5511 = mul %5508, %5510 : f32[256] @ models/lib/nn.yaml:80:7
%5512 = sub %31, %5511 : f32[256] @ models/lib/nn.yaml:80:7
%5513 = assign %31, %5512 : f32[256] @ models/lib/nn.yaml:80:7
%5514 = assign %5484, %5490 : f32[256] @ models/lib/nn.yaml:80:7
%5515 = assign %5485, %5494 : f32[256] @ models/lib/nn.yaml:80:7
%5516 = assign %5486, %5487 : i64[] @ models/lib/nn.yaml:80:7
%5517 = mul %93, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%5518 = mul %5512, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%5519 = add %5517, %5518 : f32[256] @ models/lib/nn.yaml:80:7
%5520 = assign %93, %5519 : f32[256] @ models/lib/nn.yaml:80:7
%5521 = all_reduce_sum %3854 : f32[64,256] @ models/lib/nn.yaml:79:7
%5522 = reshape %5521 : f32[16384] @ models/lib/nn.yaml:79:7
%5523 = mul %5522, %5522 : f32[16384] @ models/lib/nn.yaml:79:7
%5524 = reduce_sum %5523 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5525 = sqrt %5524 : f32[] @ models/lib/nn.yaml:79:7
%5526 = cast %5525 : f64[] @ models/lib/nn.yaml:79:7
%5527 = add %5526, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5528 = div %4178, %5527 : f64[] @ models/lib/nn.yaml:79:7
%5529 = lt %5528, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5530 = cast %5528 : f32[] @ models/lib/nn.yaml:79:7
%5531 = broadcast %5530 : f32[64,256] @ models/lib/nn.yaml:79:7
%5532 = mul %5521, %5531 : f32[64,256] @ models/lib/nn.yaml:79:7
%5533 = broadcast %5529 : bool[64,256] @ models/lib/nn.yaml:79:7
%5534 = select %5533, %5532, %5521 : f32[64,256] @ models/lib/nn.yaml:79:7
%5535 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5536 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5537 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5538 = add %5537, %4190 : i64[] @ models/lib/nn.yaml:79:7
%5539 = mul %32, %4923 : f32[64,256] @ models/lib/nn.yaml:79:7
%5540 = mul %5534, %4925 : f32[64,256] @ models/lib/nn.yaml:79:7
%5541 = mul %5535, %4927 : f32[64,256] @ models/lib/nn.yaml:79:7
%5542 = add %5541, %5540 : f32[64,256] @ models/lib/nn.yaml:79:7
%5543 = mul %5534, %5534 : f32[64,256] @ models/lib/nn.yaml:79:7
%5544 = mul %5543, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%5545 = mul %5536, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%5546 = add %5545, %5544 : f32[64,256] @ models/lib/nn.yaml:79:7
%5547 = cast %5538 : f64[] @ models/lib/nn.yaml:79:7
%5548 = pow %4199, %5547 : f64[] @ models/lib/nn.yaml:79:7
%5549 = sub %4180, %5548 : f64[] @ models/lib/nn.yaml:79:7
%5550 = div %2492, %5549 : f64[] @ models/lib/nn.yaml:79:7
%5551 = pow %4207, %5547 : f64[] @ models/lib/nn.yaml:79:7
%5552 = sub %4180, %5551 : f64[] @ models/lib/nn.yaml:79:7
%5553 = sqrt %5552 : f64[] @ models/lib/nn.yaml:79:7
%5554 = div %4180, %5553 : f64[] @ models/lib/nn.yaml:79:7
%5555 = sqrt %5546 : f32[64,256] @ models/lib/nn.yaml:79:7
%5556 = cast %5554 : f32[] @ models/lib/nn.yaml:79:7
%5557 = broadcast %5556 : f32[64,256] @ models/lib/nn.yaml:79:7
%5558 = mul %5555, %5557 : f32[64,256] @ models/lib/nn.yaml:79:7
%5559 = add %5558, %4948 : f32[64,256] @ models/lib/nn.yaml:79:7
%5560 = div %5542, %5559 : f32[64,256] @ models/lib/nn.yaml:79:7
%5561 = cast %5550 : f32[] @ models/lib/nn.yaml:79:7
%5562 = broadcast %5561 : f32[64,256] @ models/lib/nn.yaml:79:7
%5563 = mul %5560, %5562 : f32[64,256] @ models/lib/nn.yaml:79:7
%5564 = sub %5539, %5563 : f32[64,256] @ models/lib/nn.yaml:79:7
%5565 = assign %32, %5564 : f32[64,256] @ models/lib/nn.yaml:79:7
%5566 = assign %5535, %5542 : f32[64,256] @ models/lib/nn.yaml:79:7
%5567 = assign %5536, %5546 : f32[64,256] @ models/lib/nn.yaml:79:7
%5568 = assign %5537, %5538 : i64[] @ models/lib/nn.yaml:79:7
%5569 = mul %94, %4959 : f32[64,256] @ models/lib/nn.yaml:79:7
%5570 = mul %5564, %4961 : f32[64,256] @ models/lib/nn.yaml:79:7
%5571 = add %5569, %5570 : f32[64,256] @ models/lib/nn.yaml:79:7
%5572 = assign %94, %5571 : f32[64,256] @ models/lib/nn.yaml:79:7
%5573 = all_reduce_sum %3848 : f32[64] @ models/lib/nn.yaml:80:7
%5574 = mul %5573, %5573 : f32[64] @ models/lib/nn.yaml:80:7
%5575 = reduce_sum %5574 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5576 = sqrt %5575 : f32[] @ models/lib/nn.yaml:80:7
%5577 = cast %5576 : f64[] @ models/lib/nn.yaml:80:7
%5578 = add %5577, %4176 : f64[] @ models/lib/nn.yaml:80:7
%5579 = div %4178, %5578 : f64[] @ models/lib/nn.yaml:80:7
%5580 = lt %5579, %4180 : bool[] @ models/lib/nn.yaml:80:7
%5581 = cast %5579 : f32[] @ models/lib/nn.yaml:80:7
%5582 = broadcast %5581 : f32[64] @ models/lib/nn.yaml:80:7
%5583 = mul %5573, %5582 : f32[64] @ models/lib/nn.yaml:80:7
%5584 = broadcast %5580 : bool[64] @ models/lib/nn.yaml:80:7
%5585 = select %5584, %5583, %5573 : f32[64] @ models/lib/nn.yaml:80:7
%5586 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5587 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5588 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5589 = add %5588, %4190 : i64[] @ models/lib/nn.yaml:80:7
%5590 = mul %5585, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%5591 = mul %5586, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%5592 = add %5591, %5590 : f32[64] @ models/lib/nn.yaml:80:7
%5593 = mul %5585, %5585 : f32[64] @ models/lib/nn.yaml:80:7
%5594 = mul %5593, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5595 = mul %5587, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5596 = add %5595, %5594 : f32[64] @ models/lib/nn.yaml:80:7
%5597 = cast %5589 : f64[] @ models/lib/nn.yaml:80:7
%5598 = pow %4199, %5597 : f64[] @ models/lib/nn.yaml:80:7
%5599 = sub %4180, %5598 : f64[] @ models/lib/nn.yaml:80:7
%5600 = div %2492, %5599 : f64[] @ models/lib/nn.yaml:80:7
%5601 = pow %4207, %5597 : f64[] @ models/lib/nn.yaml:80:7
%5602 = sub %4180, %5601 : f64[] @ models/lib/nn.yaml:80:7
%5603 = sqrt %5602 : f64[] @ models/lib/nn.yaml:80:7
%5604 = div %4180, %5603 : f64[] @ models/lib/nn.yaml:80:7
%5605 = sqrt %5596 : f32[64] @ models/lib/nn.yaml:80:7
%5606 = cast %5604 : f32[] @ models/lib/nn.yaml:80:7
%5607 = broadcast %5606 : f32[64] @ models/lib/nn.yaml:80:7
%5608 = mul %5605, %5607 : f32[64] @ models/lib/nn.yaml:80:7
%5609 = add %5608, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%5610 = div %5592, %5609 : f32[64] @ models/lib/nn.yaml:80:7
%5611 = cast %5600 : f32[] @ models/lib/nn.yaml:80:7
%5612 = broadcast %5611 : f32[64] @ models/lib/nn.yaml:80:7
%5613 = mul %5610, %5612 : f32[64] @ models/lib/nn.yaml:80:7
%5614 = sub %33, %5613 : f32[64] @ models/lib/nn.yaml:80:7
%5615 = assign %33, %5614 : f32[64] @ models/lib/nn.yaml:80:7
%5616 = assign %5586, %5592 : f32[64] @ models/lib/nn.yaml:80:7
%5617 = assign %5587, %5596 : f32[64] @ models/lib/nn.yaml:80:7
%5618 = assign %5588, %5589 : i64[] @ models/lib/nn.yaml:80:7
%5619 = mul %95, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%5620 = mul %5614, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%5621 = add %5619, %5620 : f32[64] @ models/lib/nn.yaml:80:7
%5622 = assign %95, %5621 : f32[64] @ models/lib/nn.yaml:80:7
%5623 = all_reduce_sum %3841 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5624 = reshape %5623 : f32[64] @ models/lib/vit.yaml:103:7
%5625 = mul %5624, %5624 : f32[64] @ models/lib/vit.yaml:103:7
%5626 = reduce_sum %5625 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5627 = sqrt %5626 : f32[] @ models/lib/vit.yaml:103:7
%5628 = cast %5627 : f64[] @ models/lib/vit.yaml:103:7
%5629 = add %5628, %4176 : f64[] @ models/lib/vit.yaml:103:7
%5630 = div %4178, %5629 : f64[] @ models/lib/vit.yaml:103:7
%5631 = lt %5630, %4180 : bool[] @ models/lib/vit.yaml:103:7
%5632 = cast %5630 : f32[] @ models/lib/vit.yaml:103:7
%5633 = broadcast %5632 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5634 = mul %5623, %5633 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5635 = broadcast %5631 : bool[1,1,64] @ models/lib/vit.yaml:103:7
%5636 = select %5635, %5634, %5623 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5637 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5638 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5639 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5640 = add %5639, %4190 : i64[] @ models/lib/vit.yaml:103:7
%5641 = broadcast %4194 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5642 = mul %34, %5641 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5643 = broadcast %2169 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5644 = mul %5636, %5643 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5645 = broadcast %1453 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5646 = mul %5637, %5645 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5647 = add %5646, %5644 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5648 = mul %5636, %5636 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5649 = broadcast %4204 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5650 = mul %5648, %5649 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5651 = broadcast %4208 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5652 = mul %5638, %5651 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5653 = add %5652, %5650 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5654 = cast %5640 : f64[] @ models/lib/vit.yaml:103:7
%5655 = pow %4199, %5654 : f64[] @ models/lib/vit.yaml:103:7
%5656 = sub %4180, %5655 : f64[] @ models/lib/vit.yaml:103:7
%5657 = div %2492, %5656 : f64[] @ models/lib/vit.yaml:103:7
%5658 = pow %4207, %5654 : f64[] @ models/lib/vit.yaml:103:7
%5659 = sub %4180, %5658 : f64[] @ models/lib/vit.yaml:103:7
%5660 = sqrt %5659 : f64[] @ models/lib/vit.yaml:103:7
%5661 = div %4180, %5660 : f64[] @ models/lib/vit.yaml:103:7
%5662 = sqrt %5653 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5663 = cast %5661 : f32[] @ models/lib/vit.yaml:103:7
%5664 = broadcast %5663 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5665 = mul %5662, %5664 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5666 = broadcast %4224 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5667 = add %5665, %5666 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5668 = div %5647, %5667 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5669 = cast %5657 : f32[] @ models/lib/vit.yaml:103:7
%5670 = broadcast %5669 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5671 = mul %5668, %5670 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5672 = sub %5642, %5671 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5673 = assign %34, %5672 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5674 = assign %5637, %5647 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5675 = assign %5638, %5653 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5676 = assign %5639, %5640 : i64[] @ models/lib/vit.yaml:103:7
%5677 = broadcast %3 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5678 = mul %96, %5677 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5679 = broadcast %4239 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5680 = mul %5672, %5679 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5681 = add %5678, %5680 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5682 = assign %96, %5681 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5683 = all_reduce_sum %3816 : f32[64] @ models/lib/nn.yaml:89:7
%5684 = mul %5683, %5683 : f32[64] @ models/lib/nn.yaml:89:7
%5685 = reduce_sum %5684 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5686 = sqrt %5685 : f32[] @ models/lib/nn.yaml:89:7
%5687 = cast %5686 : f64[] @ models/lib/nn.yaml:89:7
%5688 = add %5687, %4176 : f64[] @ models/lib/nn.yaml:89:7
%5689 = div %4178, %5688 : f64[] @ models/lib/nn.yaml:89:7
%5690 = lt %5689, %4180 : bool[] @ models/lib/nn.yaml:89:7
%5691 = cast %5689 : f32[] @ models/lib/nn.yaml:89:7
%5692 = broadcast %5691 : f32[64] @ models/lib/nn.yaml:89:7
%5693 = mul %5683, %5692 : f32[64] @ models/lib/nn.yaml:89:7
%5694 = broadcast %5690 : bool[64] @ models/lib/nn.yaml:89:7
%5695 = select %5694, %5693, %5683 : f32[64] @ models/lib/nn.yaml:89:7
%5696 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5697 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5698 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5699 = add %5698, %4190 : i64[] @ models/lib/nn.yaml:89:7
%5700 = mul %5695, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%5701 = mul %5696, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%5702 = add %5701, %5700 : f32[64] @ models/lib/nn.yaml:89:7
%5703 = mul %5695, %5695 : f32[64] @ models/lib/nn.yaml:89:7
%5704 = mul %5703, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%5705 = mul %5697, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%5706 = add %5705, %5704 : f32[64] @ models/lib/nn.yaml:89:7
%5707 = cast %5699 : f64[] @ models/lib/nn.yaml:89:7
%5708 = pow %4199, %5707 : f64[] @ models/lib/nn.yaml:89:7
%5709 = sub %4180, %5708 : f64[] @ models/lib/nn.yaml:89:7
%5710 = div %2492, %5709 : f64[] @ models/lib/nn.yaml:89:7
%5711 = pow %4207, %5707 : f64[] @ models/lib/nn.yaml:89:7
%5712 = sub %4180, %5711 : f64[] @ models/lib/nn.yaml:89:7
%5713 = sqrt %5712 : f64[] @ models/lib/nn.yaml:89:7
%5714 = div %4180, %5713 : f64[] @ models/lib/nn.yaml:89:7
%5715 = sqrt %5706 : f32[64] @ models/lib/nn.yaml:89:7
%5716 = cast %5714 : f32[] @ models/lib/nn.yaml:89:7
%5717 = broadcast %5716 : f32[64] @ models/lib/nn.yaml:89:7
%5718 = mul %5715, %5717 : f32[64] @ models/lib/nn.yaml:89:7
%5719 = add %5718, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%5720 = div %5702, %5719 : f32[64] @ models/lib/nn.yaml:89:7
%5721 = cast %5710 : f32[] @ models/lib/nn.yaml:89:7
%5722 = broadcast %5721 : f32[64] @ models/lib/nn.yaml:89:7
%5723 = mul %5720, %5722 : f32[64] @ models/lib/nn.yaml:89:7
%5724 = sub %35, %5723 : f32[64] @ models/lib/nn.yaml:89:7
%5725 = assign %35, %5724 : f32[64] @ models/lib/nn.yaml:89:7
%5726 = assign %5696, %5702 : f32[64] @ models/lib/nn.yaml:89:7
%5727 = assign %5697, %5706 : f32[64] @ models/lib/nn.yaml:89:7
%5728 = assign %5698, %5699 : i64[] @ models/lib/nn.yaml:89:7
%5729 = mul %97, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%5730 = mul %5724, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%5731 = add %5729, %5730 : f32[64] @ models/lib/nn.yaml:89:7
%5732 = assign %97, %5731 : f32[64] @ models/lib/nn.yaml:89:7
%5733 = all_reduce_sum %3811 : f32[64] @ models/lib/nn.yaml:90:7
%5734 = mul %5733, %5733 : f32[64] @ models/lib/nn.yaml:90:7
%5735 = reduce_sum %5734 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5736 = sqrt %5735 : f32[] @ models/lib/nn.yaml:90:7
%5737 = cast %5736 : f64[] @ models/lib/nn.yaml:90:7
%5738 = add %5737, %4176 : f64[] @ models/lib/nn.yaml:90:7
%5739 = div %4178, %5738 : f64[] @ models/lib/nn.yaml:90:7
%5740 = lt %5739, %4180 : bool[] @ models/lib/nn.yaml:90:7
%5741 = cast %5739 : f32[] @ models/lib/nn.yaml:90:7
%5742 = broadcast %5741 : f32[64] @ models/lib/nn.yaml:90:7
%5743 = mul %5733, %5742 : f32[64] @ models/lib/nn.yaml:90:7
%5744 = broadcast %5740 : bool[64] @ models/lib/nn.yaml:90:7
%5745 = select %5744, %5743, %5733 : f32[64] @ models/lib/nn.yaml:90:7
%5746 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5747 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5748 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5749 = add %5748, %4190 : i64[] @ models/lib/nn.yaml:90:7
%5750 = mul %5745, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%5751 = mul %5746, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%5752 = add %5751, %5750 : f32[64] @ models/lib/nn.yaml:90:7
%5753 = mul %5745, %5745 : f32[64] @ models/lib/nn.yaml:90:7
%5754 = mul %5753, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%5755 = mul %5747, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%5756 = add %5755, %5754 : f32[64] @ models/lib/nn.yaml:90:7
%5757 = cast %5749 : f64[] @ models/lib/nn.yaml:90:7
%5758 = pow %4199, %5757 : f64[] @ models/lib/nn.yaml:90:7
%5759 = sub %4180, %5758 : f64[] @ models/lib/nn.yaml:90:7
%5760 = div %2492, %5759 : f64[] @ models/lib/nn.yaml:90:7
%5761 = pow %4207, %5757 : f64[] @ models/lib/nn.yaml:90:7
%5762 = sub %4180, %5761 : f64[] @ models/lib/nn.yaml:90:7
%5763 = sqrt %5762 : f64[] @ models/lib/nn.yaml:90:7
%5764 = div %4180, %5763 : f64[] @ models/lib/nn.yaml:90:7
%5765 = sqrt %5756 : f32[64] @ models/lib/nn.yaml:90:7
%5766 = cast %5764 : f32[] @ models/lib/nn.yaml:90:7
%5767 = broadcast %5766 : f32[64] @ models/lib/nn.yaml:90:7
%5768 = mul %5765, %5767 : f32[64] @ models/lib/nn.yaml:90:7
%5769 = add %5768, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%5770 = div %5752, %5769 : f32[64] @ models/lib/nn.yaml:90:7
%5771 = cast %5760 : f32[] @ models/lib/nn.yaml:90:7
%5772 = broadcast %5771 : f32[64] @ models/lib/nn.yaml:90:7
%5773 = mul %5770, %5772 : f32[64] @ models/lib/nn.yaml:90:7
%5774 = sub %36, %5773 : f32[64] @ models/lib/nn.yaml:90:7
%5775 = assign %36, %5774 : f32[64] @ models/lib/nn.yaml:90:7
%5776 = assign %5746, %5752 : f32[64] @ models/lib/nn.yaml:90:7
%5777 = assign %5747, %5756 : f32[64] @ models/lib/nn.yaml:90:7
%5778 = assign %5748, %5749 : i64[] @ models/lib/nn.yaml:90:7
%5779 = mul %98, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%5780 = mul %5774, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%5781 = add %5779, %5780 : f32[64] @ models/lib/nn.yaml:90:7
%5782 = assign %98, %5781 : f32[64] @ models/lib/nn.yaml:90:7
%5783 = all_reduce_sum %3804 : f32[64,64] @ models/lib/nn.yaml:79:7
%5784 = reshape %5783 : f32[4096] @ models/lib/nn.yaml:79:7
%5785 = mul %5784, %5784 : f32[4096] @ models/lib/nn.yaml:79:7
%5786 = reduce_sum %5785 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5787 = sqrt %5786 : f32[] @ models/lib/nn.yaml:79:7
%5788 = cast %5787 : f64[] @ models/lib/nn.yaml:79:7
%5789 = add %5788, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5790 = div %4178, %5789 : f64[] @ models/lib/nn.yaml:79:7
%5791 = lt %5790, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5792 = cast %5790 : f32[] @ models/lib/nn.yaml:79:7
%5793 = broadcast %5792 : f32[64,64] @ models/lib/nn.yaml:79:7
%5794 = mul %5783, %5793 : f32[64,64] @ models/lib/nn.yaml:79:7
%5795 = broadcast %5791 : bool[64,64] @ models/lib/nn.yaml:79:7
%5796 = select %5795, %5794, %5783 : f32[64,64] @ models/lib/nn.yaml:79:7
%5797 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5798 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5799 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5800 = add %5799, %4190 : i64[] @ models/lib/nn.yaml:79:7
%5801 = mul %37, %4596 : f32[64,64] @ models/lib/nn.yaml:79:7
%5802 = mul %5796, %4598 : f32[64,64] @ models/lib/nn.yaml:79:7
%5803 = mul %5797, %4600 : f32[64,64] @ models/lib/nn.yaml:79:7
%5804 = add %5803, %5802 : f32[64,64] @ models/lib/nn.yaml:79:7
%5805 = mul %5796, %5796 : f32[64,64] @ models/lib/nn.yaml:79:7
%5806 = mul %5805, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%5807 = mul %5798, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%5808 = add %5807, %5806 : f32[64,64] @ models/lib/nn.yaml:79:7
%5809 = cast %5800 : f64[] @ models/lib/nn.yaml:79:7
%5810 = pow %4199, %5809 : f64[] @ models/lib/nn.yaml:79:7
%5811 = sub %4180, %5810 : f64[] @ models/lib/nn.yaml:79:7
%5812 = div %2492, %5811 : f64[] @ models/lib/nn.yaml:79:7
%5813 = pow %4207, %5809 : f64[] @ models/lib/nn.yaml:79:7
%5814 = sub %4180, %5813 : f64[] @ models/lib/nn.yaml:79:7
%5815 = sqrt %5814 : f64[] @ models/lib/nn.yaml:79:7
%5816 = div %4180, %5815 : f64[] @ models/lib/nn.yaml:79:7
%5817 = sqrt %5808 : f32[64,64] @ models/lib/nn.yaml:79:7
%5818 = cast %5816 : f32[] @ models/lib/nn.yaml:79:7
%5819 = broadcast %5818 : f32[64,64] @ models/lib/nn.yaml:79:7
%5820 = mul %5817, %5819 : f32[64,64] @ models/lib/nn.yaml:79:7
%5821 = add %5820, %4621 : f32[64,64] @ models/lib/nn.yaml:79:7
%5822 = div %5804, %5821 : f32[64,64] @ models/lib/nn.yaml:79:7
%5823 = cast %5812 : f32[] @ models/lib/nn.yaml:79:7
%5824 = broadcast %5823 : f32[64,64] @ models/lib/nn.yaml:79:7
%5825 = mul %5822, %5824 : f32[64,64] @ models/lib/nn.yaml:79:7
%5826 = sub %5801, %5825 : f32[64,64] @ models/lib/nn.yaml:79:7
%5827 = assign %37, %5826 : f32[64,64] @ models/lib/nn.yaml:79:7
%5828 = assign %5797, %5804 : f32[64,64] @ models/lib/nn.yaml:79:7
%5829 = assign %5798, %5808 : f32[64,64] @ models/lib/nn.yaml:79:7
%5830 = assign %5799, %5800 : i64[] @ models/lib/nn.yaml:79:7
%5831 = mul %99, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%5832 = mul %5826, %4634 : f32[64,64] @ models/lib/nn.yaml:79:7
%5833 = add %5831, %5832 : f32[64,64] @ models/lib/nn.yaml:79:7
%5834 = assign %99, %5833 : f32[64,64] @ models/lib/nn.yaml:79:7
%5835 = all_reduce_sum %3795 : f32[64] @ models/lib/nn.yaml:80:7
%5836 = mul %5835, %5835 : f32[64] @ models/lib/nn.yaml:80:7
%5837 = reduce_sum %5836 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5838 = sqrt %5837 : f32[] @ models/lib/nn.yaml:80:7
%5839 = cast %5838 : f64[] @ models/lib/nn.yaml:80:7
%5840 = add %5839, %4176 : f64[] @ models/lib/nn.yaml:80:7
%5841 = div %4178, %5840 : f64[] @ models/lib/nn.yaml:80:7
%5842 = lt %5841, %4180 : bool[] @ models/lib/nn.yaml:80:7
%5843 = cast %5841 : f32[] @ models/lib/nn.yaml:80:7
%5844 = broadcast %5843 : f32[64] @ models/lib/nn.yaml:80:7
%5845 = mul %5835, %5844 : f32[64] @ models/lib/nn.yaml:80:7
%5846 = broadcast %5842 : bool[64] @ models/lib/nn.yaml:80:7
%5847 = select %5846, %5845, %5835 : f32[64] @ models/lib/nn.yaml:80:7
%5848 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5849 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5850 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5851 = add %5850, %4190 : i64[] @ models/lib/nn.yaml:80:7
%5852 = mul %5847, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%5853 = mul %5848, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%5854 = add %5853, %5852 : f32[64] @ models/lib/nn.yaml:80:7
%5855 = mul %5847, %5847 : f32[64] @ models/lib/nn.yaml:80:7
%5856 = mul %5855, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5857 = mul %5849, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5858 = add %5857, %5856 : f32[64] @ models/lib/nn.yaml:80:7
%5859 = cast %5851 : f64[] @ models/lib/nn.yaml:80:7
%5860 = pow %4199, %5859 : f64[] @ models/lib/nn.yaml:80:7
%5861 = sub %4180, %5860 : f64[] @ models/lib/nn.yaml:80:7
%5862 = div %2492, %5861 : f64[] @ models/lib/nn.yaml:80:7
%5863 = pow %4207, %5859 : f64[] @ models/lib/nn.yaml:80:7
%5864 = sub %4180, %5863 : f64[] @ models/lib/nn.yaml:80:7
%5865 = sqrt %5864 : f64[] @ models/lib/nn.yaml:80:7
%5866 = div %4180, %5865 : f64[] @ models/lib/nn.yaml:80:7
%5867 = sqrt %5858 : f32[64] @ models/lib/nn.yaml:80:7
%5868 = cast %5866 : f32[] @ models/lib/nn.yaml:80:7
%5869 = broadcast %5868 : f32[64] @ models/lib/nn.yaml:80:7
%5870 = mul %5867, %5869 : f32[64] @ models/lib/nn.yaml:80:7
%5871 = add %5870, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%5872 = div %5854, %5871 : f32[64] @ models/lib/nn.yaml:80:7
%5873 = cast %5862 : f32[] @ models/lib/nn.yaml:80:7
%5874 = broadcast %5873 : f32[64] @ models/lib/nn.yaml:80:7
%5875 = mul %5872, %5874 : f32[64] @ models/lib/nn.yaml:80:7
%5876 = sub %38, %5875 : f32[64] @ models/lib/nn.yaml:80:7
%5877 = assign %38, %5876 : f32[64] @ models/lib/nn.yaml:80:7
%5878 = assign %5848, %5854 : f32[64] @ models/lib/nn.yaml:80:7
%5879 = assign %5849, %5858 : f32[64] @ models/lib/nn.yaml:80:7
%5880 = assign %5850, %5851 : i64[] @ models/lib/nn.yaml:80:7
%5881 = mul %100, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%5882 = mul %5876, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%5883 = add %5881, %5882 : f32[64] @ models/lib/nn.yaml:80:7
%5884 = assign %100, %5883 : f32[64] @ models/lib/nn.yaml:80:7
%5885 = all_reduce_sum %3789 : f32[64,64] @ models/lib/nn.yaml:79:7
%5886 = reshape %5885 : f32[4096] @ models/lib/nn.yaml:79:7
%5887 = mul %5886, %5886 : f32[4096] @ models/lib/nn.yaml:79:7
%5888 = reduce_sum %5887 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5889 = sqrt %5888 : f32[] @ models/lib/nn.yaml:79:7
%5890 = cast %5889 : f64[] @ models/lib/nn.yaml:79:7
%5891 = add %5890, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5892 = div %4178, %5891 : f64[] @ models/lib/nn.yaml:79:7
%5893 = lt %5892, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5894 = cast %5892 : f32[] @ models/lib/nn.yaml:79:7
%5895 = broadcast %5894 : f32[64,64] @ models/lib/nn.yaml:79:7
%5896 = mul %5885, %5895 : f32[64,64] @ models/lib/nn.yaml:79:7
%5897 = broadcast %5893 : bool[64,64] @ models/lib/nn.yaml:79:7
%5898 = select %5897, %5896, %5885 : f32[64,64] @ models/lib/nn.yaml:79:7
%5899 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5900 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5901 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5902 = add %5901, %4190 : i64[] @ models/lib/nn.yaml:79:7
%5903 = mul %39, %4596 : f32[64,64] @ models/lib/nn.yaml:79:7
%5904 = mul %5898, %4598 : f32[64,64] @ models/lib/nn.yaml:79:7
%5905 = mul %5899, %4600 : f32[64,64] @ models/lib/nn.yaml:79:7
%5906 = add %5905, %5904 : f32[64,64] @ models/lib/nn.yaml:79:7
%5907 = mul %5898, %5898 : f32[64,64] @ models/lib/nn.yaml:79:7
%5908 = mul %5907, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%5909 = mul %5900, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%5910 = add %5909, %5908 : f32[64,64] @ models/lib/nn.yaml:79:7
%5911 = cast %5902 : f64[] @ models/lib/nn.yaml:79:7
%5912 = pow %4199, %5911 : f64[] @ models/lib/nn.yaml:79:7
%5913 = sub %4180, %5912 : f64[] @ models/lib/nn.yaml:79:7
%5914 = div %2492, %5913 : f64[] @ models/lib/nn.yaml:79:7
%5915 = pow %4207, %5911 : f64[] @ models/lib/nn.yaml:79:7
%5916 = sub %4180, %5915 : f64[] @ models/lib/nn.yaml:79:7
%5917 = sqrt %5916 : f64[] @ models/lib/nn.yaml:79:7
%5918 = div %4180, %5917 : f64[] @ models/lib/nn.yaml:79:7
%5919 = sqrt %5910 : f32[64,64] @ models/lib/nn.yaml:79:7
%5920 = cast %5918 : f32[] @ models/lib/nn.yaml:79:7
%5921 = broadcast %5920 : f32[64,64] @ models/lib/nn.yaml:79:7
%5922 = mul %5919, %5921 : f32[64,64] @ models/lib/nn.yaml:79:7
%5923 = add %5922, %4621 : f32[64,64] @ models/lib/nn.yaml:79:7
%5924 = div %5906, %5923 : f32[64,64] @ models/lib/nn.yaml:79:7
%5925 = cast %5914 : f32[] @ models/lib/nn.yaml:79:7
%5926 = broadcast %5925 : f32[64,64] @ models/lib/nn.yaml:79:7
%5927 = mul %5924, %5926 : f32[64,64] @ models/lib/nn.yaml:79:7
%5928 = sub %5903, %5927 : f32[64,64] @ models/lib/nn.yaml:79:7
%5929 = assign %39, %5928 : f32[64,64] @ models/lib/nn.yaml:79:7
%5930 = assign %5899, %5906 : f32[64,64] @ models/lib/nn.yaml:79:7
%5931 = assign %5900, %5910 : f32[64,64] @ models/lib/nn.yaml:79:7
%5932 = assign %5901, %5902 : i64[] @ models/lib/nn.yaml:79:7
%5933 = mul %101, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%5934 = mul %5928, %4634 : f32[64,64] @ models/lib/nn.yaml:79:7
%5935 = add %5933, %5934 : f32[64,64] @ models/lib/nn.yaml:79:7
%5936 = assign %101, %5935 : f32[64,64] @ models/lib/nn.yaml:79:7
%5937 = all_reduce_sum %3781 : f32[64] @ models/lib/nn.yaml:80:7
%5938 = mul %5937, %5937 : f32[64] @ models/lib/nn.yaml:80:7
%5939 = reduce_sum %5938 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5940 = sqrt %5939 : f32[] @ models/lib/nn.yaml:80:7
%5941 = cast %5940 : f64[] @ models/lib/nn.yaml:80:7
%5942 = add %5941, %4176 : f64[] @ models/lib/nn.yaml:80:7
%5943 = div %4178, %5942 : f64[] @ models/lib/nn.yaml:80:7
%5944 = lt %5943, %4180 : bool[] @ models/lib/nn.yaml:80:7
%5945 = cast %5943 : f32[] @ models/lib/nn.yaml:80:7
%5946 = broadcast %5945 : f32[64] @ models/lib/nn.yaml:80:7
%5947 = mul %5937, %5946 : f32[64] @ models/lib/nn.yaml:80:7
%5948 = broadcast %5944 : bool[64] @ models/lib/nn.yaml:80:7
%5949 = select %5948, %5947, %5937 : f32[64] @ models/lib/nn.yaml:80:7
%5950 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5951 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5952 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5953 = add %5952, %4190 : i64[] @ models/lib/nn.yaml:80:7
%5954 = mul %5949, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%5955 = mul %5950, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%5956 = add %5955, %5954 : f32[64] @ models/lib/nn.yaml:80:7
%5957 = mul %5949, %5949 : f32[64] @ models/lib/nn.yaml:80:7
%5958 = mul %5957, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5959 = mul %5951, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5960 = add %5959, %5958 : f32[64] @ models/lib/nn.yaml:80:7
%5961 = cast %5953 : f64[] @ models/lib/nn.yaml:80:7
%5962 = pow %4199, %5961 : f64[] @ models/lib/nn.yaml:80:7
%5963 = sub %4180, %5962 : f64[] @ models/lib/nn.yaml:80:7
%5964 = div %2492, %5963 : f64[] @ models/lib/nn.yaml:80:7
%5965 = pow %4207, %5961 : f64[] @ models/lib/nn.yaml:80:7
%5966 = sub %4180, %5965 : f64[] @ models/lib/nn.yaml:80:7
%5967 = sqrt %5966 : f64[] @ models/lib/nn.yaml:80:7
%5968 = div %4180, %5967 : f64[] @ models/lib/nn.yaml:80:7
%5969 = sqrt %5960 : f32[64] @ models/lib/nn.yaml:80:7
%5970 = cast %5968 : f32[] @ models/lib/nn.yaml:80:7
%5971 = broadcast %5970 : f32[64] @ models/lib/nn.yaml:80:7
%5972 = mul %5969, %5971 : f32[64] @ models/lib/nn.yaml:80:7
%5973 = add %5972, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%5974 = div %5956, %5973 : f32[64] @ models/lib/nn.yaml:80:7
%5975 = cast %5964 : f32[] @ models/lib/nn.yaml:80:7
%5976 = broadcast %5975 : f32[64] @ models/lib/nn.yaml:80:7
%5977 = mul %5974, %5976 : f32[64] @ models/lib/nn.yaml:80:7
%5978 = sub %40, %5977 : f32[64] @ models/lib/nn.yaml:80:7
%5979 = assign %40, %5978 : f32[64] @ models/lib/nn.yaml:80:7
%5980 = assign %5950, %5956 : f32[64] @ models/lib/nn.yaml:80:7
%5981 = assign %5951, %5960 : f32[64] @ models/lib/nn.yaml:80:7
%5982 = assign %5952, %5953 : i64[] @ models/lib/nn.yaml:80:7
%5983 = mul %102, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%5984 = mul %5978, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%5985 = add %5983, %5984 : f32[64] @ models/lib/nn.yaml:80:7
%5986 = assign %102, %5985 : f32[64] @ models/lib/nn.yaml:80:7
%5987 = all_reduce_sum %3775 : f32[64,64] @ models/lib/nn.yaml:79:7
%5988 = reshape %5987 : f32[4096] @ models/lib/nn.yaml:79:7
%5989 = mul %5988, %5988 : f32[4096] @ models/lib/nn.yaml:79:7
%5990 = reduce_sum %5989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5991 = sqrt %5990 : f32[] @ models/lib/nn.yaml:79:7
%5992 = cast %5991 : f64[] @ models/lib/nn.yaml:79:7
%5993 = add %5992, %4176 : f64[] @ models/lib/nn.yaml:79:7
%5994 = div %4178, %5993 : f64[] @ models/lib/nn.yaml:79:7
%5995 = lt %5994, %4180 : bool[] @ models/lib/nn.yaml:79:7
%5996 = cast %5994 : f32[] @ models/lib/nn.yaml:79:7
%5997 = broadcast %5996 : f32[64,64] @ models/lib/nn.yaml:79:7
%5998 = mul %5987, %5997 : f32[64,64] @ models/lib/nn.yaml:79:7
%5999 = broadcast %5995 : bool[64,64] @ models/lib/nn.yaml:79:7
%6000 = select %5999, %5998, %5987 : f32[64,64] @ models/lib/nn.yaml:79:7
%6001 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6002 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6003 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6004 = add %6003, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6005 = mul %41, %4596 : f32[64,64] @ models/lib/nn.yaml:79:7
%6006 = mul %6000, %4598 : f32[64,64] @ models/lib/nn.yaml:79:7
%6007 = mul %6001, %4600 : f32[64,64] @ models/lib/nn.yaml:79:7
%6008 = add %6007, %6006 : f32[64,64] @ models/lib/nn.yaml:79:7
%6009 = mul %6000, %6000 : f32[64,64] @ models/lib/nn.yaml:79:7
%6010 = mul %6009, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%6011 = mul %6002, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%6012 = add %6011, %6010 : f32[64,64] @ models/lib/nn.yaml:79:7
%6013 = cast %6004 : f64[] @ models/lib/nn.yaml:79:7
%6014 = pow %4199, %6013 : f64[] @ models/lib/nn.yaml:79:7
%6015 = sub %4180, %6014 : f64[] @ models/lib/nn.yaml:79:7
%6016 = div %2492, %6015 : f64[] @ models/lib/nn.yaml:79:7
%6017 = pow %4207, %6013 : f64[] @ models/lib/nn.yaml:79:7
%6018 = sub %4180, %6017 : f64[] @ models/lib/nn.yaml:79:7
%6019 = sqrt %6018 : f64[] @ models/lib/nn.yaml:79:7
%6020 = div %4180, %6019 : f64[] @ models/lib/nn.yaml:79:7
%6021 = sqrt %6012 : f32[64,64] @ models/lib/nn.yaml:79:7
%6022 = cast %6020 : f32[] @ models/lib/nn.yaml:79:7
%6023 = broadcast %6022 : f32[64,64] @ models/lib/nn.yaml:79:7
%6024 = mul %6021, %6023 : f32[64,64] @ models/lib/nn.yaml:79:7
%6025 = add %6024, %4621 : f32[64,64] @ models/lib/nn.yaml:79:7
%6026 = div %6008, %6025 : f32[64,64] @ models/lib/nn.yaml:79:7
%6027 = cast %6016 : f32[] @ models/lib/nn.yaml:79:7
%6028 = broadcast %6027 : f32[64,64] @ models/lib/nn.yaml:79:7
%6029 = mul %6026, %6028 : f32[64,64] @ models/lib/nn.yaml:79:7
%6030 = sub %6005, %6029 : f32[64,64] @ models/lib/nn.yaml:79:7
%6031 = assign %41, %6030 : f32[64,64] @ models/lib/nn.yaml:79:7
%6032 = assign %6001, %6008 : f32[64,64] @ models/lib/nn.yaml:79:7
%6033 = assign %6002, %6012 : f32[64,64] @ models/lib/nn.yaml:79:7
%6034 = assign %6003, %6004 : i64[] @ models/lib/nn.yaml:79:7
%6035 = mul %103, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%6036 = mul %6030, %4634 : f32[64,64] @ models/lib/nn.yaml:79:7
%6037 = add %6035, %6036 : f32[64,64] @ models/lib/nn.yaml:79:7
%6038 = assign %103, %6037 : f32[64,64] @ models/lib/nn.yaml:79:7
%6039 = all_reduce_sum %3769 : f32[64] @ models/lib/nn.yaml:80:7
%6040 = mul %6039, %6039 : f32[64] @ models/lib/nn.yaml:80:7
%6041 = reduce_sum %6040 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6042 = sqrt %6041 : f32[] @ models/lib/nn.yaml:80:7
%6043 = cast %6042 : f64[] @ models/lib/nn.yaml:80:7
%6044 = add %6043, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6045 = div %4178, %6044 : f64[] @ models/lib/nn.yaml:80:7
%6046 = lt %6045, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6047 = cast %6045 : f32[] @ models/lib/nn.yaml:80:7
%6048 = broadcast %6047 : f32[64] @ models/lib/nn.yaml:80:7
%6049 = mul %6039, %6048 : f32[64] @ models/lib/nn.yaml:80:7
%6050 = broadcast %6046 : bool[64] @ models/lib/nn.yaml:80:7
%6051 = select %6050, %6049, %6039 : f32[64] @ models/lib/nn.yaml:80:7
%6052 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6053 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6054 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6055 = add %6054, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6056 = mul %6051, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%6057 = mul %6052, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%6058 = add %6057, %6056 : f32[64] @ models/lib/nn.yaml:80:7
%6059 = mul %6051, %6051 : f32[64] @ models/lib/nn.yaml:80:7
%6060 = mul %6059, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6061 = mul %6053, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6062 = add %6061, %6060 : f32[64] @ models/lib/nn.yaml:80:7
%6063 = cast %6055 : f64[] @ models/lib/nn.yaml:80:7
%6064 = pow %4199, %6063 : f64[] @ models/lib/nn.yaml:80:7
%6065 = sub %4180, %6064 : f64[] @ models/lib/nn.yaml:80:7
%6066 = div %2492, %6065 : f64[] @ models/lib/nn.yaml:80:7
%6067 = pow %4207, %6063 : f64[] @ models/lib/nn.yaml:80:7
%6068 = sub %4180, %6067 : f64[] @ models/lib/nn.yaml:80:7
%6069 = sqrt %6068 : f64[] @ models/lib/nn.yaml:80:7
%6070 = div %4180, %6069 : f64[] @ models/lib/nn.yaml:80:7
%6071 = sqrt %6062 : f32[64] @ models/lib/nn.yaml:80:7
%6072 = cast %6070 : f32[] @ models/lib/nn.yaml:80:7
%6073 = broadcast %6072 : f32[64] @ models/lib/nn.yaml:80:7
%6074 = mul %6071, %6073 : f32[64] @ models/lib/nn.yaml:80:7
%6075 = add %6074, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%6076 = div %6058, %6075 : f32[64] @ models/lib/nn.yaml:80:7
%6077 = cast %6066 : f32[] @ models/lib/nn.yaml:80:7
%6078 = broadcast %6077 : f32[64] @ models/lib/nn.yaml:80:7
%6079 = mul %6076, %6078 : f32[64] @ models/lib/nn.yaml:80:7
%6080 = sub %42, %6079 : f32[64] @ models/lib/nn.yaml:80:7
%6081 = assign %42, %6080 : f32[64] @ models/lib/nn.yaml:80:7
%6082 = assign %6052, %6058 : f32[64] @ models/lib/nn.yaml:80:7
%6083 = assign %6053, %6062 : f32[64] @ models/lib/nn.yaml:80:7
%6084 = assign %6054, %6055 : i64[] @ models/lib/nn.yaml:80:7
%6085 = mul %104, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%6086 = mul %6080, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%6087 = add %6085, %6086 : f32[64] @ models/lib/nn.yaml:80:7
%6088 = assign %104, %6087 : f32[64] @ models/lib/nn.yaml:80:7
%6089 = all_reduce_sum %3723 : f32[64,64] @ models/lib/nn.yaml:79:7
%6090 = reshape %6089 : f32[4096] @ models/lib/nn.yaml:79:7
%6091 = mul %6090, %6090 : f32[4096] @ models/lib/nn.yaml:79:7
%6092 = reduce_sum %6091 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6093 = sqrt %6092 : f32[] @ models/lib/nn.yaml:79:7
%6094 = cast %6093 : f64[] @ models/lib/nn.yaml:79:7
%6095 = add %6094, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6096 = div %4178, %6095 : f64[] @ models/lib/nn.yaml:79:7
%6097 = lt %6096, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6098 = cast %6096 : f32[] @ models/lib/nn.yaml:79:7
%6099 = broadcast %6098 : f32[64,64] @ models/lib/nn.yaml:79:7
%6100 = mul %6089, %6099 : f32[64,64] @ models/lib/nn.yaml:79:7
%6101 = broadcast %6097 : bool[64,64] @ models/lib/nn.yaml:79:7
%6102 = select %6101, %6100, %6089 : f32[64,64] @ models/lib/nn.yaml:79:7
%6103 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6104 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6105 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6106 = add %6105, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6107 = mul %43, %4596 : f32[64,64] @ models/lib/nn.yaml:79:7
%6108 = mul %6102, %4598 : f32[64,64] @ models/lib/nn.yaml:79:7
%6109 = mul %6103, %4600 : f32[64,64] @ models/lib/nn.yaml:79:7
%6110 = add %6109, %6108 : f32[64,64] @ models/lib/nn.yaml:79:7
%6111 = mul %6102, %6102 : f32[64,64] @ models/lib/nn.yaml:79:7
%6112 = mul %6111, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%6113 = mul %6104, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%6114 = add %6113, %6112 : f32[64,64] @ models/lib/nn.yaml:79:7
%6115 = cast %6106 : f64[] @ models/lib/nn.yaml:79:7
%6116 = pow %4199, %6115 : f64[] @ models/lib/nn.yaml:79:7
%6117 = sub %4180, %6116 : f64[] @ models/lib/nn.yaml:79:7
%6118 = div %2492, %6117 : f64[] @ models/lib/nn.yaml:79:7
%6119 = pow %4207, %6115 : f64[] @ models/lib/nn.yaml:79:7
%6120 = sub %4180, %6119 : f64[] @ models/lib/nn.yaml:79:7
%6121 = sqrt %6120 : f64[] @ models/lib/nn.yaml:79:7
%6122 = div %4180, %6121 : f64[] @ models/lib/nn.yaml:79:7
%6123 = sqrt %6114 : f32[64,64] @ models/lib/nn.yaml:79:7
%6124 = cast %6122 : f32[] @ models/lib/nn.yaml:79:7
%6125 = broadcast %6124 : f32[64,64] @ models/lib/nn.yaml:79:7
%6126 = mul %6123, %6125 : f32[64,64] @ models/lib/nn.yaml:79:7
%6127 = add %6126, %4621 : f32[64,64] @ models/lib/nn.yaml:79:7
%6128 = div %6110, %6127 : f32[64,64] @ models/lib/nn.yaml:79:7
%6129 = cast %6118 : f32[] @ models/lib/nn.yaml:79:7
%6130 = broadcast %6129 : f32[64,64] @ models/lib/nn.yaml:79:7
%6131 = mul %6128, %6130 : f32[64,64] @ models/lib/nn.yaml:79:7
%6132 = sub %6107, %6131 : f32[64,64] @ models/lib/nn.yaml:79:7
%6133 = assign %43, %6132 : f32[64,64] @ models/lib/nn.yaml:79:7
%6134 = assign %6103, %6110 : f32[64,64] @ models/lib/nn.yaml:79:7
%6135 = assign %6104, %6114 : f32[64,64] @ models/lib/nn.yaml:79:7
%6136 = assign %6105, %6106 : i64[] @ models/lib/nn.yaml:79:7
%6137 = mul %105, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%6138 = mul %6132, %4634 : f32[64,64] @ models/lib/nn.yaml:79:7
%6139 = add %6137, %6138 : f32[64,64] @ models/lib/nn.yaml:79:7
%6140 = assign %105, %6139 : f32[64,64] @ models/lib/nn.yaml:79:7
%6141 = all_reduce_sum %3715 : f32[64] @ models/lib/nn.yaml:80:7
%6142 = mul %6141, %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6143 = reduce_sum %6142 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6144 = sqrt %6143 : f32[] @ models/lib/nn.yaml:80:7
%6145 = cast %6144 : f64[] @ models/lib/nn.yaml:80:7
%6146 = add %6145, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6147 = div %4178, %6146 : f64[] @ models/lib/nn.yaml:80:7
%6148 = lt %6147, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6149 = cast %6147 : f32[] @ models/lib/nn.yaml:80:7
%6150 = broadcast %6149 : f32[64] @ models/lib/nn.yaml:80:7
%6151 = mul %6141, %6150 : f32[64] @ models/lib/nn.yaml:80:7
%6152 = broadcast %6148 : bool[64] @ models/lib/nn.yaml:80:7
%6153 = select %6152, %6151, %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6154 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6155 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6156 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6157 = add %6156, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6158 = mul %6153, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%6159 = mul %6154, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%6160 = add %6159, %6158 : f32[64] @ models/lib/nn.yaml:80:7
%6161 = mul %6153, %6153 : f32[64] @ models/lib/nn.yaml:80:7
%6162 = mul %6161, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6163 = mul %6155, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = add %6163, %6162 : f32[64] @ models/lib/nn.yaml:80:7
%6165 = cast %6157 : f64[] @ models/lib/nn.yaml:80:7
%6166 = pow %4199, %6165 : f64[] @ models/lib/nn.yaml:80:7
%6167 = sub %4180, %6166 : f64[] @ models/lib/nn.yaml:80:7
%6168 = div %2492, %6167 : f64[] @ models/lib/nn.yaml:80:7
%6169 = pow %4207, %6165 : f64[] @ models/lib/nn.yaml:80:7
%6170 = sub %4180, %6169 : f64[] @ models/lib/nn.yaml:80:7
%6171 = sqrt %6170 : f64[] @ models/lib/nn.yaml:80:7
%6172 = div %4180, %6171 : f64[] @ models/lib/nn.yaml:80:7
%6173 = sqrt %6164 : f32[64] @ models/lib/nn.yaml:80:7
%6174 = cast %6172 : f32[] @ models/lib/nn.yaml:80:7
%6175 = broadcast %6174 : f32[64] @ models/lib/nn.yaml:80:7
%6176 = mul %6173, %6175 : f32[64] @ models/lib/nn.yaml:80:7
%6177 = add %6176, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%6178 = div %6160, %6177 : f32[64] @ models/lib/nn.yaml:80:7
%6179 = cast %6168 : f32[] @ models/lib/nn.yaml:80:7
%6180 = broadcast %6179 : f32[64] @ models/lib/nn.yaml:80:7
%6181 = mul %6178, %6180 : f32[64] @ models/lib/nn.yaml:80:7
%6182 = sub %44, %6181 : f32[64] @ models/lib/nn.yaml:80:7
%6183 = assign %44, %6182 : f32[64] @ models/lib/nn.yaml:80:7
%6184 = assign %6154, %6160 : f32[64] @ models/lib/nn.yaml:80:7
%6185 = assign %6155, %6164 : f32[64] @ models/lib/nn.yaml:80:7
%6186 = assign %6156, %6157 : i64[] @ models/lib/nn.yaml:80:7
%6187 = mul %106, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%6188 = mul %6182, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%6189 = add %6187, %6188 : f32[64] @ models/lib/nn.yaml:80:7
%6190 = assign %106, %6189 : f32[64] @ models/lib/nn.yaml:80:7
%6191 = all_reduce_sum %3694 : f32[64] @ models/lib/nn.yaml:89:7
%6192 = mul %6191, %6191 : f32[64] @ models/lib/nn.yaml:89:7
%6193 = reduce_sum %6192 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6194 = sqrt %6193 : f32[] @ models/lib/nn.yaml:89:7
%6195 = cast %6194 : f64[] @ models/lib/nn.yaml:89:7
%6196 = add %6195, %4176 : f64[] @ models/lib/nn.yaml:89:7
%6197 = div %4178, %6196 : f64[] @ models/lib/nn.yaml:89:7
%6198 = lt %6197, %4180 : bool[] @ models/lib/nn.yaml:89:7
%6199 = cast %6197 : f32[] @ models/lib/nn.yaml:89:7
%6200 = broadcast %6199 : f32[64] @ models/lib/nn.yaml:89:7
%6201 = mul %6191, %6200 : f32[64] @ models/lib/nn.yaml:89:7
%6202 = broadcast %6198 : bool[64] @ models/lib/nn.yaml:89:7
%6203 = select %6202, %6201, %6191 : f32[64] @ models/lib/nn.yaml:89:7
%6204 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6205 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6206 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6207 = add %6206, %4190 : i64[] @ models/lib/nn.yaml:89:7
%6208 = mul %6203, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%6209 = mul %6204, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%6210 = add %6209, %6208 : f32[64] @ models/lib/nn.yaml:89:7
%6211 = mul %6203, %6203 : f32[64] @ models/lib/nn.yaml:89:7
%6212 = mul %6211, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%6213 = mul %6205, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%6214 = add %6213, %6212 : f32[64] @ models/lib/nn.yaml:89:7
%6215 = cast %6207 : f64[] @ models/lib/nn.yaml:89:7
%6216 = pow %4199, %6215 : f64[] @ models/lib/nn.yaml:89:7
%6217 = sub %4180, %6216 : f64[] @ models/lib/nn.yaml:89:7
%6218 = div %2492, %6217 : f64[] @ models/lib/nn.yaml:89:7
%6219 = pow %4207, %6215 : f64[] @ models/lib/nn.yaml:89:7
%6220 = sub %4180, %6219 : f64[] @ models/lib/nn.yaml:89:7
%6221 = sqrt %6220 : f64[] @ models/lib/nn.yaml:89:7
%6222 = div %4180, %6221 : f64[] @ models/lib/nn.yaml:89:7
%6223 = sqrt %6214 : f32[64] @ models/lib/nn.yaml:89:7
%6224 = cast %6222 : f32[] @ models/lib/nn.yaml:89:7
%6225 = broadcast %6224 : f32[64] @ models/lib/nn.yaml:89:7
%6226 = mul %6223, %6225 : f32[64] @ models/lib/nn.yaml:89:7
%6227 = add %6226, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%6228 = div %6210, %6227 : f32[64] @ models/lib/nn.yaml:89:7
%6229 = cast %6218 : f32[] @ models/lib/nn.yaml:89:7
%6230 = broadcast %6229 : f32[64] @ models/lib/nn.yaml:89:7
%6231 = mul %6228, %6230 : f32[64] @ models/lib/nn.yaml:89:7
%6232 = sub %45, %6231 : f32[64] @ models/lib/nn.yaml:89:7
%6233 = assign %45, %6232 : f32[64] @ models/lib/nn.yaml:89:7
%6234 = assign %6204, %6210 : f32[64] @ models/lib/nn.yaml:89:7
%6235 = assign %6205, %6214 : f32[64] @ models/lib/nn.yaml:89:7
%6236 = assign %6206, %6207 : i64[] @ models/lib/nn.yaml:89:7
%6237 = mul %107, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%6238 = mul %6232, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%6239 = add %6237, %6238 : f32[64] @ models/lib/nn.yaml:89:7
%6240 = assign %107, %6239 : f32[64] @ models/lib/nn.yaml:89:7
%6241 = all_reduce_sum %3687 : f32[64] @ models/lib/nn.yaml:90:7
%6242 = mul %6241, %6241 : f32[64] @ models/lib/nn.yaml:90:7
%6243 = reduce_sum %6242 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6244 = sqrt %6243 : f32[] @ models/lib/nn.yaml:90:7
%6245 = cast %6244 : f64[] @ models/lib/nn.yaml:90:7
%6246 = add %6245, %4176 : f64[] @ models/lib/nn.yaml:90:7
%6247 = div %4178, %6246 : f64[] @ models/lib/nn.yaml:90:7
%6248 = lt %6247, %4180 : bool[] @ models/lib/nn.yaml:90:7
%6249 = cast %6247 : f32[] @ models/lib/nn.yaml:90:7
%6250 = broadcast %6249 : f32[64] @ models/lib/nn.yaml:90:7
%6251 = mul %6241, %6250 : f32[64] @ models/lib/nn.yaml:90:7
%6252 = broadcast %6248 : bool[64] @ models/lib/nn.yaml:90:7
%6253 = select %6252, %6251, %6241 : f32[64] @ models/lib/nn.yaml:90:7
%6254 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6255 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6256 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6257 = add %6256, %4190 : i64[] @ models/lib/nn.yaml:90:7
%6258 = mul %6253, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%6259 = mul %6254, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%6260 = add %6259, %6258 : f32[64] @ models/lib/nn.yaml:90:7
%6261 = mul %6253, %6253 : f32[64] @ models/lib/nn.yaml:90:7
%6262 = mul %6261, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%6263 = mul %6255, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%6264 = add %6263, %6262 : f32[64] @ models/lib/nn.yaml:90:7
%6265 = cast %6257 : f64[] @ models/lib/nn.yaml:90:7
%6266 = pow %4199, %6265 : f64[] @ models/lib/nn.yaml:90:7
%6267 = sub %4180, %6266 : f64[] @ models/lib/nn.yaml:90:7
%6268 = div %2492, %6267 : f64[] @ models/lib/nn.yaml:90:7
%6269 = pow %4207, %6265 : f64[] @ models/lib/nn.yaml:90:7
%6270 = sub %4180, %6269 : f64[] @ models/lib/nn.yaml:90:7
%6271 = sqrt %6270 : f64[] @ models/lib/nn.yaml:90:7
%6272 = div %4180, %6271 : f64[] @ models/lib/nn.yaml:90:7
%6273 = sqrt %6264 : f32[64] @ models/lib/nn.yaml:90:7
%6274 = cast %6272 : f32[] @ models/lib/nn.yaml:90:7
%6275 = broadcast %6274 : f32[64] @ models/lib/nn.yaml:90:7
%6276 = mul %6273, %6275 : f32[64] @ models/lib/nn.yaml:90:7
%6277 = add %6276, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%6278 = div %6260, %6277 : f32[64] @ models/lib/nn.yaml:90:7
%6279 = cast %6268 : f32[] @ models/lib/nn.yaml:90:7
%6280 = broadcast %6279 : f32[64] @ models/lib/nn.yaml:90:7
%6281 = mul %6278, %6280 : f32[64] @ models/lib/nn.yaml:90:7
%6282 = sub %46, %6281 : f32[64] @ models/lib/nn.yaml:90:7
%6283 = assign %46, %6282 : f32[64] @ models/lib/nn.yaml:90:7
%6284 = assign %6254, %6260 : f32[64] @ models/lib/nn.yaml:90:7
%6285 = assign %6255, %6264 : f32[64] @ models/lib/nn.yaml:90:7
%6286 = assign %6256, %6257 : i64[] @ models/lib/nn.yaml:90:7
%6287 = mul %108, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%6288 = mul %6282, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%6289 = add %6287, %6288 : f32[64] @ models/lib/nn.yaml:90:7
%6290 = assign %108, %6289 : f32[64] @ models/lib/nn.yaml:90:7
%6291 = all_reduce_sum %3683 : f32[256,64] @ models/lib/nn.yaml:79:7
%6292 = reshape %6291 : f32[16384] @ models/lib/nn.yaml:79:7
%6293 = mul %6292, %6292 : f32[16384] @ models/lib/nn.yaml:79:7
%6294 = reduce_sum %6293 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6295 = sqrt %6294 : f32[] @ models/lib/nn.yaml:79:7
%6296 = cast %6295 : f64[] @ models/lib/nn.yaml:79:7
%6297 = add %6296, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6298 = div %4178, %6297 : f64[] @ models/lib/nn.yaml:79:7
%6299 = lt %6298, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6300 = cast %6298 : f32[] @ models/lib/nn.yaml:79:7
%6301 = broadcast %6300 : f32[256,64] @ models/lib/nn.yaml:79:7
%6302 = mul %6291, %6301 : f32[256,64] @ models/lib/nn.yaml:79:7
%6303 = broadcast %6299 : bool[256,64] @ models/lib/nn.yaml:79:7
%6304 = select %6303, %6302, %6291 : f32[256,64] @ models/lib/nn.yaml:79:7
%6305 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6306 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6307 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6308 = add %6307, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6309 = mul %47, %4806 : f32[256,64] @ models/lib/nn.yaml:79:7
%6310 = mul %6304, %4808 : f32[256,64] @ models/lib/nn.yaml:79:7
%6311 = mul %6305, %4810 : f32[256,64] @ models/lib/nn.yaml:79:7
%6312 = add %6311, %6310 : f32[256,64] @ models/lib/nn.yaml:79:7
%6313 = mul %6304, %6304 : f32[256,64] @ models/lib/nn.yaml:79:7
%6314 = mul %6313, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%6315 = mul %6306, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%6316 = add %6315, %6314 : f32[256,64] @ models/lib/nn.yaml:79:7
%6317 = cast %6308 : f64[] @ models/lib/nn.yaml:79:7
%6318 = pow %4199, %6317 : f64[] @ models/lib/nn.yaml:79:7
%6319 = sub %4180, %6318 : f64[] @ models/lib/nn.yaml:79:7
%6320 = div %2492, %6319 : f64[] @ models/lib/nn.yaml:79:7
%6321 = pow %4207, %6317 : f64[] @ models/lib/nn.yaml:79:7
%6322 = sub %4180, %6321 : f64[] @ models/lib/nn.yaml:79:7
%6323 = sqrt %6322 : f64[] @ models/lib/nn.yaml:79:7
%6324 = div %4180, %6323 : f64[] @ models/lib/nn.yaml:79:7
%6325 = sqrt %6316 : f32[256,64] @ models/lib/nn.yaml:79:7
%6326 = cast %6324 : f32[] @ models/lib/nn.yaml:79:7
%6327 = broadcast %6326 : f32[256,64] @ models/lib/nn.yaml:79:7
%6328 = mul %6325, %6327 : f32[256,64] @ models/lib/nn.yaml:79:7
%6329 = add %6328, %4831 : f32[256,64] @ models/lib/nn.yaml:79:7
%6330 = div %6312, %6329 : f32[256,64] @ models/lib/nn.yaml:79:7
%6331 = cast %6320 : f32[] @ models/lib/nn.yaml:79:7
%6332 = broadcast %6331 : f32[256,64] @ models/lib/nn.yaml:79:7
%6333 = mul %6330, %6332 : f32[256,64] @ models/lib/nn.yaml:79:7
%6334 = sub %6309, %6333 : f32[256,64] @ models/lib/nn.yaml:79:7
%6335 = assign %47, %6334 : f32[256,64] @ models/lib/nn.yaml:79:7
%6336 = assign %6305, %6312 : f32[256,64] @ models/lib/nn.yaml:79:7
%6337 = assign %6306, %6316 : f32[256,64] @ models/lib/nn.yaml:79:7
%6338 = assign %6307, %6308 : i64[] @ models/lib/nn.yaml:79:7
%6339 = mul %109, %4842 : f32[256,64] @ models/lib/nn.yaml:79:7
%6340 = mul %6334, %4844 : f32[256,64] @ models/lib/nn.yaml:79:7
%6341 = add %6339, %6340 : f32[256,64] @ models/lib/nn.yaml:79:7
%6342 = assign %109, %6341 : f32[256,64] @ models/lib/nn.yaml:79:7
%6343 = all_reduce_sum %3675 : f32[256] @ models/lib/nn.yaml:80:7
%6344 = mul %6343, %6343 : f32[256] @ models/lib/nn.yaml:80:7
%6345 = reduce_sum %6344 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6346 = sqrt %6345 : f32[] @ models/lib/nn.yaml:80:7
%6347 = cast %6346 : f64[] @ models/lib/nn.yaml:80:7
%6348 = add %6347, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6349 = div %4178, %6348 : f64[] @ models/lib/nn.yaml:80:7
%6350 = lt %6349, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6351 = cast %6349 : f32[] @ models/lib/nn.yaml:80:7
%6352 = broadcast %6351 : f32[256] @ models/lib/nn.yaml:80:7
%6353 = mul %6343, %6352 : f32[256] @ models/lib/nn.yaml:80:7
%6354 = broadcast %6350 : bool[256] @ models/lib/nn.yaml:80:7
%6355 = select %6354, %6353, %6343 : f32[256] @ models/lib/nn.yaml:80:7
%6356 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6357 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6358 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6359 = add %6358, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6360 = mul %6355, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%6361 = mul %6356, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%6362 = add %6361, %6360 : f32[256] @ models/lib/nn.yaml:80:7
%6363 = mul %6355, %6355 : f32[256] @ models/lib/nn.yaml:80:7
%6364 = mul %6363, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%6365 = mul %6357, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%6366 = add %6365, %6364 : f32[256] @ models/lib/nn.yaml:80:7
%6367 = cast %6359 : f64[] @ models/lib/nn.yaml:80:7
%6368 = pow %4199, %6367 : f64[] @ models/lib/nn.yaml:80:7
%6369 = sub %4180, %6368 : f64[] @ models/lib/nn.yaml:80:7
%6370 = div %2492, %6369 : f64[] @ models/lib/nn.yaml:80:7
%6371 = pow %4207, %6367 : f64[] @ models/lib/nn.yaml:80:7
%6372 = sub %4180, %6371 : f64[] @ models/lib/nn.yaml:80:7
%6373 = sqrt %6372 : f64[] @ models/lib/nn.yaml:80:7
%6374 = div %4180, %6373 : f64[] @ models/lib/nn.yaml:80:7
%6375 = sqrt %6366 : f32[256] @ models/lib/nn.yaml:80:7
%6376 = cast %6374 : f32[] @ models/lib/nn.yaml:80:7
%6377 = broadcast %6376 : f32[256] @ models/lib/nn.yaml:80:7
%6378 = mul %6375, %6377 : f32[256] @ models/lib/nn.yaml:80:7
%6379 = add %6378, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%6380 = div %6362, %6379 : f32[256] @ models/lib/nn.yaml:80:7
%6381 = cast %6370 : f32[] @ models/lib/nn.yaml:80:7
%6382 = broadcast %6381 : f32[256] @ models/lib/nn.yaml:80:7
%6383 = mul %6380, %6382 : f32[256] @ models/lib/nn.yaml:80:7
%6384 = sub %48, %6383 : f32[256] @ models/lib/nn.yaml:80:7
%6385 = assign %48, %6384 : f32[256] @ models/lib/nn.yaml:80:7
%6386 = assign %6356, %6362 : f32[256] @ models/lib/nn.yaml:80:7
%6387 = assign %6357, %6366 : f32[256] @ models/lib/nn.yaml:80:7
%6388 = assign %6358, %6359 : i64[] @ models/lib/nn.yaml:80:7
%6389 = mul %110, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%6390 = mul %6384, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%6391 = add %6389, %6390 : f32[256] @ models/lib/nn.yaml:80:7
%6392 = assign %110, %6391 : f32[256] @ models/lib/nn.yaml:80:7
%6393 = all_reduce_sum %3655 : f32[64,256] @ models/lib/nn.yaml:79:7
%6394 = reshape %6393 : f32[16384] @ models/lib/nn.yaml:79:7
%6395 = mul %6394, %6394 : f32[16384] @ models/lib/nn.yaml:79:7
%6396 = reduce_sum %6395 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6397 = sqrt %6396 : f32[] @ models/lib/nn.yaml:79:7
%6398 = cast %6397 : f64[] @ models/lib/nn.yaml:79:7
%6399 = add %6398, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6400 = div %4178, %6399 : f64[] @ models/lib/nn.yaml:79:7
%6401 = lt %6400, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6402 = cast %6400 : f32[] @ models/lib/nn.yaml:79:7
%6403 = broadcast %6402 : f32[64,256] @ models/lib/nn.yaml:79:7
%6404 = mul %6393, %6403 : f32[64,256] @ models/lib/nn.yaml:79:7
%6405 = broadcast %6401 : bool[64,256] @ models/lib/nn.yaml:79:7
%6406 = select %6405, %6404, %6393 : f32[64,256] @ models/lib/nn.yaml:79:7
%6407 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6408 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6409 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6410 = add %6409, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6411 = mul %49, %4923 : f32[64,256] @ models/lib/nn.yaml:79:7
%6412 = mul %6406, %4925 : f32[64,256] @ models/lib/nn.yaml:79:7
%6413 = mul %6407, %4927 : f32[64,256] @ models/lib/nn.yaml:79:7
%6414 = add %6413, %6412 : f32[64,256] @ models/lib/nn.yaml:79:7
%6415 = mul %6406, %6406 : f32[64,256] @ models/lib/nn.yaml:79:7
%6416 = mul %6415, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%6417 = mul %6408, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%6418 = add %6417, %6416 : f32[64,256] @ models/lib/nn.yaml:79:7
%6419 = cast %6410 : f64[] @ models/lib/nn.yaml:79:7
%6420 = pow %4199, %6419 : f64[] @ models/lib/nn.yaml:79:7
%6421 = sub %4180, %6420 : f64[] @ models/lib/nn.yaml:79:7
%6422 = div %2492, %6421 : f64[] @ models/lib/nn.yaml:79:7
%6423 = pow %4207, %6419 : f64[] @ models/lib/nn.yaml:79:7
%6424 = sub %4180, %6423 : f64[] @ models/lib/nn.yaml:79:7
%6425 = sqrt %6424 : f64[] @ models/lib/nn.yaml:79:7
%6426 = div %4180, %6425 : f64[] @ models/lib/nn.yaml:79:7
%6427 = sqrt %6418 : f32[64,256] @ models/lib/nn.yaml:79:7
%6428 = cast %6426 : f32[] @ models/lib/nn.yaml:79:7
%6429 = broadcast %6428 : f32[64,256] @ models/lib/nn.yaml:79:7
%6430 = mul %6427, %6429 : f32[64,256] @ models/lib/nn.yaml:79:7
%6431 = add %6430, %4948 : f32[64,256] @ models/lib/nn.yaml:79:7
%6432 = div %6414, %6431 : f32[64,256] @ models/lib/nn.yaml:79:7
%6433 = cast %6422 : f32[] @ models/lib/nn.yaml:79:7
%6434 = broadcast %6433 : f32[64,256] @ models/lib/nn.yaml:79:7
%6435 = mul %6432, %6434 : f32[64,256] @ models/lib/nn.yaml:79:7
%6436 = sub %6411, %6435 : f32[64,256] @ models/lib/nn.yaml:79:7
%6437 = assign %49, %6436 : f32[64,256] @ models/lib/nn.yaml:79:7
%6438 = assign %6407, %6414 : f32[64,256] @ models/lib/nn.yaml:79:7
%6439 = assign %6408, %6418 : f32[64,256] @ models/lib/nn.yaml:79:7
%6440 = assign %6409, %6410 : i64[] @ models/lib/nn.yaml:79:7
%6441 = mul %111, %4959 : f32[64,256] @ models/lib/nn.yaml:79:7
%6442 = mul %6436, %4961 : f32[64,256] @ models/lib/nn.yaml:79:7
%6443 = add %6441, %6442 : f32[64,256] @ models/lib/nn.yaml:79:7
%6444 = assign %111, %6443 : f32[64,256] @ models/lib/nn.yaml:79:7
%6445 = all_reduce_sum %3647 : f32[64] @ models/lib/nn.yaml:80:7
%6446 = mul %6445, %6445 : f32[64] @ models/lib/nn.yaml:80:7
%6447 = reduce_sum %6446 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6448 = sqrt %6447 : f32[] @ models/lib/nn.yaml:80:7
%6449 = cast %6448 : f64[] @ models/lib/nn.yaml:80:7
%6450 = add %6449, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6451 = div %4178, %6450 : f64[] @ models/lib/nn.yaml:80:7
%6452 = lt %6451, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6453 = cast %6451 : f32[] @ models/lib/nn.yaml:80:7
%6454 = broadcast %6453 : f32[64] @ models/lib/nn.yaml:80:7
%6455 = mul %6445, %6454 : f32[64] @ models/lib/nn.yaml:80:7
%6456 = broadcast %6452 : bool[64] @ models/lib/nn.yaml:80:7
%6457 = select %6456, %6455, %6445 : f32[64] @ models/lib/nn.yaml:80:7
%6458 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6459 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6460 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6461 = add %6460, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6462 = mul %6457, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%6463 = mul %6458, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%6464 = add %6463, %6462 : f32[64] @ models/lib/nn.yaml:80:7
%6465 = mul %6457, %6457 : f32[64] @ models/lib/nn.yaml:80:7
%6466 = mul %6465, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6467 = mul %6459, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6468 = add %6467, %6466 : f32[64] @ models/lib/nn.yaml:80:7
%6469 = cast %6461 : f64[] @ models/lib/nn.yaml:80:7
%6470 = pow %4199, %6469 : f64[] @ models/lib/nn.yaml:80:7
%6471 = sub %4180, %6470 : f64[] @ models/lib/nn.yaml:80:7
%6472 = div %2492, %6471 : f64[] @ models/lib/nn.yaml:80:7
%6473 = pow %4207, %6469 : f64[] @ models/lib/nn.yaml:80:7
%6474 = sub %4180, %6473 : f64[] @ models/lib/nn.yaml:80:7
%6475 = sqrt %6474 : f64[] @ models/lib/nn.yaml:80:7
%6476 = div %4180, %6475 : f64[] @ models/lib/nn.yaml:80:7
%6477 = sqrt %6468 : f32[64] @ models/lib/nn.yaml:80:7
%6478 = cast %6476 : f32[] @ models/lib/nn.yaml:80:7
%6479 = broadcast %6478 : f32[64] @ models/lib/nn.yaml:80:7
%6480 = mul %6477, %6479 : f32[64] @ models/lib/nn.yaml:80:7
%6481 = add %6480, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%6482 = div %6464, %6481 : f32[64] @ models/lib/nn.yaml:80:7
%6483 = cast %6472 : f32[] @ models/lib/nn.yaml:80:7
%6484 = broadcast %6483 : f32[64] @ models/lib/nn.yaml:80:7
%6485 = mul %6482, %6484 : f32[64] @ models/lib/nn.yaml:80:7
%6486 = sub %50, %6485 : f32[64] @ models/lib/nn.yaml:80:7
%6487 = assign %50, %6486 : f32[64] @ models/lib/nn.yaml:80:7
%6488 = assign %6458, %6464 : f32[64] @ models/lib/nn.yaml:80:7
%6489 = assign %6459, %6468 : f32[64] @ models/lib/nn.yaml:80:7
%6490 = assign %6460, %6461 : i64[] @ models/lib/nn.yaml:80:7
%6491 = mul %112, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%6492 = mul %6486, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%6493 = add %6491, %6492 : f32[64] @ models/lib/nn.yaml:80:7
%6494 = assign %112, %6493 : f32[64] @ models/lib/nn.yaml:80:7
%6495 = all_reduce_sum %3620 : f32[64] @ models/lib/nn.yaml:89:7
%6496 = mul %6495, %6495 : f32[64] @ models/lib/nn.yaml:89:7
%6497 = reduce_sum %6496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6498 = sqrt %6497 : f32[] @ models/lib/nn.yaml:89:7
%6499 = cast %6498 : f64[] @ models/lib/nn.yaml:89:7
%6500 = add %6499, %4176 : f64[] @ models/lib/nn.yaml:89:7
%6501 = div %4178, %6500 : f64[] @ models/lib/nn.yaml:89:7
%6502 = lt %6501, %4180 : bool[] @ models/lib/nn.yaml:89:7
%6503 = cast %6501 : f32[] @ models/lib/nn.yaml:89:7
%6504 = broadcast %6503 : f32[64] @ models/lib/nn.yaml:89:7
%6505 = mul %6495, %6504 : f32[64] @ models/lib/nn.yaml:89:7
%6506 = broadcast %6502 : bool[64] @ models/lib/nn.yaml:89:7
%6507 = select %6506, %6505, %6495 : f32[64] @ models/lib/nn.yaml:89:7
%6508 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6509 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6510 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6511 = add %6510, %4190 : i64[] @ models/lib/nn.yaml:89:7
%6512 = mul %6507, %4321 : f32[64] @ models/lib/nn.yaml:89:7
%6513 = mul %6508, %4323 : f32[64] @ models/lib/nn.yaml:89:7
%6514 = add %6513, %6512 : f32[64] @ models/lib/nn.yaml:89:7
%6515 = mul %6507, %6507 : f32[64] @ models/lib/nn.yaml:89:7
%6516 = mul %6515, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%6517 = mul %6509, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%6518 = add %6517, %6516 : f32[64] @ models/lib/nn.yaml:89:7
%6519 = cast %6511 : f64[] @ models/lib/nn.yaml:89:7
%6520 = pow %4199, %6519 : f64[] @ models/lib/nn.yaml:89:7
%6521 = sub %4180, %6520 : f64[] @ models/lib/nn.yaml:89:7
%6522 = div %2492, %6521 : f64[] @ models/lib/nn.yaml:89:7
%6523 = pow %4207, %6519 : f64[] @ models/lib/nn.yaml:89:7
%6524 = sub %4180, %6523 : f64[] @ models/lib/nn.yaml:89:7
%6525 = sqrt %6524 : f64[] @ models/lib/nn.yaml:89:7
%6526 = div %4180, %6525 : f64[] @ models/lib/nn.yaml:89:7
%6527 = sqrt %6518 : f32[64] @ models/lib/nn.yaml:89:7
%6528 = cast %6526 : f32[] @ models/lib/nn.yaml:89:7
%6529 = broadcast %6528 : f32[64] @ models/lib/nn.yaml:89:7
%6530 = mul %6527, %6529 : f32[64] @ models/lib/nn.yaml:89:7
%6531 = add %6530, %4344 : f32[64] @ models/lib/nn.yaml:89:7
%6532 = div %6514, %6531 : f32[64] @ models/lib/nn.yaml:89:7
%6533 = cast %6522 : f32[] @ models/lib/nn.yaml:89:7
%6534 = broadcast %6533 : f32[64] @ models/lib/nn.yaml:89:7
%6535 = mul %6532, %6534 : f32[64] @ models/lib/nn.yaml:89:7
%6536 = sub %51, %6535 : f32[64] @ models/lib/nn.yaml:89:7
%6537 = assign %51, %6536 : f32[64] @ models/lib/nn.yaml:89:7
%6538 = assign %6508, %6514 : f32[64] @ models/lib/nn.yaml:89:7
%6539 = assign %6509, %6518 : f32[64] @ models/lib/nn.yaml:89:7
%6540 = assign %6510, %6511 : i64[] @ models/lib/nn.yaml:89:7
%6541 = mul %113, %4355 : f32[64] @ models/lib/nn.yaml:89:7
%6542 = mul %6536, %4357 : f32[64] @ models/lib/nn.yaml:89:7
%6543 = add %6541, %6542 : f32[64] @ models/lib/nn.yaml:89:7
%6544 = assign %113, %6543 : f32[64] @ models/lib/nn.yaml:89:7
%6545 = all_reduce_sum %3613 : f32[64] @ models/lib/nn.yaml:90:7
%6546 = mul %6545, %6545 : f32[64] @ models/lib/nn.yaml:90:7
%6547 = reduce_sum %6546 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6548 = sqrt %6547 : f32[] @ models/lib/nn.yaml:90:7
%6549 = cast %6548 : f64[] @ models/lib/nn.yaml:90:7
%6550 = add %6549, %4176 : f64[] @ models/lib/nn.yaml:90:7
%6551 = div %4178, %6550 : f64[] @ models/lib/nn.yaml:90:7
%6552 = lt %6551, %4180 : bool[] @ models/lib/nn.yaml:90:7
%6553 = cast %6551 : f32[] @ models/lib/nn.yaml:90:7
%6554 = broadcast %6553 : f32[64] @ models/lib/nn.yaml:90:7
%6555 = mul %6545, %6554 : f32[64] @ models/lib/nn.yaml:90:7
%6556 = broadcast %6552 : bool[64] @ models/lib/nn.yaml:90:7
%6557 = select %6556, %6555, %6545 : f32[64] @ models/lib/nn.yaml:90:7
%6558 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6559 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6560 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6561 = add %6560, %4190 : i64[] @ models/lib/nn.yaml:90:7
%6562 = mul %6557, %4321 : f32[64] @ models/lib/nn.yaml:90:7
%6563 = mul %6558, %4323 : f32[64] @ models/lib/nn.yaml:90:7
%6564 = add %6563, %6562 : f32[64] @ models/lib/nn.yaml:90:7
%6565 = mul %6557, %6557 : f32[64] @ models/lib/nn.yaml:90:7
%6566 = mul %6565, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%6567 = mul %6559, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%6568 = add %6567, %6566 : f32[64] @ models/lib/nn.yaml:90:7
%6569 = cast %6561 : f64[] @ models/lib/nn.yaml:90:7
%6570 = pow %4199, %6569 : f64[] @ models/lib/nn.yaml:90:7
%6571 = sub %4180, %6570 : f64[] @ models/lib/nn.yaml:90:7
%6572 = div %2492, %6571 : f64[] @ models/lib/nn.yaml:90:7
%6573 = pow %4207, %6569 : f64[] @ models/lib/nn.yaml:90:7
%6574 = sub %4180, %6573 : f64[] @ models/lib/nn.yaml:90:7
%6575 = sqrt %6574 : f64[] @ models/lib/nn.yaml:90:7
%6576 = div %4180, %6575 : f64[] @ models/lib/nn.yaml:90:7
%6577 = sqrt %6568 : f32[64] @ models/lib/nn.yaml:90:7
%6578 = cast %6576 : f32[] @ models/lib/nn.yaml:90:7
%6579 = broadcast %6578 : f32[64] @ models/lib/nn.yaml:90:7
%6580 = mul %6577, %6579 : f32[64] @ models/lib/nn.yaml:90:7
%6581 = add %6580, %4344 : f32[64] @ models/lib/nn.yaml:90:7
%6582 = div %6564, %6581 : f32[64] @ models/lib/nn.yaml:90:7
%6583 = cast %6572 : f32[] @ models/lib/nn.yaml:90:7
%6584 = broadcast %6583 : f32[64] @ models/lib/nn.yaml:90:7
%6585 = mul %6582, %6584 : f32[64] @ models/lib/nn.yaml:90:7
%6586 = sub %52, %6585 : f32[64] @ models/lib/nn.yaml:90:7
%6587 = assign %52, %6586 : f32[64] @ models/lib/nn.yaml:90:7
%6588 = assign %6558, %6564 : f32[64] @ models/lib/nn.yaml:90:7
%6589 = assign %6559, %6568 : f32[64] @ models/lib/nn.yaml:90:7
%6590 = assign %6560, %6561 : i64[] @ models/lib/nn.yaml:90:7
%6591 = mul %114, %4355 : f32[64] @ models/lib/nn.yaml:90:7
%6592 = mul %6586, %4357 : f32[64] @ models/lib/nn.yaml:90:7
%6593 = add %6591, %6592 : f32[64] @ models/lib/nn.yaml:90:7
%6594 = assign %114, %6593 : f32[64] @ models/lib/nn.yaml:90:7
%6595 = all_reduce_sum %3607 : f32[256,64] @ models/lib/nn.yaml:79:7
%6596 = reshape %6595 : f32[16384] @ models/lib/nn.yaml:79:7
%6597 = mul %6596, %6596 : f32[16384] @ models/lib/nn.yaml:79:7
%6598 = reduce_sum %6597 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6599 = sqrt %6598 : f32[] @ models/lib/nn.yaml:79:7
%6600 = cast %6599 : f64[] @ models/lib/nn.yaml:79:7
%6601 = add %6600, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6602 = div %4178, %6601 : f64[] @ models/lib/nn.yaml:79:7
%6603 = lt %6602, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6604 = cast %6602 : f32[] @ models/lib/nn.yaml:79:7
%6605 = broadcast %6604 : f32[256,64] @ models/lib/nn.yaml:79:7
%6606 = mul %6595, %6605 : f32[256,64] @ models/lib/nn.yaml:79:7
%6607 = broadcast %6603 : bool[256,64] @ models/lib/nn.yaml:79:7
%6608 = select %6607, %6606, %6595 : f32[256,64] @ models/lib/nn.yaml:79:7
%6609 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6610 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6611 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6612 = add %6611, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6613 = mul %53, %4806 : f32[256,64] @ models/lib/nn.yaml:79:7
%6614 = mul %6608, %4808 : f32[256,64] @ models/lib/nn.yaml:79:7
%6615 = mul %6609, %4810 : f32[256,64] @ models/lib/nn.yaml:79:7
%6616 = add %6615, %6614 : f32[256,64] @ models/lib/nn.yaml:79:7
%6617 = mul %6608, %6608 : f32[256,64] @ models/lib/nn.yaml:79:7
%6618 = mul %6617, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%6619 = mul %6610, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%6620 = add %6619, %6618 : f32[256,64] @ models/lib/nn.yaml:79:7
%6621 = cast %6612 : f64[] @ models/lib/nn.yaml:79:7
%6622 = pow %4199, %6621 : f64[] @ models/lib/nn.yaml:79:7
%6623 = sub %4180, %6622 : f64[] @ models/lib/nn.yaml:79:7
%6624 = div %2492, %6623 : f64[] @ models/lib/nn.yaml:79:7
%6625 = pow %4207, %6621 : f64[] @ models/lib/nn.yaml:79:7
%6626 = sub %4180, %6625 : f64[] @ models/lib/nn.yaml:79:7
%6627 = sqrt %6626 : f64[] @ models/lib/nn.yaml:79:7
%6628 = div %4180, %6627 : f64[] @ models/lib/nn.yaml:79:7
%6629 = sqrt %6620 : f32[256,64] @ models/lib/nn.yaml:79:7
%6630 = cast %6628 : f32[] @ models/lib/nn.yaml:79:7
%6631 = broadcast %6630 : f32[256,64] @ models/lib/nn.yaml:79:7
%6632 = mul %6629, %6631 : f32[256,64] @ models/lib/nn.yaml:79:7
%6633 = add %6632, %4831 : f32[256,64] @ models/lib/nn.yaml:79:7
%6634 = div %6616, %6633 : f32[256,64] @ models/lib/nn.yaml:79:7
%6635 = cast %6624 : f32[] @ models/lib/nn.yaml:79:7
%6636 = broadcast %6635 : f32[256,64] @ models/lib/nn.yaml:79:7
%6637 = mul %6634, %6636 : f32[256,64] @ models/lib/nn.yaml:79:7
%6638 = sub %6613, %6637 : f32[256,64] @ models/lib/nn.yaml:79:7
%6639 = assign %53, %6638 : f32[256,64] @ models/lib/nn.yaml:79:7
%6640 = assign %6609, %6616 : f32[256,64] @ models/lib/nn.yaml:79:7
%6641 = assign %6610, %6620 : f32[256,64] @ models/lib/nn.yaml:79:7
%6642 = assign %6611, %6612 : i64[] @ models/lib/nn.yaml:79:7
%6643 = mul %115, %4842 : f32[256,64] @ models/lib/nn.yaml:79:7
%6644 = mul %6638, %4844 : f32[256,64] @ models/lib/nn.yaml:79:7
%6645 = add %6643, %6644 : f32[256,64] @ models/lib/nn.yaml:79:7
%6646 = assign %115, %6645 : f32[256,64] @ models/lib/nn.yaml:79:7
%6647 = all_reduce_sum %3599 : f32[256] @ models/lib/nn.yaml:80:7
%6648 = mul %6647, %6647 : f32[256] @ models/lib/nn.yaml:80:7
%6649 = reduce_sum %6648 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6650 = sqrt %6649 : f32[] @ models/lib/nn.yaml:80:7
%6651 = cast %6650 : f64[] @ models/lib/nn.yaml:80:7
%6652 = add %6651, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6653 = div %4178, %6652 : f64[] @ models/lib/nn.yaml:80:7
%6654 = lt %6653, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6655 = cast %6653 : f32[] @ models/lib/nn.yaml:80:7
%6656 = broadcast %6655 : f32[256] @ models/lib/nn.yaml:80:7
%6657 = mul %6647, %6656 : f32[256] @ models/lib/nn.yaml:80:7
%6658 = broadcast %6654 : bool[256] @ models/lib/nn.yaml:80:7
%6659 = select %6658, %6657, %6647 : f32[256] @ models/lib/nn.yaml:80:7
%6660 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6661 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6662 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6663 = add %6662, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6664 = mul %6659, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%6665 = mul %6660, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%6666 = add %6665, %6664 : f32[256] @ models/lib/nn.yaml:80:7
%6667 = mul %6659, %6659 : f32[256] @ models/lib/nn.yaml:80:7
%6668 = mul %6667, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%6669 = mul %6661, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%6670 = add %6669, %6668 : f32[256] @ models/lib/nn.yaml:80:7
%6671 = cast %6663 : f64[] @ models/lib/nn.yaml:80:7
%6672 = pow %4199, %6671 : f64[] @ models/lib/nn.yaml:80:7
%6673 = sub %4180, %6672 : f64[] @ models/lib/nn.yaml:80:7
%6674 = div %2492, %6673 : f64[] @ models/lib/nn.yaml:80:7
%6675 = pow %4207, %6671 : f64[] @ models/lib/nn.yaml:80:7
%6676 = sub %4180, %6675 : f64[] @ models/lib/nn.yaml:80:7
%6677 = sqrt %6676 : f64[] @ models/lib/nn.yaml:80:7
%6678 = div %4180, %6677 : f64[] @ models/lib/nn.yaml:80:7
%6679 = sqrt %6670 : f32[256] @ models/lib/nn.yaml:80:7
%6680 = cast %6678 : f32[] @ models/lib/nn.yaml:80:7
%6681 = broadcast %6680 : f32[256] @ models/lib/nn.yaml:80:7
%6682 = mul %6679, %6681 : f32[256] @ models/lib/nn.yaml:80:7
%6683 = add %6682, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%6684 = div %6666, %6683 : f32[256] @ models/lib/nn.yaml:80:7
%6685 = cast %6674 : f32[] @ models/lib/nn.yaml:80:7
%6686 = broadcast %6685 : f32[256] @ models/lib/nn.yaml:80:7
%6687 = mul %6684, %6686 : f32[256] @ models/lib/nn.yaml:80:7
%6688 = sub %54, %6687 : f32[256] @ models/lib/nn.yaml:80:7
%6689 = assign %54, %6688 : f32[256] @ models/lib/nn.yaml:80:7
%6690 = assign %6660, %6666 : f32[256] @ models/lib/nn.yaml:80:7
%6691 = assign %6661, %6670 : f32[256] @ models/lib/nn.yaml:80:7
%6692 = assign %6662, %6663 : i64[] @ models/lib/nn.yaml:80:7
%6693 = mul %116, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%6694 = mul %6688, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%6695 = add %6693, %6694 : f32[256] @ models/lib/nn.yaml:80:7
%6696 = assign %116, %6695 : f32[256] @ models/lib/nn.yaml:80:7
%6697 = all_reduce_sum %3579 : f32[256,256] @ models/lib/nn.yaml:79:7
%6698 = reshape %6697 : f32[65536] @ models/lib/nn.yaml:79:7
%6699 = mul %6698, %6698 : f32[65536] @ models/lib/nn.yaml:79:7
%6700 = reduce_sum %6699 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6701 = sqrt %6700 : f32[] @ models/lib/nn.yaml:79:7
%6702 = cast %6701 : f64[] @ models/lib/nn.yaml:79:7
%6703 = add %6702, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6704 = div %4178, %6703 : f64[] @ models/lib/nn.yaml:79:7
%6705 = lt %6704, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6706 = cast %6704 : f32[] @ models/lib/nn.yaml:79:7
%6707 = broadcast %6706 : f32[256,256] @ models/lib/nn.yaml:79:7
%6708 = mul %6697, %6707 : f32[256,256] @ models/lib/nn.yaml:79:7
%6709 = broadcast %6705 : bool[256,256] @ models/lib/nn.yaml:79:7
%6710 = select %6709, %6708, %6697 : f32[256,256] @ models/lib/nn.yaml:79:7
%6711 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6712 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6713 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6714 = add %6713, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6715 = broadcast %4194 : f32[256,256] @ models/lib/nn.yaml:79:7
%6716 = mul %55, %6715 : f32[256,256] @ models/lib/nn.yaml:79:7
%6717 = broadcast %2169 : f32[256,256] @ models/lib/nn.yaml:79:7
%6718 = mul %6710, %6717 : f32[256,256] @ models/lib/nn.yaml:79:7
%6719 = broadcast %1453 : f32[256,256] @ models/lib/nn.yaml:79:7
%6720 = mul %6711, %6719 : f32[256,256] @ models/lib/nn.yaml:79:7
%6721 = add %6720, %6718 : f32[256,256] @ models/lib/nn.yaml:79:7
%6722 = mul %6710, %6710 : f32[256,256] @ models/lib/nn.yaml:79:7
%6723 = broadcast %4204 : f32[256,256] @ models/lib/nn.yaml:79:7
%6724 = mul %6722, %6723 : f32[256,256] @ models/lib/nn.yaml:79:7
%6725 = broadcast %4208 : f32[256,256] @ models/lib/nn.yaml:79:7
%6726 = mul %6712, %6725 : f32[256,256] @ models/lib/nn.yaml:79:7
%6727 = add %6726, %6724 : f32[256,256] @ models/lib/nn.yaml:79:7
%6728 = cast %6714 : f64[] @ models/lib/nn.yaml:79:7
%6729 = pow %4199, %6728 : f64[] @ models/lib/nn.yaml:79:7
%6730 = sub %4180, %6729 : f64[] @ models/lib/nn.yaml:79:7
%6731 = div %2492, %6730 : f64[] @ models/lib/nn.yaml:79:7
%6732 = pow %4207, %6728 : f64[] @ models/lib/nn.yaml:79:7
%6733 = sub %4180, %6732 : f64[] @ models/lib/nn.yaml:79:7
%6734 = sqrt %6733 : f64[] @ models/lib/nn.yaml:79:7
%6735 = div %4180, %6734 : f64[] @ models/lib/nn.yaml:79:7
%6736 = sqrt %6727 : f32[256,256] @ models/lib/nn.yaml:79:7
%6737 = cast %6735 : f32[] @ models/lib/nn.yaml:79:7
%6738 = broadcast %6737 : f32[256,256] @ models/lib/nn.yaml:79:7
%6739 = mul %6736, %6738 : f32[256,256] @ models/lib/nn.yaml:79:7
%6740 = broadcast %4224 : f32[256,256] @ models/lib/nn.yaml:79:7
%6741 = add %6739, %6740 : f32[256,256] @ models/lib/nn.yaml:79:7
%6742 = div %6721, %6741 : f32[256,256] @ models/lib/nn.yaml:79:7
%6743 = cast %6731 : f32[] @ models/lib/nn.yaml:79:7
%6744 = broadcast %6743 : f32[256,256] @ models/lib/nn.yaml:79:7
%6745 = mul %6742, %6744 : f32[256,256] @ models/lib/nn.yaml:79:7
%6746 = sub %6716, %6745 : f32[256,256] @ models/lib/nn.yaml:79:7
%6747 = assign %55, %6746 : f32[256,256] @ models/lib/nn.yaml:79:7
%6748 = assign %6711, %6721 : f32[256,256] @ models/lib/nn.yaml:79:7
%6749 = assign %6712, %6727 : f32[256,256] @ models/lib/nn.yaml:79:7
%6750 = assign %6713, %6714 : i64[] @ models/lib/nn.yaml:79:7
%6751 = broadcast %3 : f32[256,256] @ models/lib/nn.yaml:79:7
%6752 = mul %117, %6751 : f32[256,256] @ models/lib/nn.yaml:79:7
%6753 = broadcast %4239 : f32[256,256] @ models/lib/nn.yaml:79:7
%6754 = mul %6746, %6753 : f32[256,256] @ models/lib/nn.yaml:79:7
%6755 = add %6752, %6754 : f32[256,256] @ models/lib/nn.yaml:79:7
%6756 = assign %117, %6755 : f32[256,256] @ models/lib/nn.yaml:79:7
%6757 = all_reduce_sum %3571 : f32[256] @ models/lib/nn.yaml:80:7
%6758 = mul %6757, %6757 : f32[256] @ models/lib/nn.yaml:80:7
%6759 = reduce_sum %6758 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6760 = sqrt %6759 : f32[] @ models/lib/nn.yaml:80:7
%6761 = cast %6760 : f64[] @ models/lib/nn.yaml:80:7
%6762 = add %6761, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6763 = div %4178, %6762 : f64[] @ models/lib/nn.yaml:80:7
%6764 = lt %6763, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6765 = cast %6763 : f32[] @ models/lib/nn.yaml:80:7
%6766 = broadcast %6765 : f32[256] @ models/lib/nn.yaml:80:7
%6767 = mul %6757, %6766 : f32[256] @ models/lib/nn.yaml:80:7
%6768 = broadcast %6764 : bool[256] @ models/lib/nn.yaml:80:7
%6769 = select %6768, %6767, %6757 : f32[256] @ models/lib/nn.yaml:80:7
%6770 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6771 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6772 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6773 = add %6772, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6774 = mul %6769, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%6775 = mul %6770, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%6776 = add %6775, %6774 : f32[256] @ models/lib/nn.yaml:80:7
%6777 = mul %6769, %6769 : f32[256] @ models/lib/nn.yaml:80:7
%6778 = mul %6777, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%6779 = mul %6771, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%6780 = add %6779, %6778 : f32[256] @ models/lib/nn.yaml:80:7
%6781 = cast %6773 : f64[] @ models/lib/nn.yaml:80:7
%6782 = pow %4199, %6781 : f64[] @ models/lib/nn.yaml:80:7
%6783 = sub %4180, %6782 : f64[] @ models/lib/nn.yaml:80:7
%6784 = div %2492, %6783 : f64[] @ models/lib/nn.yaml:80:7
%6785 = pow %4207, %6781 : f64[] @ models/lib/nn.yaml:80:7
%6786 = sub %4180, %6785 : f64[] @ models/lib/nn.yaml:80:7
%6787 = sqrt %6786 : f64[] @ models/lib/nn.yaml:80:7
%6788 = div %4180, %6787 : f64[] @ models/lib/nn.yaml:80:7
%6789 = sqrt %6780 : f32[256] @ models/lib/nn.yaml:80:7
%6790 = cast %6788 : f32[] @ models/lib/nn.yaml:80:7
%6791 = broadcast %6790 : f32[256] @ models/lib/nn.yaml:80:7
%6792 = mul %6789, %6791 : f32[256] @ models/lib/nn.yaml:80:7
%6793 = add %6792, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%6794 = div %6776, %6793 : f32[256] @ models/lib/nn.yaml:80:7
%6795 = cast %6784 : f32[] @ models/lib/nn.yaml:80:7
%6796 = broadcast %6795 : f32[256] @ models/lib/nn.yaml:80:7
%6797 = mul %6794, %6796 : f32[256] @ models/lib/nn.yaml:80:7
%6798 = sub %56, %6797 : f32[256] @ models/lib/nn.yaml:80:7
%6799 = assign %56, %6798 : f32[256] @ models/lib/nn.yaml:80:7
%6800 = assign %6770, %6776 : f32[256] @ models/lib/nn.yaml:80:7
%6801 = assign %6771, %6780 : f32[256] @ models/lib/nn.yaml:80:7
%6802 = assign %6772, %6773 : i64[] @ models/lib/nn.yaml:80:7
%6803 = mul %118, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%6804 = mul %6798, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%6805 = add %6803, %6804 : f32[256] @ models/lib/nn.yaml:80:7
%6806 = assign %118, %6805 : f32[256] @ models/lib/nn.yaml:80:7
%6807 = all_reduce_sum %3551 : f32[64,256] @ models/lib/nn.yaml:79:7
%6808 = reshape %6807 : f32[16384] @ models/lib/nn.yaml:79:7
%6809 = mul %6808, %6808 : f32[16384] @ models/lib/nn.yaml:79:7
%6810 = reduce_sum %6809 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6811 = sqrt %6810 : f32[] @ models/lib/nn.yaml:79:7
%6812 = cast %6811 : f64[] @ models/lib/nn.yaml:79:7
%6813 = add %6812, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6814 = div %4178, %6813 : f64[] @ models/lib/nn.yaml:79:7
%6815 = lt %6814, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6816 = cast %6814 : f32[] @ models/lib/nn.yaml:79:7
%6817 = broadcast %6816 : f32[64,256] @ models/lib/nn.yaml:79:7
%6818 = mul %6807, %6817 : f32[64,256] @ models/lib/nn.yaml:79:7
%6819 = broadcast %6815 : bool[64,256] @ models/lib/nn.yaml:79:7
%6820 = select %6819, %6818, %6807 : f32[64,256] @ models/lib/nn.yaml:79:7
%6821 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6822 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6823 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6824 = add %6823, %4190 : i64[] @ models/lib/nn.yaml:79:7
%6825 = mul %57, %4923 : f32[64,256] @ models/lib/nn.yaml:79:7
%6826 = mul %6820, %4925 : f32[64,256] @ models/lib/nn.yaml:79:7
%6827 = mul %6821, %4927 : f32[64,256] @ models/lib/nn.yaml:79:7
%6828 = add %6827, %6826 : f32[64,256] @ models/lib/nn.yaml:79:7
%6829 = mul %6820, %6820 : f32[64,256] @ models/lib/nn.yaml:79:7
%6830 = mul %6829, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%6831 = mul %6822, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%6832 = add %6831, %6830 : f32[64,256] @ models/lib/nn.yaml:79:7
%6833 = cast %6824 : f64[] @ models/lib/nn.yaml:79:7
%6834 = pow %4199, %6833 : f64[] @ models/lib/nn.yaml:79:7
%6835 = sub %4180, %6834 : f64[] @ models/lib/nn.yaml:79:7
%6836 = div %2492, %6835 : f64[] @ models/lib/nn.yaml:79:7
%6837 = pow %4207, %6833 : f64[] @ models/lib/nn.yaml:79:7
%6838 = sub %4180, %6837 : f64[] @ models/lib/nn.yaml:79:7
%6839 = sqrt %6838 : f64[] @ models/lib/nn.yaml:79:7
%6840 = div %4180, %6839 : f64[] @ models/lib/nn.yaml:79:7
%6841 = sqrt %6832 : f32[64,256] @ models/lib/nn.yaml:79:7
%6842 = cast %6840 : f32[] @ models/lib/nn.yaml:79:7
%6843 = broadcast %6842 : f32[64,256] @ models/lib/nn.yaml:79:7
%6844 = mul %6841, %6843 : f32[64,256] @ models/lib/nn.yaml:79:7
%6845 = add %6844, %4948 : f32[64,256] @ models/lib/nn.yaml:79:7
%6846 = div %6828, %6845 : f32[64,256] @ models/lib/nn.yaml:79:7
%6847 = cast %6836 : f32[] @ models/lib/nn.yaml:79:7
%6848 = broadcast %6847 : f32[64,256] @ models/lib/nn.yaml:79:7
%6849 = mul %6846, %6848 : f32[64,256] @ models/lib/nn.yaml:79:7
%6850 = sub %6825, %6849 : f32[64,256] @ models/lib/nn.yaml:79:7
%6851 = assign %57, %6850 : f32[64,256] @ models/lib/nn.yaml:79:7
%6852 = assign %6821, %6828 : f32[64,256] @ models/lib/nn.yaml:79:7
%6853 = assign %6822, %6832 : f32[64,256] @ models/lib/nn.yaml:79:7
%6854 = assign %6823, %6824 : i64[] @ models/lib/nn.yaml:79:7
%6855 = mul %119, %4959 : f32[64,256] @ models/lib/nn.yaml:79:7
%6856 = mul %6850, %4961 : f32[64,256] @ models/lib/nn.yaml:79:7
%6857 = add %6855, %6856 : f32[64,256] @ models/lib/nn.yaml:79:7
%6858 = assign %119, %6857 : f32[64,256] @ models/lib/nn.yaml:79:7
%6859 = all_reduce_sum %3543 : f32[64] @ models/lib/nn.yaml:80:7
%6860 = mul %6859, %6859 : f32[64] @ models/lib/nn.yaml:80:7
%6861 = reduce_sum %6860 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6862 = sqrt %6861 : f32[] @ models/lib/nn.yaml:80:7
%6863 = cast %6862 : f64[] @ models/lib/nn.yaml:80:7
%6864 = add %6863, %4176 : f64[] @ models/lib/nn.yaml:80:7
%6865 = div %4178, %6864 : f64[] @ models/lib/nn.yaml:80:7
%6866 = lt %6865, %4180 : bool[] @ models/lib/nn.yaml:80:7
%6867 = cast %6865 : f32[] @ models/lib/nn.yaml:80:7
%6868 = broadcast %6867 : f32[64] @ models/lib/nn.yaml:80:7
%6869 = mul %6859, %6868 : f32[64] @ models/lib/nn.yaml:80:7
%6870 = broadcast %6866 : bool[64] @ models/lib/nn.yaml:80:7
%6871 = select %6870, %6869, %6859 : f32[64] @ models/lib/nn.yaml:80:7
%6872 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6873 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6874 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6875 = add %6874, %4190 : i64[] @ models/lib/nn.yaml:80:7
%6876 = mul %6871, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%6877 = mul %6872, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%6878 = add %6877, %6876 : f32[64] @ models/lib/nn.yaml:80:7
%6879 = mul %6871, %6871 : f32[64] @ models/lib/nn.yaml:80:7
%6880 = mul %6879, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6881 = mul %6873, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6882 = add %6881, %6880 : f32[64] @ models/lib/nn.yaml:80:7
%6883 = cast %6875 : f64[] @ models/lib/nn.yaml:80:7
%6884 = pow %4199, %6883 : f64[] @ models/lib/nn.yaml:80:7
%6885 = sub %4180, %6884 : f64[] @ models/lib/nn.yaml:80:7
%6886 = div %2492, %6885 : f64[] @ models/lib/nn.yaml:80:7
%6887 = pow %4207, %6883 : f64[] @ models/lib/nn.yaml:80:7
%6888 = sub %4180, %6887 : f64[] @ models/lib/nn.yaml:80:7
%6889 = sqrt %6888 : f64[] @ models/lib/nn.yaml:80:7
%6890 = div %4180, %6889 : f64[] @ models/lib/nn.yaml:80:7
%6891 = sqrt %6882 : f32[64] @ models/lib/nn.yaml:80:7
%6892 = cast %6890 : f32[] @ models/lib/nn.yaml:80:7
%6893 = broadcast %6892 : f32[64] @ models/lib/nn.yaml:80:7
%6894 = mul %6891, %6893 : f32[64] @ models/lib/nn.yaml:80:7
%6895 = add %6894, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%6896 = div %6878, %6895 : f32[64] @ models/lib/nn.yaml:80:7
%6897 = cast %6886 : f32[] @ models/lib/nn.yaml:80:7
%6898 = broadcast %6897 : f32[64] @ models/lib/nn.yaml:80:7
%6899 = mul %6896, %6898 : f32[64] @ models/lib/nn.yaml:80:7
%6900 = sub %58, %6899 : f32[64] @ models/lib/nn.yaml:80:7
%6901 = assign %58, %6900 : f32[64] @ models/lib/nn.yaml:80:7
%6902 = assign %6872, %6878 : f32[64] @ models/lib/nn.yaml:80:7
%6903 = assign %6873, %6882 : f32[64] @ models/lib/nn.yaml:80:7
%6904 = assign %6874, %6875 : i64[] @ models/lib/nn.yaml:80:7
%6905 = mul %120, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%6906 = mul %6900, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%6907 = add %6905, %6906 : f32[64] @ models/lib/nn.yaml:80:7
%6908 = assign %120, %6907 : f32[64] @ models/lib/nn.yaml:80:7
%6909 = broadcast %3 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6910 = mul %121, %6909 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6911 = broadcast %4239 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6912 = mul %59, %6911 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6913 = add %6910, %6912 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6914 = assign %121, %6913 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6915 = all_reduce_sum %3521 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6916 = reshape %6915 : f32[4194304] @ models/lib/dino.yaml:19:7
%6917 = mul %6916, %6916 : f32[4194304] @ models/lib/dino.yaml:19:7
%6918 = reduce_sum %6917 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%6919 = sqrt %6918 : f32[] @ models/lib/dino.yaml:19:7
%6920 = cast %6919 : f64[] @ models/lib/dino.yaml:19:7
%6921 = add %6920, %4176 : f64[] @ models/lib/dino.yaml:19:7
%6922 = div %4178, %6921 : f64[] @ models/lib/dino.yaml:19:7
%6923 = lt %6922, %4180 : bool[] @ models/lib/dino.yaml:19:7
%6924 = cast %6922 : f32[] @ models/lib/dino.yaml:19:7
%6925 = broadcast %6924 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6926 = mul %6915, %6925 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6927 = broadcast %6923 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6928 = select %6927, %6926, %6915 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6929 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6930 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6931 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%6932 = add %6931, %4190 : i64[] @ models/lib/dino.yaml:19:7
%6933 = broadcast %4194 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6934 = mul %60, %6933 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6935 = broadcast %2169 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6936 = mul %6928, %6935 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6937 = broadcast %1453 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6938 = mul %6929, %6937 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6939 = add %6938, %6936 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6940 = mul %6928, %6928 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6941 = broadcast %4204 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6942 = mul %6940, %6941 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6943 = broadcast %4208 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6944 = mul %6930, %6943 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6945 = add %6944, %6942 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6946 = cast %6932 : f64[] @ models/lib/dino.yaml:19:7
%6947 = pow %4199, %6946 : f64[] @ models/lib/dino.yaml:19:7
%6948 = sub %4180, %6947 : f64[] @ models/lib/dino.yaml:19:7
%6949 = div %2492, %6948 : f64[] @ models/lib/dino.yaml:19:7
%6950 = pow %4207, %6946 : f64[] @ models/lib/dino.yaml:19:7
%6951 = sub %4180, %6950 : f64[] @ models/lib/dino.yaml:19:7
%6952 = sqrt %6951 : f64[] @ models/lib/dino.yaml:19:7
%6953 = div %4180, %6952 : f64[] @ models/lib/dino.yaml:19:7
%6954 = sqrt %6945 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6955 = cast %6953 : f32[] @ models/lib/dino.yaml:19:7
%6956 = broadcast %6955 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6957 = mul %6954, %6956 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6958 = broadcast %4224 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6959 = add %6957, %6958 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6960 = div %6939, %6959 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6961 = cast %6949 : f32[] @ models/lib/dino.yaml:19:7
%6962 = broadcast %6961 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6963 = mul %6960, %6962 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6964 = sub %6934, %6963 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6965 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%6966 = lt %6965, %4190 : bool[] @ models/lib/dino.yaml:19:7
%6967 = broadcast %6966 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6968 = select %6967, %60, %6964 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6969 = select %6967, %6929, %6939 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6970 = select %6967, %6930, %6945 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6971 = select %6966, %6931, %6932 : i64[] @ models/lib/dino.yaml:19:7
%6972 = assign %60, %6968 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6973 = assign %6929, %6969 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6974 = assign %6930, %6970 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6975 = assign %6931, %6971 : i64[] @ models/lib/dino.yaml:19:7
%6976 = broadcast %3 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6977 = mul %122, %6976 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6978 = broadcast %4239 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6979 = mul %6968, %6978 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6980 = add %6977, %6979 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6981 = assign %122, %6980 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6982 = all_reduce_sum %3501 : f32[256,64] @ models/lib/nn.yaml:79:7
%6983 = reshape %6982 : f32[16384] @ models/lib/nn.yaml:79:7
%6984 = mul %6983, %6983 : f32[16384] @ models/lib/nn.yaml:79:7
%6985 = reduce_sum %6984 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6986 = sqrt %6985 : f32[] @ models/lib/nn.yaml:79:7
%6987 = cast %6986 : f64[] @ models/lib/nn.yaml:79:7
%6988 = add %6987, %4176 : f64[] @ models/lib/nn.yaml:79:7
%6989 = div %4178, %6988 : f64[] @ models/lib/nn.yaml:79:7
%6990 = lt %6989, %4180 : bool[] @ models/lib/nn.yaml:79:7
%6991 = cast %6989 : f32[] @ models/lib/nn.yaml:79:7
%6992 = broadcast %6991 : f32[256,64] @ models/lib/nn.yaml:79:7
%6993 = mul %6982, %6992 : f32[256,64] @ models/lib/nn.yaml:79:7
%6994 = broadcast %6990 : bool[256,64] @ models/lib/nn.yaml:79:7
%6995 = select %6994, %6993, %6982 : f32[256,64] @ models/lib/nn.yaml:79:7
%6996 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6997 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6998 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6999 = add %6998, %4190 : i64[] @ models/lib/nn.yaml:79:7
%7000 = mul %61, %4806 : f32[256,64] @ models/lib/nn.yaml:79:7
%7001 = mul %6995, %4808 : f32[256,64] @ models/lib/nn.yaml:79:7
%7002 = mul %6996, %4810 : f32[256,64] @ models/lib/nn.yaml:79:7
%7003 = add %7002, %7001 : f32[256,64] @ models/lib/nn.yaml:79:7
%7004 = mul %6995, %6995 : f32[256,64] @ models/lib/nn.yaml:79:7
%7005 = mul %7004, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%7006 = mul %6997, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%7007 = add %7006, %7005 : f32[256,64] @ models/lib/nn.yaml:79:7
%7008 = cast %6999 : f64[] @ models/lib/nn.yaml:79:7
%7009 = pow %4199, %7008 : f64[] @ models/lib/nn.yaml:79:7
%7010 = sub %4180, %7009 : f64[] @ models/lib/nn.yaml:79:7
%7011 = div %2492, %7010 : f64[] @ models/lib/nn.yaml:79:7
%7012 = pow %4207, %7008 : f64[] @ models/lib/nn.yaml:79:7
%7013 = sub %4180, %7012 : f64[] @ models/lib/nn.yaml:79:7
%7014 = sqrt %7013 : f64[] @ models/lib/nn.yaml:79:7
%7015 = div %4180, %7014 : f64[] @ models/lib/nn.yaml:79:7
%7016 = sqrt %7007 : f32[256,64] @ models/lib/nn.yaml:79:7
%7017 = cast %7015 : f32[] @ models/lib/nn.yaml:79:7
%7018 = broadcast %7017 : f32[256,64] @ models/lib/nn.yaml:79:7
%7019 = mul %7016, %7018 : f32[256,64] @ models/lib/nn.yaml:79:7
%7020 = add %7019, %4831 : f32[256,64] @ models/lib/nn.yaml:79:7
%7021 = div %7003, %7020 : f32[256,64] @ models/lib/nn.yaml:79:7
%7022 = cast %7011 : f32[] @ models/lib/nn.yaml:79:7
%7023 = broadcast %7022 : f32[256,64] @ models/lib/nn.yaml:79:7
%7024 = mul %7021, %7023 : f32[256,64] @ models/lib/nn.yaml:79:7
%7025 = sub %7000, %7024 : f32[256,64] @ models/lib/nn.yaml:79:7
%7026 = assign %61, %7025 : f32[256,64] @ models/lib/nn.yaml:79:7
%7027 = assign %6996, %7003 : f32[256,64] @ models/lib/nn.yaml:79:7
%7028 = assign %6997, %7007 : f32[256,64] @ models/lib/nn.yaml:79:7
%7029 = assign %6998, %6999 : i64[] @ models/lib/nn.yaml:79:7
%7030 = mul %123, %4842 : f32[256,64] @ models/lib/nn.yaml:79:7
%7031 = mul %7025, %4844 : f32[256,64] @ models/lib/nn.yaml:79:7
%7032 = add %7030, %7031 : f32[256,64] @ models/lib/nn.yaml:79:7
%7033 = assign %123, %7032 : f32[256,64] @ models/lib/nn.yaml:79:7
%7034 = all_reduce_sum %3495 : f32[256] @ models/lib/nn.yaml:80:7
%7035 = mul %7034, %7034 : f32[256] @ models/lib/nn.yaml:80:7
%7036 = reduce_sum %7035 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7037 = sqrt %7036 : f32[] @ models/lib/nn.yaml:80:7
%7038 = cast %7037 : f64[] @ models/lib/nn.yaml:80:7
%7039 = add %7038, %4176 : f64[] @ models/lib/nn.yaml:80:7
%7040 = div %4178, %7039 : f64[] @ models/lib/nn.yaml:80:7
%7041 = lt %7040, %4180 : bool[] @ models/lib/nn.yaml:80:7
%7042 = cast %7040 : f32[] @ models/lib/nn.yaml:80:7
%7043 = broadcast %7042 : f32[256] @ models/lib/nn.yaml:80:7
%7044 = mul %7034, %7043 : f32[256] @ models/lib/nn.yaml:80:7
%7045 = broadcast %7041 : bool[256] @ models/lib/nn.yaml:80:7
%7046 = select %7045, %7044, %7034 : f32[256] @ models/lib/nn.yaml:80:7
%7047 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7048 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7049 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7050 = add %7049, %4190 : i64[] @ models/lib/nn.yaml:80:7
%7051 = mul %7046, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%7052 = mul %7047, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%7053 = add %7052, %7051 : f32[256] @ models/lib/nn.yaml:80:7
%7054 = mul %7046, %7046 : f32[256] @ models/lib/nn.yaml:80:7
%7055 = mul %7054, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%7056 = mul %7048, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%7057 = add %7056, %7055 : f32[256] @ models/lib/nn.yaml:80:7
%7058 = cast %7050 : f64[] @ models/lib/nn.yaml:80:7
%7059 = pow %4199, %7058 : f64[] @ models/lib/nn.yaml:80:7
%7060 = sub %4180, %7059 : f64[] @ models/lib/nn.yaml:80:7
%7061 = div %2492, %7060 : f64[] @ models/lib/nn.yaml:80:7
%7062 = pow %4207, %7058 : f64[] @ models/lib/nn.yaml:80:7
%7063 = sub %4180, %7062 : f64[] @ models/lib/nn.yaml:80:7
%7064 = sqrt %7063 : f64[] @ models/lib/nn.yaml:80:7
%7065 = div %4180, %7064 : f64[] @ models/lib/nn.yaml:80:7
%7066 = sqrt %7057 : f32[256] @ models/lib/nn.yaml:80:7
%7067 = cast %7065 : f32[] @ models/lib/nn.yaml:80:7
%7068 = broadcast %7067 : f32[256] @ models/lib/nn.yaml:80:7
%7069 = mul %7066, %7068 : f32[256] @ models/lib/nn.yaml:80:7
%7070 = add %7069, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%7071 = div %7053, %7070 : f32[256] @ models/lib/nn.yaml:80:7
%7072 = cast %7061 : f32[] @ models/lib/nn.yaml:80:7
%7073 = broadcast %7072 : f32[256] @ models/lib/nn.yaml:80:7
%7074 = mul %7071, %7073 : f32[256] @ models/lib/nn.yaml:80:7
%7075 = sub %62, %7074 : f32[256] @ models/lib/nn.yaml:80:7
%7076 = assign %62, %7075 : f32[256] @ models/lib/nn.yaml:80:7
%7077 = assign %7047, %7053 : f32[256] @ models/lib/nn.yaml:80:7
%7078 = assign %7048, %7057 : f32[256] @ models/lib/nn.yaml:80:7
%7079 = assign %7049, %7050 : i64[] @ models/lib/nn.yaml:80:7
%7080 = mul %124, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%7081 = mul %7075, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%7082 = add %7080, %7081 : f32[256] @ models/lib/nn.yaml:80:7
%7083 = assign %124, %7082 : f32[256] @ models/lib/nn.yaml:80:7
%7084 = all_reduce_sum %3467 : f32[256,256] @ models/lib/nn.yaml:79:7
%7085 = reshape %7084 : f32[65536] @ models/lib/nn.yaml:79:7
%7086 = mul %7085, %7085 : f32[65536] @ models/lib/nn.yaml:79:7
%7087 = reduce_sum %7086 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7088 = sqrt %7087 : f32[] @ models/lib/nn.yaml:79:7
%7089 = cast %7088 : f64[] @ models/lib/nn.yaml:79:7
%7090 = add %7089, %4176 : f64[] @ models/lib/nn.yaml:79:7
%7091 = div %4178, %7090 : f64[] @ models/lib/nn.yaml:79:7
%7092 = lt %7091, %4180 : bool[] @ models/lib/nn.yaml:79:7
%7093 = cast %7091 : f32[] @ models/lib/nn.yaml:79:7
%7094 = broadcast %7093 : f32[256,256] @ models/lib/nn.yaml:79:7
%7095 = mul %7084, %7094 : f32[256,256] @ models/lib/nn.yaml:79:7
%7096 = broadcast %7092 : bool[256,256] @ models/lib/nn.yaml:79:7
%7097 = select %7096, %7095, %7084 : f32[256,256] @ models/lib/nn.yaml:79:7
%7098 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%7099 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%7100 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7101 = add %7100, %4190 : i64[] @ models/lib/nn.yaml:79:7
%7102 = mul %63, %6715 : f32[256,256] @ models/lib/nn.yaml:79:7
%7103 = mul %7097, %6717 : f32[256,256] @ models/lib/nn.yaml:79:7
%7104 = mul %7098, %6719 : f32[256,256] @ models/lib/nn.yaml:79:7
%7105 = add %7104, %7103 : f32[256,256] @ models/lib/nn.yaml:79:7
%7106 = mul %7097, %7097 : f32[256,256] @ models/lib/nn.yaml:79:7
%7107 = mul %7106, %6723 : f32[256,256] @ models/lib/nn.yaml:79:7
%7108 = mul %7099, %6725 : f32[256,256] @ models/lib/nn.yaml:79:7
%7109 = add %7108, %7107 : f32[256,256] @ models/lib/nn.yaml:79:7
%7110 = cast %7101 : f64[] @ models/lib/nn.yaml:79:7
%7111 = pow %4199, %7110 : f64[] @ models/lib/nn.yaml:79:7
%7112 = sub %4180, %7111 : f64[] @ models/lib/nn.yaml:79:7
%7113 = div %2492, %7112 : f64[] @ models/lib/nn.yaml:79:7
%7114 = pow %4207, %7110 : f64[] @ models/lib/nn.yaml:79:7
%7115 = sub %4180, %7114 : f64[] @ models/lib/nn.yaml:79:7
%7116 = sqrt %7115 : f64[] @ models/lib/nn.yaml:79:7
%7117 = div %4180, %7116 : f64[] @ models/lib/nn.yaml:79:7
%7118 = sqrt %7109 : f32[256,256] @ models/lib/nn.yaml:79:7
%7119 = cast %7117 : f32[] @ models/lib/nn.yaml:79:7
%7120 = broadcast %7119 : f32[256,256] @ models/lib/nn.yaml:79:7
%7121 = mul %7118, %7120 : f32[256,256] @ models/lib/nn.yaml:79:7
%7122 = add %7121, %6740 : f32[256,256] @ models/lib/nn.yaml:79:7
%7123 = div %7105, %7122 : f32[256,256] @ models/lib/nn.yaml:79:7
%7124 = cast %7113 : f32[] @ models/lib/nn.yaml:79:7
%7125 = broadcast %7124 : f32[256,256] @ models/lib/nn.yaml:79:7
%7126 = mul %7123, %7125 : f32[256,256] @ models/lib/nn.yaml:79:7
%7127 = sub %7102, %7126 : f32[256,256] @ models/lib/nn.yaml:79:7
%7128 = assign %63, %7127 : f32[256,256] @ models/lib/nn.yaml:79:7
%7129 = assign %7098, %7105 : f32[256,256] @ models/lib/nn.yaml:79:7
%7130 = assign %7099, %7109 : f32[256,256] @ models/lib/nn.yaml:79:7
%7131 = assign %7100, %7101 : i64[] @ models/lib/nn.yaml:79:7
%7132 = mul %125, %6751 : f32[256,256] @ models/lib/nn.yaml:79:7
%7133 = mul %7127, %6753 : f32[256,256] @ models/lib/nn.yaml:79:7
%7134 = add %7132, %7133 : f32[256,256] @ models/lib/nn.yaml:79:7
%7135 = assign %125, %7134 : f32[256,256] @ models/lib/nn.yaml:79:7
%7136 = all_reduce_sum %3461 : f32[256] @ models/lib/nn.yaml:80:7
%7137 = mul %7136, %7136 : f32[256] @ models/lib/nn.yaml:80:7
%7138 = reduce_sum %7137 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7139 = sqrt %7138 : f32[] @ models/lib/nn.yaml:80:7
%7140 = cast %7139 : f64[] @ models/lib/nn.yaml:80:7
%7141 = add %7140, %4176 : f64[] @ models/lib/nn.yaml:80:7
%7142 = div %4178, %7141 : f64[] @ models/lib/nn.yaml:80:7
%7143 = lt %7142, %4180 : bool[] @ models/lib/nn.yaml:80:7
%7144 = cast %7142 : f32[] @ models/lib/nn.yaml:80:7
%7145 = broadcast %7144 : f32[256] @ models/lib/nn.yaml:80:7
%7146 = mul %7136, %7145 : f32[256] @ models/lib/nn.yaml:80:7
%7147 = broadcast %7143 : bool[256] @ models/lib/nn.yaml:80:7
%7148 = select %7147, %7146, %7136 : f32[256] @ models/lib/nn.yaml:80:7
%7149 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7150 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7151 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7152 = add %7151, %4190 : i64[] @ models/lib/nn.yaml:80:7
%7153 = mul %7148, %4865 : f32[256] @ models/lib/nn.yaml:80:7
%7154 = mul %7149, %4867 : f32[256] @ models/lib/nn.yaml:80:7
%7155 = add %7154, %7153 : f32[256] @ models/lib/nn.yaml:80:7
%7156 = mul %7148, %7148 : f32[256] @ models/lib/nn.yaml:80:7
%7157 = mul %7156, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%7158 = mul %7150, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%7159 = add %7158, %7157 : f32[256] @ models/lib/nn.yaml:80:7
%7160 = cast %7152 : f64[] @ models/lib/nn.yaml:80:7
%7161 = pow %4199, %7160 : f64[] @ models/lib/nn.yaml:80:7
%7162 = sub %4180, %7161 : f64[] @ models/lib/nn.yaml:80:7
%7163 = div %2492, %7162 : f64[] @ models/lib/nn.yaml:80:7
%7164 = pow %4207, %7160 : f64[] @ models/lib/nn.yaml:80:7
%7165 = sub %4180, %7164 : f64[] @ models/lib/nn.yaml:80:7
%7166 = sqrt %7165 : f64[] @ models/lib/nn.yaml:80:7
%7167 = div %4180, %7166 : f64[] @ models/lib/nn.yaml:80:7
%7168 = sqrt %7159 : f32[256] @ models/lib/nn.yaml:80:7
%7169 = cast %7167 : f32[] @ models/lib/nn.yaml:80:7
%7170 = broadcast %7169 : f32[256] @ models/lib/nn.yaml:80:7
%7171 = mul %7168, %7170 : f32[256] @ models/lib/nn.yaml:80:7
%7172 = add %7171, %4888 : f32[256] @ models/lib/nn.yaml:80:7
%7173 = div %7155, %7172 : f32[256] @ models/lib/nn.yaml:80:7
%7174 = cast %7163 : f32[] @ models/lib/nn.yaml:80:7
%7175 = broadcast %7174 : f32[256] @ models/lib/nn.yaml:80:7
%7176 = mul %7173, %7175 : f32[256] @ models/lib/nn.yaml:80:7
%7177 = sub %64, %7176 : f32[256] @ models/lib/nn.yaml:80:7
%7178 = assign %64, %7177 : f32[256] @ models/lib/nn.yaml:80:7
%7179 = assign %7149, %7155 : f32[256] @ models/lib/nn.yaml:80:7
%7180 = assign %7150, %7159 : f32[256] @ models/lib/nn.yaml:80:7
%7181 = assign %7151, %7152 : i64[] @ models/lib/nn.yaml:80:7
%7182 = mul %126, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%7183 = mul %7177, %4901 : f32[256] @ models/lib/nn.yaml:80:7
%7184 = add %7182, %7183 : f32[256] @ models/lib/nn.yaml:80:7
%7185 = assign %126, %7184 : f32[256] @ models/lib/nn.yaml:80:7
%7186 = all_reduce_sum %3432 : f32[64,256] @ models/lib/nn.yaml:79:7
%7187 = reshape %7186 : f32[16384] @ models/lib/nn.yaml:79:7
%7188 = mul %7187, %7187 : f32[16384] @ models/lib/nn.yaml:79:7
%7189 = reduce_sum %7188 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7190 = sqrt %7189 : f32[] @ models/lib/nn.yaml:79:7
%7191 = cast %7190 : f64[] @ models/lib/nn.yaml:79:7
%7192 = add %7191, %4176 : f64[] @ models/lib/nn.yaml:79:7
%7193 = div %4178, %7192 : f64[] @ models/lib/nn.yaml:79:7
%7194 = lt %7193, %4180 : bool[] @ models/lib/nn.yaml:79:7
%7195 = cast %7193 : f32[] @ models/lib/nn.yaml:79:7
%7196 = broadcast %7195 : f32[64,256] @ models/lib/nn.yaml:79:7
%7197 = mul %7186, %7196 : f32[64,256] @ models/lib/nn.yaml:79:7
%7198 = broadcast %7194 : bool[64,256] @ models/lib/nn.yaml:79:7
%7199 = select %7198, %7197, %7186 : f32[64,256] @ models/lib/nn.yaml:79:7
%7200 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%7201 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%7202 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7203 = add %7202, %4190 : i64[] @ models/lib/nn.yaml:79:7
%7204 = mul %65, %4923 : f32[64,256] @ models/lib/nn.yaml:79:7
%7205 = mul %7199, %4925 : f32[64,256] @ models/lib/nn.yaml:79:7
%7206 = mul %7200, %4927 : f32[64,256] @ models/lib/nn.yaml:79:7
%7207 = add %7206, %7205 : f32[64,256] @ models/lib/nn.yaml:79:7
%7208 = mul %7199, %7199 : f32[64,256] @ models/lib/nn.yaml:79:7
%7209 = mul %7208, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%7210 = mul %7201, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%7211 = add %7210, %7209 : f32[64,256] @ models/lib/nn.yaml:79:7
%7212 = cast %7203 : f64[] @ models/lib/nn.yaml:79:7
%7213 = pow %4199, %7212 : f64[] @ models/lib/nn.yaml:79:7
%7214 = sub %4180, %7213 : f64[] @ models/lib/nn.yaml:79:7
%7215 = div %2492, %7214 : f64[] @ models/lib/nn.yaml:79:7
%7216 = pow %4207, %7212 : f64[] @ models/lib/nn.yaml:79:7
%7217 = sub %4180, %7216 : f64[] @ models/lib/nn.yaml:79:7
%7218 = sqrt %7217 : f64[] @ models/lib/nn.yaml:79:7
%7219 = div %4180, %7218 : f64[] @ models/lib/nn.yaml:79:7
%7220 = sqrt %7211 : f32[64,256] @ models/lib/nn.yaml:79:7
%7221 = cast %7219 : f32[] @ models/lib/nn.yaml:79:7
%7222 = broadcast %7221 : f32[64,256] @ models/lib/nn.yaml:79:7
%7223 = mul %7220, %7222 : f32[64,256] @ models/lib/nn.yaml:79:7
%7224 = add %7223, %4948 : f32[64,256] @ models/lib/nn.yaml:79:7
%7225 = div %7207, %7224 : f32[64,256] @ models/lib/nn.yaml:79:7
%7226 = cast %7215 : f32[] @ models/lib/nn.yaml:79:7
%7227 = broadcast %7226 : f32[64,256] @ models/lib/nn.yaml:79:7
%7228 = mul %7225, %7227 : f32[64,256] @ models/lib/nn.yaml:79:7
%7229 = sub %7204, %7228 : f32[64,256] @ models/lib/nn.yaml:79:7
%7230 = assign %65, %7229 : f32[64,256] @ models/lib/nn.yaml:79:7
%7231 = assign %7200, %7207 : f32[64,256] @ models/lib/nn.yaml:79:7
%7232 = assign %7201, %7211 : f32[64,256] @ models/lib/nn.yaml:79:7
%7233 = assign %7202, %7203 : i64[] @ models/lib/nn.yaml:79:7
%7234 = mul %127, %4959 : f32[64,256] @ models/lib/nn.yaml:79:7
%7235 = mul %7229, %4961 : f32[64,256] @ models/lib/nn.yaml:79:7
%7236 = add %7234, %7235 : f32[64,256] @ models/lib/nn.yaml:79:7
%7237 = assign %127, %7236 : f32[64,256] @ models/lib/nn.yaml:79:7
%7238 = all_reduce_sum %3426 : f32[64] @ models/lib/nn.yaml:80:7
%7239 = mul %7238, %7238 : f32[64] @ models/lib/nn.yaml:80:7
%7240 = reduce_sum %7239 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7241 = sqrt %7240 : f32[] @ models/lib/nn.yaml:80:7
%7242 = cast %7241 : f64[] @ models/lib/nn.yaml:80:7
%7243 = add %7242, %4176 : f64[] @ models/lib/nn.yaml:80:7
%7244 = div %4178, %7243 : f64[] @ models/lib/nn.yaml:80:7
%7245 = lt %7244, %4180 : bool[] @ models/lib/nn.yaml:80:7
%7246 = cast %7244 : f32[] @ models/lib/nn.yaml:80:7
%7247 = broadcast %7246 : f32[64] @ models/lib/nn.yaml:80:7
%7248 = mul %7238, %7247 : f32[64] @ models/lib/nn.yaml:80:7
%7249 = broadcast %7245 : bool[64] @ models/lib/nn.yaml:80:7
%7250 = select %7249, %7248, %7238 : f32[64] @ models/lib/nn.yaml:80:7
%7251 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7252 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7253 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7254 = add %7253, %4190 : i64[] @ models/lib/nn.yaml:80:7
%7255 = mul %7250, %4321 : f32[64] @ models/lib/nn.yaml:80:7
%7256 = mul %7251, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%7257 = add %7256, %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7258 = mul %7250, %7250 : f32[64] @ models/lib/nn.yaml:80:7
%7259 = mul %7258, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%7260 = mul %7252, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%7261 = add %7260, %7259 : f32[64] @ models/lib/nn.yaml:80:7
%7262 = cast %7254 : f64[] @ models/lib/nn.yaml:80:7
%7263 = pow %4199, %7262 : f64[] @ models/lib/nn.yaml:80:7
%7264 = sub %4180, %7263 : f64[] @ models/lib/nn.yaml:80:7
%7265 = div %2492, %7264 : f64[] @ models/lib/nn.yaml:80:7
%7266 = pow %4207, %7262 : f64[] @ models/lib/nn.yaml:80:7
%7267 = sub %4180, %7266 : f64[] @ models/lib/nn.yaml:80:7
%7268 = sqrt %7267 : f64[] @ models/lib/nn.yaml:80:7
%7269 = div %4180, %7268 : f64[] @ models/lib/nn.yaml:80:7
%7270 = sqrt %7261 : f32[64] @ models/lib/nn.yaml:80:7
%7271 = cast %7269 : f32[] @ models/lib/nn.yaml:80:7
%7272 = broadcast %7271 : f32[64] @ models/lib/nn.yaml:80:7
%7273 = mul %7270, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7274 = add %7273, %4344 : f32[64] @ models/lib/nn.yaml:80:7
%7275 = div %7257, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%7276 = cast %7265 : f32[] @ models/lib/nn.yaml:80:7
%7277 = broadcast %7276 : f32[64] @ models/lib/nn.yaml:80:7
%7278 = mul %7275, %7277 : f32[64] @ models/lib/nn.yaml:80:7
%7279 = sub %66, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%7280 = assign %66, %7279 : f32[64] @ models/lib/nn.yaml:80:7
%7281 = assign %7251, %7257 : f32[64] @ models/lib/nn.yaml:80:7
%7282 = assign %7252, %7261 : f32[64] @ models/lib/nn.yaml:80:7
%7283 = assign %7253, %7254 : i64[] @ models/lib/nn.yaml:80:7
%7284 = mul %128, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%7285 = mul %7279, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%7286 = add %7284, %7285 : f32[64] @ models/lib/nn.yaml:80:7
%7287 = assign %128, %7286 : f32[64] @ models/lib/nn.yaml:80:7
%7288 = broadcast %3 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7289 = mul %129, %7288 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7290 = broadcast %4239 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7291 = mul %67, %7290 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7292 = add %7289, %7291 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7293 = assign %129, %7292 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7294 = all_reduce_sum %3397 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7295 = reshape %7294 : f32[262144] @ models/lib/dino.yaml:19:7
%7296 = mul %7295, %7295 : f32[262144] @ models/lib/dino.yaml:19:7
%7297 = reduce_sum %7296 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7298 = sqrt %7297 : f32[] @ models/lib/dino.yaml:19:7
%7299 = cast %7298 : f64[] @ models/lib/dino.yaml:19:7
%7300 = add %7299, %4176 : f64[] @ models/lib/dino.yaml:19:7
%7301 = div %4178, %7300 : f64[] @ models/lib/dino.yaml:19:7
%7302 = lt %7301, %4180 : bool[] @ models/lib/dino.yaml:19:7
%7303 = cast %7301 : f32[] @ models/lib/dino.yaml:19:7
%7304 = broadcast %7303 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7305 = mul %7294, %7304 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7306 = broadcast %7302 : bool[4096,64] @ models/lib/dino.yaml:19:7
%7307 = select %7306, %7305, %7294 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7308 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%7309 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%7310 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7311 = add %7310, %4190 : i64[] @ models/lib/dino.yaml:19:7
%7312 = broadcast %4194 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7313 = mul %68, %7312 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7314 = broadcast %2169 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7315 = mul %7307, %7314 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7316 = broadcast %1453 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7317 = mul %7308, %7316 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7318 = add %7317, %7315 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7319 = mul %7307, %7307 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7320 = broadcast %4204 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7321 = mul %7319, %7320 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7322 = broadcast %4208 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7323 = mul %7309, %7322 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7324 = add %7323, %7321 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7325 = cast %7311 : f64[] @ models/lib/dino.yaml:19:7
%7326 = pow %4199, %7325 : f64[] @ models/lib/dino.yaml:19:7
%7327 = sub %4180, %7326 : f64[] @ models/lib/dino.yaml:19:7
%7328 = div %2492, %7327 : f64[] @ models/lib/dino.yaml:19:7
%7329 = pow %4207, %7325 : f64[] @ models/lib/dino.yaml:19:7
%7330 = sub %4180, %7329 : f64[] @ models/lib/dino.yaml:19:7
%7331 = sqrt %7330 : f64[] @ models/lib/dino.yaml:19:7
%7332 = div %4180, %7331 : f64[] @ models/lib/dino.yaml:19:7
%7333 = sqrt %7324 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7334 = cast %7332 : f32[] @ models/lib/dino.yaml:19:7
%7335 = broadcast %7334 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7336 = mul %7333, %7335 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7337 = broadcast %4224 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7338 = add %7336, %7337 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7339 = div %7318, %7338 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7340 = cast %7328 : f32[] @ models/lib/dino.yaml:19:7
%7341 = broadcast %7340 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7342 = mul %7339, %7341 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7343 = sub %7313, %7342 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7344 = broadcast %6966 : bool[4096,64] @ models/lib/dino.yaml:19:7
%7345 = select %7344, %68, %7343 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7346 = select %7344, %7308, %7318 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7347 = select %7344, %7309, %7324 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7348 = select %6966, %7310, %7311 : i64[] @ models/lib/dino.yaml:19:7
%7349 = assign %68, %7345 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7350 = assign %7308, %7346 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7351 = assign %7309, %7347 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7352 = assign %7310, %7348 : i64[] @ models/lib/dino.yaml:19:7
%7353 = broadcast %3 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7354 = mul %130, %7353 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7355 = broadcast %4239 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7356 = mul %7345, %7355 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7357 = add %7354, %7356 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7358 = assign %130, %7357 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7359 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%7360 = abs %2451 : f32[] @ models/dino_pass.yaml:149:3
%7361 = lt %7360, %7359 : bool[] @ models/dino_pass.yaml:149:3
%7362 = output %7361 name="finite" : bool[] @ models/dino_pass.yaml:149:3
