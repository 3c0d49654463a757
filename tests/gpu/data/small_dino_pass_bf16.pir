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
%166 = matmul %164, %165 ta=0 tb=1 : bf16[4,16,192] @ models/lib/nn.yaml:83:15
%167 = broadcast %75 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%168 = cast %166 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%169 = add %168, %167 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%170 = cast %169 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%171 = reshape %170 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%172 = permute %171 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%173 = slice %172 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%174 = reshape %173 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%175 = slice %172 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%176 = reshape %175 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%177 = matmul %174, %176 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%178 = const data=[0.17677669] : f32[] @ models/lib/nn.yaml:55:41
%179 = broadcast %178 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%180 = cast %177 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%181 = mul %180, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%182 = reduce_max %181 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%183 = stop_gradient %182 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%184 = broadcast %183 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%185 = cast %177 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%186 = mul %185, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%187 = sub %186, %184 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%188 = exp %187 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%189 = reduce_sum %188 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%190 = broadcast %189 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%191 = exp %187 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%192 = div %191, %190 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%193 = cast %192 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%194 = slice %172 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%195 = reshape %194 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%196 = matmul %193, %195 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%197 = permute %196 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%198 = reshape %197 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%199 = cast %76 : bf16[64,64] @ models/lib/nn.yaml:83:15
%200 = matmul %198, %199 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%201 = broadcast %77 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%202 = cast %200 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%203 = add %202, %201 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%204 = add %144, %203 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%205 = reduce_sum %204 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%206 = div %205, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%207 = broadcast %206 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%208 = sub %204, %207 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%209 = mul %208, %208 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%210 = reduce_sum %209 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%211 = div %210, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%212 = add %211, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%213 = rsqrt %212 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%214 = broadcast %213 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%215 = mul %208, %214 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%216 = broadcast %78 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%217 = mul %215, %216 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%218 = broadcast %79 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%219 = add %217, %218 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%220 = cast %219 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%221 = cast %80 : bf16[256,64] @ models/lib/nn.yaml:83:15
%222 = matmul %220, %221 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%223 = broadcast %81 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%224 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%225 = broadcast %224 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%226 = cast %222 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%227 = add %226, %223 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%228 = mul %225, %227 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%229 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%230 = broadcast %229 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%231 = cast %222 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%232 = add %231, %223 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%233 = mul %232, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%234 = erf %233 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%235 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%236 = broadcast %235 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%237 = add %236, %234 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%238 = mul %228, %237 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%239 = cast %238 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%240 = cast %82 : bf16[64,256] @ models/lib/nn.yaml:83:15
%241 = matmul %239, %240 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%242 = broadcast %83 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%243 = cast %241 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%244 = add %243, %242 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%245 = add %204, %244 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%246 = reduce_sum %245 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%247 = div %246, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%248 = broadcast %247 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%249 = sub %245, %248 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%250 = mul %249, %249 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%251 = reduce_sum %250 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%252 = div %251, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%253 = add %252, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%254 = rsqrt %253 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%255 = broadcast %254 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%256 = mul %249, %255 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%257 = broadcast %84 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%258 = mul %256, %257 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%259 = broadcast %85 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%260 = add %258, %259 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%261 = cast %260 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%262 = cast %86 : bf16[192,64] @ models/lib/nn.yaml:83:15
%263 = matmul %261, %262 ta=0 tb=1 : bf16[4,16,192] @ models/lib/nn.yaml:83:15
%264 = broadcast %87 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%265 = cast %263 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%266 = add %265, %264 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%267 = cast %266 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%268 = reshape %267 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%269 = permute %268 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%270 = slice %269 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%271 = reshape %270 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%272 = slice %269 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%273 = reshape %272 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%274 = matmul %271, %273 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%275 = cast %274 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%276 = mul %275, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%277 = reduce_max %276 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%278 = stop_gradient %277 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%279 = broadcast %278 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%280 = cast %274 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%281 = mul %280, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%282 = sub %281, %279 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%283 = exp %282 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%284 = reduce_sum %283 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%285 = broadcast %284 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%286 = exp %282 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%287 = div %286, %285 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%288 = cast %287 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%289 = slice %269 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%290 = reshape %289 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%291 = matmul %288, %290 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%292 = permute %291 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%293 = reshape %292 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%294 = cast %88 : bf16[64,64] @ models/lib/nn.yaml:83:15
%295 = matmul %293, %294 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%296 = broadcast %89 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%297 = cast %295 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%298 = add %297, %296 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%299 = add %245, %298 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%300 = reduce_sum %299 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%301 = div %300, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%302 = broadcast %301 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%303 = sub %299, %302 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%304 = mul %303, %303 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%305 = reduce_sum %304 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%306 = div %305, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%307 = add %306, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%308 = rsqrt %307 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%309 = broadcast %308 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%310 = mul %303, %309 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%311 = broadcast %90 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%312 = mul %310, %311 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%313 = broadcast %91 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%314 = add %312, %313 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%315 = cast %314 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%316 = cast %92 : bf16[256,64] @ models/lib/nn.yaml:83:15
%317 = matmul %315, %316 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%318 = broadcast %93 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%319 = cast %317 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%320 = add %319, %318 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%321 = mul %225, %320 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%322 = cast %317 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%323 = add %322, %318 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%324 = mul %323, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%325 = erf %324 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%326 = add %236, %325 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%327 = mul %321, %326 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%328 = cast %327 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%329 = cast %94 : bf16[64,256] @ models/lib/nn.yaml:83:15
%330 = matmul %328, %329 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%331 = broadcast %95 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%332 = cast %330 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%333 = add %332, %331 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%334 = add %299, %333 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%335 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%336 = neighbor_topk_gather %334, %335 k=4 : f32[4,16,4,64] @ models/dino_pass.yaml:77:16
%337 = reshape %336 : f32[64,4,64] @ models/dino_pass.yaml:87:23
%338 = broadcast %96 : f32[64,1,64] @ models/lib/vit.yaml:116:31
%339 = concat %338, %337 axis=1 : f32[64,5,64] @ models/lib/vit.yaml:95:24
%340 = reduce_sum %339 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%341 = broadcast %146 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%342 = div %340, %341 : f32[64,5,1] @ models/lib/nn.yaml:93:14
%343 = broadcast %342 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%344 = sub %339, %343 : f32[64,5,64] @ models/lib/nn.yaml:94:15
%345 = mul %344, %344 : f32[64,5,64] @ models/lib/nn.yaml:95:22
%346 = reduce_sum %345 axes=[2] keep=1 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%347 = div %346, %341 : f32[64,5,1] @ models/lib/nn.yaml:95:15
%348 = broadcast %154 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%349 = add %347, %348 : f32[64,5,1] @ models/lib/nn.yaml:96:30
%350 = rsqrt %349 : f32[64,5,1] @ models/lib/nn.yaml:96:20
%351 = broadcast %350 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%352 = mul %344, %351 : f32[64,5,64] @ models/lib/nn.yaml:96:18
%353 = broadcast %97 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%354 = mul %352, %353 : f32[64,5,64] @ models/lib/nn.yaml:96:37
%355 = broadcast %98 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%356 = add %354, %355 : f32[64,5,64] @ models/lib/nn.yaml:96:46
%357 = cast %356 : bf16[64,5,64] @ models/lib/nn.yaml:83:15
%358 = slice %357 lo=[0,0,0] hi=[64,1,64] : bf16[64,1,64] @ models/lib/vit.yaml:78:33
%359 = cast %99 : bf16[64,64] @ models/lib/nn.yaml:83:15
%360 = matmul %358, %359 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%361 = broadcast %100 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%362 = cast %360 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%363 = add %362, %361 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%364 = cast %101 : bf16[64,64] @ models/lib/nn.yaml:83:15
%365 = matmul %357, %364 ta=0 tb=1 : bf16[64,5,64] @ models/lib/nn.yaml:83:15
%366 = broadcast %102 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%367 = cast %365 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%368 = add %367, %366 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%369 = cast %103 : bf16[64,64] @ models/lib/nn.yaml:83:15
%370 = matmul %357, %369 ta=0 tb=1 : bf16[64,5,64] @ models/lib/nn.yaml:83:15
%371 = broadcast %104 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%372 = cast %370 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%373 = add %372, %371 : f32[64,5,64] @ models/lib/nn.yaml:84:18
%374 = cast %363 : bf16[64,1,64] @ models/lib/nn.yaml:55:23
%375 = reshape %374 : bf16[64,1,2,32] @ models/lib/vit.yaml:78:22
%376 = permute %375 perm=[0,2,1,3] : bf16[64,2,1,32] @ models/lib/vit.yaml:78:14
%377 = cast %368 : bf16[64,5,64] @ models/lib/nn.yaml:55:23
%378 = reshape %377 : bf16[64,5,2,32] @ models/lib/vit.yaml:79:22
%379 = permute %378 perm=[0,2,1,3] : bf16[64,2,5,32] @ models/lib/vit.yaml:79:14
%380 = cast %376 : f32[64,2,1,32] @ models/lib/nn.yaml:55:23
%381 = cast %379 : f32[64,2,5,32] @ models/lib/nn.yaml:55:23
%382 = permute %381 perm=[0,1,3,2] : f32[64,2,32,5] @ models/lib/nn.yaml:55:23
%383 = reshape %380 : f32[64,2,1,32,1] @ models/lib/nn.yaml:55:23
%384 = broadcast %383 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%385 = reshape %382 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%386 = broadcast %385 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%387 = mul %384, %386 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%388 = reduce_sum %387 axes=[3] keep=0 : f32[64,2,1,5] @ models/lib/nn.yaml:55:23
%389 = cast %388 : bf16[64,2,1,5] @ models/lib/nn.yaml:55:23
%390 = broadcast %178 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%391 = cast %389 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%392 = mul %391, %390 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%393 = reduce_max %392 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%394 = stop_gradient %393 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%395 = broadcast %394 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%396 = cast %389 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%397 = mul %396, %390 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%398 = sub %397, %395 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%399 = exp %398 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%400 = reduce_sum %399 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%401 = broadcast %400 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%402 = exp %398 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%403 = div %402, %401 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%404 = cast %403 : bf16[64,2,1,5] @ models/lib/nn.yaml:56:23
%405 = cast %373 : bf16[64,5,64] @ models/lib/nn.yaml:56:23
%406 = reshape %405 : bf16[64,5,2,32] @ models/lib/vit.yaml:80:22
%407 = permute %406 perm=[0,2,1,3] : bf16[64,2,5,32] @ models/lib/vit.yaml:80:14
%408 = cast %404 : f32[64,2,1,5] @ models/lib/nn.yaml:56:23
%409 = slice %408 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%410 = broadcast %409 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%411 = slice %407 lo=[0,0,0,0] hi=[64,2,1,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%412 = cast %411 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%413 = mul %410, %412 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%414 = slice %408 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%415 = broadcast %414 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%416 = slice %407 lo=[0,0,1,0] hi=[64,2,2,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%417 = cast %416 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%418 = mul %415, %417 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%419 = add %413, %418 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%420 = slice %408 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%421 = broadcast %420 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%422 = slice %407 lo=[0,0,2,0] hi=[64,2,3,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%423 = cast %422 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%424 = mul %421, %423 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%425 = add %419, %424 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%426 = slice %408 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%427 = broadcast %426 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%428 = slice %407 lo=[0,0,3,0] hi=[64,2,4,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%429 = cast %428 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%430 = mul %427, %429 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%431 = add %425, %430 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%432 = slice %408 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%433 = broadcast %432 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%434 = slice %407 lo=[0,0,4,0] hi=[64,2,5,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%435 = cast %434 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%436 = mul %433, %435 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%437 = add %431, %436 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%438 = cast %437 : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%439 = permute %438 perm=[0,2,1,3] : bf16[64,1,2,32] @ models/lib/nn.yaml:56:13
%440 = reshape %439 : bf16[64,1,64] @ models/lib/nn.yaml:57:16
%441 = cast %105 : bf16[64,64] @ models/lib/nn.yaml:83:15
%442 = matmul %440, %441 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%443 = broadcast %106 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%444 = cast %442 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%445 = add %444, %443 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%446 = add %338, %445 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%447 = reduce_sum %446 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%448 = broadcast %146 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%449 = div %447, %448 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%451 = cast %442 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%452 = add %451, %443 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%453 = add %338, %452 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%454 = sub %453, %450 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%455 = mul %454, %454 : f32[64,1,64] @ models/lib/nn.yaml:95:22
%456 = reduce_sum %455 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%457 = div %456, %448 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%458 = broadcast %154 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%459 = add %457, %458 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%460 = rsqrt %459 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%461 = broadcast %460 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%462 = mul %454, %461 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%463 = broadcast %107 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%464 = mul %462, %463 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%465 = broadcast %108 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%466 = add %464, %465 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%467 = cast %466 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%468 = cast %109 : bf16[256,64] @ models/lib/nn.yaml:83:15
%469 = matmul %467, %468 ta=0 tb=1 : bf16[64,1,256] @ models/lib/nn.yaml:83:15
%470 = broadcast %110 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%471 = broadcast %224 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%472 = cast %469 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%473 = add %472, %470 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%474 = mul %471, %473 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%475 = broadcast %229 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%476 = cast %469 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%477 = add %476, %470 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%478 = mul %477, %475 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%479 = erf %478 : f32[64,1,256] @ models/lib/nn.yaml:27:31
%480 = broadcast %235 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%481 = add %480, %479 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%482 = mul %474, %481 : f32[64,1,256] @ models/lib/nn.yaml:27:24
%483 = cast %482 : bf16[64,1,256] @ models/lib/nn.yaml:83:15
%484 = cast %111 : bf16[64,256] @ models/lib/nn.yaml:83:15
%485 = matmul %483, %484 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%486 = broadcast %112 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%487 = cast %485 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%488 = add %487, %486 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%489 = cast %442 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%490 = add %489, %443 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%491 = add %338, %490 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%492 = add %491, %488 : f32[64,1,64] @ models/lib/vit.yaml:98:18
%493 = reshape %492 : f32[4,16,64] @ models/dino_pass.yaml:88:16
%494 = broadcast %96 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%495 = concat %494, %334 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%496 = reduce_sum %495 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%497 = broadcast %146 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%498 = div %496, %497 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%499 = broadcast %498 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%500 = sub %495, %499 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%501 = mul %500, %500 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%502 = reduce_sum %501 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%503 = div %502, %497 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%504 = broadcast %154 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%505 = add %503, %504 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%506 = rsqrt %505 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%507 = broadcast %506 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%508 = mul %500, %507 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%509 = broadcast %97 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%510 = mul %508, %509 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%511 = broadcast %98 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%512 = add %510, %511 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%513 = cast %512 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%514 = slice %513 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%515 = matmul %514, %359 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%516 = broadcast %100 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%517 = cast %515 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%518 = add %517, %516 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%519 = matmul %513, %364 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%520 = broadcast %102 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%521 = cast %519 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%522 = add %521, %520 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%523 = matmul %513, %369 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%524 = broadcast %104 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%525 = cast %523 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%526 = add %525, %524 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%527 = cast %518 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%528 = reshape %527 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%529 = permute %528 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%530 = cast %522 : bf16[4,17,64] @ models/lib/nn.yaml:55:23
%531 = reshape %530 : bf16[4,17,2,32] @ models/lib/vit.yaml:79:22
%532 = permute %531 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:79:14
%533 = cast %529 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%534 = cast %532 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%535 = permute %534 perm=[0,1,3,2] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%536 = reshape %533 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%537 = broadcast %536 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%538 = reshape %535 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%539 = broadcast %538 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%540 = mul %537, %539 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%541 = reduce_sum %540 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%542 = cast %541 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%543 = broadcast %178 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
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
%558 = cast %526 : bf16[4,17,64] @ models/lib/nn.yaml:56:23
%559 = reshape %558 : bf16[4,17,2,32] @ models/lib/vit.yaml:80:22
%560 = permute %559 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:80:14
%561 = cast %557 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%562 = cast %560 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%563 = reshape %561 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%564 = broadcast %563 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%565 = reshape %562 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%566 = broadcast %565 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%567 = mul %564, %566 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%568 = reduce_sum %567 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%569 = cast %568 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%570 = permute %569 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%571 = reshape %570 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%572 = matmul %571, %441 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%573 = broadcast %106 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%574 = cast %572 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%575 = add %574, %573 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%576 = add %494, %575 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%577 = reduce_sum %576 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%578 = broadcast %146 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%579 = div %577, %578 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%580 = broadcast %579 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%581 = sub %576, %580 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%582 = mul %581, %581 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%583 = reduce_sum %582 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%584 = div %583, %578 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%585 = broadcast %154 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%586 = add %584, %585 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%587 = rsqrt %586 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%588 = broadcast %587 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%589 = mul %581, %588 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%590 = broadcast %107 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%591 = mul %589, %590 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%592 = broadcast %108 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%593 = add %591, %592 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%594 = cast %593 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%595 = matmul %594, %468 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%596 = broadcast %110 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%597 = cast %595 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%598 = add %597, %596 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%599 = broadcast %224 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%600 = mul %599, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%601 = broadcast %229 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%602 = mul %598, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%603 = erf %602 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%604 = broadcast %235 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%605 = add %604, %603 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%606 = mul %600, %605 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%607 = cast %606 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%608 = matmul %607, %484 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%609 = broadcast %112 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%610 = cast %608 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%611 = add %610, %609 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%612 = add %576, %611 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%613 = concat %612, %493 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:109:30
%614 = reduce_sum %613 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%615 = div %614, %497 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%616 = broadcast %615 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%617 = sub %613, %616 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%618 = mul %617, %617 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%619 = reduce_sum %618 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%620 = div %619, %497 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%621 = add %620, %504 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%622 = rsqrt %621 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%623 = broadcast %622 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%624 = mul %617, %623 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%625 = broadcast %113 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%626 = mul %624, %625 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%627 = broadcast %114 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%628 = add %626, %627 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%629 = cast %628 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%630 = slice %629 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:110:28
%631 = cast %115 : bf16[256,64] @ models/lib/nn.yaml:83:15
%632 = matmul %630, %631 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%633 = broadcast %116 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%634 = cast %632 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%635 = add %634, %633 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%636 = mul %599, %635 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%637 = mul %635, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%638 = erf %637 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%639 = add %604, %638 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%640 = mul %636, %639 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%641 = cast %640 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%642 = cast %117 : bf16[256,256] @ models/lib/nn.yaml:83:15
%643 = matmul %641, %642 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%644 = broadcast %118 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%645 = cast %643 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%646 = add %645, %644 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%647 = mul %599, %646 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%648 = mul %646, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%649 = erf %648 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%650 = add %604, %649 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%651 = mul %647, %650 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%652 = cast %651 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%653 = cast %119 : bf16[64,256] @ models/lib/nn.yaml:83:15
%654 = matmul %652, %653 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%655 = broadcast %120 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%656 = cast %654 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%657 = add %656, %655 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%658 = mul %657, %657 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%659 = reduce_sum %658 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%660 = sqrt %659 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%661 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%662 = broadcast %661 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%663 = max %660, %662 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%664 = broadcast %663 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%665 = div %657, %664 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%666 = broadcast %121 : f32[65536,64] @ models/lib/dino.yaml:22:22
%667 = mul %666, %122 : f32[65536,64] @ models/lib/dino.yaml:22:22
%668 = mul %122, %122 : f32[65536,64] @ models/lib/dino.yaml:22:53
%669 = reduce_sum %668 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%670 = sqrt %669 : f32[65536,1] @ models/lib/dino.yaml:22:35
%671 = broadcast %670 : f32[65536,64] @ models/lib/dino.yaml:22:33
%672 = div %667, %671 : f32[65536,64] @ models/lib/dino.yaml:22:33
%673 = cast %665 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%674 = cast %672 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%675 = matmul %673, %674 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%676 = slice %629 lo=[0,1,0] hi=[4,17,64] : bf16[4,16,64] @ models/dino_pass.yaml:110:46
%677 = cast %123 : bf16[256,64] @ models/lib/nn.yaml:83:15
%678 = matmul %676, %677 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%679 = broadcast %124 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%680 = cast %678 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%681 = add %680, %679 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%682 = mul %225, %681 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%683 = cast %678 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%684 = add %683, %679 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%685 = mul %684, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%686 = erf %685 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%687 = add %236, %686 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%688 = mul %682, %687 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%689 = cast %688 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%690 = cast %125 : bf16[256,256] @ models/lib/nn.yaml:83:15
%691 = matmul %689, %690 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%692 = broadcast %126 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%693 = cast %691 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%694 = add %693, %692 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%695 = mul %225, %694 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%696 = cast %691 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%697 = add %696, %692 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%698 = mul %697, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%699 = erf %698 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%700 = add %236, %699 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%701 = mul %695, %700 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%702 = cast %701 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%703 = cast %127 : bf16[64,256] @ models/lib/nn.yaml:83:15
%704 = matmul %702, %703 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%705 = broadcast %128 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%706 = cast %704 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%707 = add %706, %705 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%708 = mul %707, %707 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%709 = reduce_sum %708 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%710 = sqrt %709 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%711 = broadcast %661 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%712 = max %710, %711 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%713 = broadcast %712 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%714 = cast %704 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%715 = add %714, %705 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%716 = div %715, %713 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%717 = broadcast %129 : f32[4096,64] @ models/lib/dino.yaml:22:22
%718 = mul %717, %130 : f32[4096,64] @ models/lib/dino.yaml:22:22
%719 = mul %130, %130 : f32[4096,64] @ models/lib/dino.yaml:22:53
%720 = reduce_sum %719 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%721 = sqrt %720 : f32[4096,1] @ models/lib/dino.yaml:22:35
%722 = broadcast %721 : f32[4096,64] @ models/lib/dino.yaml:22:33
%723 = div %718, %722 : f32[4096,64] @ models/lib/dino.yaml:22:33
%724 = cast %716 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%725 = cast %723 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%726 = matmul %724, %725 ta=0 tb=1 : bf16[4,16,4096] @ models/lib/dino.yaml:23:18
%727 = cast %675 : f32[4,1,65536] @ models/dino_pass.yaml:131:20
%728 = slice %727 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%729 = slice %727 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%730 = cast %6 : bf16[4,3,48,48] @ models/lib/vit.yaml:17:18
%731 = reshape %730 : bf16[4,3,3,16,3,16] @ models/lib/vit.yaml:15:21
%732 = permute %731 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,16,16] @ models/lib/vit.yaml:15:13
%733 = reshape %732 : bf16[4,9,768] @ models/lib/vit.yaml:16:13
%734 = matmul %733, %138 ta=0 tb=1 : bf16[4,9,64] @ models/lib/vit.yaml:17:18
%735 = broadcast %71 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%736 = cast %734 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%737 = add %736, %735 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%738 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%739 = reshape %69 : f32[4,256] @ models/lib/vit.yaml:32:17
%740 = cast %738 : bf16[3,4] @ models/lib/vit.yaml:32:15
%741 = cast %739 : bf16[4,256] @ models/lib/vit.yaml:32:15
%742 = matmul %740, %741 ta=0 tb=0 : bf16[3,256] @ models/lib/vit.yaml:32:15
%743 = reshape %742 : bf16[3,4,64] @ models/lib/vit.yaml:33:21
%744 = permute %743 perm=[1,0,2] : bf16[4,3,64] @ models/lib/vit.yaml:33:13
%745 = reshape %744 : bf16[4,192] @ models/lib/vit.yaml:34:17
%746 = matmul %740, %745 ta=0 tb=0 : bf16[3,192] @ models/lib/vit.yaml:34:15
%747 = cast %746 : f32[3,192] @ models/lib/vit.yaml:35:21
%748 = reshape %747 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%749 = permute %748 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%750 = reshape %749 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%751 = broadcast %750 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%752 = add %737, %751 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%753 = reduce_sum %752 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%754 = broadcast %146 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%755 = div %753, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%756 = broadcast %755 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%757 = sub %752, %756 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%758 = mul %757, %757 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%759 = reduce_sum %758 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%760 = div %759, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%761 = broadcast %154 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%762 = add %760, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%763 = rsqrt %762 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%764 = broadcast %763 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%765 = mul %757, %764 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%766 = broadcast %72 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%767 = mul %765, %766 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%768 = broadcast %73 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%769 = add %767, %768 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%770 = cast %769 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%771 = matmul %770, %165 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%772 = broadcast %75 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%773 = cast %771 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%774 = add %773, %772 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%775 = cast %774 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%776 = reshape %775 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%777 = permute %776 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%778 = slice %777 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%779 = reshape %778 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%780 = slice %777 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%781 = reshape %780 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%782 = cast %779 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%783 = cast %781 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%784 = permute %783 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%785 = reshape %782 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%786 = broadcast %785 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%787 = reshape %784 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%788 = broadcast %787 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%789 = mul %786, %788 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%790 = reduce_sum %789 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%791 = cast %790 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%792 = broadcast %178 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%793 = cast %791 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%794 = mul %793, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%795 = reduce_max %794 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%796 = stop_gradient %795 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%797 = broadcast %796 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%798 = cast %791 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%799 = mul %798, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%800 = sub %799, %797 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%801 = exp %800 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%802 = reduce_sum %801 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%803 = broadcast %802 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%804 = exp %800 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%805 = div %804, %803 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%806 = cast %805 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%807 = slice %777 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%808 = reshape %807 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%809 = cast %806 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%810 = cast %808 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%811 = reshape %809 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%812 = broadcast %811 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%813 = reshape %810 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%814 = broadcast %813 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%815 = mul %812, %814 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%816 = reduce_sum %815 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%817 = cast %816 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%818 = permute %817 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%819 = reshape %818 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%820 = matmul %819, %199 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%821 = broadcast %77 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%822 = cast %820 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%823 = add %822, %821 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%824 = add %752, %823 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%825 = reduce_sum %824 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%826 = div %825, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%827 = broadcast %826 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%828 = sub %824, %827 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%829 = mul %828, %828 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%830 = reduce_sum %829 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%831 = div %830, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%832 = add %831, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%833 = rsqrt %832 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%834 = broadcast %833 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%835 = mul %828, %834 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%836 = broadcast %78 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%837 = mul %835, %836 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%838 = broadcast %79 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%839 = add %837, %838 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%840 = cast %839 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%841 = matmul %840, %221 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%842 = broadcast %81 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%843 = broadcast %224 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%844 = cast %841 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%845 = add %844, %842 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%846 = mul %843, %845 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%847 = broadcast %229 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%848 = cast %841 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%849 = add %848, %842 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%850 = mul %849, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%851 = erf %850 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%852 = broadcast %235 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%853 = add %852, %851 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%854 = mul %846, %853 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%855 = cast %854 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%856 = matmul %855, %240 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%857 = broadcast %83 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%858 = cast %856 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%859 = add %858, %857 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%860 = add %824, %859 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%861 = reduce_sum %860 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%862 = div %861, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%863 = broadcast %862 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%864 = sub %860, %863 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%865 = mul %864, %864 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%866 = reduce_sum %865 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%867 = div %866, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%868 = add %867, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%869 = rsqrt %868 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%870 = broadcast %869 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%871 = mul %864, %870 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%872 = broadcast %84 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%873 = mul %871, %872 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%874 = broadcast %85 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%875 = add %873, %874 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%876 = cast %875 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%877 = matmul %876, %262 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%878 = broadcast %87 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%879 = cast %877 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%880 = add %879, %878 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%881 = cast %880 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%882 = reshape %881 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%883 = permute %882 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%884 = slice %883 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%885 = reshape %884 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%886 = slice %883 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%887 = reshape %886 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%888 = cast %885 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%889 = cast %887 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%890 = permute %889 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%891 = reshape %888 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%892 = broadcast %891 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%893 = reshape %890 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%894 = broadcast %893 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%895 = mul %892, %894 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%896 = reduce_sum %895 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%897 = cast %896 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%898 = cast %897 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%899 = mul %898, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%900 = reduce_max %899 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%901 = stop_gradient %900 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%902 = broadcast %901 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%903 = cast %897 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%904 = mul %903, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%905 = sub %904, %902 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%906 = exp %905 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%907 = reduce_sum %906 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%908 = broadcast %907 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%909 = exp %905 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%910 = div %909, %908 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%911 = cast %910 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%912 = slice %883 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%913 = reshape %912 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%914 = cast %911 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%915 = cast %913 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%916 = reshape %914 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%917 = broadcast %916 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%918 = reshape %915 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%919 = broadcast %918 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%920 = mul %917, %919 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%921 = reduce_sum %920 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%922 = cast %921 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%923 = permute %922 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%924 = reshape %923 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%925 = matmul %924, %294 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%926 = broadcast %89 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%927 = cast %925 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%928 = add %927, %926 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%929 = add %860, %928 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%930 = reduce_sum %929 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%931 = div %930, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%932 = broadcast %931 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%933 = sub %929, %932 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%934 = mul %933, %933 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%935 = reduce_sum %934 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%936 = div %935, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%937 = add %936, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%938 = rsqrt %937 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%939 = broadcast %938 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%940 = mul %933, %939 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%941 = broadcast %90 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%942 = mul %940, %941 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%943 = broadcast %91 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%944 = add %942, %943 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%945 = cast %944 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%946 = matmul %945, %316 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%947 = broadcast %93 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%948 = cast %946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%949 = add %948, %947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%950 = mul %843, %949 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%951 = cast %946 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%952 = add %951, %947 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%953 = mul %952, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%954 = erf %953 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%955 = add %852, %954 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%956 = mul %950, %955 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%957 = cast %956 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%958 = matmul %957, %329 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%959 = broadcast %95 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%960 = cast %958 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%961 = add %960, %959 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%962 = add %929, %961 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%963 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%964 = neighbor_topk_gather %962, %963 k=4 : f32[4,9,4,64] @ models/dino_pass.yaml:77:16
%965 = reshape %964 : f32[36,4,64] @ models/dino_pass.yaml:87:23
%966 = broadcast %96 : f32[36,1,64] @ models/lib/vit.yaml:116:31
%967 = concat %966, %965 axis=1 : f32[36,5,64] @ models/lib/vit.yaml:95:24
%968 = reduce_sum %967 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%969 = broadcast %146 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%970 = div %968, %969 : f32[36,5,1] @ models/lib/nn.yaml:93:14
%971 = broadcast %970 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%972 = sub %967, %971 : f32[36,5,64] @ models/lib/nn.yaml:94:15
%973 = mul %972, %972 : f32[36,5,64] @ models/lib/nn.yaml:95:22
%974 = reduce_sum %973 axes=[2] keep=1 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%975 = div %974, %969 : f32[36,5,1] @ models/lib/nn.yaml:95:15
%976 = broadcast %154 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%977 = add %975, %976 : f32[36,5,1] @ models/lib/nn.yaml:96:30
%978 = rsqrt %977 : f32[36,5,1] @ models/lib/nn.yaml:96:20
%979 = broadcast %978 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%980 = mul %972, %979 : f32[36,5,64] @ models/lib/nn.yaml:96:18
%981 = broadcast %97 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%982 = mul %980, %981 : f32[36,5,64] @ models/lib/nn.yaml:96:37
%983 = broadcast %98 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%984 = add %982, %983 : f32[36,5,64] @ models/lib/nn.yaml:96:46
%985 = cast %984 : bf16[36,5,64] @ models/lib/nn.yaml:83:15
%986 = slice %985 lo=[0,0,0] hi=[36,1,64] : bf16[36,1,64] @ models/lib/vit.yaml:78:33
%987 = matmul %986, %359 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%988 = broadcast %100 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%989 = cast %987 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%990 = add %989, %988 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%991 = matmul %985, %364 ta=0 tb=1 : bf16[36,5,64] @ models/lib/nn.yaml:83:15
%992 = broadcast %102 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%993 = cast %991 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%994 = add %993, %992 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%995 = matmul %985, %369 ta=0 tb=1 : bf16[36,5,64] @ models/lib/nn.yaml:83:15
%996 = broadcast %104 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%997 = cast %995 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%998 = add %997, %996 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%999 = cast %990 : bf16[36,1,64] @ models/lib/nn.yaml:55:23
%1000 = reshape %999 : bf16[36,1,2,32] @ models/lib/vit.yaml:78:22
%1001 = permute %1000 perm=[0,2,1,3] : bf16[36,2,1,32] @ models/lib/vit.yaml:78:14
%1002 = cast %994 : bf16[36,5,64] @ models/lib/nn.yaml:55:23
%1003 = reshape %1002 : bf16[36,5,2,32] @ models/lib/vit.yaml:79:22
%1004 = permute %1003 perm=[0,2,1,3] : bf16[36,2,5,32] @ models/lib/vit.yaml:79:14
%1005 = cast %1001 : f32[36,2,1,32] @ models/lib/nn.yaml:55:23
%1006 = cast %1004 : f32[36,2,5,32] @ models/lib/nn.yaml:55:23
%1007 = permute %1006 perm=[0,1,3,2] : f32[36,2,32,5] @ models/lib/nn.yaml:55:23
%1008 = reshape %1005 : f32[36,2,1,32,1] @ models/lib/nn.yaml:55:23
%1009 = broadcast %1008 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1010 = reshape %1007 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1011 = broadcast %1010 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1012 = mul %1009, %1011 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1013 = reduce_sum %1012 axes=[3] keep=0 : f32[36,2,1,5] @ models/lib/nn.yaml:55:23
%1014 = cast %1013 : bf16[36,2,1,5] @ models/lib/nn.yaml:55:23
%1015 = broadcast %178 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1016 = cast %1014 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1017 = mul %1016, %1015 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1018 = reduce_max %1017 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1019 = stop_gradient %1018 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1020 = broadcast %1019 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%1021 = cast %1014 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1022 = mul %1021, %1015 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1023 = sub %1022, %1020 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%1024 = exp %1023 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%1025 = reduce_sum %1024 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1026 = broadcast %1025 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%1027 = exp %1023 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%1028 = div %1027, %1026 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%1029 = cast %1028 : bf16[36,2,1,5] @ models/lib/nn.yaml:56:23
%1030 = cast %998 : bf16[36,5,64] @ models/lib/nn.yaml:56:23
%1031 = reshape %1030 : bf16[36,5,2,32] @ models/lib/vit.yaml:80:22
%1032 = permute %1031 perm=[0,2,1,3] : bf16[36,2,5,32] @ models/lib/vit.yaml:80:14
%1033 = cast %1029 : f32[36,2,1,5] @ models/lib/nn.yaml:56:23
%1034 = slice %1033 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1035 = broadcast %1034 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1036 = slice %1032 lo=[0,0,0,0] hi=[36,2,1,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1037 = cast %1036 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1038 = mul %1035, %1037 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1039 = slice %1033 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1040 = broadcast %1039 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1041 = slice %1032 lo=[0,0,1,0] hi=[36,2,2,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1042 = cast %1041 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1043 = mul %1040, %1042 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1044 = add %1038, %1043 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1045 = slice %1033 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1046 = broadcast %1045 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1047 = slice %1032 lo=[0,0,2,0] hi=[36,2,3,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1048 = cast %1047 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1049 = mul %1046, %1048 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1050 = add %1044, %1049 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1051 = slice %1033 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1052 = broadcast %1051 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1053 = slice %1032 lo=[0,0,3,0] hi=[36,2,4,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1054 = cast %1053 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1055 = mul %1052, %1054 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1056 = add %1050, %1055 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1057 = slice %1033 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1058 = broadcast %1057 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1059 = slice %1032 lo=[0,0,4,0] hi=[36,2,5,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1060 = cast %1059 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1061 = mul %1058, %1060 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1062 = add %1056, %1061 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1063 = cast %1062 : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1064 = permute %1063 perm=[0,2,1,3] : bf16[36,1,2,32] @ models/lib/nn.yaml:56:13
%1065 = reshape %1064 : bf16[36,1,64] @ models/lib/nn.yaml:57:16
%1066 = matmul %1065, %441 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1067 = broadcast %106 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1068 = cast %1066 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1069 = add %1068, %1067 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1070 = add %966, %1069 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1071 = reduce_sum %1070 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1072 = broadcast %146 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1073 = div %1071, %1072 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1074 = broadcast %1073 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%1075 = cast %1066 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1076 = add %1075, %1067 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1077 = add %966, %1076 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1078 = sub %1077, %1074 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%1079 = mul %1078, %1078 : f32[36,1,64] @ models/lib/nn.yaml:95:22
%1080 = reduce_sum %1079 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1081 = div %1080, %1072 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1082 = broadcast %154 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1083 = add %1081, %1082 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1084 = rsqrt %1083 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1085 = broadcast %1084 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%1086 = mul %1078, %1085 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%1087 = broadcast %107 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%1088 = mul %1086, %1087 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%1089 = broadcast %108 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%1090 = add %1088, %1089 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%1091 = cast %1090 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1092 = matmul %1091, %468 ta=0 tb=1 : bf16[36,1,256] @ models/lib/nn.yaml:83:15
%1093 = broadcast %110 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1094 = broadcast %224 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%1095 = cast %1092 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1096 = add %1095, %1093 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1097 = mul %1094, %1096 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%1098 = broadcast %229 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%1099 = cast %1092 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1100 = add %1099, %1093 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1101 = mul %1100, %1098 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%1102 = erf %1101 : f32[36,1,256] @ models/lib/nn.yaml:27:31
%1103 = broadcast %235 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%1104 = add %1103, %1102 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%1105 = mul %1097, %1104 : f32[36,1,256] @ models/lib/nn.yaml:27:24
%1106 = cast %1105 : bf16[36,1,256] @ models/lib/nn.yaml:83:15
%1107 = matmul %1106, %484 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1108 = broadcast %112 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1109 = cast %1107 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1110 = add %1109, %1108 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1111 = cast %1066 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1112 = add %1111, %1067 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1113 = add %966, %1112 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1114 = add %1113, %1110 : f32[36,1,64] @ models/lib/vit.yaml:98:18
%1115 = reshape %1114 : f32[4,9,64] @ models/dino_pass.yaml:88:16
%1116 = concat %494, %962 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1117 = reduce_sum %1116 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1118 = broadcast %146 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1119 = div %1117, %1118 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1120 = broadcast %1119 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1121 = sub %1116, %1120 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1122 = mul %1121, %1121 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1123 = reduce_sum %1122 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1124 = div %1123, %1118 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1125 = broadcast %154 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1126 = add %1124, %1125 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1127 = rsqrt %1126 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1128 = broadcast %1127 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1129 = mul %1121, %1128 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1130 = broadcast %97 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1131 = mul %1129, %1130 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1132 = broadcast %98 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1133 = add %1131, %1132 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1134 = cast %1133 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1135 = slice %1134 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1136 = matmul %1135, %359 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1137 = cast %1136 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1138 = add %1137, %516 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1139 = matmul %1134, %364 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1140 = broadcast %102 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1141 = cast %1139 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1142 = add %1141, %1140 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1143 = matmul %1134, %369 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1144 = broadcast %104 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1145 = cast %1143 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1146 = add %1145, %1144 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1147 = cast %1138 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1148 = reshape %1147 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1149 = permute %1148 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1150 = cast %1142 : bf16[4,10,64] @ models/lib/nn.yaml:55:23
%1151 = reshape %1150 : bf16[4,10,2,32] @ models/lib/vit.yaml:79:22
%1152 = permute %1151 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:79:14
%1153 = cast %1149 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%1154 = cast %1152 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%1155 = permute %1154 perm=[0,1,3,2] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%1156 = reshape %1153 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1157 = broadcast %1156 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1158 = reshape %1155 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1159 = broadcast %1158 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1160 = mul %1157, %1159 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1161 = reduce_sum %1160 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1162 = cast %1161 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1163 = broadcast %178 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1164 = cast %1162 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1165 = mul %1164, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1166 = reduce_max %1165 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1167 = stop_gradient %1166 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1168 = broadcast %1167 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1169 = cast %1162 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1170 = mul %1169, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1171 = sub %1170, %1168 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1172 = exp %1171 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1173 = reduce_sum %1172 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1174 = broadcast %1173 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1175 = exp %1171 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1176 = div %1175, %1174 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1177 = cast %1176 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1178 = cast %1146 : bf16[4,10,64] @ models/lib/nn.yaml:56:23
%1179 = reshape %1178 : bf16[4,10,2,32] @ models/lib/vit.yaml:80:22
%1180 = permute %1179 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:80:14
%1181 = cast %1177 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1182 = cast %1180 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%1183 = reshape %1181 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1184 = broadcast %1183 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1185 = reshape %1182 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1186 = broadcast %1185 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1187 = mul %1184, %1186 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1188 = reduce_sum %1187 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1189 = cast %1188 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%1190 = permute %1189 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%1191 = reshape %1190 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%1192 = matmul %1191, %441 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1193 = cast %1192 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1194 = add %1193, %573 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1195 = add %494, %1194 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1196 = reduce_sum %1195 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1197 = div %1196, %578 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1198 = broadcast %1197 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1199 = sub %1195, %1198 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1200 = mul %1199, %1199 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1201 = reduce_sum %1200 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1202 = div %1201, %578 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1203 = add %1202, %585 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1204 = rsqrt %1203 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1205 = broadcast %1204 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1206 = mul %1199, %1205 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1207 = mul %1206, %590 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1208 = add %1207, %592 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1209 = cast %1208 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1210 = matmul %1209, %468 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1211 = cast %1210 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1212 = add %1211, %596 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1213 = mul %599, %1212 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1214 = mul %1212, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1215 = erf %1214 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1216 = add %604, %1215 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1217 = mul %1213, %1216 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1218 = cast %1217 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1219 = matmul %1218, %484 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1220 = cast %1219 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1221 = add %1220, %609 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1222 = add %1195, %1221 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1223 = concat %1222, %1115 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:109:30
%1224 = reduce_sum %1223 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1225 = div %1224, %1118 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1226 = broadcast %1225 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1227 = sub %1223, %1226 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1228 = mul %1227, %1227 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1229 = reduce_sum %1228 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1230 = div %1229, %1118 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1231 = add %1230, %1125 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1232 = rsqrt %1231 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1233 = broadcast %1232 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1234 = mul %1227, %1233 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1235 = broadcast %113 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1236 = mul %1234, %1235 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1237 = broadcast %114 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1238 = add %1236, %1237 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1239 = cast %1238 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1240 = slice %1239 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:110:28
%1241 = matmul %1240, %631 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1242 = cast %1241 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1243 = add %1242, %633 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1244 = mul %599, %1243 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1245 = mul %1243, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1246 = erf %1245 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1247 = add %604, %1246 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1248 = mul %1244, %1247 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1249 = cast %1248 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1250 = matmul %1249, %642 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1251 = cast %1250 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1252 = add %1251, %644 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1253 = mul %599, %1252 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1254 = mul %1252, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1255 = erf %1254 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1256 = add %604, %1255 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1257 = mul %1253, %1256 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1258 = cast %1257 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1259 = matmul %1258, %653 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1260 = cast %1259 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1261 = add %1260, %655 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1262 = mul %1261, %1261 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1263 = reduce_sum %1262 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1264 = sqrt %1263 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1265 = max %1264, %662 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1266 = broadcast %1265 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1267 = div %1261, %1266 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1268 = cast %1267 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%1269 = matmul %1268, %674 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%1270 = slice %1239 lo=[0,1,0] hi=[4,10,64] : bf16[4,9,64] @ models/dino_pass.yaml:110:46
%1271 = matmul %1270, %677 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1272 = broadcast %124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1273 = cast %1271 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1274 = add %1273, %1272 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1275 = mul %843, %1274 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1276 = cast %1271 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1277 = add %1276, %1272 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1278 = mul %1277, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1279 = erf %1278 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1280 = add %852, %1279 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1281 = mul %1275, %1280 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1282 = cast %1281 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1283 = matmul %1282, %690 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1284 = broadcast %126 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1285 = cast %1283 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1286 = add %1285, %1284 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1287 = mul %843, %1286 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1288 = cast %1283 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1289 = add %1288, %1284 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1290 = mul %1289, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1291 = erf %1290 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1292 = add %852, %1291 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1293 = mul %1287, %1292 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1294 = cast %1293 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1295 = matmul %1294, %703 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1296 = broadcast %128 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1297 = cast %1295 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1298 = add %1297, %1296 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1299 = mul %1298, %1298 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1300 = reduce_sum %1299 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1301 = sqrt %1300 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1302 = broadcast %661 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1303 = max %1301, %1302 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1304 = broadcast %1303 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1305 = cast %1295 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1306 = add %1305, %1296 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1307 = div %1306, %1304 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1308 = cast %1307 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%1309 = matmul %1308, %725 ta=0 tb=1 : bf16[4,9,4096] @ models/lib/dino.yaml:23:18
%1310 = cast %1269 : f32[4,1,65536] @ models/dino_pass.yaml:131:20
%1311 = slice %1310 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1312 = slice %1310 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1313 = reshape %8 : f32[64,768] @ models/lib/vit.yaml:17:20
%1314 = cast %1313 : bf16[64,768] @ models/lib/vit.yaml:17:18
%1315 = matmul %137, %1314 ta=0 tb=1 : bf16[4,16,64] @ models/lib/vit.yaml:17:18
%1316 = broadcast %9 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1317 = cast %1315 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1318 = add %1317, %1316 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1319 = broadcast %7 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1320 = add %1318, %1319 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1321 = reduce_sum %1320 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1322 = div %1321, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1323 = broadcast %1322 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1324 = sub %1320, %1323 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1325 = mul %1324, %1324 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1326 = reduce_sum %1325 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1327 = div %1326, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1328 = add %1327, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1329 = rsqrt %1328 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1330 = broadcast %1329 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1331 = mul %1324, %1330 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1332 = broadcast %10 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1333 = mul %1331, %1332 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1334 = broadcast %11 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1335 = add %1333, %1334 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1336 = cast %1335 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1337 = cast %12 : bf16[192,64] @ models/lib/nn.yaml:83:15
%1338 = matmul %1336, %1337 ta=0 tb=1 : bf16[4,16,192] @ models/lib/nn.yaml:83:15
%1339 = broadcast %13 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1340 = cast %1338 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1341 = add %1340, %1339 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1342 = cast %1341 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%1343 = reshape %1342 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1344 = permute %1343 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1345 = slice %1344 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1346 = reshape %1345 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%1347 = slice %1344 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1348 = reshape %1347 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%1349 = matmul %1346, %1348 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1350 = cast %1349 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1351 = mul %1350, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1352 = reduce_max %1351 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1353 = stop_gradient %1352 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1354 = broadcast %1353 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1355 = cast %1349 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1356 = mul %1355, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1357 = sub %1356, %1354 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1358 = exp %1357 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1359 = reduce_sum %1358 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1360 = broadcast %1359 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1361 = exp %1357 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1362 = div %1361, %1360 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1363 = cast %1362 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1364 = slice %1344 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1365 = reshape %1364 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%1366 = matmul %1363, %1365 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%1367 = permute %1366 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%1368 = reshape %1367 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%1369 = cast %14 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1370 = matmul %1368, %1369 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1371 = broadcast %15 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1372 = cast %1370 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1373 = add %1372, %1371 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1374 = add %1320, %1373 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1375 = reduce_sum %1374 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1376 = div %1375, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1377 = broadcast %1376 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1378 = sub %1374, %1377 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1379 = mul %1378, %1378 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1380 = reduce_sum %1379 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1381 = div %1380, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1382 = add %1381, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1383 = rsqrt %1382 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1384 = broadcast %1383 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1385 = mul %1378, %1384 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1386 = broadcast %16 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1387 = mul %1385, %1386 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1388 = broadcast %17 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1389 = add %1387, %1388 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1390 = cast %1389 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1391 = cast %18 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1392 = matmul %1390, %1391 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1393 = broadcast %19 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1394 = cast %1392 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1395 = add %1394, %1393 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1396 = mul %225, %1395 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1397 = cast %1392 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1398 = add %1397, %1393 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1399 = mul %1398, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1400 = erf %1399 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1401 = add %236, %1400 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1402 = mul %1396, %1401 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1403 = cast %1402 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1404 = cast %20 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1405 = matmul %1403, %1404 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1406 = broadcast %21 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1407 = cast %1405 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1408 = add %1407, %1406 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1409 = add %1374, %1408 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1410 = reduce_sum %1409 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1411 = div %1410, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1412 = broadcast %1411 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1413 = sub %1409, %1412 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1414 = mul %1413, %1413 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1415 = reduce_sum %1414 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1416 = div %1415, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1417 = add %1416, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1418 = rsqrt %1417 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1419 = broadcast %1418 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1420 = mul %1413, %1419 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1421 = broadcast %22 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1422 = mul %1420, %1421 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1423 = broadcast %23 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1424 = add %1422, %1423 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1425 = cast %1424 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1426 = cast %24 : bf16[192,64] @ models/lib/nn.yaml:83:15
%1427 = matmul %1425, %1426 ta=0 tb=1 : bf16[4,16,192] @ models/lib/nn.yaml:83:15
%1428 = broadcast %25 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1429 = cast %1427 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1430 = add %1429, %1428 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1431 = cast %1430 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%1432 = reshape %1431 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1433 = permute %1432 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1434 = slice %1433 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1435 = reshape %1434 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%1436 = slice %1433 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1437 = reshape %1436 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%1438 = matmul %1435, %1437 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1439 = cast %1438 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1440 = mul %1439, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1441 = reduce_max %1440 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1442 = stop_gradient %1441 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1443 = broadcast %1442 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1444 = cast %1438 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1445 = mul %1444, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1446 = sub %1445, %1443 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1447 = exp %1446 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1448 = reduce_sum %1447 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1449 = broadcast %1448 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1450 = exp %1446 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1451 = div %1450, %1449 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1452 = cast %1451 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1453 = slice %1433 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1454 = reshape %1453 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%1455 = matmul %1452, %1454 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%1456 = permute %1455 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%1457 = reshape %1456 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%1458 = cast %26 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1459 = matmul %1457, %1458 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1460 = broadcast %27 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1461 = cast %1459 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1462 = add %1461, %1460 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1463 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1464 = broadcast %1463 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1465 = div %1462, %1464 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1466 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1467 = rand_uniform %1466 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1468 = broadcast %1463 : f32[4] @ models/lib/nn.yaml:44:35
%1469 = add %1468, %1467 : f32[4] @ models/lib/nn.yaml:44:35
%1470 = floor %1469 : f32[4] @ models/lib/nn.yaml:44:24
%1471 = reshape %1470 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1472 = broadcast %1471 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1473 = mul %1465, %1472 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1474 = add %1409, %1473 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1475 = reduce_sum %1474 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1476 = div %1475, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1477 = broadcast %1476 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1478 = sub %1474, %1477 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1479 = mul %1478, %1478 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1480 = reduce_sum %1479 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1481 = div %1480, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1482 = add %1481, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1483 = rsqrt %1482 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1484 = broadcast %1483 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1485 = mul %1478, %1484 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1486 = broadcast %28 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1487 = mul %1485, %1486 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1488 = broadcast %29 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1489 = add %1487, %1488 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1490 = cast %1489 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1491 = cast %30 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1492 = matmul %1490, %1491 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1493 = broadcast %31 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1494 = cast %1492 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1495 = add %1494, %1493 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1496 = mul %225, %1495 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1497 = cast %1492 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1498 = add %1497, %1493 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1499 = mul %1498, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1500 = erf %1499 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1501 = add %236, %1500 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1502 = mul %1496, %1501 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1503 = cast %1502 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1504 = cast %32 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1505 = matmul %1503, %1504 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1506 = broadcast %33 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1507 = cast %1505 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1508 = add %1507, %1506 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1509 = div %1508, %1464 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1510 = rand_uniform %1466 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1511 = add %1468, %1510 : f32[4] @ models/lib/nn.yaml:44:35
%1512 = floor %1511 : f32[4] @ models/lib/nn.yaml:44:24
%1513 = reshape %1512 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1514 = broadcast %1513 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1515 = mul %1509, %1514 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1516 = add %1474, %1515 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1517 = broadcast %34 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%1518 = concat %1517, %1516 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%1519 = reduce_sum %1518 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1520 = div %1519, %497 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1521 = broadcast %1520 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1522 = sub %1518, %1521 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1523 = mul %1522, %1522 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1524 = reduce_sum %1523 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1525 = div %1524, %497 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1526 = add %1525, %504 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1527 = rsqrt %1526 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1528 = broadcast %1527 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1529 = mul %1522, %1528 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1530 = broadcast %35 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1531 = mul %1529, %1530 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1532 = broadcast %36 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1533 = add %1531, %1532 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1534 = cast %1533 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1535 = slice %1534 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1536 = cast %37 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1537 = matmul %1535, %1536 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1538 = broadcast %38 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1539 = cast %1537 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1540 = add %1539, %1538 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1541 = cast %39 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1542 = matmul %1534, %1541 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1543 = broadcast %40 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1544 = cast %1542 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1545 = add %1544, %1543 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1546 = cast %41 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1547 = matmul %1534, %1546 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1548 = broadcast %42 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1549 = cast %1547 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1550 = add %1549, %1548 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1551 = cast %1540 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1552 = reshape %1551 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1553 = permute %1552 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1554 = cast %1545 : bf16[4,17,64] @ models/lib/nn.yaml:55:23
%1555 = reshape %1554 : bf16[4,17,2,32] @ models/lib/vit.yaml:79:22
%1556 = permute %1555 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:79:14
%1557 = cast %1553 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%1558 = cast %1556 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%1559 = permute %1558 perm=[0,1,3,2] : f32[4,2,32,17] @ models/lib/nn.yaml:55:23
%1560 = reshape %1557 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1561 = broadcast %1560 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1562 = reshape %1559 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1563 = broadcast %1562 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1564 = mul %1561, %1563 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1565 = reduce_sum %1564 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1566 = cast %1565 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1567 = cast %1566 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1568 = mul %1567, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1569 = reduce_max %1568 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1570 = stop_gradient %1569 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1571 = broadcast %1570 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1572 = cast %1566 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1573 = mul %1572, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1574 = sub %1573, %1571 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1575 = exp %1574 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1576 = reduce_sum %1575 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1577 = broadcast %1576 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1578 = exp %1574 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1579 = div %1578, %1577 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1580 = cast %1579 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1581 = cast %1550 : bf16[4,17,64] @ models/lib/nn.yaml:56:23
%1582 = reshape %1581 : bf16[4,17,2,32] @ models/lib/vit.yaml:80:22
%1583 = permute %1582 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:80:14
%1584 = cast %1580 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1585 = cast %1583 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%1586 = reshape %1584 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1587 = broadcast %1586 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1588 = reshape %1585 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1589 = broadcast %1588 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1590 = mul %1587, %1589 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1591 = reduce_sum %1590 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1592 = cast %1591 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%1593 = permute %1592 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%1594 = reshape %1593 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%1595 = cast %43 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1596 = matmul %1594, %1595 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1597 = broadcast %44 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1598 = cast %1596 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1599 = add %1598, %1597 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1600 = add %1517, %1599 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1601 = reduce_sum %1600 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1602 = div %1601, %578 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1603 = broadcast %1602 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1604 = sub %1600, %1603 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1605 = mul %1604, %1604 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1606 = reduce_sum %1605 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1607 = div %1606, %578 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1608 = add %1607, %585 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1609 = rsqrt %1608 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1610 = broadcast %1609 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1611 = mul %1604, %1610 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1612 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1613 = mul %1611, %1612 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1614 = broadcast %46 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1615 = add %1613, %1614 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1616 = cast %1615 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1617 = cast %47 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1618 = matmul %1616, %1617 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1619 = broadcast %48 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1620 = cast %1618 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1621 = add %1620, %1619 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1622 = mul %599, %1621 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1623 = mul %1621, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1624 = erf %1623 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1625 = add %604, %1624 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1626 = mul %1622, %1625 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1627 = cast %1626 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1628 = cast %49 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1629 = matmul %1627, %1628 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1630 = broadcast %50 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1631 = cast %1629 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1632 = add %1631, %1630 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1633 = add %1600, %1632 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1634 = concat %1633, %1516 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:111:21
%1635 = reduce_sum %1634 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1636 = div %1635, %497 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1637 = broadcast %1636 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1638 = sub %1634, %1637 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1639 = mul %1638, %1638 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1640 = reduce_sum %1639 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1641 = div %1640, %497 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1642 = add %1641, %504 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1643 = rsqrt %1642 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1644 = broadcast %1643 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1645 = mul %1638, %1644 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1646 = broadcast %51 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1647 = mul %1645, %1646 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1648 = broadcast %52 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1649 = add %1647, %1648 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1650 = cast %1649 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1651 = slice %1650 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:103:28
%1652 = cast %53 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1653 = matmul %1651, %1652 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1654 = broadcast %54 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1655 = cast %1653 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1656 = add %1655, %1654 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1657 = mul %599, %1656 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1658 = mul %1656, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1659 = erf %1658 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1660 = add %604, %1659 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1661 = mul %1657, %1660 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1662 = cast %1661 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1663 = cast %55 : bf16[256,256] @ models/lib/nn.yaml:83:15
%1664 = matmul %1662, %1663 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1665 = broadcast %56 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1666 = cast %1664 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1667 = add %1666, %1665 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1668 = mul %599, %1667 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1669 = mul %1667, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1670 = erf %1669 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1671 = add %604, %1670 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1672 = mul %1668, %1671 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1673 = cast %1672 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1674 = cast %57 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1675 = matmul %1673, %1674 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1676 = broadcast %58 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1677 = cast %1675 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1678 = add %1677, %1676 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1679 = mul %1678, %1678 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1680 = reduce_sum %1679 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1681 = sqrt %1680 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1682 = max %1681, %662 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1683 = broadcast %1682 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1684 = div %1678, %1683 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1685 = broadcast %59 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1686 = mul %1685, %60 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1687 = mul %60, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%1688 = reduce_sum %1687 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%1689 = sqrt %1688 : f32[65536,1] @ models/lib/dino.yaml:22:35
%1690 = broadcast %1689 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1691 = div %1686, %1690 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1692 = cast %1684 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%1693 = cast %1691 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%1694 = matmul %1692, %1693 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%1695 = slice %1650 lo=[0,1,0] hi=[4,17,64] : bf16[4,16,64] @ models/dino_pass.yaml:103:46
%1696 = cast %61 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1697 = matmul %1695, %1696 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1698 = broadcast %62 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1699 = cast %1697 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1700 = add %1699, %1698 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1701 = mul %225, %1700 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1702 = cast %1697 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1703 = add %1702, %1698 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1704 = mul %1703, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1705 = erf %1704 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1706 = add %236, %1705 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1707 = mul %1701, %1706 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1708 = cast %1707 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1709 = cast %63 : bf16[256,256] @ models/lib/nn.yaml:83:15
%1710 = matmul %1708, %1709 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1711 = broadcast %64 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1712 = cast %1710 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1713 = add %1712, %1711 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1714 = mul %225, %1713 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1715 = cast %1710 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1716 = add %1715, %1711 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1717 = mul %1716, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1718 = erf %1717 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1719 = add %236, %1718 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1720 = mul %1714, %1719 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1721 = cast %1720 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1722 = cast %65 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1723 = matmul %1721, %1722 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1724 = broadcast %66 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1725 = cast %1723 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1726 = add %1725, %1724 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1727 = mul %1726, %1726 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%1728 = reduce_sum %1727 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1729 = sqrt %1728 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1730 = max %1729, %711 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1731 = broadcast %1730 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1732 = cast %1723 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1733 = add %1732, %1724 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1734 = div %1733, %1731 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1735 = broadcast %67 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1736 = mul %1735, %68 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1737 = mul %68, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%1738 = reduce_sum %1737 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%1739 = sqrt %1738 : f32[4096,1] @ models/lib/dino.yaml:22:35
%1740 = broadcast %1739 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1741 = div %1736, %1740 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1742 = cast %1734 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%1743 = cast %1741 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%1744 = matmul %1742, %1743 ta=0 tb=1 : bf16[4,16,4096] @ models/lib/dino.yaml:23:18
%1745 = matmul %733, %1314 ta=0 tb=1 : bf16[4,9,64] @ models/lib/vit.yaml:17:18
%1746 = broadcast %9 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1747 = cast %1745 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1748 = add %1747, %1746 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1749 = reshape %7 : f32[4,256] @ models/lib/vit.yaml:32:17
%1750 = cast %1749 : bf16[4,256] @ models/lib/vit.yaml:32:15
%1751 = matmul %740, %1750 ta=0 tb=0 : bf16[3,256] @ models/lib/vit.yaml:32:15
%1752 = reshape %1751 : bf16[3,4,64] @ models/lib/vit.yaml:33:21
%1753 = permute %1752 perm=[1,0,2] : bf16[4,3,64] @ models/lib/vit.yaml:33:13
%1754 = reshape %1753 : bf16[4,192] @ models/lib/vit.yaml:34:17
%1755 = matmul %740, %1754 ta=0 tb=0 : bf16[3,192] @ models/lib/vit.yaml:34:15
%1756 = cast %1755 : f32[3,192] @ models/lib/vit.yaml:35:21
%1757 = reshape %1756 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%1758 = permute %1757 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%1759 = reshape %1758 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%1760 = broadcast %1759 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1761 = add %1748, %1760 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1762 = reduce_sum %1761 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1763 = div %1762, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1764 = broadcast %1763 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1765 = sub %1761, %1764 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1766 = mul %1765, %1765 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1767 = reduce_sum %1766 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1768 = div %1767, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1769 = add %1768, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1770 = rsqrt %1769 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1771 = broadcast %1770 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1772 = mul %1765, %1771 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1773 = broadcast %10 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1774 = mul %1772, %1773 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1775 = broadcast %11 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1776 = add %1774, %1775 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1777 = cast %1776 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1778 = matmul %1777, %1337 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%1779 = broadcast %13 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1780 = cast %1778 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1781 = add %1780, %1779 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1782 = cast %1781 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%1783 = reshape %1782 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1784 = permute %1783 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1785 = slice %1784 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1786 = reshape %1785 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%1787 = slice %1784 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1788 = reshape %1787 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%1789 = cast %1786 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1790 = cast %1788 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1791 = permute %1790 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1792 = reshape %1789 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1793 = broadcast %1792 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1794 = reshape %1791 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1795 = broadcast %1794 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1796 = mul %1793, %1795 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1797 = reduce_sum %1796 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1798 = cast %1797 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1799 = cast %1798 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1800 = mul %1799, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1801 = reduce_max %1800 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1802 = stop_gradient %1801 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1803 = broadcast %1802 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1804 = cast %1798 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1805 = mul %1804, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1806 = sub %1805, %1803 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1807 = exp %1806 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1808 = reduce_sum %1807 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1809 = broadcast %1808 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1810 = exp %1806 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1811 = div %1810, %1809 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1812 = cast %1811 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1813 = slice %1784 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1814 = reshape %1813 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%1815 = cast %1812 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1816 = cast %1814 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1817 = reshape %1815 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1818 = broadcast %1817 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1819 = reshape %1816 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1820 = broadcast %1819 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1821 = mul %1818, %1820 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1822 = reduce_sum %1821 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1823 = cast %1822 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%1824 = permute %1823 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%1825 = reshape %1824 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%1826 = matmul %1825, %1369 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1827 = broadcast %15 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1828 = cast %1826 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1829 = add %1828, %1827 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1830 = add %1761, %1829 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1831 = reduce_sum %1830 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1832 = div %1831, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1833 = broadcast %1832 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1834 = sub %1830, %1833 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1835 = mul %1834, %1834 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1836 = reduce_sum %1835 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1837 = div %1836, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1838 = add %1837, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1839 = rsqrt %1838 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1840 = broadcast %1839 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1841 = mul %1834, %1840 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1842 = broadcast %16 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1843 = mul %1841, %1842 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1844 = broadcast %17 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1845 = add %1843, %1844 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1846 = cast %1845 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1847 = matmul %1846, %1391 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1848 = broadcast %19 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1849 = cast %1847 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1850 = add %1849, %1848 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1851 = mul %843, %1850 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1852 = cast %1847 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1853 = add %1852, %1848 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1854 = mul %1853, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1855 = erf %1854 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1856 = add %852, %1855 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1857 = mul %1851, %1856 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1858 = cast %1857 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1859 = matmul %1858, %1404 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1860 = broadcast %21 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1861 = cast %1859 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1862 = add %1861, %1860 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1863 = add %1830, %1862 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1864 = reduce_sum %1863 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1865 = div %1864, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1866 = broadcast %1865 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1867 = sub %1863, %1866 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1868 = mul %1867, %1867 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1869 = reduce_sum %1868 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1870 = div %1869, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1871 = add %1870, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1872 = rsqrt %1871 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1873 = broadcast %1872 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1874 = mul %1867, %1873 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1875 = broadcast %22 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1876 = mul %1874, %1875 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1877 = broadcast %23 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1878 = add %1876, %1877 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1879 = cast %1878 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1880 = matmul %1879, %1426 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%1881 = broadcast %25 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1882 = cast %1880 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1883 = add %1882, %1881 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1884 = cast %1883 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%1885 = reshape %1884 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1886 = permute %1885 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1887 = slice %1886 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1888 = reshape %1887 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%1889 = slice %1886 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1890 = reshape %1889 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%1891 = cast %1888 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1892 = cast %1890 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1893 = permute %1892 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1894 = reshape %1891 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1895 = broadcast %1894 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1896 = reshape %1893 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1897 = broadcast %1896 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1898 = mul %1895, %1897 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1899 = reduce_sum %1898 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1900 = cast %1899 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1901 = cast %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1902 = mul %1901, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1903 = reduce_max %1902 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1904 = stop_gradient %1903 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1905 = broadcast %1904 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1906 = cast %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1907 = mul %1906, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1908 = sub %1907, %1905 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1909 = exp %1908 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1910 = reduce_sum %1909 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1911 = broadcast %1910 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1912 = exp %1908 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1913 = div %1912, %1911 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1914 = cast %1913 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1915 = slice %1886 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1916 = reshape %1915 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%1917 = cast %1914 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1918 = cast %1916 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1919 = reshape %1917 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1920 = broadcast %1919 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1921 = reshape %1918 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1922 = broadcast %1921 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1923 = mul %1920, %1922 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1924 = reduce_sum %1923 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1925 = cast %1924 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%1926 = permute %1925 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%1927 = reshape %1926 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%1928 = matmul %1927, %1458 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1929 = broadcast %27 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1930 = cast %1928 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1931 = add %1930, %1929 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1932 = broadcast %1463 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1933 = div %1931, %1932 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1934 = rand_uniform %1466 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%1935 = add %1468, %1934 : f32[4] @ models/lib/nn.yaml:44:35
%1936 = floor %1935 : f32[4] @ models/lib/nn.yaml:44:24
%1937 = reshape %1936 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1938 = broadcast %1937 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1939 = mul %1933, %1938 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1940 = add %1863, %1939 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1941 = reduce_sum %1940 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1942 = div %1941, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1943 = broadcast %1942 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1944 = sub %1940, %1943 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1945 = mul %1944, %1944 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1946 = reduce_sum %1945 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1947 = div %1946, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1948 = add %1947, %761 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1949 = rsqrt %1948 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1950 = broadcast %1949 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1951 = mul %1944, %1950 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1952 = broadcast %28 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1953 = mul %1951, %1952 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1954 = broadcast %29 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1955 = add %1953, %1954 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1956 = cast %1955 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1957 = matmul %1956, %1491 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1958 = broadcast %31 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1959 = cast %1957 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1960 = add %1959, %1958 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1961 = mul %843, %1960 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1962 = cast %1957 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1963 = add %1962, %1958 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1964 = mul %1963, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1965 = erf %1964 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1966 = add %852, %1965 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1967 = mul %1961, %1966 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1968 = cast %1967 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1969 = matmul %1968, %1504 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1970 = broadcast %33 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1971 = cast %1969 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1972 = add %1971, %1970 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1973 = div %1972, %1932 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1974 = rand_uniform %1466 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1975 = add %1468, %1974 : f32[4] @ models/lib/nn.yaml:44:35
%1976 = floor %1975 : f32[4] @ models/lib/nn.yaml:44:24
%1977 = reshape %1976 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1978 = broadcast %1977 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1979 = mul %1973, %1978 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1980 = add %1940, %1979 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1981 = concat %1517, %1980 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1982 = reduce_sum %1981 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1983 = div %1982, %1118 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1984 = broadcast %1983 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1985 = sub %1981, %1984 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1986 = mul %1985, %1985 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1987 = reduce_sum %1986 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1988 = div %1987, %1118 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1989 = add %1988, %1125 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1990 = rsqrt %1989 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1991 = broadcast %1990 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1992 = mul %1985, %1991 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1993 = broadcast %35 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1994 = mul %1992, %1993 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1995 = broadcast %36 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1996 = add %1994, %1995 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1997 = cast %1996 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1998 = slice %1997 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1999 = matmul %1998, %1536 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2000 = cast %1999 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2001 = add %2000, %1538 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2002 = matmul %1997, %1541 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2003 = broadcast %40 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2004 = cast %2002 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2005 = add %2004, %2003 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2006 = matmul %1997, %1546 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2007 = broadcast %42 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2008 = cast %2006 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2009 = add %2008, %2007 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2010 = cast %2001 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%2011 = reshape %2010 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%2012 = permute %2011 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%2013 = cast %2005 : bf16[4,10,64] @ models/lib/nn.yaml:55:23
%2014 = reshape %2013 : bf16[4,10,2,32] @ models/lib/vit.yaml:79:22
%2015 = permute %2014 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:79:14
%2016 = cast %2012 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2017 = cast %2015 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2018 = permute %2017 perm=[0,1,3,2] : f32[4,2,32,10] @ models/lib/nn.yaml:55:23
%2019 = reshape %2016 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%2020 = broadcast %2019 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2021 = reshape %2018 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2022 = broadcast %2021 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2023 = mul %2020, %2022 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2024 = reduce_sum %2023 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = cast %2024 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = cast %2025 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2027 = mul %2026, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2028 = reduce_max %2027 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2029 = stop_gradient %2028 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2030 = broadcast %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2031 = cast %2025 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2032 = mul %2031, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2033 = sub %2032, %2030 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2034 = exp %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2035 = reduce_sum %2034 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2036 = broadcast %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2037 = exp %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2038 = div %2037, %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2039 = cast %2038 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2040 = cast %2009 : bf16[4,10,64] @ models/lib/nn.yaml:56:23
%2041 = reshape %2040 : bf16[4,10,2,32] @ models/lib/vit.yaml:80:22
%2042 = permute %2041 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:80:14
%2043 = cast %2039 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2044 = cast %2042 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2045 = reshape %2043 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2046 = broadcast %2045 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2047 = reshape %2044 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2048 = broadcast %2047 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2049 = mul %2046, %2048 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2050 = reduce_sum %2049 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2051 = cast %2050 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%2052 = permute %2051 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%2053 = reshape %2052 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%2054 = matmul %2053, %1595 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2055 = cast %2054 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2056 = add %2055, %1597 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2057 = add %1517, %2056 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%2058 = reduce_sum %2057 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2059 = div %2058, %578 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2060 = broadcast %2059 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2061 = sub %2057, %2060 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2062 = mul %2061, %2061 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2063 = reduce_sum %2062 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2064 = div %2063, %578 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2065 = add %2064, %585 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2066 = rsqrt %2065 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2067 = broadcast %2066 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2068 = mul %2061, %2067 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2069 = mul %2068, %1612 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2070 = add %2069, %1614 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2071 = cast %2070 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2072 = matmul %2071, %1617 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2073 = cast %2072 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2074 = add %2073, %1619 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2075 = mul %599, %2074 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2076 = mul %2074, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2077 = erf %2076 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2078 = add %604, %2077 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2079 = mul %2075, %2078 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2080 = cast %2079 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2081 = matmul %2080, %1628 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2082 = cast %2081 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2083 = add %2082, %1630 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2084 = add %2057, %2083 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%2085 = concat %2084, %1980 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:111:21
%2086 = reduce_sum %2085 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2087 = div %2086, %1118 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2088 = broadcast %2087 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2089 = sub %2085, %2088 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2090 = mul %2089, %2089 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2091 = reduce_sum %2090 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2092 = div %2091, %1118 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2093 = add %2092, %1125 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2094 = rsqrt %2093 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2095 = broadcast %2094 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2096 = mul %2089, %2095 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2097 = broadcast %51 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2098 = mul %2096, %2097 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2099 = broadcast %52 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%2100 = add %2098, %2099 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%2101 = cast %2100 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2102 = slice %2101 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:103:28
%2103 = matmul %2102, %1652 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2104 = cast %2103 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2105 = add %2104, %1654 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2106 = mul %599, %2105 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2107 = mul %2105, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2108 = erf %2107 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2109 = add %604, %2108 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2110 = mul %2106, %2109 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2111 = cast %2110 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2112 = matmul %2111, %1663 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2113 = cast %2112 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2114 = add %2113, %1665 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2115 = mul %599, %2114 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2116 = mul %2114, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2117 = erf %2116 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2118 = add %604, %2117 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2119 = mul %2115, %2118 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2120 = cast %2119 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2121 = matmul %2120, %1674 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2122 = cast %2121 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2123 = add %2122, %1676 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2124 = mul %2123, %2123 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2125 = reduce_sum %2124 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2126 = sqrt %2125 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2127 = max %2126, %662 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2128 = broadcast %2127 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2129 = div %2123, %2128 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2130 = cast %2129 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%2131 = matmul %2130, %1693 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%2132 = slice %2101 lo=[0,1,0] hi=[4,10,64] : bf16[4,9,64] @ models/dino_pass.yaml:103:46
%2133 = matmul %2132, %1696 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2134 = broadcast %62 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2135 = cast %2133 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2136 = add %2135, %2134 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2137 = mul %843, %2136 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2138 = cast %2133 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2139 = add %2138, %2134 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2140 = mul %2139, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2141 = erf %2140 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2142 = add %852, %2141 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2143 = mul %2137, %2142 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2144 = cast %2143 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2145 = matmul %2144, %1709 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2146 = broadcast %64 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2147 = cast %2145 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2148 = add %2147, %2146 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2149 = mul %843, %2148 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2150 = cast %2145 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2151 = add %2150, %2146 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2152 = mul %2151, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2153 = erf %2152 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2154 = add %852, %2153 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2155 = mul %2149, %2154 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2156 = cast %2155 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2157 = matmul %2156, %1722 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2158 = broadcast %66 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2159 = cast %2157 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2160 = add %2159, %2158 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2161 = mul %2160, %2160 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2162 = reduce_sum %2161 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2163 = sqrt %2162 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2164 = max %2163, %1302 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2165 = broadcast %2164 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2166 = cast %2157 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2167 = add %2166, %2158 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2168 = div %2167, %2165 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2169 = cast %2168 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%2170 = matmul %2169, %1743 ta=0 tb=1 : bf16[4,9,4096] @ models/lib/dino.yaml:23:18
%2171 = broadcast %131 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2172 = sub %728, %2171 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2173 = broadcast %4 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2174 = div %2172, %2173 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2175 = reduce_max %2174 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2176 = stop_gradient %2175 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2177 = broadcast %2176 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2178 = div %2172, %2173 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2179 = sub %2178, %2177 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2180 = exp %2179 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2181 = reduce_sum %2180 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2182 = broadcast %2181 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2183 = exp %2179 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2184 = div %2183, %2182 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2185 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2186 = broadcast %2185 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2187 = slice %1694 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2188 = cast %2187 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2189 = div %2188, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2190 = reduce_max %2189 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2191 = stop_gradient %2190 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2192 = broadcast %2191 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2193 = slice %1694 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2194 = cast %2193 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2195 = div %2194, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2196 = sub %2195, %2192 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2197 = exp %2196 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2198 = reduce_sum %2197 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2199 = log %2198 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2200 = broadcast %2199 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2201 = sub %2196, %2200 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2202 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2203 = mul %2202, %2201 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2204 = reduce_sum %2203 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2205 = neg %2204 : f32[2,1] @ models/lib/dino.yaml:39:21
%2206 = reduce_sum %2205 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2207 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2208 = div %2206, %2207 : f32[] @ models/lib/dino.yaml:39:16
%2209 = slice %2131 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2210 = cast %2209 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2211 = div %2210, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2212 = reduce_max %2211 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2213 = stop_gradient %2212 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2214 = broadcast %2213 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2215 = slice %2131 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2216 = cast %2215 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2217 = div %2216, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2218 = sub %2217, %2214 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2219 = exp %2218 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2220 = reduce_sum %2219 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2221 = log %2220 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2222 = broadcast %2221 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2223 = sub %2218, %2222 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2224 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2225 = mul %2224, %2223 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2226 = reduce_sum %2225 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2227 = neg %2226 : f32[2,1] @ models/lib/dino.yaml:39:21
%2228 = reduce_sum %2227 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2229 = div %2228, %2207 : f32[] @ models/lib/dino.yaml:39:16
%2230 = add %2208, %2229 : f32[] @ models/dino_pass.yaml:148:11
%2231 = slice %2131 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2232 = cast %2231 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2233 = div %2232, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2234 = reduce_max %2233 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2235 = stop_gradient %2234 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2236 = broadcast %2235 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2237 = slice %2131 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2238 = cast %2237 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2239 = div %2238, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2240 = sub %2239, %2236 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2241 = exp %2240 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2242 = reduce_sum %2241 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2243 = log %2242 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2244 = broadcast %2243 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2245 = sub %2240, %2244 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2246 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2247 = mul %2246, %2245 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2248 = reduce_sum %2247 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2249 = neg %2248 : f32[2,1] @ models/lib/dino.yaml:39:21
%2250 = reduce_sum %2249 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2251 = div %2250, %2207 : f32[] @ models/lib/dino.yaml:39:16
%2252 = add %2230, %2251 : f32[] @ models/dino_pass.yaml:148:11
%2253 = sub %729, %2171 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2254 = div %2253, %2173 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2255 = reduce_max %2254 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2256 = stop_gradient %2255 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2257 = broadcast %2256 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2258 = div %2253, %2173 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2259 = sub %2258, %2257 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2260 = exp %2259 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2261 = reduce_sum %2260 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2262 = broadcast %2261 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2263 = exp %2259 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2264 = div %2263, %2262 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2265 = slice %1694 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2266 = cast %2265 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2267 = div %2266, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2268 = reduce_max %2267 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2269 = stop_gradient %2268 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2270 = broadcast %2269 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2271 = slice %1694 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2272 = cast %2271 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2273 = div %2272, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2274 = sub %2273, %2270 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2275 = exp %2274 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2276 = reduce_sum %2275 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2277 = log %2276 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2278 = broadcast %2277 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2279 = sub %2274, %2278 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2280 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2281 = mul %2280, %2279 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2282 = reduce_sum %2281 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2283 = neg %2282 : f32[2,1] @ models/lib/dino.yaml:39:21
%2284 = reduce_sum %2283 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2285 = div %2284, %2207 : f32[] @ models/lib/dino.yaml:39:16
%2286 = add %2252, %2285 : f32[] @ models/dino_pass.yaml:148:11
%2287 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2288 = mul %2287, %2223 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2289 = reduce_sum %2288 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2290 = neg %2289 : f32[2,1] @ models/lib/dino.yaml:39:21
%2291 = reduce_sum %2290 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2292 = div %2291, %2207 : f32[] @ models/lib/dino.yaml:39:16
%2293 = add %2286, %2292 : f32[] @ models/dino_pass.yaml:148:11
%2294 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2295 = mul %2294, %2245 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2296 = reduce_sum %2295 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2297 = neg %2296 : f32[2,1] @ models/lib/dino.yaml:39:21
%2298 = reduce_sum %2297 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2299 = div %2298, %2207 : f32[] @ models/lib/dino.yaml:39:16
%2300 = add %2293, %2299 : f32[] @ models/dino_pass.yaml:148:11
%2301 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%2302 = div %2300, %2301 : f32[] @ models/dino_pass.yaml:145:3
%2303 = output %2302 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%2304 = broadcast %132 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2305 = slice %726 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:131:27
%2306 = broadcast %4 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2307 = cast %2305 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2308 = sub %2307, %2304 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2309 = div %2308, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2310 = reduce_max %2309 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2311 = stop_gradient %2310 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2312 = broadcast %2311 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2313 = cast %2305 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2314 = sub %2313, %2304 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2315 = div %2314, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2316 = sub %2315, %2312 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2317 = exp %2316 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2318 = reduce_sum %2317 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2319 = broadcast %2318 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2320 = exp %2316 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2321 = div %2320, %2319 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2322 = broadcast %2185 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2323 = slice %1744 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2324 = cast %2323 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2325 = div %2324, %2322 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2326 = reduce_max %2325 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2327 = stop_gradient %2326 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2328 = broadcast %2327 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2329 = slice %1744 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2330 = cast %2329 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2331 = div %2330, %2322 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2332 = sub %2331, %2328 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2333 = exp %2332 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2334 = reduce_sum %2333 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2335 = log %2334 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2336 = broadcast %2335 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2337 = sub %2332, %2336 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2338 = stop_gradient %2321 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2339 = mul %2338, %2337 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2340 = reduce_sum %2339 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2341 = neg %2340 : f32[2,16] @ models/lib/dino.yaml:39:21
%2342 = reduce_sum %2341 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2343 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2344 = div %2342, %2343 : f32[] @ models/lib/dino.yaml:39:16
%2345 = slice %726 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:131:27
%2346 = cast %2345 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2347 = sub %2346, %2304 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2348 = div %2347, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2349 = reduce_max %2348 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2350 = stop_gradient %2349 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2351 = broadcast %2350 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2352 = cast %2345 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2353 = sub %2352, %2304 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2354 = div %2353, %2306 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2355 = sub %2354, %2351 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2356 = exp %2355 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2357 = reduce_sum %2356 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2358 = broadcast %2357 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2359 = exp %2355 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2360 = div %2359, %2358 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2361 = slice %1744 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2362 = cast %2361 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2363 = div %2362, %2322 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2364 = reduce_max %2363 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2365 = stop_gradient %2364 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2366 = broadcast %2365 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2367 = slice %1744 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2368 = cast %2367 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2369 = div %2368, %2322 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2370 = sub %2369, %2366 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2371 = exp %2370 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2372 = reduce_sum %2371 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2373 = log %2372 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2374 = broadcast %2373 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2375 = sub %2370, %2374 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2376 = stop_gradient %2360 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2377 = mul %2376, %2375 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2378 = reduce_sum %2377 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2379 = neg %2378 : f32[2,16] @ models/lib/dino.yaml:39:21
%2380 = reduce_sum %2379 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2381 = div %2380, %2343 : f32[] @ models/lib/dino.yaml:39:16
%2382 = add %2344, %2381 : f32[] @ models/dino_pass.yaml:152:11
%2383 = broadcast %132 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2384 = slice %1309 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:131:27
%2385 = broadcast %4 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2386 = cast %2384 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2387 = sub %2386, %2383 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2388 = div %2387, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2389 = reduce_max %2388 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2390 = stop_gradient %2389 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2391 = broadcast %2390 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2392 = cast %2384 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2393 = sub %2392, %2383 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2394 = div %2393, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2395 = sub %2394, %2391 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2396 = exp %2395 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2397 = reduce_sum %2396 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2398 = broadcast %2397 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2399 = exp %2395 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2400 = div %2399, %2398 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2401 = broadcast %2185 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2402 = slice %2170 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2403 = cast %2402 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2404 = div %2403, %2401 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2405 = reduce_max %2404 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2406 = stop_gradient %2405 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2407 = broadcast %2406 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2408 = slice %2170 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2409 = cast %2408 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2410 = div %2409, %2401 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2411 = sub %2410, %2407 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2412 = exp %2411 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2413 = reduce_sum %2412 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2414 = log %2413 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2415 = broadcast %2414 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2416 = sub %2411, %2415 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2417 = stop_gradient %2400 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2418 = mul %2417, %2416 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2419 = reduce_sum %2418 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2420 = neg %2419 : f32[2,9] @ models/lib/dino.yaml:39:21
%2421 = reduce_sum %2420 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2422 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2423 = div %2421, %2422 : f32[] @ models/lib/dino.yaml:39:16
%2424 = add %2382, %2423 : f32[] @ models/dino_pass.yaml:152:11
%2425 = slice %1309 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:131:27
%2426 = cast %2425 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2427 = sub %2426, %2383 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2428 = div %2427, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2429 = reduce_max %2428 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2430 = stop_gradient %2429 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2431 = broadcast %2430 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2432 = cast %2425 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2433 = sub %2432, %2383 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2434 = div %2433, %2385 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2435 = sub %2434, %2431 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2436 = exp %2435 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2437 = reduce_sum %2436 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2438 = broadcast %2437 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2439 = exp %2435 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2440 = div %2439, %2438 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2441 = slice %2170 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2442 = cast %2441 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2443 = div %2442, %2401 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2444 = reduce_max %2443 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2445 = stop_gradient %2444 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2446 = broadcast %2445 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2447 = slice %2170 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2448 = cast %2447 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2449 = div %2448, %2401 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2450 = sub %2449, %2446 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2451 = exp %2450 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2452 = reduce_sum %2451 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2453 = log %2452 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2454 = broadcast %2453 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2455 = sub %2450, %2454 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2456 = stop_gradient %2440 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2457 = mul %2456, %2455 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2458 = reduce_sum %2457 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2459 = neg %2458 : f32[2,9] @ models/lib/dino.yaml:39:21
%2460 = reduce_sum %2459 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2461 = div %2460, %2422 : f32[] @ models/lib/dino.yaml:39:16
%2462 = add %2424, %2461 : f32[] @ models/dino_pass.yaml:152:11
%2463 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2464 = div %2462, %2463 : f32[] @ models/dino_pass.yaml:149:3
%2465 = output %2464 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2466 = mul %2464, %2185 : f32[] @ models/dino_pass.yaml:149:3
%2467 = add %2302, %2466 : f32[] @ models/dino_pass.yaml:149:3
%2468 = output %2467 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2469 = broadcast %1463 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2470 = mul %131, %2469 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2471 = concat %728, %729, %1311, %1312 axis=0 : f32[8,1,65536] @ models/dino_pass.yaml:138:75
%2472 = reduce_sum %2471 axes=[0] keep=1 : f32[1,1,65536] @ models/lib/nn.yaml:73:26
%2473 = all_reduce_sum %2472 : f32[1,1,65536] @ models/lib/nn.yaml:73:16
%2474 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2475 = broadcast %2474 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2476 = div %2473, %2475 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2477 = broadcast %2185 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2478 = mul %2477, %2476 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2479 = add %2470, %2478 : f32[1,1,65536] @ models/dino_pass.yaml:138:38
%2480 = assign %131, %2479 : f32[1,1,65536] @ models/dino_pass.yaml:138:13
%2481 = broadcast %1463 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2482 = mul %132, %2481 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2483 = slice %726 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/lib/nn.yaml:73:26
%2484 = reshape %2483 : bf16[32,4096] @ models/lib/nn.yaml:73:26
%2485 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,32] @ models/lib/nn.yaml:73:26
%2486 = matmul %2485, %2484 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2487 = slice %726 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/lib/nn.yaml:73:26
%2488 = reshape %2487 : bf16[32,4096] @ models/lib/nn.yaml:73:26
%2489 = matmul %2485, %2488 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2490 = add %2486, %2489 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2491 = slice %1309 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/lib/nn.yaml:73:26
%2492 = reshape %2491 : bf16[18,4096] @ models/lib/nn.yaml:73:26
%2493 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,18] @ models/lib/nn.yaml:73:26
%2494 = matmul %2493, %2492 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2495 = add %2490, %2494 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2496 = slice %1309 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/lib/nn.yaml:73:26
%2497 = reshape %2496 : bf16[18,4096] @ models/lib/nn.yaml:73:26
%2498 = matmul %2493, %2497 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2499 = add %2495, %2498 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2500 = all_reduce_sum %2499 : f32[1,4096] @ models/lib/nn.yaml:73:16
%2501 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%2502 = broadcast %2501 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2503 = div %2500, %2502 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2504 = broadcast %2185 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2505 = mul %2504, %2503 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2506 = add %2482, %2505 : f32[1,4096] @ models/dino_pass.yaml:142:44
%2507 = assign %132, %2506 : f32[1,4096] @ models/dino_pass.yaml:142:13
%2508 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%2509 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%2510 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%2511 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%2512 = broadcast %2511 : f32[2,9] @ models/lib/dino.yaml:39:21
%2513 = reshape %2512 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%2514 = broadcast %2513 : f32[2,9,4096] @ models/lib/dino.yaml:39:22
%2515 = stop_gradient %2440 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2516 = mul %2514, %2515 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2517 = neg %2516 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2518 = reduce_sum %2517 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2519 = div %2518, %2452 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2520 = broadcast %2519 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2521 = exp %2450 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2522 = mul %2520, %2521 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2523 = stop_gradient %2440 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2524 = mul %2514, %2523 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2525 = add %2524, %2522 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2526 = div %2525, %2401 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2527 = stop_gradient %2400 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2528 = mul %2514, %2527 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2529 = neg %2528 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2530 = reduce_sum %2529 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2531 = div %2530, %2413 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2532 = broadcast %2531 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2533 = exp %2411 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2534 = mul %2532, %2533 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2535 = stop_gradient %2400 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2536 = mul %2514, %2535 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2537 = add %2536, %2534 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2538 = div %2537, %2401 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2539 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%2540 = broadcast %2539 : f32[2,16] @ models/lib/dino.yaml:39:21
%2541 = reshape %2540 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%2542 = broadcast %2541 : f32[2,16,4096] @ models/lib/dino.yaml:39:22
%2543 = stop_gradient %2360 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2544 = mul %2542, %2543 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2545 = neg %2544 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2546 = reduce_sum %2545 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2547 = div %2546, %2372 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2548 = broadcast %2547 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2549 = exp %2370 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2550 = mul %2548, %2549 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2551 = stop_gradient %2360 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2552 = mul %2542, %2551 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2553 = add %2552, %2550 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2554 = div %2553, %2322 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2555 = stop_gradient %2321 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2556 = mul %2542, %2555 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2557 = neg %2556 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2558 = reduce_sum %2557 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2559 = div %2558, %2334 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2560 = broadcast %2559 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2561 = exp %2332 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2562 = mul %2560, %2561 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2563 = stop_gradient %2321 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2564 = mul %2542, %2563 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2565 = add %2564, %2562 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2566 = div %2565, %2322 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2567 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%2568 = broadcast %2567 : f32[2,1] @ models/lib/dino.yaml:39:21
%2569 = reshape %2568 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%2570 = broadcast %2569 : f32[2,1,65536] @ models/lib/dino.yaml:39:22
%2571 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2572 = mul %2570, %2571 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2573 = neg %2572 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2574 = reduce_sum %2573 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2575 = div %2574, %2242 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2576 = broadcast %2575 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2577 = exp %2240 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2578 = mul %2576, %2577 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2579 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2580 = mul %2570, %2579 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2581 = add %2580, %2578 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2582 = div %2581, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2583 = div %2574, %2220 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2584 = broadcast %2583 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2585 = exp %2218 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2586 = mul %2584, %2585 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2587 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2588 = mul %2570, %2587 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2589 = add %2588, %2586 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2590 = div %2589, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2591 = div %2574, %2276 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2592 = broadcast %2591 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2593 = exp %2274 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2594 = mul %2592, %2593 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2595 = stop_gradient %2264 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2596 = mul %2570, %2595 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2597 = add %2596, %2594 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2598 = div %2597, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2599 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2600 = mul %2570, %2599 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2601 = neg %2600 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2602 = reduce_sum %2601 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2603 = div %2602, %2242 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2604 = broadcast %2603 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2605 = exp %2240 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2606 = mul %2604, %2605 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2607 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2608 = mul %2570, %2607 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2609 = add %2608, %2606 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2610 = div %2609, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2611 = add %2582, %2610 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2612 = div %2602, %2220 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2613 = broadcast %2612 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2614 = exp %2218 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2615 = mul %2613, %2614 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2616 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2617 = mul %2570, %2616 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2618 = add %2617, %2615 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2619 = div %2618, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2620 = add %2590, %2619 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2621 = div %2602, %2198 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2622 = broadcast %2621 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2623 = exp %2196 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2624 = mul %2622, %2623 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2625 = stop_gradient %2184 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2626 = mul %2570, %2625 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2627 = add %2626, %2624 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2628 = div %2627, %2186 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2629 = cast %2538 : bf16[2,9,4096] @ models/lib/dino.yaml:39:44
%2630 = cast %2526 : bf16[2,9,4096] @ models/lib/dino.yaml:39:44
%2631 = concat %2629, %2630 axis=0 : bf16[4,9,4096] @ models/dino_pass.yaml:132:27
%2632 = matmul %2631, %1743 ta=0 tb=0 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%2633 = reshape %2631 : bf16[36,4096] @ models/lib/dino.yaml:23:18
%2634 = reshape %2169 : bf16[36,64] @ models/lib/dino.yaml:23:18
%2635 = matmul %2633, %2634 ta=1 tb=0 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%2636 = cast %2635 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2637 = div %2636, %1740 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2638 = mul %2637, %1741 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2639 = neg %2638 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2640 = reduce_sum %2639 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2641 = broadcast %224 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2642 = mul %2640, %2641 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2643 = div %2642, %1739 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2644 = broadcast %2643 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2645 = mul %2644, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2646 = add %2645, %2645 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2647 = mul %2637, %1735 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2648 = add %2646, %2647 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2649 = cast %2632 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2650 = div %2649, %2165 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2651 = mul %2650, %2168 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2652 = neg %2651 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2653 = reduce_sum %2652 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2654 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2655 = broadcast %2654 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2656 = broadcast %224 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2657 = mul %2653, %2656 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2658 = sqrt %2162 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2659 = eq %2658, %1302 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2660 = select %2659, %2657, %2655 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2661 = sqrt %2162 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2662 = gt %2661, %1302 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2663 = select %2662, %2653, %2660 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2664 = mul %2663, %2656 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2665 = sqrt %2162 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2666 = div %2664, %2665 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2667 = broadcast %2666 : f32[4,9,64] @ models/lib/nn.yaml:33:29
%2668 = cast %2157 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2669 = add %2668, %2158 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2670 = mul %2667, %2669 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2671 = add %2650, %2670 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2672 = add %2671, %2670 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2673 = reduce_sum %2672 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2674 = reshape %2673 : f32[64] @ models/lib/nn.yaml:84:18
%2675 = cast %2672 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2676 = matmul %2675, %1722 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2677 = reshape %2675 : bf16[36,64] @ models/lib/nn.yaml:83:15
%2678 = reshape %2156 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2679 = matmul %2677, %2678 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2680 = cast %2676 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2681 = cast %2145 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2682 = add %2681, %2146 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2683 = mul %2682, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2684 = erf %2683 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2685 = add %852, %2684 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2686 = mul %2680, %2685 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2687 = cast %2676 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2688 = cast %2145 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2689 = add %2688, %2146 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2690 = mul %843, %2689 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2691 = mul %2687, %2690 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2692 = cast %2145 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2693 = add %2692, %2146 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2694 = mul %2693, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2695 = mul %2694, %2694 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2696 = neg %2695 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2697 = exp %2696 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2698 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2699 = broadcast %2698 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2700 = mul %2697, %2699 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2701 = mul %2691, %2700 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2702 = mul %2701, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2703 = mul %2686, %843 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2704 = add %2702, %2703 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2705 = reduce_sum %2704 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2706 = reshape %2705 : f32[256] @ models/lib/nn.yaml:84:18
%2707 = cast %2704 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2708 = matmul %2707, %1709 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2709 = reshape %2707 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2710 = reshape %2144 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2711 = matmul %2709, %2710 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%2712 = cast %2708 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2713 = cast %2133 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2714 = add %2713, %2134 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2715 = mul %2714, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2716 = erf %2715 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2717 = add %852, %2716 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2718 = mul %2712, %2717 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2719 = cast %2708 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2720 = cast %2133 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2721 = add %2720, %2134 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2722 = mul %843, %2721 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2723 = mul %2719, %2722 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2724 = cast %2133 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2725 = add %2724, %2134 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2726 = mul %2725, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2727 = mul %2726, %2726 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2728 = neg %2727 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2729 = exp %2728 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2730 = mul %2729, %2699 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2731 = mul %2723, %2730 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2732 = mul %2731, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2733 = mul %2718, %843 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2734 = add %2732, %2733 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2735 = reduce_sum %2734 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2736 = reshape %2735 : f32[256] @ models/lib/nn.yaml:84:18
%2737 = cast %2734 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2738 = matmul %2737, %1696 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2739 = reshape %2737 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2740 = reshape %2132 : bf16[36,64] @ models/lib/nn.yaml:83:15
%2741 = matmul %2739, %2740 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2742 = cast %2620 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%2743 = cast %2611 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%2744 = concat %2742, %2743 axis=0 : bf16[4,1,65536] @ models/dino_pass.yaml:132:20
%2745 = matmul %2744, %1693 ta=0 tb=0 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%2746 = reshape %2744 : bf16[4,65536] @ models/lib/dino.yaml:23:18
%2747 = reshape %2130 : bf16[4,64] @ models/lib/dino.yaml:23:18
%2748 = matmul %2746, %2747 ta=1 tb=0 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%2749 = cast %2748 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2750 = div %2749, %1690 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2751 = mul %2750, %1691 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2752 = neg %2751 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2753 = reduce_sum %2752 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%2754 = broadcast %224 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2755 = mul %2753, %2754 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2756 = div %2755, %1689 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2757 = broadcast %2756 : f32[65536,64] @ models/lib/dino.yaml:22:40
%2758 = mul %2757, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2759 = add %2758, %2758 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2760 = mul %2750, %1685 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2761 = add %2759, %2760 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2762 = cast %2745 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2763 = div %2762, %2128 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2764 = mul %2763, %2129 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2765 = neg %2764 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2766 = reduce_sum %2765 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2767 = broadcast %2654 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2768 = broadcast %224 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2769 = mul %2766, %2768 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2770 = sqrt %2125 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2771 = eq %2770, %662 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2772 = select %2771, %2769, %2767 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2773 = sqrt %2125 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2774 = gt %2773, %662 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2775 = select %2774, %2766, %2772 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2776 = mul %2775, %2768 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2777 = sqrt %2125 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2778 = div %2776, %2777 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2779 = broadcast %2778 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%2780 = mul %2779, %2123 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2781 = add %2763, %2780 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2782 = add %2781, %2780 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2783 = reduce_sum %2782 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2784 = reshape %2783 : f32[64] @ models/lib/nn.yaml:84:18
%2785 = cast %2782 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2786 = matmul %2785, %1674 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2787 = reshape %2785 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2788 = reshape %2120 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2789 = matmul %2787, %2788 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2790 = cast %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2791 = mul %2114, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2792 = erf %2791 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2793 = add %604, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2794 = mul %2790, %2793 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2795 = cast %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2796 = mul %599, %2114 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2797 = mul %2795, %2796 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2798 = mul %2114, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2799 = mul %2798, %2798 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2800 = neg %2799 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2801 = exp %2800 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2802 = broadcast %2698 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2803 = mul %2801, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2804 = mul %2797, %2803 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2805 = mul %2804, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2806 = mul %2794, %599 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2807 = add %2805, %2806 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2808 = reduce_sum %2807 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2809 = reshape %2808 : f32[256] @ models/lib/nn.yaml:84:18
%2810 = cast %2807 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2811 = matmul %2810, %1663 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2812 = reshape %2810 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2813 = reshape %2111 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2814 = matmul %2812, %2813 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%2815 = cast %2811 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2816 = mul %2105, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2817 = erf %2816 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2818 = add %604, %2817 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2819 = mul %2815, %2818 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2820 = cast %2811 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2821 = mul %599, %2105 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2822 = mul %2820, %2821 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2823 = mul %2105, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2824 = mul %2823, %2823 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2825 = neg %2824 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2826 = exp %2825 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2827 = mul %2826, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2828 = mul %2822, %2827 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2829 = mul %2828, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2830 = mul %2819, %599 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2831 = add %2829, %2830 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2832 = reduce_sum %2831 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2833 = reshape %2832 : f32[256] @ models/lib/nn.yaml:84:18
%2834 = cast %2831 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2835 = matmul %2834, %1652 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2836 = reshape %2834 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2837 = reshape %2102 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2838 = matmul %2836, %2837 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2839 = concat %2835, %2738 axis=1 : bf16[4,10,64] @ models/dino_pass.yaml:103:28
%2840 = cast %2839 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2841 = reduce_sum %2840 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2842 = reshape %2841 : f32[64] @ models/lib/nn.yaml:96:46
%2843 = cast %2839 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2844 = mul %2843, %2096 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2845 = reduce_sum %2844 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2846 = reshape %2845 : f32[64] @ models/lib/nn.yaml:96:37
%2847 = cast %2839 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2848 = mul %2847, %2097 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2849 = mul %2848, %2095 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2850 = cast %2839 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2851 = mul %2850, %2097 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2852 = mul %2851, %2089 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2853 = reduce_sum %2852 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2854 = mul %2094, %2094 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2855 = mul %2094, %2854 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2856 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2857 = broadcast %2856 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2858 = mul %2855, %2857 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2859 = mul %2853, %2858 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2860 = div %2859, %1118 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2861 = broadcast %2860 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2862 = mul %2861, %2089 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2863 = add %2849, %2862 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2864 = add %2863, %2862 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2865 = neg %2864 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2866 = reduce_sum %2865 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2867 = div %2866, %1118 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2868 = broadcast %2867 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2869 = add %2864, %2868 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2870 = slice %2869 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%2871 = slice %2869 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:111:21
%2872 = reduce_sum %2870 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2873 = reshape %2872 : f32[64] @ models/lib/nn.yaml:84:18
%2874 = cast %2870 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2875 = matmul %2874, %1628 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2876 = reshape %2874 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2877 = reshape %2080 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2878 = matmul %2876, %2877 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2879 = cast %2875 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2880 = mul %2074, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2881 = erf %2880 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2882 = add %604, %2881 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2883 = mul %2879, %2882 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2884 = cast %2875 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2885 = mul %599, %2074 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2886 = mul %2884, %2885 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2887 = mul %2074, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2888 = mul %2887, %2887 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2889 = neg %2888 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2890 = exp %2889 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2891 = mul %2890, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2892 = mul %2886, %2891 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2893 = mul %2892, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2894 = mul %2883, %599 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2895 = add %2893, %2894 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2896 = reduce_sum %2895 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2897 = reshape %2896 : f32[256] @ models/lib/nn.yaml:84:18
%2898 = cast %2895 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2899 = matmul %2898, %1617 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2900 = reshape %2898 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2901 = reshape %2071 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2902 = matmul %2900, %2901 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2903 = cast %2899 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2904 = reduce_sum %2903 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2905 = reshape %2904 : f32[64] @ models/lib/nn.yaml:96:46
%2906 = cast %2899 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2907 = mul %2906, %1612 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2908 = cast %2899 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2909 = mul %2908, %2068 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2910 = reduce_sum %2909 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2911 = reshape %2910 : f32[64] @ models/lib/nn.yaml:96:37
%2912 = mul %2907, %2067 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2913 = mul %2907, %2061 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2914 = reduce_sum %2913 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2915 = mul %2066, %2066 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2916 = mul %2066, %2915 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2917 = broadcast %2856 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2918 = mul %2916, %2917 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2919 = mul %2914, %2918 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2920 = div %2919, %578 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2921 = broadcast %2920 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%2922 = mul %2921, %2061 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2923 = add %2912, %2922 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2924 = add %2923, %2922 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2925 = add %2870, %2924 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2926 = neg %2924 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2927 = reduce_sum %2926 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2928 = div %2927, %578 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2929 = broadcast %2928 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2930 = add %2925, %2929 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2931 = reduce_sum %2930 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2932 = reshape %2931 : f32[64] @ models/lib/nn.yaml:84:18
%2933 = cast %2930 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2934 = matmul %2933, %1595 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2935 = reshape %2933 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2936 = reshape %2052 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2937 = matmul %2935, %2936 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2938 = reshape %2934 : bf16[4,1,2,32] @ models/lib/nn.yaml:57:16
%2939 = permute %2938 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/nn.yaml:56:13
%2940 = cast %2939 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2941 = cast %2042 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2942 = permute %2941 perm=[0,1,3,2] : f32[4,2,32,10] @ models/lib/nn.yaml:56:23
%2943 = reshape %2940 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%2944 = broadcast %2943 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2945 = reshape %2942 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2946 = broadcast %2945 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2947 = mul %2944, %2946 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2948 = reduce_sum %2947 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2949 = cast %2948 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2950 = cast %2039 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2951 = permute %2950 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2952 = cast %2939 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2953 = broadcast %2951 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2954 = broadcast %2952 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2955 = mul %2953, %2954 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2956 = cast %2955 : bf16[4,2,10,32] @ models/lib/nn.yaml:56:23
%2957 = cast %2949 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2958 = div %2957, %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2959 = mul %2958, %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2960 = neg %2959 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2961 = reduce_sum %2960 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2962 = broadcast %2961 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2963 = add %2958, %2962 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2964 = exp %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2965 = mul %2963, %2964 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2966 = mul %2965, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2967 = cast %2966 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2968 = cast %2967 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2969 = cast %2015 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2970 = reshape %2968 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2971 = broadcast %2970 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2972 = reshape %2969 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2973 = broadcast %2972 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2974 = mul %2971, %2973 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2975 = reduce_sum %2974 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2976 = cast %2975 : bf16[4,2,1,32] @ models/lib/nn.yaml:55:23
%2977 = cast %2967 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2978 = permute %2977 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2979 = cast %2012 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2980 = broadcast %2978 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2981 = broadcast %2979 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2982 = mul %2980, %2981 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2983 = cast %2982 : bf16[4,2,10,32] @ models/lib/nn.yaml:55:23
%2984 = permute %2956 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:80:14
%2985 = reshape %2984 : bf16[4,10,64] @ models/lib/vit.yaml:80:22
%2986 = cast %2985 : f32[4,10,64] @ models/lib/vit.yaml:80:14
%2987 = reduce_sum %2986 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2988 = reshape %2987 : f32[64] @ models/lib/nn.yaml:84:18
%2989 = permute %2956 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:80:14
%2990 = reshape %2989 : bf16[4,10,64] @ models/lib/vit.yaml:80:22
%2991 = matmul %2990, %1546 ta=0 tb=0 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2992 = reshape %2989 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2993 = reshape %1997 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2994 = matmul %2992, %2993 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2995 = permute %2983 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:79:14
%2996 = reshape %2995 : bf16[4,10,64] @ models/lib/vit.yaml:79:22
%2997 = cast %2996 : f32[4,10,64] @ models/lib/vit.yaml:79:14
%2998 = reduce_sum %2997 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2999 = reshape %2998 : f32[64] @ models/lib/nn.yaml:84:18
%3000 = permute %2983 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:79:14
%3001 = reshape %3000 : bf16[4,10,64] @ models/lib/vit.yaml:79:22
%3002 = matmul %3001, %1541 ta=0 tb=0 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%3003 = cast %2991 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%3004 = cast %3002 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%3005 = add %3003, %3004 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%3006 = reshape %3000 : bf16[40,64] @ models/lib/nn.yaml:83:15
%3007 = matmul %3006, %2993 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3008 = permute %2976 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3009 = reshape %3008 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3010 = cast %3009 : f32[4,1,64] @ models/lib/vit.yaml:78:14
%3011 = reduce_sum %3010 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3012 = reshape %3011 : f32[64] @ models/lib/nn.yaml:84:18
%3013 = permute %2976 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3014 = reshape %3013 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3015 = matmul %3014, %1536 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3016 = reshape %3013 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3017 = reshape %1998 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3018 = matmul %3016, %3017 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3019 = cast %3015 : f32[4,1,64] @ models/lib/vit.yaml:78:33
%3020 = pad %3019 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%3021 = add %3005, %3020 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%3022 = reduce_sum %3021 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3023 = reshape %3022 : f32[64] @ models/lib/nn.yaml:96:46
%3024 = mul %3021, %1992 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3025 = reduce_sum %3024 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3026 = reshape %3025 : f32[64] @ models/lib/nn.yaml:96:37
%3027 = mul %3021, %1993 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3028 = mul %3027, %1991 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%3029 = mul %3021, %1993 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3030 = mul %3029, %1985 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%3031 = reduce_sum %3030 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3032 = mul %1990, %1990 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3033 = mul %1990, %3032 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3034 = mul %3033, %2857 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3035 = mul %3031, %3034 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3036 = div %3035, %1118 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3037 = broadcast %3036 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%3038 = mul %3037, %1985 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3039 = add %3028, %3038 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3040 = add %3039, %3038 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3041 = neg %3040 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%3042 = reduce_sum %3041 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3043 = div %3042, %1118 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3044 = broadcast %3043 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%3045 = add %3040, %3044 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%3046 = slice %3045 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3047 = add %2930, %3046 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3048 = slice %3045 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:95:24
%3049 = add %2871, %3048 : f32[4,9,64] @ models/lib/vit.yaml:95:24
%3050 = reduce_sum %3047 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3051 = mul %3049, %1978 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%3052 = div %3051, %1932 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3053 = reduce_sum %3052 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3054 = reshape %3053 : f32[64] @ models/lib/nn.yaml:84:18
%3055 = div %3051, %1932 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3056 = cast %3055 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3057 = matmul %3056, %1504 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3058 = reshape %3056 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3059 = reshape %1968 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3060 = matmul %3058, %3059 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3061 = cast %3057 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3062 = cast %1957 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3063 = add %3062, %1958 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3064 = mul %3063, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3065 = erf %3064 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3066 = add %852, %3065 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%3067 = mul %3061, %3066 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3068 = cast %3057 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3069 = cast %1957 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3070 = add %3069, %1958 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3071 = mul %843, %3070 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3072 = mul %3068, %3071 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3073 = cast %1957 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3074 = add %3073, %1958 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3075 = mul %3074, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3076 = mul %3075, %3075 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3077 = neg %3076 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3078 = exp %3077 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3079 = mul %3078, %2699 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3080 = mul %3072, %3079 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3081 = mul %3080, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3082 = mul %3067, %843 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3083 = add %3081, %3082 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3084 = reduce_sum %3083 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3085 = reshape %3084 : f32[256] @ models/lib/nn.yaml:84:18
%3086 = cast %3083 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3087 = matmul %3086, %1491 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3088 = reshape %3086 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3089 = reshape %1956 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3090 = matmul %3088, %3089 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3091 = cast %3087 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3092 = reduce_sum %3091 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3093 = reshape %3092 : f32[64] @ models/lib/nn.yaml:96:46
%3094 = cast %3087 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3095 = mul %3094, %1951 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3096 = reduce_sum %3095 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3097 = reshape %3096 : f32[64] @ models/lib/nn.yaml:96:37
%3098 = cast %3087 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3099 = mul %3098, %1952 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3100 = mul %3099, %1950 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3101 = cast %3087 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3102 = mul %3101, %1952 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3103 = mul %3102, %1944 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3104 = reduce_sum %3103 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3105 = mul %1949, %1949 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3106 = mul %1949, %3105 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3107 = broadcast %2856 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3108 = mul %3106, %3107 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3109 = mul %3104, %3108 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3110 = div %3109, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3111 = broadcast %3110 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3112 = mul %3111, %1944 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3113 = add %3100, %3112 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3114 = add %3113, %3112 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3115 = add %3049, %3114 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3116 = neg %3114 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3117 = reduce_sum %3116 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3118 = div %3117, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3119 = broadcast %3118 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3120 = add %3115, %3119 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3121 = mul %3120, %1938 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%3122 = div %3121, %1932 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3123 = reduce_sum %3122 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3124 = reshape %3123 : f32[64] @ models/lib/nn.yaml:84:18
%3125 = div %3121, %1932 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3126 = cast %3125 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3127 = matmul %3126, %1458 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3128 = reshape %3126 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3129 = reshape %1926 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3130 = matmul %3128, %3129 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3131 = reshape %3127 : bf16[4,9,2,32] @ models/lib/nn.yaml:57:16
%3132 = permute %3131 perm=[0,2,1,3] : bf16[4,2,9,32] @ models/lib/nn.yaml:56:13
%3133 = cast %3132 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3134 = cast %1916 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3135 = permute %3134 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%3136 = reshape %3133 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%3137 = broadcast %3136 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3138 = reshape %3135 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%3139 = broadcast %3138 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3140 = mul %3137, %3139 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3141 = reduce_sum %3140 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3142 = cast %3141 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3143 = cast %1914 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3144 = permute %3143 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3145 = cast %3132 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3146 = reshape %3144 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3147 = broadcast %3146 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3148 = reshape %3145 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%3149 = broadcast %3148 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3150 = mul %3147, %3149 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3151 = reduce_sum %3150 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3152 = cast %3151 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%3153 = cast %3142 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3154 = div %3153, %1911 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3155 = mul %3154, %1913 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3156 = neg %3155 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3157 = reduce_sum %3156 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3158 = broadcast %3157 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3159 = add %3154, %3158 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3160 = exp %1908 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3161 = mul %3159, %3160 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3162 = mul %3161, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3163 = cast %3162 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3164 = cast %3163 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3165 = cast %1890 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3166 = reshape %3164 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3167 = broadcast %3166 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3168 = reshape %3165 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3169 = broadcast %3168 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3170 = mul %3167, %3169 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3171 = reduce_sum %3170 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3172 = cast %3171 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3173 = cast %3163 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3174 = permute %3173 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3175 = cast %1888 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3176 = reshape %3174 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3177 = broadcast %3176 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3178 = reshape %3175 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3179 = broadcast %3178 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3180 = mul %3177, %3179 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3181 = reduce_sum %3180 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3182 = cast %3181 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3183 = reshape %3182 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%3184 = reshape %3152 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%3185 = reshape %3172 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%3186 = concat %3185, %3183, %3184 axis=0 : bf16[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%3187 = permute %3186 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3188 = reshape %3187 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3189 = cast %3188 : f32[4,9,192] @ models/lib/nn.yaml:67:28
%3190 = reduce_sum %3189 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3191 = reshape %3190 : f32[192] @ models/lib/nn.yaml:84:18
%3192 = permute %3186 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3193 = reshape %3192 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3194 = matmul %3193, %1426 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3195 = reshape %3192 : bf16[36,192] @ models/lib/nn.yaml:83:15
%3196 = reshape %1879 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3197 = matmul %3195, %3196 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3198 = cast %3194 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3199 = reduce_sum %3198 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3200 = reshape %3199 : f32[64] @ models/lib/nn.yaml:96:46
%3201 = cast %3194 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3202 = mul %3201, %1874 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3203 = reduce_sum %3202 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3204 = reshape %3203 : f32[64] @ models/lib/nn.yaml:96:37
%3205 = cast %3194 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3206 = mul %3205, %1875 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3207 = mul %3206, %1873 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3208 = cast %3194 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3209 = mul %3208, %1875 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3210 = mul %3209, %1867 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3211 = reduce_sum %3210 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3212 = mul %1872, %1872 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3213 = mul %1872, %3212 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3214 = mul %3213, %3107 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3215 = mul %3211, %3214 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3216 = div %3215, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3217 = broadcast %3216 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3218 = mul %3217, %1867 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3219 = add %3207, %3218 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3220 = add %3219, %3218 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3221 = add %3120, %3220 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3222 = neg %3220 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3223 = reduce_sum %3222 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3224 = div %3223, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3225 = broadcast %3224 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3226 = add %3221, %3225 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3227 = reduce_sum %3226 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3228 = reshape %3227 : f32[64] @ models/lib/nn.yaml:84:18
%3229 = cast %3226 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3230 = matmul %3229, %1404 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3231 = reshape %3229 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3232 = reshape %1858 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3233 = matmul %3231, %3232 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3234 = cast %3230 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3235 = cast %1847 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3236 = add %3235, %1848 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3237 = mul %3236, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3238 = erf %3237 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3239 = add %852, %3238 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%3240 = mul %3234, %3239 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3241 = cast %3230 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3242 = cast %1847 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3243 = add %3242, %1848 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3244 = mul %843, %3243 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3245 = mul %3241, %3244 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3246 = cast %1847 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3247 = add %3246, %1848 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3248 = mul %3247, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3249 = mul %3248, %3248 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3250 = neg %3249 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3251 = exp %3250 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3252 = mul %3251, %2699 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3253 = mul %3245, %3252 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3254 = mul %3253, %847 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3255 = mul %3240, %843 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3256 = add %3254, %3255 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3257 = reduce_sum %3256 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3258 = reshape %3257 : f32[256] @ models/lib/nn.yaml:84:18
%3259 = cast %3256 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3260 = matmul %3259, %1391 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3261 = reshape %3259 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3262 = reshape %1846 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3263 = matmul %3261, %3262 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3264 = cast %3260 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3265 = reduce_sum %3264 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3266 = reshape %3265 : f32[64] @ models/lib/nn.yaml:96:46
%3267 = cast %3260 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3268 = mul %3267, %1841 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3269 = reduce_sum %3268 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3270 = reshape %3269 : f32[64] @ models/lib/nn.yaml:96:37
%3271 = cast %3260 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3272 = mul %3271, %1842 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3273 = mul %3272, %1840 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3274 = cast %3260 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3275 = mul %3274, %1842 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3276 = mul %3275, %1834 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3277 = reduce_sum %3276 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3278 = mul %1839, %1839 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3279 = mul %1839, %3278 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3280 = mul %3279, %3107 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3281 = mul %3277, %3280 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3282 = div %3281, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3283 = broadcast %3282 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3284 = mul %3283, %1834 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3285 = add %3273, %3284 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3286 = add %3285, %3284 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3287 = add %3226, %3286 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3288 = neg %3286 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3289 = reduce_sum %3288 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3290 = div %3289, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3291 = broadcast %3290 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3292 = add %3287, %3291 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3293 = reduce_sum %3292 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3294 = reshape %3293 : f32[64] @ models/lib/nn.yaml:84:18
%3295 = cast %3292 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3296 = matmul %3295, %1369 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3297 = reshape %3295 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3298 = reshape %1824 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3299 = matmul %3297, %3298 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3300 = reshape %3296 : bf16[4,9,2,32] @ models/lib/nn.yaml:57:16
%3301 = permute %3300 perm=[0,2,1,3] : bf16[4,2,9,32] @ models/lib/nn.yaml:56:13
%3302 = cast %3301 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3303 = cast %1814 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3304 = permute %3303 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%3305 = reshape %3302 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%3306 = broadcast %3305 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3307 = reshape %3304 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%3308 = broadcast %3307 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3309 = mul %3306, %3308 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3310 = reduce_sum %3309 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3311 = cast %3310 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3312 = cast %1812 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3313 = permute %3312 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3314 = cast %3301 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3315 = reshape %3313 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3316 = broadcast %3315 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3317 = reshape %3314 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%3318 = broadcast %3317 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3319 = mul %3316, %3318 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3320 = reduce_sum %3319 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3321 = cast %3320 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%3322 = cast %3311 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3323 = div %3322, %1809 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3324 = mul %3323, %1811 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3325 = neg %3324 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3326 = reduce_sum %3325 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3327 = broadcast %3326 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3328 = add %3323, %3327 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3329 = exp %1806 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3330 = mul %3328, %3329 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3331 = mul %3330, %792 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3332 = cast %3331 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3333 = cast %3332 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3334 = cast %1788 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3335 = reshape %3333 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3336 = broadcast %3335 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3337 = reshape %3334 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3338 = broadcast %3337 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3339 = mul %3336, %3338 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3340 = reduce_sum %3339 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3341 = cast %3340 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3342 = cast %3332 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3343 = permute %3342 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3344 = cast %1786 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3345 = reshape %3343 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3346 = broadcast %3345 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3347 = reshape %3344 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3348 = broadcast %3347 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3349 = mul %3346, %3348 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3350 = reduce_sum %3349 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3351 = cast %3350 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3352 = reshape %3351 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%3353 = reshape %3321 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%3354 = reshape %3341 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%3355 = concat %3354, %3352, %3353 axis=0 : bf16[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%3356 = permute %3355 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3357 = reshape %3356 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3358 = cast %3357 : f32[4,9,192] @ models/lib/nn.yaml:67:28
%3359 = reduce_sum %3358 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3360 = reshape %3359 : f32[192] @ models/lib/nn.yaml:84:18
%3361 = permute %3355 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3362 = reshape %3361 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3363 = matmul %3362, %1337 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3364 = reshape %3361 : bf16[36,192] @ models/lib/nn.yaml:83:15
%3365 = reshape %1777 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3366 = matmul %3364, %3365 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3367 = cast %3363 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3368 = reduce_sum %3367 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3369 = reshape %3368 : f32[64] @ models/lib/nn.yaml:96:46
%3370 = cast %3363 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3371 = mul %3370, %1772 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3372 = reduce_sum %3371 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3373 = reshape %3372 : f32[64] @ models/lib/nn.yaml:96:37
%3374 = cast %3363 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3375 = mul %3374, %1773 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3376 = mul %3375, %1771 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3377 = cast %3363 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3378 = mul %3377, %1773 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3379 = mul %3378, %1765 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3380 = reduce_sum %3379 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3381 = mul %1770, %1770 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3382 = mul %1770, %3381 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3383 = mul %3382, %3107 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3384 = mul %3380, %3383 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3385 = div %3384, %754 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3386 = broadcast %3385 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3387 = mul %3386, %1765 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3388 = add %3376, %3387 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3389 = add %3388, %3387 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3390 = add %3292, %3389 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3391 = neg %3389 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3392 = reduce_sum %3391 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3393 = div %3392, %754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3394 = broadcast %3393 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3395 = add %3390, %3394 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3396 = reduce_sum %3395 axes=[0] keep=1 : f32[1,9,64] @ models/lib/vit.yaml:62:15
%3397 = cast %3396 : bf16[1,9,64] @ models/lib/vit.yaml:34:15
%3398 = reshape %3397 : bf16[3,3,64] @ models/lib/vit.yaml:36:16
%3399 = permute %3398 perm=[1,0,2] : bf16[3,3,64] @ models/lib/vit.yaml:35:13
%3400 = reshape %3399 : bf16[3,192] @ models/lib/vit.yaml:35:21
%3401 = matmul %740, %3400 ta=1 tb=0 : bf16[4,192] @ models/lib/vit.yaml:34:15
%3402 = reshape %3401 : bf16[4,3,64] @ models/lib/vit.yaml:34:17
%3403 = permute %3402 perm=[1,0,2] : bf16[3,4,64] @ models/lib/vit.yaml:33:13
%3404 = reshape %3403 : bf16[3,256] @ models/lib/vit.yaml:33:21
%3405 = matmul %740, %3404 ta=1 tb=0 : bf16[4,256] @ models/lib/vit.yaml:32:15
%3406 = reduce_sum %3395 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%3407 = reshape %3406 : f32[64] @ models/lib/vit.yaml:17:71
%3408 = reshape %3395 : f32[36,64] @ models/lib/vit.yaml:17:18
%3409 = cast %3408 : bf16[36,64] @ models/lib/vit.yaml:17:18
%3410 = reshape %732 : bf16[36,768] @ models/lib/vit.yaml:17:18
%3411 = matmul %3409, %3410 ta=1 tb=0 : bf16[64,768] @ models/lib/vit.yaml:17:18
%3412 = cast %2566 : bf16[2,16,4096] @ models/lib/dino.yaml:39:44
%3413 = cast %2554 : bf16[2,16,4096] @ models/lib/dino.yaml:39:44
%3414 = concat %3412, %3413 axis=0 : bf16[4,16,4096] @ models/dino_pass.yaml:132:27
%3415 = matmul %3414, %1743 ta=0 tb=0 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%3416 = reshape %3414 : bf16[64,4096] @ models/lib/dino.yaml:23:18
%3417 = reshape %1742 : bf16[64,64] @ models/lib/dino.yaml:23:18
%3418 = matmul %3416, %3417 ta=1 tb=0 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%3419 = cast %3418 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3420 = div %3419, %1740 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3421 = mul %3420, %1741 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3422 = neg %3421 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3423 = reduce_sum %3422 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%3424 = mul %3423, %2641 : f32[4096,1] @ models/lib/dino.yaml:22:35
%3425 = div %3424, %1739 : f32[4096,1] @ models/lib/dino.yaml:22:35
%3426 = broadcast %3425 : f32[4096,64] @ models/lib/dino.yaml:22:40
%3427 = mul %3426, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3428 = add %2648, %3427 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3429 = add %3428, %3427 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3430 = mul %3420, %1735 : f32[4096,64] @ models/lib/dino.yaml:22:22
%3431 = add %3429, %3430 : f32[4096,64] @ models/lib/dino.yaml:22:22
%3432 = cast %3415 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3433 = div %3432, %1731 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3434 = mul %3433, %1734 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3435 = neg %3434 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3436 = reduce_sum %3435 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3437 = broadcast %2654 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3438 = broadcast %224 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3439 = mul %3436, %3438 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3440 = sqrt %1728 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3441 = eq %3440, %711 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3442 = select %3441, %3439, %3437 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3443 = sqrt %1728 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3444 = gt %3443, %711 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3445 = select %3444, %3436, %3442 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3446 = mul %3445, %3438 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3447 = sqrt %1728 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3448 = div %3446, %3447 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3449 = broadcast %3448 : f32[4,16,64] @ models/lib/nn.yaml:33:29
%3450 = cast %1723 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%3451 = add %3450, %1724 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%3452 = mul %3449, %3451 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3453 = add %3433, %3452 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3454 = add %3453, %3452 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3455 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%3456 = reshape %3454 : f32[64,64] @ models/lib/nn.yaml:84:18
%3457 = matmul %3455, %3456 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3458 = reshape %3457 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3459 = reshape %3458 : f32[64] @ models/lib/nn.yaml:84:18
%3460 = add %2674, %3459 : f32[64] @ models/lib/nn.yaml:84:18
%3461 = cast %3454 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3462 = matmul %3461, %1722 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3463 = reshape %3461 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3464 = reshape %1721 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3465 = matmul %3463, %3464 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3466 = cast %2679 : f32[64,256] @ models/lib/nn.yaml:83:15
%3467 = cast %3465 : f32[64,256] @ models/lib/nn.yaml:83:15
%3468 = add %3466, %3467 : f32[64,256] @ models/lib/nn.yaml:83:15
%3469 = cast %3462 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3470 = cast %1710 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3471 = add %3470, %1711 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3472 = mul %3471, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3473 = erf %3472 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3474 = add %236, %3473 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3475 = mul %3469, %3474 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3476 = cast %3462 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3477 = cast %1710 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3478 = add %3477, %1711 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3479 = mul %225, %3478 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3480 = mul %3476, %3479 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3481 = cast %1710 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3482 = add %3481, %1711 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3483 = mul %3482, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3484 = mul %3483, %3483 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3485 = neg %3484 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3486 = exp %3485 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3487 = broadcast %2698 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3488 = mul %3486, %3487 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3489 = mul %3480, %3488 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3490 = mul %3489, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3491 = mul %3475, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3492 = add %3490, %3491 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3493 = reshape %3492 : f32[64,256] @ models/lib/nn.yaml:84:18
%3494 = matmul %3455, %3493 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3495 = reshape %3494 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3496 = reshape %3495 : f32[256] @ models/lib/nn.yaml:84:18
%3497 = add %2706, %3496 : f32[256] @ models/lib/nn.yaml:84:18
%3498 = cast %3492 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3499 = matmul %3498, %1709 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3500 = reshape %3498 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3501 = reshape %1708 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3502 = matmul %3500, %3501 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%3503 = cast %2711 : f32[256,256] @ models/lib/nn.yaml:83:15
%3504 = cast %3502 : f32[256,256] @ models/lib/nn.yaml:83:15
%3505 = add %3503, %3504 : f32[256,256] @ models/lib/nn.yaml:83:15
%3506 = cast %3499 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3507 = cast %1697 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3508 = add %3507, %1698 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3509 = mul %3508, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3510 = erf %3509 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3511 = add %236, %3510 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3512 = mul %3506, %3511 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3513 = cast %3499 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3514 = cast %1697 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3515 = add %3514, %1698 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3516 = mul %225, %3515 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3517 = mul %3513, %3516 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3518 = cast %1697 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3519 = add %3518, %1698 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3520 = mul %3519, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3521 = mul %3520, %3520 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3522 = neg %3521 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3523 = exp %3522 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3524 = mul %3523, %3487 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3525 = mul %3517, %3524 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3526 = mul %3525, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3527 = mul %3512, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3528 = add %3526, %3527 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3529 = reshape %3528 : f32[64,256] @ models/lib/nn.yaml:84:18
%3530 = matmul %3455, %3529 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3531 = reshape %3530 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3532 = reshape %3531 : f32[256] @ models/lib/nn.yaml:84:18
%3533 = add %2736, %3532 : f32[256] @ models/lib/nn.yaml:84:18
%3534 = cast %3528 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3535 = matmul %3534, %1696 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3536 = reshape %3534 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3537 = reshape %1695 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3538 = matmul %3536, %3537 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3539 = cast %2741 : f32[256,64] @ models/lib/nn.yaml:83:15
%3540 = cast %3538 : f32[256,64] @ models/lib/nn.yaml:83:15
%3541 = add %3539, %3540 : f32[256,64] @ models/lib/nn.yaml:83:15
%3542 = cast %2598 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%3543 = cast %2628 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%3544 = concat %3542, %3543 axis=0 : bf16[4,1,65536] @ models/dino_pass.yaml:132:20
%3545 = matmul %3544, %1693 ta=0 tb=0 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%3546 = reshape %3544 : bf16[4,65536] @ models/lib/dino.yaml:23:18
%3547 = reshape %1692 : bf16[4,64] @ models/lib/dino.yaml:23:18
%3548 = matmul %3546, %3547 ta=1 tb=0 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%3549 = cast %3548 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3550 = div %3549, %1690 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3551 = mul %3550, %1691 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3552 = neg %3551 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3553 = reduce_sum %3552 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%3554 = mul %3553, %2754 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3555 = div %3554, %1689 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3556 = broadcast %3555 : f32[65536,64] @ models/lib/dino.yaml:22:40
%3557 = mul %3556, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3558 = add %2761, %3557 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3559 = add %3558, %3557 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3560 = mul %3550, %1685 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3561 = add %3559, %3560 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3562 = cast %3545 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3563 = div %3562, %1683 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3564 = mul %3563, %1684 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3565 = neg %3564 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3566 = reduce_sum %3565 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3567 = mul %3566, %2768 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3568 = sqrt %1680 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3569 = eq %3568, %662 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3570 = select %3569, %3567, %2767 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3571 = sqrt %1680 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3572 = gt %3571, %662 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3573 = select %3572, %3566, %3570 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3574 = mul %3573, %2768 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3575 = sqrt %1680 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3576 = div %3574, %3575 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3577 = broadcast %3576 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%3578 = mul %3577, %1678 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3579 = add %3563, %3578 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3580 = add %3579, %3578 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3581 = reduce_sum %3580 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3582 = reshape %3581 : f32[64] @ models/lib/nn.yaml:84:18
%3583 = add %2784, %3582 : f32[64] @ models/lib/nn.yaml:84:18
%3584 = cast %3580 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3585 = matmul %3584, %1674 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3586 = reshape %3584 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3587 = reshape %1673 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3588 = matmul %3586, %3587 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3589 = cast %2789 : f32[64,256] @ models/lib/nn.yaml:83:15
%3590 = cast %3588 : f32[64,256] @ models/lib/nn.yaml:83:15
%3591 = add %3589, %3590 : f32[64,256] @ models/lib/nn.yaml:83:15
%3592 = cast %3585 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3593 = mul %1667, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3594 = erf %3593 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3595 = add %604, %3594 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3596 = mul %3592, %3595 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3597 = cast %3585 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3598 = mul %599, %1667 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3599 = mul %3597, %3598 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3600 = mul %1667, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3601 = mul %3600, %3600 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3602 = neg %3601 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3603 = exp %3602 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3604 = mul %3603, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3605 = mul %3599, %3604 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3606 = mul %3605, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3607 = mul %3596, %599 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3608 = add %3606, %3607 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3609 = reduce_sum %3608 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3610 = reshape %3609 : f32[256] @ models/lib/nn.yaml:84:18
%3611 = add %2809, %3610 : f32[256] @ models/lib/nn.yaml:84:18
%3612 = cast %3608 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3613 = matmul %3612, %1663 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3614 = reshape %3612 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3615 = reshape %1662 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3616 = matmul %3614, %3615 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%3617 = cast %2814 : f32[256,256] @ models/lib/nn.yaml:83:15
%3618 = cast %3616 : f32[256,256] @ models/lib/nn.yaml:83:15
%3619 = add %3617, %3618 : f32[256,256] @ models/lib/nn.yaml:83:15
%3620 = cast %3613 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3621 = mul %1656, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3622 = erf %3621 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3623 = add %604, %3622 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3624 = mul %3620, %3623 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3625 = cast %3613 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3626 = mul %599, %1656 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3627 = mul %3625, %3626 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3628 = mul %1656, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3629 = mul %3628, %3628 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3630 = neg %3629 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3631 = exp %3630 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3632 = mul %3631, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3633 = mul %3627, %3632 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3634 = mul %3633, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3635 = mul %3624, %599 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3636 = add %3634, %3635 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3637 = reduce_sum %3636 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3638 = reshape %3637 : f32[256] @ models/lib/nn.yaml:84:18
%3639 = add %2833, %3638 : f32[256] @ models/lib/nn.yaml:84:18
%3640 = cast %3636 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3641 = matmul %3640, %1652 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3642 = reshape %3640 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3643 = reshape %1651 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3644 = matmul %3642, %3643 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3645 = cast %2838 : f32[256,64] @ models/lib/nn.yaml:83:15
%3646 = cast %3644 : f32[256,64] @ models/lib/nn.yaml:83:15
%3647 = add %3645, %3646 : f32[256,64] @ models/lib/nn.yaml:83:15
%3648 = concat %3641, %3535 axis=1 : bf16[4,17,64] @ models/dino_pass.yaml:103:28
%3649 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%3650 = reshape %3648 : bf16[68,64] @ models/lib/nn.yaml:96:46
%3651 = matmul %3649, %3650 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3652 = reshape %3651 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3653 = reshape %3652 : f32[64] @ models/lib/nn.yaml:96:46
%3654 = add %2842, %3653 : f32[64] @ models/lib/nn.yaml:96:46
%3655 = cast %3648 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3656 = mul %3655, %1645 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3657 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%3658 = reshape %3656 : f32[68,64] @ models/lib/nn.yaml:96:37
%3659 = matmul %3657, %3658 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3660 = reshape %3659 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3661 = reshape %3660 : f32[64] @ models/lib/nn.yaml:96:37
%3662 = add %2846, %3661 : f32[64] @ models/lib/nn.yaml:96:37
%3663 = cast %3648 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3664 = mul %3663, %1646 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3665 = mul %3664, %1644 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3666 = cast %3648 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3667 = mul %3666, %1646 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3668 = mul %3667, %1638 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3669 = reduce_sum %3668 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3670 = mul %1643, %1643 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3671 = mul %1643, %3670 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3672 = broadcast %2856 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3673 = mul %3671, %3672 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3674 = mul %3669, %3673 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3675 = div %3674, %497 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3676 = broadcast %3675 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3677 = mul %3676, %1638 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3678 = add %3665, %3677 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3679 = add %3678, %3677 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3680 = neg %3679 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3681 = reduce_sum %3680 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3682 = div %3681, %497 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3683 = broadcast %3682 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3684 = add %3679, %3683 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3685 = slice %3684 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%3686 = slice %3684 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:111:21
%3687 = reduce_sum %3685 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3688 = reshape %3687 : f32[64] @ models/lib/nn.yaml:84:18
%3689 = add %2873, %3688 : f32[64] @ models/lib/nn.yaml:84:18
%3690 = cast %3685 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3691 = matmul %3690, %1628 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3692 = reshape %3690 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3693 = reshape %1627 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3694 = matmul %3692, %3693 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3695 = cast %2878 : f32[64,256] @ models/lib/nn.yaml:83:15
%3696 = cast %3694 : f32[64,256] @ models/lib/nn.yaml:83:15
%3697 = add %3695, %3696 : f32[64,256] @ models/lib/nn.yaml:83:15
%3698 = cast %3691 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3699 = mul %1621, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3700 = erf %3699 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3701 = add %604, %3700 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3702 = mul %3698, %3701 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3703 = cast %3691 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3704 = mul %599, %1621 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3705 = mul %3703, %3704 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3706 = mul %1621, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3707 = mul %3706, %3706 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3708 = neg %3707 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3709 = exp %3708 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3710 = mul %3709, %2802 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3711 = mul %3705, %3710 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3712 = mul %3711, %601 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3713 = mul %3702, %599 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3714 = add %3712, %3713 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3715 = reduce_sum %3714 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3716 = reshape %3715 : f32[256] @ models/lib/nn.yaml:84:18
%3717 = add %2897, %3716 : f32[256] @ models/lib/nn.yaml:84:18
%3718 = cast %3714 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3719 = matmul %3718, %1617 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3720 = reshape %3718 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3721 = reshape %1616 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3722 = matmul %3720, %3721 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3723 = cast %2902 : f32[256,64] @ models/lib/nn.yaml:83:15
%3724 = cast %3722 : f32[256,64] @ models/lib/nn.yaml:83:15
%3725 = add %3723, %3724 : f32[256,64] @ models/lib/nn.yaml:83:15
%3726 = cast %3719 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3727 = reduce_sum %3726 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3728 = reshape %3727 : f32[64] @ models/lib/nn.yaml:96:46
%3729 = add %2905, %3728 : f32[64] @ models/lib/nn.yaml:96:46
%3730 = cast %3719 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3731 = mul %3730, %1612 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3732 = cast %3719 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3733 = mul %3732, %1611 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3734 = reduce_sum %3733 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3735 = reshape %3734 : f32[64] @ models/lib/nn.yaml:96:37
%3736 = add %2911, %3735 : f32[64] @ models/lib/nn.yaml:96:37
%3737 = mul %3731, %1610 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3738 = mul %3731, %1604 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3739 = reduce_sum %3738 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3740 = mul %1609, %1609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3741 = mul %1609, %3740 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3742 = mul %3741, %2917 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3743 = mul %3739, %3742 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3744 = div %3743, %578 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3745 = broadcast %3744 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%3746 = mul %3745, %1604 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3747 = add %3737, %3746 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3748 = add %3747, %3746 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3749 = add %3685, %3748 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3750 = neg %3748 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3751 = reduce_sum %3750 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3752 = div %3751, %578 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3753 = broadcast %3752 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3754 = add %3749, %3753 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3755 = reduce_sum %3754 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3756 = reshape %3755 : f32[64] @ models/lib/nn.yaml:84:18
%3757 = add %2932, %3756 : f32[64] @ models/lib/nn.yaml:84:18
%3758 = cast %3754 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3759 = matmul %3758, %1595 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3760 = reshape %3758 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3761 = reshape %1593 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3762 = matmul %3760, %3761 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3763 = cast %2937 : f32[64,64] @ models/lib/nn.yaml:83:15
%3764 = cast %3762 : f32[64,64] @ models/lib/nn.yaml:83:15
%3765 = add %3763, %3764 : f32[64,64] @ models/lib/nn.yaml:83:15
%3766 = reshape %3759 : bf16[4,1,2,32] @ models/lib/nn.yaml:57:16
%3767 = permute %3766 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/nn.yaml:56:13
%3768 = cast %3767 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%3769 = cast %1583 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3770 = permute %3769 perm=[0,1,3,2] : f32[4,2,32,17] @ models/lib/nn.yaml:56:23
%3771 = reshape %3768 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%3772 = broadcast %3771 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3773 = reshape %3770 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3774 = broadcast %3773 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3775 = mul %3772, %3774 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3776 = reduce_sum %3775 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3777 = cast %3776 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%3778 = cast %1580 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3779 = permute %3778 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3780 = cast %3767 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%3781 = broadcast %3779 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3782 = broadcast %3780 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3783 = mul %3781, %3782 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3784 = cast %3783 : bf16[4,2,17,32] @ models/lib/nn.yaml:56:23
%3785 = cast %3777 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3786 = div %3785, %1577 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3787 = mul %3786, %1579 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3788 = neg %3787 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3789 = reduce_sum %3788 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3790 = broadcast %3789 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3791 = add %3786, %3790 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3792 = exp %1574 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3793 = mul %3791, %3792 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3794 = mul %3793, %543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3795 = cast %3794 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%3796 = cast %3795 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%3797 = cast %1556 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3798 = reshape %3796 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3799 = broadcast %3798 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3800 = reshape %3797 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3801 = broadcast %3800 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3802 = mul %3799, %3801 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3803 = reduce_sum %3802 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%3804 = cast %3803 : bf16[4,2,1,32] @ models/lib/nn.yaml:55:23
%3805 = cast %3795 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%3806 = permute %3805 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3807 = cast %1553 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%3808 = broadcast %3806 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3809 = broadcast %3807 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3810 = mul %3808, %3809 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3811 = cast %3810 : bf16[4,2,17,32] @ models/lib/nn.yaml:55:23
%3812 = cast %3784 : f32[4,2,17,32] @ models/lib/vit.yaml:80:14
%3813 = permute %3812 perm=[0,2,1,3] : f32[4,17,2,32] @ models/lib/vit.yaml:80:14
%3814 = reshape %3813 : f32[4,17,64] @ models/lib/vit.yaml:80:22
%3815 = reshape %3814 : f32[68,64] @ models/lib/nn.yaml:84:18
%3816 = matmul %3657, %3815 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3817 = reshape %3816 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3818 = reshape %3817 : f32[64] @ models/lib/nn.yaml:84:18
%3819 = add %2988, %3818 : f32[64] @ models/lib/nn.yaml:84:18
%3820 = permute %3784 perm=[0,2,1,3] : bf16[4,17,2,32] @ models/lib/vit.yaml:80:14
%3821 = reshape %3820 : bf16[4,17,64] @ models/lib/vit.yaml:80:22
%3822 = matmul %3821, %1546 ta=0 tb=0 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%3823 = reshape %3820 : bf16[68,64] @ models/lib/nn.yaml:83:15
%3824 = reshape %1534 : bf16[68,64] @ models/lib/nn.yaml:83:15
%3825 = matmul %3823, %3824 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3826 = cast %2994 : f32[64,64] @ models/lib/nn.yaml:83:15
%3827 = cast %3825 : f32[64,64] @ models/lib/nn.yaml:83:15
%3828 = add %3826, %3827 : f32[64,64] @ models/lib/nn.yaml:83:15
%3829 = cast %3811 : f32[4,2,17,32] @ models/lib/vit.yaml:79:14
%3830 = permute %3829 perm=[0,2,1,3] : f32[4,17,2,32] @ models/lib/vit.yaml:79:14
%3831 = reshape %3830 : f32[4,17,64] @ models/lib/vit.yaml:79:22
%3832 = reshape %3831 : f32[68,64] @ models/lib/nn.yaml:84:18
%3833 = matmul %3657, %3832 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3834 = reshape %3833 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3835 = reshape %3834 : f32[64] @ models/lib/nn.yaml:84:18
%3836 = add %2999, %3835 : f32[64] @ models/lib/nn.yaml:84:18
%3837 = permute %3811 perm=[0,2,1,3] : bf16[4,17,2,32] @ models/lib/vit.yaml:79:14
%3838 = reshape %3837 : bf16[4,17,64] @ models/lib/vit.yaml:79:22
%3839 = matmul %3838, %1541 ta=0 tb=0 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%3840 = cast %3822 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3841 = cast %3839 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3842 = add %3840, %3841 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3843 = reshape %3837 : bf16[68,64] @ models/lib/nn.yaml:83:15
%3844 = matmul %3843, %3824 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3845 = cast %3007 : f32[64,64] @ models/lib/nn.yaml:83:15
%3846 = cast %3844 : f32[64,64] @ models/lib/nn.yaml:83:15
%3847 = add %3845, %3846 : f32[64,64] @ models/lib/nn.yaml:83:15
%3848 = permute %3804 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3849 = reshape %3848 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3850 = cast %3849 : f32[4,1,64] @ models/lib/vit.yaml:78:14
%3851 = reduce_sum %3850 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3852 = reshape %3851 : f32[64] @ models/lib/nn.yaml:84:18
%3853 = add %3012, %3852 : f32[64] @ models/lib/nn.yaml:84:18
%3854 = permute %3804 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3855 = reshape %3854 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3856 = matmul %3855, %1536 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3857 = reshape %3854 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3858 = reshape %1535 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3859 = matmul %3857, %3858 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3860 = cast %3018 : f32[64,64] @ models/lib/nn.yaml:83:15
%3861 = cast %3859 : f32[64,64] @ models/lib/nn.yaml:83:15
%3862 = add %3860, %3861 : f32[64,64] @ models/lib/nn.yaml:83:15
%3863 = cast %3856 : f32[4,1,64] @ models/lib/vit.yaml:78:33
%3864 = pad %3863 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3865 = add %3842, %3864 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3866 = reshape %3865 : f32[68,64] @ models/lib/nn.yaml:96:46
%3867 = matmul %3657, %3866 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3868 = reshape %3867 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3869 = reshape %3868 : f32[64] @ models/lib/nn.yaml:96:46
%3870 = add %3023, %3869 : f32[64] @ models/lib/nn.yaml:96:46
%3871 = mul %3865, %1529 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3872 = reshape %3871 : f32[68,64] @ models/lib/nn.yaml:96:37
%3873 = matmul %3657, %3872 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3874 = reshape %3873 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3875 = reshape %3874 : f32[64] @ models/lib/nn.yaml:96:37
%3876 = add %3026, %3875 : f32[64] @ models/lib/nn.yaml:96:37
%3877 = mul %3865, %1530 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3878 = mul %3877, %1528 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3879 = mul %3865, %1530 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3880 = mul %3879, %1522 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3881 = reduce_sum %3880 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3882 = mul %1527, %1527 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3883 = mul %1527, %3882 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3884 = mul %3883, %3672 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3885 = mul %3881, %3884 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3886 = div %3885, %497 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3887 = broadcast %3886 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3888 = mul %3887, %1522 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3889 = add %3878, %3888 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3890 = add %3889, %3888 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3891 = neg %3890 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3892 = reduce_sum %3891 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3893 = div %3892, %497 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3894 = broadcast %3893 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3895 = add %3890, %3894 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3896 = slice %3895 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3897 = add %3754, %3896 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3898 = slice %3895 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3899 = add %3686, %3898 : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3900 = reduce_sum %3897 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3901 = add %3050, %3900 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3902 = mul %3899, %1514 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3903 = div %3902, %1464 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3904 = reshape %3903 : f32[64,64] @ models/lib/nn.yaml:84:18
%3905 = matmul %3455, %3904 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3906 = reshape %3905 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3907 = reshape %3906 : f32[64] @ models/lib/nn.yaml:84:18
%3908 = add %3054, %3907 : f32[64] @ models/lib/nn.yaml:84:18
%3909 = cast %3903 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3910 = matmul %3909, %1504 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3911 = reshape %3909 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3912 = reshape %1503 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3913 = matmul %3911, %3912 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3914 = cast %3060 : f32[64,256] @ models/lib/nn.yaml:83:15
%3915 = cast %3913 : f32[64,256] @ models/lib/nn.yaml:83:15
%3916 = add %3914, %3915 : f32[64,256] @ models/lib/nn.yaml:83:15
%3917 = cast %3910 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3918 = cast %1492 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3919 = add %3918, %1493 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3920 = mul %3919, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3921 = erf %3920 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3922 = add %236, %3921 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3923 = mul %3917, %3922 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3924 = cast %3910 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3925 = cast %1492 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3926 = add %3925, %1493 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3927 = mul %225, %3926 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3928 = mul %3924, %3927 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3929 = cast %1492 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3930 = add %3929, %1493 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3931 = mul %3930, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3932 = mul %3931, %3931 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3933 = neg %3932 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3934 = exp %3933 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3935 = mul %3934, %3487 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3936 = mul %3928, %3935 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3937 = mul %3936, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3938 = mul %3923, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3939 = add %3937, %3938 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3940 = reshape %3939 : f32[64,256] @ models/lib/nn.yaml:84:18
%3941 = matmul %3455, %3940 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3942 = reshape %3941 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3943 = reshape %3942 : f32[256] @ models/lib/nn.yaml:84:18
%3944 = add %3085, %3943 : f32[256] @ models/lib/nn.yaml:84:18
%3945 = cast %3939 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3946 = matmul %3945, %1491 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3947 = reshape %3945 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3948 = reshape %1490 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3949 = matmul %3947, %3948 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3950 = cast %3090 : f32[256,64] @ models/lib/nn.yaml:83:15
%3951 = cast %3949 : f32[256,64] @ models/lib/nn.yaml:83:15
%3952 = add %3950, %3951 : f32[256,64] @ models/lib/nn.yaml:83:15
%3953 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:96:46
%3954 = reshape %3946 : bf16[64,64] @ models/lib/nn.yaml:96:46
%3955 = matmul %3953, %3954 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3956 = reshape %3955 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3957 = reshape %3956 : f32[64] @ models/lib/nn.yaml:96:46
%3958 = add %3093, %3957 : f32[64] @ models/lib/nn.yaml:96:46
%3959 = cast %3946 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3960 = mul %3959, %1485 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3961 = reshape %3960 : f32[64,64] @ models/lib/nn.yaml:96:37
%3962 = matmul %3455, %3961 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3963 = reshape %3962 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3964 = reshape %3963 : f32[64] @ models/lib/nn.yaml:96:37
%3965 = add %3097, %3964 : f32[64] @ models/lib/nn.yaml:96:37
%3966 = cast %3946 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3967 = mul %3966, %1486 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3968 = mul %3967, %1484 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3969 = cast %3946 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3970 = mul %3969, %1486 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3971 = mul %3970, %1478 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3972 = reduce_sum %3971 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3973 = mul %1483, %1483 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3974 = mul %1483, %3973 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3975 = broadcast %2856 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3976 = mul %3974, %3975 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3977 = mul %3972, %3976 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3978 = div %3977, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3979 = broadcast %3978 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3980 = mul %3979, %1478 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3981 = add %3968, %3980 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3982 = add %3981, %3980 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3983 = add %3899, %3982 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3984 = neg %3982 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3985 = reduce_sum %3984 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3986 = div %3985, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3987 = broadcast %3986 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3988 = add %3983, %3987 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3989 = mul %3988, %1472 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3990 = div %3989, %1464 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3991 = reshape %3990 : f32[64,64] @ models/lib/nn.yaml:84:18
%3992 = matmul %3455, %3991 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3993 = reshape %3992 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3994 = reshape %3993 : f32[64] @ models/lib/nn.yaml:84:18
%3995 = add %3124, %3994 : f32[64] @ models/lib/nn.yaml:84:18
%3996 = cast %3990 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3997 = matmul %3996, %1458 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3998 = reshape %3996 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3999 = reshape %1456 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4000 = matmul %3998, %3999 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4001 = cast %3130 : f32[64,64] @ models/lib/nn.yaml:83:15
%4002 = cast %4000 : f32[64,64] @ models/lib/nn.yaml:83:15
%4003 = add %4001, %4002 : f32[64,64] @ models/lib/nn.yaml:83:15
%4004 = reshape %3997 : bf16[4,16,2,32] @ models/lib/nn.yaml:57:16
%4005 = permute %4004 perm=[0,2,1,3] : bf16[4,2,16,32] @ models/lib/nn.yaml:56:13
%4006 = matmul %4005, %1454 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4007 = matmul %1452, %4005 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%4008 = cast %4006 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4009 = div %4008, %1449 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4010 = mul %4009, %1451 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4011 = neg %4010 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4012 = reduce_sum %4011 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4013 = broadcast %4012 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4014 = add %4009, %4013 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4015 = exp %1446 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4016 = mul %4014, %4015 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4017 = mul %4016, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4018 = cast %4017 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4019 = matmul %4018, %1437 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4020 = matmul %4018, %1435 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4021 = reshape %4020 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%4022 = reshape %4007 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%4023 = reshape %4019 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%4024 = concat %4023, %4021, %4022 axis=0 : bf16[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%4025 = cast %4024 : f32[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%4026 = permute %4025 perm=[1,3,0,2,4] : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%4027 = reshape %4026 : f32[4,16,192] @ models/lib/nn.yaml:66:21
%4028 = reshape %4027 : f32[64,192] @ models/lib/nn.yaml:84:18
%4029 = matmul %3455, %4028 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%4030 = reshape %4029 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%4031 = reshape %4030 : f32[192] @ models/lib/nn.yaml:84:18
%4032 = add %3191, %4031 : f32[192] @ models/lib/nn.yaml:84:18
%4033 = permute %4024 perm=[1,3,0,2,4] : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%4034 = reshape %4033 : bf16[4,16,192] @ models/lib/nn.yaml:66:21
%4035 = matmul %4034, %1426 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4036 = reshape %4033 : bf16[64,192] @ models/lib/nn.yaml:83:15
%4037 = reshape %1425 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4038 = matmul %4036, %4037 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%4039 = cast %3197 : f32[192,64] @ models/lib/nn.yaml:83:15
%4040 = cast %4038 : f32[192,64] @ models/lib/nn.yaml:83:15
%4041 = add %4039, %4040 : f32[192,64] @ models/lib/nn.yaml:83:15
%4042 = reshape %4035 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4043 = matmul %3953, %4042 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4044 = reshape %4043 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%4045 = reshape %4044 : f32[64] @ models/lib/nn.yaml:96:46
%4046 = add %3200, %4045 : f32[64] @ models/lib/nn.yaml:96:46
%4047 = cast %4035 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4048 = mul %4047, %1420 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4049 = reshape %4048 : f32[64,64] @ models/lib/nn.yaml:96:37
%4050 = matmul %3455, %4049 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4051 = reshape %4050 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%4052 = reshape %4051 : f32[64] @ models/lib/nn.yaml:96:37
%4053 = add %3204, %4052 : f32[64] @ models/lib/nn.yaml:96:37
%4054 = cast %4035 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4055 = mul %4054, %1421 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4056 = mul %4055, %1419 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4057 = cast %4035 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4058 = mul %4057, %1421 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4059 = mul %4058, %1413 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4060 = reduce_sum %4059 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4061 = mul %1418, %1418 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4062 = mul %1418, %4061 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4063 = mul %4062, %3975 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4064 = mul %4060, %4063 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4065 = div %4064, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4066 = broadcast %4065 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4067 = mul %4066, %1413 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4068 = add %4056, %4067 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4069 = add %4068, %4067 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4070 = add %3988, %4069 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4071 = neg %4069 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4072 = reduce_sum %4071 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4073 = div %4072, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4074 = broadcast %4073 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4075 = add %4070, %4074 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4076 = reshape %4075 : f32[64,64] @ models/lib/nn.yaml:84:18
%4077 = matmul %3455, %4076 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4078 = reshape %4077 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4079 = reshape %4078 : f32[64] @ models/lib/nn.yaml:84:18
%4080 = add %3228, %4079 : f32[64] @ models/lib/nn.yaml:84:18
%4081 = cast %4075 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4082 = matmul %4081, %1404 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%4083 = reshape %4081 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4084 = reshape %1403 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4085 = matmul %4083, %4084 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4086 = cast %3233 : f32[64,256] @ models/lib/nn.yaml:83:15
%4087 = cast %4085 : f32[64,256] @ models/lib/nn.yaml:83:15
%4088 = add %4086, %4087 : f32[64,256] @ models/lib/nn.yaml:83:15
%4089 = cast %4082 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4090 = cast %1392 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4091 = add %4090, %1393 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4092 = mul %4091, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4093 = erf %4092 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4094 = add %236, %4093 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%4095 = mul %4089, %4094 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4096 = cast %4082 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4097 = cast %1392 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4098 = add %4097, %1393 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4099 = mul %225, %4098 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4100 = mul %4096, %4099 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4101 = cast %1392 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4102 = add %4101, %1393 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4103 = mul %4102, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4104 = mul %4103, %4103 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4105 = neg %4104 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4106 = exp %4105 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4107 = mul %4106, %3487 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4108 = mul %4100, %4107 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4109 = mul %4108, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4110 = mul %4095, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4111 = add %4109, %4110 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4112 = reshape %4111 : f32[64,256] @ models/lib/nn.yaml:84:18
%4113 = matmul %3455, %4112 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%4114 = reshape %4113 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%4115 = reshape %4114 : f32[256] @ models/lib/nn.yaml:84:18
%4116 = add %3258, %4115 : f32[256] @ models/lib/nn.yaml:84:18
%4117 = cast %4111 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%4118 = matmul %4117, %1391 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4119 = reshape %4117 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4120 = reshape %1390 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4121 = matmul %4119, %4120 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%4122 = cast %3263 : f32[256,64] @ models/lib/nn.yaml:83:15
%4123 = cast %4121 : f32[256,64] @ models/lib/nn.yaml:83:15
%4124 = add %4122, %4123 : f32[256,64] @ models/lib/nn.yaml:83:15
%4125 = reshape %4118 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4126 = matmul %3953, %4125 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4127 = reshape %4126 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%4128 = reshape %4127 : f32[64] @ models/lib/nn.yaml:96:46
%4129 = add %3266, %4128 : f32[64] @ models/lib/nn.yaml:96:46
%4130 = cast %4118 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4131 = mul %4130, %1385 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4132 = reshape %4131 : f32[64,64] @ models/lib/nn.yaml:96:37
%4133 = matmul %3455, %4132 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4134 = reshape %4133 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%4135 = reshape %4134 : f32[64] @ models/lib/nn.yaml:96:37
%4136 = add %3270, %4135 : f32[64] @ models/lib/nn.yaml:96:37
%4137 = cast %4118 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4138 = mul %4137, %1386 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4139 = mul %4138, %1384 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4140 = cast %4118 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4141 = mul %4140, %1386 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4142 = mul %4141, %1378 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4143 = reduce_sum %4142 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4144 = mul %1383, %1383 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4145 = mul %1383, %4144 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4146 = mul %4145, %3975 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4147 = mul %4143, %4146 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4148 = div %4147, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4149 = broadcast %4148 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4150 = mul %4149, %1378 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4151 = add %4139, %4150 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4152 = add %4151, %4150 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4153 = add %4075, %4152 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4154 = neg %4152 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4155 = reduce_sum %4154 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4156 = div %4155, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4157 = broadcast %4156 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4158 = add %4153, %4157 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4159 = reshape %4158 : f32[64,64] @ models/lib/nn.yaml:84:18
%4160 = matmul %3455, %4159 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4161 = reshape %4160 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4162 = reshape %4161 : f32[64] @ models/lib/nn.yaml:84:18
%4163 = add %3294, %4162 : f32[64] @ models/lib/nn.yaml:84:18
%4164 = cast %4158 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4165 = matmul %4164, %1369 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4166 = reshape %4164 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4167 = reshape %1367 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4168 = matmul %4166, %4167 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4169 = cast %3299 : f32[64,64] @ models/lib/nn.yaml:83:15
%4170 = cast %4168 : f32[64,64] @ models/lib/nn.yaml:83:15
%4171 = add %4169, %4170 : f32[64,64] @ models/lib/nn.yaml:83:15
%4172 = reshape %4165 : bf16[4,16,2,32] @ models/lib/nn.yaml:57:16
%4173 = permute %4172 perm=[0,2,1,3] : bf16[4,2,16,32] @ models/lib/nn.yaml:56:13
%4174 = matmul %4173, %1365 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4175 = matmul %1363, %4173 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%4176 = cast %4174 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4177 = div %4176, %1360 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4178 = mul %4177, %1362 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4179 = neg %4178 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4180 = reduce_sum %4179 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4181 = broadcast %4180 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4182 = add %4177, %4181 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4183 = exp %1357 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4184 = mul %4182, %4183 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4185 = mul %4184, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4186 = cast %4185 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4187 = matmul %4186, %1348 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4188 = matmul %4186, %1346 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4189 = reshape %4188 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%4190 = reshape %4175 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%4191 = reshape %4187 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%4192 = concat %4191, %4189, %4190 axis=0 : bf16[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%4193 = cast %4192 : f32[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%4194 = permute %4193 perm=[1,3,0,2,4] : f32[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%4195 = reshape %4194 : f32[4,16,192] @ models/lib/nn.yaml:66:21
%4196 = reshape %4195 : f32[64,192] @ models/lib/nn.yaml:84:18
%4197 = matmul %3455, %4196 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%4198 = reshape %4197 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%4199 = reshape %4198 : f32[192] @ models/lib/nn.yaml:84:18
%4200 = add %3360, %4199 : f32[192] @ models/lib/nn.yaml:84:18
%4201 = permute %4192 perm=[1,3,0,2,4] : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:13
%4202 = reshape %4201 : bf16[4,16,192] @ models/lib/nn.yaml:66:21
%4203 = matmul %4202, %1337 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4204 = reshape %4201 : bf16[64,192] @ models/lib/nn.yaml:83:15
%4205 = reshape %1336 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4206 = matmul %4204, %4205 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%4207 = cast %3366 : f32[192,64] @ models/lib/nn.yaml:83:15
%4208 = cast %4206 : f32[192,64] @ models/lib/nn.yaml:83:15
%4209 = add %4207, %4208 : f32[192,64] @ models/lib/nn.yaml:83:15
%4210 = reshape %4203 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4211 = matmul %3953, %4210 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4212 = reshape %4211 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%4213 = reshape %4212 : f32[64] @ models/lib/nn.yaml:96:46
%4214 = add %3369, %4213 : f32[64] @ models/lib/nn.yaml:96:46
%4215 = cast %4203 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4216 = mul %4215, %1331 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4217 = reshape %4216 : f32[64,64] @ models/lib/nn.yaml:96:37
%4218 = matmul %3455, %4217 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4219 = reshape %4218 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%4220 = reshape %4219 : f32[64] @ models/lib/nn.yaml:96:37
%4221 = add %3373, %4220 : f32[64] @ models/lib/nn.yaml:96:37
%4222 = cast %4203 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4223 = mul %4222, %1332 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4224 = mul %4223, %1330 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4225 = cast %4203 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4226 = mul %4225, %1332 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4227 = mul %4226, %1324 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4228 = reduce_sum %4227 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4229 = mul %1329, %1329 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4230 = mul %1329, %4229 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4231 = mul %4230, %3975 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4232 = mul %4228, %4231 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4233 = div %4232, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4234 = broadcast %4233 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4235 = mul %4234, %1324 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4236 = add %4224, %4235 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4237 = add %4236, %4235 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4238 = add %4158, %4237 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4239 = neg %4237 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4240 = reduce_sum %4239 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4241 = div %4240, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4242 = broadcast %4241 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4243 = add %4238, %4242 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4244 = reduce_sum %4243 axes=[0] keep=1 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%4245 = reshape %3405 : bf16[1,16,64] @ models/lib/vit.yaml:32:17
%4246 = cast %4245 : f32[1,16,64] @ models/lib/vit.yaml:32:17
%4247 = add %4246, %4244 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%4248 = reshape %4243 : f32[64,64] @ models/lib/vit.yaml:17:71
%4249 = matmul %3455, %4248 ta=0 tb=0 : f32[1,64] @ models/lib/vit.yaml:17:71
%4250 = reshape %4249 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%4251 = reshape %4250 : f32[64] @ models/lib/vit.yaml:17:71
%4252 = add %3407, %4251 : f32[64] @ models/lib/vit.yaml:17:71
%4253 = reshape %4243 : f32[64,64] @ models/lib/vit.yaml:17:18
%4254 = cast %4253 : bf16[64,64] @ models/lib/vit.yaml:17:18
%4255 = reshape %136 : bf16[64,768] @ models/lib/vit.yaml:17:18
%4256 = matmul %4254, %4255 ta=1 tb=0 : bf16[64,768] @ models/lib/vit.yaml:17:18
%4257 = reshape %3411 : bf16[64,3,16,16] @ models/lib/vit.yaml:17:20
%4258 = cast %4257 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4259 = reshape %4256 : bf16[64,3,16,16] @ models/lib/vit.yaml:17:20
%4260 = cast %4259 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4261 = add %4258, %4260 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4262 = all_reduce_sum %4247 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4263 = reshape %4262 : f32[1024] @ models/lib/vit.yaml:48:7
%4264 = mul %4263, %4263 : f32[1024] @ models/lib/vit.yaml:48:7
%4265 = reduce_sum %4264 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4266 = sqrt %4265 : f32[] @ models/lib/vit.yaml:48:7
%4267 = cast %4266 : f64[] @ models/lib/vit.yaml:48:7
%4268 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4269 = add %4267, %4268 : f64[] @ models/lib/vit.yaml:48:7
%4270 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4271 = div %4270, %4269 : f64[] @ models/lib/vit.yaml:48:7
%4272 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4273 = lt %4271, %4272 : bool[] @ models/lib/vit.yaml:48:7
%4274 = cast %4271 : f32[] @ models/lib/vit.yaml:48:7
%4275 = broadcast %4274 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4276 = mul %4262, %4275 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4277 = broadcast %4273 : bool[1,16,64] @ models/lib/vit.yaml:48:7
%4278 = select %4277, %4276, %4262 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4279 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4280 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4281 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4282 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4283 = add %4281, %4282 : i64[] @ models/lib/vit.yaml:48:7
%4284 = mul %2508, %2509 : f64[] @ models/lib/vit.yaml:48:7
%4285 = sub %4272, %4284 : f64[] @ models/lib/vit.yaml:48:7
%4286 = cast %4285 : f32[] @ models/lib/vit.yaml:48:7
%4287 = broadcast %4286 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4288 = mul %7, %4287 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4289 = broadcast %2185 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4290 = mul %4278, %4289 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4291 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4292 = broadcast %1463 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4293 = mul %4279, %4292 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4294 = add %4293, %4290 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4295 = mul %4278, %4278 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4296 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%4297 = broadcast %4296 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4298 = mul %4295, %4297 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4299 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4300 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%4301 = broadcast %4300 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4302 = mul %4280, %4301 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4303 = add %4302, %4298 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4304 = cast %4283 : f64[] @ models/lib/vit.yaml:48:7
%4305 = pow %4291, %4304 : f64[] @ models/lib/vit.yaml:48:7
%4306 = sub %4272, %4305 : f64[] @ models/lib/vit.yaml:48:7
%4307 = div %2508, %4306 : f64[] @ models/lib/vit.yaml:48:7
%4308 = pow %4299, %4304 : f64[] @ models/lib/vit.yaml:48:7
%4309 = sub %4272, %4308 : f64[] @ models/lib/vit.yaml:48:7
%4310 = sqrt %4309 : f64[] @ models/lib/vit.yaml:48:7
%4311 = div %4272, %4310 : f64[] @ models/lib/vit.yaml:48:7
%4312 = sqrt %4303 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4313 = cast %4311 : f32[] @ models/lib/vit.yaml:48:7
%4314 = broadcast %4313 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4315 = mul %4312, %4314 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4316 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%4317 = broadcast %4316 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4318 = add %4315, %4317 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4319 = div %4294, %4318 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4320 = cast %4307 : f32[] @ models/lib/vit.yaml:48:7
%4321 = broadcast %4320 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4322 = mul %4319, %4321 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4323 = sub %4288, %4322 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4324 = assign %7, %4323 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4325 = assign %4279, %4294 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4326 = assign %4280, %4303 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4327 = assign %4281, %4283 : i64[] @ models/lib/vit.yaml:48:7
%4328 = broadcast %3 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4329 = mul %69, %4328 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4330 = sub %4272, %2510 : f64[] @ models/lib/vit.yaml:48:7
%4331 = cast %4330 : f32[] @ models/lib/vit.yaml:48:7
%4332 = broadcast %4331 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4333 = mul %4323, %4332 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4334 = add %4329, %4333 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4335 = assign %69, %4334 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4336 = all_reduce_sum %4261 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4337 = reshape %4336 : f32[49152] @ models/lib/vit.yaml:9:7
%4338 = mul %4337, %4337 : f32[49152] @ models/lib/vit.yaml:9:7
%4339 = reduce_sum %4338 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4340 = sqrt %4339 : f32[] @ models/lib/vit.yaml:9:7
%4341 = cast %4340 : f64[] @ models/lib/vit.yaml:9:7
%4342 = add %4341, %4268 : f64[] @ models/lib/vit.yaml:9:7
%4343 = div %4270, %4342 : f64[] @ models/lib/vit.yaml:9:7
%4344 = lt %4343, %4272 : bool[] @ models/lib/vit.yaml:9:7
%4345 = cast %4343 : f32[] @ models/lib/vit.yaml:9:7
%4346 = broadcast %4345 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4347 = mul %4336, %4346 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4348 = broadcast %4344 : bool[64,3,16,16] @ models/lib/vit.yaml:9:7
%4349 = select %4348, %4347, %4336 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4350 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4351 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4352 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4353 = add %4352, %4282 : i64[] @ models/lib/vit.yaml:9:7
%4354 = broadcast %4286 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4355 = mul %8, %4354 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4356 = broadcast %2185 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4357 = mul %4349, %4356 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4358 = broadcast %1463 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4359 = mul %4350, %4358 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4360 = add %4359, %4357 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4361 = mul %4349, %4349 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4362 = broadcast %4296 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4363 = mul %4361, %4362 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4364 = broadcast %4300 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4365 = mul %4351, %4364 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4366 = add %4365, %4363 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4367 = cast %4353 : f64[] @ models/lib/vit.yaml:9:7
%4368 = pow %4291, %4367 : f64[] @ models/lib/vit.yaml:9:7
%4369 = sub %4272, %4368 : f64[] @ models/lib/vit.yaml:9:7
%4370 = div %2508, %4369 : f64[] @ models/lib/vit.yaml:9:7
%4371 = pow %4299, %4367 : f64[] @ models/lib/vit.yaml:9:7
%4372 = sub %4272, %4371 : f64[] @ models/lib/vit.yaml:9:7
%4373 = sqrt %4372 : f64[] @ models/lib/vit.yaml:9:7
%4374 = div %4272, %4373 : f64[] @ models/lib/vit.yaml:9:7
%4375 = sqrt %4366 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4376 = cast %4374 : f32[] @ models/lib/vit.yaml:9:7
%4377 = broadcast %4376 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4378 = mul %4375, %4377 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4379 = broadcast %4316 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4380 = add %4378, %4379 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4381 = div %4360, %4380 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4382 = cast %4370 : f32[] @ models/lib/vit.yaml:9:7
%4383 = broadcast %4382 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4384 = mul %4381, %4383 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4385 = sub %4355, %4384 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4386 = assign %8, %4385 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4387 = assign %4350, %4360 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4388 = assign %4351, %4366 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4389 = assign %4352, %4353 : i64[] @ models/lib/vit.yaml:9:7
%4390 = broadcast %3 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4391 = mul %70, %4390 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4392 = broadcast %4331 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4393 = mul %4385, %4392 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4394 = add %4391, %4393 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4395 = assign %70, %4394 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4396 = all_reduce_sum %4252 : f32[64] @ models/lib/vit.yaml:10:7
%4397 = mul %4396, %4396 : f32[64] @ models/lib/vit.yaml:10:7
%4398 = reduce_sum %4397 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4399 = sqrt %4398 : f32[] @ models/lib/vit.yaml:10:7
%4400 = cast %4399 : f64[] @ models/lib/vit.yaml:10:7
%4401 = add %4400, %4268 : f64[] @ models/lib/vit.yaml:10:7
%4402 = div %4270, %4401 : f64[] @ models/lib/vit.yaml:10:7
%4403 = lt %4402, %4272 : bool[] @ models/lib/vit.yaml:10:7
%4404 = cast %4402 : f32[] @ models/lib/vit.yaml:10:7
%4405 = broadcast %4404 : f32[64] @ models/lib/vit.yaml:10:7
%4406 = mul %4396, %4405 : f32[64] @ models/lib/vit.yaml:10:7
%4407 = broadcast %4403 : bool[64] @ models/lib/vit.yaml:10:7
%4408 = select %4407, %4406, %4396 : f32[64] @ models/lib/vit.yaml:10:7
%4409 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%4410 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%4411 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4412 = add %4411, %4282 : i64[] @ models/lib/vit.yaml:10:7
%4413 = broadcast %2185 : f32[64] @ models/lib/vit.yaml:10:7
%4414 = mul %4408, %4413 : f32[64] @ models/lib/vit.yaml:10:7
%4415 = broadcast %1463 : f32[64] @ models/lib/vit.yaml:10:7
%4416 = mul %4409, %4415 : f32[64] @ models/lib/vit.yaml:10:7
%4417 = add %4416, %4414 : f32[64] @ models/lib/vit.yaml:10:7
%4418 = mul %4408, %4408 : f32[64] @ models/lib/vit.yaml:10:7
%4419 = broadcast %4296 : f32[64] @ models/lib/vit.yaml:10:7
%4420 = mul %4418, %4419 : f32[64] @ models/lib/vit.yaml:10:7
%4421 = broadcast %4300 : f32[64] @ models/lib/vit.yaml:10:7
%4422 = mul %4410, %4421 : f32[64] @ models/lib/vit.yaml:10:7
%4423 = add %4422, %4420 : f32[64] @ models/lib/vit.yaml:10:7
%4424 = cast %4412 : f64[] @ models/lib/vit.yaml:10:7
%4425 = pow %4291, %4424 : f64[] @ models/lib/vit.yaml:10:7
%4426 = sub %4272, %4425 : f64[] @ models/lib/vit.yaml:10:7
%4427 = div %2508, %4426 : f64[] @ models/lib/vit.yaml:10:7
%4428 = pow %4299, %4424 : f64[] @ models/lib/vit.yaml:10:7
%4429 = sub %4272, %4428 : f64[] @ models/lib/vit.yaml:10:7
%4430 = sqrt %4429 : f64[] @ models/lib/vit.yaml:10:7
%4431 = div %4272, %4430 : f64[] @ models/lib/vit.yaml:10:7
%4432 = sqrt %4423 : f32[64] @ models/lib/vit.yaml:10:7
%4433 = cast %4431 : f32[] @ models/lib/vit.yaml:10:7
%4434 = broadcast %4433 : f32[64] @ models/lib/vit.yaml:10:7
%4435 = mul %4432, %4434 : f32[64] @ models/lib/vit.yaml:10:7
%4436 = broadcast %4316 : f32[64] @ models/lib/vit.yaml:10:7
%4437 = add %4435, %4436 : f32[64] @ models/lib/vit.yaml:10:7
%4438 = div %4417, %4437 : f32[64] @ models/lib/vit.yaml:10:7
%4439 = cast %4427 : f32[] @ models/lib/vit.yaml:10:7
%4440 = broadcast %4439 : f32[64] @ models/lib/vit.yaml:10:7
%4441 = mul %4438, %4440 : f32[64] @ models/lib/vit.yaml:10:7
%4442 = sub %9, %4441 : f32[64] @ models/lib/vit.yaml:10:7
%4443 = assign %9, %4442 : f32[64] @ models/lib/vit.yaml:10:7
%4444 = assign %4409, %4417 : f32[64] @ models/lib/vit.yaml:10:7
%4445 = assign %4410, %4423 : f32[64] @ models/lib/vit.yaml:10:7
%4446 = assign %4411, %4412 : i64[] @ models/lib/vit.yaml:10:7
%4447 = broadcast %3 : f32[64] @ models/lib/vit.yaml:10:7
%4448 = mul %71, %4447 : f32[64] @ models/lib/vit.yaml:10:7
%4449 = broadcast %4331 : f32[64] @ models/lib/vit.yaml:10:7
%4450 = mul %4442, %4449 : f32[64] @ models/lib/vit.yaml:10:7
%4451 = add %4448, %4450 : f32[64] @ models/lib/vit.yaml:10:7
%4452 = assign %71, %4451 : f32[64] @ models/lib/vit.yaml:10:7
%4453 = all_reduce_sum %4221 : f32[64] @ models/lib/nn.yaml:89:7
%4454 = mul %4453, %4453 : f32[64] @ models/lib/nn.yaml:89:7
%4455 = reduce_sum %4454 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4456 = sqrt %4455 : f32[] @ models/lib/nn.yaml:89:7
%4457 = cast %4456 : f64[] @ models/lib/nn.yaml:89:7
%4458 = add %4457, %4268 : f64[] @ models/lib/nn.yaml:89:7
%4459 = div %4270, %4458 : f64[] @ models/lib/nn.yaml:89:7
%4460 = lt %4459, %4272 : bool[] @ models/lib/nn.yaml:89:7
%4461 = cast %4459 : f32[] @ models/lib/nn.yaml:89:7
%4462 = broadcast %4461 : f32[64] @ models/lib/nn.yaml:89:7
%4463 = mul %4453, %4462 : f32[64] @ models/lib/nn.yaml:89:7
%4464 = broadcast %4460 : bool[64] @ models/lib/nn.yaml:89:7
%4465 = select %4464, %4463, %4453 : f32[64] @ models/lib/nn.yaml:89:7
%4466 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4467 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4468 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4469 = add %4468, %4282 : i64[] @ models/lib/nn.yaml:89:7
%4470 = mul %4465, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%4471 = mul %4466, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%4472 = add %4471, %4470 : f32[64] @ models/lib/nn.yaml:89:7
%4473 = mul %4465, %4465 : f32[64] @ models/lib/nn.yaml:89:7
%4474 = mul %4473, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%4475 = mul %4467, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%4476 = add %4475, %4474 : f32[64] @ models/lib/nn.yaml:89:7
%4477 = cast %4469 : f64[] @ models/lib/nn.yaml:89:7
%4478 = pow %4291, %4477 : f64[] @ models/lib/nn.yaml:89:7
%4479 = sub %4272, %4478 : f64[] @ models/lib/nn.yaml:89:7
%4480 = div %2508, %4479 : f64[] @ models/lib/nn.yaml:89:7
%4481 = pow %4299, %4477 : f64[] @ models/lib/nn.yaml:89:7
%4482 = sub %4272, %4481 : f64[] @ models/lib/nn.yaml:89:7
%4483 = sqrt %4482 : f64[] @ models/lib/nn.yaml:89:7
%4484 = div %4272, %4483 : f64[] @ models/lib/nn.yaml:89:7
%4485 = sqrt %4476 : f32[64] @ models/lib/nn.yaml:89:7
%4486 = cast %4484 : f32[] @ models/lib/nn.yaml:89:7
%4487 = broadcast %4486 : f32[64] @ models/lib/nn.yaml:89:7
%4488 = mul %4485, %4487 : f32[64] @ models/lib/nn.yaml:89:7
%4489 = add %4488, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%4490 = div %4472, %4489 : f32[64] @ models/lib/nn.yaml:89:7
%4491 = cast %4480 : f32[] @ models/lib/nn.yaml:89:7
%4492 = broadcast %4491 : f32[64] @ models/lib/nn.yaml:89:7
%4493 = mul %4490, %4492 : f32[64] @ models/lib/nn.yaml:89:7
%4494 = sub %10, %4493 : f32[64] @ models/lib/nn.yaml:89:7
%4495 = assign %10, %4494 : f32[64] @ models/lib/nn.yaml:89:7
%4496 = assign %4466, %4472 : f32[64] @ models/lib/nn.yaml:89:7
%4497 = assign %4467, %4476 : f32[64] @ models/lib/nn.yaml:89:7
%4498 = assign %4468, %4469 : i64[] @ models/lib/nn.yaml:89:7
%4499 = mul %72, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%4500 = mul %4494, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%4501 = add %4499, %4500 : f32[64] @ models/lib/nn.yaml:89:7
%4502 = assign %72, %4501 : f32[64] @ models/lib/nn.yaml:89:7
%4503 = all_reduce_sum %4214 : f32[64] @ models/lib/nn.yaml:90:7
%4504 = mul %4503, %4503 : f32[64] @ models/lib/nn.yaml:90:7
%4505 = reduce_sum %4504 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4506 = sqrt %4505 : f32[] @ models/lib/nn.yaml:90:7
%4507 = cast %4506 : f64[] @ models/lib/nn.yaml:90:7
%4508 = add %4507, %4268 : f64[] @ models/lib/nn.yaml:90:7
%4509 = div %4270, %4508 : f64[] @ models/lib/nn.yaml:90:7
%4510 = lt %4509, %4272 : bool[] @ models/lib/nn.yaml:90:7
%4511 = cast %4509 : f32[] @ models/lib/nn.yaml:90:7
%4512 = broadcast %4511 : f32[64] @ models/lib/nn.yaml:90:7
%4513 = mul %4503, %4512 : f32[64] @ models/lib/nn.yaml:90:7
%4514 = broadcast %4510 : bool[64] @ models/lib/nn.yaml:90:7
%4515 = select %4514, %4513, %4503 : f32[64] @ models/lib/nn.yaml:90:7
%4516 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4517 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4518 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4519 = add %4518, %4282 : i64[] @ models/lib/nn.yaml:90:7
%4520 = mul %4515, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%4521 = mul %4516, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%4522 = add %4521, %4520 : f32[64] @ models/lib/nn.yaml:90:7
%4523 = mul %4515, %4515 : f32[64] @ models/lib/nn.yaml:90:7
%4524 = mul %4523, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%4525 = mul %4517, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%4526 = add %4525, %4524 : f32[64] @ models/lib/nn.yaml:90:7
%4527 = cast %4519 : f64[] @ models/lib/nn.yaml:90:7
%4528 = pow %4291, %4527 : f64[] @ models/lib/nn.yaml:90:7
%4529 = sub %4272, %4528 : f64[] @ models/lib/nn.yaml:90:7
%4530 = div %2508, %4529 : f64[] @ models/lib/nn.yaml:90:7
%4531 = pow %4299, %4527 : f64[] @ models/lib/nn.yaml:90:7
%4532 = sub %4272, %4531 : f64[] @ models/lib/nn.yaml:90:7
%4533 = sqrt %4532 : f64[] @ models/lib/nn.yaml:90:7
%4534 = div %4272, %4533 : f64[] @ models/lib/nn.yaml:90:7
%4535 = sqrt %4526 : f32[64] @ models/lib/nn.yaml:90:7
%4536 = cast %4534 : f32[] @ models/lib/nn.yaml:90:7
%4537 = broadcast %4536 : f32[64] @ models/lib/nn.yaml:90:7
%4538 = mul %4535, %4537 : f32[64] @ models/lib/nn.yaml:90:7
%4539 = add %4538, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%4540 = div %4522, %4539 : f32[64] @ models/lib/nn.yaml:90:7
%4541 = cast %4530 : f32[] @ models/lib/nn.yaml:90:7
%4542 = broadcast %4541 : f32[64] @ models/lib/nn.yaml:90:7
%4543 = mul %4540, %4542 : f32[64] @ models/lib/nn.yaml:90:7
%4544 = sub %11, %4543 : f32[64] @ models/lib/nn.yaml:90:7
%4545 = assign %11, %4544 : f32[64] @ models/lib/nn.yaml:90:7
%4546 = assign %4516, %4522 : f32[64] @ models/lib/nn.yaml:90:7
%4547 = assign %4517, %4526 : f32[64] @ models/lib/nn.yaml:90:7
%4548 = assign %4518, %4519 : i64[] @ models/lib/nn.yaml:90:7
%4549 = mul %73, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%4550 = mul %4544, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%4551 = add %4549, %4550 : f32[64] @ models/lib/nn.yaml:90:7
%4552 = assign %73, %4551 : f32[64] @ models/lib/nn.yaml:90:7
%4553 = all_reduce_sum %4209 : f32[192,64] @ models/lib/nn.yaml:79:7
%4554 = reshape %4553 : f32[12288] @ models/lib/nn.yaml:79:7
%4555 = mul %4554, %4554 : f32[12288] @ models/lib/nn.yaml:79:7
%4556 = reduce_sum %4555 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4557 = sqrt %4556 : f32[] @ models/lib/nn.yaml:79:7
%4558 = cast %4557 : f64[] @ models/lib/nn.yaml:79:7
%4559 = add %4558, %4268 : f64[] @ models/lib/nn.yaml:79:7
%4560 = div %4270, %4559 : f64[] @ models/lib/nn.yaml:79:7
%4561 = lt %4560, %4272 : bool[] @ models/lib/nn.yaml:79:7
%4562 = cast %4560 : f32[] @ models/lib/nn.yaml:79:7
%4563 = broadcast %4562 : f32[192,64] @ models/lib/nn.yaml:79:7
%4564 = mul %4553, %4563 : f32[192,64] @ models/lib/nn.yaml:79:7
%4565 = broadcast %4561 : bool[192,64] @ models/lib/nn.yaml:79:7
%4566 = select %4565, %4564, %4553 : f32[192,64] @ models/lib/nn.yaml:79:7
%4567 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4568 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4569 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4570 = add %4569, %4282 : i64[] @ models/lib/nn.yaml:79:7
%4571 = broadcast %4286 : f32[192,64] @ models/lib/nn.yaml:79:7
%4572 = mul %12, %4571 : f32[192,64] @ models/lib/nn.yaml:79:7
%4573 = broadcast %2185 : f32[192,64] @ models/lib/nn.yaml:79:7
%4574 = mul %4566, %4573 : f32[192,64] @ models/lib/nn.yaml:79:7
%4575 = broadcast %1463 : f32[192,64] @ models/lib/nn.yaml:79:7
%4576 = mul %4567, %4575 : f32[192,64] @ models/lib/nn.yaml:79:7
%4577 = add %4576, %4574 : f32[192,64] @ models/lib/nn.yaml:79:7
%4578 = mul %4566, %4566 : f32[192,64] @ models/lib/nn.yaml:79:7
%4579 = broadcast %4296 : f32[192,64] @ models/lib/nn.yaml:79:7
%4580 = mul %4578, %4579 : f32[192,64] @ models/lib/nn.yaml:79:7
%4581 = broadcast %4300 : f32[192,64] @ models/lib/nn.yaml:79:7
%4582 = mul %4568, %4581 : f32[192,64] @ models/lib/nn.yaml:79:7
%4583 = add %4582, %4580 : f32[192,64] @ models/lib/nn.yaml:79:7
%4584 = cast %4570 : f64[] @ models/lib/nn.yaml:79:7
%4585 = pow %4291, %4584 : f64[] @ models/lib/nn.yaml:79:7
%4586 = sub %4272, %4585 : f64[] @ models/lib/nn.yaml:79:7
%4587 = div %2508, %4586 : f64[] @ models/lib/nn.yaml:79:7
%4588 = pow %4299, %4584 : f64[] @ models/lib/nn.yaml:79:7
%4589 = sub %4272, %4588 : f64[] @ models/lib/nn.yaml:79:7
%4590 = sqrt %4589 : f64[] @ models/lib/nn.yaml:79:7
%4591 = div %4272, %4590 : f64[] @ models/lib/nn.yaml:79:7
%4592 = sqrt %4583 : f32[192,64] @ models/lib/nn.yaml:79:7
%4593 = cast %4591 : f32[] @ models/lib/nn.yaml:79:7
%4594 = broadcast %4593 : f32[192,64] @ models/lib/nn.yaml:79:7
%4595 = mul %4592, %4594 : f32[192,64] @ models/lib/nn.yaml:79:7
%4596 = broadcast %4316 : f32[192,64] @ models/lib/nn.yaml:79:7
%4597 = add %4595, %4596 : f32[192,64] @ models/lib/nn.yaml:79:7
%4598 = div %4577, %4597 : f32[192,64] @ models/lib/nn.yaml:79:7
%4599 = cast %4587 : f32[] @ models/lib/nn.yaml:79:7
%4600 = broadcast %4599 : f32[192,64] @ models/lib/nn.yaml:79:7
%4601 = mul %4598, %4600 : f32[192,64] @ models/lib/nn.yaml:79:7
%4602 = sub %4572, %4601 : f32[192,64] @ models/lib/nn.yaml:79:7
%4603 = assign %12, %4602 : f32[192,64] @ models/lib/nn.yaml:79:7
%4604 = assign %4567, %4577 : f32[192,64] @ models/lib/nn.yaml:79:7
%4605 = assign %4568, %4583 : f32[192,64] @ models/lib/nn.yaml:79:7
%4606 = assign %4569, %4570 : i64[] @ models/lib/nn.yaml:79:7
%4607 = broadcast %3 : f32[192,64] @ models/lib/nn.yaml:79:7
%4608 = mul %74, %4607 : f32[192,64] @ models/lib/nn.yaml:79:7
%4609 = broadcast %4331 : f32[192,64] @ models/lib/nn.yaml:79:7
%4610 = mul %4602, %4609 : f32[192,64] @ models/lib/nn.yaml:79:7
%4611 = add %4608, %4610 : f32[192,64] @ models/lib/nn.yaml:79:7
%4612 = assign %74, %4611 : f32[192,64] @ models/lib/nn.yaml:79:7
%4613 = all_reduce_sum %4200 : f32[192] @ models/lib/nn.yaml:80:7
%4614 = mul %4613, %4613 : f32[192] @ models/lib/nn.yaml:80:7
%4615 = reduce_sum %4614 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4616 = sqrt %4615 : f32[] @ models/lib/nn.yaml:80:7
%4617 = cast %4616 : f64[] @ models/lib/nn.yaml:80:7
%4618 = add %4617, %4268 : f64[] @ models/lib/nn.yaml:80:7
%4619 = div %4270, %4618 : f64[] @ models/lib/nn.yaml:80:7
%4620 = lt %4619, %4272 : bool[] @ models/lib/nn.yaml:80:7
%4621 = cast %4619 : f32[] @ models/lib/nn.yaml:80:7
%4622 = broadcast %4621 : f32[192] @ models/lib/nn.yaml:80:7
%4623 = mul %4613, %4622 : f32[192] @ models/lib/nn.yaml:80:7
%4624 = broadcast %4620 : bool[192] @ models/lib/nn.yaml:80:7
%4625 = select %4624, %4623, %4613 : f32[192] @ models/lib/nn.yaml:80:7
%4626 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4627 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4628 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4629 = add %4628, %4282 : i64[] @ models/lib/nn.yaml:80:7
%4630 = broadcast %2185 : f32[192] @ models/lib/nn.yaml:80:7
%4631 = mul %4625, %4630 : f32[192] @ models/lib/nn.yaml:80:7
%4632 = broadcast %1463 : f32[192] @ models/lib/nn.yaml:80:7
%4633 = mul %4626, %4632 : f32[192] @ models/lib/nn.yaml:80:7
%4634 = add %4633, %4631 : f32[192] @ models/lib/nn.yaml:80:7
%4635 = mul %4625, %4625 : f32[192] @ models/lib/nn.yaml:80:7
%4636 = broadcast %4296 : f32[192] @ models/lib/nn.yaml:80:7
%4637 = mul %4635, %4636 : f32[192] @ models/lib/nn.yaml:80:7
%4638 = broadcast %4300 : f32[192] @ models/lib/nn.yaml:80:7
%4639 = mul %4627, %4638 : f32[192] @ models/lib/nn.yaml:80:7
%4640 = add %4639, %4637 : f32[192] @ models/lib/nn.yaml:80:7
%4641 = cast %4629 : f64[] @ models/lib/nn.yaml:80:7
%4642 = pow %4291, %4641 : f64[] @ models/lib/nn.yaml:80:7
%4643 = sub %4272, %4642 : f64[] @ models/lib/nn.yaml:80:7
%4644 = div %2508, %4643 : f64[] @ models/lib/nn.yaml:80:7
%4645 = pow %4299, %4641 : f64[] @ models/lib/nn.yaml:80:7
%4646 = sub %4272, %4645 : f64[] @ models/lib/nn.yaml:80:7
%4647 = sqrt %4646 : f64[] @ models/lib/nn.yaml:80:7
%4648 = div %4272, %4647 : f64[] @ models/lib/nn.yaml:80:7
%4649 = sqrt %4640 : f32[192] @ models/lib/nn.yaml:80:7
%4650 = cast %4648 : f32[] @ models/lib/nn.yaml:80:7
%4651 = broadcast %4650 : f32[192] @ models/lib/nn.yaml:80:7
%4652 = mul %4649, %4651 : f32[192] @ models/lib/nn.yaml:80:7
%4653 = broadcast %4316 : f32[192] @ models/lib/nn.yaml:80:7
%4654 = add %4652, %4653 : f32[192] @ models/lib/nn.yaml:80:7
%4655 = div %4634, %4654 : f32[192] @ models/lib/nn.yaml:80:7
%4656 = cast %4644 : f32[] @ models/lib/nn.yaml:80:7
%4657 = broadcast %4656 : f32[192] @ models/lib/nn.yaml:80:7
%4658 = mul %4655, %4657 : f32[192] @ models/lib/nn.yaml:80:7
%4659 = sub %13, %4658 : f32[192] @ models/lib/nn.yaml:80:7
%4660 = assign %13, %4659 : f32[192] @ models/lib/nn.yaml:80:7
%4661 = assign %4626, %4634 : f32[192] @ models/lib/nn.yaml:80:7
%4662 = assign %4627, %4640 : f32[192] @ models/lib/nn.yaml:80:7
%4663 = assign %4628, %4629 : i64[] @ models/lib/nn.yaml:80:7
%4664 = broadcast %3 : f32[192] @ models/lib/nn.yaml:80:7
%4665 = mul %75, %4664 : f32[192] @ models/lib/nn.yaml:80:7
%4666 = broadcast %4331 : f32[192] @ models/lib/nn.yaml:80:7
%4667 = mul %4659, %4666 : f32[192] @ models/lib/nn.yaml:80:7
%4668 = add %4665, %4667 : f32[192] @ models/lib/nn.yaml:80:7
%4669 = assign %75, %4668 : f32[192] @ models/lib/nn.yaml:80:7
%4670 = all_reduce_sum %4171 : f32[64,64] @ models/lib/nn.yaml:79:7
%4671 = reshape %4670 : f32[4096] @ models/lib/nn.yaml:79:7
%4672 = mul %4671, %4671 : f32[4096] @ models/lib/nn.yaml:79:7
%4673 = reduce_sum %4672 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4674 = sqrt %4673 : f32[] @ models/lib/nn.yaml:79:7
%4675 = cast %4674 : f64[] @ models/lib/nn.yaml:79:7
%4676 = add %4675, %4268 : f64[] @ models/lib/nn.yaml:79:7
%4677 = div %4270, %4676 : f64[] @ models/lib/nn.yaml:79:7
%4678 = lt %4677, %4272 : bool[] @ models/lib/nn.yaml:79:7
%4679 = cast %4677 : f32[] @ models/lib/nn.yaml:79:7
%4680 = broadcast %4679 : f32[64,64] @ models/lib/nn.yaml:79:7
%4681 = mul %4670, %4680 : f32[64,64] @ models/lib/nn.yaml:79:7
%4682 = broadcast %4678 : bool[64,64] @ models/lib/nn.yaml:79:7
%4683 = select %4682, %4681, %4670 : f32[64,64] @ models/lib/nn.yaml:79:7
%4684 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4685 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4686 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4687 = add %4686, %4282 : i64[] @ models/lib/nn.yaml:79:7
%4688 = broadcast %4286 : f32[64,64] @ models/lib/nn.yaml:79:7
%4689 = mul %14, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%4690 = broadcast %2185 : f32[64,64] @ models/lib/nn.yaml:79:7
%4691 = mul %4683, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%4692 = broadcast %1463 : f32[64,64] @ models/lib/nn.yaml:79:7
%4693 = mul %4684, %4692 : f32[64,64] @ models/lib/nn.yaml:79:7
%4694 = add %4693, %4691 : f32[64,64] @ models/lib/nn.yaml:79:7
%4695 = mul %4683, %4683 : f32[64,64] @ models/lib/nn.yaml:79:7
%4696 = broadcast %4296 : f32[64,64] @ models/lib/nn.yaml:79:7
%4697 = mul %4695, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%4698 = broadcast %4300 : f32[64,64] @ models/lib/nn.yaml:79:7
%4699 = mul %4685, %4698 : f32[64,64] @ models/lib/nn.yaml:79:7
%4700 = add %4699, %4697 : f32[64,64] @ models/lib/nn.yaml:79:7
%4701 = cast %4687 : f64[] @ models/lib/nn.yaml:79:7
%4702 = pow %4291, %4701 : f64[] @ models/lib/nn.yaml:79:7
%4703 = sub %4272, %4702 : f64[] @ models/lib/nn.yaml:79:7
%4704 = div %2508, %4703 : f64[] @ models/lib/nn.yaml:79:7
%4705 = pow %4299, %4701 : f64[] @ models/lib/nn.yaml:79:7
%4706 = sub %4272, %4705 : f64[] @ models/lib/nn.yaml:79:7
%4707 = sqrt %4706 : f64[] @ models/lib/nn.yaml:79:7
%4708 = div %4272, %4707 : f64[] @ models/lib/nn.yaml:79:7
%4709 = sqrt %4700 : f32[64,64] @ models/lib/nn.yaml:79:7
%4710 = cast %4708 : f32[] @ models/lib/nn.yaml:79:7
%4711 = broadcast %4710 : f32[64,64] @ models/lib/nn.yaml:79:7
%4712 = mul %4709, %4711 : f32[64,64] @ models/lib/nn.yaml:79:7
%4713 = broadcast %4316 : f32[64,64] @ models/lib/nn.yaml:79:7
%4714 = add %4712, %4713 : f32[64,64] @ models/lib/nn.yaml:79:7
%4715 = div %4694, %4714 : f32[64,64] @ models/lib/nn.yaml:79:7
%4716 = cast %4704 : f32[] @ models/lib/nn.yaml:79:7
%4717 = broadcast %4716 : f32[64,64] @ models/lib/nn.yaml:79:7
%4718 = mul %4715, %4717 : f32[64,64] @ models/lib/nn.yaml:79:7
%4719 = sub %4689, %4718 : f32[64,64] @ models/lib/nn.yaml:79:7
%4720 = assign %14, %4719 : f32[64,64] @ models/lib/nn.yaml:79:7
%4721 = assign %4684, %4694 : f32[64,64] @ models/lib/nn.yaml:79:7
%4722 = assign %4685, %4700 : f32[64,64] @ models/lib/nn.yaml:79:7
%4723 = assign %4686, %4687 : i64[] @ models/lib/nn.yaml:79:7
%4724 = broadcast %3 : f32[64,64] @ models/lib/nn.yaml:79:7
%4725 = mul %76, %4724 : f32[64,64] @ models/lib/nn.yaml:79:7
%4726 = broadcast %4331 : f32[64,64] @ models/lib/nn.yaml:79:7
%4727 = mul %4719, %4726 : f32[64,64] @ models/lib/nn.yaml:79:7
%4728 = add %4725, %4727 : f32[64,64] @ models/lib/nn.yaml:79:7
%4729 = assign %76, %4728 : f32[64,64] @ models/lib/nn.yaml:79:7
%4730 = all_reduce_sum %4163 : f32[64] @ models/lib/nn.yaml:80:7
%4731 = mul %4730, %4730 : f32[64] @ models/lib/nn.yaml:80:7
%4732 = reduce_sum %4731 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4733 = sqrt %4732 : f32[] @ models/lib/nn.yaml:80:7
%4734 = cast %4733 : f64[] @ models/lib/nn.yaml:80:7
%4735 = add %4734, %4268 : f64[] @ models/lib/nn.yaml:80:7
%4736 = div %4270, %4735 : f64[] @ models/lib/nn.yaml:80:7
%4737 = lt %4736, %4272 : bool[] @ models/lib/nn.yaml:80:7
%4738 = cast %4736 : f32[] @ models/lib/nn.yaml:80:7
%4739 = broadcast %4738 : f32[64] @ models/lib/nn.yaml:80:7
%4740 = mul %4730, %4739 : f32[64] @ models/lib/nn.yaml:80:7
%4741 = broadcast %4737 : bool[64] @ models/lib/nn.yaml:80:7
%4742 = select %4741, %4740, %4730 : f32[64] @ models/lib/nn.yaml:80:7
%4743 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4744 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4745 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4746 = add %4745, %4282 : i64[] @ models/lib/nn.yaml:80:7
%4747 = mul %4742, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%4748 = mul %4743, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%4749 = add %4748, %4747 : f32[64] @ models/lib/nn.yaml:80:7
%4750 = mul %4742, %4742 : f32[64] @ models/lib/nn.yaml:80:7
%4751 = mul %4750, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%4752 = mul %4744, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%4753 = add %4752, %4751 : f32[64] @ models/lib/nn.yaml:80:7
%4754 = cast %4746 : f64[] @ models/lib/nn.yaml:80:7
%4755 = pow %4291, %4754 : f64[] @ models/lib/nn.yaml:80:7
%4756 = sub %4272, %4755 : f64[] @ models/lib/nn.yaml:80:7
%4757 = div %2508, %4756 : f64[] @ models/lib/nn.yaml:80:7
%4758 = pow %4299, %4754 : f64[] @ models/lib/nn.yaml:80:7
%4759 = sub %4272, %4758 : f64[] @ models/lib/nn.yaml:80:7
%4760 = sqrt %4759 : f64[] @ models/lib/nn.yaml:80:7
%4761 = div %4272, %4760 : f64[] @ models/lib/nn.yaml:80:7
%4762 = sqrt %4753 : f32[64] @ models/lib/nn.yaml:80:7
%4763 = cast %4761 : f32[] @ models/lib/nn.yaml:80:7
%4764 = broadcast %4763 : f32[64] @ models/lib/nn.yaml:80:7
%4765 = mul %4762, %4764 : f32[64] @ models/lib/nn.yaml:80:7
%4766 = add %4765, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%4767 = div %4749, %4766 : f32[64] @ models/lib/nn.yaml:80:7
%4768 = cast %4757 : f32[] @ models/lib/nn.yaml:80:7
%4769 = broadcast %4768 : f32[64] @ models/lib/nn.yaml:80:7
%4770 = mul %4767, %4769 : f32[64] @ models/lib/nn.yaml:80:7
%4771 = sub %15, %4770 : f32[64] @ models/lib/nn.yaml:80:7
%4772 = assign %15, %4771 : f32[64] @ models/lib/nn.yaml:80:7
%4773 = assign %4743, %4749 : f32[64] @ models/lib/nn.yaml:80:7
%4774 = assign %4744, %4753 : f32[64] @ models/lib/nn.yaml:80:7
%4775 = assign %4745, %4746 : i64[] @ models/lib/nn.yaml:80:7
%4776 = mul %77, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%4777 = mul %4771, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%4778 = add %4776, %4777 : f32[64] @ models/lib/nn.yaml:80:7
%4779 = assign %77, %4778 : f32[64] @ models/lib/nn.yaml:80:7
%4780 = all_reduce_sum %4136 : f32[64] @ models/lib/nn.yaml:89:7
%4781 = mul %4780, %4780 : f32[64] @ models/lib/nn.yaml:89:7
%4782 = reduce_sum %4781 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4783 = sqrt %4782 : f32[] @ models/lib/nn.yaml:89:7
%4784 = cast %4783 : f64[] @ models/lib/nn.yaml:89:7
%4785 = add %4784, %4268 : f64[] @ models/lib/nn.yaml:89:7
%4786 = div %4270, %4785 : f64[] @ models/lib/nn.yaml:89:7
%4787 = lt %4786, %4272 : bool[] @ models/lib/nn.yaml:89:7
%4788 = cast %4786 : f32[] @ models/lib/nn.yaml:89:7
%4789 = broadcast %4788 : f32[64] @ models/lib/nn.yaml:89:7
%4790 = mul %4780, %4789 : f32[64] @ models/lib/nn.yaml:89:7
%4791 = broadcast %4787 : bool[64] @ models/lib/nn.yaml:89:7
%4792 = select %4791, %4790, %4780 : f32[64] @ models/lib/nn.yaml:89:7
%4793 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4794 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4795 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4796 = add %4795, %4282 : i64[] @ models/lib/nn.yaml:89:7
%4797 = mul %4792, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%4798 = mul %4793, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%4799 = add %4798, %4797 : f32[64] @ models/lib/nn.yaml:89:7
%4800 = mul %4792, %4792 : f32[64] @ models/lib/nn.yaml:89:7
%4801 = mul %4800, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%4802 = mul %4794, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%4803 = add %4802, %4801 : f32[64] @ models/lib/nn.yaml:89:7
%4804 = cast %4796 : f64[] @ models/lib/nn.yaml:89:7
%4805 = pow %4291, %4804 : f64[] @ models/lib/nn.yaml:89:7
%4806 = sub %4272, %4805 : f64[] @ models/lib/nn.yaml:89:7
%4807 = div %2508, %4806 : f64[] @ models/lib/nn.yaml:89:7
%4808 = pow %4299, %4804 : f64[] @ models/lib/nn.yaml:89:7
%4809 = sub %4272, %4808 : f64[] @ models/lib/nn.yaml:89:7
%4810 = sqrt %4809 : f64[] @ models/lib/nn.yaml:89:7
%4811 = div %4272, %4810 : f64[] @ models/lib/nn.yaml:89:7
%4812 = sqrt %4803 : f32[64] @ models/lib/nn.yaml:89:7
%4813 = cast %4811 : f32[] @ models/lib/nn.yaml:89:7
%4814 = broadcast %4813 : f32[64] @ models/lib/nn.yaml:89:7
%4815 = mul %4812, %4814 : f32[64] @ models/lib/nn.yaml:89:7
%4816 = add %4815, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%4817 = div %4799, %4816 : f32[64] @ models/lib/nn.yaml:89:7
%4818 = cast %4807 : f32[] @ models/lib/nn.yaml:89:7
%4819 = broadcast %4818 : f32[64] @ models/lib/nn.yaml:89:7
%4820 = mul %4817, %4819 : f32[64] @ models/lib/nn.yaml:89:7
%4821 = sub %16, %4820 : f32[64] @ models/lib/nn.yaml:89:7
%4822 = assign %16, %4821 : f32[64] @ models/lib/nn.yaml:89:7
%4823 = assign %4793, %4799 : f32[64] @ models/lib/nn.yaml:89:7
%4824 = assign %4794, %4803 : f32[64] @ models/lib/nn.yaml:89:7
%4825 = assign %4795, %4796 : i64[] @ models/lib/nn.yaml:89:7
%4826 = mul %78, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%4827 = mul %4821, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%4828 = add %4826, %4827 : f32[64] @ models/lib/nn.yaml:89:7
%4829 = assign %78, %4828 : f32[64] @ models/lib/nn.yaml:89:7
%4830 = all_reduce_sum %4129 : f32[64] @ models/lib/nn.yaml:90:7
%4831 = mul %4830, %4830 : f32[64] @ models/lib/nn.yaml:90:7
%4832 = reduce_sum %4831 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4833 = sqrt %4832 : f32[] @ models/lib/nn.yaml:90:7
%4834 = cast %4833 : f64[] @ models/lib/nn.yaml:90:7
%4835 = add %4834, %4268 : f64[] @ models/lib/nn.yaml:90:7
%4836 = div %4270, %4835 : f64[] @ models/lib/nn.yaml:90:7
%4837 = lt %4836, %4272 : bool[] @ models/lib/nn.yaml:90:7
%4838 = cast %4836 : f32[] @ models/lib/nn.yaml:90:7
%4839 = broadcast %4838 : f32[64] @ models/lib/nn.yaml:90:7
%4840 = mul %4830, %4839 : f32[64] @ models/lib/nn.yaml:90:7
%4841 = broadcast %4837 : bool[64] @ models/lib/nn.yaml:90:7
%4842 = select %4841, %4840, %4830 : f32[64] @ models/lib/nn.yaml:90:7
%4843 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4844 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4845 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4846 = add %4845, %4282 : i64[] @ models/lib/nn.yaml:90:7
%4847 = mul %4842, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%4848 = mul %4843, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%4849 = add %4848, %4847 : f32[64] @ models/lib/nn.yaml:90:7
%4850 = mul %4842, %4842 : f32[64] @ models/lib/nn.yaml:90:7
%4851 = mul %4850, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%4852 = mul %4844, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%4853 = add %4852, %4851 : f32[64] @ models/lib/nn.yaml:90:7
%4854 = cast %4846 : f64[] @ models/lib/nn.yaml:90:7
%4855 = pow %4291, %4854 : f64[] @ models/lib/nn.yaml:90:7
%4856 = sub %4272, %4855 : f64[] @ models/lib/nn.yaml:90:7
%4857 = div %2508, %4856 : f64[] @ models/lib/nn.yaml:90:7
%4858 = pow %4299, %4854 : f64[] @ models/lib/nn.yaml:90:7
%4859 = sub %4272, %4858 : f64[] @ models/lib/nn.yaml:90:7
%4860 = sqrt %4859 : f64[] @ models/lib/nn.yaml:90:7
%4861 = div %4272, %4860 : f64[] @ models/lib/nn.yaml:90:7
%4862 = sqrt %4853 : f32[64] @ models/lib/nn.yaml:90:7
%4863 = cast %4861 : f32[] @ models/lib/nn.yaml:90:7
%4864 = broadcast %4863 : f32[64] @ models/lib/nn.yaml:90:7
%4865 = mul %4862, %4864 : f32[64] @ models/lib/nn.yaml:90:7
%4866 = add %4865, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%4867 = div %4849, %4866 : f32[64] @ models/lib/nn.yaml:90:7
%4868 = cast %4857 : f32[] @ models/lib/nn.yaml:90:7
%4869 = broadcast %4868 : f32[64] @ models/lib/nn.yaml:90:7
%4870 = mul %4867, %4869 : f32[64] @ models/lib/nn.yaml:90:7
%4871 = sub %17, %4870 : f32[64] @ models/lib/nn.yaml:90:7
%4872 = assign %17, %4871 : f32[64] @ models/lib/nn.yaml:90:7
%4873 = assign %4843, %4849 : f32[64] @ models/lib/nn.yaml:90:7
%4874 = assign %4844, %4853 : f32[64] @ models/lib/nn.yaml:90:7
%4875 = assign %4845, %4846 : i64[] @ models/lib/nn.yaml:90:7
%4876 = mul %79, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%4877 = mul %4871, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%4878 = add %4876, %4877 : f32[64] @ models/lib/nn.yaml:90:7
%4879 = assign %79, %4878 : f32[64] @ models/lib/nn.yaml:90:7
%4880 = all_reduce_sum %4124 : f32[256,64] @ models/lib/nn.yaml:79:7
%4881 = reshape %4880 : f32[16384] @ models/lib/nn.yaml:79:7
%4882 = mul %4881, %4881 : f32[16384] @ models/lib/nn.yaml:79:7
%4883 = reduce_sum %4882 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4884 = sqrt %4883 : f32[] @ models/lib/nn.yaml:79:7
%4885 = cast %4884 : f64[] @ models/lib/nn.yaml:79:7
%4886 = add %4885, %4268 : f64[] @ models/lib/nn.yaml:79:7
%4887 = div %4270, %4886 : f64[] @ models/lib/nn.yaml:79:7
%4888 = lt %4887, %4272 : bool[] @ models/lib/nn.yaml:79:7
%4889 = cast %4887 : f32[] @ models/lib/nn.yaml:79:7
%4890 = broadcast %4889 : f32[256,64] @ models/lib/nn.yaml:79:7
%4891 = mul %4880, %4890 : f32[256,64] @ models/lib/nn.yaml:79:7
%4892 = broadcast %4888 : bool[256,64] @ models/lib/nn.yaml:79:7
%4893 = select %4892, %4891, %4880 : f32[256,64] @ models/lib/nn.yaml:79:7
%4894 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4895 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4896 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4897 = add %4896, %4282 : i64[] @ models/lib/nn.yaml:79:7
%4898 = broadcast %4286 : f32[256,64] @ models/lib/nn.yaml:79:7
%4899 = mul %18, %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%4900 = broadcast %2185 : f32[256,64] @ models/lib/nn.yaml:79:7
%4901 = mul %4893, %4900 : f32[256,64] @ models/lib/nn.yaml:79:7
%4902 = broadcast %1463 : f32[256,64] @ models/lib/nn.yaml:79:7
%4903 = mul %4894, %4902 : f32[256,64] @ models/lib/nn.yaml:79:7
%4904 = add %4903, %4901 : f32[256,64] @ models/lib/nn.yaml:79:7
%4905 = mul %4893, %4893 : f32[256,64] @ models/lib/nn.yaml:79:7
%4906 = broadcast %4296 : f32[256,64] @ models/lib/nn.yaml:79:7
%4907 = mul %4905, %4906 : f32[256,64] @ models/lib/nn.yaml:79:7
%4908 = broadcast %4300 : f32[256,64] @ models/lib/nn.yaml:79:7
%4909 = mul %4895, %4908 : f32[256,64] @ models/lib/nn.yaml:79:7
%4910 = add %4909, %4907 : f32[256,64] @ models/lib/nn.yaml:79:7
%4911 = cast %4897 : f64[] @ models/lib/nn.yaml:79:7
%4912 = pow %4291, %4911 : f64[] @ models/lib/nn.yaml:79:7
%4913 = sub %4272, %4912 : f64[] @ models/lib/nn.yaml:79:7
%4914 = div %2508, %4913 : f64[] @ models/lib/nn.yaml:79:7
%4915 = pow %4299, %4911 : f64[] @ models/lib/nn.yaml:79:7
%4916 = sub %4272, %4915 : f64[] @ models/lib/nn.yaml:79:7
%4917 = sqrt %4916 : f64[] @ models/lib/nn.yaml:79:7
%4918 = div %4272, %4917 : f64[] @ models/lib/nn.yaml:79:7
%4919 = sqrt %4910 : f32[256,64] @ models/lib/nn.yaml:79:7
%4920 = cast %4918 : f32[] @ models/lib/nn.yaml:79:7
%4921 = broadcast %4920 : f32[256,64] @ models/lib/nn.yaml:79:7
%4922 = mul %4919, %4921 : f32[256,64] @ models/lib/nn.yaml:79:7
%4923 = broadcast %4316 : f32[256,64] @ models/lib/nn.yaml:79:7
%4924 = add %4922, %4923 : f32[256,64] @ models/lib/nn.yaml:79:7
%4925 = div %4904, %4924 : f32[256,64] @ models/lib/nn.yaml:79:7
%4926 = cast %4914 : f32[] @ models/lib/nn.yaml:79:7
%4927 = broadcast %4926 : f32[256,64] @ models/lib/nn.yaml:79:7
%4928 = mul %4925, %4927 : f32[256,64] @ models/lib/nn.yaml:79:7
%4929 = sub %4899, %4928 : f32[256,64] @ models/lib/nn.yaml:79:7
%4930 = assign %18, %4929 : f32[256,64] @ models/lib/nn.yaml:79:7
%4931 = assign %4894, %4904 : f32[256,64] @ models/lib/nn.yaml:79:7
%4932 = assign %4895, %4910 : f32[256,64] @ models/lib/nn.yaml:79:7
%4933 = assign %4896, %4897 : i64[] @ models/lib/nn.yaml:79:7
%4934 = broadcast %3 : f32[256,64] @ models/lib/nn.yaml:79:7
%4935 = mul %80, %4934 : f32[256,64] @ models/lib/nn.yaml:79:7
%4936 = broadcast %4331 : f32[256,64] @ models/lib/nn.yaml:79:7
%4937 = mul %4929, %4936 : f32[256,64] @ models/lib/nn.yaml:79:7
%4938 = add %4935, %4937 : f32[256,64] @ models/lib/nn.yaml:79:7
%4939 = assign %80, %4938 : f32[256,64] @ models/lib/nn.yaml:79:7
%4940 = all_reduce_sum %4116 : f32[256] @ models/lib/nn.yaml:80:7
%4941 = mul %4940, %4940 : f32[256] @ models/lib/nn.yaml:80:7
%4942 = reduce_sum %4941 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4943 = sqrt %4942 : f32[] @ models/lib/nn.yaml:80:7
%4944 = cast %4943 : f64[] @ models/lib/nn.yaml:80:7
%4945 = add %4944, %4268 : f64[] @ models/lib/nn.yaml:80:7
%4946 = div %4270, %4945 : f64[] @ models/lib/nn.yaml:80:7
%4947 = lt %4946, %4272 : bool[] @ models/lib/nn.yaml:80:7
%4948 = cast %4946 : f32[] @ models/lib/nn.yaml:80:7
%4949 = broadcast %4948 : f32[256] @ models/lib/nn.yaml:80:7
%4950 = mul %4940, %4949 : f32[256] @ models/lib/nn.yaml:80:7
%4951 = broadcast %4947 : bool[256] @ models/lib/nn.yaml:80:7
%4952 = select %4951, %4950, %4940 : f32[256] @ models/lib/nn.yaml:80:7
%4953 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4954 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4955 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4956 = add %4955, %4282 : i64[] @ models/lib/nn.yaml:80:7
%4957 = broadcast %2185 : f32[256] @ models/lib/nn.yaml:80:7
%4958 = mul %4952, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%4959 = broadcast %1463 : f32[256] @ models/lib/nn.yaml:80:7
%4960 = mul %4953, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%4961 = add %4960, %4958 : f32[256] @ models/lib/nn.yaml:80:7
%4962 = mul %4952, %4952 : f32[256] @ models/lib/nn.yaml:80:7
%4963 = broadcast %4296 : f32[256] @ models/lib/nn.yaml:80:7
%4964 = mul %4962, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%4965 = broadcast %4300 : f32[256] @ models/lib/nn.yaml:80:7
%4966 = mul %4954, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%4967 = add %4966, %4964 : f32[256] @ models/lib/nn.yaml:80:7
%4968 = cast %4956 : f64[] @ models/lib/nn.yaml:80:7
%4969 = pow %4291, %4968 : f64[] @ models/lib/nn.yaml:80:7
%4970 = sub %4272, %4969 : f64[] @ models/lib/nn.yaml:80:7
%4971 = div %2508, %4970 : f64[] @ models/lib/nn.yaml:80:7
%4972 = pow %4299, %4968 : f64[] @ models/lib/nn.yaml:80:7
%4973 = sub %4272, %4972 : f64[] @ models/lib/nn.yaml:80:7
%4974 = sqrt %4973 : f64[] @ models/lib/nn.yaml:80:7
%4975 = div %4272, %4974 : f64[] @ models/lib/nn.yaml:80:7
%4976 = sqrt %4967 : f32[256] @ models/lib/nn.yaml:80:7
%4977 = cast %4975 : f32[] @ models/lib/nn.yaml:80:7
%4978 = broadcast %4977 : f32[256] @ models/lib/nn.yaml:80:7
%4979 = mul %4976, %4978 : f32[256] @ models/lib/nn.yaml:80:7
%4980 = broadcast %4316 : f32[256] @ models/lib/nn.yaml:80:7
%4981 = add %4979, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%4982 = div %4961, %4981 : f32[256] @ models/lib/nn.yaml:80:7
%4983 = cast %4971 : f32[] @ models/lib/nn.yaml:80:7
%4984 = broadcast %4983 : f32[256] @ models/lib/nn.yaml:80:7
%4985 = mul %4982, %4984 : f32[256] @ models/lib/nn.yaml:80:7
%4986 = sub %19, %4985 : f32[256] @ models/lib/nn.yaml:80:7
%4987 = assign %19, %4986 : f32[256] @ models/lib/nn.yaml:80:7
%4988 = assign %4953, %4961 : f32[256] @ models/lib/nn.yaml:80:7
%4989 = assign %4954, %4967 : f32[256] @ models/lib/nn.yaml:80:7
%4990 = assign %4955, %4956 : i64[] @ models/lib/nn.yaml:80:7
%4991 = broadcast %3 : f32[256] @ models/lib/nn.yaml:80:7
%4992 = mul %81, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%4993 = broadcast %4331 : f32[256] @ models/lib/nn.yaml:80:7
%4994 = mul %4986, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%4995 = add %4992, %4994 : f32[256] @ models/lib/nn.yaml:80:7
%4996 = assign %81, %4995 : f32[256] @ models/lib/nn.yaml:80:7
%4997 = all_reduce_sum %4088 : f32[64,256] @ models/lib/nn.yaml:79:7
%4998 = reshape %4997 : f32[16384] @ models/lib/nn.yaml:79:7
%4999 = mul %4998, %4998 : f32[16384] @ models/lib/nn.yaml:79:7
%5000 = reduce_sum %4999 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5001 = sqrt %5000 : f32[] @ models/lib/nn.yaml:79:7
%5002 = cast %5001 : f64[] @ models/lib/nn.yaml:79:7
%5003 = add %5002, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5004 = div %4270, %5003 : f64[] @ models/lib/nn.yaml:79:7
%5005 = lt %5004, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5006 = cast %5004 : f32[] @ models/lib/nn.yaml:79:7
%5007 = broadcast %5006 : f32[64,256] @ models/lib/nn.yaml:79:7
%5008 = mul %4997, %5007 : f32[64,256] @ models/lib/nn.yaml:79:7
%5009 = broadcast %5005 : bool[64,256] @ models/lib/nn.yaml:79:7
%5010 = select %5009, %5008, %4997 : f32[64,256] @ models/lib/nn.yaml:79:7
%5011 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5012 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5013 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5014 = add %5013, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5015 = broadcast %4286 : f32[64,256] @ models/lib/nn.yaml:79:7
%5016 = mul %20, %5015 : f32[64,256] @ models/lib/nn.yaml:79:7
%5017 = broadcast %2185 : f32[64,256] @ models/lib/nn.yaml:79:7
%5018 = mul %5010, %5017 : f32[64,256] @ models/lib/nn.yaml:79:7
%5019 = broadcast %1463 : f32[64,256] @ models/lib/nn.yaml:79:7
%5020 = mul %5011, %5019 : f32[64,256] @ models/lib/nn.yaml:79:7
%5021 = add %5020, %5018 : f32[64,256] @ models/lib/nn.yaml:79:7
%5022 = mul %5010, %5010 : f32[64,256] @ models/lib/nn.yaml:79:7
%5023 = broadcast %4296 : f32[64,256] @ models/lib/nn.yaml:79:7
%5024 = mul %5022, %5023 : f32[64,256] @ models/lib/nn.yaml:79:7
%5025 = broadcast %4300 : f32[64,256] @ models/lib/nn.yaml:79:7
%5026 = mul %5012, %5025 : f32[64,256] @ models/lib/nn.yaml:79:7
%5027 = add %5026, %5024 : f32[64,256] @ models/lib/nn.yaml:79:7
%5028 = cast %5014 : f64[] @ models/lib/nn.yaml:79:7
%5029 = pow %4291, %5028 : f64[] @ models/lib/nn.yaml:79:7
%5030 = sub %4272, %5029 : f64[] @ models/lib/nn.yaml:79:7
%5031 = div %2508, %5030 : f64[] @ models/lib/nn.yaml:79:7
%5032 = pow %4299, %5028 : f64[] @ models/lib/nn.yaml:79:7
%5033 = sub %4272, %5032 : f64[] @ models/lib/nn.yaml:79:7
%5034 = sqrt %5033 : f64[] @ models/lib/nn.yaml:79:7
%5035 = div %4272, %5034 : f64[] @ models/lib/nn.yaml:79:7
%5036 = sqrt %5027 : f32[64,256] @ models/lib/nn.yaml:79:7
%5037 = cast %5035 : f32[] @ models/lib/nn.yaml:79:7
%5038 = broadcast %5037 : f32[64,256] @ models/lib/nn.yaml:79:7
%5039 = mul %5036, %5038 : f32[64,256] @ models/lib/nn.yaml:79:7
%5040 = broadcast %4316 : f32[64,256] @ models/lib/nn.yaml:79:7
%5041 = add %5039, %5040 : f32[64,256] @ models/lib/nn.yaml:79:7
%5042 = div %5021, %5041 : f32[64,256] @ models/lib/nn.yaml:79:7
%5043 = cast %5031 : f32[] @ models/lib/nn.yaml:79:7
%5044 = broadcast %5043 : f32[64,256] @ models/lib/nn.yaml:79:7
%5045 = mul %5042, %5044 : f32[64,256] @ models/lib/nn.yaml:79:7
%5046 = sub %5016, %5045 : f32[64,256] @ models/lib/nn.yaml:79:7
%5047 = assign %20, %5046 : f32[64,256] @ models/lib/nn.yaml:79:7
%5048 = assign %5011, %5021 : f32[64,256] @ models/lib/nn.yaml:79:7
%5049 = assign %5012, %5027 : f32[64,256] @ models/lib/nn.yaml:79:7
%5050 = assign %5013, %5014 : i64[] @ models/lib/nn.yaml:79:7
%5051 = broadcast %3 : f32[64,256] @ models/lib/nn.yaml:79:7
%5052 = mul %82, %5051 : f32[64,256] @ models/lib/nn.yaml:79:7
%5053 = broadcast %4331 : f32[64,256] @ models/lib/nn.yaml:79:7
%5054 = mul %5046, %5053 : f32[64,256] @ models/lib/nn.yaml:79:7
%5055 = add %5052, %5054 : f32[64,256] @ models/lib/nn.yaml:79:7
%5056 = assign %82, %5055 : f32[64,256] @ models/lib/nn.yaml:79:7
%5057 = all_reduce_sum %4080 : f32[64] @ models/lib/nn.yaml:80:7
%5058 = mul %5057, %5057 : f32[64] @ models/lib/nn.yaml:80:7
%5059 = reduce_sum %5058 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5060 = sqrt %5059 : f32[] @ models/lib/nn.yaml:80:7
%5061 = cast %5060 : f64[] @ models/lib/nn.yaml:80:7
%5062 = add %5061, %4268 : f64[] @ models/lib/nn.yaml:80:7
%5063 = div %4270, %5062 : f64[] @ models/lib/nn.yaml:80:7
%5064 = lt %5063, %4272 : bool[] @ models/lib/nn.yaml:80:7
%5065 = cast %5063 : f32[] @ models/lib/nn.yaml:80:7
%5066 = broadcast %5065 : f32[64] @ models/lib/nn.yaml:80:7
%5067 = mul %5057, %5066 : f32[64] @ models/lib/nn.yaml:80:7
%5068 = broadcast %5064 : bool[64] @ models/lib/nn.yaml:80:7
%5069 = select %5068, %5067, %5057 : f32[64] @ models/lib/nn.yaml:80:7
%5070 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5071 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5072 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5073 = add %5072, %4282 : i64[] @ models/lib/nn.yaml:80:7
%5074 = mul %5069, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%5075 = mul %5070, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%5076 = add %5075, %5074 : f32[64] @ models/lib/nn.yaml:80:7
%5077 = mul %5069, %5069 : f32[64] @ models/lib/nn.yaml:80:7
%5078 = mul %5077, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%5079 = mul %5071, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%5080 = add %5079, %5078 : f32[64] @ models/lib/nn.yaml:80:7
%5081 = cast %5073 : f64[] @ models/lib/nn.yaml:80:7
%5082 = pow %4291, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5083 = sub %4272, %5082 : f64[] @ models/lib/nn.yaml:80:7
%5084 = div %2508, %5083 : f64[] @ models/lib/nn.yaml:80:7
%5085 = pow %4299, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5086 = sub %4272, %5085 : f64[] @ models/lib/nn.yaml:80:7
%5087 = sqrt %5086 : f64[] @ models/lib/nn.yaml:80:7
%5088 = div %4272, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5089 = sqrt %5080 : f32[64] @ models/lib/nn.yaml:80:7
%5090 = cast %5088 : f32[] @ models/lib/nn.yaml:80:7
%5091 = broadcast %5090 : f32[64] @ models/lib/nn.yaml:80:7
%5092 = mul %5089, %5091 : f32[64] @ models/lib/nn.yaml:80:7
%5093 = add %5092, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%5094 = div %5076, %5093 : f32[64] @ models/lib/nn.yaml:80:7
%5095 = cast %5084 : f32[] @ models/lib/nn.yaml:80:7
%5096 = broadcast %5095 : f32[64] @ models/lib/nn.yaml:80:7
%5097 = mul %5094, %5096 : f32[64] @ models/lib/nn.yaml:80:7
%5098 = sub %21, %5097 : f32[64] @ models/lib/nn.yaml:80:7
%5099 = assign %21, %5098 : f32[64] @ models/lib/nn.yaml:80:7
%5100 = assign %5070, %5076 : f32[64] @ models/lib/nn.yaml:80:7
%5101 = assign %5071, %5080 : f32[64] @ models/lib/nn.yaml:80:7
%5102 = assign %5072, %5073 : i64[] @ models/lib/nn.yaml:80:7
%5103 = mul %83, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%5104 = mul %5098, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%5105 = add %5103, %5104 : f32[64] @ models/lib/nn.yaml:80:7
%5106 = assign %83, %5105 : f32[64] @ models/lib/nn.yaml:80:7
%5107 = all_reduce_sum %4053 : f32[64] @ models/lib/nn.yaml:89:7
%5108 = mul %5107, %5107 : f32[64] @ models/lib/nn.yaml:89:7
%5109 = reduce_sum %5108 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5110 = sqrt %5109 : f32[] @ models/lib/nn.yaml:89:7
%5111 = cast %5110 : f64[] @ models/lib/nn.yaml:89:7
%5112 = add %5111, %4268 : f64[] @ models/lib/nn.yaml:89:7
%5113 = div %4270, %5112 : f64[] @ models/lib/nn.yaml:89:7
%5114 = lt %5113, %4272 : bool[] @ models/lib/nn.yaml:89:7
%5115 = cast %5113 : f32[] @ models/lib/nn.yaml:89:7
%5116 = broadcast %5115 : f32[64] @ models/lib/nn.yaml:89:7
%5117 = mul %5107, %5116 : f32[64] @ models/lib/nn.yaml:89:7
%5118 = broadcast %5114 : bool[64] @ models/lib/nn.yaml:89:7
%5119 = select %5118, %5117, %5107 : f32[64] @ models/lib/nn.yaml:89:7
%5120 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5121 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5122 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5123 = add %5122, %4282 : i64[] @ models/lib/nn.yaml:89:7
%5124 = mul %5119, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%5125 = mul %5120, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%5126 = add %5125, %5124 : f32[64] @ models/lib/nn.yaml:89:7
%5127 = mul %5119, %5119 : f32[64] @ models/lib/nn.yaml:89:7
%5128 = mul %5127, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%5129 = mul %5121, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%5130 = add %5129, %5128 : f32[64] @ models/lib/nn.yaml:89:7
%5131 = cast %5123 : f64[] @ models/lib/nn.yaml:89:7
%5132 = pow %4291, %5131 : f64[] @ models/lib/nn.yaml:89:7
%5133 = sub %4272, %5132 : f64[] @ models/lib/nn.yaml:89:7
%5134 = div %2508, %5133 : f64[] @ models/lib/nn.yaml:89:7
%5135 = pow %4299, %5131 : f64[] @ models/lib/nn.yaml:89:7
%5136 = sub %4272, %5135 : f64[] @ models/lib/nn.yaml:89:7
%5137 = sqrt %5136 : f64[] @ models/lib/nn.yaml:89:7
%5138 = div %4272, %5137 : f64[] @ models/lib/nn.yaml:89:7
%5139 = sqrt %5130 : f32[64] @ models/lib/nn.yaml:89:7
%5140 = cast %5138 : f32[] @ models/lib/nn.yaml:89:7
%5141 = broadcast %5140 : f32[64] @ models/lib/nn.yaml:89:7
%5142 = mul %5139, %5141 : f32[64] @ models/lib/nn.yaml:89:7
%5143 = add %5142, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%5144 = div %5126, %5143 : f32[64] @ models/lib/nn.yaml:89:7
%5145 = cast %5134 : f32[] @ models/lib/nn.yaml:89:7
%5146 = broadcast %5145 : f32[64] @ models/lib/nn.yaml:89:7
%5147 = mul %5144, %5146 : f32[64] @ models/lib/nn.yaml:89:7
%5148 = sub %22, %5147 : f32[64] @ models/lib/nn.yaml:89:7
%5149 = assign %22, %5148 : f32[64] @ models/lib/nn.yaml:89:7
%5150 = assign %5120, %5126 : f32[64] @ models/lib/nn.yaml:89:7
%5151 = assign %5121, %5130 : f32[64] @ models/lib/nn.yaml:89:7
%5152 = assign %5122, %5123 : i64[] @ models/lib/nn.yaml:89:7
%5153 = mul %84, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%5154 = mul %5148, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%5155 = add %5153, %5154 : f32[64] @ models/lib/nn.yaml:89:7
%5156 = assign %84, %5155 : f32[64] @ models/lib/nn.yaml:89:7
%5157 = all_reduce_sum %4046 : f32[64] @ models/lib/nn.yaml:90:7
%5158 = mul %5157, %5157 : f32[64] @ models/lib/nn.yaml:90:7
%5159 = reduce_sum %5158 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5160 = sqrt %5159 : f32[] @ models/lib/nn.yaml:90:7
%5161 = cast %5160 : f64[] @ models/lib/nn.yaml:90:7
%5162 = add %5161, %4268 : f64[] @ models/lib/nn.yaml:90:7
%5163 = div %4270, %5162 : f64[] @ models/lib/nn.yaml:90:7
%5164 = lt %5163, %4272 : bool[] @ models/lib/nn.yaml:90:7
%5165 = cast %5163 : f32[] @ models/lib/nn.yaml:90:7
%5166 = broadcast %5165 : f32[64] @ models/lib/nn.yaml:90:7
%5167 = mul %5157, %5166 : f32[64] @ models/lib/nn.yaml:90:7
%5168 = broadcast %5164 : bool[64] @ models/lib/nn.yaml:90:7
%5169 = select %5168, %5167, %5157 : f32[64] @ models/lib/nn.yaml:90:7
%5170 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5171 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5172 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5173 = add %5172, %4282 : i64[] @ models/lib/nn.yaml:90:7
%5174 = mul %5169, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%5175 = mul %5170, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%5176 = add %5175, %5174 : f32[64] @ models/lib/nn.yaml:90:7
%5177 = mul %5169, %5169 : f32[64] @ models/lib/nn.yaml:90:7
%5178 = mul %5177, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%5179 = mul %5171, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%5180 = add %5179, %5178 : f32[64] @ models/lib/nn.yaml:90:7
%5181 = cast %5173 : f64[] @ models/lib/nn.yaml:90:7
%5182 = pow %4291, %5181 : f64[] @ models/lib/nn.yaml:90:7
%5183 = sub %4272, %5182 : f64[] @ models/lib/nn.yaml:90:7
%5184 = div %2508, %5183 : f64[] @ models/lib/nn.yaml:90:7
%5185 = pow %4299, %5181 : f64[] @ models/lib/nn.yaml:90:7
%5186 = sub %4272, %5185 : f64[] @ models/lib/nn.yaml:90:7
%5187 = sqrt %5186 : f64[] @ models/lib/nn.yaml:90:7
%5188 = div %4272, %5187 : f64[] @ models/lib/nn.yaml:90:7
%5189 = sqrt %5180 : f32[64] @ models/lib/nn.yaml:90:7
%5190 = cast %5188 : f32[] @ models/lib/nn.yaml:90:7
%5191 = broadcast %5190 : f32[64] @ models/lib/nn.yaml:90:7
%5192 = mul %5189, %5191 : f32[64] @ models/lib/nn.yaml:90:7
%5193 = add %5192, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%5194 = div %5176, %5193 : f32[64] @ models/lib/nn.yaml:90:7
%5195 = cast %5184 : f32[] @ models/lib/nn.yaml:90:7
%5196 = broadcast %5195 : f32[64] @ models/lib/nn.yaml:90:7
%5197 = mul %5194, %5196 : f32[64] @ models/lib/nn.yaml:90:7
%5198 = sub %23, %5197 : f32[64] @ models/lib/nn.yaml:90:7
%5199 = assign %23, %5198 : f32[64] @ models/lib/nn.yaml:90:7
%5200 = assign %5170, %5176 : f32[64] @ models/lib/nn.yaml:90:7
%5201 = assign %5171, %5180 : f32[64] @ models/lib/nn.yaml:90:7
%5202 = assign %5172, %5173 : i64[] @ models/lib/nn.yaml:90:7
%5203 = mul %85, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%5204 = mul %5198, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%5205 = add %5203, %5204 : f32[64] @ models/lib/nn.yaml:90:7
%5206 = assign %85, %5205 : f32[64] @ models/lib/nn.yaml:90:7
%5207 = all_reduce_sum %4041 : f32[192,64] @ models/lib/nn.yaml:79:7
%5208 = reshape %5207 : f32[12288] @ models/lib/nn.yaml:79:7
%5209 = mul %5208, %5208 : f32[12288] @ models/lib/nn.yaml:79:7
%5210 = reduce_sum %5209 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5211 = sqrt %5210 : f32[] @ models/lib/nn.yaml:79:7
%5212 = cast %5211 : f64[] @ models/lib/nn.yaml:79:7
%5213 = add %5212, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5214 = div %4270, %5213 : f64[] @ models/lib/nn.yaml:79:7
%5215 = lt %5214, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5216 = cast %5214 : f32[] @ models/lib/nn.yaml:79:7
%5217 = broadcast %5216 : f32[192,64] @ models/lib/nn.yaml:79:7
%5218 = mul %5207, %5217 : f32[192,64] @ models/lib/nn.yaml:79:7
%5219 = broadcast %5215 : bool[192,64] @ models/lib/nn.yaml:79:7
%5220 = select %5219, %5218, %5207 : f32[192,64] @ models/lib/nn.yaml:79:7
%5221 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%5222 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%5223 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5224 = add %5223, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5225 = mul %24, %4571 : f32[192,64] @ models/lib/nn.yaml:79:7
%5226 = mul %5220, %4573 : f32[192,64] @ models/lib/nn.yaml:79:7
%5227 = mul %5221, %4575 : f32[192,64] @ models/lib/nn.yaml:79:7
%5228 = add %5227, %5226 : f32[192,64] @ models/lib/nn.yaml:79:7
%5229 = mul %5220, %5220 : f32[192,64] @ models/lib/nn.yaml:79:7
%5230 = mul %5229, %4579 : f32[192,64] @ models/lib/nn.yaml:79:7
%5231 = mul %5222, %4581 : f32[192,64] @ models/lib/nn.yaml:79:7
%5232 = add %5231, %5230 : f32[192,64] @ models/lib/nn.yaml:79:7
%5233 = cast %5224 : f64[] @ models/lib/nn.yaml:79:7
%5234 = pow %4291, %5233 : f64[] @ models/lib/nn.yaml:79:7
%5235 = sub %4272, %5234 : f64[] @ models/lib/nn.yaml:79:7
%5236 = div %2508, %5235 : f64[] @ models/lib/nn.yaml:79:7
%5237 = pow %4299, %5233 : f64[] @ models/lib/nn.yaml:79:7
%5238 = sub %4272, %5237 : f64[] @ models/lib/nn.yaml:79:7
%5239 = sqrt %5238 : f64[] @ models/lib/nn.yaml:79:7
%5240 = div %4272, %5239 : f64[] @ models/lib/nn.yaml:79:7
%5241 = sqrt %5232 : f32[192,64] @ models/lib/nn.yaml:79:7
%5242 = cast %5240 : f32[] @ models/lib/nn.yaml:79:7
%5243 = broadcast %5242 : f32[192,64] @ models/lib/nn.yaml:79:7
%5244 = mul %5241, %5243 : f32[192,64] @ models/lib/nn.yaml:79:7
%5245 = add %5244, %4596 : f32[192,64] @ models/lib/nn.yaml:79:7
%5246 = div %5228, %5245 : f32[192,64] @ models/lib/nn.yaml:79:7
%5247 = cast %5236 : f32[] @ models/lib/nn.yaml:79:7
%5248 = broadcast %5247 : f32[192,64] @ models/lib/nn.yaml:79:7
%5249 = mul %5246, %5248 : f32[192,64] @ models/lib/nn.yaml:79:7
%5250 = sub %5225, %5249 : f32[192,64] @ models/lib/nn.yaml:79:7
%5251 = assign %24, %5250 : f32[192,64] @ models/lib/nn.yaml:79:7
%5252 = assign %5221, %5228 : f32[192,64] @ models/lib/nn.yaml:79:7
%5253 = assign %5222, %5232 : f32[192,64] @ models/lib/nn.yaml:79:7
%5254 = assign %5223, %5224 : i64[] @ models/lib/nn.yaml:79:7
%5255 = mul %86, %4607 : f32[192,64] @ models/lib/nn.yaml:79:7
%5256 = mul %5250, %4609 : f32[192,64] @ models/lib/nn.yaml:79:7
%5257 = add %5255, %5256 : f32[192,64] @ models/lib/nn.yaml:79:7
%5258 = assign %86, %5257 : f32[192,64] @ models/lib/nn.yaml:79:7
%5259 = all_reduce_sum %4032 : f32[192] @ models/lib/nn.yaml:80:7
%5260 = mul %5259, %5259 : f32[192] @ models/lib/nn.yaml:80:7
%5261 = reduce_sum %5260 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5262 = sqrt %5261 : f32[] @ models/lib/nn.yaml:80:7
%5263 = cast %5262 : f64[] @ models/lib/nn.yaml:80:7
%5264 = add %5263, %4268 : f64[] @ models/lib/nn.yaml:80:7
%5265 = div %4270, %5264 : f64[] @ models/lib/nn.yaml:80:7
%5266 = lt %5265, %4272 : bool[] @ models/lib/nn.yaml:80:7
%5267 = cast %5265 : f32[] @ models/lib/nn.yaml:80:7
%5268 = broadcast %5267 : f32[192] @ models/lib/nn.yaml:80:7
%5269 = mul %5259, %5268 : f32[192] @ models/lib/nn.yaml:80:7
%5270 = broadcast %5266 : bool[192] @ models/lib/nn.yaml:80:7
%5271 = select %5270, %5269, %5259 : f32[192] @ models/lib/nn.yaml:80:7
%5272 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%5273 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%5274 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5275 = add %5274, %4282 : i64[] @ models/lib/nn.yaml:80:7
%5276 = mul %5271, %4630 : f32[192] @ models/lib/nn.yaml:80:7
%5277 = mul %5272, %4632 : f32[192] @ models/lib/nn.yaml:80:7
%5278 = add %5277, %5276 : f32[192] @ models/lib/nn.yaml:80:7
%5279 = mul %5271, %5271 : f32[192] @ models/lib/nn.yaml:80:7
%5280 = mul %5279, %4636 : f32[192] @ models/lib/nn.yaml:80:7
%5281 = mul %5273, %4638 : f32[192] @ models/lib/nn.yaml:80:7
%5282 = add %5281, %5280 : f32[192] @ models/lib/nn.yaml:80:7
%5283 = cast %5275 : f64[] @ models/lib/nn.yaml:80:7
%5284 = pow %4291, %5283 : f64[] @ models/lib/nn.yaml:80:7
%5285 = sub %4272, %5284 : f64[] @ models/lib/nn.yaml:80:7
%5286 = div %2508, %5285 : f64[] @ models/lib/nn.yaml:80:7
%5287 = pow %4299, %5283 : f64[] @ models/lib/nn.yaml:80:7
%5288 = sub %4272, %5287 : f64[] @ models/lib/nn.yaml:80:7
%5289 = sqrt %5288 : f64[] @ models/lib/nn.yaml:80:7
%5290 = div %4272, %5289 : f64[] @ models/lib/nn.yaml:80:7
%5291 = sqrt %5282 : f32[192] @ models/lib/nn.yaml:80:7
%5292 = cast %5290 : f32[] @ models/lib/nn.yaml:80:7
%5293 = broadcast %5292 : f32[192] @ models/lib/nn.yaml:80:7
%5294 = mul %5291, %5293 : f32[192] @ models/lib/nn.yaml:80:7
%5295 = add %5294, %4653 : f32[192] @ models/lib/nn.yaml:80:7
%5296 = div %5278, %5295 : f32[192] @ models/lib/nn.yaml:80:7
%5297 = cast %5286 : f32[] @ models/lib/nn.yaml:80:7
%5298 = broadcast %5297 : f32[192] @ models/lib/nn.yaml:80:7
%5299 = mul %5296, %5298 : f32[192] @ models/lib/nn.yaml:80:7
%5300 = sub %25, %5299 : f32[192] @ models/lib/nn.yaml:80:7
%5301 = assign %25, %5300 : f32[192] @ models/lib/nn.yaml:80:7
%5302 = assign %5272, %5278 : f32[192] @ models/lib/nn.yaml:80:7
%5303 = assign %5273, %5282 : f32[192] @ models/lib/nn.yaml:80:7
%5304 = assign %5274, %5275 : i64[] @ models/lib/nn.yaml:80:7
%5305 = mul %87, %4664 : f32[192] @ models/lib/nn.yaml:80:7
%5306 = mul %5300, %4666 : f32[192] @ models/lib/nn.yaml:80:7
%5307 = add %5305, %5306 : f32[192] @ models/lib/nn.yaml:80:7
%5308 = assign %87, %5307 : f32[192] @ models/lib/nn.yaml:80:7
%5309 = all_reduce_sum %4003 : f32[64,64] @ models/lib/nn.yaml:79:7
%5310 = reshape %5309 : f32[4096] @ models/lib/nn.yaml:79:7
%5311 = mul %5310, %5310 : f32[4096] @ models/lib/nn.yaml:79:7
%5312 = reduce_sum %5311 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5313 = sqrt %5312 : f32[] @ models/lib/nn.yaml:79:7
%5314 = cast %5313 : f64[] @ models/lib/nn.yaml:79:7
%5315 = add %5314, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5316 = div %4270, %5315 : f64[] @ models/lib/nn.yaml:79:7
%5317 = lt %5316, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5318 = cast %5316 : f32[] @ models/lib/nn.yaml:79:7
%5319 = broadcast %5318 : f32[64,64] @ models/lib/nn.yaml:79:7
%5320 = mul %5309, %5319 : f32[64,64] @ models/lib/nn.yaml:79:7
%5321 = broadcast %5317 : bool[64,64] @ models/lib/nn.yaml:79:7
%5322 = select %5321, %5320, %5309 : f32[64,64] @ models/lib/nn.yaml:79:7
%5323 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5324 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5325 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5326 = add %5325, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5327 = mul %26, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%5328 = mul %5322, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%5329 = mul %5323, %4692 : f32[64,64] @ models/lib/nn.yaml:79:7
%5330 = add %5329, %5328 : f32[64,64] @ models/lib/nn.yaml:79:7
%5331 = mul %5322, %5322 : f32[64,64] @ models/lib/nn.yaml:79:7
%5332 = mul %5331, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%5333 = mul %5324, %4698 : f32[64,64] @ models/lib/nn.yaml:79:7
%5334 = add %5333, %5332 : f32[64,64] @ models/lib/nn.yaml:79:7
%5335 = cast %5326 : f64[] @ models/lib/nn.yaml:79:7
%5336 = pow %4291, %5335 : f64[] @ models/lib/nn.yaml:79:7
%5337 = sub %4272, %5336 : f64[] @ models/lib/nn.yaml:79:7
%5338 = div %2508, %5337 : f64[] @ models/lib/nn.yaml:79:7
%5339 = pow %4299, %5335 : f64[] @ models/lib/nn.yaml:79:7
%5340 = sub %4272, %5339 : f64[] @ models/lib/nn.yaml:79:7
%5341 = sqrt %5340 : f64[] @ models/lib/nn.yaml:79:7
%5342 = div %4272, %5341 : f64[] @ models/lib/nn.yaml:79:7
%5343 = sqrt %5334 : f32[64,64] @ models/lib/nn.yaml:79:7
%5344 = cast %5342 : f32[] @ models/lib/nn.yaml:79:7
%5345 = broadcast %5344 : f32[64,64] @ models/lib/nn.yaml:79:7
%5346 = mul %5343, %5345 : f32[64,64] @ models/lib/nn.yaml:79:7
%5347 = add %5346, %4713 : f32[64,64] @ models/lib/nn.yaml:79:7
%5348 = div %5330, %5347 : f32[64,64] @ models/lib/nn.yaml:79:7
%5349 = cast %5338 : f32[] @ models/lib/nn.yaml:79:7
%5350 = broadcast %5349 : f32[64,64] @ models/lib/nn.yaml:79:7
%5351 = mul %5348, %5350 : f32[64,64] @ models/lib/nn.yaml:79:7
%5352 = sub %5327, %5351 : f32[64,64] @ models/lib/nn.yaml:79:7
%5353 = assign %26, %5352 : f32[64,64] @ models/lib/nn.yaml:79:7
%5354 = assign %5323, %5330 : f32[64,64] @ models/lib/nn.yaml:79:7
%5355 = assign %5324, %5334 : f32[64,64] @ models/lib/nn.yaml:79:7
%5356 = assign %5325, %5326 : i64[] @ models/lib/nn.yaml:79:7
%5357 = mul %88, %4724 : f32[64,64] @ models/lib/nn.yaml:79:7
%5358 = mul %5352, %4726 : f32[64,64] @ models/lib/nn.yaml:79:7
%5359 = add %5357, %5358 : f32[64,64] @ models/lib/nn.yaml:79:7
%5360 = assign %88, %5359 : f32[64,64] @ models/lib/nn.yaml:79:7
%5361 = all_reduce_sum %3995 : f32[64] @ models/lib/nn.yaml:80:7
%5362 = mul %5361, %5361 : f32[64] @ models/lib/nn.yaml:80:7
%5363 = reduce_sum %5362 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5364 = sqrt %5363 : f32[] @ models/lib/nn.yaml:80:7
%5365 = cast %5364 : f64[] @ models/lib/nn.yaml:80:7
%5366 = add %5365, %4268 : f64[] @ models/lib/nn.yaml:80:7
%5367 = div %4270, %5366 : f64[] @ models/lib/nn.yaml:80:7
%5368 = lt %5367, %4272 : bool[] @ models/lib/nn.yaml:80:7
%5369 = cast %5367 : f32[] @ models/lib/nn.yaml:80:7
%5370 = broadcast %5369 : f32[64] @ models/lib/nn.yaml:80:7
%5371 = mul %5361, %5370 : f32[64] @ models/lib/nn.yaml:80:7
%5372 = broadcast %5368 : bool[64] @ models/lib/nn.yaml:80:7
%5373 = select %5372, %5371, %5361 : f32[64] @ models/lib/nn.yaml:80:7
%5374 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5375 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5376 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5377 = add %5376, %4282 : i64[] @ models/lib/nn.yaml:80:7
%5378 = mul %5373, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%5379 = mul %5374, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%5380 = add %5379, %5378 : f32[64] @ models/lib/nn.yaml:80:7
%5381 = mul %5373, %5373 : f32[64] @ models/lib/nn.yaml:80:7
%5382 = mul %5381, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%5383 = mul %5375, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%5384 = add %5383, %5382 : f32[64] @ models/lib/nn.yaml:80:7
%5385 = cast %5377 : f64[] @ models/lib/nn.yaml:80:7
%5386 = pow %4291, %5385 : f64[] @ models/lib/nn.yaml:80:7
%5387 = sub %4272, %5386 : f64[] @ models/lib/nn.yaml:80:7
%5388 = div %2508, %5387 : f64[] @ models/lib/nn.yaml:80:7
%5389 = pow %4299, %5385 : f64[] @ models/lib/nn.yaml:80:7
%5390 = sub %4272, %5389 : f64[] @ models/lib/nn.yaml:80:7
%5391 = sqrt %5390 : f64[] @ models/lib/nn.yaml:80:7
%5392 = div %4272, %5391 : f64[] @ models/lib/nn.yaml:80:7
%5393 = sqrt %5384 : f32[64] @ models/lib/nn.yaml:80:7
%5394 = cast %5392 : f32[] @ models/lib/nn.yaml:80:7
%5395 = broadcast %5394 : f32[64] @ models/lib/nn.yaml:80:7
%5396 = mul %5393, %5395 : f32[64] @ models/lib/nn.yaml:80:7
%5397 = add %5396, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%5398 = div %5380, %5397 : f32[64] @ models/lib/nn.yaml:80:7
%5399 = cast %5388 : f32[] @ models/lib/nn.yaml:80:7
%5400 = broadcast %5399 : f32[64] @ models/lib/nn.yaml:80:7
%5401 = mul %5398, %5400 : f32[64] @ models/lib/nn.yaml:80:7
%5402 = sub %27, %5401 : f32[64] @ models/lib/nn.yaml:80:7
%5403 = assign %27, %5402 : f32[64] @ models/lib/nn.yaml:80:7
%5404 = assign %5374, %5380 : f32[64] @ models/lib/nn.yaml:80:7
%5405 = assign %5375, %5384 : f32[64] @ models/lib/nn.yaml:80:7
%5406 = assign %5376, %5377 : i64[] @ models/lib/nn.yaml:80:7
%5407 = mul %89, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%5408 = mul %5402, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%5409 = add %5407, %5408 : f32[64] @ models/lib/nn.yaml:80:7
%5410 = assign %89, %5409 : f32[64] @ models/lib/nn.yaml:80:7
%5411 = all_reduce_sum %3965 : f32[64] @ models/lib/nn.yaml:89:7
%5412 = mul %5411, %5411 : f32[64] @ models/lib/nn.yaml:89:7
%5413 = reduce_sum %5412 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5414 = sqrt %5413 : f32[] @ models/lib/nn.yaml:89:7
%5415 = cast %5414 : f64[] @ models/lib/nn.yaml:89:7
%5416 = add %5415, %4268 : f64[] @ models/lib/nn.yaml:89:7
%5417 = div %4270, %5416 : f64[] @ models/lib/nn.yaml:89:7
%5418 = lt %5417, %4272 : bool[] @ models/lib/nn.yaml:89:7
%5419 = cast %5417 : f32[] @ models/lib/nn.yaml:89:7
%5420 = broadcast %5419 : f32[64] @ models/lib/nn.yaml:89:7
%5421 = mul %5411, %5420 : f32[64] @ models/lib/nn.yaml:89:7
%5422 = broadcast %5418 : bool[64] @ models/lib/nn.yaml:89:7
%5423 = select %5422, %5421, %5411 : f32[64] @ models/lib/nn.yaml:89:7
%5424 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5425 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5426 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5427 = add %5426, %4282 : i64[] @ models/lib/nn.yaml:89:7
%5428 = mul %5423, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%5429 = mul %5424, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%5430 = add %5429, %5428 : f32[64] @ models/lib/nn.yaml:89:7
%5431 = mul %5423, %5423 : f32[64] @ models/lib/nn.yaml:89:7
%5432 = mul %5431, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%5433 = mul %5425, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%5434 = add %5433, %5432 : f32[64] @ models/lib/nn.yaml:89:7
%5435 = cast %5427 : f64[] @ models/lib/nn.yaml:89:7
%5436 = pow %4291, %5435 : f64[] @ models/lib/nn.yaml:89:7
%5437 = sub %4272, %5436 : f64[] @ models/lib/nn.yaml:89:7
%5438 = div %2508, %5437 : f64[] @ models/lib/nn.yaml:89:7
%5439 = pow %4299, %5435 : f64[] @ models/lib/nn.yaml:89:7
%5440 = sub %4272, %5439 : f64[] @ models/lib/nn.yaml:89:7
%5441 = sqrt %5440 : f64[] @ models/lib/nn.yaml:89:7
%5442 = div %4272, %5441 : f64[] @ models/lib/nn.yaml:89:7
%5443 = sqrt %5434 : f32[64] @ models/lib/nn.yaml:89:7
%5444 = cast %5442 : f32[] @ models/lib/nn.yaml:89:7
%5445 = broadcast %5444 : f32[64] @ models/lib/nn.yaml:89:7
%5446 = mul %5443, %5445 : f32[64] @ models/lib/nn.yaml:89:7
%5447 = add %5446, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%5448 = div %5430, %5447 : f32[64] @ models/lib/nn.yaml:89:7
%5449 = cast %5438 : f32[] @ models/lib/nn.yaml:89:7
%5450 = broadcast %5449 : f32[64] @ models/lib/nn.yaml:89:7
%5451 = mul %5448, %5450 : f32[64] @ models/lib/nn.yaml:89:7
%5452 = sub %28, %5451 : f32[64] @ models/lib/nn.yaml:89:7
%5453 = assign %28, %5452 : f32[64] @ models/lib/nn.yaml:89:7
%5454 = assign %5424, %5430 : f32[64] @ models/lib/nn.yaml:89:7
%5455 = assign %5425, %5434 : f32[64] @ models/lib/nn.yaml:89:7
%5456 = assign %5426, %5427 : i64[] @ models/lib/nn.yaml:89:7
%5457 = mul %90, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%5458 = mul %5452, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%5459 = add %5457, %5458 : f32[64] @ models/lib/nn.yaml:89:7
%5460 = assign %90, %5459 : f32[64] @ models/lib/nn.yaml:89:7
%5461 = all_reduce_sum %3958 : f32[64] @ models/lib/nn.yaml:90:7
%5462 = mul %5461, %5461 : f32[64] @ models/lib/nn.yaml:90:7
%5463 = reduce_sum %5462 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5464 = sqrt %5463 : f32[] @ models/lib/nn.yaml:90:7
%5465 = cast %5464 : f64[] @ models/lib/nn.yaml:90:7
%5466 = add %5465, %4268 : f64[] @ models/lib/nn.yaml:90:7
%5467 = div %4270, %5466 : f64[] @ models/lib/nn.yaml:90:7
%5468 = lt %5467, %4272 : bool[] @ models/lib/nn.yaml:90:7
%5469 = cast %5467 : f32[] @ models/lib/nn.yaml:90:7
%5470 = broadcast %5469 : f32[64] @ models/lib/nn.yaml:90:7
%5471 = mul %5461, %5470 : f32[64] @ models/lib/nn.yaml:90:7
%5472 = broadcast %5468 : bool[64] @ models/lib/nn.yaml:90:7
%5473 = select %5472, %5471, %5461 : f32[64] @ models/lib/nn.yaml:90:7
%5474 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5475 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5476 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5477 = add %5476, %4282 : i64[] @ models/lib/nn.yaml:90:7
%5478 = mul %5473, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%5479 = mul %5474, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%5480 = add %5479, %5478 : f32[64] @ models/lib/nn.yaml:90:7
%5481 = mul %5473, %5473 : f32[64] @ models/lib/nn.yaml:90:7
%5482 = mul %5481, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%5483 = mul %5475, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%5484 = add %5483, %5482 : f32[64] @ models/lib/nn.yaml:90:7
%5485 = cast %5477 : f64[] @ models/lib/nn.yaml:90:7
%5486 = pow %4291, %5485 : f64[] @ models/lib/nn.yaml:90:7
%5487 = sub %4272, %5486 : f64[] @ models/lib/nn.yaml:90:7
%5488 = div %2508, %5487 : f64[] @ models/lib/nn.yaml:90:7
%5489 = pow %4299, %5485 : f64[] @ models/lib/nn.yaml:90:7
%5490 = sub %4272, %5489 : f64[] @ models/lib/nn.yaml:90:7
%5491 = sqrt %5490 : f64[] @ models/lib/nn.yaml:90:7
%5492 = div %4272, %5491 : f64[] @ models/lib/nn.yaml:90:7
%5493 = sqrt %5484 : f32[64] @ models/lib/nn.yaml:90:7
%5494 = cast %5492 : f32[] @ models/lib/nn.yaml:90:7
%5495 = broadcast %5494 : f32[64] @ models/lib/nn.yaml:90:7
%5496 = mul %5493, %5495 : f32[64] @ models/lib/nn.yaml:90:7
%5497 = add %5496, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%5498 = div %5480, %5497 : f32[64] @ models/lib/nn.yaml:90:7
%5499 = cast %5488 : f32[] @ models/lib/nn.yaml:90:7
%5500 = broadcast %5499 : f32[64] @ models/lib/nn.yaml:90:7
%5501 = mul %5498, %5500 : f32[64] @ models/lib/nn.yaml:90:7
%5502 = sub %29, %5501 : f32[64] @ models/lib/nn.yaml:90:7
%5503 = assign %29, %5502 : f32[64] @ models/lib/nn.yaml:90:7
%5504 = assign %5474, %5480 : f32[64] @ models/lib/nn.yaml:90:7
%5505 = assign %5475, %5484 : f32[64] @ models/lib/nn.yaml:90:7
%5506 = assign %5476, %5477 : i64[] @ models/lib/nn.yaml:90:7
%5507 = mul %91, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%5508 = mul %5502, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%5509 = add %5507, %5508 : f32[64] @ models/lib/nn.yaml:90:7
%5510 = assign %91, %5509 : f32[64] @ models/lib/nn.yaml:90:7
%5511 = all_reduce_sum %3952 : f32[256,64] @ models/lib/nn.yaml:79:7
%5512 = reshape %5511 : f32[16384] @ models/lib/nn.yaml:79:7
%5513 = mul %5512, %5512 : f32[16384] @ models/lib/nn.yaml:79:7
%5514 = reduce_sum %5513 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5515 = sqrt %5514 : f32[] @ models/lib/nn.yaml:79:7
%5516 = cast %5515 : f64[] @ models/lib/nn.yaml:79:7
%5517 = add %5516, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5518 = div %4270, %5517 : f64[] @ models/lib/nn.yaml:79:7
%5519 = lt %5518, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5520 = cast %5518 : f32[] @ models/lib/nn.yaml:79:7
%5521 = broadcast %5520 : f32[256,64] @ models/lib/nn.yaml:79:7
%5522 = mul %5511, %5521 : f32[256,64] @ models/lib/nn.yaml:79:7
%5523 = broadcast %5519 : bool[256,64] @ models/lib/nn.yaml:79:7
%5524 = select %5523, %5522, %5511 : f32[256,64] @ models/lib/nn.yaml:79:7
%5525 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5526 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5527 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5528 = add %5527, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5529 = mul %30, %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%5530 = mul %5524, %4900 : f32[256,64] @ models/lib/nn.yaml:79:7
%5531 = mul %5525, %4902 : f32[256,64] @ models/lib/nn.yaml:79:7
%5532 = add %5531, %5530 : f32[256,64] @ models/lib/nn.yaml:79:7
%5533 = mul %5524, %5524 : f32[256,64] @ models/lib/nn.yaml:79:7
%5534 = mul %5533, %4906 : f32[256,64] @ models/lib/nn.yaml:79:7
%5535 = mul %5526, %4908 : f32[256,64] @ models/lib/nn.yaml:79:7
%5536 = add %5535, %5534 : f32[256,64] @ models/lib/nn.yaml:79:7
%5537 = cast %5528 : f64[] @ models/lib/nn.yaml:79:7
%5538 = pow %4291, %5537 : f64[] @ models/lib/nn.yaml:79:7
%5539 = sub %4272, %5538 : f64[] @ models/lib/nn.yaml:79:7
%5540 = div %2508, %5539 : f64[] @ models/lib/nn.yaml:79:7
%5541 = pow %4299, %5537 : f64[] @ models/lib/nn.yaml:79:7
%5542 = sub %4272, %5541 : f64[] @ models/lib/nn.yaml:79:7
%5543 = sqrt %5542 : f64[] @ models/lib/nn.yaml:79:7
%5544 = div %4272, %5543 : f64[] @ models/lib/nn.yaml:79:7
%5545 = sqrt %5536 : f32[256,64] @ models/lib/nn.yaml:79:7
%5546 = cast %5544 : f32[] @ models/lib/nn.yaml:79:7
%5547 = broadcast %5546 : f32[256,64] @ models/lib/nn.yaml:79:7
%5548 = mul %5545, %5547 : f32[256,64] @ models/lib/nn.yaml:79:7
%5549 = add %5548, %4923 : f32[256,64] @ models/lib/nn.yaml:79:7
%5550 = div %5532, %5549 : f32[256,64] @ models/lib/nn.yaml:79:7
%5551 = cast %5540 : f32[] @ models/lib/nn.yaml:79:7
%5552 = broadcast %5551 : f32[256,64] @ models/lib/nn.yaml:79:7
%5553 = mul %5550, %5552 : f32[256,64] @ models/lib/nn.yaml:79:7
%5554 = sub %5529, %5553 : f32[256,64] @ models/lib/nn.yaml:79:7
%5555 = assign %30, %5554 : f32[256,64] @ models/lib/nn.yaml:79:7
%5556 = assign %5525, %5532 : f32[256,64] @ models/lib/nn.yaml:79:7
%5557 = assign %5526, %5536 : f32[256,64] @ models/lib/nn.yaml:79:7
%5558 = assign %5527, %5528 : i64[] @ models/lib/nn.yaml:79:7
%5559 = mul %92, %4934 : f32[256,64] @ models/lib/nn.yaml:79:7
%5560 = mul %5554, %4936 : f32[256,64] @ models/lib/nn.yaml:79:7
%5561 = add %5559, %5560 : f32[256,64] @ models/lib/nn.yaml:79:7
%5562 = assign %92, %5561 : f32[256,64] @ models/lib/nn.yaml:79:7
%5563 = all_reduce_sum %3944 : f32[256] @ models/lib/nn.yaml:80:7
%5564 = mul %5563, %5563 : f32[256] @ models/lib/nn.yaml:80:7
%5565 = reduce_sum %5564 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5566 = sqrt %5565 : f32[] @ models/lib/nn.yaml:80:7
%5567 = cast %5566 : f64[] @ models/lib/nn.yaml:80:7
%5568 = add %5567, %4268 : f64[] @ models/lib/nn.yaml:80:7
%5569 = div %4270, %5568 : f64[] @ models/lib/nn.yaml:80:7
%5570 = lt %5569, %4272 : bool[] @ models/lib/nn.yaml:80:7
%5571 = cast %5569 : f32[] @ models/lib/nn.yaml:80:7
%5572 = broadcast %5571 : f32[256] @ models/lib/nn.yaml:80:7
%5573 = mul %5563, %5572 : f32[256] @ models/lib/nn.yaml:80:7
%5574 = broadcast %5570 : bool[256] @ models/lib/nn.yaml:80:7
%5575 = select %5574, %5573, %5563 : f32[256] @ models/lib/nn.yaml:80:7
%5576 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5577 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5578 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5579 = add %5578, %4282 : i64[] @ models/lib/nn.yaml:80:7
%5580 = mul %5575, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%5581 = mul %5576, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%5582 = add %5581, %5580 : f32[256] @ models/lib/nn.yaml:80:7
%5583 = mul %5575, %5575 : f32[256] @ models/lib/nn.yaml:80:7
%5584 = mul %5583, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%5585 = mul %5577, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%5586 = add %5585, %5584 : f32[256] @ models/lib/nn.yaml:80:7
%5587 = cast %5579 : f64[] @ models/lib/nn.yaml:80:7
%5588 = pow %4291, %5587 : f64[] @ models/lib/nn.yaml:80:7
%5589 = sub %4272, %5588 : f64[] @ models/lib/nn.yaml:80:7
%5590 = div %2508, %5589 : f64[] @ models/lib/nn.yaml:80:7
%5591 = pow %4299, %5587 : f64[] @ models/lib/nn.yaml:80:7
%5592 = sub %4272, %5591 : f64[] @ models/lib/nn.yaml:80:7
%5593 = sqrt %5592 : f64[] @ models/lib/nn.yaml:80:7
%5594 = div %4272, %5593 : f64[] @ models/lib/nn.yaml:80:7
%5595 = sqrt %5586 : f32[256] @ models/lib/nn.yaml:80:7
%5596 = cast %5594 : f32[] @ models/lib/nn.yaml:80:7
%5597 = broadcast %5596 : f32[256] @ models/lib/nn.yaml:80:7
%5598 = mul %5595, %5597 : f32[256] @ models/lib/nn.yaml:80:7
%5599 = add %5598, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%5600 = div %5582, %5599 : f32[256] @ models/lib/nn.yaml:80:7
%5601 = cast %5590 : f32[] @ models/lib/nn.yaml:80:7
%5602 = broadcast %5601 : f32[256] @ models/lib/nn.yaml:80:7
%5603 = mul %5600, %5602 : f32[256] @ models/lib/nn.yaml:80:7
%5604 = sub %31, %5603 : f32[256] @ models/lib/nn.yaml:80:7
%5605 = assign %31, %5604 : f32[256] @ models/lib/nn.yaml:80:7
%5606 = assign %5576, %5582 : f32[256] @ models/lib/nn.yaml:80:7
%5607 = assign %5577, %5586 : f32[256] @ models/lib/nn.yaml:80:7
%5608 = assign %5578, %5579 : i64[] @ models/lib/nn.yaml:80:7
%5609 = mul %93, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%5610 = mul %5604, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%5611 = add %5609, %5610 : f32[256] @ models/lib/nn.yaml:80:7
%5612 = assign %93, %5611 : f32[256] @ models/lib/nn.yaml:80:7
%5613 = all_reduce_sum %3916 : f32[64,256] @ models/lib/nn.yaml:79:7
%5614 = reshape %5613 : f32[16384] @ models/lib/nn.yaml:79:7
%5615 = mul %5614, %5614 : f32[16384] @ models/lib/nn.yaml:79:7
%5616 = reduce_sum %5615 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5617 = sqrt %5616 : f32[] @ models/lib/nn.yaml:79:7
%5618 = cast %5617 : f64[] @ models/lib/nn.yaml:79:7
%5619 = add %5618, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5620 = div %4270, %5619 : f64[] @ models/lib/nn.yaml:79:7
%5621 = lt %5620, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5622 = cast %5620 : f32[] @ models/lib/nn.yaml:79:7
%5623 = broadcast %5622 : f32[64,256] @ models/lib/nn.yaml:79:7
%5624 = mul %5613, %5623 : f32[64,256] @ models/lib/nn.yaml:79:7
%5625 = broadcast %5621 : bool[64,256] @ models/lib/nn.yaml:79:7
%5626 = select %5625, %5624, %5613 : f32[64,256] @ models/lib/nn.yaml:79:7
%5627 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5628 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5629 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5630 = add %5629, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5631 = mul %32, %5015 : f32[64,256] @ models/lib/nn.yaml:79:7
%5632 = mul %5626, %5017 : f32[64,256] @ models/lib/nn.yaml:79:7
%5633 = mul %5627, %5019 : f32[64,256] @ models/lib/nn.yaml:79:7
%5634 = add %5633, %5632 : f32[64,256] @ models/lib/nn.yaml:79:7
%5635 = mul %5626, %5626 : f32[64,256] @ models/lib/nn.yaml:79:7
%5636 = mul %5635, %5023 : f32[64,256] @ models/lib/nn.yaml:79:7
%5637 = mul %5628, %5025 : f32[64,256] @ models/lib/nn.yaml:79:7
%5638 = add %5637, %5636 : f32[64,256] @ models/lib/nn.yaml:79:7
%5639 = cast %5630 : f64[] @ models/lib/nn.yaml:79:7
%5640 = pow %4291, %5639 : f64[] @ models/lib/nn.yaml:79:7
%5641 = sub %4272, %5640 : f64[] @ models/lib/nn.yaml:79:7
%5642 = div %2508, %5641 : f64[] @ models/lib/nn.yaml:79:7
%5643 = pow %4299, %5639 : f64[] @ models/lib/nn.yaml:79:7
%5644 = sub %4272, %5643 : f64[] @ models/lib/nn.yaml:79:7
%5645 = sqrt %5644 : f64[] @ models/lib/nn.yaml:79:7
%5646 = div %4272, %5645 : f64[] @ models/lib/nn.yaml:79:7
%5647 = sqrt %5638 : f32[64,256] @ models/lib/nn.yaml:79:7
%5648 = cast %5646 : f32[] @ models/lib/nn.yaml:79:7
%5649 = broadcast %5648 : f32[64,256] @ models/lib/nn.yaml:79:7
%5650 = mul %5647, %5649 : f32[64,256] @ models/lib/nn.yaml:79:7
%5651 = add %5650, %5040 : f32[64,256] @ models/lib/nn.yaml:79:7
%5652 = div %5634, %5651 : f32[64,256] @ models/lib/nn.yaml:79:7
%5653 = cast %5642 : f32[] @ models/lib/nn.yaml:79:7
%5654 = broadcast %5653 : f32[64,256] @ models/lib/nn.yaml:79:7
%5655 = mul %5652, %5654 : f32[64,256] @ models/lib/nn.yaml:79:7
%5656 = sub %5631, %5655 : f32[64,256] @ models/lib/nn.yaml:79:7
%5657 = assign %32, %5656 : f32[64,256] @ models/lib/nn.yaml:79:7
%5658 = assign %5627, %5634 : f32[64,256] @ models/lib/nn.yaml:79:7
%5659 = assign %5628, %5638 : f32[64,256] @ models/lib/nn.yaml:79:7
%5660 = assign %5629, %5630 : i64[] @ models/lib/nn.yaml:79:7
%5661 = mul %94, %5051 : f32[64,256] @ models/lib/nn.yaml:79:7
%5662 = mul %5656, %5053 : f32[64,256] @ models/lib/nn.yaml:79:7
%5663 = add %5661, %5662 : f32[64,256] @ models/lib/nn.yaml:79:7
%5664 = assign %94, %5663 : f32[64,256] @ models/lib/nn.yaml:79:7
%5665 = all_reduce_sum %3908 : f32[64] @ models/lib/nn.yaml:80:7
%5666 = mul %5665, %5665 : f32[64] @ models/lib/nn.yaml:80:7
%5667 = reduce_sum %5666 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5668 = sqrt %5667 : f32[] @ models/lib/nn.yaml:80:7
%5669 = cast %5668 : f64[] @ models/lib/nn.yaml:80:7
%5670 = add %5669, %4268 : f64[] @ models/lib/nn.yaml:80:7
%5671 = div %4270, %5670 : f64[] @ models/lib/nn.yaml:80:7
%5672 = lt %5671, %4272 : bool[] @ models/lib/nn.yaml:80:7
%5673 = cast %5671 : f32[] @ models/lib/nn.yaml:80:7
%5674 = broadcast %5673 : f32[64] @ models/lib/nn.yaml:80:7
%5675 = mul %5665, %5674 : f32[64] @ models/lib/nn.yaml:80:7
%5676 = broadcast %5672 : bool[64] @ models/lib/nn.yaml:80:7
%5677 = select %5676, %5675, %5665 : f32[64] @ models/lib/nn.yaml:80:7
%5678 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5679 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5680 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5681 = add %5680, %4282 : i64[] @ models/lib/nn.yaml:80:7
%5682 = mul %5677, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%5683 = mul %5678, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%5684 = add %5683, %5682 : f32[64] @ models/lib/nn.yaml:80:7
%5685 = mul %5677, %5677 : f32[64] @ models/lib/nn.yaml:80:7
%5686 = mul %5685, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%5687 = mul %5679, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%5688 = add %5687, %5686 : f32[64] @ models/lib/nn.yaml:80:7
%5689 = cast %5681 : f64[] @ models/lib/nn.yaml:80:7
%5690 = pow %4291, %5689 : f64[] @ models/lib/nn.yaml:80:7
%5691 = sub %4272, %5690 : f64[] @ models/lib/nn.yaml:80:7
%5692 = div %2508, %5691 : f64[] @ models/lib/nn.yaml:80:7
%5693 = pow %4299, %5689 : f64[] @ models/lib/nn.yaml:80:7
%5694 = sub %4272, %5693 : f64[] @ models/lib/nn.yaml:80:7
%5695 = sqrt %5694 : f64[] @ models/lib/nn.yaml:80:7
%5696 = div %4272, %5695 : f64[] @ models/lib/nn.yaml:80:7
%5697 = sqrt %5688 : f32[64] @ models/lib/nn.yaml:80:7
%5698 = cast %5696 : f32[] @ models/lib/nn.yaml:80:7
%5699 = broadcast %5698 : f32[64] @ models/lib/nn.yaml:80:7
%5700 = mul %5697, %5699 : f32[64] @ models/lib/nn.yaml:80:7
%5701 = add %5700, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%5702 = div %5684, %5701 : f32[64] @ models/lib/nn.yaml:80:7
%5703 = cast %5692 : f32[] @ models/lib/nn.yaml:80:7
%5704 = broadcast %5703 : f32[64] @ models/lib/nn.yaml:80:7
%5705 = mul %5702, %5704 : f32[64] @ models/lib/nn.yaml:80:7
%5706 = sub %33, %5705 : f32[64] @ models/lib/nn.yaml:80:7
%5707 = assign %33, %5706 : f32[64] @ models/lib/nn.yaml:80:7
%5708 = assign %5678, %5684 : f32[64] @ models/lib/nn.yaml:80:7
%5709 = assign %5679, %5688 : f32[64] @ models/lib/nn.yaml:80:7
%5710 = assign %5680, %5681 : i64[] @ models/lib/nn.yaml:80:7
%5711 = mul %95, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%5712 = mul %5706, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%5713 = add %5711, %5712 : f32[64] @ models/lib/nn.yaml:80:7
%5714 = assign %95, %5713 : f32[64] @ models/lib/nn.yaml:80:7
%5715 = all_reduce_sum %3901 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5716 = reshape %5715 : f32[64] @ models/lib/vit.yaml:103:7
%5717 = mul %5716, %5716 : f32[64] @ models/lib/vit.yaml:103:7
%5718 = reduce_sum %5717 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5719 = sqrt %5718 : f32[] @ models/lib/vit.yaml:103:7
%5720 = cast %5719 : f64[] @ models/lib/vit.yaml:103:7
%5721 = add %5720, %4268 : f64[] @ models/lib/vit.yaml:103:7
%5722 = div %4270, %5721 : f64[] @ models/lib/vit.yaml:103:7
%5723 = lt %5722, %4272 : bool[] @ models/lib/vit.yaml:103:7
%5724 = cast %5722 : f32[] @ models/lib/vit.yaml:103:7
%5725 = broadcast %5724 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5726 = mul %5715, %5725 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5727 = broadcast %5723 : bool[1,1,64] @ models/lib/vit.yaml:103:7
%5728 = select %5727, %5726, %5715 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5729 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5730 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5731 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5732 = add %5731, %4282 : i64[] @ models/lib/vit.yaml:103:7
%5733 = broadcast %4286 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5734 = mul %34, %5733 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5735 = broadcast %2185 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5736 = mul %5728, %5735 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5737 = broadcast %1463 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5738 = mul %5729, %5737 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5739 = add %5738, %5736 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5740 = mul %5728, %5728 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5741 = broadcast %4296 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5742 = mul %5740, %5741 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5743 = broadcast %4300 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5744 = mul %5730, %5743 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5745 = add %5744, %5742 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5746 = cast %5732 : f64[] @ models/lib/vit.yaml:103:7
%5747 = pow %4291, %5746 : f64[] @ models/lib/vit.yaml:103:7
%5748 = sub %4272, %5747 : f64[] @ models/lib/vit.yaml:103:7
%5749 = div %2508, %5748 : f64[] @ models/lib/vit.yaml:103:7
%5750 = pow %4299, %5746 : f64[] @ models/lib/vit.yaml:103:7
%5751 = sub %4272, %5750 : f64[] @ models/lib/vit.yaml:103:7
%5752 = sqrt %5751 : f64[] @ models/lib/vit.yaml:103:7
%5753 = div %4272, %5752 : f64[] @ models/lib/vit.yaml:103:7
%5754 = sqrt %5745 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5755 = cast %5753 : f32[] @ models/lib/vit.yaml:103:7
%5756 = broadcast %5755 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5757 = mul %5754, %5756 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5758 = broadcast %4316 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5759 = add %5757, %5758 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5760 = div %5739, %5759 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5761 = cast %5749 : f32[] @ models/lib/vit.yaml:103:7
%5762 = broadcast %5761 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5763 = mul %5760, %5762 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5764 = sub %5734, %5763 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5765 = assign %34, %5764 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5766 = assign %5729, %5739 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5767 = assign %5730, %5745 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5768 = assign %5731, %5732 : i64[] @ models/lib/vit.yaml:103:7
%5769 = broadcast %3 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5770 = mul %96, %5769 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5771 = broadcast %4331 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5772 = mul %5764, %5771 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5773 = add %5770, %5772 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5774 = assign %96, %5773 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5775 = all_reduce_sum %3876 : f32[64] @ models/lib/nn.yaml:89:7
%5776 = mul %5775, %5775 : f32[64] @ models/lib/nn.yaml:89:7
%5777 = reduce_sum %5776 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5778 = sqrt %5777 : f32[] @ models/lib/nn.yaml:89:7
%5779 = cast %5778 : f64[] @ models/lib/nn.yaml:89:7
%5780 = add %5779, %4268 : f64[] @ models/lib/nn.yaml:89:7
%5781 = div %4270, %5780 : f64[] @ models/lib/nn.yaml:89:7
%5782 = lt %5781, %4272 : bool[] @ models/lib/nn.yaml:89:7
%5783 = cast %5781 : f32[] @ models/lib/nn.yaml:89:7
%5784 = broadcast %5783 : f32[64] @ models/lib/nn.yaml:89:7
%5785 = mul %5775, %5784 : f32[64] @ models/lib/nn.yaml:89:7
%5786 = broadcast %5782 : bool[64] @ models/lib/nn.yaml:89:7
%5787 = select %5786, %5785, %5775 : f32[64] @ models/lib/nn.yaml:89:7
%5788 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5789 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5790 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5791 = add %5790, %4282 : i64[] @ models/lib/nn.yaml:89:7
%5792 = mul %5787, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%5793 = mul %5788, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%5794 = add %5793, %5792 : f32[64] @ models/lib/nn.yaml:89:7
%5795 = mul %5787, %5787 : f32[64] @ models/lib/nn.yaml:89:7
%5796 = mul %5795, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%5797 = mul %5789, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%5798 = add %5797, %5796 : f32[64] @ models/lib/nn.yaml:89:7
%5799 = cast %5791 : f64[] @ models/lib/nn.yaml:89:7
%5800 = pow %4291, %5799 : f64[] @ models/lib/nn.yaml:89:7
%5801 = sub %4272, %5800 : f64[] @ models/lib/nn.yaml:89:7
%5802 = div %2508, %5801 : f64[] @ models/lib/nn.yaml:89:7
%5803 = pow %4299, %5799 : f64[] @ models/lib/nn.yaml:89:7
%5804 = sub %4272, %5803 : f64[] @ models/lib/nn.yaml:89:7
%5805 = sqrt %5804 : f64[] @ models/lib/nn.yaml:89:7
%5806 = div %4272, %5805 : f64[] @ models/lib/nn.yaml:89:7
%5807 = sqrt %5798 : f32[64] @ models/lib/nn.yaml:89:7
%5808 = cast %5806 : f32[] @ models/lib/nn.yaml:89:7
%5809 = broadcast %5808 : f32[64] @ models/lib/nn.yaml:89:7
%5810 = mul %5807, %5809 : f32[64] @ models/lib/nn.yaml:89:7
%5811 = add %5810, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%5812 = div %5794, %5811 : f32[64] @ models/lib/nn.yaml:89:7
%5813 = cast %5802 : f32[] @ models/lib/nn.yaml:89:7
%5814 = broadcast %5813 : f32[64] @ models/lib/nn.yaml:89:7
%5815 = mul %5812, %5814 : f32[64] @ models/lib/nn.yaml:89:7
%5816 = sub %35, %5815 : f32[64] @ models/lib/nn.yaml:89:7
%5817 = assign %35, %5816 : f32[64] @ models/lib/nn.yaml:89:7
%5818 = assign %5788, %5794 : f32[64] @ models/lib/nn.yaml:89:7
%5819 = assign %5789, %5798 : f32[64] @ models/lib/nn.yaml:89:7
%5820 = assign %5790, %5791 : i64[] @ models/lib/nn.yaml:89:7
%5821 = mul %97, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%5822 = mul %5816, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%5823 = add %5821, %5822 : f32[64] @ models/lib/nn.yaml:89:7
%5824 = assign %97, %5823 : f32[64] @ models/lib/nn.yaml:89:7
%5825 = all_reduce_sum %3870 : f32[64] @ models/lib/nn.yaml:90:7
%5826 = mul %5825, %5825 : f32[64] @ models/lib/nn.yaml:90:7
%5827 = reduce_sum %5826 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5828 = sqrt %5827 : f32[] @ models/lib/nn.yaml:90:7
%5829 = cast %5828 : f64[] @ models/lib/nn.yaml:90:7
%5830 = add %5829, %4268 : f64[] @ models/lib/nn.yaml:90:7
%5831 = div %4270, %5830 : f64[] @ models/lib/nn.yaml:90:7
%5832 = lt %5831, %4272 : bool[] @ models/lib/nn.yaml:90:7
%5833 = cast %5831 : f32[] @ models/lib/nn.yaml:90:7
%5834 = broadcast %5833 : f32[64] @ models/lib/nn.yaml:90:7
%5835 = mul %5825, %5834 : f32[64] @ models/lib/nn.yaml:90:7
%5836 = broadcast %5832 : bool[64] @ models/lib/nn.yaml:90:7
%5837 = select %5836, %5835, %5825 : f32[64] @ models/lib/nn.yaml:90:7
%5838 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5839 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5840 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5841 = add %5840, %4282 : i64[] @ models/lib/nn.yaml:90:7
%5842 = mul %5837, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%5843 = mul %5838, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%5844 = add %5843, %5842 : f32[64] @ models/lib/nn.yaml:90:7
%5845 = mul %5837, %5837 : f32[64] @ models/lib/nn.yaml:90:7
%5846 = mul %5845, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%5847 = mul %5839, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%5848 = add %5847, %5846 : f32[64] @ models/lib/nn.yaml:90:7
%5849 = cast %5841 : f64[] @ models/lib/nn.yaml:90:7
%5850 = pow %4291, %5849 : f64[] @ models/lib/nn.yaml:90:7
%5851 = sub %4272, %5850 : f64[] @ models/lib/nn.yaml:90:7
%5852 = div %2508, %5851 : f64[] @ models/lib/nn.yaml:90:7
%5853 = pow %4299, %5849 : f64[] @ models/lib/nn.yaml:90:7
%5854 = sub %4272, %5853 : f64[] @ models/lib/nn.yaml:90:7
%5855 = sqrt %5854 : f64[] @ models/lib/nn.yaml:90:7
%5856 = div %4272, %5855 : f64[] @ models/lib/nn.yaml:90:7
%5857 = sqrt %5848 : f32[64] @ models/lib/nn.yaml:90:7
%5858 = cast %5856 : f32[] @ models/lib/nn.yaml:90:7
%5859 = broadcast %5858 : f32[64] @ models/lib/nn.yaml:90:7
%5860 = mul %5857, %5859 : f32[64] @ models/lib/nn.yaml:90:7
%5861 = add %5860, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%5862 = div %5844, %5861 : f32[64] @ models/lib/nn.yaml:90:7
%5863 = cast %5852 : f32[] @ models/lib/nn.yaml:90:7
%5864 = broadcast %5863 : f32[64] @ models/lib/nn.yaml:90:7
%5865 = mul %5862, %5864 : f32[64] @ models/lib/nn.yaml:90:7
%5866 = sub %36, %5865 : f32[64] @ models/lib/nn.yaml:90:7
%5867 = assign %36, %5866 : f32[64] @ models/lib/nn.yaml:90:7
%5868 = assign %5838, %5844 : f32[64] @ models/lib/nn.yaml:90:7
%5869 = assign %5839, %5848 : f32[64] @ models/lib/nn.yaml:90:7
%5870 = assign %5840, %5841 : i64[] @ models/lib/nn.yaml:90:7
%5871 = mul %98, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%5872 = mul %5866, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%5873 = add %5871, %5872 : f32[64] @ models/lib/nn.yaml:90:7
%5874 = assign %98, %5873 : f32[64] @ models/lib/nn.yaml:90:7
%5875 = all_reduce_sum %3862 : f32[64,64] @ models/lib/nn.yaml:79:7
%5876 = reshape %5875 : f32[4096] @ models/lib/nn.yaml:79:7
%5877 = mul %5876, %5876 : f32[4096] @ models/lib/nn.yaml:79:7
%5878 = reduce_sum %5877 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5879 = sqrt %5878 : f32[] @ models/lib/nn.yaml:79:7
%5880 = cast %5879 : f64[] @ models/lib/nn.yaml:79:7
%5881 = add %5880, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5882 = div %4270, %5881 : f64[] @ models/lib/nn.yaml:79:7
%5883 = lt %5882, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5884 = cast %5882 : f32[] @ models/lib/nn.yaml:79:7
%5885 = broadcast %5884 : f32[64,64] @ models/lib/nn.yaml:79:7
%5886 = mul %5875, %5885 : f32[64,64] @ models/lib/nn.yaml:79:7
%5887 = broadcast %5883 : bool[64,64] @ models/lib/nn.yaml:79:7
%5888 = select %5887, %5886, %5875 : f32[64,64] @ models/lib/nn.yaml:79:7
%5889 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5890 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5891 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5892 = add %5891, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5893 = mul %37, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%5894 = mul %5888, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%5895 = mul %5889, %4692 : f32[64,64] @ models/lib/nn.yaml:79:7
%5896 = add %5895, %5894 : f32[64,64] @ models/lib/nn.yaml:79:7
%5897 = mul %5888, %5888 : f32[64,64] @ models/lib/nn.yaml:79:7
%5898 = mul %5897, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%5899 = mul %5890, %4698 : f32[64,64] @ models/lib/nn.yaml:79:7
%5900 = add %5899, %5898 : f32[64,64] @ models/lib/nn.yaml:79:7
%5901 = cast %5892 : f64[] @ models/lib/nn.yaml:79:7
%5902 = pow %4291, %5901 : f64[] @ models/lib/nn.yaml:79:7
%5903 = sub %4272, %5902 : f64[] @ models/lib/nn.yaml:79:7
%5904 = div %2508, %5903 : f64[] @ models/lib/nn.yaml:79:7
%5905 = pow %4299, %5901 : f64[] @ models/lib/nn.yaml:79:7
%5906 = sub %4272, %5905 : f64[] @ models/lib/nn.yaml:79:7
%5907 = sqrt %5906 : f64[] @ models/lib/nn.yaml:79:7
%5908 = div %4272, %5907 : f64[] @ models/lib/nn.yaml:79:7
%5909 = sqrt %5900 : f32[64,64] @ models/lib/nn.yaml:79:7
%5910 = cast %5908 : f32[] @ models/lib/nn.yaml:79:7
%5911 = broadcast %5910 : f32[64,64] @ models/lib/nn.yaml:79:7
%5912 = mul %5909, %5911 : f32[64,64] @ models/lib/nn.yaml:79:7
%5913 = add %5912, %4713 : f32[64,64] @ models/lib/nn.yaml:79:7
%5914 = div %5896, %5913 : f32[64,64] @ models/lib/nn.yaml:79:7
%5915 = cast %5904 : f32[] @ models/lib/nn.yaml:79:7
%5916 = broadcast %5915 : f32[64,64] @ models/lib/nn.yaml:79:7
%5917 = mul %5914, %5916 : f32[64,64] @ models/lib/nn.yaml:79:7
%5918 = sub %5893, %5917 : f32[64,64] @ models/lib/nn.yaml:79:7
%5919 = assign %37, %5918 : f32[64,64] @ models/lib/nn.yaml:79:7
%5920 = assign %5889, %5896 : f32[64,64] @ models/lib/nn.yaml:79:7
%5921 = assign %5890, %5900 : f32[64,64] @ models/lib/nn.yaml:79:7
%5922 = assign %5891, %5892 : i64[] @ models/lib/nn.yaml:79:7
%5923 = mul %99, %4724 : f32[64,64] @ models/lib/nn.yaml:79:7
%5924 = mul %5918, %4726 : f32[64,64] @ models/lib/nn.yaml:79:7
%5925 = add %5923, %5924 : f32[64,64] @ models/lib/nn.yaml:79:7
%5926 = assign %99, %5925 : f32[64,64] @ models/lib/nn.yaml:79:7
%5927 = all_reduce_sum %3853 : f32[64] @ models/lib/nn.yaml:80:7
%5928 = mul %5927, %5927 : f32[64] @ models/lib/nn.yaml:80:7
%5929 = reduce_sum %5928 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5930 = sqrt %5929 : f32[] @ models/lib/nn.yaml:80:7
%5931 = cast %5930 : f64[] @ models/lib/nn.yaml:80:7
%5932 = add %5931, %4268 : f64[] @ models/lib/nn.yaml:80:7
%5933 = div %4270, %5932 : f64[] @ models/lib/nn.yaml:80:7
%5934 = lt %5933, %4272 : bool[] @ models/lib/nn.yaml:80:7
%5935 = cast %5933 : f32[] @ models/lib/nn.yaml:80:7
%5936 = broadcast %5935 : f32[64] @ models/lib/nn.yaml:80:7
%5937 = mul %5927, %5936 : f32[64] @ models/lib/nn.yaml:80:7
%5938 = broadcast %5934 : bool[64] @ models/lib/nn.yaml:80:7
%5939 = select %5938, %5937, %5927 : f32[64] @ models/lib/nn.yaml:80:7
%5940 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5941 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5942 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5943 = add %5942, %4282 : i64[] @ models/lib/nn.yaml:80:7
%5944 = mul %5939, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%5945 = mul %5940, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%5946 = add %5945, %5944 : f32[64] @ models/lib/nn.yaml:80:7
%5947 = mul %5939, %5939 : f32[64] @ models/lib/nn.yaml:80:7
%5948 = mul %5947, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%5949 = mul %5941, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%5950 = add %5949, %5948 : f32[64] @ models/lib/nn.yaml:80:7
%5951 = cast %5943 : f64[] @ models/lib/nn.yaml:80:7
%5952 = pow %4291, %5951 : f64[] @ models/lib/nn.yaml:80:7
%5953 = sub %4272, %5952 : f64[] @ models/lib/nn.yaml:80:7
%5954 = div %2508, %5953 : f64[] @ models/lib/nn.yaml:80:7
%5955 = pow %4299, %5951 : f64[] @ models/lib/nn.yaml:80:7
%5956 = sub %4272, %5955 : f64[] @ models/lib/nn.yaml:80:7
%5957 = sqrt %5956 : f64[] @ models/lib/nn.yaml:80:7
%5958 = div %4272, %5957 : f64[] @ models/lib/nn.yaml:80:7
%5959 = sqrt %5950 : f32[64] @ models/lib/nn.yaml:80:7
%5960 = cast %5958 : f32[] @ models/lib/nn.yaml:80:7
%5961 = broadcast %5960 : f32[64] @ models/lib/nn.yaml:80:7
%5962 = mul %5959, %5961 : f32[64] @ models/lib/nn.yaml:80:7
%5963 = add %5962, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%5964 = div %5946, %5963 : f32[64] @ models/lib/nn.yaml:80:7
%5965 = cast %5954 : f32[] @ models/lib/nn.yaml:80:7
%5966 = broadcast %5965 : f32[64] @ models/lib/nn.yaml:80:7
%5967 = mul %5964, %5966 : f32[64] @ models/lib/nn.yaml:80:7
%5968 = sub %38, %5967 : f32[64] @ models/lib/nn.yaml:80:7
%5969 = assign %38, %5968 : f32[64] @ models/lib/nn.yaml:80:7
%5970 = assign %5940, %5946 : f32[64] @ models/lib/nn.yaml:80:7
%5971 = assign %5941, %5950 : f32[64] @ models/lib/nn.yaml:80:7
%5972 = assign %5942, %5943 : i64[] @ models/lib/nn.yaml:80:7
%5973 = mul %100, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%5974 = mul %5968, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%5975 = add %5973, %5974 : f32[64] @ models/lib/nn.yaml:80:7
%5976 = assign %100, %5975 : f32[64] @ models/lib/nn.yaml:80:7
%5977 = all_reduce_sum %3847 : f32[64,64] @ models/lib/nn.yaml:79:7
%5978 = reshape %5977 : f32[4096] @ models/lib/nn.yaml:79:7
%5979 = mul %5978, %5978 : f32[4096] @ models/lib/nn.yaml:79:7
%5980 = reduce_sum %5979 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5981 = sqrt %5980 : f32[] @ models/lib/nn.yaml:79:7
%5982 = cast %5981 : f64[] @ models/lib/nn.yaml:79:7
%5983 = add %5982, %4268 : f64[] @ models/lib/nn.yaml:79:7
%5984 = div %4270, %5983 : f64[] @ models/lib/nn.yaml:79:7
%5985 = lt %5984, %4272 : bool[] @ models/lib/nn.yaml:79:7
%5986 = cast %5984 : f32[] @ models/lib/nn.yaml:79:7
%5987 = broadcast %5986 : f32[64,64] @ models/lib/nn.yaml:79:7
%5988 = mul %5977, %5987 : f32[64,64] @ models/lib/nn.yaml:79:7
%5989 = broadcast %5985 : bool[64,64] @ models/lib/nn.yaml:79:7
%5990 = select %5989, %5988, %5977 : f32[64,64] @ models/lib/nn.yaml:79:7
%5991 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5992 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5993 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5994 = add %5993, %4282 : i64[] @ models/lib/nn.yaml:79:7
%5995 = mul %39, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%5996 = mul %5990, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%5997 = mul %5991, %4692 : f32[64,64] @ models/lib/nn.yaml:79:7
%5998 = add %5997, %5996 : f32[64,64] @ models/lib/nn.yaml:79:7
%5999 = mul %5990, %5990 : f32[64,64] @ models/lib/nn.yaml:79:7
%6000 = mul %5999, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%6001 = mul %5992, %4698 : f32[64,64] @ models/lib/nn.yaml:79:7
%6002 = add %6001, %6000 : f32[64,64] @ models/lib/nn.yaml:79:7
%6003 = cast %5994 : f64[] @ models/lib/nn.yaml:79:7
%6004 = pow %4291, %6003 : f64[] @ models/lib/nn.yaml:79:7
%6005 = sub %4272, %6004 : f64[] @ models/lib/nn.yaml:79:7
%6006 = div %2508, %6005 : f64[] @ models/lib/nn.yaml:79:7
%6007 = pow %4299, %6003 : f64[] @ models/lib/nn.yaml:79:7
%6008 = sub %4272, %6007 : f64[] @ models/lib/nn.yaml:79:7
%6009 = sqrt %6008 : f64[] @ models/lib/nn.yaml:79:7
%6010 = div %4272, %6009 : f64[] @ models/lib/nn.yaml:79:7
%6011 = sqrt %6002 : f32[64,64] @ models/lib/nn.yaml:79:7
%6012 = cast %6010 : f32[] @ models/lib/nn.yaml:79:7
%6013 = broadcast %6012 : f32[64,64] @ models/lib/nn.yaml:79:7
%6014 = mul %6011, %6013 : f32[64,64] @ models/lib/nn.yaml:79:7
%6015 = add %6014, %4713 : f32[64,64] @ models/lib/nn.yaml:79:7
%6016 = div %5998, %6015 : f32[64,64] @ models/lib/nn.yaml:79:7
%6017 = cast %6006 : f32[] @ models/lib/nn.yaml:79:7
%6018 = broadcast %6017 : f32[64,64] @ models/lib/nn.yaml:79:7
%6019 = mul %6016, %6018 : f32[64,64] @ models/lib/nn.yaml:79:7
%6020 = sub %5995, %6019 : f32[64,64] @ models/lib/nn.yaml:79:7
%6021 = assign %39, %6020 : f32[64,64] @ models/lib/nn.yaml:79:7
%6022 = assign %5991, %5998 : f32[64,64] @ models/lib/nn.yaml:79:7
%6023 = assign %5992, %6002 : f32[64,64] @ models/lib/nn.yaml:79:7
%6024 = assign %5993, %5994 : i64[] @ models/lib/nn.yaml:79:7
%6025 = mul %101, %4724 : f32[64,64] @ models/lib/nn.yaml:79:7
%6026 = mul %6020, %4726 : f32[64,64] @ models/lib/nn.yaml:79:7
%6027 = add %6025, %6026 : f32[64,64] @ models/lib/nn.yaml:79:7
%6028 = assign %101, %6027 : f32[64,64] @ models/lib/nn.yaml:79:7
%6029 = all_reduce_sum %3836 : f32[64] @ models/lib/nn.yaml:80:7
%6030 = mul %6029, %6029 : f32[64] @ models/lib/nn.yaml:80:7
%6031 = reduce_sum %6030 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6032 = sqrt %6031 : f32[] @ models/lib/nn.yaml:80:7
%6033 = cast %6032 : f64[] @ models/lib/nn.yaml:80:7
%6034 = add %6033, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6035 = div %4270, %6034 : f64[] @ models/lib/nn.yaml:80:7
%6036 = lt %6035, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6037 = cast %6035 : f32[] @ models/lib/nn.yaml:80:7
%6038 = broadcast %6037 : f32[64] @ models/lib/nn.yaml:80:7
%6039 = mul %6029, %6038 : f32[64] @ models/lib/nn.yaml:80:7
%6040 = broadcast %6036 : bool[64] @ models/lib/nn.yaml:80:7
%6041 = select %6040, %6039, %6029 : f32[64] @ models/lib/nn.yaml:80:7
%6042 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6043 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6044 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6045 = add %6044, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6046 = mul %6041, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%6047 = mul %6042, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%6048 = add %6047, %6046 : f32[64] @ models/lib/nn.yaml:80:7
%6049 = mul %6041, %6041 : f32[64] @ models/lib/nn.yaml:80:7
%6050 = mul %6049, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%6051 = mul %6043, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%6052 = add %6051, %6050 : f32[64] @ models/lib/nn.yaml:80:7
%6053 = cast %6045 : f64[] @ models/lib/nn.yaml:80:7
%6054 = pow %4291, %6053 : f64[] @ models/lib/nn.yaml:80:7
%6055 = sub %4272, %6054 : f64[] @ models/lib/nn.yaml:80:7
%6056 = div %2508, %6055 : f64[] @ models/lib/nn.yaml:80:7
%6057 = pow %4299, %6053 : f64[] @ models/lib/nn.yaml:80:7
%6058 = sub %4272, %6057 : f64[] @ models/lib/nn.yaml:80:7
%6059 = sqrt %6058 : f64[] @ models/lib/nn.yaml:80:7
%6060 = div %4272, %6059 : f64[] @ models/lib/nn.yaml:80:7
%6061 = sqrt %6052 : f32[64] @ models/lib/nn.yaml:80:7
%6062 = cast %6060 : f32[] @ models/lib/nn.yaml:80:7
%6063 = broadcast %6062 : f32[64] @ models/lib/nn.yaml:80:7
%6064 = mul %6061, %6063 : f32[64] @ models/lib/nn.yaml:80:7
%6065 = add %6064, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%6066 = div %6048, %6065 : f32[64] @ models/lib/nn.yaml:80:7
%6067 = cast %6056 : f32[] @ models/lib/nn.yaml:80:7
%6068 = broadcast %6067 : f32[64] @ models/lib/nn.yaml:80:7
%6069 = mul %6066, %6068 : f32[64] @ models/lib/nn.yaml:80:7
%6070 = sub %40, %6069 : f32[64] @ models/lib/nn.yaml:80:7
%6071 = assign %40, %6070 : f32[64] @ models/lib/nn.yaml:80:7
%6072 = assign %6042, %6048 : f32[64] @ models/lib/nn.yaml:80:7
%6073 = assign %6043, %6052 : f32[64] @ models/lib/nn.yaml:80:7
%6074 = assign %6044, %6045 : i64[] @ models/lib/nn.yaml:80:7
%6075 = mul %102, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%6076 = mul %6070, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%6077 = add %6075, %6076 : f32[64] @ models/lib/nn.yaml:80:7
%6078 = assign %102, %6077 : f32[64] @ models/lib/nn.yaml:80:7
%6079 = all_reduce_sum %3828 : f32[64,64] @ models/lib/nn.yaml:79:7
%6080 = reshape %6079 : f32[4096] @ models/lib/nn.yaml:79:7
%6081 = mul %6080, %6080 : f32[4096] @ models/lib/nn.yaml:79:7
%6082 = reduce_sum %6081 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6083 = sqrt %6082 : f32[] @ models/lib/nn.yaml:79:7
%6084 = cast %6083 : f64[] @ models/lib/nn.yaml:79:7
%6085 = add %6084, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6086 = div %4270, %6085 : f64[] @ models/lib/nn.yaml:79:7
%6087 = lt %6086, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6088 = cast %6086 : f32[] @ models/lib/nn.yaml:79:7
%6089 = broadcast %6088 : f32[64,64] @ models/lib/nn.yaml:79:7
%6090 = mul %6079, %6089 : f32[64,64] @ models/lib/nn.yaml:79:7
%6091 = broadcast %6087 : bool[64,64] @ models/lib/nn.yaml:79:7
%6092 = select %6091, %6090, %6079 : f32[64,64] @ models/lib/nn.yaml:79:7
%6093 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6094 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6095 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6096 = add %6095, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6097 = mul %41, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%6098 = mul %6092, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%6099 = mul %6093, %4692 : f32[64,64] @ models/lib/nn.yaml:79:7
%6100 = add %6099, %6098 : f32[64,64] @ models/lib/nn.yaml:79:7
%6101 = mul %6092, %6092 : f32[64,64] @ models/lib/nn.yaml:79:7
%6102 = mul %6101, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%6103 = mul %6094, %4698 : f32[64,64] @ models/lib/nn.yaml:79:7
%6104 = add %6103, %6102 : f32[64,64] @ models/lib/nn.yaml:79:7
%6105 = cast %6096 : f64[] @ models/lib/nn.yaml:79:7
%6106 = pow %4291, %6105 : f64[] @ models/lib/nn.yaml:79:7
%6107 = sub %4272, %6106 : f64[] @ models/lib/nn.yaml:79:7
%6108 = div %2508, %6107 : f64[] @ models/lib/nn.yaml:79:7
%6109 = pow %4299, %6105 : f64[] @ models/lib/nn.yaml:79:7
%6110 = sub %4272, %6109 : f64[] @ models/lib/nn.yaml:79:7
%6111 = sqrt %6110 : f64[] @ models/lib/nn.yaml:79:7
%6112 = div %4272, %6111 : f64[] @ models/lib/nn.yaml:79:7
%6113 = sqrt %6104 : f32[64,64] @ models/lib/nn.yaml:79:7
%6114 = cast %6112 : f32[] @ models/lib/nn.yaml:79:7
%6115 = broadcast %6114 : f32[64,64] @ models/lib/nn.yaml:79:7
%6116 = mul %6113, %6115 : f32[64,64] @ models/lib/nn.yaml:79:7
%6117 = add %6116, %4713 : f32[64,64] @ models/lib/nn.yaml:79:7
%6118 = div %6100, %6117 : f32[64,64] @ models/lib/nn.yaml:79:7
%6119 = cast %6108 : f32[] @ models/lib/nn.yaml:79:7
%6120 = broadcast %6119 : f32[64,64] @ models/lib/nn.yaml:79:7
%6121 = mul %6118, %6120 : f32[64,64] @ models/lib/nn.yaml:79:7
%6122 = sub %6097, %6121 : f32[64,64] @ models/lib/nn.yaml:79:7
%6123 = assign %41, %6122 : f32[64,64] @ models/lib/nn.yaml:79:7
%6124 = assign %6093, %6100 : f32[64,64] @ models/lib/nn.yaml:79:7
%6125 = assign %6094, %6104 : f32[64,64] @ models/lib/nn.yaml:79:7
%6126 = assign %6095, %6096 : i64[] @ models/lib/nn.yaml:79:7
%6127 = mul %103, %4724 : f32[64,64] @ models/lib/nn.yaml:79:7
%6128 = mul %6122, %4726 : f32[64,64] @ models/lib/nn.yaml:79:7
%6129 = add %6127, %6128 : f32[64,64] @ models/lib/nn.yaml:79:7
%6130 = assign %103, %6129 : f32[64,64] @ models/lib/nn.yaml:79:7
%6131 = all_reduce_sum %3819 : f32[64] @ models/lib/nn.yaml:80:7
%6132 = mul %6131, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6133 = reduce_sum %6132 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6134 = sqrt %6133 : f32[] @ models/lib/nn.yaml:80:7
%6135 = cast %6134 : f64[] @ models/lib/nn.yaml:80:7
%6136 = add %6135, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6137 = div %4270, %6136 : f64[] @ models/lib/nn.yaml:80:7
%6138 = lt %6137, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6139 = cast %6137 : f32[] @ models/lib/nn.yaml:80:7
%6140 = broadcast %6139 : f32[64] @ models/lib/nn.yaml:80:7
%6141 = mul %6131, %6140 : f32[64] @ models/lib/nn.yaml:80:7
%6142 = broadcast %6138 : bool[64] @ models/lib/nn.yaml:80:7
%6143 = select %6142, %6141, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6144 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6145 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6146 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6147 = add %6146, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6148 = mul %6143, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%6149 = mul %6144, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%6150 = add %6149, %6148 : f32[64] @ models/lib/nn.yaml:80:7
%6151 = mul %6143, %6143 : f32[64] @ models/lib/nn.yaml:80:7
%6152 = mul %6151, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%6153 = mul %6145, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%6154 = add %6153, %6152 : f32[64] @ models/lib/nn.yaml:80:7
%6155 = cast %6147 : f64[] @ models/lib/nn.yaml:80:7
%6156 = pow %4291, %6155 : f64[] @ models/lib/nn.yaml:80:7
%6157 = sub %4272, %6156 : f64[] @ models/lib/nn.yaml:80:7
%6158 = div %2508, %6157 : f64[] @ models/lib/nn.yaml:80:7
%6159 = pow %4299, %6155 : f64[] @ models/lib/nn.yaml:80:7
%6160 = sub %4272, %6159 : f64[] @ models/lib/nn.yaml:80:7
%6161 = sqrt %6160 : f64[] @ models/lib/nn.yaml:80:7
%6162 = div %4272, %6161 : f64[] @ models/lib/nn.yaml:80:7
%6163 = sqrt %6154 : f32[64] @ models/lib/nn.yaml:80:7
%6164 = cast %6162 : f32[] @ models/lib/nn.yaml:80:7
%6165 = broadcast %6164 : f32[64] @ models/lib/nn.yaml:80:7
%6166 = mul %6163, %6165 : f32[64] @ models/lib/nn.yaml:80:7
%6167 = add %6166, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%6168 = div %6150, %6167 : f32[64] @ models/lib/nn.yaml:80:7
%6169 = cast %6158 : f32[] @ models/lib/nn.yaml:80:7
%6170 = broadcast %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6171 = mul %6168, %6170 : f32[64] @ models/lib/nn.yaml:80:7
%6172 = sub %42, %6171 : f32[64] @ models/lib/nn.yaml:80:7
%6173 = assign %42, %6172 : f32[64] @ models/lib/nn.yaml:80:7
%6174 = assign %6144, %6150 : f32[64] @ models/lib/nn.yaml:80:7
%6175 = assign %6145, %6154 : f32[64] @ models/lib/nn.yaml:80:7
%6176 = assign %6146, %6147 : i64[] @ models/lib/nn.yaml:80:7
%6177 = mul %104, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%6178 = mul %6172, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%6179 = add %6177, %6178 : f32[64] @ models/lib/nn.yaml:80:7
%6180 = assign %104, %6179 : f32[64] @ models/lib/nn.yaml:80:7
%6181 = all_reduce_sum %3765 : f32[64,64] @ models/lib/nn.yaml:79:7
%6182 = reshape %6181 : f32[4096] @ models/lib/nn.yaml:79:7
%6183 = mul %6182, %6182 : f32[4096] @ models/lib/nn.yaml:79:7
%6184 = reduce_sum %6183 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6185 = sqrt %6184 : f32[] @ models/lib/nn.yaml:79:7
%6186 = cast %6185 : f64[] @ models/lib/nn.yaml:79:7
%6187 = add %6186, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6188 = div %4270, %6187 : f64[] @ models/lib/nn.yaml:79:7
%6189 = lt %6188, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6190 = cast %6188 : f32[] @ models/lib/nn.yaml:79:7
%6191 = broadcast %6190 : f32[64,64] @ models/lib/nn.yaml:79:7
%6192 = mul %6181, %6191 : f32[64,64] @ models/lib/nn.yaml:79:7
%6193 = broadcast %6189 : bool[64,64] @ models/lib/nn.yaml:79:7
%6194 = select %6193, %6192, %6181 : f32[64,64] @ models/lib/nn.yaml:79:7
%6195 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6196 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6197 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6198 = add %6197, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6199 = mul %43, %4688 : f32[64,64] @ models/lib/nn.yaml:79:7
%6200 = mul %6194, %4690 : f32[64,64] @ models/lib/nn.yaml:79:7
%6201 = mul %6195, %4692 : f32[64,64] @ models/lib/nn.yaml:79:7
%6202 = add %6201, %6200 : f32[64,64] @ models/lib/nn.yaml:79:7
%6203 = mul %6194, %6194 : f32[64,64] @ models/lib/nn.yaml:79:7
%6204 = mul %6203, %4696 : f32[64,64] @ models/lib/nn.yaml:79:7
%6205 = mul %6196, %4698 : f32[64,64] @ models/lib/nn.yaml:79:7
%6206 = add %6205, %6204 : f32[64,64] @ models/lib/nn.yaml:79:7
%6207 = cast %6198 : f64[] @ models/lib/nn.yaml:79:7
%6208 = pow %4291, %6207 : f64[] @ models/lib/nn.yaml:79:7
%6209 = sub %4272, %6208 : f64[] @ models/lib/nn.yaml:79:7
%6210 = div %2508, %6209 : f64[] @ models/lib/nn.yaml:79:7
%6211 = pow %4299, %6207 : f64[] @ models/lib/nn.yaml:79:7
%6212 = sub %4272, %6211 : f64[] @ models/lib/nn.yaml:79:7
%6213 = sqrt %6212 : f64[] @ models/lib/nn.yaml:79:7
%6214 = div %4272, %6213 : f64[] @ models/lib/nn.yaml:79:7
%6215 = sqrt %6206 : f32[64,64] @ models/lib/nn.yaml:79:7
%6216 = cast %6214 : f32[] @ models/lib/nn.yaml:79:7
%6217 = broadcast %6216 : f32[64,64] @ models/lib/nn.yaml:79:7
%6218 = mul %6215, %6217 : f32[64,64] @ models/lib/nn.yaml:79:7
%6219 = add %6218, %4713 : f32[64,64] @ models/lib/nn.yaml:79:7
%6220 = div %6202, %6219 : f32[64,64] @ models/lib/nn.yaml:79:7
%6221 = cast %6210 : f32[] @ models/lib/nn.yaml:79:7
%6222 = broadcast %6221 : f32[64,64] @ models/lib/nn.yaml:79:7
%6223 = mul %6220, %6222 : f32[64,64] @ models/lib/nn.yaml:79:7
%6224 = sub %6199, %6223 : f32[64,64] @ models/lib/nn.yaml:79:7
%6225 = assign %43, %6224 : f32[64,64] @ models/lib/nn.yaml:79:7
%6226 = assign %6195, %6202 : f32[64,64] @ models/lib/nn.yaml:79:7
%6227 = assign %6196, %6206 : f32[64,64] @ models/lib/nn.yaml:79:7
%6228 = assign %6197, %6198 : i64[] @ models/lib/nn.yaml:79:7
%6229 = mul %105, %4724 : f32[64,64] @ models/lib/nn.yaml:79:7
%6230 = mul %6224, %4726 : f32[64,64] @ models/lib/nn.yaml:79:7
%6231 = add %6229, %6230 : f32[64,64] @ models/lib/nn.yaml:79:7
%6232 = assign %105, %6231 : f32[64,64] @ models/lib/nn.yaml:79:7
%6233 = all_reduce_sum %3757 : f32[64] @ models/lib/nn.yaml:80:7
%6234 = mul %6233, %6233 : f32[64] @ models/lib/nn.yaml:80:7
%6235 = reduce_sum %6234 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6236 = sqrt %6235 : f32[] @ models/lib/nn.yaml:80:7
%6237 = cast %6236 : f64[] @ models/lib/nn.yaml:80:7
%6238 = add %6237, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6239 = div %4270, %6238 : f64[] @ models/lib/nn.yaml:80:7
%6240 = lt %6239, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6241 = cast %6239 : f32[] @ models/lib/nn.yaml:80:7
%6242 = broadcast %6241 : f32[64] @ models/lib/nn.yaml:80:7
%6243 = mul %6233, %6242 : f32[64] @ models/lib/nn.yaml:80:7
%6244 = broadcast %6240 : bool[64] @ models/lib/nn.yaml:80:7
%6245 = select %6244, %6243, %6233 : f32[64] @ models/lib/nn.yaml:80:7
%6246 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6247 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6248 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6249 = add %6248, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6250 = mul %6245, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%6251 = mul %6246, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%6252 = add %6251, %6250 : f32[64] @ models/lib/nn.yaml:80:7
%6253 = mul %6245, %6245 : f32[64] @ models/lib/nn.yaml:80:7
%6254 = mul %6253, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%6255 = mul %6247, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%6256 = add %6255, %6254 : f32[64] @ models/lib/nn.yaml:80:7
%6257 = cast %6249 : f64[] @ models/lib/nn.yaml:80:7
%6258 = pow %4291, %6257 : f64[] @ models/lib/nn.yaml:80:7
%6259 = sub %4272, %6258 : f64[] @ models/lib/nn.yaml:80:7
%6260 = div %2508, %6259 : f64[] @ models/lib/nn.yaml:80:7
%6261 = pow %4299, %6257 : f64[] @ models/lib/nn.yaml:80:7
%6262 = sub %4272, %6261 : f64[] @ models/lib/nn.yaml:80:7
%6263 = sqrt %6262 : f64[] @ models/lib/nn.yaml:80:7
%6264 = div %4272, %6263 : f64[] @ models/lib/nn.yaml:80:7
%6265 = sqrt %6256 : f32[64] @ models/lib/nn.yaml:80:7
%6266 = cast %6264 : f32[] @ models/lib/nn.yaml:80:7
%6267 = broadcast %6266 : f32[64] @ models/lib/nn.yaml:80:7
%6268 = mul %6265, %6267 : f32[64] @ models/lib/nn.yaml:80:7
%6269 = add %6268, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%6270 = div %6252, %6269 : f32[64] @ models/lib/nn.yaml:80:7
%6271 = cast %6260 : f32[] @ models/lib/nn.yaml:80:7
%6272 = broadcast %6271 : f32[64] @ models/lib/nn.yaml:80:7
%6273 = mul %6270, %6272 : f32[64] @ models/lib/nn.yaml:80:7
%6274 = sub %44, %6273 : f32[64] @ models/lib/nn.yaml:80:7
%6275 = assign %44, %6274 : f32[64] @ models/lib/nn.yaml:80:7
%6276 = assign %6246, %6252 : f32[64] @ models/lib/nn.yaml:80:7
%6277 = assign %6247, %6256 : f32[64] @ models/lib/nn.yaml:80:7
%6278 = assign %6248, %6249 : i64[] @ models/lib/nn.yaml:80:7
%6279 = mul %106, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%6280 = mul %6274, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%6281 = add %6279, %6280 : f32[64] @ models/lib/nn.yaml:80:7
%6282 = assign %106, %6281 : f32[64] @ models/lib/nn.yaml:80:7
%6283 = all_reduce_sum %3736 : f32[64] @ models/lib/nn.yaml:89:7
%6284 = mul %6283, %6283 : f32[64] @ models/lib/nn.yaml:89:7
%6285 = reduce_sum %6284 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6286 = sqrt %6285 : f32[] @ models/lib/nn.yaml:89:7
%6287 = cast %6286 : f64[] @ models/lib/nn.yaml:89:7
%6288 = add %6287, %4268 : f64[] @ models/lib/nn.yaml:89:7
%6289 = div %4270, %6288 : f64[] @ models/lib/nn.yaml:89:7
%6290 = lt %6289, %4272 : bool[] @ models/lib/nn.yaml:89:7
%6291 = cast %6289 : f32[] @ models/lib/nn.yaml:89:7
%6292 = broadcast %6291 : f32[64] @ models/lib/nn.yaml:89:7
%6293 = mul %6283, %6292 : f32[64] @ models/lib/nn.yaml:89:7
%6294 = broadcast %6290 : bool[64] @ models/lib/nn.yaml:89:7
%6295 = select %6294, %6293, %6283 : f32[64] @ models/lib/nn.yaml:89:7
%6296 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6297 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6298 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6299 = add %6298, %4282 : i64[] @ models/lib/nn.yaml:89:7
%6300 = mul %6295, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%6301 = mul %6296, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%6302 = add %6301, %6300 : f32[64] @ models/lib/nn.yaml:89:7
%6303 = mul %6295, %6295 : f32[64] @ models/lib/nn.yaml:89:7
%6304 = mul %6303, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%6305 = mul %6297, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%6306 = add %6305, %6304 : f32[64] @ models/lib/nn.yaml:89:7
%6307 = cast %6299 : f64[] @ models/lib/nn.yaml:89:7
%6308 = pow %4291, %6307 : f64[] @ models/lib/nn.yaml:89:7
%6309 = sub %4272, %6308 : f64[] @ models/lib/nn.yaml:89:7
%6310 = div %2508, %6309 : f64[] @ models/lib/nn.yaml:89:7
%6311 = pow %4299, %6307 : f64[] @ models/lib/nn.yaml:89:7
%6312 = sub %4272, %6311 : f64[] @ models/lib/nn.yaml:89:7
%6313 = sqrt %6312 : f64[] @ models/lib/nn.yaml:89:7
%6314 = div %4272, %6313 : f64[] @ models/lib/nn.yaml:89:7
%6315 = sqrt %6306 : f32[64] @ models/lib/nn.yaml:89:7
%6316 = cast %6314 : f32[] @ models/lib/nn.yaml:89:7
%6317 = broadcast %6316 : f32[64] @ models/lib/nn.yaml:89:7
%6318 = mul %6315, %6317 : f32[64] @ models/lib/nn.yaml:89:7
%6319 = add %6318, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%6320 = div %6302, %6319 : f32[64] @ models/lib/nn.yaml:89:7
%6321 = cast %6310 : f32[] @ models/lib/nn.yaml:89:7
%6322 = broadcast %6321 : f32[64] @ models/lib/nn.yaml:89:7
%6323 = mul %6320, %6322 : f32[64] @ models/lib/nn.yaml:89:7
%6324 = sub %45, %6323 : f32[64] @ models/lib/nn.yaml:89:7
%6325 = assign %45, %6324 : f32[64] @ models/lib/nn.yaml:89:7
%6326 = assign %6296, %6302 : f32[64] @ models/lib/nn.yaml:89:7
%6327 = assign %6297, %6306 : f32[64] @ models/lib/nn.yaml:89:7
%6328 = assign %6298, %6299 : i64[] @ models/lib/nn.yaml:89:7
%6329 = mul %107, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%6330 = mul %6324, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%6331 = add %6329, %6330 : f32[64] @ models/lib/nn.yaml:89:7
%6332 = assign %107, %6331 : f32[64] @ models/lib/nn.yaml:89:7
%6333 = all_reduce_sum %3729 : f32[64] @ models/lib/nn.yaml:90:7
%6334 = mul %6333, %6333 : f32[64] @ models/lib/nn.yaml:90:7
%6335 = reduce_sum %6334 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6336 = sqrt %6335 : f32[] @ models/lib/nn.yaml:90:7
%6337 = cast %6336 : f64[] @ models/lib/nn.yaml:90:7
%6338 = add %6337, %4268 : f64[] @ models/lib/nn.yaml:90:7
%6339 = div %4270, %6338 : f64[] @ models/lib/nn.yaml:90:7
%6340 = lt %6339, %4272 : bool[] @ models/lib/nn.yaml:90:7
%6341 = cast %6339 : f32[] @ models/lib/nn.yaml:90:7
%6342 = broadcast %6341 : f32[64] @ models/lib/nn.yaml:90:7
%6343 = mul %6333, %6342 : f32[64] @ models/lib/nn.yaml:90:7
%6344 = broadcast %6340 : bool[64] @ models/lib/nn.yaml:90:7
%6345 = select %6344, %6343, %6333 : f32[64] @ models/lib/nn.yaml:90:7
%6346 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6347 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6348 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6349 = add %6348, %4282 : i64[] @ models/lib/nn.yaml:90:7
%6350 = mul %6345, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%6351 = mul %6346, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%6352 = add %6351, %6350 : f32[64] @ models/lib/nn.yaml:90:7
%6353 = mul %6345, %6345 : f32[64] @ models/lib/nn.yaml:90:7
%6354 = mul %6353, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%6355 = mul %6347, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%6356 = add %6355, %6354 : f32[64] @ models/lib/nn.yaml:90:7
%6357 = cast %6349 : f64[] @ models/lib/nn.yaml:90:7
%6358 = pow %4291, %6357 : f64[] @ models/lib/nn.yaml:90:7
%6359 = sub %4272, %6358 : f64[] @ models/lib/nn.yaml:90:7
%6360 = div %2508, %6359 : f64[] @ models/lib/nn.yaml:90:7
%6361 = pow %4299, %6357 : f64[] @ models/lib/nn.yaml:90:7
%6362 = sub %4272, %6361 : f64[] @ models/lib/nn.yaml:90:7
%6363 = sqrt %6362 : f64[] @ models/lib/nn.yaml:90:7
%6364 = div %4272, %6363 : f64[] @ models/lib/nn.yaml:90:7
%6365 = sqrt %6356 : f32[64] @ models/lib/nn.yaml:90:7
%6366 = cast %6364 : f32[] @ models/lib/nn.yaml:90:7
%6367 = broadcast %6366 : f32[64] @ models/lib/nn.yaml:90:7
%6368 = mul %6365, %6367 : f32[64] @ models/lib/nn.yaml:90:7
%6369 = add %6368, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%6370 = div %6352, %6369 : f32[64] @ models/lib/nn.yaml:90:7
%6371 = cast %6360 : f32[] @ models/lib/nn.yaml:90:7
%6372 = broadcast %6371 : f32[64] @ models/lib/nn.yaml:90:7
%6373 = mul %6370, %6372 : f32[64] @ models/lib/nn.yaml:90:7
%6374 = sub %46, %6373 : f32[64] @ models/lib/nn.yaml:90:7
%6375 = assign %46, %6374 : f32[64] @ models/lib/nn.yaml:90:7
%6376 = assign %6346, %6352 : f32[64] @ models/lib/nn.yaml:90:7
%6377 = assign %6347, %6356 : f32[64] @ models/lib/nn.yaml:90:7
%6378 = assign %6348, %6349 : i64[] @ models/lib/nn.yaml:90:7
%6379 = mul %108, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%6380 = mul %6374, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%6381 = add %6379, %6380 : f32[64] @ models/lib/nn.yaml:90:7
%6382 = assign %108, %6381 : f32[64] @ models/lib/nn.yaml:90:7
%6383 = all_reduce_sum %3725 : f32[256,64] @ models/lib/nn.yaml:79:7
%6384 = reshape %6383 : f32[16384] @ models/lib/nn.yaml:79:7
%6385 = mul %6384, %6384 : f32[16384] @ models/lib/nn.yaml:79:7
%6386 = reduce_sum %6385 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6387 = sqrt %6386 : f32[] @ models/lib/nn.yaml:79:7
%6388 = cast %6387 : f64[] @ models/lib/nn.yaml:79:7
%6389 = add %6388, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6390 = div %4270, %6389 : f64[] @ models/lib/nn.yaml:79:7
%6391 = lt %6390, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6392 = cast %6390 : f32[] @ models/lib/nn.yaml:79:7
%6393 = broadcast %6392 : f32[256,64] @ models/lib/nn.yaml:79:7
%6394 = mul %6383, %6393 : f32[256,64] @ models/lib/nn.yaml:79:7
%6395 = broadcast %6391 : bool[256,64] @ models/lib/nn.yaml:79:7
%6396 = select %6395, %6394, %6383 : f32[256,64] @ models/lib/nn.yaml:79:7
%6397 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6398 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6399 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6400 = add %6399, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6401 = mul %47, %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%6402 = mul %6396, %4900 : f32[256,64] @ models/lib/nn.yaml:79:7
%6403 = mul %6397, %4902 : f32[256,64] @ models/lib/nn.yaml:79:7
%6404 = add %6403, %6402 : f32[256,64] @ models/lib/nn.yaml:79:7
%6405 = mul %6396, %6396 : f32[256,64] @ models/lib/nn.yaml:79:7
%6406 = mul %6405, %4906 : f32[256,64] @ models/lib/nn.yaml:79:7
%6407 = mul %6398, %4908 : f32[256,64] @ models/lib/nn.yaml:79:7
%6408 = add %6407, %6406 : f32[256,64] @ models/lib/nn.yaml:79:7
%6409 = cast %6400 : f64[] @ models/lib/nn.yaml:79:7
%6410 = pow %4291, %6409 : f64[] @ models/lib/nn.yaml:79:7
%6411 = sub %4272, %6410 : f64[] @ models/lib/nn.yaml:79:7
%6412 = div %2508, %6411 : f64[] @ models/lib/nn.yaml:79:7
%6413 = pow %4299, %6409 : f64[] @ models/lib/nn.yaml:79:7
%6414 = sub %4272, %6413 : f64[] @ models/lib/nn.yaml:79:7
%6415 = sqrt %6414 : f64[] @ models/lib/nn.yaml:79:7
%6416 = div %4272, %6415 : f64[] @ models/lib/nn.yaml:79:7
%6417 = sqrt %6408 : f32[256,64] @ models/lib/nn.yaml:79:7
%6418 = cast %6416 : f32[] @ models/lib/nn.yaml:79:7
%6419 = broadcast %6418 : f32[256,64] @ models/lib/nn.yaml:79:7
%6420 = mul %6417, %6419 : f32[256,64] @ models/lib/nn.yaml:79:7
%6421 = add %6420, %4923 : f32[256,64] @ models/lib/nn.yaml:79:7
%6422 = div %6404, %6421 : f32[256,64] @ models/lib/nn.yaml:79:7
%6423 = cast %6412 : f32[] @ models/lib/nn.yaml:79:7
%6424 = broadcast %6423 : f32[256,64] @ models/lib/nn.yaml:79:7
%6425 = mul %6422, %6424 : f32[256,64] @ models/lib/nn.yaml:79:7
%6426 = sub %6401, %6425 : f32[256,64] @ models/lib/nn.yaml:79:7
%6427 = assign %47, %6426 : f32[256,64] @ models/lib/nn.yaml:79:7
%6428 = assign %6397, %6404 : f32[256,64] @ models/lib/nn.yaml:79:7
%6429 = assign %6398, %6408 : f32[256,64] @ models/lib/nn.yaml:79:7
%6430 = assign %6399, %6400 : i64[] @ models/lib/nn.yaml:79:7
%6431 = mul %109, %4934 : f32[256,64] @ models/lib/nn.yaml:79:7
%6432 = mul %6426, %4936 : f32[256,64] @ models/lib/nn.yaml:79:7
%6433 = add %6431, %6432 : f32[256,64] @ models/lib/nn.yaml:79:7
%6434 = assign %109, %6433 : f32[256,64] @ models/lib/nn.yaml:79:7
%6435 = all_reduce_sum %3717 : f32[256] @ models/lib/nn.yaml:80:7
%6436 = mul %6435, %6435 : f32[256] @ models/lib/nn.yaml:80:7
%6437 = reduce_sum %6436 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6438 = sqrt %6437 : f32[] @ models/lib/nn.yaml:80:7
%6439 = cast %6438 : f64[] @ models/lib/nn.yaml:80:7
%6440 = add %6439, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6441 = div %4270, %6440 : f64[] @ models/lib/nn.yaml:80:7
%6442 = lt %6441, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6443 = cast %6441 : f32[] @ models/lib/nn.yaml:80:7
%6444 = broadcast %6443 : f32[256] @ models/lib/nn.yaml:80:7
%6445 = mul %6435, %6444 : f32[256] @ models/lib/nn.yaml:80:7
%6446 = broadcast %6442 : bool[256] @ models/lib/nn.yaml:80:7
%6447 = select %6446, %6445, %6435 : f32[256] @ models/lib/nn.yaml:80:7
%6448 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6449 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6450 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6451 = add %6450, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6452 = mul %6447, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%6453 = mul %6448, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%6454 = add %6453, %6452 : f32[256] @ models/lib/nn.yaml:80:7
%6455 = mul %6447, %6447 : f32[256] @ models/lib/nn.yaml:80:7
%6456 = mul %6455, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%6457 = mul %6449, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%6458 = add %6457, %6456 : f32[256] @ models/lib/nn.yaml:80:7
%6459 = cast %6451 : f64[] @ models/lib/nn.yaml:80:7
%6460 = pow %4291, %6459 : f64[] @ models/lib/nn.yaml:80:7
%6461 = sub %4272, %6460 : f64[] @ models/lib/nn.yaml:80:7
%6462 = div %2508, %6461 : f64[] @ models/lib/nn.yaml:80:7
%6463 = pow %4299, %6459 : f64[] @ models/lib/nn.yaml:80:7
%6464 = sub %4272, %6463 : f64[] @ models/lib/nn.yaml:80:7
%6465 = sqrt %6464 : f64[] @ models/lib/nn.yaml:80:7
%6466 = div %4272, %6465 : f64[] @ models/lib/nn.yaml:80:7
%6467 = sqrt %6458 : f32[256] @ models/lib/nn.yaml:80:7
%6468 = cast %6466 : f32[] @ models/lib/nn.yaml:80:7
%6469 = broadcast %6468 : f32[256] @ models/lib/nn.yaml:80:7
%6470 = mul %6467, %6469 : f32[256] @ models/lib/nn.yaml:80:7
%6471 = add %6470, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%6472 = div %6454, %6471 : f32[256] @ models/lib/nn.yaml:80:7
%6473 = cast %6462 : f32[] @ models/lib/nn.yaml:80:7
%6474 = broadcast %6473 : f32[256] @ models/lib/nn.yaml:80:7
%6475 = mul %6472, %6474 : f32[256] @ models/lib/nn.yaml:80:7
%6476 = sub %48, %6475 : f32[256] @ models/lib/nn.yaml:80:7
%6477 = assign %48, %6476 : f32[256] @ models/lib/nn.yaml:80:7
%6478 = assign %6448, %6454 : f32[256] @ models/lib/nn.yaml:80:7
%6479 = assign %6449, %6458 : f32[256] @ models/lib/nn.yaml:80:7
%6480 = assign %6450, %6451 : i64[] @ models/lib/nn.yaml:80:7
%6481 = mul %110, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%6482 = mul %6476, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%6483 = add %6481, %6482 : f32[256] @ models/lib/nn.yaml:80:7
%6484 = assign %110, %6483 : f32[256] @ models/lib/nn.yaml:80:7
%6485 = all_reduce_sum %3697 : f32[64,256] @ models/lib/nn.yaml:79:7
%6486 = reshape %6485 : f32[16384] @ models/lib/nn.yaml:79:7
%6487 = mul %6486, %6486 : f32[16384] @ models/lib/nn.yaml:79:7
%6488 = reduce_sum %6487 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6489 = sqrt %6488 : f32[] @ models/lib/nn.yaml:79:7
%6490 = cast %6489 : f64[] @ models/lib/nn.yaml:79:7
%6491 = add %6490, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6492 = div %4270, %6491 : f64[] @ models/lib/nn.yaml:79:7
%6493 = lt %6492, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6494 = cast %6492 : f32[] @ models/lib/nn.yaml:79:7
%6495 = broadcast %6494 : f32[64,256] @ models/lib/nn.yaml:79:7
%6496 = mul %6485, %6495 : f32[64,256] @ models/lib/nn.yaml:79:7
%6497 = broadcast %6493 : bool[64,256] @ models/lib/nn.yaml:79:7
%6498 = select %6497, %6496, %6485 : f32[64,256] @ models/lib/nn.yaml:79:7
%6499 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6500 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6501 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6502 = add %6501, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6503 = mul %49, %5015 : f32[64,256] @ models/lib/nn.yaml:79:7
%6504 = mul %6498, %5017 : f32[64,256] @ models/lib/nn.yaml:79:7
%6505 = mul %6499, %5019 : f32[64,256] @ models/lib/nn.yaml:79:7
%6506 = add %6505, %6504 : f32[64,256] @ models/lib/nn.yaml:79:7
%6507 = mul %6498, %6498 : f32[64,256] @ models/lib/nn.yaml:79:7
%6508 = mul %6507, %5023 : f32[64,256] @ models/lib/nn.yaml:79:7
%6509 = mul %6500, %5025 : f32[64,256] @ models/lib/nn.yaml:79:7
%6510 = add %6509, %6508 : f32[64,256] @ models/lib/nn.yaml:79:7
%6511 = cast %6502 : f64[] @ models/lib/nn.yaml:79:7
%6512 = pow %4291, %6511 : f64[] @ models/lib/nn.yaml:79:7
%6513 = sub %4272, %6512 : f64[] @ models/lib/nn.yaml:79:7
%6514 = div %2508, %6513 : f64[] @ models/lib/nn.yaml:79:7
%6515 = pow %4299, %6511 : f64[] @ models/lib/nn.yaml:79:7
%6516 = sub %4272, %6515 : f64[] @ models/lib/nn.yaml:79:7
%6517 = sqrt %6516 : f64[] @ models/lib/nn.yaml:79:7
%6518 = div %4272, %6517 : f64[] @ models/lib/nn.yaml:79:7
%6519 = sqrt %6510 : f32[64,256] @ models/lib/nn.yaml:79:7
%6520 = cast %6518 : f32[] @ models/lib/nn.yaml:79:7
%6521 = broadcast %6520 : f32[64,256] @ models/lib/nn.yaml:79:7
%6522 = mul %6519, %6521 : f32[64,256] @ models/lib/nn.yaml:79:7
%6523 = add %6522, %5040 : f32[64,256] @ models/lib/nn.yaml:79:7
%6524 = div %6506, %6523 : f32[64,256] @ models/lib/nn.yaml:79:7
%6525 = cast %6514 : f32[] @ models/lib/nn.yaml:79:7
%6526 = broadcast %6525 : f32[64,256] @ models/lib/nn.yaml:79:7
%6527 = mul %6524, %6526 : f32[64,256] @ models/lib/nn.yaml:79:7
%6528 = sub %6503, %6527 : f32[64,256] @ models/lib/nn.yaml:79:7
%6529 = assign %49, %6528 : f32[64,256] @ models/lib/nn.yaml:79:7
%6530 = assign %6499, %6506 : f32[64,256] @ models/lib/nn.yaml:79:7
%6531 = assign %6500, %6510 : f32[64,256] @ models/lib/nn.yaml:79:7
%6532 = assign %6501, %6502 : i64[] @ models/lib/nn.yaml:79:7
%6533 = mul %111, %5051 : f32[64,256] @ models/lib/nn.yaml:79:7
%6534 = mul %6528, %5053 : f32[64,256] @ models/lib/nn.yaml:79:7
%6535 = add %6533, %6534 : f32[64,256] @ models/lib/nn.yaml:79:7
%6536 = assign %111, %6535 : f32[64,256] @ models/lib/nn.yaml:79:7
%6537 = all_reduce_sum %3689 : f32[64] @ models/lib/nn.yaml:80:7
%6538 = mul %6537, %6537 : f32[64] @ models/lib/nn.yaml:80:7
%6539 = reduce_sum %6538 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6540 = sqrt %6539 : f32[] @ models/lib/nn.yaml:80:7
%6541 = cast %6540 : f64[] @ models/lib/nn.yaml:80:7
%6542 = add %6541, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6543 = div %4270, %6542 : f64[] @ models/lib/nn.yaml:80:7
%6544 = lt %6543, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6545 = cast %6543 : f32[] @ models/lib/nn.yaml:80:7
%6546 = broadcast %6545 : f32[64] @ models/lib/nn.yaml:80:7
%6547 = mul %6537, %6546 : f32[64] @ models/lib/nn.yaml:80:7
%6548 = broadcast %6544 : bool[64] @ models/lib/nn.yaml:80:7
%6549 = select %6548, %6547, %6537 : f32[64] @ models/lib/nn.yaml:80:7
%6550 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6551 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6552 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6553 = add %6552, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6554 = mul %6549, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%6555 = mul %6550, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%6556 = add %6555, %6554 : f32[64] @ models/lib/nn.yaml:80:7
%6557 = mul %6549, %6549 : f32[64] @ models/lib/nn.yaml:80:7
%6558 = mul %6557, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%6559 = mul %6551, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%6560 = add %6559, %6558 : f32[64] @ models/lib/nn.yaml:80:7
%6561 = cast %6553 : f64[] @ models/lib/nn.yaml:80:7
%6562 = pow %4291, %6561 : f64[] @ models/lib/nn.yaml:80:7
%6563 = sub %4272, %6562 : f64[] @ models/lib/nn.yaml:80:7
%6564 = div %2508, %6563 : f64[] @ models/lib/nn.yaml:80:7
%6565 = pow %4299, %6561 : f64[] @ models/lib/nn.yaml:80:7
%6566 = sub %4272, %6565 : f64[] @ models/lib/nn.yaml:80:7
%6567 = sqrt %6566 : f64[] @ models/lib/nn.yaml:80:7
%6568 = div %4272, %6567 : f64[] @ models/lib/nn.yaml:80:7
%6569 = sqrt %6560 : f32[64] @ models/lib/nn.yaml:80:7
%6570 = cast %6568 : f32[] @ models/lib/nn.yaml:80:7
%6571 = broadcast %6570 : f32[64] @ models/lib/nn.yaml:80:7
%6572 = mul %6569, %6571 : f32[64] @ models/lib/nn.yaml:80:7
%6573 = add %6572, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%6574 = div %6556, %6573 : f32[64] @ models/lib/nn.yaml:80:7
%6575 = cast %6564 : f32[] @ models/lib/nn.yaml:80:7
%6576 = broadcast %6575 : f32[64] @ models/lib/nn.yaml:80:7
%6577 = mul %6574, %6576 : f32[64] @ models/lib/nn.yaml:80:7
%6578 = sub %50, %6577 : f32[64] @ models/lib/nn.yaml:80:7
%6579 = assign %50, %6578 : f32[64] @ models/lib/nn.yaml:80:7
%6580 = assign %6550, %6556 : f32[64] @ models/lib/nn.yaml:80:7
%6581 = assign %6551, %6560 : f32[64] @ models/lib/nn.yaml:80:7
%6582 = assign %6552, %6553 : i64[] @ models/lib/nn.yaml:80:7
%6583 = mul %112, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%6584 = mul %6578, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%6585 = add %6583, %6584 : f32[64] @ models/lib/nn.yaml:80:7
%6586 = assign %112, %6585 : f32[64] @ models/lib/nn.yaml:80:7
%6587 = all_reduce_sum %3662 : f32[64] @ models/lib/nn.yaml:89:7
%6588 = mul %6587, %6587 : f32[64] @ models/lib/nn.yaml:89:7
%6589 = reduce_sum %6588 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6590 = sqrt %6589 : f32[] @ models/lib/nn.yaml:89:7
%6591 = cast %6590 : f64[] @ models/lib/nn.yaml:89:7
%6592 = add %6591, %4268 : f64[] @ models/lib/nn.yaml:89:7
%6593 = div %4270, %6592 : f64[] @ models/lib/nn.yaml:89:7
%6594 = lt %6593, %4272 : bool[] @ models/lib/nn.yaml:89:7
%6595 = cast %6593 : f32[] @ models/lib/nn.yaml:89:7
%6596 = broadcast %6595 : f32[64] @ models/lib/nn.yaml:89:7
%6597 = mul %6587, %6596 : f32[64] @ models/lib/nn.yaml:89:7
%6598 = broadcast %6594 : bool[64] @ models/lib/nn.yaml:89:7
%6599 = select %6598, %6597, %6587 : f32[64] @ models/lib/nn.yaml:89:7
%6600 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6601 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6602 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6603 = add %6602, %4282 : i64[] @ models/lib/nn.yaml:89:7
%6604 = mul %6599, %4413 : f32[64] @ models/lib/nn.yaml:89:7
%6605 = mul %6600, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%6606 = add %6605, %6604 : f32[64] @ models/lib/nn.yaml:89:7
%6607 = mul %6599, %6599 : f32[64] @ models/lib/nn.yaml:89:7
%6608 = mul %6607, %4419 : f32[64] @ models/lib/nn.yaml:89:7
%6609 = mul %6601, %4421 : f32[64] @ models/lib/nn.yaml:89:7
%6610 = add %6609, %6608 : f32[64] @ models/lib/nn.yaml:89:7
%6611 = cast %6603 : f64[] @ models/lib/nn.yaml:89:7
%6612 = pow %4291, %6611 : f64[] @ models/lib/nn.yaml:89:7
%6613 = sub %4272, %6612 : f64[] @ models/lib/nn.yaml:89:7
%6614 = div %2508, %6613 : f64[] @ models/lib/nn.yaml:89:7
%6615 = pow %4299, %6611 : f64[] @ models/lib/nn.yaml:89:7
%6616 = sub %4272, %6615 : f64[] @ models/lib/nn.yaml:89:7
%6617 = sqrt %6616 : f64[] @ models/lib/nn.yaml:89:7
%6618 = div %4272, %6617 : f64[] @ models/lib/nn.yaml:89:7
%6619 = sqrt %6610 : f32[64] @ models/lib/nn.yaml:89:7
%6620 = cast %6618 : f32[] @ models/lib/nn.yaml:89:7
%6621 = broadcast %6620 : f32[64] @ models/lib/nn.yaml:89:7
%6622 = mul %6619, %6621 : f32[64] @ models/lib/nn.yaml:89:7
%6623 = add %6622, %4436 : f32[64] @ models/lib/nn.yaml:89:7
%6624 = div %6606, %6623 : f32[64] @ models/lib/nn.yaml:89:7
%6625 = cast %6614 : f32[] @ models/lib/nn.yaml:89:7
%6626 = broadcast %6625 : f32[64] @ models/lib/nn.yaml:89:7
%6627 = mul %6624, %6626 : f32[64] @ models/lib/nn.yaml:89:7
%6628 = sub %51, %6627 : f32[64] @ models/lib/nn.yaml:89:7
%6629 = assign %51, %6628 : f32[64] @ models/lib/nn.yaml:89:7
%6630 = assign %6600, %6606 : f32[64] @ models/lib/nn.yaml:89:7
%6631 = assign %6601, %6610 : f32[64] @ models/lib/nn.yaml:89:7
%6632 = assign %6602, %6603 : i64[] @ models/lib/nn.yaml:89:7
%6633 = mul %113, %4447 : f32[64] @ models/lib/nn.yaml:89:7
%6634 = mul %6628, %4449 : f32[64] @ models/lib/nn.yaml:89:7
%6635 = add %6633, %6634 : f32[64] @ models/lib/nn.yaml:89:7
%6636 = assign %113, %6635 : f32[64] @ models/lib/nn.yaml:89:7
%6637 = all_reduce_sum %3654 : f32[64] @ models/lib/nn.yaml:90:7
%6638 = mul %6637, %6637 : f32[64] @ models/lib/nn.yaml:90:7
%6639 = reduce_sum %6638 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6640 = sqrt %6639 : f32[] @ models/lib/nn.yaml:90:7
%6641 = cast %6640 : f64[] @ models/lib/nn.yaml:90:7
%6642 = add %6641, %4268 : f64[] @ models/lib/nn.yaml:90:7
%6643 = div %4270, %6642 : f64[] @ models/lib/nn.yaml:90:7
%6644 = lt %6643, %4272 : bool[] @ models/lib/nn.yaml:90:7
%6645 = cast %6643 : f32[] @ models/lib/nn.yaml:90:7
%6646 = broadcast %6645 : f32[64] @ models/lib/nn.yaml:90:7
%6647 = mul %6637, %6646 : f32[64] @ models/lib/nn.yaml:90:7
%6648 = broadcast %6644 : bool[64] @ models/lib/nn.yaml:90:7
%6649 = select %6648, %6647, %6637 : f32[64] @ models/lib/nn.yaml:90:7
%6650 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6651 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6652 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6653 = add %6652, %4282 : i64[] @ models/lib/nn.yaml:90:7
%6654 = mul %6649, %4413 : f32[64] @ models/lib/nn.yaml:90:7
%6655 = mul %6650, %4415 : f32[64] @ models/lib/nn.yaml:90:7
%6656 = add %6655, %6654 : f32[64] @ models/lib/nn.yaml:90:7
%6657 = mul %6649, %6649 : f32[64] @ models/lib/nn.yaml:90:7
%6658 = mul %6657, %4419 : f32[64] @ models/lib/nn.yaml:90:7
%6659 = mul %6651, %4421 : f32[64] @ models/lib/nn.yaml:90:7
%6660 = add %6659, %6658 : f32[64] @ models/lib/nn.yaml:90:7
%6661 = cast %6653 : f64[] @ models/lib/nn.yaml:90:7
%6662 = pow %4291, %6661 : f64[] @ models/lib/nn.yaml:90:7
%6663 = sub %4272, %6662 : f64[] @ models/lib/nn.yaml:90:7
%6664 = div %2508, %6663 : f64[] @ models/lib/nn.yaml:90:7
%6665 = pow %4299, %6661 : f64[] @ models/lib/nn.yaml:90:7
%6666 = sub %4272, %6665 : f64[] @ models/lib/nn.yaml:90:7
%6667 = sqrt %6666 : f64[] @ models/lib/nn.yaml:90:7
%6668 = div %4272, %6667 : f64[] @ models/lib/nn.yaml:90:7
%6669 = sqrt %6660 : f32[64] @ models/lib/nn.yaml:90:7
%6670 = cast %6668 : f32[] @ models/lib/nn.yaml:90:7
%6671 = broadcast %6670 : f32[64] @ models/lib/nn.yaml:90:7
%6672 = mul %6669, %6671 : f32[64] @ models/lib/nn.yaml:90:7
%6673 = add %6672, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%6674 = div %6656, %6673 : f32[64] @ models/lib/nn.yaml:90:7
%6675 = cast %6664 : f32[] @ models/lib/nn.yaml:90:7
%6676 = broadcast %6675 : f32[64] @ models/lib/nn.yaml:90:7
%6677 = mul %6674, %6676 : f32[64] @ models/lib/nn.yaml:90:7
%6678 = sub %52, %6677 : f32[64] @ models/lib/nn.yaml:90:7
%6679 = assign %52, %6678 : f32[64] @ models/lib/nn.yaml:90:7
%6680 = assign %6650, %6656 : f32[64] @ models/lib/nn.yaml:90:7
%6681 = assign %6651, %6660 : f32[64] @ models/lib/nn.yaml:90:7
%6682 = assign %6652, %6653 : i64[] @ models/lib/nn.yaml:90:7
%6683 = mul %114, %4447 : f32[64] @ models/lib/nn.yaml:90:7
%6684 = mul %6678, %4449 : f32[64] @ models/lib/nn.yaml:90:7
%6685 = add %6683, %6684 : f32[64] @ models/lib/nn.yaml:90:7
%6686 = assign %114, %6685 : f32[64] @ models/lib/nn.yaml:90:7
%6687 = all_reduce_sum %3647 : f32[256,64] @ models/lib/nn.yaml:79:7
%6688 = reshape %6687 : f32[16384] @ models/lib/nn.yaml:79:7
%6689 = mul %6688, %6688 : f32[16384] @ models/lib/nn.yaml:79:7
%6690 = reduce_sum %6689 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6691 = sqrt %6690 : f32[] @ models/lib/nn.yaml:79:7
%6692 = cast %6691 : f64[] @ models/lib/nn.yaml:79:7
%6693 = add %6692, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6694 = div %4270, %6693 : f64[] @ models/lib/nn.yaml:79:7
%6695 = lt %6694, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6696 = cast %6694 : f32[] @ models/lib/nn.yaml:79:7
%6697 = broadcast %6696 : f32[256,64] @ models/lib/nn.yaml:79:7
%6698 = mul %6687, %6697 : f32[256,64] @ models/lib/nn.yaml:79:7
%6699 = broadcast %6695 : bool[256,64] @ models/lib/nn.yaml:79:7
%6700 = select %6699, %6698, %6687 : f32[256,64] @ models/lib/nn.yaml:79:7
%6701 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6702 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6703 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6704 = add %6703, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6705 = mul %53, %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%6706 = mul %6700, %4900 : f32[256,64] @ models/lib/nn.yaml:79:7
%6707 = mul %6701, %4902 : f32[256,64] @ models/lib/nn.yaml:79:7
%6708 = add %6707, %6706 : f32[256,64] @ models/lib/nn.yaml:79:7
%6709 = mul %6700, %6700 : f32[256,64] @ models/lib/nn.yaml:79:7
%6710 = mul %6709, %4906 : f32[256,64] @ models/lib/nn.yaml:79:7
%6711 = mul %6702, %4908 : f32[256,64] @ models/lib/nn.yaml:79:7
%6712 = add %6711, %6710 : f32[256,64] @ models/lib/nn.yaml:79:7
%6713 = cast %6704 : f64[] @ models/lib/nn.yaml:79:7
%6714 = pow %4291, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = sub %4272, %6714 : f64[] @ models/lib/nn.yaml:79:7
%6716 = div %2508, %6715 : f64[] @ models/lib/nn.yaml:79:7
%6717 = pow %4299, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6718 = sub %4272, %6717 : f64[] @ models/lib/nn.yaml:79:7
%6719 = sqrt %6718 : f64[] @ models/lib/nn.yaml:79:7
%6720 = div %4272, %6719 : f64[] @ models/lib/nn.yaml:79:7
%6721 = sqrt %6712 : f32[256,64] @ models/lib/nn.yaml:79:7
%6722 = cast %6720 : f32[] @ models/lib/nn.yaml:79:7
%6723 = broadcast %6722 : f32[256,64] @ models/lib/nn.yaml:79:7
%6724 = mul %6721, %6723 : f32[256,64] @ models/lib/nn.yaml:79:7
%6725 = add %6724, %4923 : f32[256,64] @ models/lib/nn.yaml:79:7
%6726 = div %6708, %6725 : f32[256,64] @ models/lib/nn.yaml:79:7
%6727 = cast %6716 : f32[] @ models/lib/nn.yaml:79:7
%6728 = broadcast %6727 : f32[256,64] @ models/lib/nn.yaml:79:7
%6729 = mul %6726, %6728 : f32[256,64] @ models/lib/nn.yaml:79:7
%6730 = sub %6705, %6729 : f32[256,64] @ models/lib/nn.yaml:79:7
%6731 = assign %53, %6730 : f32[256,64] @ models/lib/nn.yaml:79:7
%6732 = assign %6701, %6708 : f32[256,64] @ models/lib/nn.yaml:79:7
%6733 = assign %6702, %6712 : f32[256,64] @ models/lib/nn.yaml:79:7
%6734 = assign %6703, %6704 : i64[] @ models/lib/nn.yaml:79:7
%6735 = mul %115, %4934 : f32[256,64] @ models/lib/nn.yaml:79:7
%6736 = mul %6730, %4936 : f32[256,64] @ models/lib/nn.yaml:79:7
%6737 = add %6735, %6736 : f32[256,64] @ models/lib/nn.yaml:79:7
%6738 = assign %115, %6737 : f32[256,64] @ models/lib/nn.yaml:79:7
%6739 = all_reduce_sum %3639 : f32[256] @ models/lib/nn.yaml:80:7
%6740 = mul %6739, %6739 : f32[256] @ models/lib/nn.yaml:80:7
%6741 = reduce_sum %6740 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6742 = sqrt %6741 : f32[] @ models/lib/nn.yaml:80:7
%6743 = cast %6742 : f64[] @ models/lib/nn.yaml:80:7
%6744 = add %6743, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6745 = div %4270, %6744 : f64[] @ models/lib/nn.yaml:80:7
%6746 = lt %6745, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6747 = cast %6745 : f32[] @ models/lib/nn.yaml:80:7
%6748 = broadcast %6747 : f32[256] @ models/lib/nn.yaml:80:7
%6749 = mul %6739, %6748 : f32[256] @ models/lib/nn.yaml:80:7
%6750 = broadcast %6746 : bool[256] @ models/lib/nn.yaml:80:7
%6751 = select %6750, %6749, %6739 : f32[256] @ models/lib/nn.yaml:80:7
%6752 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6753 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6754 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6755 = add %6754, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6756 = mul %6751, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%6757 = mul %6752, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%6758 = add %6757, %6756 : f32[256] @ models/lib/nn.yaml:80:7
%6759 = mul %6751, %6751 : f32[256] @ models/lib/nn.yaml:80:7
%6760 = mul %6759, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%6761 = mul %6753, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%6762 = add %6761, %6760 : f32[256] @ models/lib/nn.yaml:80:7
%6763 = cast %6755 : f64[] @ models/lib/nn.yaml:80:7
%6764 = pow %4291, %6763 : f64[] @ models/lib/nn.yaml:80:7
%6765 = sub %4272, %6764 : f64[] @ models/lib/nn.yaml:80:7
%6766 = div %2508, %6765 : f64[] @ models/lib/nn.yaml:80:7
%6767 = pow %4299, %6763 : f64[] @ models/lib/nn.yaml:80:7
%6768 = sub %4272, %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = sqrt %6768 : f64[] @ models/lib/nn.yaml:80:7
%6770 = div %4272, %6769 : f64[] @ models/lib/nn.yaml:80:7
%6771 = sqrt %6762 : f32[256] @ models/lib/nn.yaml:80:7
%6772 = cast %6770 : f32[] @ models/lib/nn.yaml:80:7
%6773 = broadcast %6772 : f32[256] @ models/lib/nn.yaml:80:7
%6774 = mul %6771, %6773 : f32[256] @ models/lib/nn.yaml:80:7
%6775 = add %6774, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%6776 = div %6758, %6775 : f32[256] @ models/lib/nn.yaml:80:7
%6777 = cast %6766 : f32[] @ models/lib/nn.yaml:80:7
%6778 = broadcast %6777 : f32[256] @ models/lib/nn.yaml:80:7
%6779 = mul %6776, %6778 : f32[256] @ models/lib/nn.yaml:80:7
%6780 = sub %54, %6779 : f32[256] @ models/lib/nn.yaml:80:7
%6781 = assign %54, %6780 : f32[256] @ models/lib/nn.yaml:80:7
%6782 = assign %6752, %6758 : f32[256] @ models/lib/nn.yaml:80:7
%6783 = assign %6753, %6762 : f32[256] @ models/lib/nn.yaml:80:7
%6784 = assign %6754, %6755 : i64[] @ models/lib/nn.yaml:80:7
%6785 = mul %116, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%6786 = mul %6780, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%6787 = add %6785, %6786 : f32[256] @ models/lib/nn.yaml:80:7
%6788 = assign %116, %6787 : f32[256] @ models/lib/nn.yaml:80:7
%6789 = all_reduce_sum %3619 : f32[256,256] @ models/lib/nn.yaml:79:7
%6790 = reshape %6789 : f32[65536] @ models/lib/nn.yaml:79:7
%6791 = mul %6790, %6790 : f32[65536] @ models/lib/nn.yaml:79:7
%6792 = reduce_sum %6791 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6793 = sqrt %6792 : f32[] @ models/lib/nn.yaml:79:7
%6794 = cast %6793 : f64[] @ models/lib/nn.yaml:79:7
%6795 = add %6794, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6796 = div %4270, %6795 : f64[] @ models/lib/nn.yaml:79:7
%6797 = lt %6796, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6798 = cast %6796 : f32[] @ models/lib/nn.yaml:79:7
%6799 = broadcast %6798 : f32[256,256] @ models/lib/nn.yaml:79:7
%6800 = mul %6789, %6799 : f32[256,256] @ models/lib/nn.yaml:79:7
%6801 = broadcast %6797 : bool[256,256] @ models/lib/nn.yaml:79:7
%6802 = select %6801, %6800, %6789 : f32[256,256] @ models/lib/nn.yaml:79:7
%6803 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6804 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6805 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6806 = add %6805, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6807 = broadcast %4286 : f32[256,256] @ models/lib/nn.yaml:79:7
%6808 = mul %55, %6807 : f32[256,256] @ models/lib/nn.yaml:79:7
%6809 = broadcast %2185 : f32[256,256] @ models/lib/nn.yaml:79:7
%6810 = mul %6802, %6809 : f32[256,256] @ models/lib/nn.yaml:79:7
%6811 = broadcast %1463 : f32[256,256] @ models/lib/nn.yaml:79:7
%6812 = mul %6803, %6811 : f32[256,256] @ models/lib/nn.yaml:79:7
%6813 = add %6812, %6810 : f32[256,256] @ models/lib/nn.yaml:79:7
%6814 = mul %6802, %6802 : f32[256,256] @ models/lib/nn.yaml:79:7
%6815 = broadcast %4296 : f32[256,256] @ models/lib/nn.yaml:79:7
%6816 = mul %6814, %6815 : f32[256,256] @ models/lib/nn.yaml:79:7
%6817 = broadcast %4300 : f32[256,256] @ models/lib/nn.yaml:79:7
%6818 = mul %6804, %6817 : f32[256,256] @ models/lib/nn.yaml:79:7
%6819 = add %6818, %6816 : f32[256,256] @ models/lib/nn.yaml:79:7
%6820 = cast %6806 : f64[] @ models/lib/nn.yaml:79:7
%6821 = pow %4291, %6820 : f64[] @ models/lib/nn.yaml:79:7
%6822 = sub %4272, %6821 : f64[] @ models/lib/nn.yaml:79:7
%6823 = div %2508, %6822 : f64[] @ models/lib/nn.yaml:79:7
%6824 = pow %4299, %6820 : f64[] @ models/lib/nn.yaml:79:7
%6825 = sub %4272, %6824 : f64[] @ models/lib/nn.yaml:79:7
%6826 = sqrt %6825 : f64[] @ models/lib/nn.yaml:79:7
%6827 = div %4272, %6826 : f64[] @ models/lib/nn.yaml:79:7
%6828 = sqrt %6819 : f32[256,256] @ models/lib/nn.yaml:79:7
%6829 = cast %6827 : f32[] @ models/lib/nn.yaml:79:7
%6830 = broadcast %6829 : f32[256,256] @ models/lib/nn.yaml:79:7
%6831 = mul %6828, %6830 : f32[256,256] @ models/lib/nn.yaml:79:7
%6832 = broadcast %4316 : f32[256,256] @ models/lib/nn.yaml:79:7
%6833 = add %6831, %6832 : f32[256,256] @ models/lib/nn.yaml:79:7
%6834 = div %6813, %6833 : f32[256,256] @ models/lib/nn.yaml:79:7
%6835 = cast %6823 : f32[] @ models/lib/nn.yaml:79:7
%6836 = broadcast %6835 : f32[256,256] @ models/lib/nn.yaml:79:7
%6837 = mul %6834, %6836 : f32[256,256] @ models/lib/nn.yaml:79:7
%6838 = sub %6808, %6837 : f32[256,256] @ models/lib/nn.yaml:79:7
%6839 = assign %55, %6838 : f32[256,256] @ models/lib/nn.yaml:79:7
%6840 = assign %6803, %6813 : f32[256,256] @ models/lib/nn.yaml:79:7
%6841 = assign %6804, %6819 : f32[256,256] @ models/lib/nn.yaml:79:7
%6842 = assign %6805, %6806 : i64[] @ models/lib/nn.yaml:79:7
%6843 = broadcast %3 : f32[256,256] @ models/lib/nn.yaml:79:7
%6844 = mul %117, %6843 : f32[256,256] @ models/lib/nn.yaml:79:7
%6845 = broadcast %4331 : f32[256,256] @ models/lib/nn.yaml:79:7
%6846 = mul %6838, %6845 : f32[256,256] @ models/lib/nn.yaml:79:7
%6847 = add %6844, %6846 : f32[256,256] @ models/lib/nn.yaml:79:7
%6848 = assign %117, %6847 : f32[256,256] @ models/lib/nn.yaml:79:7
%6849 = all_reduce_sum %3611 : f32[256] @ models/lib/nn.yaml:80:7
%6850 = mul %6849, %6849 : f32[256] @ models/lib/nn.yaml:80:7
%6851 = reduce_sum %6850 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6852 = sqrt %6851 : f32[] @ models/lib/nn.yaml:80:7
%6853 = cast %6852 : f64[] @ models/lib/nn.yaml:80:7
%6854 = add %6853, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6855 = div %4270, %6854 : f64[] @ models/lib/nn.yaml:80:7
%6856 = lt %6855, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6857 = cast %6855 : f32[] @ models/lib/nn.yaml:80:7
%6858 = broadcast %6857 : f32[256] @ models/lib/nn.yaml:80:7
%6859 = mul %6849, %6858 : f32[256] @ models/lib/nn.yaml:80:7
%6860 = broadcast %6856 : bool[256] @ models/lib/nn.yaml:80:7
%6861 = select %6860, %6859, %6849 : f32[256] @ models/lib/nn.yaml:80:7
%6862 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6863 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6864 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6865 = add %6864, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6866 = mul %6861, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%6867 = mul %6862, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%6868 = add %6867, %6866 : f32[256] @ models/lib/nn.yaml:80:7
%6869 = mul %6861, %6861 : f32[256] @ models/lib/nn.yaml:80:7
%6870 = mul %6869, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%6871 = mul %6863, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%6872 = add %6871, %6870 : f32[256] @ models/lib/nn.yaml:80:7
%6873 = cast %6865 : f64[] @ models/lib/nn.yaml:80:7
%6874 = pow %4291, %6873 : f64[] @ models/lib/nn.yaml:80:7
%6875 = sub %4272, %6874 : f64[] @ models/lib/nn.yaml:80:7
%6876 = div %2508, %6875 : f64[] @ models/lib/nn.yaml:80:7
%6877 = pow %4299, %6873 : f64[] @ models/lib/nn.yaml:80:7
%6878 = sub %4272, %6877 : f64[] @ models/lib/nn.yaml:80:7
%6879 = sqrt %6878 : f64[] @ models/lib/nn.yaml:80:7
%6880 = div %4272, %6879 : f64[] @ models/lib/nn.yaml:80:7
%6881 = sqrt %6872 : f32[256] @ models/lib/nn.yaml:80:7
%6882 = cast %6880 : f32[] @ models/lib/nn.yaml:80:7
%6883 = broadcast %6882 : f32[256] @ models/lib/nn.yaml:80:7
%6884 = mul %6881, %6883 : f32[256] @ models/lib/nn.yaml:80:7
%6885 = add %6884, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%6886 = div %6868, %6885 : f32[256] @ models/lib/nn.yaml:80:7
%6887 = cast %6876 : f32[] @ models/lib/nn.yaml:80:7
%6888 = broadcast %6887 : f32[256] @ models/lib/nn.yaml:80:7
%6889 = mul %6886, %6888 : f32[256] @ models/lib/nn.yaml:80:7
%6890 = sub %56, %6889 : f32[256] @ models/lib/nn.yaml:80:7
%6891 = assign %56, %6890 : f32[256] @ models/lib/nn.yaml:80:7
%6892 = assign %6862, %6868 : f32[256] @ models/lib/nn.yaml:80:7
%6893 = assign %6863, %6872 : f32[256] @ models/lib/nn.yaml:80:7
%6894 = assign %6864, %6865 : i64[] @ models/lib/nn.yaml:80:7
%6895 = mul %118, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%6896 = mul %6890, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%6897 = add %6895, %6896 : f32[256] @ models/lib/nn.yaml:80:7
%6898 = assign %118, %6897 : f32[256] @ models/lib/nn.yaml:80:7
%6899 = all_reduce_sum %3591 : f32[64,256] @ models/lib/nn.yaml:79:7
%6900 = reshape %6899 : f32[16384] @ models/lib/nn.yaml:79:7
%6901 = mul %6900, %6900 : f32[16384] @ models/lib/nn.yaml:79:7
%6902 = reduce_sum %6901 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6903 = sqrt %6902 : f32[] @ models/lib/nn.yaml:79:7
%6904 = cast %6903 : f64[] @ models/lib/nn.yaml:79:7
%6905 = add %6904, %4268 : f64[] @ models/lib/nn.yaml:79:7
%6906 = div %4270, %6905 : f64[] @ models/lib/nn.yaml:79:7
%6907 = lt %6906, %4272 : bool[] @ models/lib/nn.yaml:79:7
%6908 = cast %6906 : f32[] @ models/lib/nn.yaml:79:7
%6909 = broadcast %6908 : f32[64,256] @ models/lib/nn.yaml:79:7
%6910 = mul %6899, %6909 : f32[64,256] @ models/lib/nn.yaml:79:7
%6911 = broadcast %6907 : bool[64,256] @ models/lib/nn.yaml:79:7
%6912 = select %6911, %6910, %6899 : f32[64,256] @ models/lib/nn.yaml:79:7
%6913 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6914 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6915 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6916 = add %6915, %4282 : i64[] @ models/lib/nn.yaml:79:7
%6917 = mul %57, %5015 : f32[64,256] @ models/lib/nn.yaml:79:7
%6918 = mul %6912, %5017 : f32[64,256] @ models/lib/nn.yaml:79:7
%6919 = mul %6913, %5019 : f32[64,256] @ models/lib/nn.yaml:79:7
%6920 = add %6919, %6918 : f32[64,256] @ models/lib/nn.yaml:79:7
%6921 = mul %6912, %6912 : f32[64,256] @ models/lib/nn.yaml:79:7
%6922 = mul %6921, %5023 : f32[64,256] @ models/lib/nn.yaml:79:7
%6923 = mul %6914, %5025 : f32[64,256] @ models/lib/nn.yaml:79:7
%6924 = add %6923, %6922 : f32[64,256] @ models/lib/nn.yaml:79:7
%6925 = cast %6916 : f64[] @ models/lib/nn.yaml:79:7
%6926 = pow %4291, %6925 : f64[] @ models/lib/nn.yaml:79:7
%6927 = sub %4272, %6926 : f64[] @ models/lib/nn.yaml:79:7
%6928 = div %2508, %6927 : f64[] @ models/lib/nn.yaml:79:7
%6929 = pow %4299, %6925 : f64[] @ models/lib/nn.yaml:79:7
%6930 = sub %4272, %6929 : f64[] @ models/lib/nn.yaml:79:7
%6931 = sqrt %6930 : f64[] @ models/lib/nn.yaml:79:7
%6932 = div %4272, %6931 : f64[] @ models/lib/nn.yaml:79:7
%6933 = sqrt %6924 : f32[64,256] @ models/lib/nn.yaml:79:7
%6934 = cast %6932 : f32[] @ models/lib/nn.yaml:79:7
%6935 = broadcast %6934 : f32[64,256] @ models/lib/nn.yaml:79:7
%6936 = mul %6933, %6935 : f32[64,256] @ models/lib/nn.yaml:79:7
%6937 = add %6936, %5040 : f32[64,256] @ models/lib/nn.yaml:79:7
%6938 = div %6920, %6937 : f32[64,256] @ models/lib/nn.yaml:79:7
%6939 = cast %6928 : f32[] @ models/lib/nn.yaml:79:7
%6940 = broadcast %6939 : f32[64,256] @ models/lib/nn.yaml:79:7
%6941 = mul %6938, %6940 : f32[64,256] @ models/lib/nn.yaml:79:7
%6942 = sub %6917, %6941 : f32[64,256] @ models/lib/nn.yaml:79:7
%6943 = assign %57, %6942 : f32[64,256] @ models/lib/nn.yaml:79:7
%6944 = assign %6913, %6920 : f32[64,256] @ models/lib/nn.yaml:79:7
%6945 = assign %6914, %6924 : f32[64,256] @ models/lib/nn.yaml:79:7
%6946 = assign %6915, %6916 : i64[] @ models/lib/nn.yaml:79:7
%6947 = mul %119, %5051 : f32[64,256] @ models/lib/nn.yaml:79:7
%6948 = mul %6942, %5053 : f32[64,256] @ models/lib/nn.yaml:79:7
%6949 = add %6947, %6948 : f32[64,256] @ models/lib/nn.yaml:79:7
%6950 = assign %119, %6949 : f32[64,256] @ models/lib/nn.yaml:79:7
%6951 = all_reduce_sum %3583 : f32[64] @ models/lib/nn.yaml:80:7
%6952 = mul %6951, %6951 : f32[64] @ models/lib/nn.yaml:80:7
%6953 = reduce_sum %6952 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6954 = sqrt %6953 : f32[] @ models/lib/nn.yaml:80:7
%6955 = cast %6954 : f64[] @ models/lib/nn.yaml:80:7
%6956 = add %6955, %4268 : f64[] @ models/lib/nn.yaml:80:7
%6957 = div %4270, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6958 = lt %6957, %4272 : bool[] @ models/lib/nn.yaml:80:7
%6959 = cast %6957 : f32[] @ models/lib/nn.yaml:80:7
%6960 = broadcast %6959 : f32[64] @ models/lib/nn.yaml:80:7
%6961 = mul %6951, %6960 : f32[64] @ models/lib/nn.yaml:80:7
%6962 = broadcast %6958 : bool[64] @ models/lib/nn.yaml:80:7
%6963 = select %6962, %6961, %6951 : f32[64] @ models/lib/nn.yaml:80:7
%6964 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6965 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6966 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6967 = add %6966, %4282 : i64[] @ models/lib/nn.yaml:80:7
%6968 = mul %6963, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%6969 = mul %6964, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%6970 = add %6969, %6968 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = mul %6963, %6963 : f32[64] @ models/lib/nn.yaml:80:7
%6972 = mul %6971, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%6973 = mul %6965, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%6974 = add %6973, %6972 : f32[64] @ models/lib/nn.yaml:80:7
%6975 = cast %6967 : f64[] @ models/lib/nn.yaml:80:7
%6976 = pow %4291, %6975 : f64[] @ models/lib/nn.yaml:80:7
%6977 = sub %4272, %6976 : f64[] @ models/lib/nn.yaml:80:7
%6978 = div %2508, %6977 : f64[] @ models/lib/nn.yaml:80:7
%6979 = pow %4299, %6975 : f64[] @ models/lib/nn.yaml:80:7
%6980 = sub %4272, %6979 : f64[] @ models/lib/nn.yaml:80:7
%6981 = sqrt %6980 : f64[] @ models/lib/nn.yaml:80:7
%6982 = div %4272, %6981 : f64[] @ models/lib/nn.yaml:80:7
%6983 = sqrt %6974 : f32[64] @ models/lib/nn.yaml:80:7
%6984 = cast %6982 : f32[] @ models/lib/nn.yaml:80:7
%6985 = broadcast %6984 : f32[64] @ models/lib/nn.yaml:80:7
%6986 = mul %6983, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%6987 = add %6986, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%6988 = div %6970, %6987 : f32[64] @ models/lib/nn.yaml:80:7
%6989 = cast %6978 : f32[] @ models/lib/nn.yaml:80:7
%6990 = broadcast %6989 : f32[64] @ models/lib/nn.yaml:80:7
%6991 = mul %6988, %6990 : f32[64] @ models/lib/nn.yaml:80:7
%6992 = sub %58, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%6993 = assign %58, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6994 = assign %6964, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%6995 = assign %6965, %6974 : f32[64] @ models/lib/nn.yaml:80:7
%6996 = assign %6966, %6967 : i64[] @ models/lib/nn.yaml:80:7
%6997 = mul %120, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%6998 = mul %6992, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%6999 = add %6997, %6998 : f32[64] @ models/lib/nn.yaml:80:7
%7000 = assign %120, %6999 : f32[64] @ models/lib/nn.yaml:80:7
%7001 = broadcast %3 : f32[65536,1] @ models/lib/dino.yaml:18:7
%7002 = mul %121, %7001 : f32[65536,1] @ models/lib/dino.yaml:18:7
%7003 = broadcast %4331 : f32[65536,1] @ models/lib/dino.yaml:18:7
%7004 = mul %59, %7003 : f32[65536,1] @ models/lib/dino.yaml:18:7
%7005 = add %7002, %7004 : f32[65536,1] @ models/lib/dino.yaml:18:7
%7006 = assign %121, %7005 : f32[65536,1] @ models/lib/dino.yaml:18:7
%7007 = all_reduce_sum %3561 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7008 = reshape %7007 : f32[4194304] @ models/lib/dino.yaml:19:7
%7009 = mul %7008, %7008 : f32[4194304] @ models/lib/dino.yaml:19:7
%7010 = reduce_sum %7009 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7011 = sqrt %7010 : f32[] @ models/lib/dino.yaml:19:7
%7012 = cast %7011 : f64[] @ models/lib/dino.yaml:19:7
%7013 = add %7012, %4268 : f64[] @ models/lib/dino.yaml:19:7
%7014 = div %4270, %7013 : f64[] @ models/lib/dino.yaml:19:7
%7015 = lt %7014, %4272 : bool[] @ models/lib/dino.yaml:19:7
%7016 = cast %7014 : f32[] @ models/lib/dino.yaml:19:7
%7017 = broadcast %7016 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7018 = mul %7007, %7017 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7019 = broadcast %7015 : bool[65536,64] @ models/lib/dino.yaml:19:7
%7020 = select %7019, %7018, %7007 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7021 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%7022 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%7023 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7024 = add %7023, %4282 : i64[] @ models/lib/dino.yaml:19:7
%7025 = broadcast %4286 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7026 = mul %60, %7025 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7027 = broadcast %2185 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7028 = mul %7020, %7027 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7029 = broadcast %1463 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7030 = mul %7021, %7029 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7031 = add %7030, %7028 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7032 = mul %7020, %7020 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7033 = broadcast %4296 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7034 = mul %7032, %7033 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7035 = broadcast %4300 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7036 = mul %7022, %7035 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7037 = add %7036, %7034 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7038 = cast %7024 : f64[] @ models/lib/dino.yaml:19:7
%7039 = pow %4291, %7038 : f64[] @ models/lib/dino.yaml:19:7
%7040 = sub %4272, %7039 : f64[] @ models/lib/dino.yaml:19:7
%7041 = div %2508, %7040 : f64[] @ models/lib/dino.yaml:19:7
%7042 = pow %4299, %7038 : f64[] @ models/lib/dino.yaml:19:7
%7043 = sub %4272, %7042 : f64[] @ models/lib/dino.yaml:19:7
%7044 = sqrt %7043 : f64[] @ models/lib/dino.yaml:19:7
%7045 = div %4272, %7044 : f64[] @ models/lib/dino.yaml:19:7
%7046 = sqrt %7037 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7047 = cast %7045 : f32[] @ models/lib/dino.yaml:19:7
%7048 = broadcast %7047 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7049 = mul %7046, %7048 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7050 = broadcast %4316 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7051 = add %7049, %7050 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7052 = div %7031, %7051 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7053 = cast %7041 : f32[] @ models/lib/dino.yaml:19:7
%7054 = broadcast %7053 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7055 = mul %7052, %7054 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7056 = sub %7026, %7055 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7057 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%7058 = lt %7057, %4282 : bool[] @ models/lib/dino.yaml:19:7
%7059 = broadcast %7058 : bool[65536,64] @ models/lib/dino.yaml:19:7
%7060 = select %7059, %60, %7056 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7061 = select %7059, %7021, %7031 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7062 = select %7059, %7022, %7037 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7063 = select %7058, %7023, %7024 : i64[] @ models/lib/dino.yaml:19:7
%7064 = assign %60, %7060 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7065 = assign %7021, %7061 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7066 = assign %7022, %7062 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7067 = assign %7023, %7063 : i64[] @ models/lib/dino.yaml:19:7
%7068 = broadcast %3 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7069 = mul %122, %7068 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7070 = broadcast %4331 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7071 = mul %7060, %7070 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7072 = add %7069, %7071 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7073 = assign %122, %7072 : f32[65536,64] @ models/lib/dino.yaml:19:7
%7074 = all_reduce_sum %3541 : f32[256,64] @ models/lib/nn.yaml:79:7
%7075 = reshape %7074 : f32[16384] @ models/lib/nn.yaml:79:7
%7076 = mul %7075, %7075 : f32[16384] @ models/lib/nn.yaml:79:7
%7077 = reduce_sum %7076 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7078 = sqrt %7077 : f32[] @ models/lib/nn.yaml:79:7
%7079 = cast %7078 : f64[] @ models/lib/nn.yaml:79:7
%7080 = add %7079, %4268 : f64[] @ models/lib/nn.yaml:79:7
%7081 = div %4270, %7080 : f64[] @ models/lib/nn.yaml:79:7
%7082 = lt %7081, %4272 : bool[] @ models/lib/nn.yaml:79:7
%7083 = cast %7081 : f32[] @ models/lib/nn.yaml:79:7
%7084 = broadcast %7083 : f32[256,64] @ models/lib/nn.yaml:79:7
%7085 = mul %7074, %7084 : f32[256,64] @ models/lib/nn.yaml:79:7
%7086 = broadcast %7082 : bool[256,64] @ models/lib/nn.yaml:79:7
%7087 = select %7086, %7085, %7074 : f32[256,64] @ models/lib/nn.yaml:79:7
%7088 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%7089 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%7090 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7091 = add %7090, %4282 : i64[] @ models/lib/nn.yaml:79:7
%7092 = mul %61, %4898 : f32[256,64] @ models/lib/nn.yaml:79:7
%7093 = mul %7087, %4900 : f32[256,64] @ models/lib/nn.yaml:79:7
%7094 = mul %7088, %4902 : f32[256,64] @ models/lib/nn.yaml:79:7
%7095 = add %7094, %7093 : f32[256,64] @ models/lib/nn.yaml:79:7
%7096 = mul %7087, %7087 : f32[256,64] @ models/lib/nn.yaml:79:7
%7097 = mul %7096, %4906 : f32[256,64] @ models/lib/nn.yaml:79:7
%7098 = mul %7089, %4908 : f32[256,64] @ models/lib/nn.yaml:79:7
%7099 = add %7098, %7097 : f32[256,64] @ models/lib/nn.yaml:79:7
%7100 = cast %7091 : f64[] @ models/lib/nn.yaml:79:7
%7101 = pow %4291, %7100 : f64[] @ models/lib/nn.yaml:79:7
%7102 = sub %4272, %7101 : f64[] @ models/lib/nn.yaml:79:7
%7103 = div %2508, %7102 : f64[] @ models/lib/nn.yaml:79:7
%7104 = pow %4299, %7100 : f64[] @ models/lib/nn.yaml:79:7
%7105 = sub %4272, %7104 : f64[] @ models/lib/nn.yaml:79:7
%7106 = sqrt %7105 : f64[] @ models/lib/nn.yaml:79:7
%7107 = div %4272, %7106 : f64[] @ models/lib/nn.yaml:79:7
%7108 = sqrt %7099 : f32[256,64] @ models/lib/nn.yaml:79:7
%7109 = cast %7107 : f32[] @ models/lib/nn.yaml:79:7
%7110 = broadcast %7109 : f32[256,64] @ models/lib/nn.yaml:79:7
%7111 = mul %7108, %7110 : f32[256,64] @ models/lib/nn.yaml:79:7
%7112 = add %7111, %4923 : f32[256,64] @ models/lib/nn.yaml:79:7
%7113 = div %7095, %7112 : f32[256,64] @ models/lib/nn.yaml:79:7
%7114 = cast %7103 : f32[] @ models/lib/nn.yaml:79:7
%7115 = broadcast %7114 : f32[256,64] @ models/lib/nn.yaml:79:7
%7116 = mul %7113, %7115 : f32[256,64] @ models/lib/nn.yaml:79:7
%7117 = sub %7092, %7116 : f32[256,64] @ models/lib/nn.yaml:79:7
%7118 = assign %61, %7117 : f32[256,64] @ models/lib/nn.yaml:79:7
%7119 = assign %7088, %7095 : f32[256,64] @ models/lib/nn.yaml:79:7
%7120 = assign %7089, %7099 : f32[256,64] @ models/lib/nn.yaml:79:7
%7121 = assign %7090, %7091 : i64[] @ models/lib/nn.yaml:79:7
%7122 = mul %123, %4934 : f32[256,64] @ models/lib/nn.yaml:79:7
%7123 = mul %7117, %4936 : f32[256,64] @ models/lib/nn.yaml:79:7
%7124 = add %7122, %7123 : f32[256,64] @ models/lib/nn.yaml:79:7
%7125 = assign %123, %7124 : f32[256,64] @ models/lib/nn.yaml:79:7
%7126 = all_reduce_sum %3533 : f32[256] @ models/lib/nn.yaml:80:7
%7127 = mul %7126, %7126 : f32[256] @ models/lib/nn.yaml:80:7
%7128 = reduce_sum %7127 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7129 = sqrt %7128 : f32[] @ models/lib/nn.yaml:80:7
%7130 = cast %7129 : f64[] @ models/lib/nn.yaml:80:7
%7131 = add %7130, %4268 : f64[] @ models/lib/nn.yaml:80:7
%7132 = div %4270, %7131 : f64[] @ models/lib/nn.yaml:80:7
%7133 = lt %7132, %4272 : bool[] @ models/lib/nn.yaml:80:7
%7134 = cast %7132 : f32[] @ models/lib/nn.yaml:80:7
%7135 = broadcast %7134 : f32[256] @ models/lib/nn.yaml:80:7
%7136 = mul %7126, %7135 : f32[256] @ models/lib/nn.yaml:80:7
%7137 = broadcast %7133 : bool[256] @ models/lib/nn.yaml:80:7
%7138 = select %7137, %7136, %7126 : f32[256] @ models/lib/nn.yaml:80:7
%7139 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7140 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7141 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7142 = add %7141, %4282 : i64[] @ models/lib/nn.yaml:80:7
%7143 = mul %7138, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%7144 = mul %7139, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%7145 = add %7144, %7143 : f32[256] @ models/lib/nn.yaml:80:7
%7146 = mul %7138, %7138 : f32[256] @ models/lib/nn.yaml:80:7
%7147 = mul %7146, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%7148 = mul %7140, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%7149 = add %7148, %7147 : f32[256] @ models/lib/nn.yaml:80:7
%7150 = cast %7142 : f64[] @ models/lib/nn.yaml:80:7
%7151 = pow %4291, %7150 : f64[] @ models/lib/nn.yaml:80:7
%7152 = sub %4272, %7151 : f64[] @ models/lib/nn.yaml:80:7
%7153 = div %2508, %7152 : f64[] @ models/lib/nn.yaml:80:7
%7154 = pow %4299, %7150 : f64[] @ models/lib/nn.yaml:80:7
%7155 = sub %4272, %7154 : f64[] @ models/lib/nn.yaml:80:7
%7156 = sqrt %7155 : f64[] @ models/lib/nn.yaml:80:7
%7157 = div %4272, %7156 : f64[] @ models/lib/nn.yaml:80:7
%7158 = sqrt %7149 : f32[256] @ models/lib/nn.yaml:80:7
%7159 = cast %7157 : f32[] @ models/lib/nn.yaml:80:7
%7160 = broadcast %7159 : f32[256] @ models/lib/nn.yaml:80:7
%7161 = mul %7158, %7160 : f32[256] @ models/lib/nn.yaml:80:7
%7162 = add %7161, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%7163 = div %7145, %7162 : f32[256] @ models/lib/nn.yaml:80:7
%7164 = cast %7153 : f32[] @ models/lib/nn.yaml:80:7
%7165 = broadcast %7164 : f32[256] @ models/lib/nn.yaml:80:7
%7166 = mul %7163, %7165 : f32[256] @ models/lib/nn.yaml:80:7
%7167 = sub %62, %7166 : f32[256] @ models/lib/nn.yaml:80:7
%7168 = assign %62, %7167 : f32[256] @ models/lib/nn.yaml:80:7
%7169 = assign %7139, %7145 : f32[256] @ models/lib/nn.yaml:80:7
%7170 = assign %7140, %7149 : f32[256] @ models/lib/nn.yaml:80:7
%7171 = assign %7141, %7142 : i64[] @ models/lib/nn.yaml:80:7
%7172 = mul %124, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%7173 = mul %7167, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%7174 = add %7172, %7173 : f32[256] @ models/lib/nn.yaml:80:7
%7175 = assign %124, %7174 : f32[256] @ models/lib/nn.yaml:80:7
%7176 = all_reduce_sum %3505 : f32[256,256] @ models/lib/nn.yaml:79:7
%7177 = reshape %7176 : f32[65536] @ models/lib/nn.yaml:79:7
%7178 = mul %7177, %7177 : f32[65536] @ models/lib/nn.yaml:79:7
%7179 = reduce_sum %7178 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7180 = sqrt %7179 : f32[] @ models/lib/nn.yaml:79:7
%7181 = cast %7180 : f64[] @ models/lib/nn.yaml:79:7
%7182 = add %7181, %4268 : f64[] @ models/lib/nn.yaml:79:7
%7183 = div %4270, %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = lt %7183, %4272 : bool[] @ models/lib/nn.yaml:79:7
%7185 = cast %7183 : f32[] @ models/lib/nn.yaml:79:7
%7186 = broadcast %7185 : f32[256,256] @ models/lib/nn.yaml:79:7
%7187 = mul %7176, %7186 : f32[256,256] @ models/lib/nn.yaml:79:7
%7188 = broadcast %7184 : bool[256,256] @ models/lib/nn.yaml:79:7
%7189 = select %7188, %7187, %7176 : f32[256,256] @ models/lib/nn.yaml:79:7
%7190 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%7191 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%7192 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7193 = add %7192, %4282 : i64[] @ models/lib/nn.yaml:79:7
%7194 = mul %63, %6807 : f32[256,256] @ models/lib/nn.yaml:79:7
%7195 = mul %7189, %6809 : f32[256,256] @ models/lib/nn.yaml:79:7
%7196 = mul %7190, %6811 : f32[256,256] @ models/lib/nn.yaml:79:7
%7197 = add %7196, %7195 : f32[256,256] @ models/lib/nn.yaml:79:7
%7198 = mul %7189, %7189 : f32[256,256] @ models/lib/nn.yaml:79:7
%7199 = mul %7198, %6815 : f32[256,256] @ models/lib/nn.yaml:79:7
%7200 = mul %7191, %6817 : f32[256,256] @ models/lib/nn.yaml:79:7
%7201 = add %7200, %7199 : f32[256,256] @ models/lib/nn.yaml:79:7
%7202 = cast %7193 : f64[] @ models/lib/nn.yaml:79:7
%7203 = pow %4291, %7202 : f64[] @ models/lib/nn.yaml:79:7
%7204 = sub %4272, %7203 : f64[] @ models/lib/nn.yaml:79:7
%7205 = div %2508, %7204 : f64[] @ models/lib/nn.yaml:79:7
%7206 = pow %4299, %7202 : f64[] @ models/lib/nn.yaml:79:7
%7207 = sub %4272, %7206 : f64[] @ models/lib/nn.yaml:79:7
%7208 = sqrt %7207 : f64[] @ models/lib/nn.yaml:79:7
%7209 = div %4272, %7208 : f64[] @ models/lib/nn.yaml:79:7
%7210 = sqrt %7201 : f32[256,256] @ models/lib/nn.yaml:79:7
%7211 = cast %7209 : f32[] @ models/lib/nn.yaml:79:7
%7212 = broadcast %7211 : f32[256,256] @ models/lib/nn.yaml:79:7
%7213 = mul %7210, %7212 : f32[256,256] @ models/lib/nn.yaml:79:7
%7214 = add %7213, %6832 : f32[256,256] @ models/lib/nn.yaml:79:7
%7215 = div %7197, %7214 : f32[256,256] @ models/lib/nn.yaml:79:7
%7216 = cast %7205 : f32[] @ models/lib/nn.yaml:79:7
%7217 = broadcast %7216 : f32[256,256] @ models/lib/nn.yaml:79:7
%7218 = mul %7215, %7217 : f32[256,256] @ models/lib/nn.yaml:79:7
%7219 = sub %7194, %7218 : f32[256,256] @ models/lib/nn.yaml:79:7
%7220 = assign %63, %7219 : f32[256,256] @ models/lib/nn.yaml:79:7
%7221 = assign %7190, %7197 : f32[256,256] @ models/lib/nn.yaml:79:7
%7222 = assign %7191, %7201 : f32[256,256] @ models/lib/nn.yaml:79:7
%7223 = assign %7192, %7193 : i64[] @ models/lib/nn.yaml:79:7
%7224 = mul %125, %6843 : f32[256,256] @ models/lib/nn.yaml:79:7
%7225 = mul %7219, %6845 : f32[256,256] @ models/lib/nn.yaml:79:7
%7226 = add %7224, %7225 : f32[256,256] @ models/lib/nn.yaml:79:7
%7227 = assign %125, %7226 : f32[256,256] @ models/lib/nn.yaml:79:7
%7228 = all_reduce_sum %3497 : f32[256] @ models/lib/nn.yaml:80:7
%7229 = mul %7228, %7228 : f32[256] @ models/lib/nn.yaml:80:7
%7230 = reduce_sum %7229 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7231 = sqrt %7230 : f32[] @ models/lib/nn.yaml:80:7
%7232 = cast %7231 : f64[] @ models/lib/nn.yaml:80:7
%7233 = add %7232, %4268 : f64[] @ models/lib/nn.yaml:80:7
%7234 = div %4270, %7233 : f64[] @ models/lib/nn.yaml:80:7
%7235 = lt %7234, %4272 : bool[] @ models/lib/nn.yaml:80:7
%7236 = cast %7234 : f32[] @ models/lib/nn.yaml:80:7
%7237 = broadcast %7236 : f32[256] @ models/lib/nn.yaml:80:7
%7238 = mul %7228, %7237 : f32[256] @ models/lib/nn.yaml:80:7
%7239 = broadcast %7235 : bool[256] @ models/lib/nn.yaml:80:7
%7240 = select %7239, %7238, %7228 : f32[256] @ models/lib/nn.yaml:80:7
%7241 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7242 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7243 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7244 = add %7243, %4282 : i64[] @ models/lib/nn.yaml:80:7
%7245 = mul %7240, %4957 : f32[256] @ models/lib/nn.yaml:80:7
%7246 = mul %7241, %4959 : f32[256] @ models/lib/nn.yaml:80:7
%7247 = add %7246, %7245 : f32[256] @ models/lib/nn.yaml:80:7
%7248 = mul %7240, %7240 : f32[256] @ models/lib/nn.yaml:80:7
%7249 = mul %7248, %4963 : f32[256] @ models/lib/nn.yaml:80:7
%7250 = mul %7242, %4965 : f32[256] @ models/lib/nn.yaml:80:7
%7251 = add %7250, %7249 : f32[256] @ models/lib/nn.yaml:80:7
%7252 = cast %7244 : f64[] @ models/lib/nn.yaml:80:7
%7253 = pow %4291, %7252 : f64[] @ models/lib/nn.yaml:80:7
%7254 = sub %4272, %7253 : f64[] @ models/lib/nn.yaml:80:7
%7255 = div %2508, %7254 : f64[] @ models/lib/nn.yaml:80:7
%7256 = pow %4299, %7252 : f64[] @ models/lib/nn.yaml:80:7
%7257 = sub %4272, %7256 : f64[] @ models/lib/nn.yaml:80:7
%7258 = sqrt %7257 : f64[] @ models/lib/nn.yaml:80:7
%7259 = div %4272, %7258 : f64[] @ models/lib/nn.yaml:80:7
%7260 = sqrt %7251 : f32[256] @ models/lib/nn.yaml:80:7
%7261 = cast %7259 : f32[] @ models/lib/nn.yaml:80:7
%7262 = broadcast %7261 : f32[256] @ models/lib/nn.yaml:80:7
%7263 = mul %7260, %7262 : f32[256] @ models/lib/nn.yaml:80:7
%7264 = add %7263, %4980 : f32[256] @ models/lib/nn.yaml:80:7
%7265 = div %7247, %7264 : f32[256] @ models/lib/nn.yaml:80:7
%7266 = cast %7255 : f32[] @ models/lib/nn.yaml:80:7
%7267 = broadcast %7266 : f32[256] @ models/lib/nn.yaml:80:7
%7268 = mul %7265, %7267 : f32[256] @ models/lib/nn.yaml:80:7
%7269 = sub %64, %7268 : f32[256] @ models/lib/nn.yaml:80:7
%7270 = assign %64, %7269 : f32[256] @ models/lib/nn.yaml:80:7
%7271 = assign %7241, %7247 : f32[256] @ models/lib/nn.yaml:80:7
%7272 = assign %7242, %7251 : f32[256] @ models/lib/nn.yaml:80:7
%7273 = assign %7243, %7244 : i64[] @ models/lib/nn.yaml:80:7
%7274 = mul %126, %4991 : f32[256] @ models/lib/nn.yaml:80:7
%7275 = mul %7269, %4993 : f32[256] @ models/lib/nn.yaml:80:7
%7276 = add %7274, %7275 : f32[256] @ models/lib/nn.yaml:80:7
%7277 = assign %126, %7276 : f32[256] @ models/lib/nn.yaml:80:7
%7278 = all_reduce_sum %3468 : f32[64,256] @ models/lib/nn.yaml:79:7
%7279 = reshape %7278 : f32[16384] @ models/lib/nn.yaml:79:7
%7280 = mul %7279, %7279 : f32[16384] @ models/lib/nn.yaml:79:7
%7281 = reduce_sum %7280 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7282 = sqrt %7281 : f32[] @ models/lib/nn.yaml:79:7
%7283 = cast %7282 : f64[] @ models/lib/nn.yaml:79:7
%7284 = add %7283, %4268 : f64[] @ models/lib/nn.yaml:79:7
%7285 = div %4270, %7284 : f64[] @ models/lib/nn.yaml:79:7
%7286 = lt %7285, %4272 : bool[] @ models/lib/nn.yaml:79:7
%7287 = cast %7285 : f32[] @ models/lib/nn.yaml:79:7
%7288 = broadcast %7287 : f32[64,256] @ models/lib/nn.yaml:79:7
%7289 = mul %7278, %7288 : f32[64,256] @ models/lib/nn.yaml:79:7
%7290 = broadcast %7286 : bool[64,256] @ models/lib/nn.yaml:79:7
%7291 = select %7290, %7289, %7278 : f32[64,256] @ models/lib/nn.yaml:79:7
%7292 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%7293 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%7294 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7295 = add %7294, %4282 : i64[] @ models/lib/nn.yaml:79:7
%7296 = mul %65, %5015 : f32[64,256] @ models/lib/nn.yaml:79:7
%7297 = mul %7291, %5017 : f32[64,256] @ models/lib/nn.yaml:79:7
%7298 = mul %7292, %5019 : f32[64,256] @ models/lib/nn.yaml:79:7
%7299 = add %7298, %7297 : f32[64,256] @ models/lib/nn.yaml:79:7
%7300 = mul %7291, %7291 : f32[64,256] @ models/lib/nn.yaml:79:7
%7301 = mul %7300, %5023 : f32[64,256] @ models/lib/nn.yaml:79:7
%7302 = mul %7293, %5025 : f32[64,256] @ models/lib/nn.yaml:79:7
%7303 = add %7302, %7301 : f32[64,256] @ models/lib/nn.yaml:79:7
%7304 = cast %7295 : f64[] @ models/lib/nn.yaml:79:7
%7305 = pow %4291, %7304 : f64[] @ models/lib/nn.yaml:79:7
%7306 = sub %4272, %7305 : f64[] @ models/lib/nn.yaml:79:7
%7307 = div %2508, %7306 : f64[] @ models/lib/nn.yaml:79:7
%7308 = pow %4299, %7304 : f64[] @ models/lib/nn.yaml:79:7
%7309 = sub %4272, %7308 : f64[] @ models/lib/nn.yaml:79:7
%7310 = sqrt %7309 : f64[] @ models/lib/nn.yaml:79:7
%7311 = div %4272, %7310 : f64[] @ models/lib/nn.yaml:79:7
%7312 = sqrt %7303 : f32[64,256] @ models/lib/nn.yaml:79:7
%7313 = cast %7311 : f32[] @ models/lib/nn.yaml:79:7
%7314 = broadcast %7313 : f32[64,256] @ models/lib/nn.yaml:79:7
%7315 = mul %7312, %7314 : f32[64,256] @ models/lib/nn.yaml:79:7
%7316 = add %7315, %5040 : f32[64,256] @ models/lib/nn.yaml:79:7
%7317 = div %7299, %7316 : f32[64,256] @ models/lib/nn.yaml:79:7
%7318 = cast %7307 : f32[] @ models/lib/nn.yaml:79:7
%7319 = broadcast %7318 : f32[64,256] @ models/lib/nn.yaml:79:7
%7320 = mul %7317, %7319 : f32[64,256] @ models/lib/nn.yaml:79:7
%7321 = sub %7296, %7320 : f32[64,256] @ models/lib/nn.yaml:79:7
%7322 = assign %65, %7321 : f32[64,256] @ models/lib/nn.yaml:79:7
%7323 = assign %7292, %7299 : f32[64,256] @ models/lib/nn.yaml:79:7
%7324 = assign %7293, %7303 : f32[64,256] @ models/lib/nn.yaml:79:7
%7325 = assign %7294, %7295 : i64[] @ models/lib/nn.yaml:79:7
%7326 = mul %127, %5051 : f32[64,256] @ models/lib/nn.yaml:79:7
%7327 = mul %7321, %5053 : f32[64,256] @ models/lib/nn.yaml:79:7
%7328 = add %7326, %7327 : f32[64,256] @ models/lib/nn.yaml:79:7
%7329 = assign %127, %7328 : f32[64,256] @ models/lib/nn.yaml:79:7
%7330 = all_reduce_sum %3460 : f32[64] @ models/lib/nn.yaml:80:7
%7331 = mul %7330, %7330 : f32[64] @ models/lib/nn.yaml:80:7
%7332 = reduce_sum %7331 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7333 = sqrt %7332 : f32[] @ models/lib/nn.yaml:80:7
%7334 = cast %7333 : f64[] @ models/lib/nn.yaml:80:7
%7335 = add %7334, %4268 : f64[] @ models/lib/nn.yaml:80:7
%7336 = div %4270, %7335 : f64[] @ models/lib/nn.yaml:80:7
%7337 = lt %7336, %4272 : bool[] @ models/lib/nn.yaml:80:7
%7338 = cast %7336 : f32[] @ models/lib/nn.yaml:80:7
%7339 = broadcast %7338 : f32[64] @ models/lib/nn.yaml:80:7
%7340 = mul %7330, %7339 : f32[64] @ models/lib/nn.yaml:80:7
%7341 = broadcast %7337 : bool[64] @ models/lib/nn.yaml:80:7
%7342 = select %7341, %7340, %7330 : f32[64] @ models/lib/nn.yaml:80:7
%7343 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7344 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7345 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7346 = add %7345, %4282 : i64[] @ models/lib/nn.yaml:80:7
%7347 = mul %7342, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%7348 = mul %7343, %4415 : f32[64] @ models/lib/nn.yaml:80:7
%7349 = add %7348, %7347 : f32[64] @ models/lib/nn.yaml:80:7
%7350 = mul %7342, %7342 : f32[64] @ models/lib/nn.yaml:80:7
%7351 = mul %7350, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%7352 = mul %7344, %4421 : f32[64] @ models/lib/nn.yaml:80:7
%7353 = add %7352, %7351 : f32[64] @ models/lib/nn.yaml:80:7
%7354 = cast %7346 : f64[] @ models/lib/nn.yaml:80:7
%7355 = pow %4291, %7354 : f64[] @ models/lib/nn.yaml:80:7
%7356 = sub %4272, %7355 : f64[] @ models/lib/nn.yaml:80:7
%7357 = div %2508, %7356 : f64[] @ models/lib/nn.yaml:80:7
%7358 = pow %4299, %7354 : f64[] @ models/lib/nn.yaml:80:7
%7359 = sub %4272, %7358 : f64[] @ models/lib/nn.yaml:80:7
%7360 = sqrt %7359 : f64[] @ models/lib/nn.yaml:80:7
%7361 = div %4272, %7360 : f64[] @ models/lib/nn.yaml:80:7
%7362 = sqrt %7353 : f32[64] @ models/lib/nn.yaml:80:7
%7363 = cast %7361 : f32[] @ models/lib/nn.yaml:80:7
%7364 = broadcast %7363 : f32[64] @ models/lib/nn.yaml:80:7
%7365 = mul %7362, %7364 : f32[64] @ models/lib/nn.yaml:80:7
%7366 = add %7365, %4436 : f32[64] @ models/lib/nn.yaml:80:7
%7367 = div %7349, %7366 : f32[64] @ models/lib/nn.yaml:80:7
%7368 = cast %7357 : f32[] @ models/lib/nn.yaml:80:7
%7369 = broadcast %7368 : f32[64] @ models/lib/nn.yaml:80:7
%7370 = mul %7367, %7369 : f32[64] @ models/lib/nn.yaml:80:7
%7371 = sub %66, %7370 : f32[64] @ models/lib/nn.yaml:80:7
%7372 = assign %66, %7371 : f32[64] @ models/lib/nn.yaml:80:7
%7373 = assign %7343, %7349 : f32[64] @ models/lib/nn.yaml:80:7
%7374 = assign %7344, %7353 : f32[64] @ models/lib/nn.yaml:80:7
%7375 = assign %7345, %7346 : i64[] @ models/lib/nn.yaml:80:7
%7376 = mul %128, %4447 : f32[64] @ models/lib/nn.yaml:80:7
%7377 = mul %7371, %4449 : f32[64] @ models/lib/nn.yaml:80:7
%7378 = add %7376, %7377 : f32[64] @ models/lib/nn.yaml:80:7
%7379 = assign %128, %7378 : f32[64] @ models/lib/nn.yaml:80:7
%7380 = broadcast %3 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7381 = mul %129, %7380 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7382 = broadcast %4331 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7383 = mul %67, %7382 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7384 = add %7381, %7383 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7385 = assign %129, %7384 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7386 = all_reduce_sum %3431 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7387 = reshape %7386 : f32[262144] @ models/lib/dino.yaml:19:7
%7388 = mul %7387, %7387 : f32[262144] @ models/lib/dino.yaml:19:7
%7389 = reduce_sum %7388 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7390 = sqrt %7389 : f32[] @ models/lib/dino.yaml:19:7
%7391 = cast %7390 : f64[] @ models/lib/dino.yaml:19:7
%7392 = add %7391, %4268 : f64[] @ models/lib/dino.yaml:19:7
%7393 = div %4270, %7392 : f64[] @ models/lib/dino.yaml:19:7
%7394 = lt %7393, %4272 : bool[] @ models/lib/dino.yaml:19:7
%7395 = cast %7393 : f32[] @ models/lib/dino.yaml:19:7
%7396 = broadcast %7395 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7397 = mul %7386, %7396 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7398 = broadcast %7394 : bool[4096,64] @ models/lib/dino.yaml:19:7
%7399 = select %7398, %7397, %7386 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7400 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%7401 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%7402 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7403 = add %7402, %4282 : i64[] @ models/lib/dino.yaml:19:7
%7404 = broadcast %4286 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7405 = mul %68, %7404 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7406 = broadcast %2185 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7407 = mul %7399, %7406 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7408 = broadcast %1463 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7409 = mul %7400, %7408 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7410 = add %7409, %7407 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7411 = mul %7399, %7399 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7412 = broadcast %4296 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7413 = mul %7411, %7412 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7414 = broadcast %4300 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7415 = mul %7401, %7414 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7416 = add %7415, %7413 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7417 = cast %7403 : f64[] @ models/lib/dino.yaml:19:7
%7418 = pow %4291, %7417 : f64[] @ models/lib/dino.yaml:19:7
%7419 = sub %4272, %7418 : f64[] @ models/lib/dino.yaml:19:7
%7420 = div %2508, %7419 : f64[] @ models/lib/dino.yaml:19:7
%7421 = pow %4299, %7417 : f64[] @ models/lib/dino.yaml:19:7
%7422 = sub %4272, %7421 : f64[] @ models/lib/dino.yaml:19:7
%7423 = sqrt %7422 : f64[] @ models/lib/dino.yaml:19:7
%7424 = div %4272, %7423 : f64[] @ models/lib/dino.yaml:19:7
%7425 = sqrt %7416 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7426 = cast %7424 : f32[] @ models/lib/dino.yaml:19:7
%7427 = broadcast %7426 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7428 = mul %7425, %7427 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7429 = broadcast %4316 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7430 = add %7428, %7429 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7431 = div %7410, %7430 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7432 = cast %7420 : f32[] @ models/lib/dino.yaml:19:7
%7433 = broadcast %7432 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7434 = mul %7431, %7433 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7435 = sub %7405, %7434 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7436 = broadcast %7058 : bool[4096,64] @ models/lib/dino.yaml:19:7
%7437 = select %7436, %68, %7435 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7438 = select %7436, %7400, %7410 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7439 = select %7436, %7401, %7416 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7440 = select %7058, %7402, %7403 : i64[] @ models/lib/dino.yaml:19:7
%7441 = assign %68, %7437 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7442 = assign %7400, %7438 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7443 = assign %7401, %7439 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7444 = assign %7402, %7440 : i64[] @ models/lib/dino.yaml:19:7
%7445 = broadcast %3 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7446 = mul %130, %7445 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7447 = broadcast %4331 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7448 = mul %7437, %7447 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7449 = add %7446, %7448 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7450 = assign %130, %7449 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7451 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%7452 = abs %2467 : f32[] @ models/dino_pass.yaml:149:3
%7453 = lt %7452, %7451 : bool[] @ models/dino_pass.yaml:149:3
%7454 = output %7453 name="finite" : bool[] @ models/dino_pass.yaml:149:3
