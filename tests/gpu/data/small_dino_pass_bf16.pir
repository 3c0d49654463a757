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
%381 = reshape %380 : f32[64,2,1,32,1] @ models/lib/nn.yaml:55:23
%382 = broadcast %381 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%383 = permute %379 perm=[0,1,3,2] : bf16[64,2,32,5] @ models/lib/nn.yaml:55:23
%384 = reshape %383 : bf16[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%385 = cast %384 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%386 = mul %382, %385 : f32[64,2,1,32,5] @ models/lib/nn.yaml:55:23
%387 = reduce_sum %386 axes=[3] keep=0 : f32[64,2,1,5] @ models/lib/nn.yaml:55:23
%388 = cast %387 : bf16[64,2,1,5] @ models/lib/nn.yaml:55:23
%389 = broadcast %178 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%390 = cast %388 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%391 = mul %390, %389 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%392 = reduce_max %391 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%393 = stop_gradient %392 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%394 = broadcast %393 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%395 = cast %388 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%396 = mul %395, %389 : f32[64,2,1,5] @ models/lib/nn.yaml:55:29
%397 = sub %396, %394 : f32[64,2,1,5] @ models/lib/nn.yaml:14:19
%398 = exp %397 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%399 = reduce_sum %398 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%400 = broadcast %399 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%401 = exp %397 : f32[64,2,1,5] @ models/lib/nn.yaml:14:13
%402 = div %401, %400 : f32[64,2,1,5] @ models/lib/nn.yaml:15:18
%403 = cast %402 : bf16[64,2,1,5] @ models/lib/nn.yaml:56:23
%404 = cast %373 : bf16[64,5,64] @ models/lib/nn.yaml:56:23
%405 = reshape %404 : bf16[64,5,2,32] @ models/lib/vit.yaml:80:22
%406 = permute %405 perm=[0,2,1,3] : bf16[64,2,5,32] @ models/lib/vit.yaml:80:14
%407 = cast %403 : f32[64,2,1,5] @ models/lib/nn.yaml:56:23
%408 = slice %407 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%409 = broadcast %408 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%410 = slice %406 lo=[0,0,0,0] hi=[64,2,1,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%411 = cast %410 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%412 = mul %409, %411 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%413 = slice %407 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%414 = broadcast %413 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%415 = slice %406 lo=[0,0,1,0] hi=[64,2,2,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%416 = cast %415 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%417 = mul %414, %416 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%418 = add %412, %417 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%419 = slice %407 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%420 = broadcast %419 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%421 = slice %406 lo=[0,0,2,0] hi=[64,2,3,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%422 = cast %421 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%423 = mul %420, %422 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%424 = add %418, %423 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%425 = slice %407 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%426 = broadcast %425 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%427 = slice %406 lo=[0,0,3,0] hi=[64,2,4,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%428 = cast %427 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%429 = mul %426, %428 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%430 = add %424, %429 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%431 = slice %407 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%432 = broadcast %431 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%433 = slice %406 lo=[0,0,4,0] hi=[64,2,5,32] : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%434 = cast %433 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%435 = mul %432, %434 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%436 = add %430, %435 : f32[64,2,1,32] @ models/lib/nn.yaml:56:23
%437 = cast %436 : bf16[64,2,1,32] @ models/lib/nn.yaml:56:23
%438 = permute %437 perm=[0,2,1,3] : bf16[64,1,2,32] @ models/lib/nn.yaml:56:13
%439 = reshape %438 : bf16[64,1,64] @ models/lib/nn.yaml:57:16
%440 = cast %105 : bf16[64,64] @ models/lib/nn.yaml:83:15
%441 = matmul %439, %440 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%442 = broadcast %106 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%443 = cast %441 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%444 = add %443, %442 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%445 = add %338, %444 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%446 = reduce_sum %445 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%447 = broadcast %146 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%448 = div %446, %447 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%449 = broadcast %448 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%450 = cast %441 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%451 = add %450, %442 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%452 = add %338, %451 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%453 = sub %452, %449 : f32[64,1,64] @ models/lib/nn.yaml:94:15
%454 = mul %453, %453 : f32[64,1,64] @ models/lib/nn.yaml:95:22
%455 = reduce_sum %454 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%456 = div %455, %447 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%457 = broadcast %154 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%458 = add %456, %457 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%459 = rsqrt %458 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%460 = broadcast %459 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%461 = mul %453, %460 : f32[64,1,64] @ models/lib/nn.yaml:96:18
%462 = broadcast %107 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%463 = mul %461, %462 : f32[64,1,64] @ models/lib/nn.yaml:96:37
%464 = broadcast %108 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%465 = add %463, %464 : f32[64,1,64] @ models/lib/nn.yaml:96:46
%466 = cast %465 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%467 = cast %109 : bf16[256,64] @ models/lib/nn.yaml:83:15
%468 = matmul %466, %467 ta=0 tb=1 : bf16[64,1,256] @ models/lib/nn.yaml:83:15
%469 = broadcast %110 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%470 = broadcast %224 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%471 = cast %468 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%472 = add %471, %469 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%473 = mul %470, %472 : f32[64,1,256] @ models/lib/nn.yaml:27:20
%474 = broadcast %229 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%475 = cast %468 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%476 = add %475, %469 : f32[64,1,256] @ models/lib/nn.yaml:84:18
%477 = mul %476, %474 : f32[64,1,256] @ models/lib/nn.yaml:27:37
%478 = erf %477 : f32[64,1,256] @ models/lib/nn.yaml:27:31
%479 = broadcast %235 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%480 = add %479, %478 : f32[64,1,256] @ models/lib/nn.yaml:27:29
%481 = mul %473, %480 : f32[64,1,256] @ models/lib/nn.yaml:27:24
%482 = cast %481 : bf16[64,1,256] @ models/lib/nn.yaml:83:15
%483 = cast %111 : bf16[64,256] @ models/lib/nn.yaml:83:15
%484 = matmul %482, %483 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%485 = broadcast %112 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%486 = cast %484 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%487 = add %486, %485 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%488 = cast %441 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%489 = add %488, %442 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%490 = add %338, %489 : f32[64,1,64] @ models/lib/vit.yaml:96:15
%491 = add %490, %487 : f32[64,1,64] @ models/lib/vit.yaml:98:18
%492 = reshape %491 : f32[4,16,64] @ models/dino_pass.yaml:88:16
%493 = broadcast %96 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%494 = concat %493, %334 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%495 = reduce_sum %494 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%496 = broadcast %146 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%497 = div %495, %496 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%498 = broadcast %497 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%499 = sub %494, %498 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%500 = mul %499, %499 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%501 = reduce_sum %500 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%502 = div %501, %496 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%503 = broadcast %154 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%504 = add %502, %503 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%505 = rsqrt %504 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%506 = broadcast %505 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%507 = mul %499, %506 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%508 = broadcast %97 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%509 = mul %507, %508 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%510 = broadcast %98 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%511 = add %509, %510 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%512 = cast %511 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%513 = slice %512 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%514 = matmul %513, %359 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%515 = broadcast %100 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%516 = cast %514 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%517 = add %516, %515 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%518 = matmul %512, %364 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%519 = broadcast %102 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%520 = cast %518 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%521 = add %520, %519 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%522 = matmul %512, %369 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%523 = broadcast %104 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%524 = cast %522 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%525 = add %524, %523 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%526 = cast %517 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%527 = reshape %526 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%528 = permute %527 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%529 = cast %521 : bf16[4,17,64] @ models/lib/nn.yaml:55:23
%530 = reshape %529 : bf16[4,17,2,32] @ models/lib/vit.yaml:79:22
%531 = permute %530 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:79:14
%532 = cast %528 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%533 = reshape %532 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%534 = broadcast %533 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%535 = permute %531 perm=[0,1,3,2] : bf16[4,2,32,17] @ models/lib/nn.yaml:55:23
%536 = reshape %535 : bf16[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%537 = cast %536 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%538 = mul %534, %537 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%539 = reduce_sum %538 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%540 = cast %539 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%541 = broadcast %178 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%542 = cast %540 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%543 = mul %542, %541 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%544 = reduce_max %543 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%545 = stop_gradient %544 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%546 = broadcast %545 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%547 = cast %540 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%548 = mul %547, %541 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%549 = sub %548, %546 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%550 = exp %549 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%551 = reduce_sum %550 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%552 = broadcast %551 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%553 = exp %549 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%554 = div %553, %552 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%555 = cast %554 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%556 = cast %525 : bf16[4,17,64] @ models/lib/nn.yaml:56:23
%557 = reshape %556 : bf16[4,17,2,32] @ models/lib/vit.yaml:80:22
%558 = permute %557 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:80:14
%559 = cast %555 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%560 = reshape %559 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%561 = broadcast %560 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%562 = reshape %558 : bf16[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%563 = cast %562 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%564 = mul %561, %563 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%565 = reduce_sum %564 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%566 = cast %565 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%567 = permute %566 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%568 = reshape %567 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%569 = matmul %568, %440 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%570 = broadcast %106 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%571 = cast %569 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%572 = add %571, %570 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%573 = add %493, %572 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%574 = reduce_sum %573 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%575 = broadcast %146 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%576 = div %574, %575 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%577 = broadcast %576 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%578 = sub %573, %577 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%579 = mul %578, %578 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%580 = reduce_sum %579 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%581 = div %580, %575 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%582 = broadcast %154 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%583 = add %581, %582 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%584 = rsqrt %583 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%585 = broadcast %584 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%586 = mul %578, %585 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%587 = broadcast %107 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%588 = mul %586, %587 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%589 = broadcast %108 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%590 = add %588, %589 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%591 = cast %590 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%592 = matmul %591, %467 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%593 = broadcast %110 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%594 = cast %592 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%595 = add %594, %593 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%596 = broadcast %224 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%597 = mul %596, %595 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%598 = broadcast %229 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%599 = mul %595, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%600 = erf %599 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%601 = broadcast %235 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%602 = add %601, %600 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%603 = mul %597, %602 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%604 = cast %603 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%605 = matmul %604, %483 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%606 = broadcast %112 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%607 = cast %605 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%608 = add %607, %606 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%609 = add %573, %608 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%610 = concat %609, %492 axis=1 : f32[4,17,64] @ models/dino_pass.yaml:109:30
%611 = reduce_sum %610 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%612 = div %611, %496 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%613 = broadcast %612 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%614 = sub %610, %613 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%615 = mul %614, %614 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%616 = reduce_sum %615 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%617 = div %616, %496 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%618 = add %617, %503 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%619 = rsqrt %618 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%620 = broadcast %619 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%621 = mul %614, %620 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%622 = broadcast %113 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%623 = mul %621, %622 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%624 = broadcast %114 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%625 = add %623, %624 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%626 = cast %625 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%627 = slice %626 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:110:28
%628 = cast %115 : bf16[256,64] @ models/lib/nn.yaml:83:15
%629 = matmul %627, %628 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%630 = broadcast %116 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%631 = cast %629 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%632 = add %631, %630 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%633 = mul %596, %632 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%634 = mul %632, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%635 = erf %634 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%636 = add %601, %635 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%637 = mul %633, %636 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%638 = cast %637 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%639 = cast %117 : bf16[256,256] @ models/lib/nn.yaml:83:15
%640 = matmul %638, %639 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%641 = broadcast %118 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%642 = cast %640 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%643 = add %642, %641 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%644 = mul %596, %643 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%645 = mul %643, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%646 = erf %645 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%647 = add %601, %646 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%648 = mul %644, %647 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%649 = cast %648 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%650 = cast %119 : bf16[64,256] @ models/lib/nn.yaml:83:15
%651 = matmul %649, %650 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%652 = broadcast %120 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%653 = cast %651 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%654 = add %653, %652 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%655 = mul %654, %654 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%656 = reduce_sum %655 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%657 = sqrt %656 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%658 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%659 = broadcast %658 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%660 = max %657, %659 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%661 = broadcast %660 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%662 = div %654, %661 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%663 = broadcast %121 : f32[65536,64] @ models/lib/dino.yaml:22:22
%664 = mul %663, %122 : f32[65536,64] @ models/lib/dino.yaml:22:22
%665 = mul %122, %122 : f32[65536,64] @ models/lib/dino.yaml:22:53
%666 = reduce_sum %665 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%667 = sqrt %666 : f32[65536,1] @ models/lib/dino.yaml:22:35
%668 = broadcast %667 : f32[65536,64] @ models/lib/dino.yaml:22:33
%669 = div %664, %668 : f32[65536,64] @ models/lib/dino.yaml:22:33
%670 = cast %662 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%671 = cast %669 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%672 = matmul %670, %671 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%673 = slice %626 lo=[0,1,0] hi=[4,17,64] : bf16[4,16,64] @ models/dino_pass.yaml:110:46
%674 = cast %123 : bf16[256,64] @ models/lib/nn.yaml:83:15
%675 = matmul %673, %674 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%676 = broadcast %124 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%677 = cast %675 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%678 = add %677, %676 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%679 = mul %225, %678 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%680 = cast %675 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%681 = add %680, %676 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%682 = mul %681, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%683 = erf %682 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%684 = add %236, %683 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%685 = mul %679, %684 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%686 = cast %685 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%687 = cast %125 : bf16[256,256] @ models/lib/nn.yaml:83:15
%688 = matmul %686, %687 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%689 = broadcast %126 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%690 = cast %688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%691 = add %690, %689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%692 = mul %225, %691 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%693 = cast %688 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%694 = add %693, %689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%695 = mul %694, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%696 = erf %695 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%697 = add %236, %696 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%698 = mul %692, %697 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%699 = cast %698 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%700 = cast %127 : bf16[64,256] @ models/lib/nn.yaml:83:15
%701 = matmul %699, %700 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%702 = broadcast %128 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%703 = cast %701 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%704 = add %703, %702 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%705 = mul %704, %704 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%706 = reduce_sum %705 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%707 = sqrt %706 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%708 = broadcast %658 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%709 = max %707, %708 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%710 = broadcast %709 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%711 = cast %701 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%712 = add %711, %702 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%713 = div %712, %710 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%714 = broadcast %129 : f32[4096,64] @ models/lib/dino.yaml:22:22
%715 = mul %714, %130 : f32[4096,64] @ models/lib/dino.yaml:22:22
%716 = mul %130, %130 : f32[4096,64] @ models/lib/dino.yaml:22:53
%717 = reduce_sum %716 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%718 = sqrt %717 : f32[4096,1] @ models/lib/dino.yaml:22:35
%719 = broadcast %718 : f32[4096,64] @ models/lib/dino.yaml:22:33
%720 = div %715, %719 : f32[4096,64] @ models/lib/dino.yaml:22:33
%721 = cast %713 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%722 = cast %720 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%723 = matmul %721, %722 ta=0 tb=1 : bf16[4,16,4096] @ models/lib/dino.yaml:23:18
%724 = cast %672 : f32[4,1,65536] @ models/dino_pass.yaml:131:20
%725 = slice %724 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%726 = slice %724 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%727 = cast %6 : bf16[4,3,48,48] @ models/lib/vit.yaml:17:18
%728 = reshape %727 : bf16[4,3,3,16,3,16] @ models/lib/vit.yaml:15:21
%729 = permute %728 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,16,16] @ models/lib/vit.yaml:15:13
%730 = reshape %729 : bf16[4,9,768] @ models/lib/vit.yaml:16:13
%731 = matmul %730, %138 ta=0 tb=1 : bf16[4,9,64] @ models/lib/vit.yaml:17:18
%732 = broadcast %71 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%733 = cast %731 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%734 = add %733, %732 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%735 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%736 = reshape %69 : f32[4,256] @ models/lib/vit.yaml:32:17
%737 = cast %735 : bf16[3,4] @ models/lib/vit.yaml:32:15
%738 = cast %736 : bf16[4,256] @ models/lib/vit.yaml:32:15
%739 = matmul %737, %738 ta=0 tb=0 : bf16[3,256] @ models/lib/vit.yaml:32:15
%740 = reshape %739 : bf16[3,4,64] @ models/lib/vit.yaml:33:21
%741 = permute %740 perm=[1,0,2] : bf16[4,3,64] @ models/lib/vit.yaml:33:13
%742 = reshape %741 : bf16[4,192] @ models/lib/vit.yaml:34:17
%743 = matmul %737, %742 ta=0 tb=0 : bf16[3,192] @ models/lib/vit.yaml:34:15
%744 = cast %743 : f32[3,192] @ models/lib/vit.yaml:35:21
%745 = reshape %744 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%746 = permute %745 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%747 = reshape %746 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%748 = broadcast %747 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%749 = add %734, %748 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%750 = reduce_sum %749 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%751 = broadcast %146 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%752 = div %750, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%753 = broadcast %752 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%754 = sub %749, %753 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%755 = mul %754, %754 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%756 = reduce_sum %755 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%757 = div %756, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%758 = broadcast %154 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%759 = add %757, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%760 = rsqrt %759 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%761 = broadcast %760 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%762 = mul %754, %761 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%763 = broadcast %72 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%764 = mul %762, %763 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%765 = broadcast %73 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%766 = add %764, %765 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%767 = cast %766 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%768 = matmul %767, %165 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%769 = broadcast %75 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%770 = cast %768 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%771 = add %770, %769 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%772 = cast %771 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%773 = reshape %772 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%774 = permute %773 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%775 = slice %774 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%776 = reshape %775 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%777 = slice %774 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%778 = reshape %777 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%779 = cast %776 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%780 = cast %778 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%781 = permute %780 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%782 = reshape %779 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%783 = broadcast %782 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%784 = reshape %781 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%785 = broadcast %784 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%786 = mul %783, %785 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%787 = reduce_sum %786 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%788 = cast %787 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%789 = broadcast %178 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%790 = cast %788 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%791 = mul %790, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%792 = reduce_max %791 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%793 = stop_gradient %792 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%794 = broadcast %793 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%795 = cast %788 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%796 = mul %795, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%797 = sub %796, %794 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%798 = exp %797 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%799 = reduce_sum %798 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%800 = broadcast %799 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%801 = exp %797 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%802 = div %801, %800 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%803 = cast %802 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%804 = slice %774 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%805 = reshape %804 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%806 = cast %803 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%807 = cast %805 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%808 = reshape %806 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%809 = broadcast %808 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%810 = reshape %807 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%811 = broadcast %810 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%812 = mul %809, %811 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%813 = reduce_sum %812 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%814 = cast %813 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%815 = permute %814 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%816 = reshape %815 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%817 = matmul %816, %199 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%818 = broadcast %77 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%819 = cast %817 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%820 = add %819, %818 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%821 = add %749, %820 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%822 = reduce_sum %821 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%823 = div %822, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%824 = broadcast %823 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%825 = sub %821, %824 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%826 = mul %825, %825 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%827 = reduce_sum %826 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%828 = div %827, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%829 = add %828, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%830 = rsqrt %829 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%831 = broadcast %830 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%832 = mul %825, %831 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%833 = broadcast %78 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%834 = mul %832, %833 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%835 = broadcast %79 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%836 = add %834, %835 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%837 = cast %836 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%838 = matmul %837, %221 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%839 = broadcast %81 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%840 = broadcast %224 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%841 = cast %838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%842 = add %841, %839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%843 = mul %840, %842 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%844 = broadcast %229 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%845 = cast %838 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%846 = add %845, %839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%847 = mul %846, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%848 = erf %847 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%849 = broadcast %235 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%850 = add %849, %848 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%851 = mul %843, %850 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%852 = cast %851 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%853 = matmul %852, %240 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%854 = broadcast %83 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%855 = cast %853 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%856 = add %855, %854 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%857 = add %821, %856 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%858 = reduce_sum %857 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%859 = div %858, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%860 = broadcast %859 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%861 = sub %857, %860 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%862 = mul %861, %861 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%863 = reduce_sum %862 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%864 = div %863, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%865 = add %864, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%866 = rsqrt %865 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%867 = broadcast %866 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%868 = mul %861, %867 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%869 = broadcast %84 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%870 = mul %868, %869 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%871 = broadcast %85 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%872 = add %870, %871 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%873 = cast %872 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%874 = matmul %873, %262 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%875 = broadcast %87 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%876 = cast %874 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%877 = add %876, %875 : f32[4,9,192] @ models/lib/nn.yaml:84:18
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
%896 = mul %895, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%897 = reduce_max %896 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%898 = stop_gradient %897 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%899 = broadcast %898 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%900 = cast %894 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%901 = mul %900, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
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
%922 = matmul %921, %294 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%923 = broadcast %89 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%924 = cast %922 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%925 = add %924, %923 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%926 = add %857, %925 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%927 = reduce_sum %926 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%928 = div %927, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%929 = broadcast %928 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%930 = sub %926, %929 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%931 = mul %930, %930 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%932 = reduce_sum %931 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%933 = div %932, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%934 = add %933, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%935 = rsqrt %934 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%936 = broadcast %935 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%937 = mul %930, %936 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%938 = broadcast %90 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%939 = mul %937, %938 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%940 = broadcast %91 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%941 = add %939, %940 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%942 = cast %941 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%943 = matmul %942, %316 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%944 = broadcast %93 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%945 = cast %943 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%946 = add %945, %944 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%947 = mul %840, %946 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%948 = cast %943 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%949 = add %948, %944 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%950 = mul %949, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%951 = erf %950 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%952 = add %849, %951 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%953 = mul %947, %952 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%954 = cast %953 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%955 = matmul %954, %329 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
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
%984 = matmul %983, %359 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%985 = broadcast %100 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%986 = cast %984 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%987 = add %986, %985 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%988 = matmul %982, %364 ta=0 tb=1 : bf16[36,5,64] @ models/lib/nn.yaml:83:15
%989 = broadcast %102 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%990 = cast %988 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%991 = add %990, %989 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%992 = matmul %982, %369 ta=0 tb=1 : bf16[36,5,64] @ models/lib/nn.yaml:83:15
%993 = broadcast %104 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%994 = cast %992 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%995 = add %994, %993 : f32[36,5,64] @ models/lib/nn.yaml:84:18
%996 = cast %987 : bf16[36,1,64] @ models/lib/nn.yaml:55:23
%997 = reshape %996 : bf16[36,1,2,32] @ models/lib/vit.yaml:78:22
%998 = permute %997 perm=[0,2,1,3] : bf16[36,2,1,32] @ models/lib/vit.yaml:78:14
%999 = cast %991 : bf16[36,5,64] @ models/lib/nn.yaml:55:23
%1000 = reshape %999 : bf16[36,5,2,32] @ models/lib/vit.yaml:79:22
%1001 = permute %1000 perm=[0,2,1,3] : bf16[36,2,5,32] @ models/lib/vit.yaml:79:14
%1002 = cast %998 : f32[36,2,1,32] @ models/lib/nn.yaml:55:23
%1003 = reshape %1002 : f32[36,2,1,32,1] @ models/lib/nn.yaml:55:23
%1004 = broadcast %1003 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1005 = permute %1001 perm=[0,1,3,2] : bf16[36,2,32,5] @ models/lib/nn.yaml:55:23
%1006 = reshape %1005 : bf16[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1007 = cast %1006 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1008 = mul %1004, %1007 : f32[36,2,1,32,5] @ models/lib/nn.yaml:55:23
%1009 = reduce_sum %1008 axes=[3] keep=0 : f32[36,2,1,5] @ models/lib/nn.yaml:55:23
%1010 = cast %1009 : bf16[36,2,1,5] @ models/lib/nn.yaml:55:23
%1011 = broadcast %178 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1012 = cast %1010 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1013 = mul %1012, %1011 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1014 = reduce_max %1013 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1015 = stop_gradient %1014 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1016 = broadcast %1015 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%1017 = cast %1010 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1018 = mul %1017, %1011 : f32[36,2,1,5] @ models/lib/nn.yaml:55:29
%1019 = sub %1018, %1016 : f32[36,2,1,5] @ models/lib/nn.yaml:14:19
%1020 = exp %1019 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%1021 = reduce_sum %1020 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1022 = broadcast %1021 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%1023 = exp %1019 : f32[36,2,1,5] @ models/lib/nn.yaml:14:13
%1024 = div %1023, %1022 : f32[36,2,1,5] @ models/lib/nn.yaml:15:18
%1025 = cast %1024 : bf16[36,2,1,5] @ models/lib/nn.yaml:56:23
%1026 = cast %995 : bf16[36,5,64] @ models/lib/nn.yaml:56:23
%1027 = reshape %1026 : bf16[36,5,2,32] @ models/lib/vit.yaml:80:22
%1028 = permute %1027 perm=[0,2,1,3] : bf16[36,2,5,32] @ models/lib/vit.yaml:80:14
%1029 = cast %1025 : f32[36,2,1,5] @ models/lib/nn.yaml:56:23
%1030 = slice %1029 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1031 = broadcast %1030 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1032 = slice %1028 lo=[0,0,0,0] hi=[36,2,1,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1033 = cast %1032 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1034 = mul %1031, %1033 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1035 = slice %1029 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1036 = broadcast %1035 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1037 = slice %1028 lo=[0,0,1,0] hi=[36,2,2,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1038 = cast %1037 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1039 = mul %1036, %1038 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1040 = add %1034, %1039 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1041 = slice %1029 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1042 = broadcast %1041 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1043 = slice %1028 lo=[0,0,2,0] hi=[36,2,3,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1044 = cast %1043 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1045 = mul %1042, %1044 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1046 = add %1040, %1045 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1047 = slice %1029 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1048 = broadcast %1047 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1049 = slice %1028 lo=[0,0,3,0] hi=[36,2,4,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1050 = cast %1049 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1051 = mul %1048, %1050 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1052 = add %1046, %1051 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1053 = slice %1029 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1054 = broadcast %1053 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1055 = slice %1028 lo=[0,0,4,0] hi=[36,2,5,32] : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1056 = cast %1055 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1057 = mul %1054, %1056 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1058 = add %1052, %1057 : f32[36,2,1,32] @ models/lib/nn.yaml:56:23
%1059 = cast %1058 : bf16[36,2,1,32] @ models/lib/nn.yaml:56:23
%1060 = permute %1059 perm=[0,2,1,3] : bf16[36,1,2,32] @ models/lib/nn.yaml:56:13
%1061 = reshape %1060 : bf16[36,1,64] @ models/lib/nn.yaml:57:16
%1062 = matmul %1061, %440 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1063 = broadcast %106 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1064 = cast %1062 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1065 = add %1064, %1063 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1066 = add %963, %1065 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1067 = reduce_sum %1066 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1068 = broadcast %146 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1069 = div %1067, %1068 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1070 = broadcast %1069 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%1071 = cast %1062 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1072 = add %1071, %1063 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1073 = add %963, %1072 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1074 = sub %1073, %1070 : f32[36,1,64] @ models/lib/nn.yaml:94:15
%1075 = mul %1074, %1074 : f32[36,1,64] @ models/lib/nn.yaml:95:22
%1076 = reduce_sum %1075 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1077 = div %1076, %1068 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1078 = broadcast %154 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1079 = add %1077, %1078 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1080 = rsqrt %1079 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1081 = broadcast %1080 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%1082 = mul %1074, %1081 : f32[36,1,64] @ models/lib/nn.yaml:96:18
%1083 = broadcast %107 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%1084 = mul %1082, %1083 : f32[36,1,64] @ models/lib/nn.yaml:96:37
%1085 = broadcast %108 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%1086 = add %1084, %1085 : f32[36,1,64] @ models/lib/nn.yaml:96:46
%1087 = cast %1086 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1088 = matmul %1087, %467 ta=0 tb=1 : bf16[36,1,256] @ models/lib/nn.yaml:83:15
%1089 = broadcast %110 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1090 = broadcast %224 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%1091 = cast %1088 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1092 = add %1091, %1089 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1093 = mul %1090, %1092 : f32[36,1,256] @ models/lib/nn.yaml:27:20
%1094 = broadcast %229 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%1095 = cast %1088 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1096 = add %1095, %1089 : f32[36,1,256] @ models/lib/nn.yaml:84:18
%1097 = mul %1096, %1094 : f32[36,1,256] @ models/lib/nn.yaml:27:37
%1098 = erf %1097 : f32[36,1,256] @ models/lib/nn.yaml:27:31
%1099 = broadcast %235 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%1100 = add %1099, %1098 : f32[36,1,256] @ models/lib/nn.yaml:27:29
%1101 = mul %1093, %1100 : f32[36,1,256] @ models/lib/nn.yaml:27:24
%1102 = cast %1101 : bf16[36,1,256] @ models/lib/nn.yaml:83:15
%1103 = matmul %1102, %483 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1104 = broadcast %112 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1105 = cast %1103 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1106 = add %1105, %1104 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1107 = cast %1062 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1108 = add %1107, %1063 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1109 = add %963, %1108 : f32[36,1,64] @ models/lib/vit.yaml:96:15
%1110 = add %1109, %1106 : f32[36,1,64] @ models/lib/vit.yaml:98:18
%1111 = reshape %1110 : f32[4,9,64] @ models/dino_pass.yaml:88:16
%1112 = concat %493, %959 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1113 = reduce_sum %1112 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1114 = broadcast %146 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1115 = div %1113, %1114 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1116 = broadcast %1115 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1117 = sub %1112, %1116 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1118 = mul %1117, %1117 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1119 = reduce_sum %1118 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1120 = div %1119, %1114 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1121 = broadcast %154 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1122 = add %1120, %1121 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1123 = rsqrt %1122 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1124 = broadcast %1123 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1125 = mul %1117, %1124 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1126 = broadcast %97 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1127 = mul %1125, %1126 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1128 = broadcast %98 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1129 = add %1127, %1128 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1130 = cast %1129 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1131 = slice %1130 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1132 = matmul %1131, %359 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1133 = cast %1132 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1134 = add %1133, %515 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1135 = matmul %1130, %364 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1136 = broadcast %102 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1137 = cast %1135 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1138 = add %1137, %1136 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1139 = matmul %1130, %369 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1140 = broadcast %104 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1141 = cast %1139 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1142 = add %1141, %1140 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1143 = cast %1134 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1144 = reshape %1143 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1145 = permute %1144 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1146 = cast %1138 : bf16[4,10,64] @ models/lib/nn.yaml:55:23
%1147 = reshape %1146 : bf16[4,10,2,32] @ models/lib/vit.yaml:79:22
%1148 = permute %1147 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:79:14
%1149 = cast %1145 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%1150 = reshape %1149 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1151 = broadcast %1150 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1152 = permute %1148 perm=[0,1,3,2] : bf16[4,2,32,10] @ models/lib/nn.yaml:55:23
%1153 = reshape %1152 : bf16[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1154 = cast %1153 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1155 = mul %1151, %1154 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%1156 = reduce_sum %1155 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1157 = cast %1156 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1158 = broadcast %178 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1159 = cast %1157 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1160 = mul %1159, %1158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1161 = reduce_max %1160 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1162 = stop_gradient %1161 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1163 = broadcast %1162 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1164 = cast %1157 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1165 = mul %1164, %1158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1166 = sub %1165, %1163 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1167 = exp %1166 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1168 = reduce_sum %1167 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1169 = broadcast %1168 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1170 = exp %1166 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1171 = div %1170, %1169 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1172 = cast %1171 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1173 = cast %1142 : bf16[4,10,64] @ models/lib/nn.yaml:56:23
%1174 = reshape %1173 : bf16[4,10,2,32] @ models/lib/vit.yaml:80:22
%1175 = permute %1174 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:80:14
%1176 = cast %1172 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1177 = reshape %1176 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1178 = broadcast %1177 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1179 = reshape %1175 : bf16[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1180 = cast %1179 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1181 = mul %1178, %1180 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%1182 = reduce_sum %1181 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1183 = cast %1182 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%1184 = permute %1183 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%1185 = reshape %1184 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%1186 = matmul %1185, %440 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1187 = cast %1186 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1188 = add %1187, %570 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1189 = add %493, %1188 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1190 = reduce_sum %1189 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1191 = div %1190, %575 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1192 = broadcast %1191 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1193 = sub %1189, %1192 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1194 = mul %1193, %1193 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1195 = reduce_sum %1194 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1196 = div %1195, %575 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1197 = add %1196, %582 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1198 = rsqrt %1197 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1199 = broadcast %1198 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1200 = mul %1193, %1199 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1201 = mul %1200, %587 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1202 = add %1201, %589 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1203 = cast %1202 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1204 = matmul %1203, %467 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1205 = cast %1204 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1206 = add %1205, %593 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1207 = mul %596, %1206 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1208 = mul %1206, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1209 = erf %1208 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1210 = add %601, %1209 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1211 = mul %1207, %1210 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1212 = cast %1211 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1213 = matmul %1212, %483 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1214 = cast %1213 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1215 = add %1214, %606 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1216 = add %1189, %1215 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1217 = concat %1216, %1111 axis=1 : f32[4,10,64] @ models/dino_pass.yaml:109:30
%1218 = reduce_sum %1217 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1219 = div %1218, %1114 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1220 = broadcast %1219 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1221 = sub %1217, %1220 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1222 = mul %1221, %1221 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1223 = reduce_sum %1222 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1224 = div %1223, %1114 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1225 = add %1224, %1121 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1226 = rsqrt %1225 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1227 = broadcast %1226 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1228 = mul %1221, %1227 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1229 = broadcast %113 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1230 = mul %1228, %1229 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1231 = broadcast %114 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1232 = add %1230, %1231 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1233 = cast %1232 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1234 = slice %1233 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:110:28
%1235 = matmul %1234, %628 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1236 = cast %1235 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1237 = add %1236, %630 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1238 = mul %596, %1237 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1239 = mul %1237, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1240 = erf %1239 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1241 = add %601, %1240 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1242 = mul %1238, %1241 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1243 = cast %1242 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1244 = matmul %1243, %639 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1245 = cast %1244 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1246 = add %1245, %641 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1247 = mul %596, %1246 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1248 = mul %1246, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1249 = erf %1248 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1250 = add %601, %1249 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1251 = mul %1247, %1250 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1252 = cast %1251 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1253 = matmul %1252, %650 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1254 = cast %1253 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1255 = add %1254, %652 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1256 = mul %1255, %1255 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1257 = reduce_sum %1256 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1258 = sqrt %1257 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1259 = max %1258, %659 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1260 = broadcast %1259 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1261 = div %1255, %1260 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1262 = cast %1261 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%1263 = matmul %1262, %671 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%1264 = slice %1233 lo=[0,1,0] hi=[4,10,64] : bf16[4,9,64] @ models/dino_pass.yaml:110:46
%1265 = matmul %1264, %674 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1266 = broadcast %124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1267 = cast %1265 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1268 = add %1267, %1266 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1269 = mul %840, %1268 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1270 = cast %1265 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1271 = add %1270, %1266 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1272 = mul %1271, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1273 = erf %1272 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1274 = add %849, %1273 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1275 = mul %1269, %1274 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1276 = cast %1275 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1277 = matmul %1276, %687 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1278 = broadcast %126 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1279 = cast %1277 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1280 = add %1279, %1278 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1281 = mul %840, %1280 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1282 = cast %1277 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1283 = add %1282, %1278 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1284 = mul %1283, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1285 = erf %1284 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1286 = add %849, %1285 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1287 = mul %1281, %1286 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1288 = cast %1287 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1289 = matmul %1288, %700 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1290 = broadcast %128 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1291 = cast %1289 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1292 = add %1291, %1290 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1293 = mul %1292, %1292 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%1294 = reduce_sum %1293 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1295 = sqrt %1294 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1296 = broadcast %658 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1297 = max %1295, %1296 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1298 = broadcast %1297 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1299 = cast %1289 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1300 = add %1299, %1290 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1301 = div %1300, %1298 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%1302 = cast %1301 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%1303 = matmul %1302, %722 ta=0 tb=1 : bf16[4,9,4096] @ models/lib/dino.yaml:23:18
%1304 = cast %1263 : f32[4,1,65536] @ models/dino_pass.yaml:131:20
%1305 = slice %1304 lo=[0,0,0] hi=[2,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1306 = slice %1304 lo=[2,0,0] hi=[4,1,65536] : f32[2,1,65536] @ models/dino_pass.yaml:131:20
%1307 = reshape %8 : f32[64,768] @ models/lib/vit.yaml:17:20
%1308 = cast %1307 : bf16[64,768] @ models/lib/vit.yaml:17:18
%1309 = matmul %137, %1308 ta=0 tb=1 : bf16[4,16,64] @ models/lib/vit.yaml:17:18
%1310 = broadcast %9 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1311 = cast %1309 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1312 = add %1311, %1310 : f32[4,16,64] @ models/lib/vit.yaml:17:71
%1313 = broadcast %7 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1314 = add %1312, %1313 : f32[4,16,64] @ models/lib/vit.yaml:62:15
%1315 = reduce_sum %1314 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1316 = div %1315, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1317 = broadcast %1316 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1318 = sub %1314, %1317 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1319 = mul %1318, %1318 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1320 = reduce_sum %1319 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1321 = div %1320, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1322 = add %1321, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1323 = rsqrt %1322 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1324 = broadcast %1323 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1325 = mul %1318, %1324 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1326 = broadcast %10 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1327 = mul %1325, %1326 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1328 = broadcast %11 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1329 = add %1327, %1328 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1330 = cast %1329 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1331 = cast %12 : bf16[192,64] @ models/lib/nn.yaml:83:15
%1332 = matmul %1330, %1331 ta=0 tb=1 : bf16[4,16,192] @ models/lib/nn.yaml:83:15
%1333 = broadcast %13 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1334 = cast %1332 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1335 = add %1334, %1333 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1336 = cast %1335 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%1337 = reshape %1336 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1338 = permute %1337 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1339 = slice %1338 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1340 = reshape %1339 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%1341 = slice %1338 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1342 = reshape %1341 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%1343 = matmul %1340, %1342 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1344 = cast %1343 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1345 = mul %1344, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1346 = reduce_max %1345 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1347 = stop_gradient %1346 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1348 = broadcast %1347 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1349 = cast %1343 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1350 = mul %1349, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1351 = sub %1350, %1348 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1352 = exp %1351 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1353 = reduce_sum %1352 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1354 = broadcast %1353 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1355 = exp %1351 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1356 = div %1355, %1354 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1357 = cast %1356 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1358 = slice %1338 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1359 = reshape %1358 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%1360 = matmul %1357, %1359 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%1361 = permute %1360 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%1362 = reshape %1361 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%1363 = cast %14 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1364 = matmul %1362, %1363 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1365 = broadcast %15 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1366 = cast %1364 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1367 = add %1366, %1365 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1368 = add %1314, %1367 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1369 = reduce_sum %1368 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1370 = div %1369, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1371 = broadcast %1370 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1372 = sub %1368, %1371 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1373 = mul %1372, %1372 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1374 = reduce_sum %1373 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1375 = div %1374, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1376 = add %1375, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1377 = rsqrt %1376 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1378 = broadcast %1377 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1379 = mul %1372, %1378 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1380 = broadcast %16 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1381 = mul %1379, %1380 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1382 = broadcast %17 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1383 = add %1381, %1382 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1384 = cast %1383 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1385 = cast %18 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1386 = matmul %1384, %1385 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1387 = broadcast %19 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1388 = cast %1386 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1389 = add %1388, %1387 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1390 = mul %225, %1389 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1391 = cast %1386 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1392 = add %1391, %1387 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1393 = mul %1392, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1394 = erf %1393 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1395 = add %236, %1394 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1396 = mul %1390, %1395 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1397 = cast %1396 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1398 = cast %20 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1399 = matmul %1397, %1398 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1400 = broadcast %21 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1401 = cast %1399 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1402 = add %1401, %1400 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1403 = add %1368, %1402 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1404 = reduce_sum %1403 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1405 = div %1404, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1406 = broadcast %1405 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1407 = sub %1403, %1406 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1408 = mul %1407, %1407 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1409 = reduce_sum %1408 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1410 = div %1409, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1411 = add %1410, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1412 = rsqrt %1411 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1413 = broadcast %1412 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1414 = mul %1407, %1413 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1415 = broadcast %22 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1416 = mul %1414, %1415 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1417 = broadcast %23 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1418 = add %1416, %1417 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1419 = cast %1418 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1420 = cast %24 : bf16[192,64] @ models/lib/nn.yaml:83:15
%1421 = matmul %1419, %1420 ta=0 tb=1 : bf16[4,16,192] @ models/lib/nn.yaml:83:15
%1422 = broadcast %25 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1423 = cast %1421 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1424 = add %1423, %1422 : f32[4,16,192] @ models/lib/nn.yaml:84:18
%1425 = cast %1424 : bf16[4,16,192] @ models/lib/nn.yaml:55:23
%1426 = reshape %1425 : bf16[4,16,3,2,32] @ models/lib/nn.yaml:66:21
%1427 = permute %1426 perm=[2,0,3,1,4] : bf16[3,4,2,16,32] @ models/lib/nn.yaml:66:13
%1428 = slice %1427 lo=[0,0,0,0,0] hi=[1,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%1429 = reshape %1428 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:28
%1430 = slice %1427 lo=[1,0,0,0,0] hi=[2,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%1431 = reshape %1430 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:34
%1432 = matmul %1429, %1431 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%1433 = cast %1432 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1434 = mul %1433, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1435 = reduce_max %1434 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1436 = stop_gradient %1435 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1437 = broadcast %1436 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1438 = cast %1432 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1439 = mul %1438, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1440 = sub %1439, %1437 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1441 = exp %1440 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1442 = reduce_sum %1441 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1443 = broadcast %1442 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1444 = exp %1440 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1445 = div %1444, %1443 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1446 = cast %1445 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%1447 = slice %1427 lo=[2,0,0,0,0] hi=[3,4,2,16,32] : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%1448 = reshape %1447 : bf16[4,2,16,32] @ models/lib/nn.yaml:67:40
%1449 = matmul %1446, %1448 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%1450 = permute %1449 perm=[0,2,1,3] : bf16[4,16,2,32] @ models/lib/nn.yaml:56:13
%1451 = reshape %1450 : bf16[4,16,64] @ models/lib/nn.yaml:57:16
%1452 = cast %26 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1453 = matmul %1451, %1452 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1454 = broadcast %27 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1455 = cast %1453 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1456 = add %1455, %1454 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1457 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1458 = broadcast %1457 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1459 = div %1456, %1458 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1460 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1461 = rand_uniform %1460 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1462 = broadcast %1457 : f32[4] @ models/lib/nn.yaml:44:35
%1463 = add %1462, %1461 : f32[4] @ models/lib/nn.yaml:44:35
%1464 = floor %1463 : f32[4] @ models/lib/nn.yaml:44:24
%1465 = reshape %1464 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1466 = broadcast %1465 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1467 = mul %1459, %1466 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1468 = add %1403, %1467 : f32[4,16,64] @ models/lib/nn.yaml:125:15
%1469 = reduce_sum %1468 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1470 = div %1469, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1471 = broadcast %1470 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1472 = sub %1468, %1471 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%1473 = mul %1472, %1472 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%1474 = reduce_sum %1473 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1475 = div %1474, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1476 = add %1475, %155 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1477 = rsqrt %1476 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1478 = broadcast %1477 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1479 = mul %1472, %1478 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%1480 = broadcast %28 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1481 = mul %1479, %1480 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%1482 = broadcast %29 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1483 = add %1481, %1482 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%1484 = cast %1483 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1485 = cast %30 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1486 = matmul %1484, %1485 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1487 = broadcast %31 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1488 = cast %1486 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1489 = add %1488, %1487 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1490 = mul %225, %1489 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1491 = cast %1486 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1492 = add %1491, %1487 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1493 = mul %1492, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1494 = erf %1493 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1495 = add %236, %1494 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1496 = mul %1490, %1495 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1497 = cast %1496 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1498 = cast %32 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1499 = matmul %1497, %1498 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1500 = broadcast %33 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1501 = cast %1499 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1502 = add %1501, %1500 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1503 = div %1502, %1458 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%1504 = rand_uniform %1460 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1505 = add %1462, %1504 : f32[4] @ models/lib/nn.yaml:44:35
%1506 = floor %1505 : f32[4] @ models/lib/nn.yaml:44:24
%1507 = reshape %1506 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1508 = broadcast %1507 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1509 = mul %1503, %1508 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%1510 = add %1468, %1509 : f32[4,16,64] @ models/lib/nn.yaml:126:18
%1511 = broadcast %34 : f32[4,1,64] @ models/lib/vit.yaml:116:31
%1512 = concat %1511, %1510 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:95:24
%1513 = reduce_sum %1512 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1514 = div %1513, %496 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1515 = broadcast %1514 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1516 = sub %1512, %1515 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1517 = mul %1516, %1516 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1518 = reduce_sum %1517 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1519 = div %1518, %496 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1520 = add %1519, %503 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1521 = rsqrt %1520 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1522 = broadcast %1521 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1523 = mul %1516, %1522 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1524 = broadcast %35 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1525 = mul %1523, %1524 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1526 = broadcast %36 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1527 = add %1525, %1526 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1528 = cast %1527 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1529 = slice %1528 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1530 = cast %37 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1531 = matmul %1529, %1530 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1532 = broadcast %38 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1533 = cast %1531 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1534 = add %1533, %1532 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1535 = cast %39 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1536 = matmul %1528, %1535 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1537 = broadcast %40 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1538 = cast %1536 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1539 = add %1538, %1537 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1540 = cast %41 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1541 = matmul %1528, %1540 ta=0 tb=1 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1542 = broadcast %42 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1543 = cast %1541 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1544 = add %1543, %1542 : f32[4,17,64] @ models/lib/nn.yaml:84:18
%1545 = cast %1534 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%1546 = reshape %1545 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%1547 = permute %1546 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%1548 = cast %1539 : bf16[4,17,64] @ models/lib/nn.yaml:55:23
%1549 = reshape %1548 : bf16[4,17,2,32] @ models/lib/vit.yaml:79:22
%1550 = permute %1549 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:79:14
%1551 = cast %1547 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%1552 = reshape %1551 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%1553 = broadcast %1552 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1554 = permute %1550 perm=[0,1,3,2] : bf16[4,2,32,17] @ models/lib/nn.yaml:55:23
%1555 = reshape %1554 : bf16[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1556 = cast %1555 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1557 = mul %1553, %1556 : f32[4,2,1,32,17] @ models/lib/nn.yaml:55:23
%1558 = reduce_sum %1557 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1559 = cast %1558 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1560 = cast %1559 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1561 = mul %1560, %541 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1562 = reduce_max %1561 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1563 = stop_gradient %1562 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1564 = broadcast %1563 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1565 = cast %1559 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1566 = mul %1565, %541 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1567 = sub %1566, %1564 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1568 = exp %1567 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1569 = reduce_sum %1568 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1570 = broadcast %1569 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1571 = exp %1567 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1572 = div %1571, %1570 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1573 = cast %1572 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1574 = cast %1544 : bf16[4,17,64] @ models/lib/nn.yaml:56:23
%1575 = reshape %1574 : bf16[4,17,2,32] @ models/lib/vit.yaml:80:22
%1576 = permute %1575 perm=[0,2,1,3] : bf16[4,2,17,32] @ models/lib/vit.yaml:80:14
%1577 = cast %1573 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1578 = reshape %1577 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1579 = broadcast %1578 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1580 = reshape %1576 : bf16[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1581 = cast %1580 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1582 = mul %1579, %1581 : f32[4,2,1,17,32] @ models/lib/nn.yaml:56:23
%1583 = reduce_sum %1582 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%1584 = cast %1583 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%1585 = permute %1584 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%1586 = reshape %1585 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%1587 = cast %43 : bf16[64,64] @ models/lib/nn.yaml:83:15
%1588 = matmul %1586, %1587 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1589 = broadcast %44 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1590 = cast %1588 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1591 = add %1590, %1589 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1592 = add %1511, %1591 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%1593 = reduce_sum %1592 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1594 = div %1593, %575 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1595 = broadcast %1594 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1596 = sub %1592, %1595 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%1597 = mul %1596, %1596 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%1598 = reduce_sum %1597 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1599 = div %1598, %575 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1600 = add %1599, %582 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1601 = rsqrt %1600 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1602 = broadcast %1601 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1603 = mul %1596, %1602 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%1604 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1605 = mul %1603, %1604 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%1606 = broadcast %46 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1607 = add %1605, %1606 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%1608 = cast %1607 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1609 = cast %47 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1610 = matmul %1608, %1609 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1611 = broadcast %48 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1612 = cast %1610 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1613 = add %1612, %1611 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1614 = mul %596, %1613 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1615 = mul %1613, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1616 = erf %1615 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1617 = add %601, %1616 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1618 = mul %1614, %1617 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1619 = cast %1618 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1620 = cast %49 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1621 = matmul %1619, %1620 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1622 = broadcast %50 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1623 = cast %1621 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1624 = add %1623, %1622 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1625 = add %1592, %1624 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%1626 = concat %1625, %1510 axis=1 : f32[4,17,64] @ models/lib/vit.yaml:111:21
%1627 = reduce_sum %1626 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1628 = div %1627, %496 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1629 = broadcast %1628 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1630 = sub %1626, %1629 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%1631 = mul %1630, %1630 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%1632 = reduce_sum %1631 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1633 = div %1632, %496 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1634 = add %1633, %503 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1635 = rsqrt %1634 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1636 = broadcast %1635 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1637 = mul %1630, %1636 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%1638 = broadcast %51 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1639 = mul %1637, %1638 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%1640 = broadcast %52 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1641 = add %1639, %1640 : f32[4,17,64] @ models/lib/nn.yaml:96:46
%1642 = cast %1641 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%1643 = slice %1642 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:103:28
%1644 = cast %53 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1645 = matmul %1643, %1644 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1646 = broadcast %54 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1647 = cast %1645 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1648 = add %1647, %1646 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1649 = mul %596, %1648 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1650 = mul %1648, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1651 = erf %1650 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1652 = add %601, %1651 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1653 = mul %1649, %1652 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1654 = cast %1653 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1655 = cast %55 : bf16[256,256] @ models/lib/nn.yaml:83:15
%1656 = matmul %1654, %1655 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1657 = broadcast %56 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1658 = cast %1656 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1659 = add %1658, %1657 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%1660 = mul %596, %1659 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%1661 = mul %1659, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%1662 = erf %1661 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%1663 = add %601, %1662 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%1664 = mul %1660, %1663 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%1665 = cast %1664 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%1666 = cast %57 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1667 = matmul %1665, %1666 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1668 = broadcast %58 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1669 = cast %1667 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1670 = add %1669, %1668 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1671 = mul %1670, %1670 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%1672 = reduce_sum %1671 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1673 = sqrt %1672 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1674 = max %1673, %659 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1675 = broadcast %1674 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1676 = div %1670, %1675 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%1677 = broadcast %59 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1678 = mul %1677, %60 : f32[65536,64] @ models/lib/dino.yaml:22:22
%1679 = mul %60, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%1680 = reduce_sum %1679 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:40
%1681 = sqrt %1680 : f32[65536,1] @ models/lib/dino.yaml:22:35
%1682 = broadcast %1681 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1683 = div %1678, %1682 : f32[65536,64] @ models/lib/dino.yaml:22:33
%1684 = cast %1676 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%1685 = cast %1683 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%1686 = matmul %1684, %1685 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%1687 = slice %1642 lo=[0,1,0] hi=[4,17,64] : bf16[4,16,64] @ models/dino_pass.yaml:103:46
%1688 = cast %61 : bf16[256,64] @ models/lib/nn.yaml:83:15
%1689 = matmul %1687, %1688 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1690 = broadcast %62 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1691 = cast %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1692 = add %1691, %1690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1693 = mul %225, %1692 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1694 = cast %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1695 = add %1694, %1690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1696 = mul %1695, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1697 = erf %1696 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1698 = add %236, %1697 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1699 = mul %1693, %1698 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1700 = cast %1699 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1701 = cast %63 : bf16[256,256] @ models/lib/nn.yaml:83:15
%1702 = matmul %1700, %1701 ta=0 tb=1 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1703 = broadcast %64 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1704 = cast %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1705 = add %1704, %1703 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1706 = mul %225, %1705 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%1707 = cast %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1708 = add %1707, %1703 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%1709 = mul %1708, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%1710 = erf %1709 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%1711 = add %236, %1710 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%1712 = mul %1706, %1711 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%1713 = cast %1712 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%1714 = cast %65 : bf16[64,256] @ models/lib/nn.yaml:83:15
%1715 = matmul %1713, %1714 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%1716 = broadcast %66 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1717 = cast %1715 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1718 = add %1717, %1716 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1719 = mul %1718, %1718 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%1720 = reduce_sum %1719 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1721 = sqrt %1720 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1722 = max %1721, %708 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1723 = broadcast %1722 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1724 = cast %1715 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1725 = add %1724, %1716 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1726 = div %1725, %1723 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%1727 = broadcast %67 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1728 = mul %1727, %68 : f32[4096,64] @ models/lib/dino.yaml:22:22
%1729 = mul %68, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%1730 = reduce_sum %1729 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:40
%1731 = sqrt %1730 : f32[4096,1] @ models/lib/dino.yaml:22:35
%1732 = broadcast %1731 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1733 = div %1728, %1732 : f32[4096,64] @ models/lib/dino.yaml:22:33
%1734 = cast %1726 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%1735 = cast %1733 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%1736 = matmul %1734, %1735 ta=0 tb=1 : bf16[4,16,4096] @ models/lib/dino.yaml:23:18
%1737 = matmul %730, %1308 ta=0 tb=1 : bf16[4,9,64] @ models/lib/vit.yaml:17:18
%1738 = broadcast %9 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1739 = cast %1737 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1740 = add %1739, %1738 : f32[4,9,64] @ models/lib/vit.yaml:17:71
%1741 = reshape %7 : f32[4,256] @ models/lib/vit.yaml:32:17
%1742 = cast %1741 : bf16[4,256] @ models/lib/vit.yaml:32:15
%1743 = matmul %737, %1742 ta=0 tb=0 : bf16[3,256] @ models/lib/vit.yaml:32:15
%1744 = reshape %1743 : bf16[3,4,64] @ models/lib/vit.yaml:33:21
%1745 = permute %1744 perm=[1,0,2] : bf16[4,3,64] @ models/lib/vit.yaml:33:13
%1746 = reshape %1745 : bf16[4,192] @ models/lib/vit.yaml:34:17
%1747 = matmul %737, %1746 ta=0 tb=0 : bf16[3,192] @ models/lib/vit.yaml:34:15
%1748 = cast %1747 : f32[3,192] @ models/lib/vit.yaml:35:21
%1749 = reshape %1748 : f32[3,3,64] @ models/lib/vit.yaml:35:21
%1750 = permute %1749 perm=[1,0,2] : f32[3,3,64] @ models/lib/vit.yaml:35:13
%1751 = reshape %1750 : f32[1,9,64] @ models/lib/vit.yaml:36:16
%1752 = broadcast %1751 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1753 = add %1740, %1752 : f32[4,9,64] @ models/lib/vit.yaml:62:15
%1754 = reduce_sum %1753 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1755 = div %1754, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1756 = broadcast %1755 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1757 = sub %1753, %1756 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1758 = mul %1757, %1757 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1759 = reduce_sum %1758 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1760 = div %1759, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1761 = add %1760, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1762 = rsqrt %1761 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1763 = broadcast %1762 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1764 = mul %1757, %1763 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1765 = broadcast %10 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1766 = mul %1764, %1765 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1767 = broadcast %11 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1768 = add %1766, %1767 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1769 = cast %1768 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1770 = matmul %1769, %1331 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%1771 = broadcast %13 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1772 = cast %1770 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1773 = add %1772, %1771 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1774 = cast %1773 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%1775 = reshape %1774 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1776 = permute %1775 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1777 = slice %1776 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1778 = reshape %1777 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%1779 = slice %1776 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1780 = reshape %1779 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%1781 = cast %1778 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1782 = cast %1780 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1783 = permute %1782 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1784 = reshape %1781 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1785 = broadcast %1784 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1786 = reshape %1783 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1787 = broadcast %1786 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1788 = mul %1785, %1787 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1789 = reduce_sum %1788 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1790 = cast %1789 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1791 = cast %1790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1792 = mul %1791, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1793 = reduce_max %1792 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1794 = stop_gradient %1793 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1795 = broadcast %1794 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1796 = cast %1790 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1797 = mul %1796, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1798 = sub %1797, %1795 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1799 = exp %1798 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1800 = reduce_sum %1799 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1801 = broadcast %1800 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1802 = exp %1798 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1803 = div %1802, %1801 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1804 = cast %1803 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1805 = slice %1776 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1806 = reshape %1805 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%1807 = cast %1804 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1808 = cast %1806 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1809 = reshape %1807 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1810 = broadcast %1809 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1811 = reshape %1808 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1812 = broadcast %1811 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1813 = mul %1810, %1812 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1814 = reduce_sum %1813 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1815 = cast %1814 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%1816 = permute %1815 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%1817 = reshape %1816 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%1818 = matmul %1817, %1363 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1819 = broadcast %15 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1820 = cast %1818 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1821 = add %1820, %1819 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1822 = add %1753, %1821 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1823 = reduce_sum %1822 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1824 = div %1823, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1825 = broadcast %1824 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1826 = sub %1822, %1825 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1827 = mul %1826, %1826 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1828 = reduce_sum %1827 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1829 = div %1828, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1830 = add %1829, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1831 = rsqrt %1830 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1832 = broadcast %1831 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1833 = mul %1826, %1832 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1834 = broadcast %16 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1835 = mul %1833, %1834 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1836 = broadcast %17 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1837 = add %1835, %1836 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1838 = cast %1837 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1839 = matmul %1838, %1385 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1840 = broadcast %19 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1841 = cast %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1842 = add %1841, %1840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1843 = mul %840, %1842 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1844 = cast %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1845 = add %1844, %1840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1846 = mul %1845, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1847 = erf %1846 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1848 = add %849, %1847 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1849 = mul %1843, %1848 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1850 = cast %1849 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1851 = matmul %1850, %1398 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1852 = broadcast %21 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1853 = cast %1851 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1854 = add %1853, %1852 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1855 = add %1822, %1854 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1856 = reduce_sum %1855 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1857 = div %1856, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1858 = broadcast %1857 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1859 = sub %1855, %1858 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1860 = mul %1859, %1859 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1861 = reduce_sum %1860 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1862 = div %1861, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1863 = add %1862, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1864 = rsqrt %1863 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1865 = broadcast %1864 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1866 = mul %1859, %1865 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1867 = broadcast %22 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1868 = mul %1866, %1867 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1869 = broadcast %23 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1870 = add %1868, %1869 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1871 = cast %1870 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1872 = matmul %1871, %1420 ta=0 tb=1 : bf16[4,9,192] @ models/lib/nn.yaml:83:15
%1873 = broadcast %25 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1874 = cast %1872 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1875 = add %1874, %1873 : f32[4,9,192] @ models/lib/nn.yaml:84:18
%1876 = cast %1875 : bf16[4,9,192] @ models/lib/nn.yaml:55:23
%1877 = reshape %1876 : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:21
%1878 = permute %1877 perm=[2,0,3,1,4] : bf16[3,4,2,9,32] @ models/lib/nn.yaml:66:13
%1879 = slice %1878 lo=[0,0,0,0,0] hi=[1,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%1880 = reshape %1879 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:28
%1881 = slice %1878 lo=[1,0,0,0,0] hi=[2,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%1882 = reshape %1881 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:34
%1883 = cast %1880 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1884 = cast %1882 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%1885 = permute %1884 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:55:23
%1886 = reshape %1883 : f32[4,2,9,32,1] @ models/lib/nn.yaml:55:23
%1887 = broadcast %1886 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1888 = reshape %1885 : f32[4,2,1,32,9] @ models/lib/nn.yaml:55:23
%1889 = broadcast %1888 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1890 = mul %1887, %1889 : f32[4,2,9,32,9] @ models/lib/nn.yaml:55:23
%1891 = reduce_sum %1890 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1892 = cast %1891 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1893 = cast %1892 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1894 = mul %1893, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1895 = reduce_max %1894 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1896 = stop_gradient %1895 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1897 = broadcast %1896 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1898 = cast %1892 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1899 = mul %1898, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1900 = sub %1899, %1897 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1901 = exp %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1902 = reduce_sum %1901 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1903 = broadcast %1902 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1904 = exp %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1905 = div %1904, %1903 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1906 = cast %1905 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1907 = slice %1878 lo=[2,0,0,0,0] hi=[3,4,2,9,32] : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%1908 = reshape %1907 : bf16[4,2,9,32] @ models/lib/nn.yaml:67:40
%1909 = cast %1906 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1910 = cast %1908 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1911 = reshape %1909 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1912 = broadcast %1911 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1913 = reshape %1910 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%1914 = broadcast %1913 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1915 = mul %1912, %1914 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%1916 = reduce_sum %1915 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%1917 = cast %1916 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%1918 = permute %1917 perm=[0,2,1,3] : bf16[4,9,2,32] @ models/lib/nn.yaml:56:13
%1919 = reshape %1918 : bf16[4,9,64] @ models/lib/nn.yaml:57:16
%1920 = matmul %1919, %1452 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1921 = broadcast %27 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1922 = cast %1920 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1923 = add %1922, %1921 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1924 = broadcast %1457 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1925 = div %1923, %1924 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1926 = rand_uniform %1460 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%1927 = add %1462, %1926 : f32[4] @ models/lib/nn.yaml:44:35
%1928 = floor %1927 : f32[4] @ models/lib/nn.yaml:44:24
%1929 = reshape %1928 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1930 = broadcast %1929 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1931 = mul %1925, %1930 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1932 = add %1855, %1931 : f32[4,9,64] @ models/lib/nn.yaml:125:15
%1933 = reduce_sum %1932 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1934 = div %1933, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1935 = broadcast %1934 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1936 = sub %1932, %1935 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%1937 = mul %1936, %1936 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%1938 = reduce_sum %1937 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1939 = div %1938, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1940 = add %1939, %758 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1941 = rsqrt %1940 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1942 = broadcast %1941 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1943 = mul %1936, %1942 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%1944 = broadcast %28 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1945 = mul %1943, %1944 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%1946 = broadcast %29 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1947 = add %1945, %1946 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%1948 = cast %1947 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1949 = matmul %1948, %1485 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1950 = broadcast %31 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1951 = cast %1949 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1952 = add %1951, %1950 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1953 = mul %840, %1952 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%1954 = cast %1949 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1955 = add %1954, %1950 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%1956 = mul %1955, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%1957 = erf %1956 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%1958 = add %849, %1957 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%1959 = mul %1953, %1958 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%1960 = cast %1959 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%1961 = matmul %1960, %1498 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1962 = broadcast %33 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1963 = cast %1961 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1964 = add %1963, %1962 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1965 = div %1964, %1924 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%1966 = rand_uniform %1460 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%1967 = add %1462, %1966 : f32[4] @ models/lib/nn.yaml:44:35
%1968 = floor %1967 : f32[4] @ models/lib/nn.yaml:44:24
%1969 = reshape %1968 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1970 = broadcast %1969 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1971 = mul %1965, %1970 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%1972 = add %1932, %1971 : f32[4,9,64] @ models/lib/nn.yaml:126:18
%1973 = concat %1511, %1972 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:95:24
%1974 = reduce_sum %1973 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1975 = div %1974, %1114 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1976 = broadcast %1975 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1977 = sub %1973, %1976 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%1978 = mul %1977, %1977 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%1979 = reduce_sum %1978 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1980 = div %1979, %1114 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1981 = add %1980, %1121 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1982 = rsqrt %1981 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1983 = broadcast %1982 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1984 = mul %1977, %1983 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%1985 = broadcast %35 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1986 = mul %1984, %1985 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%1987 = broadcast %36 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1988 = add %1986, %1987 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%1989 = cast %1988 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1990 = slice %1989 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/lib/vit.yaml:78:33
%1991 = matmul %1990, %1530 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1992 = cast %1991 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1993 = add %1992, %1532 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1994 = matmul %1989, %1535 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1995 = broadcast %40 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1996 = cast %1994 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1997 = add %1996, %1995 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%1998 = matmul %1989, %1540 ta=0 tb=1 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%1999 = broadcast %42 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2000 = cast %1998 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2001 = add %2000, %1999 : f32[4,10,64] @ models/lib/nn.yaml:84:18
%2002 = cast %1993 : bf16[4,1,64] @ models/lib/nn.yaml:55:23
%2003 = reshape %2002 : bf16[4,1,2,32] @ models/lib/vit.yaml:78:22
%2004 = permute %2003 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/vit.yaml:78:14
%2005 = cast %1997 : bf16[4,10,64] @ models/lib/nn.yaml:55:23
%2006 = reshape %2005 : bf16[4,10,2,32] @ models/lib/vit.yaml:79:22
%2007 = permute %2006 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:79:14
%2008 = cast %2004 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2009 = reshape %2008 : f32[4,2,1,32,1] @ models/lib/nn.yaml:55:23
%2010 = broadcast %2009 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2011 = permute %2007 perm=[0,1,3,2] : bf16[4,2,32,10] @ models/lib/nn.yaml:55:23
%2012 = reshape %2011 : bf16[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2013 = cast %2012 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2014 = mul %2010, %2013 : f32[4,2,1,32,10] @ models/lib/nn.yaml:55:23
%2015 = reduce_sum %2014 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = cast %2015 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = cast %2016 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2018 = mul %2017, %1158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2019 = reduce_max %2018 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2020 = stop_gradient %2019 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2021 = broadcast %2020 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2022 = cast %2016 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2023 = mul %2022, %1158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2024 = sub %2023, %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2025 = exp %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2026 = reduce_sum %2025 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2027 = broadcast %2026 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2028 = exp %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2029 = div %2028, %2027 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2030 = cast %2029 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2031 = cast %2001 : bf16[4,10,64] @ models/lib/nn.yaml:56:23
%2032 = reshape %2031 : bf16[4,10,2,32] @ models/lib/vit.yaml:80:22
%2033 = permute %2032 perm=[0,2,1,3] : bf16[4,2,10,32] @ models/lib/vit.yaml:80:14
%2034 = cast %2030 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2035 = reshape %2034 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2036 = broadcast %2035 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2037 = reshape %2033 : bf16[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2038 = cast %2037 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2039 = mul %2036, %2038 : f32[4,2,1,10,32] @ models/lib/nn.yaml:56:23
%2040 = reduce_sum %2039 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2041 = cast %2040 : bf16[4,2,1,32] @ models/lib/nn.yaml:56:23
%2042 = permute %2041 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/nn.yaml:56:13
%2043 = reshape %2042 : bf16[4,1,64] @ models/lib/nn.yaml:57:16
%2044 = matmul %2043, %1587 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2045 = cast %2044 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2046 = add %2045, %1589 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2047 = add %1511, %2046 : f32[4,1,64] @ models/lib/vit.yaml:96:15
%2048 = reduce_sum %2047 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2049 = div %2048, %575 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2050 = broadcast %2049 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2051 = sub %2047, %2050 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2052 = mul %2051, %2051 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2053 = reduce_sum %2052 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2054 = div %2053, %575 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2055 = add %2054, %582 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2056 = rsqrt %2055 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2057 = broadcast %2056 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2058 = mul %2051, %2057 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2059 = mul %2058, %1604 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2060 = add %2059, %1606 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2061 = cast %2060 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2062 = matmul %2061, %1609 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2063 = cast %2062 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2064 = add %2063, %1611 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2065 = mul %596, %2064 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2066 = mul %2064, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2067 = erf %2066 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2068 = add %601, %2067 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2069 = mul %2065, %2068 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2070 = cast %2069 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2071 = matmul %2070, %1620 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2072 = cast %2071 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2073 = add %2072, %1622 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2074 = add %2047, %2073 : f32[4,1,64] @ models/lib/vit.yaml:98:18
%2075 = concat %2074, %1972 axis=1 : f32[4,10,64] @ models/lib/vit.yaml:111:21
%2076 = reduce_sum %2075 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2077 = div %2076, %1114 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2078 = broadcast %2077 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2079 = sub %2075, %2078 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2080 = mul %2079, %2079 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2081 = reduce_sum %2080 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2082 = div %2081, %1114 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2083 = add %2082, %1121 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2084 = rsqrt %2083 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2085 = broadcast %2084 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2086 = mul %2079, %2085 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2087 = broadcast %51 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2088 = mul %2086, %2087 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2089 = broadcast %52 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%2090 = add %2088, %2089 : f32[4,10,64] @ models/lib/nn.yaml:96:46
%2091 = cast %2090 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2092 = slice %2091 lo=[0,0,0] hi=[4,1,64] : bf16[4,1,64] @ models/dino_pass.yaml:103:28
%2093 = matmul %2092, %1644 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2094 = cast %2093 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2095 = add %2094, %1646 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2096 = mul %596, %2095 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2097 = mul %2095, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2098 = erf %2097 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2099 = add %601, %2098 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2100 = mul %2096, %2099 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2101 = cast %2100 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2102 = matmul %2101, %1655 ta=0 tb=1 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2103 = cast %2102 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2104 = add %2103, %1657 : f32[4,1,256] @ models/lib/nn.yaml:84:18
%2105 = mul %596, %2104 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2106 = mul %2104, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2107 = erf %2106 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2108 = add %601, %2107 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2109 = mul %2105, %2108 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2110 = cast %2109 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2111 = matmul %2110, %1666 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2112 = cast %2111 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2113 = add %2112, %1668 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2114 = mul %2113, %2113 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2115 = reduce_sum %2114 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2116 = sqrt %2115 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2117 = max %2116, %659 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2118 = broadcast %2117 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2119 = div %2113, %2118 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2120 = cast %2119 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%2121 = matmul %2120, %1685 ta=0 tb=1 : bf16[4,1,65536] @ models/lib/dino.yaml:23:18
%2122 = slice %2091 lo=[0,1,0] hi=[4,10,64] : bf16[4,9,64] @ models/dino_pass.yaml:103:46
%2123 = matmul %2122, %1688 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2124 = broadcast %62 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2125 = cast %2123 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2126 = add %2125, %2124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2127 = mul %840, %2126 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2128 = cast %2123 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2129 = add %2128, %2124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2130 = mul %2129, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2131 = erf %2130 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2132 = add %849, %2131 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2133 = mul %2127, %2132 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2134 = cast %2133 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2135 = matmul %2134, %1701 ta=0 tb=1 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2136 = broadcast %64 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2137 = cast %2135 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2138 = add %2137, %2136 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2139 = mul %840, %2138 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2140 = cast %2135 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2141 = add %2140, %2136 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2142 = mul %2141, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2143 = erf %2142 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2144 = add %849, %2143 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2145 = mul %2139, %2144 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2146 = cast %2145 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2147 = matmul %2146, %1714 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2148 = broadcast %66 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2149 = cast %2147 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2150 = add %2149, %2148 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2151 = mul %2150, %2150 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2152 = reduce_sum %2151 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2153 = sqrt %2152 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2154 = max %2153, %1296 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2155 = broadcast %2154 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2156 = cast %2147 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2157 = add %2156, %2148 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2158 = div %2157, %2155 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2159 = cast %2158 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%2160 = matmul %2159, %1735 ta=0 tb=1 : bf16[4,9,4096] @ models/lib/dino.yaml:23:18
%2161 = broadcast %131 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2162 = sub %725, %2161 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2163 = broadcast %4 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2164 = div %2162, %2163 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2165 = reduce_max %2164 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2166 = stop_gradient %2165 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2167 = broadcast %2166 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2168 = div %2162, %2163 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2169 = sub %2168, %2167 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2170 = exp %2169 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2171 = reduce_sum %2170 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2172 = broadcast %2171 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2173 = exp %2169 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2174 = div %2173, %2172 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2175 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2176 = broadcast %2175 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2177 = slice %1686 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2178 = cast %2177 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2179 = div %2178, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2180 = reduce_max %2179 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2181 = stop_gradient %2180 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2182 = broadcast %2181 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2183 = slice %1686 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2184 = cast %2183 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2185 = div %2184, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2186 = sub %2185, %2182 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2187 = exp %2186 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2188 = reduce_sum %2187 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2189 = log %2188 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2190 = broadcast %2189 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2191 = sub %2186, %2190 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2192 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2193 = mul %2192, %2191 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2194 = reduce_sum %2193 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2195 = neg %2194 : f32[2,1] @ models/lib/dino.yaml:39:21
%2196 = reduce_sum %2195 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2197 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2198 = div %2196, %2197 : f32[] @ models/lib/dino.yaml:39:16
%2199 = slice %2121 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2200 = cast %2199 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2201 = div %2200, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2202 = reduce_max %2201 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2203 = stop_gradient %2202 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2204 = broadcast %2203 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2205 = slice %2121 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2206 = cast %2205 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2207 = div %2206, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2208 = sub %2207, %2204 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2209 = exp %2208 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2210 = reduce_sum %2209 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2211 = log %2210 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2212 = broadcast %2211 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2213 = sub %2208, %2212 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2214 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2215 = mul %2214, %2213 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2216 = reduce_sum %2215 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2217 = neg %2216 : f32[2,1] @ models/lib/dino.yaml:39:21
%2218 = reduce_sum %2217 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2219 = div %2218, %2197 : f32[] @ models/lib/dino.yaml:39:16
%2220 = add %2198, %2219 : f32[] @ models/dino_pass.yaml:148:11
%2221 = slice %2121 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2222 = cast %2221 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2223 = div %2222, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2224 = reduce_max %2223 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2225 = stop_gradient %2224 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2226 = broadcast %2225 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2227 = slice %2121 lo=[2,0,0] hi=[4,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2228 = cast %2227 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2229 = div %2228, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2230 = sub %2229, %2226 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2231 = exp %2230 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2232 = reduce_sum %2231 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2233 = log %2232 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2234 = broadcast %2233 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2235 = sub %2230, %2234 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2236 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2237 = mul %2236, %2235 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2238 = reduce_sum %2237 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2239 = neg %2238 : f32[2,1] @ models/lib/dino.yaml:39:21
%2240 = reduce_sum %2239 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2241 = div %2240, %2197 : f32[] @ models/lib/dino.yaml:39:16
%2242 = add %2220, %2241 : f32[] @ models/dino_pass.yaml:148:11
%2243 = sub %726, %2161 : f32[2,1,65536] @ models/lib/dino.yaml:38:38
%2244 = div %2243, %2163 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2245 = reduce_max %2244 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2246 = stop_gradient %2245 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2247 = broadcast %2246 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2248 = div %2243, %2163 : f32[2,1,65536] @ models/lib/dino.yaml:38:48
%2249 = sub %2248, %2247 : f32[2,1,65536] @ models/lib/nn.yaml:14:19
%2250 = exp %2249 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2251 = reduce_sum %2250 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2252 = broadcast %2251 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2253 = exp %2249 : f32[2,1,65536] @ models/lib/nn.yaml:14:13
%2254 = div %2253, %2252 : f32[2,1,65536] @ models/lib/nn.yaml:15:18
%2255 = slice %1686 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2256 = cast %2255 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2257 = div %2256, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2258 = reduce_max %2257 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2259 = stop_gradient %2258 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2260 = broadcast %2259 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2261 = slice %1686 lo=[0,0,0] hi=[2,1,65536] : bf16[2,1,65536] @ models/dino_pass.yaml:132:20
%2262 = cast %2261 : f32[2,1,65536] @ models/dino_pass.yaml:132:20
%2263 = div %2262, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2264 = sub %2263, %2260 : f32[2,1,65536] @ models/lib/nn.yaml:21:15
%2265 = exp %2264 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2266 = reduce_sum %2265 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2267 = log %2266 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2268 = broadcast %2267 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2269 = sub %2264, %2268 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2270 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2271 = mul %2270, %2269 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2272 = reduce_sum %2271 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2273 = neg %2272 : f32[2,1] @ models/lib/dino.yaml:39:21
%2274 = reduce_sum %2273 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2275 = div %2274, %2197 : f32[] @ models/lib/dino.yaml:39:16
%2276 = add %2242, %2275 : f32[] @ models/dino_pass.yaml:148:11
%2277 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2278 = mul %2277, %2213 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2279 = reduce_sum %2278 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2280 = neg %2279 : f32[2,1] @ models/lib/dino.yaml:39:21
%2281 = reduce_sum %2280 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2282 = div %2281, %2197 : f32[] @ models/lib/dino.yaml:39:16
%2283 = add %2276, %2282 : f32[] @ models/dino_pass.yaml:148:11
%2284 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2285 = mul %2284, %2235 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2286 = reduce_sum %2285 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2287 = neg %2286 : f32[2,1] @ models/lib/dino.yaml:39:21
%2288 = reduce_sum %2287 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2289 = div %2288, %2197 : f32[] @ models/lib/dino.yaml:39:16
%2290 = add %2283, %2289 : f32[] @ models/dino_pass.yaml:148:11
%2291 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%2292 = div %2290, %2291 : f32[] @ models/dino_pass.yaml:145:3
%2293 = output %2292 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%2294 = broadcast %132 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2295 = slice %723 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:131:27
%2296 = broadcast %4 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2297 = cast %2295 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2298 = sub %2297, %2294 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2299 = div %2298, %2296 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2300 = reduce_max %2299 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2301 = stop_gradient %2300 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2302 = broadcast %2301 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2303 = cast %2295 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2304 = sub %2303, %2294 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2305 = div %2304, %2296 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2306 = sub %2305, %2302 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2307 = exp %2306 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2308 = reduce_sum %2307 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2309 = broadcast %2308 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2310 = exp %2306 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2311 = div %2310, %2309 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2312 = broadcast %2175 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2313 = slice %1736 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2314 = cast %2313 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2315 = div %2314, %2312 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2316 = reduce_max %2315 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2317 = stop_gradient %2316 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2318 = broadcast %2317 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2319 = slice %1736 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2320 = cast %2319 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2321 = div %2320, %2312 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2322 = sub %2321, %2318 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2323 = exp %2322 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2324 = reduce_sum %2323 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2325 = log %2324 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2326 = broadcast %2325 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2327 = sub %2322, %2326 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2328 = stop_gradient %2311 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2329 = mul %2328, %2327 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2330 = reduce_sum %2329 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2331 = neg %2330 : f32[2,16] @ models/lib/dino.yaml:39:21
%2332 = reduce_sum %2331 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2333 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2334 = div %2332, %2333 : f32[] @ models/lib/dino.yaml:39:16
%2335 = slice %723 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:131:27
%2336 = cast %2335 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2337 = sub %2336, %2294 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2338 = div %2337, %2296 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2339 = reduce_max %2338 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2340 = stop_gradient %2339 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2341 = broadcast %2340 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2342 = cast %2335 : f32[2,16,4096] @ models/dino_pass.yaml:131:27
%2343 = sub %2342, %2294 : f32[2,16,4096] @ models/lib/dino.yaml:38:38
%2344 = div %2343, %2296 : f32[2,16,4096] @ models/lib/dino.yaml:38:48
%2345 = sub %2344, %2341 : f32[2,16,4096] @ models/lib/nn.yaml:14:19
%2346 = exp %2345 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2347 = reduce_sum %2346 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2348 = broadcast %2347 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2349 = exp %2345 : f32[2,16,4096] @ models/lib/nn.yaml:14:13
%2350 = div %2349, %2348 : f32[2,16,4096] @ models/lib/nn.yaml:15:18
%2351 = slice %1736 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2352 = cast %2351 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2353 = div %2352, %2312 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2354 = reduce_max %2353 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2355 = stop_gradient %2354 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2356 = broadcast %2355 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2357 = slice %1736 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/dino_pass.yaml:132:27
%2358 = cast %2357 : f32[2,16,4096] @ models/dino_pass.yaml:132:27
%2359 = div %2358, %2312 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2360 = sub %2359, %2356 : f32[2,16,4096] @ models/lib/nn.yaml:21:15
%2361 = exp %2360 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2362 = reduce_sum %2361 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2363 = log %2362 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2364 = broadcast %2363 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2365 = sub %2360, %2364 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2366 = stop_gradient %2350 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2367 = mul %2366, %2365 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2368 = reduce_sum %2367 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2369 = neg %2368 : f32[2,16] @ models/lib/dino.yaml:39:21
%2370 = reduce_sum %2369 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2371 = div %2370, %2333 : f32[] @ models/lib/dino.yaml:39:16
%2372 = add %2334, %2371 : f32[] @ models/dino_pass.yaml:152:11
%2373 = broadcast %132 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2374 = slice %1303 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:131:27
%2375 = broadcast %4 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2376 = cast %2374 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2377 = sub %2376, %2373 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2378 = div %2377, %2375 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2379 = reduce_max %2378 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2380 = stop_gradient %2379 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2381 = broadcast %2380 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2382 = cast %2374 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2383 = sub %2382, %2373 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2384 = div %2383, %2375 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2385 = sub %2384, %2381 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2386 = exp %2385 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2387 = reduce_sum %2386 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2388 = broadcast %2387 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2389 = exp %2385 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2390 = div %2389, %2388 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2391 = broadcast %2175 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2392 = slice %2160 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2393 = cast %2392 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2394 = div %2393, %2391 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2395 = reduce_max %2394 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2396 = stop_gradient %2395 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2397 = broadcast %2396 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2398 = slice %2160 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2399 = cast %2398 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2400 = div %2399, %2391 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2401 = sub %2400, %2397 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2402 = exp %2401 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2403 = reduce_sum %2402 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2404 = log %2403 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2405 = broadcast %2404 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2406 = sub %2401, %2405 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2407 = stop_gradient %2390 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2408 = mul %2407, %2406 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2409 = reduce_sum %2408 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2410 = neg %2409 : f32[2,9] @ models/lib/dino.yaml:39:21
%2411 = reduce_sum %2410 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2412 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2413 = div %2411, %2412 : f32[] @ models/lib/dino.yaml:39:16
%2414 = add %2372, %2413 : f32[] @ models/dino_pass.yaml:152:11
%2415 = slice %1303 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:131:27
%2416 = cast %2415 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2417 = sub %2416, %2373 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2418 = div %2417, %2375 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2419 = reduce_max %2418 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2420 = stop_gradient %2419 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2421 = broadcast %2420 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2422 = cast %2415 : f32[2,9,4096] @ models/dino_pass.yaml:131:27
%2423 = sub %2422, %2373 : f32[2,9,4096] @ models/lib/dino.yaml:38:38
%2424 = div %2423, %2375 : f32[2,9,4096] @ models/lib/dino.yaml:38:48
%2425 = sub %2424, %2421 : f32[2,9,4096] @ models/lib/nn.yaml:14:19
%2426 = exp %2425 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2427 = reduce_sum %2426 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2428 = broadcast %2427 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2429 = exp %2425 : f32[2,9,4096] @ models/lib/nn.yaml:14:13
%2430 = div %2429, %2428 : f32[2,9,4096] @ models/lib/nn.yaml:15:18
%2431 = slice %2160 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2432 = cast %2431 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2433 = div %2432, %2391 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2434 = reduce_max %2433 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2435 = stop_gradient %2434 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2436 = broadcast %2435 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2437 = slice %2160 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/dino_pass.yaml:132:27
%2438 = cast %2437 : f32[2,9,4096] @ models/dino_pass.yaml:132:27
%2439 = div %2438, %2391 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2440 = sub %2439, %2436 : f32[2,9,4096] @ models/lib/nn.yaml:21:15
%2441 = exp %2440 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2442 = reduce_sum %2441 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2443 = log %2442 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2444 = broadcast %2443 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2445 = sub %2440, %2444 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2446 = stop_gradient %2430 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2447 = mul %2446, %2445 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2448 = reduce_sum %2447 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2449 = neg %2448 : f32[2,9] @ models/lib/dino.yaml:39:21
%2450 = reduce_sum %2449 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2451 = div %2450, %2412 : f32[] @ models/lib/dino.yaml:39:16
%2452 = add %2414, %2451 : f32[] @ models/dino_pass.yaml:152:11
%2453 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%2454 = div %2452, %2453 : f32[] @ models/dino_pass.yaml:149:3
%2455 = output %2454 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%2456 = mul %2454, %2175 : f32[] @ models/dino_pass.yaml:149:3
%2457 = add %2292, %2456 : f32[] @ models/dino_pass.yaml:149:3
%2458 = output %2457 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%2459 = broadcast %1457 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2460 = mul %131, %2459 : f32[1,1,65536] @ models/dino_pass.yaml:138:20
%2461 = concat %725, %726, %1305, %1306 axis=0 : f32[8,1,65536] @ models/dino_pass.yaml:138:75
%2462 = reduce_sum %2461 axes=[0] keep=1 : f32[1,1,65536] @ models/lib/nn.yaml:73:26
%2463 = all_reduce_sum %2462 : f32[1,1,65536] @ models/lib/nn.yaml:73:16
%2464 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%2465 = broadcast %2464 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2466 = div %2463, %2465 : f32[1,1,65536] @ models/lib/nn.yaml:73:52
%2467 = broadcast %2175 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2468 = mul %2467, %2466 : f32[1,1,65536] @ models/dino_pass.yaml:138:62
%2469 = add %2460, %2468 : f32[1,1,65536] @ models/dino_pass.yaml:138:38
%2470 = assign %131, %2469 : f32[1,1,65536] @ models/dino_pass.yaml:138:13
%2471 = broadcast %1457 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2472 = mul %132, %2471 : f32[1,4096] @ models/dino_pass.yaml:142:26
%2473 = slice %723 lo=[0,0,0] hi=[2,16,4096] : bf16[2,16,4096] @ models/lib/nn.yaml:73:26
%2474 = reshape %2473 : bf16[32,4096] @ models/lib/nn.yaml:73:26
%2475 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,32] @ models/lib/nn.yaml:73:26
%2476 = matmul %2475, %2474 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2477 = slice %723 lo=[2,0,0] hi=[4,16,4096] : bf16[2,16,4096] @ models/lib/nn.yaml:73:26
%2478 = reshape %2477 : bf16[32,4096] @ models/lib/nn.yaml:73:26
%2479 = matmul %2475, %2478 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2480 = add %2476, %2479 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2481 = slice %1303 lo=[0,0,0] hi=[2,9,4096] : bf16[2,9,4096] @ models/lib/nn.yaml:73:26
%2482 = reshape %2481 : bf16[18,4096] @ models/lib/nn.yaml:73:26
%2483 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,18] @ models/lib/nn.yaml:73:26
%2484 = matmul %2483, %2482 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2485 = add %2480, %2484 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2486 = slice %1303 lo=[2,0,0] hi=[4,9,4096] : bf16[2,9,4096] @ models/lib/nn.yaml:73:26
%2487 = reshape %2486 : bf16[18,4096] @ models/lib/nn.yaml:73:26
%2488 = matmul %2483, %2487 ta=0 tb=0 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2489 = add %2485, %2488 : f32[1,4096] @ models/lib/nn.yaml:73:26
%2490 = all_reduce_sum %2489 : f32[1,4096] @ models/lib/nn.yaml:73:16
%2491 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%2492 = broadcast %2491 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2493 = div %2490, %2492 : f32[1,4096] @ models/lib/nn.yaml:73:52
%2494 = broadcast %2175 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2495 = mul %2494, %2493 : f32[1,4096] @ models/dino_pass.yaml:142:68
%2496 = add %2472, %2495 : f32[1,4096] @ models/dino_pass.yaml:142:44
%2497 = assign %132, %2496 : f32[1,4096] @ models/dino_pass.yaml:142:13
%2498 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%2499 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%2500 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%2501 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%2502 = broadcast %2501 : f32[2,9] @ models/lib/dino.yaml:39:21
%2503 = reshape %2502 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%2504 = broadcast %2503 : f32[2,9,4096] @ models/lib/dino.yaml:39:22
%2505 = stop_gradient %2430 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2506 = mul %2504, %2505 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2507 = neg %2506 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2508 = reduce_sum %2507 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2509 = div %2508, %2442 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2510 = broadcast %2509 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2511 = exp %2440 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2512 = mul %2510, %2511 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2513 = stop_gradient %2430 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2514 = mul %2504, %2513 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2515 = add %2514, %2512 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2516 = div %2515, %2391 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2517 = stop_gradient %2390 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2518 = mul %2504, %2517 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2519 = neg %2518 : f32[2,9,4096] @ models/lib/nn.yaml:22:18
%2520 = reduce_sum %2519 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%2521 = div %2520, %2403 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2522 = broadcast %2521 : f32[2,9,4096] @ models/lib/nn.yaml:22:24
%2523 = exp %2401 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2524 = mul %2522, %2523 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2525 = stop_gradient %2390 : f32[2,9,4096] @ models/lib/dino.yaml:38:13
%2526 = mul %2504, %2525 : f32[2,9,4096] @ models/lib/dino.yaml:39:28
%2527 = add %2526, %2524 : f32[2,9,4096] @ models/lib/nn.yaml:22:28
%2528 = div %2527, %2391 : f32[2,9,4096] @ models/lib/dino.yaml:39:44
%2529 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%2530 = broadcast %2529 : f32[2,16] @ models/lib/dino.yaml:39:21
%2531 = reshape %2530 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%2532 = broadcast %2531 : f32[2,16,4096] @ models/lib/dino.yaml:39:22
%2533 = stop_gradient %2350 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2534 = mul %2532, %2533 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2535 = neg %2534 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2536 = reduce_sum %2535 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2537 = div %2536, %2362 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2538 = broadcast %2537 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2539 = exp %2360 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2540 = mul %2538, %2539 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2541 = stop_gradient %2350 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2542 = mul %2532, %2541 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2543 = add %2542, %2540 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2544 = div %2543, %2312 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2545 = stop_gradient %2311 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2546 = mul %2532, %2545 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2547 = neg %2546 : f32[2,16,4096] @ models/lib/nn.yaml:22:18
%2548 = reduce_sum %2547 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%2549 = div %2548, %2324 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2550 = broadcast %2549 : f32[2,16,4096] @ models/lib/nn.yaml:22:24
%2551 = exp %2322 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2552 = mul %2550, %2551 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2553 = stop_gradient %2311 : f32[2,16,4096] @ models/lib/dino.yaml:38:13
%2554 = mul %2532, %2553 : f32[2,16,4096] @ models/lib/dino.yaml:39:28
%2555 = add %2554, %2552 : f32[2,16,4096] @ models/lib/nn.yaml:22:28
%2556 = div %2555, %2312 : f32[2,16,4096] @ models/lib/dino.yaml:39:44
%2557 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%2558 = broadcast %2557 : f32[2,1] @ models/lib/dino.yaml:39:21
%2559 = reshape %2558 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%2560 = broadcast %2559 : f32[2,1,65536] @ models/lib/dino.yaml:39:22
%2561 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2562 = mul %2560, %2561 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2563 = neg %2562 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2564 = reduce_sum %2563 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2565 = div %2564, %2232 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2566 = broadcast %2565 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2567 = exp %2230 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2568 = mul %2566, %2567 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2569 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2570 = mul %2560, %2569 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2571 = add %2570, %2568 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2572 = div %2571, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2573 = div %2564, %2210 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2574 = broadcast %2573 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2575 = exp %2208 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2576 = mul %2574, %2575 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2577 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2578 = mul %2560, %2577 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2579 = add %2578, %2576 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2580 = div %2579, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2581 = div %2564, %2266 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2582 = broadcast %2581 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2583 = exp %2264 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2584 = mul %2582, %2583 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2585 = stop_gradient %2254 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2586 = mul %2560, %2585 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2587 = add %2586, %2584 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2588 = div %2587, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2589 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2590 = mul %2560, %2589 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2591 = neg %2590 : f32[2,1,65536] @ models/lib/nn.yaml:22:18
%2592 = reduce_sum %2591 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%2593 = div %2592, %2232 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2594 = broadcast %2593 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2595 = exp %2230 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2596 = mul %2594, %2595 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2597 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2598 = mul %2560, %2597 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2599 = add %2598, %2596 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2600 = div %2599, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2601 = add %2572, %2600 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2602 = div %2592, %2210 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2603 = broadcast %2602 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2604 = exp %2208 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2605 = mul %2603, %2604 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2606 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2607 = mul %2560, %2606 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2608 = add %2607, %2605 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2609 = div %2608, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2610 = add %2580, %2609 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2611 = div %2592, %2188 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2612 = broadcast %2611 : f32[2,1,65536] @ models/lib/nn.yaml:22:24
%2613 = exp %2186 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2614 = mul %2612, %2613 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2615 = stop_gradient %2174 : f32[2,1,65536] @ models/lib/dino.yaml:38:13
%2616 = mul %2560, %2615 : f32[2,1,65536] @ models/lib/dino.yaml:39:28
%2617 = add %2616, %2614 : f32[2,1,65536] @ models/lib/nn.yaml:22:28
%2618 = div %2617, %2176 : f32[2,1,65536] @ models/lib/dino.yaml:39:44
%2619 = cast %2528 : bf16[2,9,4096] @ models/lib/dino.yaml:39:44
%2620 = cast %2516 : bf16[2,9,4096] @ models/lib/dino.yaml:39:44
%2621 = concat %2619, %2620 axis=0 : bf16[4,9,4096] @ models/dino_pass.yaml:132:27
%2622 = matmul %2621, %1735 ta=0 tb=0 : bf16[4,9,64] @ models/lib/dino.yaml:23:18
%2623 = reshape %2621 : bf16[36,4096] @ models/lib/dino.yaml:23:18
%2624 = reshape %2159 : bf16[36,64] @ models/lib/dino.yaml:23:18
%2625 = matmul %2623, %2624 ta=1 tb=0 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%2626 = cast %2625 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2627 = div %2626, %1732 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2628 = mul %2627, %1733 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2629 = neg %2628 : f32[4096,64] @ models/lib/dino.yaml:22:33
%2630 = reduce_sum %2629 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%2631 = broadcast %224 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2632 = mul %2630, %2631 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2633 = div %2632, %1731 : f32[4096,1] @ models/lib/dino.yaml:22:35
%2634 = broadcast %2633 : f32[4096,64] @ models/lib/dino.yaml:22:40
%2635 = mul %2634, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2636 = add %2635, %2635 : f32[4096,64] @ models/lib/dino.yaml:22:53
%2637 = mul %2627, %1727 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2638 = add %2636, %2637 : f32[4096,64] @ models/lib/dino.yaml:22:22
%2639 = cast %2622 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2640 = div %2639, %2155 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2641 = mul %2640, %2158 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2642 = neg %2641 : f32[4,9,64] @ models/lib/nn.yaml:33:18
%2643 = reduce_sum %2642 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%2644 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2645 = broadcast %2644 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2646 = broadcast %224 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2647 = mul %2643, %2646 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2648 = sqrt %2152 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2649 = eq %2648, %1296 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2650 = select %2649, %2647, %2645 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2651 = sqrt %2152 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2652 = gt %2651, %1296 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%2653 = select %2652, %2643, %2650 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2654 = mul %2653, %2646 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2655 = sqrt %2152 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2656 = div %2654, %2655 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2657 = broadcast %2656 : f32[4,9,64] @ models/lib/nn.yaml:33:29
%2658 = cast %2147 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2659 = add %2658, %2148 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2660 = mul %2657, %2659 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2661 = add %2640, %2660 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2662 = add %2661, %2660 : f32[4,9,64] @ models/lib/nn.yaml:33:35
%2663 = reduce_sum %2662 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2664 = reshape %2663 : f32[64] @ models/lib/nn.yaml:84:18
%2665 = cast %2662 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2666 = matmul %2665, %1714 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2667 = reshape %2665 : bf16[36,64] @ models/lib/nn.yaml:83:15
%2668 = reshape %2146 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2669 = matmul %2667, %2668 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2670 = cast %2666 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2671 = cast %2135 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2672 = add %2671, %2136 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2673 = mul %2672, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2674 = erf %2673 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2675 = add %849, %2674 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2676 = mul %2670, %2675 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2677 = cast %2666 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2678 = cast %2135 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2679 = add %2678, %2136 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2680 = mul %840, %2679 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2681 = mul %2677, %2680 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2682 = cast %2135 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2683 = add %2682, %2136 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2684 = mul %2683, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2685 = mul %2684, %2684 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2686 = neg %2685 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2687 = exp %2686 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2688 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2689 = broadcast %2688 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2690 = mul %2687, %2689 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2691 = mul %2681, %2690 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2692 = mul %2691, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2693 = mul %2676, %840 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2694 = add %2692, %2693 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2695 = reduce_sum %2694 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2696 = reshape %2695 : f32[256] @ models/lib/nn.yaml:84:18
%2697 = cast %2694 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2698 = matmul %2697, %1701 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2699 = reshape %2697 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2700 = reshape %2134 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2701 = matmul %2699, %2700 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%2702 = cast %2698 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2703 = cast %2123 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2704 = add %2703, %2124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2705 = mul %2704, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2706 = erf %2705 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2707 = add %849, %2706 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%2708 = mul %2702, %2707 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2709 = cast %2698 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2710 = cast %2123 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2711 = add %2710, %2124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2712 = mul %840, %2711 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2713 = mul %2709, %2712 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%2714 = cast %2123 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2715 = add %2714, %2124 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%2716 = mul %2715, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2717 = mul %2716, %2716 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2718 = neg %2717 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2719 = exp %2718 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2720 = mul %2719, %2689 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2721 = mul %2713, %2720 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%2722 = mul %2721, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%2723 = mul %2708, %840 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2724 = add %2722, %2723 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%2725 = reduce_sum %2724 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2726 = reshape %2725 : f32[256] @ models/lib/nn.yaml:84:18
%2727 = cast %2724 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%2728 = matmul %2727, %1688 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2729 = reshape %2727 : bf16[36,256] @ models/lib/nn.yaml:83:15
%2730 = reshape %2122 : bf16[36,64] @ models/lib/nn.yaml:83:15
%2731 = matmul %2729, %2730 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2732 = cast %2610 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%2733 = cast %2601 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%2734 = concat %2732, %2733 axis=0 : bf16[4,1,65536] @ models/dino_pass.yaml:132:20
%2735 = matmul %2734, %1685 ta=0 tb=0 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%2736 = reshape %2734 : bf16[4,65536] @ models/lib/dino.yaml:23:18
%2737 = reshape %2120 : bf16[4,64] @ models/lib/dino.yaml:23:18
%2738 = matmul %2736, %2737 ta=1 tb=0 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%2739 = cast %2738 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2740 = div %2739, %1682 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2741 = mul %2740, %1683 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2742 = neg %2741 : f32[65536,64] @ models/lib/dino.yaml:22:33
%2743 = reduce_sum %2742 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%2744 = broadcast %224 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2745 = mul %2743, %2744 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2746 = div %2745, %1681 : f32[65536,1] @ models/lib/dino.yaml:22:35
%2747 = broadcast %2746 : f32[65536,64] @ models/lib/dino.yaml:22:40
%2748 = mul %2747, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2749 = add %2748, %2748 : f32[65536,64] @ models/lib/dino.yaml:22:53
%2750 = mul %2740, %1677 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2751 = add %2749, %2750 : f32[65536,64] @ models/lib/dino.yaml:22:22
%2752 = cast %2735 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2753 = div %2752, %2118 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2754 = mul %2753, %2119 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2755 = neg %2754 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%2756 = reduce_sum %2755 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%2757 = broadcast %2644 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2758 = broadcast %224 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2759 = mul %2756, %2758 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2760 = sqrt %2115 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2761 = eq %2760, %659 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2762 = select %2761, %2759, %2757 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2763 = sqrt %2115 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2764 = gt %2763, %659 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%2765 = select %2764, %2756, %2762 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2766 = mul %2765, %2758 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2767 = sqrt %2115 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2768 = div %2766, %2767 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2769 = broadcast %2768 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%2770 = mul %2769, %2113 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2771 = add %2753, %2770 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2772 = add %2771, %2770 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%2773 = reduce_sum %2772 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2774 = reshape %2773 : f32[64] @ models/lib/nn.yaml:84:18
%2775 = cast %2772 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2776 = matmul %2775, %1666 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2777 = reshape %2775 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2778 = reshape %2110 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2779 = matmul %2777, %2778 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2780 = cast %2776 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2781 = mul %2104, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2782 = erf %2781 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2783 = add %601, %2782 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2784 = mul %2780, %2783 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2785 = cast %2776 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2786 = mul %596, %2104 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2787 = mul %2785, %2786 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2788 = mul %2104, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2789 = mul %2788, %2788 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2790 = neg %2789 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2791 = exp %2790 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2792 = broadcast %2688 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2793 = mul %2791, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2794 = mul %2787, %2793 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2795 = mul %2794, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2796 = mul %2784, %596 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2797 = add %2795, %2796 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2798 = reduce_sum %2797 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2799 = reshape %2798 : f32[256] @ models/lib/nn.yaml:84:18
%2800 = cast %2797 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2801 = matmul %2800, %1655 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2802 = reshape %2800 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2803 = reshape %2101 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2804 = matmul %2802, %2803 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%2805 = cast %2801 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2806 = mul %2095, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2807 = erf %2806 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2808 = add %601, %2807 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2809 = mul %2805, %2808 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2810 = cast %2801 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2811 = mul %596, %2095 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2812 = mul %2810, %2811 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2813 = mul %2095, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2814 = mul %2813, %2813 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2815 = neg %2814 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2816 = exp %2815 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2817 = mul %2816, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2818 = mul %2812, %2817 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2819 = mul %2818, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2820 = mul %2809, %596 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2821 = add %2819, %2820 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2822 = reduce_sum %2821 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2823 = reshape %2822 : f32[256] @ models/lib/nn.yaml:84:18
%2824 = cast %2821 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2825 = matmul %2824, %1644 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2826 = reshape %2824 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2827 = reshape %2092 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2828 = matmul %2826, %2827 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2829 = concat %2825, %2728 axis=1 : bf16[4,10,64] @ models/dino_pass.yaml:103:28
%2830 = cast %2829 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2831 = reduce_sum %2830 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2832 = reshape %2831 : f32[64] @ models/lib/nn.yaml:96:46
%2833 = cast %2829 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2834 = mul %2833, %2086 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2835 = reduce_sum %2834 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2836 = reshape %2835 : f32[64] @ models/lib/nn.yaml:96:37
%2837 = cast %2829 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2838 = mul %2837, %2087 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2839 = mul %2838, %2085 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2840 = cast %2829 : f32[4,10,64] @ models/dino_pass.yaml:103:28
%2841 = mul %2840, %2087 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%2842 = mul %2841, %2079 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%2843 = reduce_sum %2842 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%2844 = mul %2084, %2084 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2845 = mul %2084, %2844 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2846 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2847 = broadcast %2846 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2848 = mul %2845, %2847 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2849 = mul %2843, %2848 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2850 = div %2849, %1114 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2851 = broadcast %2850 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%2852 = mul %2851, %2079 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2853 = add %2839, %2852 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2854 = add %2853, %2852 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%2855 = neg %2854 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%2856 = reduce_sum %2855 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%2857 = div %2856, %1114 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2858 = broadcast %2857 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2859 = add %2854, %2858 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%2860 = slice %2859 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%2861 = slice %2859 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:111:21
%2862 = reduce_sum %2860 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2863 = reshape %2862 : f32[64] @ models/lib/nn.yaml:84:18
%2864 = cast %2860 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2865 = matmul %2864, %1620 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2866 = reshape %2864 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2867 = reshape %2070 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2868 = matmul %2866, %2867 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%2869 = cast %2865 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2870 = mul %2064, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2871 = erf %2870 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2872 = add %601, %2871 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%2873 = mul %2869, %2872 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2874 = cast %2865 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2875 = mul %596, %2064 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2876 = mul %2874, %2875 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%2877 = mul %2064, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2878 = mul %2877, %2877 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2879 = neg %2878 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2880 = exp %2879 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2881 = mul %2880, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2882 = mul %2876, %2881 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%2883 = mul %2882, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%2884 = mul %2873, %596 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2885 = add %2883, %2884 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%2886 = reduce_sum %2885 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%2887 = reshape %2886 : f32[256] @ models/lib/nn.yaml:84:18
%2888 = cast %2885 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%2889 = matmul %2888, %1609 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2890 = reshape %2888 : bf16[4,256] @ models/lib/nn.yaml:83:15
%2891 = reshape %2061 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2892 = matmul %2890, %2891 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%2893 = cast %2889 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2894 = reduce_sum %2893 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%2895 = reshape %2894 : f32[64] @ models/lib/nn.yaml:96:46
%2896 = cast %2889 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2897 = mul %2896, %1604 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2898 = cast %2889 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%2899 = mul %2898, %2058 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%2900 = reduce_sum %2899 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%2901 = reshape %2900 : f32[64] @ models/lib/nn.yaml:96:37
%2902 = mul %2897, %2057 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2903 = mul %2897, %2051 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%2904 = reduce_sum %2903 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%2905 = mul %2056, %2056 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2906 = mul %2056, %2905 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2907 = broadcast %2846 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2908 = mul %2906, %2907 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2909 = mul %2904, %2908 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2910 = div %2909, %575 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2911 = broadcast %2910 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%2912 = mul %2911, %2051 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2913 = add %2902, %2912 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2914 = add %2913, %2912 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%2915 = add %2860, %2914 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2916 = neg %2914 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%2917 = reduce_sum %2916 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%2918 = div %2917, %575 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2919 = broadcast %2918 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2920 = add %2915, %2919 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%2921 = reduce_sum %2920 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2922 = reshape %2921 : f32[64] @ models/lib/nn.yaml:84:18
%2923 = cast %2920 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2924 = matmul %2923, %1587 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2925 = reshape %2923 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2926 = reshape %2042 : bf16[4,64] @ models/lib/nn.yaml:83:15
%2927 = matmul %2925, %2926 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2928 = reshape %2924 : bf16[4,1,2,32] @ models/lib/nn.yaml:57:16
%2929 = permute %2928 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/nn.yaml:56:13
%2930 = cast %2929 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%2931 = reshape %2930 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%2932 = broadcast %2931 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2933 = permute %2033 perm=[0,1,3,2] : bf16[4,2,32,10] @ models/lib/nn.yaml:56:23
%2934 = reshape %2933 : bf16[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2935 = cast %2934 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2936 = mul %2932, %2935 : f32[4,2,1,32,10] @ models/lib/nn.yaml:56:23
%2937 = reduce_sum %2936 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2938 = cast %2937 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2939 = permute %2034 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%2940 = broadcast %2939 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2941 = broadcast %2930 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2942 = mul %2940, %2941 : f32[4,2,10,32] @ models/lib/nn.yaml:56:23
%2943 = cast %2942 : bf16[4,2,10,32] @ models/lib/nn.yaml:56:23
%2944 = cast %2938 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2945 = div %2944, %2027 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2946 = mul %2945, %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2947 = neg %2946 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2948 = reduce_sum %2947 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%2949 = broadcast %2948 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2950 = add %2945, %2949 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%2951 = exp %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2952 = mul %2950, %2951 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2953 = mul %2952, %1158 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2954 = cast %2953 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2955 = cast %2954 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2956 = reshape %2955 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%2957 = broadcast %2956 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2958 = reshape %2007 : bf16[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2959 = cast %2958 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2960 = mul %2957, %2959 : f32[4,2,1,10,32] @ models/lib/nn.yaml:55:23
%2961 = reduce_sum %2960 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%2962 = cast %2961 : bf16[4,2,1,32] @ models/lib/nn.yaml:55:23
%2963 = permute %2955 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%2964 = broadcast %2963 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2965 = broadcast %2008 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2966 = mul %2964, %2965 : f32[4,2,10,32] @ models/lib/nn.yaml:55:23
%2967 = cast %2966 : bf16[4,2,10,32] @ models/lib/nn.yaml:55:23
%2968 = permute %2943 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:80:14
%2969 = reshape %2968 : bf16[4,10,64] @ models/lib/vit.yaml:80:22
%2970 = cast %2969 : f32[4,10,64] @ models/lib/vit.yaml:80:14
%2971 = reduce_sum %2970 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2972 = reshape %2971 : f32[64] @ models/lib/nn.yaml:84:18
%2973 = permute %2943 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:80:14
%2974 = reshape %2973 : bf16[4,10,64] @ models/lib/vit.yaml:80:22
%2975 = matmul %2974, %1540 ta=0 tb=0 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2976 = reshape %2973 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2977 = reshape %1989 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2978 = matmul %2976, %2977 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2979 = permute %2967 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:79:14
%2980 = reshape %2979 : bf16[4,10,64] @ models/lib/vit.yaml:79:22
%2981 = cast %2980 : f32[4,10,64] @ models/lib/vit.yaml:79:14
%2982 = reduce_sum %2981 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2983 = reshape %2982 : f32[64] @ models/lib/nn.yaml:84:18
%2984 = permute %2967 perm=[0,2,1,3] : bf16[4,10,2,32] @ models/lib/vit.yaml:79:14
%2985 = reshape %2984 : bf16[4,10,64] @ models/lib/vit.yaml:79:22
%2986 = matmul %2985, %1535 ta=0 tb=0 : bf16[4,10,64] @ models/lib/nn.yaml:83:15
%2987 = cast %2975 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2988 = cast %2986 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2989 = add %2987, %2988 : f32[4,10,64] @ models/lib/nn.yaml:83:15
%2990 = reshape %2984 : bf16[40,64] @ models/lib/nn.yaml:83:15
%2991 = matmul %2990, %2977 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%2992 = permute %2962 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%2993 = reshape %2992 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%2994 = cast %2993 : f32[4,1,64] @ models/lib/vit.yaml:78:14
%2995 = reduce_sum %2994 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2996 = reshape %2995 : f32[64] @ models/lib/nn.yaml:84:18
%2997 = permute %2962 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%2998 = reshape %2997 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%2999 = matmul %2998, %1530 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3000 = reshape %2997 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3001 = reshape %1990 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3002 = matmul %3000, %3001 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3003 = cast %2999 : f32[4,1,64] @ models/lib/vit.yaml:78:33
%3004 = pad %3003 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%3005 = add %2989, %3004 : f32[4,10,64] @ models/lib/vit.yaml:78:33
%3006 = reduce_sum %3005 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3007 = reshape %3006 : f32[64] @ models/lib/nn.yaml:96:46
%3008 = mul %3005, %1984 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3009 = reduce_sum %3008 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3010 = reshape %3009 : f32[64] @ models/lib/nn.yaml:96:37
%3011 = mul %3005, %1985 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3012 = mul %3011, %1983 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%3013 = mul %3005, %1985 : f32[4,10,64] @ models/lib/nn.yaml:96:37
%3014 = mul %3013, %1977 : f32[4,10,64] @ models/lib/nn.yaml:96:18
%3015 = reduce_sum %3014 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%3016 = mul %1982, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3017 = mul %1982, %3016 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3018 = mul %3017, %2847 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3019 = mul %3015, %3018 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3020 = div %3019, %1114 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3021 = broadcast %3020 : f32[4,10,64] @ models/lib/nn.yaml:95:15
%3022 = mul %3021, %1977 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3023 = add %3012, %3022 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3024 = add %3023, %3022 : f32[4,10,64] @ models/lib/nn.yaml:95:22
%3025 = neg %3024 : f32[4,10,64] @ models/lib/nn.yaml:94:15
%3026 = reduce_sum %3025 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%3027 = div %3026, %1114 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3028 = broadcast %3027 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%3029 = add %3024, %3028 : f32[4,10,64] @ models/lib/nn.yaml:93:14
%3030 = slice %3029 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3031 = add %2920, %3030 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3032 = slice %3029 lo=[0,1,0] hi=[4,10,64] : f32[4,9,64] @ models/lib/vit.yaml:95:24
%3033 = add %2861, %3032 : f32[4,9,64] @ models/lib/vit.yaml:95:24
%3034 = reduce_sum %3031 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3035 = mul %3033, %1970 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%3036 = div %3035, %1924 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3037 = reduce_sum %3036 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3038 = reshape %3037 : f32[64] @ models/lib/nn.yaml:84:18
%3039 = div %3035, %1924 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3040 = cast %3039 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3041 = matmul %3040, %1498 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3042 = reshape %3040 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3043 = reshape %1960 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3044 = matmul %3042, %3043 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3045 = cast %3041 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3046 = cast %1949 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3047 = add %3046, %1950 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3048 = mul %3047, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3049 = erf %3048 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3050 = add %849, %3049 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%3051 = mul %3045, %3050 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3052 = cast %3041 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3053 = cast %1949 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3054 = add %3053, %1950 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3055 = mul %840, %3054 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3056 = mul %3052, %3055 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3057 = cast %1949 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3058 = add %3057, %1950 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3059 = mul %3058, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3060 = mul %3059, %3059 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3061 = neg %3060 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3062 = exp %3061 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3063 = mul %3062, %2689 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3064 = mul %3056, %3063 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3065 = mul %3064, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3066 = mul %3051, %840 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3067 = add %3065, %3066 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3068 = reduce_sum %3067 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3069 = reshape %3068 : f32[256] @ models/lib/nn.yaml:84:18
%3070 = cast %3067 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3071 = matmul %3070, %1485 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3072 = reshape %3070 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3073 = reshape %1948 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3074 = matmul %3072, %3073 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3075 = cast %3071 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3076 = reduce_sum %3075 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3077 = reshape %3076 : f32[64] @ models/lib/nn.yaml:96:46
%3078 = cast %3071 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3079 = mul %3078, %1943 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3080 = reduce_sum %3079 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3081 = reshape %3080 : f32[64] @ models/lib/nn.yaml:96:37
%3082 = cast %3071 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3083 = mul %3082, %1944 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3084 = mul %3083, %1942 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3085 = cast %3071 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3086 = mul %3085, %1944 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3087 = mul %3086, %1936 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3088 = reduce_sum %3087 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3089 = mul %1941, %1941 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3090 = mul %1941, %3089 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3091 = broadcast %2846 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3092 = mul %3090, %3091 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3093 = mul %3088, %3092 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3094 = div %3093, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3095 = broadcast %3094 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3096 = mul %3095, %1936 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3097 = add %3084, %3096 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3098 = add %3097, %3096 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3099 = add %3033, %3098 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3100 = neg %3098 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3101 = reduce_sum %3100 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3102 = div %3101, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3103 = broadcast %3102 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3104 = add %3099, %3103 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3105 = mul %3104, %1930 : f32[4,9,64] @ models/lib/nn.yaml:50:51
%3106 = div %3105, %1924 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3107 = reduce_sum %3106 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3108 = reshape %3107 : f32[64] @ models/lib/nn.yaml:84:18
%3109 = div %3105, %1924 : f32[4,9,64] @ models/lib/nn.yaml:50:38
%3110 = cast %3109 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3111 = matmul %3110, %1452 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3112 = reshape %3110 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3113 = reshape %1918 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3114 = matmul %3112, %3113 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3115 = reshape %3111 : bf16[4,9,2,32] @ models/lib/nn.yaml:57:16
%3116 = permute %3115 perm=[0,2,1,3] : bf16[4,2,9,32] @ models/lib/nn.yaml:56:13
%3117 = cast %3116 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3118 = permute %1910 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%3119 = reshape %3117 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%3120 = broadcast %3119 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3121 = reshape %3118 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%3122 = broadcast %3121 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3123 = mul %3120, %3122 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3124 = reduce_sum %3123 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3125 = cast %3124 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3126 = permute %1909 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3127 = reshape %3126 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3128 = broadcast %3127 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3129 = reshape %3117 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%3130 = broadcast %3129 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3131 = mul %3128, %3130 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3132 = reduce_sum %3131 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3133 = cast %3132 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%3134 = cast %3125 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3135 = div %3134, %1903 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3136 = mul %3135, %1905 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3137 = neg %3136 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3138 = reduce_sum %3137 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3139 = broadcast %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3140 = add %3135, %3139 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3141 = exp %1900 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3142 = mul %3140, %3141 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3143 = mul %3142, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3144 = cast %3143 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3145 = cast %3144 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3146 = reshape %3145 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3147 = broadcast %3146 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3148 = reshape %1884 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3149 = broadcast %3148 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3150 = mul %3147, %3149 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3151 = reduce_sum %3150 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3152 = cast %3151 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3153 = permute %3145 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3154 = reshape %3153 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3155 = broadcast %3154 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3156 = reshape %1883 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3157 = broadcast %3156 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3158 = mul %3155, %3157 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3159 = reduce_sum %3158 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3160 = cast %3159 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3161 = reshape %3160 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%3162 = reshape %3133 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%3163 = reshape %3152 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%3164 = concat %3163, %3161, %3162 axis=0 : bf16[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%3165 = permute %3164 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3166 = reshape %3165 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3167 = cast %3166 : f32[4,9,192] @ models/lib/nn.yaml:67:28
%3168 = reduce_sum %3167 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3169 = reshape %3168 : f32[192] @ models/lib/nn.yaml:84:18
%3170 = permute %3164 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3171 = reshape %3170 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3172 = matmul %3171, %1420 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3173 = reshape %3170 : bf16[36,192] @ models/lib/nn.yaml:83:15
%3174 = reshape %1871 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3175 = matmul %3173, %3174 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3176 = cast %3172 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3177 = reduce_sum %3176 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3178 = reshape %3177 : f32[64] @ models/lib/nn.yaml:96:46
%3179 = cast %3172 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3180 = mul %3179, %1866 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3181 = reduce_sum %3180 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3182 = reshape %3181 : f32[64] @ models/lib/nn.yaml:96:37
%3183 = cast %3172 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3184 = mul %3183, %1867 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3185 = mul %3184, %1865 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3186 = cast %3172 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3187 = mul %3186, %1867 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3188 = mul %3187, %1859 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3189 = reduce_sum %3188 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3190 = mul %1864, %1864 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3191 = mul %1864, %3190 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3192 = mul %3191, %3091 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3193 = mul %3189, %3192 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3194 = div %3193, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3195 = broadcast %3194 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3196 = mul %3195, %1859 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3197 = add %3185, %3196 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3198 = add %3197, %3196 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3199 = add %3104, %3198 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3200 = neg %3198 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3201 = reduce_sum %3200 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3202 = div %3201, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3203 = broadcast %3202 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3204 = add %3199, %3203 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3205 = reduce_sum %3204 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3206 = reshape %3205 : f32[64] @ models/lib/nn.yaml:84:18
%3207 = cast %3204 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3208 = matmul %3207, %1398 ta=0 tb=0 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3209 = reshape %3207 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3210 = reshape %1850 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3211 = matmul %3209, %3210 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3212 = cast %3208 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3213 = cast %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3214 = add %3213, %1840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3215 = mul %3214, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3216 = erf %3215 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3217 = add %849, %3216 : f32[4,9,256] @ models/lib/nn.yaml:27:29
%3218 = mul %3212, %3217 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3219 = cast %3208 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3220 = cast %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3221 = add %3220, %1840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3222 = mul %840, %3221 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3223 = mul %3219, %3222 : f32[4,9,256] @ models/lib/nn.yaml:27:24
%3224 = cast %1839 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3225 = add %3224, %1840 : f32[4,9,256] @ models/lib/nn.yaml:84:18
%3226 = mul %3225, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3227 = mul %3226, %3226 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3228 = neg %3227 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3229 = exp %3228 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3230 = mul %3229, %2689 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3231 = mul %3223, %3230 : f32[4,9,256] @ models/lib/nn.yaml:27:31
%3232 = mul %3231, %844 : f32[4,9,256] @ models/lib/nn.yaml:27:37
%3233 = mul %3218, %840 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3234 = add %3232, %3233 : f32[4,9,256] @ models/lib/nn.yaml:27:20
%3235 = reduce_sum %3234 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3236 = reshape %3235 : f32[256] @ models/lib/nn.yaml:84:18
%3237 = cast %3234 : bf16[4,9,256] @ models/lib/nn.yaml:83:15
%3238 = matmul %3237, %1385 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3239 = reshape %3237 : bf16[36,256] @ models/lib/nn.yaml:83:15
%3240 = reshape %1838 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3241 = matmul %3239, %3240 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3242 = cast %3238 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3243 = reduce_sum %3242 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3244 = reshape %3243 : f32[64] @ models/lib/nn.yaml:96:46
%3245 = cast %3238 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3246 = mul %3245, %1833 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3247 = reduce_sum %3246 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3248 = reshape %3247 : f32[64] @ models/lib/nn.yaml:96:37
%3249 = cast %3238 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3250 = mul %3249, %1834 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3251 = mul %3250, %1832 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3252 = cast %3238 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3253 = mul %3252, %1834 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3254 = mul %3253, %1826 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3255 = reduce_sum %3254 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3256 = mul %1831, %1831 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3257 = mul %1831, %3256 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3258 = mul %3257, %3091 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3259 = mul %3255, %3258 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3260 = div %3259, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3261 = broadcast %3260 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3262 = mul %3261, %1826 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3263 = add %3251, %3262 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3264 = add %3263, %3262 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3265 = add %3204, %3264 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3266 = neg %3264 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3267 = reduce_sum %3266 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3268 = div %3267, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3269 = broadcast %3268 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3270 = add %3265, %3269 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3271 = reduce_sum %3270 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3272 = reshape %3271 : f32[64] @ models/lib/nn.yaml:84:18
%3273 = cast %3270 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3274 = matmul %3273, %1363 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3275 = reshape %3273 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3276 = reshape %1816 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3277 = matmul %3275, %3276 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3278 = reshape %3274 : bf16[4,9,2,32] @ models/lib/nn.yaml:57:16
%3279 = permute %3278 perm=[0,2,1,3] : bf16[4,2,9,32] @ models/lib/nn.yaml:56:13
%3280 = cast %3279 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3281 = permute %1808 perm=[0,1,3,2] : f32[4,2,32,9] @ models/lib/nn.yaml:56:23
%3282 = reshape %3280 : f32[4,2,9,32,1] @ models/lib/nn.yaml:56:23
%3283 = broadcast %3282 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3284 = reshape %3281 : f32[4,2,1,32,9] @ models/lib/nn.yaml:56:23
%3285 = broadcast %3284 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3286 = mul %3283, %3285 : f32[4,2,9,32,9] @ models/lib/nn.yaml:56:23
%3287 = reduce_sum %3286 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3288 = cast %3287 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3289 = permute %1807 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3290 = reshape %3289 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3291 = broadcast %3290 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3292 = reshape %3280 : f32[4,2,1,9,32] @ models/lib/nn.yaml:56:23
%3293 = broadcast %3292 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3294 = mul %3291, %3293 : f32[4,2,9,9,32] @ models/lib/nn.yaml:56:23
%3295 = reduce_sum %3294 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:56:23
%3296 = cast %3295 : bf16[4,2,9,32] @ models/lib/nn.yaml:56:23
%3297 = cast %3288 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3298 = div %3297, %1801 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3299 = mul %3298, %1803 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3300 = neg %3299 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3301 = reduce_sum %3300 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%3302 = broadcast %3301 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3303 = add %3298, %3302 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%3304 = exp %1798 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3305 = mul %3303, %3304 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3306 = mul %3305, %789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3307 = cast %3306 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3308 = cast %3307 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3309 = reshape %3308 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3310 = broadcast %3309 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3311 = reshape %1782 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3312 = broadcast %3311 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3313 = mul %3310, %3312 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3314 = reduce_sum %3313 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3315 = cast %3314 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3316 = permute %3308 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3317 = reshape %3316 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%3318 = broadcast %3317 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3319 = reshape %1781 : f32[4,2,1,9,32] @ models/lib/nn.yaml:55:23
%3320 = broadcast %3319 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3321 = mul %3318, %3320 : f32[4,2,9,9,32] @ models/lib/nn.yaml:55:23
%3322 = reduce_sum %3321 axes=[3] keep=0 : f32[4,2,9,32] @ models/lib/nn.yaml:55:23
%3323 = cast %3322 : bf16[4,2,9,32] @ models/lib/nn.yaml:55:23
%3324 = reshape %3323 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:34
%3325 = reshape %3296 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:40
%3326 = reshape %3315 : bf16[1,4,2,9,32] @ models/lib/nn.yaml:67:28
%3327 = concat %3326, %3324, %3325 axis=0 : bf16[3,4,2,9,32] @ models/lib/nn.yaml:67:28
%3328 = permute %3327 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3329 = reshape %3328 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3330 = cast %3329 : f32[4,9,192] @ models/lib/nn.yaml:67:28
%3331 = reduce_sum %3330 axes=[0,1] keep=1 : f32[1,1,192] @ models/lib/nn.yaml:84:18
%3332 = reshape %3331 : f32[192] @ models/lib/nn.yaml:84:18
%3333 = permute %3327 perm=[1,3,0,2,4] : bf16[4,9,3,2,32] @ models/lib/nn.yaml:66:13
%3334 = reshape %3333 : bf16[4,9,192] @ models/lib/nn.yaml:66:21
%3335 = matmul %3334, %1331 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3336 = reshape %3333 : bf16[36,192] @ models/lib/nn.yaml:83:15
%3337 = reshape %1769 : bf16[36,64] @ models/lib/nn.yaml:83:15
%3338 = matmul %3336, %3337 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3339 = cast %3335 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3340 = reduce_sum %3339 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3341 = reshape %3340 : f32[64] @ models/lib/nn.yaml:96:46
%3342 = cast %3335 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3343 = mul %3342, %1764 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3344 = reduce_sum %3343 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3345 = reshape %3344 : f32[64] @ models/lib/nn.yaml:96:37
%3346 = cast %3335 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3347 = mul %3346, %1765 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3348 = mul %3347, %1763 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3349 = cast %3335 : f32[4,9,64] @ models/lib/nn.yaml:96:46
%3350 = mul %3349, %1765 : f32[4,9,64] @ models/lib/nn.yaml:96:37
%3351 = mul %3350, %1757 : f32[4,9,64] @ models/lib/nn.yaml:96:18
%3352 = reduce_sum %3351 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%3353 = mul %1762, %1762 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3354 = mul %1762, %3353 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3355 = mul %3354, %3091 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3356 = mul %3352, %3355 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3357 = div %3356, %751 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3358 = broadcast %3357 : f32[4,9,64] @ models/lib/nn.yaml:95:15
%3359 = mul %3358, %1757 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3360 = add %3348, %3359 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3361 = add %3360, %3359 : f32[4,9,64] @ models/lib/nn.yaml:95:22
%3362 = add %3270, %3361 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3363 = neg %3361 : f32[4,9,64] @ models/lib/nn.yaml:94:15
%3364 = reduce_sum %3363 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%3365 = div %3364, %751 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3366 = broadcast %3365 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3367 = add %3362, %3366 : f32[4,9,64] @ models/lib/nn.yaml:93:14
%3368 = reduce_sum %3367 axes=[0] keep=1 : f32[1,9,64] @ models/lib/vit.yaml:62:15
%3369 = cast %3368 : bf16[1,9,64] @ models/lib/vit.yaml:34:15
%3370 = reshape %3369 : bf16[3,3,64] @ models/lib/vit.yaml:36:16
%3371 = permute %3370 perm=[1,0,2] : bf16[3,3,64] @ models/lib/vit.yaml:35:13
%3372 = reshape %3371 : bf16[3,192] @ models/lib/vit.yaml:35:21
%3373 = matmul %737, %3372 ta=1 tb=0 : bf16[4,192] @ models/lib/vit.yaml:34:15
%3374 = reshape %3373 : bf16[4,3,64] @ models/lib/vit.yaml:34:17
%3375 = permute %3374 perm=[1,0,2] : bf16[3,4,64] @ models/lib/vit.yaml:33:13
%3376 = reshape %3375 : bf16[3,256] @ models/lib/vit.yaml:33:21
%3377 = matmul %737, %3376 ta=1 tb=0 : bf16[4,256] @ models/lib/vit.yaml:32:15
%3378 = reduce_sum %3367 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:17:71
%3379 = reshape %3378 : f32[64] @ models/lib/vit.yaml:17:71
%3380 = reshape %3367 : f32[36,64] @ models/lib/vit.yaml:17:18
%3381 = cast %3380 : bf16[36,64] @ models/lib/vit.yaml:17:18
%3382 = reshape %729 : bf16[36,768] @ models/lib/vit.yaml:17:18
%3383 = matmul %3381, %3382 ta=1 tb=0 : bf16[64,768] @ models/lib/vit.yaml:17:18
%3384 = cast %2556 : bf16[2,16,4096] @ models/lib/dino.yaml:39:44
%3385 = cast %2544 : bf16[2,16,4096] @ models/lib/dino.yaml:39:44
%3386 = concat %3384, %3385 axis=0 : bf16[4,16,4096] @ models/dino_pass.yaml:132:27
%3387 = matmul %3386, %1735 ta=0 tb=0 : bf16[4,16,64] @ models/lib/dino.yaml:23:18
%3388 = reshape %3386 : bf16[64,4096] @ models/lib/dino.yaml:23:18
%3389 = reshape %1734 : bf16[64,64] @ models/lib/dino.yaml:23:18
%3390 = matmul %3388, %3389 ta=1 tb=0 : bf16[4096,64] @ models/lib/dino.yaml:23:18
%3391 = cast %3390 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3392 = div %3391, %1732 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3393 = mul %3392, %1733 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3394 = neg %3393 : f32[4096,64] @ models/lib/dino.yaml:22:33
%3395 = reduce_sum %3394 axes=[1] keep=1 : f32[4096,1] @ models/lib/dino.yaml:22:33
%3396 = mul %3395, %2631 : f32[4096,1] @ models/lib/dino.yaml:22:35
%3397 = div %3396, %1731 : f32[4096,1] @ models/lib/dino.yaml:22:35
%3398 = broadcast %3397 : f32[4096,64] @ models/lib/dino.yaml:22:40
%3399 = mul %3398, %68 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3400 = add %2638, %3399 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3401 = add %3400, %3399 : f32[4096,64] @ models/lib/dino.yaml:22:53
%3402 = mul %3392, %1727 : f32[4096,64] @ models/lib/dino.yaml:22:22
%3403 = add %3401, %3402 : f32[4096,64] @ models/lib/dino.yaml:22:22
%3404 = cast %3387 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3405 = div %3404, %1723 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3406 = mul %3405, %1726 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3407 = neg %3406 : f32[4,16,64] @ models/lib/nn.yaml:33:18
%3408 = reduce_sum %3407 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%3409 = broadcast %2644 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3410 = broadcast %224 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3411 = mul %3408, %3410 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3412 = sqrt %1720 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3413 = eq %3412, %708 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3414 = select %3413, %3411, %3409 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3415 = sqrt %1720 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3416 = gt %3415, %708 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%3417 = select %3416, %3408, %3414 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3418 = mul %3417, %3410 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3419 = sqrt %1720 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3420 = div %3418, %3419 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3421 = broadcast %3420 : f32[4,16,64] @ models/lib/nn.yaml:33:29
%3422 = cast %1715 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%3423 = add %3422, %1716 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%3424 = mul %3421, %3423 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3425 = add %3405, %3424 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3426 = add %3425, %3424 : f32[4,16,64] @ models/lib/nn.yaml:33:35
%3427 = cast %3426 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%3428 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:84:18
%3429 = reshape %3427 : bf16[64,64] @ models/lib/nn.yaml:84:18
%3430 = matmul %3428, %3429 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3431 = reshape %3430 : f32[64] @ models/lib/nn.yaml:84:18
%3432 = add %2664, %3431 : f32[64] @ models/lib/nn.yaml:84:18
%3433 = matmul %3427, %1714 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3434 = reshape %1713 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3435 = matmul %3429, %3434 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3436 = cast %2669 : f32[64,256] @ models/lib/nn.yaml:83:15
%3437 = cast %3435 : f32[64,256] @ models/lib/nn.yaml:83:15
%3438 = add %3436, %3437 : f32[64,256] @ models/lib/nn.yaml:83:15
%3439 = cast %3433 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3440 = cast %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3441 = add %3440, %1703 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3442 = mul %3441, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3443 = erf %3442 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3444 = add %236, %3443 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3445 = mul %3439, %3444 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3446 = cast %3433 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3447 = cast %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3448 = add %3447, %1703 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3449 = mul %225, %3448 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3450 = mul %3446, %3449 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3451 = cast %1702 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3452 = add %3451, %1703 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3453 = mul %3452, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3454 = mul %3453, %3453 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3455 = neg %3454 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3456 = exp %3455 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3457 = broadcast %2688 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3458 = mul %3456, %3457 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3459 = mul %3450, %3458 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3460 = mul %3459, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3461 = mul %3445, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3462 = add %3460, %3461 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3463 = cast %3462 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%3464 = reshape %3463 : bf16[64,256] @ models/lib/nn.yaml:84:18
%3465 = matmul %3428, %3464 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3466 = reshape %3465 : f32[256] @ models/lib/nn.yaml:84:18
%3467 = add %2696, %3466 : f32[256] @ models/lib/nn.yaml:84:18
%3468 = matmul %3463, %1701 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3469 = reshape %1700 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3470 = matmul %3464, %3469 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%3471 = cast %2701 : f32[256,256] @ models/lib/nn.yaml:83:15
%3472 = cast %3470 : f32[256,256] @ models/lib/nn.yaml:83:15
%3473 = add %3471, %3472 : f32[256,256] @ models/lib/nn.yaml:83:15
%3474 = cast %3468 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3475 = cast %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3476 = add %3475, %1690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3477 = mul %3476, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3478 = erf %3477 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3479 = add %236, %3478 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3480 = mul %3474, %3479 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3481 = cast %3468 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3482 = cast %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3483 = add %3482, %1690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3484 = mul %225, %3483 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3485 = mul %3481, %3484 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3486 = cast %1689 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3487 = add %3486, %1690 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3488 = mul %3487, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3489 = mul %3488, %3488 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3490 = neg %3489 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3491 = exp %3490 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3492 = mul %3491, %3457 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3493 = mul %3485, %3492 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3494 = mul %3493, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3495 = mul %3480, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3496 = add %3494, %3495 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3497 = cast %3496 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%3498 = reshape %3497 : bf16[64,256] @ models/lib/nn.yaml:84:18
%3499 = matmul %3428, %3498 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3500 = reshape %3499 : f32[256] @ models/lib/nn.yaml:84:18
%3501 = add %2726, %3500 : f32[256] @ models/lib/nn.yaml:84:18
%3502 = matmul %3497, %1688 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3503 = reshape %1687 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3504 = matmul %3498, %3503 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3505 = cast %2731 : f32[256,64] @ models/lib/nn.yaml:83:15
%3506 = cast %3504 : f32[256,64] @ models/lib/nn.yaml:83:15
%3507 = add %3505, %3506 : f32[256,64] @ models/lib/nn.yaml:83:15
%3508 = cast %2588 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%3509 = cast %2618 : bf16[2,1,65536] @ models/lib/dino.yaml:39:44
%3510 = concat %3508, %3509 axis=0 : bf16[4,1,65536] @ models/dino_pass.yaml:132:20
%3511 = matmul %3510, %1685 ta=0 tb=0 : bf16[4,1,64] @ models/lib/dino.yaml:23:18
%3512 = reshape %3510 : bf16[4,65536] @ models/lib/dino.yaml:23:18
%3513 = reshape %1684 : bf16[4,64] @ models/lib/dino.yaml:23:18
%3514 = matmul %3512, %3513 ta=1 tb=0 : bf16[65536,64] @ models/lib/dino.yaml:23:18
%3515 = cast %3514 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3516 = div %3515, %1682 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3517 = mul %3516, %1683 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3518 = neg %3517 : f32[65536,64] @ models/lib/dino.yaml:22:33
%3519 = reduce_sum %3518 axes=[1] keep=1 : f32[65536,1] @ models/lib/dino.yaml:22:33
%3520 = mul %3519, %2744 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3521 = div %3520, %1681 : f32[65536,1] @ models/lib/dino.yaml:22:35
%3522 = broadcast %3521 : f32[65536,64] @ models/lib/dino.yaml:22:40
%3523 = mul %3522, %60 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3524 = add %2751, %3523 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3525 = add %3524, %3523 : f32[65536,64] @ models/lib/dino.yaml:22:53
%3526 = mul %3516, %1677 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3527 = add %3525, %3526 : f32[65536,64] @ models/lib/dino.yaml:22:22
%3528 = cast %3511 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3529 = div %3528, %1675 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3530 = mul %3529, %1676 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3531 = neg %3530 : f32[4,1,64] @ models/lib/nn.yaml:33:18
%3532 = reduce_sum %3531 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%3533 = mul %3532, %2758 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3534 = sqrt %1672 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3535 = eq %3534, %659 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3536 = select %3535, %3533, %2757 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3537 = sqrt %1672 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3538 = gt %3537, %659 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%3539 = select %3538, %3532, %3536 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3540 = mul %3539, %2758 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3541 = sqrt %1672 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3542 = div %3540, %3541 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3543 = broadcast %3542 : f32[4,1,64] @ models/lib/nn.yaml:33:29
%3544 = mul %3543, %1670 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3545 = add %3529, %3544 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3546 = add %3545, %3544 : f32[4,1,64] @ models/lib/nn.yaml:33:35
%3547 = reduce_sum %3546 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3548 = reshape %3547 : f32[64] @ models/lib/nn.yaml:84:18
%3549 = add %2774, %3548 : f32[64] @ models/lib/nn.yaml:84:18
%3550 = cast %3546 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3551 = matmul %3550, %1666 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3552 = reshape %3550 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3553 = reshape %1665 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3554 = matmul %3552, %3553 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3555 = cast %2779 : f32[64,256] @ models/lib/nn.yaml:83:15
%3556 = cast %3554 : f32[64,256] @ models/lib/nn.yaml:83:15
%3557 = add %3555, %3556 : f32[64,256] @ models/lib/nn.yaml:83:15
%3558 = cast %3551 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3559 = mul %1659, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3560 = erf %3559 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3561 = add %601, %3560 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3562 = mul %3558, %3561 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3563 = cast %3551 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3564 = mul %596, %1659 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3565 = mul %3563, %3564 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3566 = mul %1659, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3567 = mul %3566, %3566 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3568 = neg %3567 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3569 = exp %3568 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3570 = mul %3569, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3571 = mul %3565, %3570 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3572 = mul %3571, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3573 = mul %3562, %596 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3574 = add %3572, %3573 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3575 = reduce_sum %3574 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3576 = reshape %3575 : f32[256] @ models/lib/nn.yaml:84:18
%3577 = add %2799, %3576 : f32[256] @ models/lib/nn.yaml:84:18
%3578 = cast %3574 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3579 = matmul %3578, %1655 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3580 = reshape %3578 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3581 = reshape %1654 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3582 = matmul %3580, %3581 ta=1 tb=0 : bf16[256,256] @ models/lib/nn.yaml:83:15
%3583 = cast %2804 : f32[256,256] @ models/lib/nn.yaml:83:15
%3584 = cast %3582 : f32[256,256] @ models/lib/nn.yaml:83:15
%3585 = add %3583, %3584 : f32[256,256] @ models/lib/nn.yaml:83:15
%3586 = cast %3579 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3587 = mul %1648, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3588 = erf %3587 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3589 = add %601, %3588 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3590 = mul %3586, %3589 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3591 = cast %3579 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3592 = mul %596, %1648 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3593 = mul %3591, %3592 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3594 = mul %1648, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3595 = mul %3594, %3594 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3596 = neg %3595 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3597 = exp %3596 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3598 = mul %3597, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3599 = mul %3593, %3598 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3600 = mul %3599, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3601 = mul %3590, %596 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3602 = add %3600, %3601 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3603 = reduce_sum %3602 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3604 = reshape %3603 : f32[256] @ models/lib/nn.yaml:84:18
%3605 = add %2823, %3604 : f32[256] @ models/lib/nn.yaml:84:18
%3606 = cast %3602 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3607 = matmul %3606, %1644 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3608 = reshape %3606 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3609 = reshape %1643 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3610 = matmul %3608, %3609 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3611 = cast %2828 : f32[256,64] @ models/lib/nn.yaml:83:15
%3612 = cast %3610 : f32[256,64] @ models/lib/nn.yaml:83:15
%3613 = add %3611, %3612 : f32[256,64] @ models/lib/nn.yaml:83:15
%3614 = concat %3607, %3502 axis=1 : bf16[4,17,64] @ models/dino_pass.yaml:103:28
%3615 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%3616 = reshape %3614 : bf16[68,64] @ models/lib/nn.yaml:96:46
%3617 = matmul %3615, %3616 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3618 = reshape %3617 : f32[64] @ models/lib/nn.yaml:96:46
%3619 = add %2832, %3618 : f32[64] @ models/lib/nn.yaml:96:46
%3620 = cast %3614 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3621 = mul %3620, %1637 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3622 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%3623 = reshape %3621 : f32[68,64] @ models/lib/nn.yaml:96:37
%3624 = matmul %3622, %3623 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3625 = reshape %3624 : f32[64] @ models/lib/nn.yaml:96:37
%3626 = add %2836, %3625 : f32[64] @ models/lib/nn.yaml:96:37
%3627 = cast %3614 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3628 = mul %3627, %1638 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3629 = mul %3628, %1636 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3630 = cast %3614 : f32[4,17,64] @ models/dino_pass.yaml:103:28
%3631 = mul %3630, %1638 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3632 = mul %3631, %1630 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3633 = reduce_sum %3632 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3634 = mul %1635, %1635 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3635 = mul %1635, %3634 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3636 = broadcast %2846 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3637 = mul %3635, %3636 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3638 = mul %3633, %3637 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3639 = div %3638, %496 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3640 = broadcast %3639 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3641 = mul %3640, %1630 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3642 = add %3629, %3641 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3643 = add %3642, %3641 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3644 = neg %3643 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3645 = reduce_sum %3644 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3646 = div %3645, %496 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3647 = broadcast %3646 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3648 = add %3643, %3647 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3649 = slice %3648 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:111:21
%3650 = slice %3648 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:111:21
%3651 = reduce_sum %3649 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3652 = reshape %3651 : f32[64] @ models/lib/nn.yaml:84:18
%3653 = add %2863, %3652 : f32[64] @ models/lib/nn.yaml:84:18
%3654 = cast %3649 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3655 = matmul %3654, %1620 ta=0 tb=0 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3656 = reshape %3654 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3657 = reshape %1619 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3658 = matmul %3656, %3657 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3659 = cast %2868 : f32[64,256] @ models/lib/nn.yaml:83:15
%3660 = cast %3658 : f32[64,256] @ models/lib/nn.yaml:83:15
%3661 = add %3659, %3660 : f32[64,256] @ models/lib/nn.yaml:83:15
%3662 = cast %3655 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3663 = mul %1613, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3664 = erf %3663 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3665 = add %601, %3664 : f32[4,1,256] @ models/lib/nn.yaml:27:29
%3666 = mul %3662, %3665 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3667 = cast %3655 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3668 = mul %596, %1613 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3669 = mul %3667, %3668 : f32[4,1,256] @ models/lib/nn.yaml:27:24
%3670 = mul %1613, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3671 = mul %3670, %3670 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3672 = neg %3671 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3673 = exp %3672 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3674 = mul %3673, %2792 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3675 = mul %3669, %3674 : f32[4,1,256] @ models/lib/nn.yaml:27:31
%3676 = mul %3675, %598 : f32[4,1,256] @ models/lib/nn.yaml:27:37
%3677 = mul %3666, %596 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3678 = add %3676, %3677 : f32[4,1,256] @ models/lib/nn.yaml:27:20
%3679 = reduce_sum %3678 axes=[0,1] keep=1 : f32[1,1,256] @ models/lib/nn.yaml:84:18
%3680 = reshape %3679 : f32[256] @ models/lib/nn.yaml:84:18
%3681 = add %2887, %3680 : f32[256] @ models/lib/nn.yaml:84:18
%3682 = cast %3678 : bf16[4,1,256] @ models/lib/nn.yaml:83:15
%3683 = matmul %3682, %1609 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3684 = reshape %3682 : bf16[4,256] @ models/lib/nn.yaml:83:15
%3685 = reshape %1608 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3686 = matmul %3684, %3685 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3687 = cast %2892 : f32[256,64] @ models/lib/nn.yaml:83:15
%3688 = cast %3686 : f32[256,64] @ models/lib/nn.yaml:83:15
%3689 = add %3687, %3688 : f32[256,64] @ models/lib/nn.yaml:83:15
%3690 = cast %3683 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3691 = reduce_sum %3690 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:46
%3692 = reshape %3691 : f32[64] @ models/lib/nn.yaml:96:46
%3693 = add %2895, %3692 : f32[64] @ models/lib/nn.yaml:96:46
%3694 = cast %3683 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3695 = mul %3694, %1604 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3696 = cast %3683 : f32[4,1,64] @ models/lib/nn.yaml:96:46
%3697 = mul %3696, %1603 : f32[4,1,64] @ models/lib/nn.yaml:96:37
%3698 = reduce_sum %3697 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:96:37
%3699 = reshape %3698 : f32[64] @ models/lib/nn.yaml:96:37
%3700 = add %2901, %3699 : f32[64] @ models/lib/nn.yaml:96:37
%3701 = mul %3695, %1602 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3702 = mul %3695, %1596 : f32[4,1,64] @ models/lib/nn.yaml:96:18
%3703 = reduce_sum %3702 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%3704 = mul %1601, %1601 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3705 = mul %1601, %3704 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3706 = mul %3705, %2907 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3707 = mul %3703, %3706 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3708 = div %3707, %575 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3709 = broadcast %3708 : f32[4,1,64] @ models/lib/nn.yaml:95:15
%3710 = mul %3709, %1596 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3711 = add %3701, %3710 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3712 = add %3711, %3710 : f32[4,1,64] @ models/lib/nn.yaml:95:22
%3713 = add %3649, %3712 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3714 = neg %3712 : f32[4,1,64] @ models/lib/nn.yaml:94:15
%3715 = reduce_sum %3714 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%3716 = div %3715, %575 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3717 = broadcast %3716 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3718 = add %3713, %3717 : f32[4,1,64] @ models/lib/nn.yaml:93:14
%3719 = reduce_sum %3718 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3720 = reshape %3719 : f32[64] @ models/lib/nn.yaml:84:18
%3721 = add %2922, %3720 : f32[64] @ models/lib/nn.yaml:84:18
%3722 = cast %3718 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3723 = matmul %3722, %1587 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3724 = reshape %3722 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3725 = reshape %1585 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3726 = matmul %3724, %3725 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3727 = cast %2927 : f32[64,64] @ models/lib/nn.yaml:83:15
%3728 = cast %3726 : f32[64,64] @ models/lib/nn.yaml:83:15
%3729 = add %3727, %3728 : f32[64,64] @ models/lib/nn.yaml:83:15
%3730 = reshape %3723 : bf16[4,1,2,32] @ models/lib/nn.yaml:57:16
%3731 = permute %3730 perm=[0,2,1,3] : bf16[4,2,1,32] @ models/lib/nn.yaml:56:13
%3732 = cast %3731 : f32[4,2,1,32] @ models/lib/nn.yaml:56:23
%3733 = reshape %3732 : f32[4,2,1,32,1] @ models/lib/nn.yaml:56:23
%3734 = broadcast %3733 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3735 = permute %1576 perm=[0,1,3,2] : bf16[4,2,32,17] @ models/lib/nn.yaml:56:23
%3736 = reshape %3735 : bf16[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3737 = cast %3736 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3738 = mul %3734, %3737 : f32[4,2,1,32,17] @ models/lib/nn.yaml:56:23
%3739 = reduce_sum %3738 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%3740 = cast %3739 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%3741 = permute %1577 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%3742 = broadcast %3741 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3743 = broadcast %3732 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3744 = mul %3742, %3743 : f32[4,2,17,32] @ models/lib/nn.yaml:56:23
%3745 = cast %3744 : bf16[4,2,17,32] @ models/lib/nn.yaml:56:23
%3746 = cast %3740 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3747 = div %3746, %1570 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3748 = mul %3747, %1572 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3749 = neg %3748 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%3750 = reduce_sum %3749 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%3751 = broadcast %3750 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3752 = add %3747, %3751 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%3753 = exp %1567 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3754 = mul %3752, %3753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%3755 = mul %3754, %541 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%3756 = cast %3755 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%3757 = cast %3756 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%3758 = reshape %3757 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%3759 = broadcast %3758 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3760 = reshape %1550 : bf16[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3761 = cast %3760 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3762 = mul %3759, %3761 : f32[4,2,1,17,32] @ models/lib/nn.yaml:55:23
%3763 = reduce_sum %3762 axes=[3] keep=0 : f32[4,2,1,32] @ models/lib/nn.yaml:55:23
%3764 = cast %3763 : bf16[4,2,1,32] @ models/lib/nn.yaml:55:23
%3765 = permute %3757 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%3766 = broadcast %3765 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3767 = broadcast %1551 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3768 = mul %3766, %3767 : f32[4,2,17,32] @ models/lib/nn.yaml:55:23
%3769 = cast %3768 : bf16[4,2,17,32] @ models/lib/nn.yaml:55:23
%3770 = permute %3745 perm=[0,2,1,3] : bf16[4,17,2,32] @ models/lib/nn.yaml:84:18
%3771 = reshape %3770 : bf16[4,17,64] @ models/lib/nn.yaml:84:18
%3772 = reshape %3770 : bf16[68,64] @ models/lib/nn.yaml:84:18
%3773 = matmul %3615, %3772 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3774 = reshape %3773 : f32[64] @ models/lib/nn.yaml:84:18
%3775 = add %2972, %3774 : f32[64] @ models/lib/nn.yaml:84:18
%3776 = matmul %3771, %1540 ta=0 tb=0 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%3777 = reshape %1528 : bf16[68,64] @ models/lib/nn.yaml:83:15
%3778 = matmul %3772, %3777 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3779 = cast %2978 : f32[64,64] @ models/lib/nn.yaml:83:15
%3780 = cast %3778 : f32[64,64] @ models/lib/nn.yaml:83:15
%3781 = add %3779, %3780 : f32[64,64] @ models/lib/nn.yaml:83:15
%3782 = permute %3769 perm=[0,2,1,3] : bf16[4,17,2,32] @ models/lib/nn.yaml:84:18
%3783 = reshape %3782 : bf16[4,17,64] @ models/lib/nn.yaml:84:18
%3784 = reshape %3782 : bf16[68,64] @ models/lib/nn.yaml:84:18
%3785 = matmul %3615, %3784 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3786 = reshape %3785 : f32[64] @ models/lib/nn.yaml:84:18
%3787 = add %2983, %3786 : f32[64] @ models/lib/nn.yaml:84:18
%3788 = matmul %3783, %1535 ta=0 tb=0 : bf16[4,17,64] @ models/lib/nn.yaml:83:15
%3789 = cast %3776 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3790 = cast %3788 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3791 = add %3789, %3790 : f32[4,17,64] @ models/lib/nn.yaml:83:15
%3792 = matmul %3784, %3777 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3793 = cast %2991 : f32[64,64] @ models/lib/nn.yaml:83:15
%3794 = cast %3792 : f32[64,64] @ models/lib/nn.yaml:83:15
%3795 = add %3793, %3794 : f32[64,64] @ models/lib/nn.yaml:83:15
%3796 = permute %3764 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3797 = reshape %3796 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3798 = cast %3797 : f32[4,1,64] @ models/lib/vit.yaml:78:14
%3799 = reduce_sum %3798 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3800 = reshape %3799 : f32[64] @ models/lib/nn.yaml:84:18
%3801 = add %2996, %3800 : f32[64] @ models/lib/nn.yaml:84:18
%3802 = permute %3764 perm=[0,2,1,3] : bf16[4,1,2,32] @ models/lib/vit.yaml:78:14
%3803 = reshape %3802 : bf16[4,1,64] @ models/lib/vit.yaml:78:22
%3804 = matmul %3803, %1530 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3805 = reshape %3802 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3806 = reshape %1529 : bf16[4,64] @ models/lib/nn.yaml:83:15
%3807 = matmul %3805, %3806 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3808 = cast %3002 : f32[64,64] @ models/lib/nn.yaml:83:15
%3809 = cast %3807 : f32[64,64] @ models/lib/nn.yaml:83:15
%3810 = add %3808, %3809 : f32[64,64] @ models/lib/nn.yaml:83:15
%3811 = cast %3804 : f32[4,1,64] @ models/lib/vit.yaml:78:33
%3812 = pad %3811 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3813 = add %3791, %3812 : f32[4,17,64] @ models/lib/vit.yaml:78:33
%3814 = reshape %3813 : f32[68,64] @ models/lib/nn.yaml:96:46
%3815 = matmul %3622, %3814 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3816 = reshape %3815 : f32[64] @ models/lib/nn.yaml:96:46
%3817 = add %3007, %3816 : f32[64] @ models/lib/nn.yaml:96:46
%3818 = mul %3813, %1523 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3819 = reshape %3818 : f32[68,64] @ models/lib/nn.yaml:96:37
%3820 = matmul %3622, %3819 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3821 = reshape %3820 : f32[64] @ models/lib/nn.yaml:96:37
%3822 = add %3010, %3821 : f32[64] @ models/lib/nn.yaml:96:37
%3823 = mul %3813, %1524 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3824 = mul %3823, %1522 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3825 = mul %3813, %1524 : f32[4,17,64] @ models/lib/nn.yaml:96:37
%3826 = mul %3825, %1516 : f32[4,17,64] @ models/lib/nn.yaml:96:18
%3827 = reduce_sum %3826 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%3828 = mul %1521, %1521 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3829 = mul %1521, %3828 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3830 = mul %3829, %3636 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3831 = mul %3827, %3830 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3832 = div %3831, %496 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3833 = broadcast %3832 : f32[4,17,64] @ models/lib/nn.yaml:95:15
%3834 = mul %3833, %1516 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3835 = add %3824, %3834 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3836 = add %3835, %3834 : f32[4,17,64] @ models/lib/nn.yaml:95:22
%3837 = neg %3836 : f32[4,17,64] @ models/lib/nn.yaml:94:15
%3838 = reduce_sum %3837 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%3839 = div %3838, %496 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3840 = broadcast %3839 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3841 = add %3836, %3840 : f32[4,17,64] @ models/lib/nn.yaml:93:14
%3842 = slice %3841 lo=[0,0,0] hi=[4,1,64] : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3843 = add %3718, %3842 : f32[4,1,64] @ models/lib/vit.yaml:95:24
%3844 = slice %3841 lo=[0,1,0] hi=[4,17,64] : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3845 = add %3650, %3844 : f32[4,16,64] @ models/lib/vit.yaml:95:24
%3846 = reduce_sum %3843 axes=[0] keep=1 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3847 = add %3034, %3846 : f32[1,1,64] @ models/lib/vit.yaml:116:31
%3848 = mul %3845, %1508 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3849 = div %3848, %1458 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3850 = cast %3849 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%3851 = reshape %3850 : bf16[64,64] @ models/lib/nn.yaml:84:18
%3852 = matmul %3428, %3851 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3853 = reshape %3852 : f32[64] @ models/lib/nn.yaml:84:18
%3854 = add %3038, %3853 : f32[64] @ models/lib/nn.yaml:84:18
%3855 = matmul %3850, %1498 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%3856 = reshape %1497 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3857 = matmul %3851, %3856 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%3858 = cast %3044 : f32[64,256] @ models/lib/nn.yaml:83:15
%3859 = cast %3857 : f32[64,256] @ models/lib/nn.yaml:83:15
%3860 = add %3858, %3859 : f32[64,256] @ models/lib/nn.yaml:83:15
%3861 = cast %3855 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3862 = cast %1486 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3863 = add %3862, %1487 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3864 = mul %3863, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3865 = erf %3864 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3866 = add %236, %3865 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%3867 = mul %3861, %3866 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3868 = cast %3855 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3869 = cast %1486 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3870 = add %3869, %1487 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3871 = mul %225, %3870 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3872 = mul %3868, %3871 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%3873 = cast %1486 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3874 = add %3873, %1487 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%3875 = mul %3874, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3876 = mul %3875, %3875 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3877 = neg %3876 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3878 = exp %3877 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3879 = mul %3878, %3457 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3880 = mul %3872, %3879 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%3881 = mul %3880, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%3882 = mul %3867, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3883 = add %3881, %3882 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%3884 = cast %3883 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%3885 = reshape %3884 : bf16[64,256] @ models/lib/nn.yaml:84:18
%3886 = matmul %3428, %3885 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%3887 = reshape %3886 : f32[256] @ models/lib/nn.yaml:84:18
%3888 = add %3069, %3887 : f32[256] @ models/lib/nn.yaml:84:18
%3889 = matmul %3884, %1485 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3890 = reshape %1484 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3891 = matmul %3885, %3890 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%3892 = cast %3074 : f32[256,64] @ models/lib/nn.yaml:83:15
%3893 = cast %3891 : f32[256,64] @ models/lib/nn.yaml:83:15
%3894 = add %3892, %3893 : f32[256,64] @ models/lib/nn.yaml:83:15
%3895 = reshape %3889 : bf16[64,64] @ models/lib/nn.yaml:96:46
%3896 = matmul %3428, %3895 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3897 = reshape %3896 : f32[64] @ models/lib/nn.yaml:96:46
%3898 = add %3077, %3897 : f32[64] @ models/lib/nn.yaml:96:46
%3899 = cast %3889 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3900 = mul %3899, %1479 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3901 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:96:37
%3902 = reshape %3900 : f32[64,64] @ models/lib/nn.yaml:96:37
%3903 = matmul %3901, %3902 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3904 = reshape %3903 : f32[64] @ models/lib/nn.yaml:96:37
%3905 = add %3081, %3904 : f32[64] @ models/lib/nn.yaml:96:37
%3906 = cast %3889 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3907 = mul %3906, %1480 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3908 = mul %3907, %1478 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3909 = cast %3889 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3910 = mul %3909, %1480 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3911 = mul %3910, %1472 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3912 = reduce_sum %3911 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3913 = mul %1477, %1477 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3914 = mul %1477, %3913 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3915 = broadcast %2846 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3916 = mul %3914, %3915 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3917 = mul %3912, %3916 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3918 = div %3917, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3919 = broadcast %3918 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3920 = mul %3919, %1472 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3921 = add %3908, %3920 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3922 = add %3921, %3920 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3923 = add %3845, %3922 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3924 = neg %3922 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%3925 = reduce_sum %3924 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%3926 = div %3925, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%3927 = broadcast %3926 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3928 = add %3923, %3927 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%3929 = mul %3928, %1466 : f32[4,16,64] @ models/lib/nn.yaml:50:51
%3930 = div %3929, %1458 : f32[4,16,64] @ models/lib/nn.yaml:50:38
%3931 = cast %3930 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%3932 = reshape %3931 : bf16[64,64] @ models/lib/nn.yaml:84:18
%3933 = matmul %3428, %3932 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3934 = reshape %3933 : f32[64] @ models/lib/nn.yaml:84:18
%3935 = add %3108, %3934 : f32[64] @ models/lib/nn.yaml:84:18
%3936 = matmul %3931, %1452 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3937 = reshape %1450 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3938 = matmul %3932, %3937 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3939 = cast %3114 : f32[64,64] @ models/lib/nn.yaml:83:15
%3940 = cast %3938 : f32[64,64] @ models/lib/nn.yaml:83:15
%3941 = add %3939, %3940 : f32[64,64] @ models/lib/nn.yaml:83:15
%3942 = reshape %3936 : bf16[4,16,2,32] @ models/lib/nn.yaml:57:16
%3943 = permute %3942 perm=[0,2,1,3] : bf16[4,2,16,32] @ models/lib/nn.yaml:56:13
%3944 = matmul %3943, %1448 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%3945 = matmul %1446, %3943 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%3946 = cast %3944 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3947 = div %3946, %1443 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3948 = mul %3947, %1445 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3949 = neg %3948 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%3950 = reduce_sum %3949 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%3951 = broadcast %3950 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3952 = add %3947, %3951 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%3953 = exp %1440 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3954 = mul %3952, %3953 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%3955 = mul %3954, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%3956 = cast %3955 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%3957 = matmul %3956, %1431 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%3958 = matmul %3956, %1429 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%3959 = reshape %3958 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%3960 = reshape %3945 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%3961 = reshape %3957 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%3962 = concat %3961, %3959, %3960 axis=0 : bf16[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%3963 = permute %3962 perm=[1,3,0,2,4] : bf16[4,16,3,2,32] @ models/lib/nn.yaml:84:18
%3964 = reshape %3963 : bf16[4,16,192] @ models/lib/nn.yaml:84:18
%3965 = reshape %3963 : bf16[64,192] @ models/lib/nn.yaml:84:18
%3966 = matmul %3428, %3965 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%3967 = reshape %3966 : f32[192] @ models/lib/nn.yaml:84:18
%3968 = add %3169, %3967 : f32[192] @ models/lib/nn.yaml:84:18
%3969 = matmul %3964, %1420 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%3970 = reshape %1419 : bf16[64,64] @ models/lib/nn.yaml:83:15
%3971 = matmul %3965, %3970 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%3972 = cast %3175 : f32[192,64] @ models/lib/nn.yaml:83:15
%3973 = cast %3971 : f32[192,64] @ models/lib/nn.yaml:83:15
%3974 = add %3972, %3973 : f32[192,64] @ models/lib/nn.yaml:83:15
%3975 = reshape %3969 : bf16[64,64] @ models/lib/nn.yaml:96:46
%3976 = matmul %3428, %3975 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%3977 = reshape %3976 : f32[64] @ models/lib/nn.yaml:96:46
%3978 = add %3178, %3977 : f32[64] @ models/lib/nn.yaml:96:46
%3979 = cast %3969 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3980 = mul %3979, %1414 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3981 = reshape %3980 : f32[64,64] @ models/lib/nn.yaml:96:37
%3982 = matmul %3901, %3981 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%3983 = reshape %3982 : f32[64] @ models/lib/nn.yaml:96:37
%3984 = add %3182, %3983 : f32[64] @ models/lib/nn.yaml:96:37
%3985 = cast %3969 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3986 = mul %3985, %1415 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3987 = mul %3986, %1413 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3988 = cast %3969 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%3989 = mul %3988, %1415 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%3990 = mul %3989, %1407 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%3991 = reduce_sum %3990 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%3992 = mul %1412, %1412 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3993 = mul %1412, %3992 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3994 = mul %3993, %3915 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3995 = mul %3991, %3994 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%3996 = div %3995, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%3997 = broadcast %3996 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%3998 = mul %3997, %1407 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%3999 = add %3987, %3998 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4000 = add %3999, %3998 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4001 = add %3928, %4000 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4002 = neg %4000 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4003 = reduce_sum %4002 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4004 = div %4003, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4005 = broadcast %4004 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4006 = add %4001, %4005 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4007 = cast %4006 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%4008 = reshape %4007 : bf16[64,64] @ models/lib/nn.yaml:84:18
%4009 = matmul %3428, %4008 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4010 = reshape %4009 : f32[64] @ models/lib/nn.yaml:84:18
%4011 = add %3206, %4010 : f32[64] @ models/lib/nn.yaml:84:18
%4012 = matmul %4007, %1398 ta=0 tb=0 : bf16[4,16,256] @ models/lib/nn.yaml:83:15
%4013 = reshape %1397 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4014 = matmul %4008, %4013 ta=1 tb=0 : bf16[64,256] @ models/lib/nn.yaml:83:15
%4015 = cast %3211 : f32[64,256] @ models/lib/nn.yaml:83:15
%4016 = cast %4014 : f32[64,256] @ models/lib/nn.yaml:83:15
%4017 = add %4015, %4016 : f32[64,256] @ models/lib/nn.yaml:83:15
%4018 = cast %4012 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4019 = cast %1386 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4020 = add %4019, %1387 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4021 = mul %4020, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4022 = erf %4021 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4023 = add %236, %4022 : f32[4,16,256] @ models/lib/nn.yaml:27:29
%4024 = mul %4018, %4023 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4025 = cast %4012 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4026 = cast %1386 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4027 = add %4026, %1387 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4028 = mul %225, %4027 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4029 = mul %4025, %4028 : f32[4,16,256] @ models/lib/nn.yaml:27:24
%4030 = cast %1386 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4031 = add %4030, %1387 : f32[4,16,256] @ models/lib/nn.yaml:84:18
%4032 = mul %4031, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4033 = mul %4032, %4032 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4034 = neg %4033 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4035 = exp %4034 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4036 = mul %4035, %3457 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4037 = mul %4029, %4036 : f32[4,16,256] @ models/lib/nn.yaml:27:31
%4038 = mul %4037, %230 : f32[4,16,256] @ models/lib/nn.yaml:27:37
%4039 = mul %4024, %225 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4040 = add %4038, %4039 : f32[4,16,256] @ models/lib/nn.yaml:27:20
%4041 = cast %4040 : bf16[4,16,256] @ models/lib/nn.yaml:84:18
%4042 = reshape %4041 : bf16[64,256] @ models/lib/nn.yaml:84:18
%4043 = matmul %3428, %4042 ta=0 tb=0 : f32[1,256] @ models/lib/nn.yaml:84:18
%4044 = reshape %4043 : f32[256] @ models/lib/nn.yaml:84:18
%4045 = add %3236, %4044 : f32[256] @ models/lib/nn.yaml:84:18
%4046 = matmul %4041, %1385 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4047 = reshape %1384 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4048 = matmul %4042, %4047 ta=1 tb=0 : bf16[256,64] @ models/lib/nn.yaml:83:15
%4049 = cast %3241 : f32[256,64] @ models/lib/nn.yaml:83:15
%4050 = cast %4048 : f32[256,64] @ models/lib/nn.yaml:83:15
%4051 = add %4049, %4050 : f32[256,64] @ models/lib/nn.yaml:83:15
%4052 = reshape %4046 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4053 = matmul %3428, %4052 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4054 = reshape %4053 : f32[64] @ models/lib/nn.yaml:96:46
%4055 = add %3244, %4054 : f32[64] @ models/lib/nn.yaml:96:46
%4056 = cast %4046 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4057 = mul %4056, %1379 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4058 = reshape %4057 : f32[64,64] @ models/lib/nn.yaml:96:37
%4059 = matmul %3901, %4058 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4060 = reshape %4059 : f32[64] @ models/lib/nn.yaml:96:37
%4061 = add %3248, %4060 : f32[64] @ models/lib/nn.yaml:96:37
%4062 = cast %4046 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4063 = mul %4062, %1380 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4064 = mul %4063, %1378 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4065 = cast %4046 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4066 = mul %4065, %1380 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4067 = mul %4066, %1372 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4068 = reduce_sum %4067 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4069 = mul %1377, %1377 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4070 = mul %1377, %4069 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4071 = mul %4070, %3915 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4072 = mul %4068, %4071 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4073 = div %4072, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4074 = broadcast %4073 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4075 = mul %4074, %1372 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4076 = add %4064, %4075 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4077 = add %4076, %4075 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4078 = add %4006, %4077 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4079 = neg %4077 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4080 = reduce_sum %4079 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4081 = div %4080, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4082 = broadcast %4081 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4083 = add %4078, %4082 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4084 = cast %4083 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%4085 = reshape %4084 : bf16[64,64] @ models/lib/nn.yaml:84:18
%4086 = matmul %3428, %4085 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4087 = reshape %4086 : f32[64] @ models/lib/nn.yaml:84:18
%4088 = add %3272, %4087 : f32[64] @ models/lib/nn.yaml:84:18
%4089 = matmul %4084, %1363 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4090 = reshape %1361 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4091 = matmul %4085, %4090 ta=1 tb=0 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4092 = cast %3277 : f32[64,64] @ models/lib/nn.yaml:83:15
%4093 = cast %4091 : f32[64,64] @ models/lib/nn.yaml:83:15
%4094 = add %4092, %4093 : f32[64,64] @ models/lib/nn.yaml:83:15
%4095 = reshape %4089 : bf16[4,16,2,32] @ models/lib/nn.yaml:57:16
%4096 = permute %4095 perm=[0,2,1,3] : bf16[4,2,16,32] @ models/lib/nn.yaml:56:13
%4097 = matmul %4096, %1359 ta=0 tb=1 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4098 = matmul %1357, %4096 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:56:23
%4099 = cast %4097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4100 = div %4099, %1354 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4101 = mul %4100, %1356 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4102 = neg %4101 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4103 = reduce_sum %4102 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4104 = broadcast %4103 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4105 = add %4100, %4104 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4106 = exp %1351 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4107 = mul %4105, %4106 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4108 = mul %4107, %179 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4109 = cast %4108 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4110 = matmul %4109, %1342 ta=0 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4111 = matmul %4109, %1340 ta=1 tb=0 : bf16[4,2,16,32] @ models/lib/nn.yaml:55:23
%4112 = reshape %4111 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:34
%4113 = reshape %4098 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:40
%4114 = reshape %4110 : bf16[1,4,2,16,32] @ models/lib/nn.yaml:67:28
%4115 = concat %4114, %4112, %4113 axis=0 : bf16[3,4,2,16,32] @ models/lib/nn.yaml:67:28
%4116 = permute %4115 perm=[1,3,0,2,4] : bf16[4,16,3,2,32] @ models/lib/nn.yaml:84:18
%4117 = reshape %4116 : bf16[4,16,192] @ models/lib/nn.yaml:84:18
%4118 = reshape %4116 : bf16[64,192] @ models/lib/nn.yaml:84:18
%4119 = matmul %3428, %4118 ta=0 tb=0 : f32[1,192] @ models/lib/nn.yaml:84:18
%4120 = reshape %4119 : f32[192] @ models/lib/nn.yaml:84:18
%4121 = add %3332, %4120 : f32[192] @ models/lib/nn.yaml:84:18
%4122 = matmul %4117, %1331 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4123 = reshape %1330 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4124 = matmul %4118, %4123 ta=1 tb=0 : bf16[192,64] @ models/lib/nn.yaml:83:15
%4125 = cast %3338 : f32[192,64] @ models/lib/nn.yaml:83:15
%4126 = cast %4124 : f32[192,64] @ models/lib/nn.yaml:83:15
%4127 = add %4125, %4126 : f32[192,64] @ models/lib/nn.yaml:83:15
%4128 = reshape %4122 : bf16[64,64] @ models/lib/nn.yaml:96:46
%4129 = matmul %3428, %4128 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:46
%4130 = reshape %4129 : f32[64] @ models/lib/nn.yaml:96:46
%4131 = add %3341, %4130 : f32[64] @ models/lib/nn.yaml:96:46
%4132 = cast %4122 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4133 = mul %4132, %1325 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4134 = reshape %4133 : f32[64,64] @ models/lib/nn.yaml:96:37
%4135 = matmul %3901, %4134 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:96:37
%4136 = reshape %4135 : f32[64] @ models/lib/nn.yaml:96:37
%4137 = add %3345, %4136 : f32[64] @ models/lib/nn.yaml:96:37
%4138 = cast %4122 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4139 = mul %4138, %1326 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4140 = mul %4139, %1324 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4141 = cast %4122 : f32[4,16,64] @ models/lib/nn.yaml:96:46
%4142 = mul %4141, %1326 : f32[4,16,64] @ models/lib/nn.yaml:96:37
%4143 = mul %4142, %1318 : f32[4,16,64] @ models/lib/nn.yaml:96:18
%4144 = reduce_sum %4143 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4145 = mul %1323, %1323 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4146 = mul %1323, %4145 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4147 = mul %4146, %3915 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4148 = mul %4144, %4147 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4149 = div %4148, %147 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4150 = broadcast %4149 : f32[4,16,64] @ models/lib/nn.yaml:95:15
%4151 = mul %4150, %1318 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4152 = add %4140, %4151 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4153 = add %4152, %4151 : f32[4,16,64] @ models/lib/nn.yaml:95:22
%4154 = add %4083, %4153 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4155 = neg %4153 : f32[4,16,64] @ models/lib/nn.yaml:94:15
%4156 = reduce_sum %4155 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4157 = div %4156, %147 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4158 = broadcast %4157 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4159 = add %4154, %4158 : f32[4,16,64] @ models/lib/nn.yaml:93:14
%4160 = reduce_sum %4159 axes=[0] keep=1 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%4161 = reshape %3377 : bf16[1,16,64] @ models/lib/vit.yaml:32:17
%4162 = cast %4161 : f32[1,16,64] @ models/lib/vit.yaml:32:17
%4163 = add %4162, %4160 : f32[1,16,64] @ models/lib/vit.yaml:62:15
%4164 = reshape %4159 : f32[64,64] @ models/lib/vit.yaml:17:71
%4165 = matmul %3901, %4164 ta=0 tb=0 : f32[1,64] @ models/lib/vit.yaml:17:71
%4166 = reshape %4165 : f32[64] @ models/lib/vit.yaml:17:71
%4167 = add %3379, %4166 : f32[64] @ models/lib/vit.yaml:17:71
%4168 = cast %4164 : bf16[64,64] @ models/lib/vit.yaml:17:18
%4169 = reshape %136 : bf16[64,768] @ models/lib/vit.yaml:17:18
%4170 = matmul %4168, %4169 ta=1 tb=0 : bf16[64,768] @ models/lib/vit.yaml:17:18
%4171 = reshape %3383 : bf16[64,3,16,16] @ models/lib/vit.yaml:17:20
%4172 = cast %4171 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4173 = reshape %4170 : bf16[64,3,16,16] @ models/lib/vit.yaml:17:20
%4174 = cast %4173 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4175 = add %4172, %4174 : f32[64,3,16,16] @ models/lib/vit.yaml:17:20
%4176 = all_reduce_sum %4163 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4177 = reshape %4176 : f32[1024] @ models/lib/vit.yaml:48:7
%4178 = mul %4177, %4177 : f32[1024] @ models/lib/vit.yaml:48:7
%4179 = reduce_sum %4178 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%4180 = sqrt %4179 : f32[] @ models/lib/vit.yaml:48:7
%4181 = cast %4180 : f64[] @ models/lib/vit.yaml:48:7
%4182 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%4183 = add %4181, %4182 : f64[] @ models/lib/vit.yaml:48:7
%4184 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%4185 = div %4184, %4183 : f64[] @ models/lib/vit.yaml:48:7
%4186 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%4187 = lt %4185, %4186 : bool[] @ models/lib/vit.yaml:48:7
%4188 = cast %4185 : f32[] @ models/lib/vit.yaml:48:7
%4189 = broadcast %4188 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4190 = mul %4176, %4189 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4191 = broadcast %4187 : bool[1,16,64] @ models/lib/vit.yaml:48:7
%4192 = select %4191, %4190, %4176 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4193 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4194 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4195 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%4196 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%4197 = add %4195, %4196 : i64[] @ models/lib/vit.yaml:48:7
%4198 = mul %2498, %2499 : f64[] @ models/lib/vit.yaml:48:7
%4199 = sub %4186, %4198 : f64[] @ models/lib/vit.yaml:48:7
%4200 = cast %4199 : f32[] @ models/lib/vit.yaml:48:7
%4201 = broadcast %4200 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4202 = mul %7, %4201 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4203 = broadcast %2175 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4204 = mul %4192, %4203 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4205 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%4206 = broadcast %1457 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4207 = mul %4193, %4206 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4208 = add %4207, %4204 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4209 = mul %4192, %4192 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4210 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%4211 = broadcast %4210 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4212 = mul %4209, %4211 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4213 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%4214 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%4215 = broadcast %4214 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4216 = mul %4194, %4215 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4217 = add %4216, %4212 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4218 = cast %4197 : f64[] @ models/lib/vit.yaml:48:7
%4219 = pow %4205, %4218 : f64[] @ models/lib/vit.yaml:48:7
%4220 = sub %4186, %4219 : f64[] @ models/lib/vit.yaml:48:7
%4221 = div %2498, %4220 : f64[] @ models/lib/vit.yaml:48:7
%4222 = pow %4213, %4218 : f64[] @ models/lib/vit.yaml:48:7
%4223 = sub %4186, %4222 : f64[] @ models/lib/vit.yaml:48:7
%4224 = sqrt %4223 : f64[] @ models/lib/vit.yaml:48:7
%4225 = div %4186, %4224 : f64[] @ models/lib/vit.yaml:48:7
%4226 = sqrt %4217 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4227 = cast %4225 : f32[] @ models/lib/vit.yaml:48:7
%4228 = broadcast %4227 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4229 = mul %4226, %4228 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4230 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%4231 = broadcast %4230 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4232 = add %4229, %4231 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4233 = div %4208, %4232 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4234 = cast %4221 : f32[] @ models/lib/vit.yaml:48:7
%4235 = broadcast %4234 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4236 = mul %4233, %4235 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4237 = sub %4202, %4236 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4238 = assign %7, %4237 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4239 = assign %4193, %4208 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4240 = assign %4194, %4217 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4241 = assign %4195, %4197 : i64[] @ models/lib/vit.yaml:48:7
%4242 = broadcast %3 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4243 = mul %69, %4242 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4244 = sub %4186, %2500 : f64[] @ models/lib/vit.yaml:48:7
%4245 = cast %4244 : f32[] @ models/lib/vit.yaml:48:7
%4246 = broadcast %4245 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4247 = mul %4237, %4246 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4248 = add %4243, %4247 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4249 = assign %69, %4248 : f32[1,16,64] @ models/lib/vit.yaml:48:7
%4250 = all_reduce_sum %4175 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4251 = reshape %4250 : f32[49152] @ models/lib/vit.yaml:9:7
%4252 = mul %4251, %4251 : f32[49152] @ models/lib/vit.yaml:9:7
%4253 = reduce_sum %4252 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%4254 = sqrt %4253 : f32[] @ models/lib/vit.yaml:9:7
%4255 = cast %4254 : f64[] @ models/lib/vit.yaml:9:7
%4256 = add %4255, %4182 : f64[] @ models/lib/vit.yaml:9:7
%4257 = div %4184, %4256 : f64[] @ models/lib/vit.yaml:9:7
%4258 = lt %4257, %4186 : bool[] @ models/lib/vit.yaml:9:7
%4259 = cast %4257 : f32[] @ models/lib/vit.yaml:9:7
%4260 = broadcast %4259 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4261 = mul %4250, %4260 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4262 = broadcast %4258 : bool[64,3,16,16] @ models/lib/vit.yaml:9:7
%4263 = select %4262, %4261, %4250 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4264 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4265 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4266 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%4267 = add %4266, %4196 : i64[] @ models/lib/vit.yaml:9:7
%4268 = broadcast %4200 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4269 = mul %8, %4268 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4270 = broadcast %2175 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4271 = mul %4263, %4270 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4272 = broadcast %1457 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4273 = mul %4264, %4272 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4274 = add %4273, %4271 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4275 = mul %4263, %4263 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4276 = broadcast %4210 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4277 = mul %4275, %4276 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4278 = broadcast %4214 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4279 = mul %4265, %4278 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4280 = add %4279, %4277 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4281 = cast %4267 : f64[] @ models/lib/vit.yaml:9:7
%4282 = pow %4205, %4281 : f64[] @ models/lib/vit.yaml:9:7
%4283 = sub %4186, %4282 : f64[] @ models/lib/vit.yaml:9:7
%4284 = div %2498, %4283 : f64[] @ models/lib/vit.yaml:9:7
%4285 = pow %4213, %4281 : f64[] @ models/lib/vit.yaml:9:7
%4286 = sub %4186, %4285 : f64[] @ models/lib/vit.yaml:9:7
%4287 = sqrt %4286 : f64[] @ models/lib/vit.yaml:9:7
%4288 = div %4186, %4287 : f64[] @ models/lib/vit.yaml:9:7
%4289 = sqrt %4280 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4290 = cast %4288 : f32[] @ models/lib/vit.yaml:9:7
%4291 = broadcast %4290 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4292 = mul %4289, %4291 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4293 = broadcast %4230 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4294 = add %4292, %4293 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4295 = div %4274, %4294 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4296 = cast %4284 : f32[] @ models/lib/vit.yaml:9:7
%4297 = broadcast %4296 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4298 = mul %4295, %4297 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4299 = sub %4269, %4298 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4300 = assign %8, %4299 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4301 = assign %4264, %4274 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4302 = assign %4265, %4280 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4303 = assign %4266, %4267 : i64[] @ models/lib/vit.yaml:9:7
%4304 = broadcast %3 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4305 = mul %70, %4304 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4306 = broadcast %4245 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4307 = mul %4299, %4306 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4308 = add %4305, %4307 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4309 = assign %70, %4308 : f32[64,3,16,16] @ models/lib/vit.yaml:9:7
%4310 = all_reduce_sum %4167 : f32[64] @ models/lib/vit.yaml:10:7
%4311 = mul %4310, %4310 : f32[64] @ models/lib/vit.yaml:10:7
%4312 = reduce_sum %4311 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%4313 = sqrt %4312 : f32[] @ models/lib/vit.yaml:10:7
%4314 = cast %4313 : f64[] @ models/lib/vit.yaml:10:7
%4315 = add %4314, %4182 : f64[] @ models/lib/vit.yaml:10:7
%4316 = div %4184, %4315 : f64[] @ models/lib/vit.yaml:10:7
%4317 = lt %4316, %4186 : bool[] @ models/lib/vit.yaml:10:7
%4318 = cast %4316 : f32[] @ models/lib/vit.yaml:10:7
%4319 = broadcast %4318 : f32[64] @ models/lib/vit.yaml:10:7
%4320 = mul %4310, %4319 : f32[64] @ models/lib/vit.yaml:10:7
%4321 = broadcast %4317 : bool[64] @ models/lib/vit.yaml:10:7
%4322 = select %4321, %4320, %4310 : f32[64] @ models/lib/vit.yaml:10:7
%4323 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%4324 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[64] @ models/lib/vit.yaml:10:7
%4325 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%4326 = add %4325, %4196 : i64[] @ models/lib/vit.yaml:10:7
%4327 = broadcast %2175 : f32[64] @ models/lib/vit.yaml:10:7
%4328 = mul %4322, %4327 : f32[64] @ models/lib/vit.yaml:10:7
%4329 = broadcast %1457 : f32[64] @ models/lib/vit.yaml:10:7
%4330 = mul %4323, %4329 : f32[64] @ models/lib/vit.yaml:10:7
%4331 = add %4330, %4328 : f32[64] @ models/lib/vit.yaml:10:7
%4332 = mul %4322, %4322 : f32[64] @ models/lib/vit.yaml:10:7
%4333 = broadcast %4210 : f32[64] @ models/lib/vit.yaml:10:7
%4334 = mul %4332, %4333 : f32[64] @ models/lib/vit.yaml:10:7
%4335 = broadcast %4214 : f32[64] @ models/lib/vit.yaml:10:7
%4336 = mul %4324, %4335 : f32[64] @ models/lib/vit.yaml:10:7
%4337 = add %4336, %4334 : f32[64] @ models/lib/vit.yaml:10:7
%4338 = cast %4326 : f64[] @ models/lib/vit.yaml:10:7
%4339 = pow %4205, %4338 : f64[] @ models/lib/vit.yaml:10:7
%4340 = sub %4186, %4339 : f64[] @ models/lib/vit.yaml:10:7
%4341 = div %2498, %4340 : f64[] @ models/lib/vit.yaml:10:7
%4342 = pow %4213, %4338 : f64[] @ models/lib/vit.yaml:10:7
%4343 = sub %4186, %4342 : f64[] @ models/lib/vit.yaml:10:7
%4344 = sqrt %4343 : f64[] @ models/lib/vit.yaml:10:7
%4345 = div %4186, %4344 : f64[] @ models/lib/vit.yaml:10:7
%4346 = sqrt %4337 : f32[64] @ models/lib/vit.yaml:10:7
%4347 = cast %4345 : f32[] @ models/lib/vit.yaml:10:7
%4348 = broadcast %4347 : f32[64] @ models/lib/vit.yaml:10:7
%4349 = mul %4346, %4348 : f32[64] @ models/lib/vit.yaml:10:7
%4350 = broadcast %4230 : f32[64] @ models/lib/vit.yaml:10:7
%4351 = add %4349, %4350 : f32[64] @ models/lib/vit.yaml:10:7
%4352 = div %4331, %4351 : f32[64] @ models/lib/vit.yaml:10:7
%4353 = cast %4341 : f32[] @ models/lib/vit.yaml:10:7
%4354 = broadcast %4353 : f32[64] @ models/lib/vit.yaml:10:7
%4355 = mul %4352, %4354 : f32[64] @ models/lib/vit.yaml:10:7
%4356 = sub %9, %4355 : f32[64] @ models/lib/vit.yaml:10:7
%4357 = assign %9, %4356 : f32[64] @ models/lib/vit.yaml:10:7
%4358 = assign %4323, %4331 : f32[64] @ models/lib/vit.yaml:10:7
%4359 = assign %4324, %4337 : f32[64] @ models/lib/vit.yaml:10:7
%4360 = assign %4325, %4326 : i64[] @ models/lib/vit.yaml:10:7
%4361 = broadcast %3 : f32[64] @ models/lib/vit.yaml:10:7
%4362 = mul %71, %4361 : f32[64] @ models/lib/vit.yaml:10:7
%4363 = broadcast %4245 : f32[64] @ models/lib/vit.yaml:10:7
%4364 = mul %4356, %4363 : f32[64] @ models/lib/vit.yaml:10:7
%4365 = add %4362, %4364 : f32[64] @ models/lib/vit.yaml:10:7
%4366 = assign %71, %4365 : f32[64] @ models/lib/vit.yaml:10:7
%4367 = all_reduce_sum %4137 : f32[64] @ models/lib/nn.yaml:89:7
%4368 = mul %4367, %4367 : f32[64] @ models/lib/nn.yaml:89:7
%4369 = reduce_sum %4368 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4370 = sqrt %4369 : f32[] @ models/lib/nn.yaml:89:7
%4371 = cast %4370 : f64[] @ models/lib/nn.yaml:89:7
%4372 = add %4371, %4182 : f64[] @ models/lib/nn.yaml:89:7
%4373 = div %4184, %4372 : f64[] @ models/lib/nn.yaml:89:7
%4374 = lt %4373, %4186 : bool[] @ models/lib/nn.yaml:89:7
%4375 = cast %4373 : f32[] @ models/lib/nn.yaml:89:7
%4376 = broadcast %4375 : f32[64] @ models/lib/nn.yaml:89:7
%4377 = mul %4367, %4376 : f32[64] @ models/lib/nn.yaml:89:7
%4378 = broadcast %4374 : bool[64] @ models/lib/nn.yaml:89:7
%4379 = select %4378, %4377, %4367 : f32[64] @ models/lib/nn.yaml:89:7
%4380 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4381 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4382 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4383 = add %4382, %4196 : i64[] @ models/lib/nn.yaml:89:7
%4384 = mul %4379, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%4385 = mul %4380, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%4386 = add %4385, %4384 : f32[64] @ models/lib/nn.yaml:89:7
%4387 = mul %4379, %4379 : f32[64] @ models/lib/nn.yaml:89:7
%4388 = mul %4387, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%4389 = mul %4381, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%4390 = add %4389, %4388 : f32[64] @ models/lib/nn.yaml:89:7
%4391 = cast %4383 : f64[] @ models/lib/nn.yaml:89:7
%4392 = pow %4205, %4391 : f64[] @ models/lib/nn.yaml:89:7
%4393 = sub %4186, %4392 : f64[] @ models/lib/nn.yaml:89:7
%4394 = div %2498, %4393 : f64[] @ models/lib/nn.yaml:89:7
%4395 = pow %4213, %4391 : f64[] @ models/lib/nn.yaml:89:7
%4396 = sub %4186, %4395 : f64[] @ models/lib/nn.yaml:89:7
%4397 = sqrt %4396 : f64[] @ models/lib/nn.yaml:89:7
%4398 = div %4186, %4397 : f64[] @ models/lib/nn.yaml:89:7
%4399 = sqrt %4390 : f32[64] @ models/lib/nn.yaml:89:7
%4400 = cast %4398 : f32[] @ models/lib/nn.yaml:89:7
%4401 = broadcast %4400 : f32[64] @ models/lib/nn.yaml:89:7
%4402 = mul %4399, %4401 : f32[64] @ models/lib/nn.yaml:89:7
%4403 = add %4402, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%4404 = div %4386, %4403 : f32[64] @ models/lib/nn.yaml:89:7
%4405 = cast %4394 : f32[] @ models/lib/nn.yaml:89:7
%4406 = broadcast %4405 : f32[64] @ models/lib/nn.yaml:89:7
%4407 = mul %4404, %4406 : f32[64] @ models/lib/nn.yaml:89:7
%4408 = sub %10, %4407 : f32[64] @ models/lib/nn.yaml:89:7
%4409 = assign %10, %4408 : f32[64] @ models/lib/nn.yaml:89:7
%4410 = assign %4380, %4386 : f32[64] @ models/lib/nn.yaml:89:7
%4411 = assign %4381, %4390 : f32[64] @ models/lib/nn.yaml:89:7
%4412 = assign %4382, %4383 : i64[] @ models/lib/nn.yaml:89:7
%4413 = mul %72, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%4414 = mul %4408, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%4415 = add %4413, %4414 : f32[64] @ models/lib/nn.yaml:89:7
%4416 = assign %72, %4415 : f32[64] @ models/lib/nn.yaml:89:7
%4417 = all_reduce_sum %4131 : f32[64] @ models/lib/nn.yaml:90:7
%4418 = mul %4417, %4417 : f32[64] @ models/lib/nn.yaml:90:7
%4419 = reduce_sum %4418 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4420 = sqrt %4419 : f32[] @ models/lib/nn.yaml:90:7
%4421 = cast %4420 : f64[] @ models/lib/nn.yaml:90:7
%4422 = add %4421, %4182 : f64[] @ models/lib/nn.yaml:90:7
%4423 = div %4184, %4422 : f64[] @ models/lib/nn.yaml:90:7
%4424 = lt %4423, %4186 : bool[] @ models/lib/nn.yaml:90:7
%4425 = cast %4423 : f32[] @ models/lib/nn.yaml:90:7
%4426 = broadcast %4425 : f32[64] @ models/lib/nn.yaml:90:7
%4427 = mul %4417, %4426 : f32[64] @ models/lib/nn.yaml:90:7
%4428 = broadcast %4424 : bool[64] @ models/lib/nn.yaml:90:7
%4429 = select %4428, %4427, %4417 : f32[64] @ models/lib/nn.yaml:90:7
%4430 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4431 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4432 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4433 = add %4432, %4196 : i64[] @ models/lib/nn.yaml:90:7
%4434 = mul %4429, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%4435 = mul %4430, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%4436 = add %4435, %4434 : f32[64] @ models/lib/nn.yaml:90:7
%4437 = mul %4429, %4429 : f32[64] @ models/lib/nn.yaml:90:7
%4438 = mul %4437, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%4439 = mul %4431, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%4440 = add %4439, %4438 : f32[64] @ models/lib/nn.yaml:90:7
%4441 = cast %4433 : f64[] @ models/lib/nn.yaml:90:7
%4442 = pow %4205, %4441 : f64[] @ models/lib/nn.yaml:90:7
%4443 = sub %4186, %4442 : f64[] @ models/lib/nn.yaml:90:7
%4444 = div %2498, %4443 : f64[] @ models/lib/nn.yaml:90:7
%4445 = pow %4213, %4441 : f64[] @ models/lib/nn.yaml:90:7
%4446 = sub %4186, %4445 : f64[] @ models/lib/nn.yaml:90:7
%4447 = sqrt %4446 : f64[] @ models/lib/nn.yaml:90:7
%4448 = div %4186, %4447 : f64[] @ models/lib/nn.yaml:90:7
%4449 = sqrt %4440 : f32[64] @ models/lib/nn.yaml:90:7
%4450 = cast %4448 : f32[] @ models/lib/nn.yaml:90:7
%4451 = broadcast %4450 : f32[64] @ models/lib/nn.yaml:90:7
%4452 = mul %4449, %4451 : f32[64] @ models/lib/nn.yaml:90:7
%4453 = add %4452, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%4454 = div %4436, %4453 : f32[64] @ models/lib/nn.yaml:90:7
%4455 = cast %4444 : f32[] @ models/lib/nn.yaml:90:7
%4456 = broadcast %4455 : f32[64] @ models/lib/nn.yaml:90:7
%4457 = mul %4454, %4456 : f32[64] @ models/lib/nn.yaml:90:7
%4458 = sub %11, %4457 : f32[64] @ models/lib/nn.yaml:90:7
%4459 = assign %11, %4458 : f32[64] @ models/lib/nn.yaml:90:7
%4460 = assign %4430, %4436 : f32[64] @ models/lib/nn.yaml:90:7
%4461 = assign %4431, %4440 : f32[64] @ models/lib/nn.yaml:90:7
%4462 = assign %4432, %4433 : i64[] @ models/lib/nn.yaml:90:7
%4463 = mul %73, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%4464 = mul %4458, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%4465 = add %4463, %4464 : f32[64] @ models/lib/nn.yaml:90:7
%4466 = assign %73, %4465 : f32[64] @ models/lib/nn.yaml:90:7
%4467 = all_reduce_sum %4127 : f32[192,64] @ models/lib/nn.yaml:79:7
%4468 = reshape %4467 : f32[12288] @ models/lib/nn.yaml:79:7
%4469 = mul %4468, %4468 : f32[12288] @ models/lib/nn.yaml:79:7
%4470 = reduce_sum %4469 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4471 = sqrt %4470 : f32[] @ models/lib/nn.yaml:79:7
%4472 = cast %4471 : f64[] @ models/lib/nn.yaml:79:7
%4473 = add %4472, %4182 : f64[] @ models/lib/nn.yaml:79:7
%4474 = div %4184, %4473 : f64[] @ models/lib/nn.yaml:79:7
%4475 = lt %4474, %4186 : bool[] @ models/lib/nn.yaml:79:7
%4476 = cast %4474 : f32[] @ models/lib/nn.yaml:79:7
%4477 = broadcast %4476 : f32[192,64] @ models/lib/nn.yaml:79:7
%4478 = mul %4467, %4477 : f32[192,64] @ models/lib/nn.yaml:79:7
%4479 = broadcast %4475 : bool[192,64] @ models/lib/nn.yaml:79:7
%4480 = select %4479, %4478, %4467 : f32[192,64] @ models/lib/nn.yaml:79:7
%4481 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4482 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%4483 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4484 = add %4483, %4196 : i64[] @ models/lib/nn.yaml:79:7
%4485 = broadcast %4200 : f32[192,64] @ models/lib/nn.yaml:79:7
%4486 = mul %12, %4485 : f32[192,64] @ models/lib/nn.yaml:79:7
%4487 = broadcast %2175 : f32[192,64] @ models/lib/nn.yaml:79:7
%4488 = mul %4480, %4487 : f32[192,64] @ models/lib/nn.yaml:79:7
%4489 = broadcast %1457 : f32[192,64] @ models/lib/nn.yaml:79:7
%4490 = mul %4481, %4489 : f32[192,64] @ models/lib/nn.yaml:79:7
%4491 = add %4490, %4488 : f32[192,64] @ models/lib/nn.yaml:79:7
%4492 = mul %4480, %4480 : f32[192,64] @ models/lib/nn.yaml:79:7
%4493 = broadcast %4210 : f32[192,64] @ models/lib/nn.yaml:79:7
%4494 = mul %4492, %4493 : f32[192,64] @ models/lib/nn.yaml:79:7
%4495 = broadcast %4214 : f32[192,64] @ models/lib/nn.yaml:79:7
%4496 = mul %4482, %4495 : f32[192,64] @ models/lib/nn.yaml:79:7
%4497 = add %4496, %4494 : f32[192,64] @ models/lib/nn.yaml:79:7
%4498 = cast %4484 : f64[] @ models/lib/nn.yaml:79:7
%4499 = pow %4205, %4498 : f64[] @ models/lib/nn.yaml:79:7
%4500 = sub %4186, %4499 : f64[] @ models/lib/nn.yaml:79:7
%4501 = div %2498, %4500 : f64[] @ models/lib/nn.yaml:79:7
%4502 = pow %4213, %4498 : f64[] @ models/lib/nn.yaml:79:7
%4503 = sub %4186, %4502 : f64[] @ models/lib/nn.yaml:79:7
%4504 = sqrt %4503 : f64[] @ models/lib/nn.yaml:79:7
%4505 = div %4186, %4504 : f64[] @ models/lib/nn.yaml:79:7
%4506 = sqrt %4497 : f32[192,64] @ models/lib/nn.yaml:79:7
%4507 = cast %4505 : f32[] @ models/lib/nn.yaml:79:7
%4508 = broadcast %4507 : f32[192,64] @ models/lib/nn.yaml:79:7
%4509 = mul %4506, %4508 : f32[192,64] @ models/lib/nn.yaml:79:7
%4510 = broadcast %4230 : f32[192,64] @ models/lib/nn.yaml:79:7
%4511 = add %4509, %4510 : f32[192,64] @ models/lib/nn.yaml:79:7
%4512 = div %4491, %4511 : f32[192,64] @ models/lib/nn.yaml:79:7
%4513 = cast %4501 : f32[] @ models/lib/nn.yaml:79:7
%4514 = broadcast %4513 : f32[192,64] @ models/lib/nn.yaml:79:7
%4515 = mul %4512, %4514 : f32[192,64] @ models/lib/nn.yaml:79:7
%4516 = sub %4486, %4515 : f32[192,64] @ models/lib/nn.yaml:79:7
%4517 = assign %12, %4516 : f32[192,64] @ models/lib/nn.yaml:79:7
%4518 = assign %4481, %4491 : f32[192,64] @ models/lib/nn.yaml:79:7
%4519 = assign %4482, %4497 : f32[192,64] @ models/lib/nn.yaml:79:7
%4520 = assign %4483, %4484 : i64[] @ models/lib/nn.yaml:79:7
%4521 = broadcast %3 : f32[192,64] @ models/lib/nn.yaml:79:7
%4522 = mul %74, %4521 : f32[192,64] @ models/lib/nn.yaml:79:7
%4523 = broadcast %4245 : f32[192,64] @ models/lib/nn.yaml:79:7
%4524 = mul %4516, %4523 : f32[192,64] @ models/lib/nn.yaml:79:7
%4525 = add %4522, %4524 : f32[192,64] @ models/lib/nn.yaml:79:7
%4526 = assign %74, %4525 : f32[192,64] @ models/lib/nn.yaml:79:7
%4527 = all_reduce_sum %4121 : f32[192] @ models/lib/nn.yaml:80:7
%4528 = mul %4527, %4527 : f32[192] @ models/lib/nn.yaml:80:7
%4529 = reduce_sum %4528 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4530 = sqrt %4529 : f32[] @ models/lib/nn.yaml:80:7
%4531 = cast %4530 : f64[] @ models/lib/nn.yaml:80:7
%4532 = add %4531, %4182 : f64[] @ models/lib/nn.yaml:80:7
%4533 = div %4184, %4532 : f64[] @ models/lib/nn.yaml:80:7
%4534 = lt %4533, %4186 : bool[] @ models/lib/nn.yaml:80:7
%4535 = cast %4533 : f32[] @ models/lib/nn.yaml:80:7
%4536 = broadcast %4535 : f32[192] @ models/lib/nn.yaml:80:7
%4537 = mul %4527, %4536 : f32[192] @ models/lib/nn.yaml:80:7
%4538 = broadcast %4534 : bool[192] @ models/lib/nn.yaml:80:7
%4539 = select %4538, %4537, %4527 : f32[192] @ models/lib/nn.yaml:80:7
%4540 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4541 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%4542 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4543 = add %4542, %4196 : i64[] @ models/lib/nn.yaml:80:7
%4544 = broadcast %2175 : f32[192] @ models/lib/nn.yaml:80:7
%4545 = mul %4539, %4544 : f32[192] @ models/lib/nn.yaml:80:7
%4546 = broadcast %1457 : f32[192] @ models/lib/nn.yaml:80:7
%4547 = mul %4540, %4546 : f32[192] @ models/lib/nn.yaml:80:7
%4548 = add %4547, %4545 : f32[192] @ models/lib/nn.yaml:80:7
%4549 = mul %4539, %4539 : f32[192] @ models/lib/nn.yaml:80:7
%4550 = broadcast %4210 : f32[192] @ models/lib/nn.yaml:80:7
%4551 = mul %4549, %4550 : f32[192] @ models/lib/nn.yaml:80:7
%4552 = broadcast %4214 : f32[192] @ models/lib/nn.yaml:80:7
%4553 = mul %4541, %4552 : f32[192] @ models/lib/nn.yaml:80:7
%4554 = add %4553, %4551 : f32[192] @ models/lib/nn.yaml:80:7
%4555 = cast %4543 : f64[] @ models/lib/nn.yaml:80:7
%4556 = pow %4205, %4555 : f64[] @ models/lib/nn.yaml:80:7
%4557 = sub %4186, %4556 : f64[] @ models/lib/nn.yaml:80:7
%4558 = div %2498, %4557 : f64[] @ models/lib/nn.yaml:80:7
%4559 = pow %4213, %4555 : f64[] @ models/lib/nn.yaml:80:7
%4560 = sub %4186, %4559 : f64[] @ models/lib/nn.yaml:80:7
%4561 = sqrt %4560 : f64[] @ models/lib/nn.yaml:80:7
%4562 = div %4186, %4561 : f64[] @ models/lib/nn.yaml:80:7
%4563 = sqrt %4554 : f32[192] @ models/lib/nn.yaml:80:7
%4564 = cast %4562 : f32[] @ models/lib/nn.yaml:80:7
%4565 = broadcast %4564 : f32[192] @ models/lib/nn.yaml:80:7
%4566 = mul %4563, %4565 : f32[192] @ models/lib/nn.yaml:80:7
%4567 = broadcast %4230 : f32[192] @ models/lib/nn.yaml:80:7
%4568 = add %4566, %4567 : f32[192] @ models/lib/nn.yaml:80:7
%4569 = div %4548, %4568 : f32[192] @ models/lib/nn.yaml:80:7
%4570 = cast %4558 : f32[] @ models/lib/nn.yaml:80:7
%4571 = broadcast %4570 : f32[192] @ models/lib/nn.yaml:80:7
%4572 = mul %4569, %4571 : f32[192] @ models/lib/nn.yaml:80:7
%4573 = sub %13, %4572 : f32[192] @ models/lib/nn.yaml:80:7
%4574 = assign %13, %4573 : f32[192] @ models/lib/nn.yaml:80:7
%4575 = assign %4540, %4548 : f32[192] @ models/lib/nn.yaml:80:7
%4576 = assign %4541, %4554 : f32[192] @ models/lib/nn.yaml:80:7
%4577 = assign %4542, %4543 : i64[] @ models/lib/nn.yaml:80:7
%4578 = broadcast %3 : f32[192] @ models/lib/nn.yaml:80:7
%4579 = mul %75, %4578 : f32[192] @ models/lib/nn.yaml:80:7
%4580 = broadcast %4245 : f32[192] @ models/lib/nn.yaml:80:7
%4581 = mul %4573, %4580 : f32[192] @ models/lib/nn.yaml:80:7
%4582 = add %4579, %4581 : f32[192] @ models/lib/nn.yaml:80:7
%4583 = assign %75, %4582 : f32[192] @ models/lib/nn.yaml:80:7
%4584 = all_reduce_sum %4094 : f32[64,64] @ models/lib/nn.yaml:79:7
%4585 = reshape %4584 : f32[4096] @ models/lib/nn.yaml:79:7
%4586 = mul %4585, %4585 : f32[4096] @ models/lib/nn.yaml:79:7
%4587 = reduce_sum %4586 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4588 = sqrt %4587 : f32[] @ models/lib/nn.yaml:79:7
%4589 = cast %4588 : f64[] @ models/lib/nn.yaml:79:7
%4590 = add %4589, %4182 : f64[] @ models/lib/nn.yaml:79:7
%4591 = div %4184, %4590 : f64[] @ models/lib/nn.yaml:79:7
%4592 = lt %4591, %4186 : bool[] @ models/lib/nn.yaml:79:7
%4593 = cast %4591 : f32[] @ models/lib/nn.yaml:79:7
%4594 = broadcast %4593 : f32[64,64] @ models/lib/nn.yaml:79:7
%4595 = mul %4584, %4594 : f32[64,64] @ models/lib/nn.yaml:79:7
%4596 = broadcast %4592 : bool[64,64] @ models/lib/nn.yaml:79:7
%4597 = select %4596, %4595, %4584 : f32[64,64] @ models/lib/nn.yaml:79:7
%4598 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4599 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%4600 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4601 = add %4600, %4196 : i64[] @ models/lib/nn.yaml:79:7
%4602 = broadcast %4200 : f32[64,64] @ models/lib/nn.yaml:79:7
%4603 = mul %14, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%4604 = broadcast %2175 : f32[64,64] @ models/lib/nn.yaml:79:7
%4605 = mul %4597, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%4606 = broadcast %1457 : f32[64,64] @ models/lib/nn.yaml:79:7
%4607 = mul %4598, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%4608 = add %4607, %4605 : f32[64,64] @ models/lib/nn.yaml:79:7
%4609 = mul %4597, %4597 : f32[64,64] @ models/lib/nn.yaml:79:7
%4610 = broadcast %4210 : f32[64,64] @ models/lib/nn.yaml:79:7
%4611 = mul %4609, %4610 : f32[64,64] @ models/lib/nn.yaml:79:7
%4612 = broadcast %4214 : f32[64,64] @ models/lib/nn.yaml:79:7
%4613 = mul %4599, %4612 : f32[64,64] @ models/lib/nn.yaml:79:7
%4614 = add %4613, %4611 : f32[64,64] @ models/lib/nn.yaml:79:7
%4615 = cast %4601 : f64[] @ models/lib/nn.yaml:79:7
%4616 = pow %4205, %4615 : f64[] @ models/lib/nn.yaml:79:7
%4617 = sub %4186, %4616 : f64[] @ models/lib/nn.yaml:79:7
%4618 = div %2498, %4617 : f64[] @ models/lib/nn.yaml:79:7
%4619 = pow %4213, %4615 : f64[] @ models/lib/nn.yaml:79:7
%4620 = sub %4186, %4619 : f64[] @ models/lib/nn.yaml:79:7
%4621 = sqrt %4620 : f64[] @ models/lib/nn.yaml:79:7
%4622 = div %4186, %4621 : f64[] @ models/lib/nn.yaml:79:7
%4623 = sqrt %4614 : f32[64,64] @ models/lib/nn.yaml:79:7
%4624 = cast %4622 : f32[] @ models/lib/nn.yaml:79:7
%4625 = broadcast %4624 : f32[64,64] @ models/lib/nn.yaml:79:7
%4626 = mul %4623, %4625 : f32[64,64] @ models/lib/nn.yaml:79:7
%4627 = broadcast %4230 : f32[64,64] @ models/lib/nn.yaml:79:7
%4628 = add %4626, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%4629 = div %4608, %4628 : f32[64,64] @ models/lib/nn.yaml:79:7
%4630 = cast %4618 : f32[] @ models/lib/nn.yaml:79:7
%4631 = broadcast %4630 : f32[64,64] @ models/lib/nn.yaml:79:7
%4632 = mul %4629, %4631 : f32[64,64] @ models/lib/nn.yaml:79:7
%4633 = sub %4603, %4632 : f32[64,64] @ models/lib/nn.yaml:79:7
%4634 = assign %14, %4633 : f32[64,64] @ models/lib/nn.yaml:79:7
%4635 = assign %4598, %4608 : f32[64,64] @ models/lib/nn.yaml:79:7
%4636 = assign %4599, %4614 : f32[64,64] @ models/lib/nn.yaml:79:7
%4637 = assign %4600, %4601 : i64[] @ models/lib/nn.yaml:79:7
%4638 = broadcast %3 : f32[64,64] @ models/lib/nn.yaml:79:7
%4639 = mul %76, %4638 : f32[64,64] @ models/lib/nn.yaml:79:7
%4640 = broadcast %4245 : f32[64,64] @ models/lib/nn.yaml:79:7
%4641 = mul %4633, %4640 : f32[64,64] @ models/lib/nn.yaml:79:7
%4642 = add %4639, %4641 : f32[64,64] @ models/lib/nn.yaml:79:7
%4643 = assign %76, %4642 : f32[64,64] @ models/lib/nn.yaml:79:7
%4644 = all_reduce_sum %4088 : f32[64] @ models/lib/nn.yaml:80:7
%4645 = mul %4644, %4644 : f32[64] @ models/lib/nn.yaml:80:7
%4646 = reduce_sum %4645 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4647 = sqrt %4646 : f32[] @ models/lib/nn.yaml:80:7
%4648 = cast %4647 : f64[] @ models/lib/nn.yaml:80:7
%4649 = add %4648, %4182 : f64[] @ models/lib/nn.yaml:80:7
%4650 = div %4184, %4649 : f64[] @ models/lib/nn.yaml:80:7
%4651 = lt %4650, %4186 : bool[] @ models/lib/nn.yaml:80:7
%4652 = cast %4650 : f32[] @ models/lib/nn.yaml:80:7
%4653 = broadcast %4652 : f32[64] @ models/lib/nn.yaml:80:7
%4654 = mul %4644, %4653 : f32[64] @ models/lib/nn.yaml:80:7
%4655 = broadcast %4651 : bool[64] @ models/lib/nn.yaml:80:7
%4656 = select %4655, %4654, %4644 : f32[64] @ models/lib/nn.yaml:80:7
%4657 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4658 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4659 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4660 = add %4659, %4196 : i64[] @ models/lib/nn.yaml:80:7
%4661 = mul %4656, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%4662 = mul %4657, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4663 = add %4662, %4661 : f32[64] @ models/lib/nn.yaml:80:7
%4664 = mul %4656, %4656 : f32[64] @ models/lib/nn.yaml:80:7
%4665 = mul %4664, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%4666 = mul %4658, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%4667 = add %4666, %4665 : f32[64] @ models/lib/nn.yaml:80:7
%4668 = cast %4660 : f64[] @ models/lib/nn.yaml:80:7
%4669 = pow %4205, %4668 : f64[] @ models/lib/nn.yaml:80:7
%4670 = sub %4186, %4669 : f64[] @ models/lib/nn.yaml:80:7
%4671 = div %2498, %4670 : f64[] @ models/lib/nn.yaml:80:7
%4672 = pow %4213, %4668 : f64[] @ models/lib/nn.yaml:80:7
%4673 = sub %4186, %4672 : f64[] @ models/lib/nn.yaml:80:7
%4674 = sqrt %4673 : f64[] @ models/lib/nn.yaml:80:7
%4675 = div %4186, %4674 : f64[] @ models/lib/nn.yaml:80:7
%4676 = sqrt %4667 : f32[64] @ models/lib/nn.yaml:80:7
%4677 = cast %4675 : f32[] @ models/lib/nn.yaml:80:7
%4678 = broadcast %4677 : f32[64] @ models/lib/nn.yaml:80:7
%4679 = mul %4676, %4678 : f32[64] @ models/lib/nn.yaml:80:7
%4680 = add %4679, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%4681 = div %4663, %4680 : f32[64] @ models/lib/nn.yaml:80:7
%4682 = cast %4671 : f32[] @ models/lib/nn.yaml:80:7
%4683 = broadcast %4682 : f32[64] @ models/lib/nn.yaml:80:7
%4684 = mul %4681, %4683 : f32[64] @ models/lib/nn.yaml:80:7
%4685 = sub %15, %4684 : f32[64] @ models/lib/nn.yaml:80:7
%4686 = assign %15, %4685 : f32[64] @ models/lib/nn.yaml:80:7
%4687 = assign %4657, %4663 : f32[64] @ models/lib/nn.yaml:80:7
%4688 = assign %4658, %4667 : f32[64] @ models/lib/nn.yaml:80:7
%4689 = assign %4659, %4660 : i64[] @ models/lib/nn.yaml:80:7
%4690 = mul %77, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%4691 = mul %4685, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%4692 = add %4690, %4691 : f32[64] @ models/lib/nn.yaml:80:7
%4693 = assign %77, %4692 : f32[64] @ models/lib/nn.yaml:80:7
%4694 = all_reduce_sum %4061 : f32[64] @ models/lib/nn.yaml:89:7
%4695 = mul %4694, %4694 : f32[64] @ models/lib/nn.yaml:89:7
%4696 = reduce_sum %4695 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%4697 = sqrt %4696 : f32[] @ models/lib/nn.yaml:89:7
%4698 = cast %4697 : f64[] @ models/lib/nn.yaml:89:7
%4699 = add %4698, %4182 : f64[] @ models/lib/nn.yaml:89:7
%4700 = div %4184, %4699 : f64[] @ models/lib/nn.yaml:89:7
%4701 = lt %4700, %4186 : bool[] @ models/lib/nn.yaml:89:7
%4702 = cast %4700 : f32[] @ models/lib/nn.yaml:89:7
%4703 = broadcast %4702 : f32[64] @ models/lib/nn.yaml:89:7
%4704 = mul %4694, %4703 : f32[64] @ models/lib/nn.yaml:89:7
%4705 = broadcast %4701 : bool[64] @ models/lib/nn.yaml:89:7
%4706 = select %4705, %4704, %4694 : f32[64] @ models/lib/nn.yaml:89:7
%4707 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4708 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%4709 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4710 = add %4709, %4196 : i64[] @ models/lib/nn.yaml:89:7
%4711 = mul %4706, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%4712 = mul %4707, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%4713 = add %4712, %4711 : f32[64] @ models/lib/nn.yaml:89:7
%4714 = mul %4706, %4706 : f32[64] @ models/lib/nn.yaml:89:7
%4715 = mul %4714, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%4716 = mul %4708, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%4717 = add %4716, %4715 : f32[64] @ models/lib/nn.yaml:89:7
%4718 = cast %4710 : f64[] @ models/lib/nn.yaml:89:7
%4719 = pow %4205, %4718 : f64[] @ models/lib/nn.yaml:89:7
%4720 = sub %4186, %4719 : f64[] @ models/lib/nn.yaml:89:7
%4721 = div %2498, %4720 : f64[] @ models/lib/nn.yaml:89:7
%4722 = pow %4213, %4718 : f64[] @ models/lib/nn.yaml:89:7
%4723 = sub %4186, %4722 : f64[] @ models/lib/nn.yaml:89:7
%4724 = sqrt %4723 : f64[] @ models/lib/nn.yaml:89:7
%4725 = div %4186, %4724 : f64[] @ models/lib/nn.yaml:89:7
%4726 = sqrt %4717 : f32[64] @ models/lib/nn.yaml:89:7
%4727 = cast %4725 : f32[] @ models/lib/nn.yaml:89:7
%4728 = broadcast %4727 : f32[64] @ models/lib/nn.yaml:89:7
%4729 = mul %4726, %4728 : f32[64] @ models/lib/nn.yaml:89:7
%4730 = add %4729, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%4731 = div %4713, %4730 : f32[64] @ models/lib/nn.yaml:89:7
%4732 = cast %4721 : f32[] @ models/lib/nn.yaml:89:7
%4733 = broadcast %4732 : f32[64] @ models/lib/nn.yaml:89:7
%4734 = mul %4731, %4733 : f32[64] @ models/lib/nn.yaml:89:7
%4735 = sub %16, %4734 : f32[64] @ models/lib/nn.yaml:89:7
%4736 = assign %16, %4735 : f32[64] @ models/lib/nn.yaml:89:7
%4737 = assign %4707, %4713 : f32[64] @ models/lib/nn.yaml:89:7
%4738 = assign %4708, %4717 : f32[64] @ models/lib/nn.yaml:89:7
%4739 = assign %4709, %4710 : i64[] @ models/lib/nn.yaml:89:7
%4740 = mul %78, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%4741 = mul %4735, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%4742 = add %4740, %4741 : f32[64] @ models/lib/nn.yaml:89:7
%4743 = assign %78, %4742 : f32[64] @ models/lib/nn.yaml:89:7
%4744 = all_reduce_sum %4055 : f32[64] @ models/lib/nn.yaml:90:7
%4745 = mul %4744, %4744 : f32[64] @ models/lib/nn.yaml:90:7
%4746 = reduce_sum %4745 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%4747 = sqrt %4746 : f32[] @ models/lib/nn.yaml:90:7
%4748 = cast %4747 : f64[] @ models/lib/nn.yaml:90:7
%4749 = add %4748, %4182 : f64[] @ models/lib/nn.yaml:90:7
%4750 = div %4184, %4749 : f64[] @ models/lib/nn.yaml:90:7
%4751 = lt %4750, %4186 : bool[] @ models/lib/nn.yaml:90:7
%4752 = cast %4750 : f32[] @ models/lib/nn.yaml:90:7
%4753 = broadcast %4752 : f32[64] @ models/lib/nn.yaml:90:7
%4754 = mul %4744, %4753 : f32[64] @ models/lib/nn.yaml:90:7
%4755 = broadcast %4751 : bool[64] @ models/lib/nn.yaml:90:7
%4756 = select %4755, %4754, %4744 : f32[64] @ models/lib/nn.yaml:90:7
%4757 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4758 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%4759 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4760 = add %4759, %4196 : i64[] @ models/lib/nn.yaml:90:7
%4761 = mul %4756, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%4762 = mul %4757, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%4763 = add %4762, %4761 : f32[64] @ models/lib/nn.yaml:90:7
%4764 = mul %4756, %4756 : f32[64] @ models/lib/nn.yaml:90:7
%4765 = mul %4764, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%4766 = mul %4758, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%4767 = add %4766, %4765 : f32[64] @ models/lib/nn.yaml:90:7
%4768 = cast %4760 : f64[] @ models/lib/nn.yaml:90:7
%4769 = pow %4205, %4768 : f64[] @ models/lib/nn.yaml:90:7
%4770 = sub %4186, %4769 : f64[] @ models/lib/nn.yaml:90:7
%4771 = div %2498, %4770 : f64[] @ models/lib/nn.yaml:90:7
%4772 = pow %4213, %4768 : f64[] @ models/lib/nn.yaml:90:7
%4773 = sub %4186, %4772 : f64[] @ models/lib/nn.yaml:90:7
%4774 = sqrt %4773 : f64[] @ models/lib/nn.yaml:90:7
%4775 = div %4186, %4774 : f64[] @ models/lib/nn.yaml:90:7
%4776 = sqrt %4767 : f32[64] @ models/lib/nn.yaml:90:7
%4777 = cast %4775 : f32[] @ models/lib/nn.yaml:90:7
%4778 = broadcast %4777 : f32[64] @ models/lib/nn.yaml:90:7
%4779 = mul %4776, %4778 : f32[64] @ models/lib/nn.yaml:90:7
%4780 = add %4779, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%4781 = div %4763, %4780 : f32[64] @ models/lib/nn.yaml:90:7
%4782 = cast %4771 : f32[] @ models/lib/nn.yaml:90:7
%4783 = broadcast %4782 : f32[64] @ models/lib/nn.yaml:90:7
%4784 = mul %4781, %4783 : f32[64] @ models/lib/nn.yaml:90:7
%4785 = sub %17, %4784 : f32[64] @ models/lib/nn.yaml:90:7
%4786 = assign %17, %4785 : f32[64] @ models/lib/nn.yaml:90:7
%4787 = assign %4757, %4763 : f32[64] @ models/lib/nn.yaml:90:7
%4788 = assign %4758, %4767 : f32[64] @ models/lib/nn.yaml:90:7
%4789 = assign %4759, %4760 : i64[] @ models/lib/nn.yaml:90:7
%4790 = mul %79, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%4791 = mul %4785, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%4792 = add %4790, %4791 : f32[64] @ models/lib/nn.yaml:90:7
%4793 = assign %79, %4792 : f32[64] @ models/lib/nn.yaml:90:7
%4794 = all_reduce_sum %4051 : f32[256,64] @ models/lib/nn.yaml:79:7
%4795 = reshape %4794 : f32[16384] @ models/lib/nn.yaml:79:7
%4796 = mul %4795, %4795 : f32[16384] @ models/lib/nn.yaml:79:7
%4797 = reduce_sum %4796 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4798 = sqrt %4797 : f32[] @ models/lib/nn.yaml:79:7
%4799 = cast %4798 : f64[] @ models/lib/nn.yaml:79:7
%4800 = add %4799, %4182 : f64[] @ models/lib/nn.yaml:79:7
%4801 = div %4184, %4800 : f64[] @ models/lib/nn.yaml:79:7
%4802 = lt %4801, %4186 : bool[] @ models/lib/nn.yaml:79:7
%4803 = cast %4801 : f32[] @ models/lib/nn.yaml:79:7
%4804 = broadcast %4803 : f32[256,64] @ models/lib/nn.yaml:79:7
%4805 = mul %4794, %4804 : f32[256,64] @ models/lib/nn.yaml:79:7
%4806 = broadcast %4802 : bool[256,64] @ models/lib/nn.yaml:79:7
%4807 = select %4806, %4805, %4794 : f32[256,64] @ models/lib/nn.yaml:79:7
%4808 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4809 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%4810 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4811 = add %4810, %4196 : i64[] @ models/lib/nn.yaml:79:7
%4812 = broadcast %4200 : f32[256,64] @ models/lib/nn.yaml:79:7
%4813 = mul %18, %4812 : f32[256,64] @ models/lib/nn.yaml:79:7
%4814 = broadcast %2175 : f32[256,64] @ models/lib/nn.yaml:79:7
%4815 = mul %4807, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%4816 = broadcast %1457 : f32[256,64] @ models/lib/nn.yaml:79:7
%4817 = mul %4808, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%4818 = add %4817, %4815 : f32[256,64] @ models/lib/nn.yaml:79:7
%4819 = mul %4807, %4807 : f32[256,64] @ models/lib/nn.yaml:79:7
%4820 = broadcast %4210 : f32[256,64] @ models/lib/nn.yaml:79:7
%4821 = mul %4819, %4820 : f32[256,64] @ models/lib/nn.yaml:79:7
%4822 = broadcast %4214 : f32[256,64] @ models/lib/nn.yaml:79:7
%4823 = mul %4809, %4822 : f32[256,64] @ models/lib/nn.yaml:79:7
%4824 = add %4823, %4821 : f32[256,64] @ models/lib/nn.yaml:79:7
%4825 = cast %4811 : f64[] @ models/lib/nn.yaml:79:7
%4826 = pow %4205, %4825 : f64[] @ models/lib/nn.yaml:79:7
%4827 = sub %4186, %4826 : f64[] @ models/lib/nn.yaml:79:7
%4828 = div %2498, %4827 : f64[] @ models/lib/nn.yaml:79:7
%4829 = pow %4213, %4825 : f64[] @ models/lib/nn.yaml:79:7
%4830 = sub %4186, %4829 : f64[] @ models/lib/nn.yaml:79:7
%4831 = sqrt %4830 : f64[] @ models/lib/nn.yaml:79:7
%4832 = div %4186, %4831 : f64[] @ models/lib/nn.yaml:79:7
%4833 = sqrt %4824 : f32[256,64] @ models/lib/nn.yaml:79:7
%4834 = cast %4832 : f32[] @ models/lib/nn.yaml:79:7
%4835 = broadcast %4834 : f32[256,64] @ models/lib/nn.yaml:79:7
%4836 = mul %4833, %4835 : f32[256,64] @ models/lib/nn.yaml:79:7
%4837 = broadcast %4230 : f32[256,64] @ models/lib/nn.yaml:79:7
%4838 = add %4836, %4837 : f32[256,64] @ models/lib/nn.yaml:79:7
%4839 = div %4818, %4838 : f32[256,64] @ models/lib/nn.yaml:79:7
%4840 = cast %4828 : f32[] @ models/lib/nn.yaml:79:7
%4841 = broadcast %4840 : f32[256,64] @ models/lib/nn.yaml:79:7
%4842 = mul %4839, %4841 : f32[256,64] @ models/lib/nn.yaml:79:7
%4843 = sub %4813, %4842 : f32[256,64] @ models/lib/nn.yaml:79:7
%4844 = assign %18, %4843 : f32[256,64] @ models/lib/nn.yaml:79:7
%4845 = assign %4808, %4818 : f32[256,64] @ models/lib/nn.yaml:79:7
%4846 = assign %4809, %4824 : f32[256,64] @ models/lib/nn.yaml:79:7
%4847 = assign %4810, %4811 : i64[] @ models/lib/nn.yaml:79:7
%4848 = broadcast %3 : f32[256,64] @ models/lib/nn.yaml:79:7
%4849 = mul %80, %4848 : f32[256,64] @ models/lib/nn.yaml:79:7
%4850 = broadcast %4245 : f32[256,64] @ models/lib/nn.yaml:79:7
%4851 = mul %4843, %4850 : f32[256,64] @ models/lib/nn.yaml:79:7
%4852 = add %4849, %4851 : f32[256,64] @ models/lib/nn.yaml:79:7
%4853 = assign %80, %4852 : f32[256,64] @ models/lib/nn.yaml:79:7
%4854 = all_reduce_sum %4045 : f32[256] @ models/lib/nn.yaml:80:7
%4855 = mul %4854, %4854 : f32[256] @ models/lib/nn.yaml:80:7
%4856 = reduce_sum %4855 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4857 = sqrt %4856 : f32[] @ models/lib/nn.yaml:80:7
%4858 = cast %4857 : f64[] @ models/lib/nn.yaml:80:7
%4859 = add %4858, %4182 : f64[] @ models/lib/nn.yaml:80:7
%4860 = div %4184, %4859 : f64[] @ models/lib/nn.yaml:80:7
%4861 = lt %4860, %4186 : bool[] @ models/lib/nn.yaml:80:7
%4862 = cast %4860 : f32[] @ models/lib/nn.yaml:80:7
%4863 = broadcast %4862 : f32[256] @ models/lib/nn.yaml:80:7
%4864 = mul %4854, %4863 : f32[256] @ models/lib/nn.yaml:80:7
%4865 = broadcast %4861 : bool[256] @ models/lib/nn.yaml:80:7
%4866 = select %4865, %4864, %4854 : f32[256] @ models/lib/nn.yaml:80:7
%4867 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4868 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%4869 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4870 = add %4869, %4196 : i64[] @ models/lib/nn.yaml:80:7
%4871 = broadcast %2175 : f32[256] @ models/lib/nn.yaml:80:7
%4872 = mul %4866, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%4873 = broadcast %1457 : f32[256] @ models/lib/nn.yaml:80:7
%4874 = mul %4867, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%4875 = add %4874, %4872 : f32[256] @ models/lib/nn.yaml:80:7
%4876 = mul %4866, %4866 : f32[256] @ models/lib/nn.yaml:80:7
%4877 = broadcast %4210 : f32[256] @ models/lib/nn.yaml:80:7
%4878 = mul %4876, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%4879 = broadcast %4214 : f32[256] @ models/lib/nn.yaml:80:7
%4880 = mul %4868, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%4881 = add %4880, %4878 : f32[256] @ models/lib/nn.yaml:80:7
%4882 = cast %4870 : f64[] @ models/lib/nn.yaml:80:7
%4883 = pow %4205, %4882 : f64[] @ models/lib/nn.yaml:80:7
%4884 = sub %4186, %4883 : f64[] @ models/lib/nn.yaml:80:7
%4885 = div %2498, %4884 : f64[] @ models/lib/nn.yaml:80:7
%4886 = pow %4213, %4882 : f64[] @ models/lib/nn.yaml:80:7
%4887 = sub %4186, %4886 : f64[] @ models/lib/nn.yaml:80:7
%4888 = sqrt %4887 : f64[] @ models/lib/nn.yaml:80:7
%4889 = div %4186, %4888 : f64[] @ models/lib/nn.yaml:80:7
%4890 = sqrt %4881 : f32[256] @ models/lib/nn.yaml:80:7
%4891 = cast %4889 : f32[] @ models/lib/nn.yaml:80:7
%4892 = broadcast %4891 : f32[256] @ models/lib/nn.yaml:80:7
%4893 = mul %4890, %4892 : f32[256] @ models/lib/nn.yaml:80:7
%4894 = broadcast %4230 : f32[256] @ models/lib/nn.yaml:80:7
%4895 = add %4893, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%4896 = div %4875, %4895 : f32[256] @ models/lib/nn.yaml:80:7
%4897 = cast %4885 : f32[] @ models/lib/nn.yaml:80:7
%4898 = broadcast %4897 : f32[256] @ models/lib/nn.yaml:80:7
%4899 = mul %4896, %4898 : f32[256] @ models/lib/nn.yaml:80:7
%4900 = sub %19, %4899 : f32[256] @ models/lib/nn.yaml:80:7
%4901 = assign %19, %4900 : f32[256] @ models/lib/nn.yaml:80:7
%4902 = assign %4867, %4875 : f32[256] @ models/lib/nn.yaml:80:7
%4903 = assign %4868, %4881 : f32[256] @ models/lib/nn.yaml:80:7
%4904 = assign %4869, %4870 : i64[] @ models/lib/nn.yaml:80:7
%4905 = broadcast %3 : f32[256] @ models/lib/nn.yaml:80:7
%4906 = mul %81, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%4907 = broadcast %4245 : f32[256] @ models/lib/nn.yaml:80:7
%4908 = mul %4900, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%4909 = add %4906, %4908 : f32[256] @ models/lib/nn.yaml:80:7
%4910 = assign %81, %4909 : f32[256] @ models/lib/nn.yaml:80:7
%4911 = all_reduce_sum %4017 : f32[64,256] @ models/lib/nn.yaml:79:7
%4912 = reshape %4911 : f32[16384] @ models/lib/nn.yaml:79:7
%4913 = mul %4912, %4912 : f32[16384] @ models/lib/nn.yaml:79:7
%4914 = reduce_sum %4913 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%4915 = sqrt %4914 : f32[] @ models/lib/nn.yaml:79:7
%4916 = cast %4915 : f64[] @ models/lib/nn.yaml:79:7
%4917 = add %4916, %4182 : f64[] @ models/lib/nn.yaml:79:7
%4918 = div %4184, %4917 : f64[] @ models/lib/nn.yaml:79:7
%4919 = lt %4918, %4186 : bool[] @ models/lib/nn.yaml:79:7
%4920 = cast %4918 : f32[] @ models/lib/nn.yaml:79:7
%4921 = broadcast %4920 : f32[64,256] @ models/lib/nn.yaml:79:7
%4922 = mul %4911, %4921 : f32[64,256] @ models/lib/nn.yaml:79:7
%4923 = broadcast %4919 : bool[64,256] @ models/lib/nn.yaml:79:7
%4924 = select %4923, %4922, %4911 : f32[64,256] @ models/lib/nn.yaml:79:7
%4925 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4926 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%4927 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4928 = add %4927, %4196 : i64[] @ models/lib/nn.yaml:79:7
%4929 = broadcast %4200 : f32[64,256] @ models/lib/nn.yaml:79:7
%4930 = mul %20, %4929 : f32[64,256] @ models/lib/nn.yaml:79:7
%4931 = broadcast %2175 : f32[64,256] @ models/lib/nn.yaml:79:7
%4932 = mul %4924, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%4933 = broadcast %1457 : f32[64,256] @ models/lib/nn.yaml:79:7
%4934 = mul %4925, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%4935 = add %4934, %4932 : f32[64,256] @ models/lib/nn.yaml:79:7
%4936 = mul %4924, %4924 : f32[64,256] @ models/lib/nn.yaml:79:7
%4937 = broadcast %4210 : f32[64,256] @ models/lib/nn.yaml:79:7
%4938 = mul %4936, %4937 : f32[64,256] @ models/lib/nn.yaml:79:7
%4939 = broadcast %4214 : f32[64,256] @ models/lib/nn.yaml:79:7
%4940 = mul %4926, %4939 : f32[64,256] @ models/lib/nn.yaml:79:7
%4941 = add %4940, %4938 : f32[64,256] @ models/lib/nn.yaml:79:7
%4942 = cast %4928 : f64[] @ models/lib/nn.yaml:79:7
%4943 = pow %4205, %4942 : f64[] @ models/lib/nn.yaml:79:7
%4944 = sub %4186, %4943 : f64[] @ models/lib/nn.yaml:79:7
%4945 = div %2498, %4944 : f64[] @ models/lib/nn.yaml:79:7
%4946 = pow %4213, %4942 : f64[] @ models/lib/nn.yaml:79:7
%4947 = sub %4186, %4946 : f64[] @ models/lib/nn.yaml:79:7
%4948 = sqrt %4947 : f64[] @ models/lib/nn.yaml:79:7
%4949 = div %4186, %4948 : f64[] @ models/lib/nn.yaml:79:7
%4950 = sqrt %4941 : f32[64,256] @ models/lib/nn.yaml:79:7
%4951 = cast %4949 : f32[] @ models/lib/nn.yaml:79:7
%4952 = broadcast %4951 : f32[64,256] @ models/lib/nn.yaml:79:7
%4953 = mul %4950, %4952 : f32[64,256] @ models/lib/nn.yaml:79:7
%4954 = broadcast %4230 : f32[64,256] @ models/lib/nn.yaml:79:7
%4955 = add %4953, %4954 : f32[64,256] @ models/lib/nn.yaml:79:7
%4956 = div %4935, %4955 : f32[64,256] @ models/lib/nn.yaml:79:7
%4957 = cast %4945 : f32[] @ models/lib/nn.yaml:79:7
%4958 = broadcast %4957 : f32[64,256] @ models/lib/nn.yaml:79:7
%4959 = mul %4956, %4958 : f32[64,256] @ models/lib/nn.yaml:79:7
%4960 = sub %4930, %4959 : f32[64,256] @ models/lib/nn.yaml:79:7
%4961 = assign %20, %4960 : f32[64,256] @ models/lib/nn.yaml:79:7
%4962 = assign %4925, %4935 : f32[64,256] @ models/lib/nn.yaml:79:7
%4963 = assign %4926, %4941 : f32[64,256] @ models/lib/nn.yaml:79:7
%4964 = assign %4927, %4928 : i64[] @ models/lib/nn.yaml:79:7
%4965 = broadcast %3 : f32[64,256] @ models/lib/nn.yaml:79:7
%4966 = mul %82, %4965 : f32[64,256] @ models/lib/nn.yaml:79:7
%4967 = broadcast %4245 : f32[64,256] @ models/lib/nn.yaml:79:7
%4968 = mul %4960, %4967 : f32[64,256] @ models/lib/nn.yaml:79:7
%4969 = add %4966, %4968 : f32[64,256] @ models/lib/nn.yaml:79:7
%4970 = assign %82, %4969 : f32[64,256] @ models/lib/nn.yaml:79:7
%4971 = all_reduce_sum %4011 : f32[64] @ models/lib/nn.yaml:80:7
%4972 = mul %4971, %4971 : f32[64] @ models/lib/nn.yaml:80:7
%4973 = reduce_sum %4972 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%4974 = sqrt %4973 : f32[] @ models/lib/nn.yaml:80:7
%4975 = cast %4974 : f64[] @ models/lib/nn.yaml:80:7
%4976 = add %4975, %4182 : f64[] @ models/lib/nn.yaml:80:7
%4977 = div %4184, %4976 : f64[] @ models/lib/nn.yaml:80:7
%4978 = lt %4977, %4186 : bool[] @ models/lib/nn.yaml:80:7
%4979 = cast %4977 : f32[] @ models/lib/nn.yaml:80:7
%4980 = broadcast %4979 : f32[64] @ models/lib/nn.yaml:80:7
%4981 = mul %4971, %4980 : f32[64] @ models/lib/nn.yaml:80:7
%4982 = broadcast %4978 : bool[64] @ models/lib/nn.yaml:80:7
%4983 = select %4982, %4981, %4971 : f32[64] @ models/lib/nn.yaml:80:7
%4984 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4985 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4986 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4987 = add %4986, %4196 : i64[] @ models/lib/nn.yaml:80:7
%4988 = mul %4983, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%4989 = mul %4984, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4990 = add %4989, %4988 : f32[64] @ models/lib/nn.yaml:80:7
%4991 = mul %4983, %4983 : f32[64] @ models/lib/nn.yaml:80:7
%4992 = mul %4991, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%4993 = mul %4985, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%4994 = add %4993, %4992 : f32[64] @ models/lib/nn.yaml:80:7
%4995 = cast %4987 : f64[] @ models/lib/nn.yaml:80:7
%4996 = pow %4205, %4995 : f64[] @ models/lib/nn.yaml:80:7
%4997 = sub %4186, %4996 : f64[] @ models/lib/nn.yaml:80:7
%4998 = div %2498, %4997 : f64[] @ models/lib/nn.yaml:80:7
%4999 = pow %4213, %4995 : f64[] @ models/lib/nn.yaml:80:7
%5000 = sub %4186, %4999 : f64[] @ models/lib/nn.yaml:80:7
%5001 = sqrt %5000 : f64[] @ models/lib/nn.yaml:80:7
%5002 = div %4186, %5001 : f64[] @ models/lib/nn.yaml:80:7
%5003 = sqrt %4994 : f32[64] @ models/lib/nn.yaml:80:7
%5004 = cast %5002 : f32[] @ models/lib/nn.yaml:80:7
%5005 = broadcast %5004 : f32[64] @ models/lib/nn.yaml:80:7
%5006 = mul %5003, %5005 : f32[64] @ models/lib/nn.yaml:80:7
%5007 = add %5006, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%5008 = div %4990, %5007 : f32[64] @ models/lib/nn.yaml:80:7
%5009 = cast %4998 : f32[] @ models/lib/nn.yaml:80:7
%5010 = broadcast %5009 : f32[64] @ models/lib/nn.yaml:80:7
%5011 = mul %5008, %5010 : f32[64] @ models/lib/nn.yaml:80:7
%5012 = sub %21, %5011 : f32[64] @ models/lib/nn.yaml:80:7
%5013 = assign %21, %5012 : f32[64] @ models/lib/nn.yaml:80:7
%5014 = assign %4984, %4990 : f32[64] @ models/lib/nn.yaml:80:7
%5015 = assign %4985, %4994 : f32[64] @ models/lib/nn.yaml:80:7
%5016 = assign %4986, %4987 : i64[] @ models/lib/nn.yaml:80:7
%5017 = mul %83, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%5018 = mul %5012, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%5019 = add %5017, %5018 : f32[64] @ models/lib/nn.yaml:80:7
%5020 = assign %83, %5019 : f32[64] @ models/lib/nn.yaml:80:7
%5021 = all_reduce_sum %3984 : f32[64] @ models/lib/nn.yaml:89:7
%5022 = mul %5021, %5021 : f32[64] @ models/lib/nn.yaml:89:7
%5023 = reduce_sum %5022 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5024 = sqrt %5023 : f32[] @ models/lib/nn.yaml:89:7
%5025 = cast %5024 : f64[] @ models/lib/nn.yaml:89:7
%5026 = add %5025, %4182 : f64[] @ models/lib/nn.yaml:89:7
%5027 = div %4184, %5026 : f64[] @ models/lib/nn.yaml:89:7
%5028 = lt %5027, %4186 : bool[] @ models/lib/nn.yaml:89:7
%5029 = cast %5027 : f32[] @ models/lib/nn.yaml:89:7
%5030 = broadcast %5029 : f32[64] @ models/lib/nn.yaml:89:7
%5031 = mul %5021, %5030 : f32[64] @ models/lib/nn.yaml:89:7
%5032 = broadcast %5028 : bool[64] @ models/lib/nn.yaml:89:7
%5033 = select %5032, %5031, %5021 : f32[64] @ models/lib/nn.yaml:89:7
%5034 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5035 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5036 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5037 = add %5036, %4196 : i64[] @ models/lib/nn.yaml:89:7
%5038 = mul %5033, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%5039 = mul %5034, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%5040 = add %5039, %5038 : f32[64] @ models/lib/nn.yaml:89:7
%5041 = mul %5033, %5033 : f32[64] @ models/lib/nn.yaml:89:7
%5042 = mul %5041, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%5043 = mul %5035, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%5044 = add %5043, %5042 : f32[64] @ models/lib/nn.yaml:89:7
%5045 = cast %5037 : f64[] @ models/lib/nn.yaml:89:7
%5046 = pow %4205, %5045 : f64[] @ models/lib/nn.yaml:89:7
%5047 = sub %4186, %5046 : f64[] @ models/lib/nn.yaml:89:7
%5048 = div %2498, %5047 : f64[] @ models/lib/nn.yaml:89:7
%5049 = pow %4213, %5045 : f64[] @ models/lib/nn.yaml:89:7
%5050 = sub %4186, %5049 : f64[] @ models/lib/nn.yaml:89:7
%5051 = sqrt %5050 : f64[] @ models/lib/nn.yaml:89:7
%5052 = div %4186, %5051 : f64[] @ models/lib/nn.yaml:89:7
%5053 = sqrt %5044 : f32[64] @ models/lib/nn.yaml:89:7
%5054 = cast %5052 : f32[] @ models/lib/nn.yaml:89:7
%5055 = broadcast %5054 : f32[64] @ models/lib/nn.yaml:89:7
%5056 = mul %5053, %5055 : f32[64] @ models/lib/nn.yaml:89:7
%5057 = add %5056, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%5058 = div %5040, %5057 : f32[64] @ models/lib/nn.yaml:89:7
%5059 = cast %5048 : f32[] @ models/lib/nn.yaml:89:7
%5060 = broadcast %5059 : f32[64] @ models/lib/nn.yaml:89:7
%5061 = mul %5058, %5060 : f32[64] @ models/lib/nn.yaml:89:7
%5062 = sub %22, %5061 : f32[64] @ models/lib/nn.yaml:89:7
%5063 = assign %22, %5062 : f32[64] @ models/lib/nn.yaml:89:7
%5064 = assign %5034, %5040 : f32[64] @ models/lib/nn.yaml:89:7
%5065 = assign %5035, %5044 : f32[64] @ models/lib/nn.yaml:89:7
%5066 = assign %5036, %5037 : i64[] @ models/lib/nn.yaml:89:7
%5067 = mul %84, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%5068 = mul %5062, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%5069 = add %5067, %5068 : f32[64] @ models/lib/nn.yaml:89:7
%5070 = assign %84, %5069 : f32[64] @ models/lib/nn.yaml:89:7
%5071 = all_reduce_sum %3978 : f32[64] @ models/lib/nn.yaml:90:7
%5072 = mul %5071, %5071 : f32[64] @ models/lib/nn.yaml:90:7
%5073 = reduce_sum %5072 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5074 = sqrt %5073 : f32[] @ models/lib/nn.yaml:90:7
%5075 = cast %5074 : f64[] @ models/lib/nn.yaml:90:7
%5076 = add %5075, %4182 : f64[] @ models/lib/nn.yaml:90:7
%5077 = div %4184, %5076 : f64[] @ models/lib/nn.yaml:90:7
%5078 = lt %5077, %4186 : bool[] @ models/lib/nn.yaml:90:7
%5079 = cast %5077 : f32[] @ models/lib/nn.yaml:90:7
%5080 = broadcast %5079 : f32[64] @ models/lib/nn.yaml:90:7
%5081 = mul %5071, %5080 : f32[64] @ models/lib/nn.yaml:90:7
%5082 = broadcast %5078 : bool[64] @ models/lib/nn.yaml:90:7
%5083 = select %5082, %5081, %5071 : f32[64] @ models/lib/nn.yaml:90:7
%5084 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5085 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5086 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5087 = add %5086, %4196 : i64[] @ models/lib/nn.yaml:90:7
%5088 = mul %5083, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%5089 = mul %5084, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%5090 = add %5089, %5088 : f32[64] @ models/lib/nn.yaml:90:7
%5091 = mul %5083, %5083 : f32[64] @ models/lib/nn.yaml:90:7
%5092 = mul %5091, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%5093 = mul %5085, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%5094 = add %5093, %5092 : f32[64] @ models/lib/nn.yaml:90:7
%5095 = cast %5087 : f64[] @ models/lib/nn.yaml:90:7
%5096 = pow %4205, %5095 : f64[] @ models/lib/nn.yaml:90:7
%5097 = sub %4186, %5096 : f64[] @ models/lib/nn.yaml:90:7
%5098 = div %2498, %5097 : f64[] @ models/lib/nn.yaml:90:7
%5099 = pow %4213, %5095 : f64[] @ models/lib/nn.yaml:90:7
%5100 = sub %4186, %5099 : f64[] @ models/lib/nn.yaml:90:7
%5101 = sqrt %5100 : f64[] @ models/lib/nn.yaml:90:7
%5102 = div %4186, %5101 : f64[] @ models/lib/nn.yaml:90:7
%5103 = sqrt %5094 : f32[64] @ models/lib/nn.yaml:90:7
%5104 = cast %5102 : f32[] @ models/lib/nn.yaml:90:7
%5105 = broadcast %5104 : f32[64] @ models/lib/nn.yaml:90:7
%5106 = mul %5103, %5105 : f32[64] @ models/lib/nn.yaml:90:7
%5107 = add %5106, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%5108 = div %5090, %5107 : f32[64] @ models/lib/nn.yaml:90:7
%5109 = cast %5098 : f32[] @ models/lib/nn.yaml:90:7
%5110 = broadcast %5109 : f32[64] @ models/lib/nn.yaml:90:7
%5111 = mul %5108, %5110 : f32[64] @ models/lib/nn.yaml:90:7
%5112 = sub %23, %5111 : f32[64] @ models/lib/nn.yaml:90:7
%5113 = assign %23, %5112 : f32[64] @ models/lib/nn.yaml:90:7
%5114 = assign %5084, %5090 : f32[64] @ models/lib/nn.yaml:90:7
%5115 = assign %5085, %5094 : f32[64] @ models/lib/nn.yaml:90:7
%5116 = assign %5086, %5087 : i64[] @ models/lib/nn.yaml:90:7
%5117 = mul %85, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%5118 = mul %5112, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%5119 = add %5117, %5118 : f32[64] @ models/lib/nn.yaml:90:7
%5120 = assign %85, %5119 : f32[64] @ models/lib/nn.yaml:90:7
%5121 = all_reduce_sum %3974 : f32[192,64] @ models/lib/nn.yaml:79:7
%5122 = reshape %5121 : f32[12288] @ models/lib/nn.yaml:79:7
%5123 = mul %5122, %5122 : f32[12288] @ models/lib/nn.yaml:79:7
%5124 = reduce_sum %5123 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5125 = sqrt %5124 : f32[] @ models/lib/nn.yaml:79:7
%5126 = cast %5125 : f64[] @ models/lib/nn.yaml:79:7
%5127 = add %5126, %4182 : f64[] @ models/lib/nn.yaml:79:7
%5128 = div %4184, %5127 : f64[] @ models/lib/nn.yaml:79:7
%5129 = lt %5128, %4186 : bool[] @ models/lib/nn.yaml:79:7
%5130 = cast %5128 : f32[] @ models/lib/nn.yaml:79:7
%5131 = broadcast %5130 : f32[192,64] @ models/lib/nn.yaml:79:7
%5132 = mul %5121, %5131 : f32[192,64] @ models/lib/nn.yaml:79:7
%5133 = broadcast %5129 : bool[192,64] @ models/lib/nn.yaml:79:7
%5134 = select %5133, %5132, %5121 : f32[192,64] @ models/lib/nn.yaml:79:7
%5135 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%5136 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[192,64] @ models/lib/nn.yaml:79:7
%5137 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5138 = add %5137, %4196 : i64[] @ models/lib/nn.yaml:79:7
%5139 = mul %24, %4485 : f32[192,64] @ models/lib/nn.yaml:79:7
%5140 = mul %5134, %4487 : f32[192,64] @ models/lib/nn.yaml:79:7
%5141 = mul %5135, %4489 : f32[192,64] @ models/lib/nn.yaml:79:7
%5142 = add %5141, %5140 : f32[192,64] @ models/lib/nn.yaml:79:7
%5143 = mul %5134, %5134 : f32[192,64] @ models/lib/nn.yaml:79:7
%5144 = mul %5143, %4493 : f32[192,64] @ models/lib/nn.yaml:79:7
%5145 = mul %5136, %4495 : f32[192,64] @ models/lib/nn.yaml:79:7
%5146 = add %5145, %5144 : f32[192,64] @ models/lib/nn.yaml:79:7
%5147 = cast %5138 : f64[] @ models/lib/nn.yaml:79:7
%5148 = pow %4205, %5147 : f64[] @ models/lib/nn.yaml:79:7
%5149 = sub %4186, %5148 : f64[] @ models/lib/nn.yaml:79:7
%5150 = div %2498, %5149 : f64[] @ models/lib/nn.yaml:79:7
%5151 = pow %4213, %5147 : f64[] @ models/lib/nn.yaml:79:7
%5152 = sub %4186, %5151 : f64[] @ models/lib/nn.yaml:79:7
%5153 = sqrt %5152 : f64[] @ models/lib/nn.yaml:79:7
%5154 = div %4186, %5153 : f64[] @ models/lib/nn.yaml:79:7
%5155 = sqrt %5146 : f32[192,64] @ models/lib/nn.yaml:79:7
%5156 = cast %5154 : f32[] @ models/lib/nn.yaml:79:7
%5157 = broadcast %5156 : f32[192,64] @ models/lib/nn.yaml:79:7
%5158 = mul %5155, %5157 : f32[192,64] @ models/lib/nn.yaml:79:7
%5159 = add %5158, %4510 : f32[192,64] @ models/lib/nn.yaml:79:7
%5160 = div %5142, %5159 : f32[192,64] @ models/lib/nn.yaml:79:7
%5161 = cast %5150 : f32[] @ models/lib/nn.yaml:79:7
%5162 = broadcast %5161 : f32[192,64] @ models/lib/nn.yaml:79:7
%5163 = mul %5160, %5162 : f32[192,64] @ models/lib/nn.yaml:79:7
%5164 = sub %5139, %5163 : f32[192,64] @ models/lib/nn.yaml:79:7
%5165 = assign %24, %5164 : f32[192,64] @ models/lib/nn.yaml:79:7
%5166 = assign %5135, %5142 : f32[192,64] @ models/lib/nn.yaml:79:7
%5167 = assign %5136, %5146 : f32[192,64] @ models/lib/nn.yaml:79:7
%5168 = assign %5137, %5138 : i64[] @ models/lib/nn.yaml:79:7
%5169 = mul %86, %4521 : f32[192,64] @ models/lib/nn.yaml:79:7
%5170 = mul %5164, %4523 : f32[192,64] @ models/lib/nn.yaml:79:7
%5171 = add %5169, %5170 : f32[192,64] @ models/lib/nn.yaml:79:7
%5172 = assign %86, %5171 : f32[192,64] @ models/lib/nn.yaml:79:7
%5173 = all_reduce_sum %3968 : f32[192] @ models/lib/nn.yaml:80:7
%5174 = mul %5173, %5173 : f32[192] @ models/lib/nn.yaml:80:7
%5175 = reduce_sum %5174 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5176 = sqrt %5175 : f32[] @ models/lib/nn.yaml:80:7
%5177 = cast %5176 : f64[] @ models/lib/nn.yaml:80:7
%5178 = add %5177, %4182 : f64[] @ models/lib/nn.yaml:80:7
%5179 = div %4184, %5178 : f64[] @ models/lib/nn.yaml:80:7
%5180 = lt %5179, %4186 : bool[] @ models/lib/nn.yaml:80:7
%5181 = cast %5179 : f32[] @ models/lib/nn.yaml:80:7
%5182 = broadcast %5181 : f32[192] @ models/lib/nn.yaml:80:7
%5183 = mul %5173, %5182 : f32[192] @ models/lib/nn.yaml:80:7
%5184 = broadcast %5180 : bool[192] @ models/lib/nn.yaml:80:7
%5185 = select %5184, %5183, %5173 : f32[192] @ models/lib/nn.yaml:80:7
%5186 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%5187 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[192] @ models/lib/nn.yaml:80:7
%5188 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5189 = add %5188, %4196 : i64[] @ models/lib/nn.yaml:80:7
%5190 = mul %5185, %4544 : f32[192] @ models/lib/nn.yaml:80:7
%5191 = mul %5186, %4546 : f32[192] @ models/lib/nn.yaml:80:7
%5192 = add %5191, %5190 : f32[192] @ models/lib/nn.yaml:80:7
%5193 = mul %5185, %5185 : f32[192] @ models/lib/nn.yaml:80:7
%5194 = mul %5193, %4550 : f32[192] @ models/lib/nn.yaml:80:7
%5195 = mul %5187, %4552 : f32[192] @ models/lib/nn.yaml:80:7
%5196 = add %5195, %5194 : f32[192] @ models/lib/nn.yaml:80:7
%5197 = cast %5189 : f64[] @ models/lib/nn.yaml:80:7
%5198 = pow %4205, %5197 : f64[] @ models/lib/nn.yaml:80:7
%5199 = sub %4186, %5198 : f64[] @ models/lib/nn.yaml:80:7
%5200 = div %2498, %5199 : f64[] @ models/lib/nn.yaml:80:7
%5201 = pow %4213, %5197 : f64[] @ models/lib/nn.yaml:80:7
%5202 = sub %4186, %5201 : f64[] @ models/lib/nn.yaml:80:7
%5203 = sqrt %5202 : f64[] @ models/lib/nn.yaml:80:7
%5204 = div %4186, %5203 : f64[] @ models/lib/nn.yaml:80:7
%5205 = sqrt %5196 : f32[192] @ models/lib/nn.yaml:80:7
%5206 = cast %5204 : f32[] @ models/lib/nn.yaml:80:7
%5207 = broadcast %5206 : f32[192] @ models/lib/nn.yaml:80:7
%5208 = mul %5205, %5207 : f32[192] @ models/lib/nn.yaml:80:7
%5209 = add %5208, %4567 : f32[192] @ models/lib/nn.yaml:80:7
%5210 = div %5192, %5209 : f32[192] @ models/lib/nn.yaml:80:7
%5211 = cast %5200 : f32[] @ models/lib/nn.yaml:80:7
%5212 = broadcast %5211 : f32[192] @ models/lib/nn.yaml:80:7
%5213 = mul %5210, %5212 : f32[192] @ models/lib/nn.yaml:80:7
%5214 = sub %25, %5213 : f32[192] @ models/lib/nn.yaml:80:7
%5215 = assign %25, %5214 : f32[192] @ models/lib/nn.yaml:80:7
%5216 = assign %5186, %5192 : f32[192] @ models/lib/nn.yaml:80:7
%5217 = assign %5187, %5196 : f32[192] @ models/lib/nn.yaml:80:7
%5218 = assign %5188, %5189 : i64[] @ models/lib/nn.yaml:80:7
%5219 = mul %87, %4578 : f32[192] @ models/lib/nn.yaml:80:7
%5220 = mul %5214, %4580 : f32[192] @ models/lib/nn.yaml:80:7
%5221 = add %5219, %5220 : f32[192] @ models/lib/nn.yaml:80:7
%5222 = assign %87, %5221 : f32[192] @ models/lib/nn.yaml:80:7
%5223 = all_reduce_sum %3941 : f32[64,64] @ models/lib/nn.yaml:79:7
%5224 = reshape %5223 : f32[4096] @ models/lib/nn.yaml:79:7
%5225 = mul %5224, %5224 : f32[4096] @ models/lib/nn.yaml:79:7
%5226 = reduce_sum %5225 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5227 = sqrt %5226 : f32[] @ models/lib/nn.yaml:79:7
%5228 = cast %5227 : f64[] @ models/lib/nn.yaml:79:7
%5229 = add %5228, %4182 : f64[] @ models/lib/nn.yaml:79:7
%5230 = div %4184, %5229 : f64[] @ models/lib/nn.yaml:79:7
%5231 = lt %5230, %4186 : bool[] @ models/lib/nn.yaml:79:7
%5232 = cast %5230 : f32[] @ models/lib/nn.yaml:79:7
%5233 = broadcast %5232 : f32[64,64] @ models/lib/nn.yaml:79:7
%5234 = mul %5223, %5233 : f32[64,64] @ models/lib/nn.yaml:79:7
%5235 = broadcast %5231 : bool[64,64] @ models/lib/nn.yaml:79:7
%5236 = select %5235, %5234, %5223 : f32[64,64] @ models/lib/nn.yaml:79:7
%5237 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5238 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5239 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5240 = add %5239, %4196 : i64[] @ models/lib/nn.yaml:79:7
%5241 = mul %26, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%5242 = mul %5236, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%5243 = mul %5237, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%5244 = add %5243, %5242 : f32[64,64] @ models/lib/nn.yaml:79:7
%5245 = mul %5236, %5236 : f32[64,64] @ models/lib/nn.yaml:79:7
%5246 = mul %5245, %4610 : f32[64,64] @ models/lib/nn.yaml:79:7
%5247 = mul %5238, %4612 : f32[64,64] @ models/lib/nn.yaml:79:7
%5248 = add %5247, %5246 : f32[64,64] @ models/lib/nn.yaml:79:7
%5249 = cast %5240 : f64[] @ models/lib/nn.yaml:79:7
%5250 = pow %4205, %5249 : f64[] @ models/lib/nn.yaml:79:7
%5251 = sub %4186, %5250 : f64[] @ models/lib/nn.yaml:79:7
%5252 = div %2498, %5251 : f64[] @ models/lib/nn.yaml:79:7
%5253 = pow %4213, %5249 : f64[] @ models/lib/nn.yaml:79:7
%5254 = sub %4186, %5253 : f64[] @ models/lib/nn.yaml:79:7
%5255 = sqrt %5254 : f64[] @ models/lib/nn.yaml:79:7
%5256 = div %4186, %5255 : f64[] @ models/lib/nn.yaml:79:7
%5257 = sqrt %5248 : f32[64,64] @ models/lib/nn.yaml:79:7
%5258 = cast %5256 : f32[] @ models/lib/nn.yaml:79:7
%5259 = broadcast %5258 : f32[64,64] @ models/lib/nn.yaml:79:7
%5260 = mul %5257, %5259 : f32[64,64] @ models/lib/nn.yaml:79:7
%5261 = add %5260, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%5262 = div %5244, %5261 : f32[64,64] @ models/lib/nn.yaml:79:7
%5263 = cast %5252 : f32[] @ models/lib/nn.yaml:79:7
%5264 = broadcast %5263 : f32[64,64] @ models/lib/nn.yaml:79:7
%5265 = mul %5262, %5264 : f32[64,64] @ models/lib/nn.yaml:79:7
%5266 = sub %5241, %5265 : f32[64,64] @ models/lib/nn.yaml:79:7
%5267 = assign %26, %5266 : f32[64,64] @ models/lib/nn.yaml:79:7
%5268 = assign %5237, %5244 : f32[64,64] @ models/lib/nn.yaml:79:7
%5269 = assign %5238, %5248 : f32[64,64] @ models/lib/nn.yaml:79:7
%5270 = assign %5239, %5240 : i64[] @ models/lib/nn.yaml:79:7
%5271 = mul %88, %4638 : f32[64,64] @ models/lib/nn.yaml:79:7
%5272 = mul %5266, %4640 : f32[64,64] @ models/lib/nn.yaml:79:7
%5273 = add %5271, %5272 : f32[64,64] @ models/lib/nn.yaml:79:7
%5274 = assign %88, %5273 : f32[64,64] @ models/lib/nn.yaml:79:7
%5275 = all_reduce_sum %3935 : f32[64] @ models/lib/nn.yaml:80:7
%5276 = mul %5275, %5275 : f32[64] @ models/lib/nn.yaml:80:7
%5277 = reduce_sum %5276 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5278 = sqrt %5277 : f32[] @ models/lib/nn.yaml:80:7
%5279 = cast %5278 : f64[] @ models/lib/nn.yaml:80:7
%5280 = add %5279, %4182 : f64[] @ models/lib/nn.yaml:80:7
%5281 = div %4184, %5280 : f64[] @ models/lib/nn.yaml:80:7
%5282 = lt %5281, %4186 : bool[] @ models/lib/nn.yaml:80:7
%5283 = cast %5281 : f32[] @ models/lib/nn.yaml:80:7
%5284 = broadcast %5283 : f32[64] @ models/lib/nn.yaml:80:7
%5285 = mul %5275, %5284 : f32[64] @ models/lib/nn.yaml:80:7
%5286 = broadcast %5282 : bool[64] @ models/lib/nn.yaml:80:7
%5287 = select %5286, %5285, %5275 : f32[64] @ models/lib/nn.yaml:80:7
%5288 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5289 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5290 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5291 = add %5290, %4196 : i64[] @ models/lib/nn.yaml:80:7
%5292 = mul %5287, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5293 = mul %5288, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5294 = add %5293, %5292 : f32[64] @ models/lib/nn.yaml:80:7
%5295 = mul %5287, %5287 : f32[64] @ models/lib/nn.yaml:80:7
%5296 = mul %5295, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%5297 = mul %5289, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%5298 = add %5297, %5296 : f32[64] @ models/lib/nn.yaml:80:7
%5299 = cast %5291 : f64[] @ models/lib/nn.yaml:80:7
%5300 = pow %4205, %5299 : f64[] @ models/lib/nn.yaml:80:7
%5301 = sub %4186, %5300 : f64[] @ models/lib/nn.yaml:80:7
%5302 = div %2498, %5301 : f64[] @ models/lib/nn.yaml:80:7
%5303 = pow %4213, %5299 : f64[] @ models/lib/nn.yaml:80:7
%5304 = sub %4186, %5303 : f64[] @ models/lib/nn.yaml:80:7
%5305 = sqrt %5304 : f64[] @ models/lib/nn.yaml:80:7
%5306 = div %4186, %5305 : f64[] @ models/lib/nn.yaml:80:7
%5307 = sqrt %5298 : f32[64] @ models/lib/nn.yaml:80:7
%5308 = cast %5306 : f32[] @ models/lib/nn.yaml:80:7
%5309 = broadcast %5308 : f32[64] @ models/lib/nn.yaml:80:7
%5310 = mul %5307, %5309 : f32[64] @ models/lib/nn.yaml:80:7
%5311 = add %5310, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%5312 = div %5294, %5311 : f32[64] @ models/lib/nn.yaml:80:7
%5313 = cast %5302 : f32[] @ models/lib/nn.yaml:80:7
%5314 = broadcast %5313 : f32[64] @ models/lib/nn.yaml:80:7
%5315 = mul %5312, %5314 : f32[64] @ models/lib/nn.yaml:80:7
%5316 = sub %27, %5315 : f32[64] @ models/lib/nn.yaml:80:7
%5317 = assign %27, %5316 : f32[64] @ models/lib/nn.yaml:80:7
%5318 = assign %5288, %5294 : f32[64] @ models/lib/nn.yaml:80:7
%5319 = assign %5289, %5298 : f32[64] @ models/lib/nn.yaml:80:7
%5320 = assign %5290, %5291 : i64[] @ models/lib/nn.yaml:80:7
%5321 = mul %89, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%5322 = mul %5316, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%5323 = add %5321, %5322 : f32[64] @ models/lib/nn.yaml:80:7
%5324 = assign %89, %5323 : f32[64] @ models/lib/nn.yaml:80:7
%5325 = all_reduce_sum %3905 : f32[64] @ models/lib/nn.yaml:89:7
%5326 = mul %5325, %5325 : f32[64] @ models/lib/nn.yaml:89:7
%5327 = reduce_sum %5326 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5328 = sqrt %5327 : f32[] @ models/lib/nn.yaml:89:7
%5329 = cast %5328 : f64[] @ models/lib/nn.yaml:89:7
%5330 = add %5329, %4182 : f64[] @ models/lib/nn.yaml:89:7
%5331 = div %4184, %5330 : f64[] @ models/lib/nn.yaml:89:7
%5332 = lt %5331, %4186 : bool[] @ models/lib/nn.yaml:89:7
%5333 = cast %5331 : f32[] @ models/lib/nn.yaml:89:7
%5334 = broadcast %5333 : f32[64] @ models/lib/nn.yaml:89:7
%5335 = mul %5325, %5334 : f32[64] @ models/lib/nn.yaml:89:7
%5336 = broadcast %5332 : bool[64] @ models/lib/nn.yaml:89:7
%5337 = select %5336, %5335, %5325 : f32[64] @ models/lib/nn.yaml:89:7
%5338 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5339 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5340 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5341 = add %5340, %4196 : i64[] @ models/lib/nn.yaml:89:7
%5342 = mul %5337, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%5343 = mul %5338, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%5344 = add %5343, %5342 : f32[64] @ models/lib/nn.yaml:89:7
%5345 = mul %5337, %5337 : f32[64] @ models/lib/nn.yaml:89:7
%5346 = mul %5345, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%5347 = mul %5339, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%5348 = add %5347, %5346 : f32[64] @ models/lib/nn.yaml:89:7
%5349 = cast %5341 : f64[] @ models/lib/nn.yaml:89:7
%5350 = pow %4205, %5349 : f64[] @ models/lib/nn.yaml:89:7
%5351 = sub %4186, %5350 : f64[] @ models/lib/nn.yaml:89:7
%5352 = div %2498, %5351 : f64[] @ models/lib/nn.yaml:89:7
%5353 = pow %4213, %5349 : f64[] @ models/lib/nn.yaml:89:7
%5354 = sub %4186, %5353 : f64[] @ models/lib/nn.yaml:89:7
%5355 = sqrt %5354 : f64[] @ models/lib/nn.yaml:89:7
%5356 = div %4186, %5355 : f64[] @ models/lib/nn.yaml:89:7
%5357 = sqrt %5348 : f32[64] @ models/lib/nn.yaml:89:7
%5358 = cast %5356 : f32[] @ models/lib/nn.yaml:89:7
%5359 = broadcast %5358 : f32[64] @ models/lib/nn.yaml:89:7
%5360 = mul %5357, %5359 : f32[64] @ models/lib/nn.yaml:89:7
%5361 = add %5360, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%5362 = div %5344, %5361 : f32[64] @ models/lib/nn.yaml:89:7
%5363 = cast %5352 : f32[] @ models/lib/nn.yaml:89:7
%5364 = broadcast %5363 : f32[64] @ models/lib/nn.yaml:89:7
%5365 = mul %5362, %5364 : f32[64] @ models/lib/nn.yaml:89:7
%5366 = sub %28, %5365 : f32[64] @ models/lib/nn.yaml:89:7
%5367 = assign %28, %5366 : f32[64] @ models/lib/nn.yaml:89:7
%5368 = assign %5338, %5344 : f32[64] @ models/lib/nn.yaml:89:7
%5369 = assign %5339, %5348 : f32[64] @ models/lib/nn.yaml:89:7
%5370 = assign %5340, %5341 : i64[] @ models/lib/nn.yaml:89:7
%5371 = mul %90, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%5372 = mul %5366, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%5373 = add %5371, %5372 : f32[64] @ models/lib/nn.yaml:89:7
%5374 = assign %90, %5373 : f32[64] @ models/lib/nn.yaml:89:7
%5375 = all_reduce_sum %3898 : f32[64] @ models/lib/nn.yaml:90:7
%5376 = mul %5375, %5375 : f32[64] @ models/lib/nn.yaml:90:7
%5377 = reduce_sum %5376 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5378 = sqrt %5377 : f32[] @ models/lib/nn.yaml:90:7
%5379 = cast %5378 : f64[] @ models/lib/nn.yaml:90:7
%5380 = add %5379, %4182 : f64[] @ models/lib/nn.yaml:90:7
%5381 = div %4184, %5380 : f64[] @ models/lib/nn.yaml:90:7
%5382 = lt %5381, %4186 : bool[] @ models/lib/nn.yaml:90:7
%5383 = cast %5381 : f32[] @ models/lib/nn.yaml:90:7
%5384 = broadcast %5383 : f32[64] @ models/lib/nn.yaml:90:7
%5385 = mul %5375, %5384 : f32[64] @ models/lib/nn.yaml:90:7
%5386 = broadcast %5382 : bool[64] @ models/lib/nn.yaml:90:7
%5387 = select %5386, %5385, %5375 : f32[64] @ models/lib/nn.yaml:90:7
%5388 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5389 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5390 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5391 = add %5390, %4196 : i64[] @ models/lib/nn.yaml:90:7
%5392 = mul %5387, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%5393 = mul %5388, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%5394 = add %5393, %5392 : f32[64] @ models/lib/nn.yaml:90:7
%5395 = mul %5387, %5387 : f32[64] @ models/lib/nn.yaml:90:7
%5396 = mul %5395, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%5397 = mul %5389, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%5398 = add %5397, %5396 : f32[64] @ models/lib/nn.yaml:90:7
%5399 = cast %5391 : f64[] @ models/lib/nn.yaml:90:7
%5400 = pow %4205, %5399 : f64[] @ models/lib/nn.yaml:90:7
%5401 = sub %4186, %5400 : f64[] @ models/lib/nn.yaml:90:7
%5402 = div %2498, %5401 : f64[] @ models/lib/nn.yaml:90:7
%5403 = pow %4213, %5399 : f64[] @ models/lib/nn.yaml:90:7
%5404 = sub %4186, %5403 : f64[] @ models/lib/nn.yaml:90:7
%5405 = sqrt %5404 : f64[] @ models/lib/nn.yaml:90:7
%5406 = div %4186, %5405 : f64[] @ models/lib/nn.yaml:90:7
%5407 = sqrt %5398 : f32[64] @ models/lib/nn.yaml:90:7
%5408 = cast %5406 : f32[] @ models/lib/nn.yaml:90:7
%5409 = broadcast %5408 : f32[64] @ models/lib/nn.yaml:90:7
%5410 = mul %5407, %5409 : f32[64] @ models/lib/nn.yaml:90:7
%5411 = add %5410, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%5412 = div %5394, %5411 : f32[64] @ models/lib/nn.yaml:90:7
%5413 = cast %5402 : f32[] @ models/lib/nn.yaml:90:7
%5414 = broadcast %5413 : f32[64] @ models/lib/nn.yaml:90:7
%5415 = mul %5412, %5414 : f32[64] @ models/lib/nn.yaml:90:7
%5416 = sub %29, %5415 : f32[64] @ models/lib/nn.yaml:90:7
%5417 = assign %29, %5416 : f32[64] @ models/lib/nn.yaml:90:7
%5418 = assign %5388, %5394 : f32[64] @ models/lib/nn.yaml:90:7
%5419 = assign %5389, %5398 : f32[64] @ models/lib/nn.yaml:90:7
%5420 = assign %5390, %5391 : i64[] @ models/lib/nn.yaml:90:7
%5421 = mul %91, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%5422 = mul %5416, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%5423 = add %5421, %5422 : f32[64] @ models/lib/nn.yaml:90:7
%5424 = assign %91, %5423 : f32[64] @ models/lib/nn.yaml:90:7
%5425 = all_reduce_sum %3894 : f32[256,64] @ models/lib/nn.yaml:79:7
%5426 = reshape %5425 : f32[16384] @ models/lib/nn.yaml:79:7
%5427 = mul %5426, %5426 : f32[16384] @ models/lib/nn.yaml:79:7
%5428 = reduce_sum %5427 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5429 = sqrt %5428 : f32[] @ models/lib/nn.yaml:79:7
%5430 = cast %5429 : f64[] @ models/lib/nn.yaml:79:7
%5431 = add %5430, %4182 : f64[] @ models/lib/nn.yaml:79:7
%5432 = div %4184, %5431 : f64[] @ models/lib/nn.yaml:79:7
%5433 = lt %5432, %4186 : bool[] @ models/lib/nn.yaml:79:7
%5434 = cast %5432 : f32[] @ models/lib/nn.yaml:79:7
%5435 = broadcast %5434 : f32[256,64] @ models/lib/nn.yaml:79:7
%5436 = mul %5425, %5435 : f32[256,64] @ models/lib/nn.yaml:79:7
%5437 = broadcast %5433 : bool[256,64] @ models/lib/nn.yaml:79:7
%5438 = select %5437, %5436, %5425 : f32[256,64] @ models/lib/nn.yaml:79:7
%5439 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5440 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%5441 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5442 = add %5441, %4196 : i64[] @ models/lib/nn.yaml:79:7
%5443 = mul %30, %4812 : f32[256,64] @ models/lib/nn.yaml:79:7
%5444 = mul %5438, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%5445 = mul %5439, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%5446 = add %5445, %5444 : f32[256,64] @ models/lib/nn.yaml:79:7
%5447 = mul %5438, %5438 : f32[256,64] @ models/lib/nn.yaml:79:7
%5448 = mul %5447, %4820 : f32[256,64] @ models/lib/nn.yaml:79:7
%5449 = mul %5440, %4822 : f32[256,64] @ models/lib/nn.yaml:79:7
%5450 = add %5449, %5448 : f32[256,64] @ models/lib/nn.yaml:79:7
%5451 = cast %5442 : f64[] @ models/lib/nn.yaml:79:7
%5452 = pow %4205, %5451 : f64[] @ models/lib/nn.yaml:79:7
%5453 = sub %4186, %5452 : f64[] @ models/lib/nn.yaml:79:7
%5454 = div %2498, %5453 : f64[] @ models/lib/nn.yaml:79:7
%5455 = pow %4213, %5451 : f64[] @ models/lib/nn.yaml:79:7
%5456 = sub %4186, %5455 : f64[] @ models/lib/nn.yaml:79:7
%5457 = sqrt %5456 : f64[] @ models/lib/nn.yaml:79:7
%5458 = div %4186, %5457 : f64[] @ models/lib/nn.yaml:79:7
%5459 = sqrt %5450 : f32[256,64] @ models/lib/nn.yaml:79:7
%5460 = cast %5458 : f32[] @ models/lib/nn.yaml:79:7
%5461 = broadcast %5460 : f32[256,64] @ models/lib/nn.yaml:79:7
%5462 = mul %5459, %5461 : f32[256,64] @ models/lib/nn.yaml:79:7
%5463 = add %5462, %4837 : f32[256,64] @ models/lib/nn.yaml:79:7
%5464 = div %5446, %5463 : f32[256,64] @ models/lib/nn.yaml:79:7
%5465 = cast %5454 : f32[] @ models/lib/nn.yaml:79:7
%5466 = broadcast %5465 : f32[256,64] @ models/lib/nn.yaml:79:7
%5467 = mul %5464, %5466 : f32[256,64] @ models/lib/nn.yaml:79:7
%5468 = sub %5443, %5467 : f32[256,64] @ models/lib/nn.yaml:79:7
%5469 = assign %30, %5468 : f32[256,64] @ models/lib/nn.yaml:79:7
%5470 = assign %5439, %5446 : f32[256,64] @ models/lib/nn.yaml:79:7
%5471 = assign %5440, %5450 : f32[256,64] @ models/lib/nn.yaml:79:7
%5472 = assign %5441, %5442 : i64[] @ models/lib/nn.yaml:79:7
%5473 = mul %92, %4848 : f32[256,64] @ models/lib/nn.yaml:79:7
%5474 = mul %5468, %4850 : f32[256,64] @ models/lib/nn.yaml:79:7
%5475 = add %5473, %5474 : f32[256,64] @ models/lib/nn.yaml:79:7
%5476 = assign %92, %5475 : f32[256,64] @ models/lib/nn.yaml:79:7
%5477 = all_reduce_sum %3888 : f32[256] @ models/lib/nn.yaml:80:7
%5478 = mul %5477, %5477 : f32[256] @ models/lib/nn.yaml:80:7
%5479 = reduce_sum %5478 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5480 = sqrt %5479 : f32[] @ models/lib/nn.yaml:80:7
%5481 = cast %5480 : f64[] @ models/lib/nn.yaml:80:7
%5482 = add %5481, %4182 : f64[] @ models/lib/nn.yaml:80:7
%5483 = div %4184, %5482 : f64[] @ models/lib/nn.yaml:80:7
%5484 = lt %5483, %4186 : bool[] @ models/lib/nn.yaml:80:7
%5485 = cast %5483 : f32[] @ models/lib/nn.yaml:80:7
%5486 = broadcast %5485 : f32[256] @ models/lib/nn.yaml:80:7
%5487 = mul %5477, %5486 : f32[256] @ models/lib/nn.yaml:80:7
%5488 = broadcast %5484 : bool[256] @ models/lib/nn.yaml:80:7
%5489 = select %5488, %5487, %5477 : f32[256] @ models/lib/nn.yaml:80:7
%5490 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5491 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%5492 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5493 = add %5492, %4196 : i64[] @ models/lib/nn.yaml:80:7
%5494 = mul %5489, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%5495 = mul %5490, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%5496 = add %5495, %5494 : f32[256] @ models/lib/nn.yaml:80:7
%5497 = mul %5489, %5489 : f32[256] @ models/lib/nn.yaml:80:7
%5498 = mul %5497, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%5499 = mul %5491, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%5500 = add %5499, %5498 : f32[256] @ models/lib/nn.yaml:80:7
%5501 = cast %5493 : f64[] @ models/lib/nn.yaml:80:7
%5502 = pow %4205, %5501 : f64[] @ models/lib/nn.yaml:80:7
%5503 = sub %4186, %5502 : f64[] @ models/lib/nn.yaml:80:7
%5504 = div %2498, %5503 : f64[] @ models/lib/nn.yaml:80:7
%5505 = pow %4213, %5501 : f64[] @ models/lib/nn.yaml:80:7
%5506 = sub %4186, %5505 : f64[] @ models/lib/nn.yaml:80:7
%5507 = sqrt %5506 : f64[] @ models/lib/nn.yaml:80:7
%5508 = div %4186, %5507 : f64[] @ models/lib/nn.yaml:80:7
%5509 = sqrt %5500 : f32[256] @ models/lib/nn.yaml:80:7
%5510 = cast %5508 : f32[] @ models/lib/nn.yaml:80:7
%5511 = broadcast %5510 : f32[256] @ models/lib/nn.yaml:80:7
%5512 = mul %5509, %5511 : f32[256] @ models/lib/nn.yaml:80:7
%5513 = add %5512, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%5514 = div %5496, %5513 : f32[256] @ models/lib/nn.yaml:80:7
%5515 = cast %5504 : f32[] @ models/lib/nn.yaml:80:7
%5516 = broadcast %5515 : f32[256] @ models/lib/nn.yaml:80:7
%5517 = mul %5514, %5516 : f32[256] @ models/lib/nn.yaml:80:7
%5518 = sub %31, %5517 : f32[256] @ models/lib/nn.yaml:80:7
%5519 = assign %31, %5518 : f32[256] @ models/lib/nn.yaml:80:7
%5520 = assign %5490, %5496 : f32[256] @ models/lib/nn.yaml:80:7
%5521 = assign %5491, %5500 : f32[256] @ models/lib/nn.yaml:80:7
%5522 = assign %5492, %5493 : i64[] @ models/lib/nn.yaml:80:7
%5523 = mul %93, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%5524 = mul %5518, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%5525 = add %5523, %5524 : f32[256] @ models/lib/nn.yaml:80:7
%5526 = assign %93, %5525 : f32[256] @ models/lib/nn.yaml:80:7
%5527 = all_reduce_sum %3860 : f32[64,256] @ models/lib/nn.yaml:79:7
%5528 = reshape %5527 : f32[16384] @ models/lib/nn.yaml:79:7
%5529 = mul %5528, %5528 : f32[16384] @ models/lib/nn.yaml:79:7
%5530 = reduce_sum %5529 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5531 = sqrt %5530 : f32[] @ models/lib/nn.yaml:79:7
%5532 = cast %5531 : f64[] @ models/lib/nn.yaml:79:7
%5533 = add %5532, %4182 : f64[] @ models/lib/nn.yaml:79:7
%5534 = div %4184, %5533 : f64[] @ models/lib/nn.yaml:79:7
%5535 = lt %5534, %4186 : bool[] @ models/lib/nn.yaml:79:7
%5536 = cast %5534 : f32[] @ models/lib/nn.yaml:79:7
%5537 = broadcast %5536 : f32[64,256] @ models/lib/nn.yaml:79:7
%5538 = mul %5527, %5537 : f32[64,256] @ models/lib/nn.yaml:79:7
%5539 = broadcast %5535 : bool[64,256] @ models/lib/nn.yaml:79:7
%5540 = select %5539, %5538, %5527 : f32[64,256] @ models/lib/nn.yaml:79:7
%5541 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5542 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%5543 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5544 = add %5543, %4196 : i64[] @ models/lib/nn.yaml:79:7
%5545 = mul %32, %4929 : f32[64,256] @ models/lib/nn.yaml:79:7
%5546 = mul %5540, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%5547 = mul %5541, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%5548 = add %5547, %5546 : f32[64,256] @ models/lib/nn.yaml:79:7
%5549 = mul %5540, %5540 : f32[64,256] @ models/lib/nn.yaml:79:7
%5550 = mul %5549, %4937 : f32[64,256] @ models/lib/nn.yaml:79:7
%5551 = mul %5542, %4939 : f32[64,256] @ models/lib/nn.yaml:79:7
%5552 = add %5551, %5550 : f32[64,256] @ models/lib/nn.yaml:79:7
%5553 = cast %5544 : f64[] @ models/lib/nn.yaml:79:7
%5554 = pow %4205, %5553 : f64[] @ models/lib/nn.yaml:79:7
%5555 = sub %4186, %5554 : f64[] @ models/lib/nn.yaml:79:7
%5556 = div %2498, %5555 : f64[] @ models/lib/nn.yaml:79:7
%5557 = pow %4213, %5553 : f64[] @ models/lib/nn.yaml:79:7
%5558 = sub %4186, %5557 : f64[] @ models/lib/nn.yaml:79:7
%5559 = sqrt %5558 : f64[] @ models/lib/nn.yaml:79:7
%5560 = div %4186, %5559 : f64[] @ models/lib/nn.yaml:79:7
%5561 = sqrt %5552 : f32[64,256] @ models/lib/nn.yaml:79:7
%5562 = cast %5560 : f32[] @ models/lib/nn.yaml:79:7
%5563 = broadcast %5562 : f32[64,256] @ models/lib/nn.yaml:79:7
%5564 = mul %5561, %5563 : f32[64,256] @ models/lib/nn.yaml:79:7
%5565 = add %5564, %4954 : f32[64,256] @ models/lib/nn.yaml:79:7
%5566 = div %5548, %5565 : f32[64,256] @ models/lib/nn.yaml:79:7
%5567 = cast %5556 : f32[] @ models/lib/nn.yaml:79:7
%5568 = broadcast %5567 : f32[64,256] @ models/lib/nn.yaml:79:7
%5569 = mul %5566, %5568 : f32[64,256] @ models/lib/nn.yaml:79:7
%5570 = sub %5545, %5569 : f32[64,256] @ models/lib/nn.yaml:79:7
%5571 = assign %32, %5570 : f32[64,256] @ models/lib/nn.yaml:79:7
%5572 = assign %5541, %5548 : f32[64,256] @ models/lib/nn.yaml:79:7
%5573 = assign %5542, %5552 : f32[64,256] @ models/lib/nn.yaml:79:7
%5574 = assign %5543, %5544 : i64[] @ models/lib/nn.yaml:79:7
%5575 = mul %94, %4965 : f32[64,256] @ models/lib/nn.yaml:79:7
%5576 = mul %5570, %4967 : f32[64,256] @ models/lib/nn.yaml:79:7
%5577 = add %5575, %5576 : f32[64,256] @ models/lib/nn.yaml:79:7
%5578 = assign %94, %5577 : f32[64,256] @ models/lib/nn.yaml:79:7
%5579 = all_reduce_sum %3854 : f32[64] @ models/lib/nn.yaml:80:7
%5580 = mul %5579, %5579 : f32[64] @ models/lib/nn.yaml:80:7
%5581 = reduce_sum %5580 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5582 = sqrt %5581 : f32[] @ models/lib/nn.yaml:80:7
%5583 = cast %5582 : f64[] @ models/lib/nn.yaml:80:7
%5584 = add %5583, %4182 : f64[] @ models/lib/nn.yaml:80:7
%5585 = div %4184, %5584 : f64[] @ models/lib/nn.yaml:80:7
%5586 = lt %5585, %4186 : bool[] @ models/lib/nn.yaml:80:7
%5587 = cast %5585 : f32[] @ models/lib/nn.yaml:80:7
%5588 = broadcast %5587 : f32[64] @ models/lib/nn.yaml:80:7
%5589 = mul %5579, %5588 : f32[64] @ models/lib/nn.yaml:80:7
%5590 = broadcast %5586 : bool[64] @ models/lib/nn.yaml:80:7
%5591 = select %5590, %5589, %5579 : f32[64] @ models/lib/nn.yaml:80:7
%5592 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5593 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5594 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5595 = add %5594, %4196 : i64[] @ models/lib/nn.yaml:80:7
%5596 = mul %5591, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5597 = mul %5592, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5598 = add %5597, %5596 : f32[64] @ models/lib/nn.yaml:80:7
%5599 = mul %5591, %5591 : f32[64] @ models/lib/nn.yaml:80:7
%5600 = mul %5599, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%5601 = mul %5593, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%5602 = add %5601, %5600 : f32[64] @ models/lib/nn.yaml:80:7
%5603 = cast %5595 : f64[] @ models/lib/nn.yaml:80:7
%5604 = pow %4205, %5603 : f64[] @ models/lib/nn.yaml:80:7
%5605 = sub %4186, %5604 : f64[] @ models/lib/nn.yaml:80:7
%5606 = div %2498, %5605 : f64[] @ models/lib/nn.yaml:80:7
%5607 = pow %4213, %5603 : f64[] @ models/lib/nn.yaml:80:7
%5608 = sub %4186, %5607 : f64[] @ models/lib/nn.yaml:80:7
%5609 = sqrt %5608 : f64[] @ models/lib/nn.yaml:80:7
%5610 = div %4186, %5609 : f64[] @ models/lib/nn.yaml:80:7
%5611 = sqrt %5602 : f32[64] @ models/lib/nn.yaml:80:7
%5612 = cast %5610 : f32[] @ models/lib/nn.yaml:80:7
%5613 = broadcast %5612 : f32[64] @ models/lib/nn.yaml:80:7
%5614 = mul %5611, %5613 : f32[64] @ models/lib/nn.yaml:80:7
%5615 = add %5614, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%5616 = div %5598, %5615 : f32[64] @ models/lib/nn.yaml:80:7
%5617 = cast %5606 : f32[] @ models/lib/nn.yaml:80:7
%5618 = broadcast %5617 : f32[64] @ models/lib/nn.yaml:80:7
%5619 = mul %5616, %5618 : f32[64] @ models/lib/nn.yaml:80:7
%5620 = sub %33, %5619 : f32[64] @ models/lib/nn.yaml:80:7
%5621 = assign %33, %5620 : f32[64] @ models/lib/nn.yaml:80:7
%5622 = assign %5592, %5598 : f32[64] @ models/lib/nn.yaml:80:7
%5623 = assign %5593, %5602 : f32[64] @ models/lib/nn.yaml:80:7
%5624 = assign %5594, %5595 : i64[] @ models/lib/nn.yaml:80:7
%5625 = mul %95, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%5626 = mul %5620, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%5627 = add %5625, %5626 : f32[64] @ models/lib/nn.yaml:80:7
%5628 = assign %95, %5627 : f32[64] @ models/lib/nn.yaml:80:7
%5629 = all_reduce_sum %3847 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5630 = reshape %5629 : f32[64] @ models/lib/vit.yaml:103:7
%5631 = mul %5630, %5630 : f32[64] @ models/lib/vit.yaml:103:7
%5632 = reduce_sum %5631 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%5633 = sqrt %5632 : f32[] @ models/lib/vit.yaml:103:7
%5634 = cast %5633 : f64[] @ models/lib/vit.yaml:103:7
%5635 = add %5634, %4182 : f64[] @ models/lib/vit.yaml:103:7
%5636 = div %4184, %5635 : f64[] @ models/lib/vit.yaml:103:7
%5637 = lt %5636, %4186 : bool[] @ models/lib/vit.yaml:103:7
%5638 = cast %5636 : f32[] @ models/lib/vit.yaml:103:7
%5639 = broadcast %5638 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5640 = mul %5629, %5639 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5641 = broadcast %5637 : bool[1,1,64] @ models/lib/vit.yaml:103:7
%5642 = select %5641, %5640, %5629 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5643 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5644 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5645 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5646 = add %5645, %4196 : i64[] @ models/lib/vit.yaml:103:7
%5647 = broadcast %4200 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5648 = mul %34, %5647 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5649 = broadcast %2175 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5650 = mul %5642, %5649 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5651 = broadcast %1457 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5652 = mul %5643, %5651 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5653 = add %5652, %5650 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5654 = mul %5642, %5642 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5655 = broadcast %4210 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5656 = mul %5654, %5655 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5657 = broadcast %4214 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5658 = mul %5644, %5657 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5659 = add %5658, %5656 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5660 = cast %5646 : f64[] @ models/lib/vit.yaml:103:7
%5661 = pow %4205, %5660 : f64[] @ models/lib/vit.yaml:103:7
%5662 = sub %4186, %5661 : f64[] @ models/lib/vit.yaml:103:7
%5663 = div %2498, %5662 : f64[] @ models/lib/vit.yaml:103:7
%5664 = pow %4213, %5660 : f64[] @ models/lib/vit.yaml:103:7
%5665 = sub %4186, %5664 : f64[] @ models/lib/vit.yaml:103:7
%5666 = sqrt %5665 : f64[] @ models/lib/vit.yaml:103:7
%5667 = div %4186, %5666 : f64[] @ models/lib/vit.yaml:103:7
%5668 = sqrt %5659 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5669 = cast %5667 : f32[] @ models/lib/vit.yaml:103:7
%5670 = broadcast %5669 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5671 = mul %5668, %5670 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5672 = broadcast %4230 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5673 = add %5671, %5672 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5674 = div %5653, %5673 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5675 = cast %5663 : f32[] @ models/lib/vit.yaml:103:7
%5676 = broadcast %5675 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5677 = mul %5674, %5676 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5678 = sub %5648, %5677 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5679 = assign %34, %5678 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5680 = assign %5643, %5653 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5681 = assign %5644, %5659 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5682 = assign %5645, %5646 : i64[] @ models/lib/vit.yaml:103:7
%5683 = broadcast %3 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5684 = mul %96, %5683 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5685 = broadcast %4245 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5686 = mul %5678, %5685 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5687 = add %5684, %5686 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5688 = assign %96, %5687 : f32[1,1,64] @ models/lib/vit.yaml:103:7
%5689 = all_reduce_sum %3822 : f32[64] @ models/lib/nn.yaml:89:7
%5690 = mul %5689, %5689 : f32[64] @ models/lib/nn.yaml:89:7
%5691 = reduce_sum %5690 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5692 = sqrt %5691 : f32[] @ models/lib/nn.yaml:89:7
%5693 = cast %5692 : f64[] @ models/lib/nn.yaml:89:7
%5694 = add %5693, %4182 : f64[] @ models/lib/nn.yaml:89:7
%5695 = div %4184, %5694 : f64[] @ models/lib/nn.yaml:89:7
%5696 = lt %5695, %4186 : bool[] @ models/lib/nn.yaml:89:7
%5697 = cast %5695 : f32[] @ models/lib/nn.yaml:89:7
%5698 = broadcast %5697 : f32[64] @ models/lib/nn.yaml:89:7
%5699 = mul %5689, %5698 : f32[64] @ models/lib/nn.yaml:89:7
%5700 = broadcast %5696 : bool[64] @ models/lib/nn.yaml:89:7
%5701 = select %5700, %5699, %5689 : f32[64] @ models/lib/nn.yaml:89:7
%5702 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5703 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%5704 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5705 = add %5704, %4196 : i64[] @ models/lib/nn.yaml:89:7
%5706 = mul %5701, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%5707 = mul %5702, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%5708 = add %5707, %5706 : f32[64] @ models/lib/nn.yaml:89:7
%5709 = mul %5701, %5701 : f32[64] @ models/lib/nn.yaml:89:7
%5710 = mul %5709, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%5711 = mul %5703, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%5712 = add %5711, %5710 : f32[64] @ models/lib/nn.yaml:89:7
%5713 = cast %5705 : f64[] @ models/lib/nn.yaml:89:7
%5714 = pow %4205, %5713 : f64[] @ models/lib/nn.yaml:89:7
%5715 = sub %4186, %5714 : f64[] @ models/lib/nn.yaml:89:7
%5716 = div %2498, %5715 : f64[] @ models/lib/nn.yaml:89:7
%5717 = pow %4213, %5713 : f64[] @ models/lib/nn.yaml:89:7
%5718 = sub %4186, %5717 : f64[] @ models/lib/nn.yaml:89:7
%5719 = sqrt %5718 : f64[] @ models/lib/nn.yaml:89:7
%5720 = div %4186, %5719 : f64[] @ models/lib/nn.yaml:89:7
%5721 = sqrt %5712 : f32[64] @ models/lib/nn.yaml:89:7
%5722 = cast %5720 : f32[] @ models/lib/nn.yaml:89:7
%5723 = broadcast %5722 : f32[64] @ models/lib/nn.yaml:89:7
%5724 = mul %5721, %5723 : f32[64] @ models/lib/nn.yaml:89:7
%5725 = add %5724, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%5726 = div %5708, %5725 : f32[64] @ models/lib/nn.yaml:89:7
%5727 = cast %5716 : f32[] @ models/lib/nn.yaml:89:7
%5728 = broadcast %5727 : f32[64] @ models/lib/nn.yaml:89:7
%5729 = mul %5726, %5728 : f32[64] @ models/lib/nn.yaml:89:7
%5730 = sub %35, %5729 : f32[64] @ models/lib/nn.yaml:89:7
%5731 = assign %35, %5730 : f32[64] @ models/lib/nn.yaml:89:7
%5732 = assign %5702, %5708 : f32[64] @ models/lib/nn.yaml:89:7
%5733 = assign %5703, %5712 : f32[64] @ models/lib/nn.yaml:89:7
%5734 = assign %5704, %5705 : i64[] @ models/lib/nn.yaml:89:7
%5735 = mul %97, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%5736 = mul %5730, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%5737 = add %5735, %5736 : f32[64] @ models/lib/nn.yaml:89:7
%5738 = assign %97, %5737 : f32[64] @ models/lib/nn.yaml:89:7
%5739 = all_reduce_sum %3817 : f32[64] @ models/lib/nn.yaml:90:7
%5740 = mul %5739, %5739 : f32[64] @ models/lib/nn.yaml:90:7
%5741 = reduce_sum %5740 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5742 = sqrt %5741 : f32[] @ models/lib/nn.yaml:90:7
%5743 = cast %5742 : f64[] @ models/lib/nn.yaml:90:7
%5744 = add %5743, %4182 : f64[] @ models/lib/nn.yaml:90:7
%5745 = div %4184, %5744 : f64[] @ models/lib/nn.yaml:90:7
%5746 = lt %5745, %4186 : bool[] @ models/lib/nn.yaml:90:7
%5747 = cast %5745 : f32[] @ models/lib/nn.yaml:90:7
%5748 = broadcast %5747 : f32[64] @ models/lib/nn.yaml:90:7
%5749 = mul %5739, %5748 : f32[64] @ models/lib/nn.yaml:90:7
%5750 = broadcast %5746 : bool[64] @ models/lib/nn.yaml:90:7
%5751 = select %5750, %5749, %5739 : f32[64] @ models/lib/nn.yaml:90:7
%5752 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5753 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%5754 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5755 = add %5754, %4196 : i64[] @ models/lib/nn.yaml:90:7
%5756 = mul %5751, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%5757 = mul %5752, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%5758 = add %5757, %5756 : f32[64] @ models/lib/nn.yaml:90:7
%5759 = mul %5751, %5751 : f32[64] @ models/lib/nn.yaml:90:7
%5760 = mul %5759, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%5761 = mul %5753, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%5762 = add %5761, %5760 : f32[64] @ models/lib/nn.yaml:90:7
%5763 = cast %5755 : f64[] @ models/lib/nn.yaml:90:7
%5764 = pow %4205, %5763 : f64[] @ models/lib/nn.yaml:90:7
%5765 = sub %4186, %5764 : f64[] @ models/lib/nn.yaml:90:7
%5766 = div %2498, %5765 : f64[] @ models/lib/nn.yaml:90:7
%5767 = pow %4213, %5763 : f64[] @ models/lib/nn.yaml:90:7
%5768 = sub %4186, %5767 : f64[] @ models/lib/nn.yaml:90:7
%5769 = sqrt %5768 : f64[] @ models/lib/nn.yaml:90:7
%5770 = div %4186, %5769 : f64[] @ models/lib/nn.yaml:90:7
%5771 = sqrt %5762 : f32[64] @ models/lib/nn.yaml:90:7
%5772 = cast %5770 : f32[] @ models/lib/nn.yaml:90:7
%5773 = broadcast %5772 : f32[64] @ models/lib/nn.yaml:90:7
%5774 = mul %5771, %5773 : f32[64] @ models/lib/nn.yaml:90:7
%5775 = add %5774, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%5776 = div %5758, %5775 : f32[64] @ models/lib/nn.yaml:90:7
%5777 = cast %5766 : f32[] @ models/lib/nn.yaml:90:7
%5778 = broadcast %5777 : f32[64] @ models/lib/nn.yaml:90:7
%5779 = mul %5776, %5778 : f32[64] @ models/lib/nn.yaml:90:7
%5780 = sub %36, %5779 : f32[64] @ models/lib/nn.yaml:90:7
%5781 = assign %36, %5780 : f32[64] @ models/lib/nn.yaml:90:7
%5782 = assign %5752, %5758 : f32[64] @ models/lib/nn.yaml:90:7
%5783 = assign %5753, %5762 : f32[64] @ models/lib/nn.yaml:90:7
%5784 = assign %5754, %5755 : i64[] @ models/lib/nn.yaml:90:7
%5785 = mul %98, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%5786 = mul %5780, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%5787 = add %5785, %5786 : f32[64] @ models/lib/nn.yaml:90:7
%5788 = assign %98, %5787 : f32[64] @ models/lib/nn.yaml:90:7
%5789 = all_reduce_sum %3810 : f32[64,64] @ models/lib/nn.yaml:79:7
%5790 = reshape %5789 : f32[4096] @ models/lib/nn.yaml:79:7
%5791 = mul %5790, %5790 : f32[4096] @ models/lib/nn.yaml:79:7
%5792 = reduce_sum %5791 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5793 = sqrt %5792 : f32[] @ models/lib/nn.yaml:79:7
%5794 = cast %5793 : f64[] @ models/lib/nn.yaml:79:7
%5795 = add %5794, %4182 : f64[] @ models/lib/nn.yaml:79:7
%5796 = div %4184, %5795 : f64[] @ models/lib/nn.yaml:79:7
%5797 = lt %5796, %4186 : bool[] @ models/lib/nn.yaml:79:7
%5798 = cast %5796 : f32[] @ models/lib/nn.yaml:79:7
%5799 = broadcast %5798 : f32[64,64] @ models/lib/nn.yaml:79:7
%5800 = mul %5789, %5799 : f32[64,64] @ models/lib/nn.yaml:79:7
%5801 = broadcast %5797 : bool[64,64] @ models/lib/nn.yaml:79:7
%5802 = select %5801, %5800, %5789 : f32[64,64] @ models/lib/nn.yaml:79:7
%5803 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5804 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5805 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5806 = add %5805, %4196 : i64[] @ models/lib/nn.yaml:79:7
%5807 = mul %37, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%5808 = mul %5802, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%5809 = mul %5803, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%5810 = add %5809, %5808 : f32[64,64] @ models/lib/nn.yaml:79:7
%5811 = mul %5802, %5802 : f32[64,64] @ models/lib/nn.yaml:79:7
%5812 = mul %5811, %4610 : f32[64,64] @ models/lib/nn.yaml:79:7
%5813 = mul %5804, %4612 : f32[64,64] @ models/lib/nn.yaml:79:7
%5814 = add %5813, %5812 : f32[64,64] @ models/lib/nn.yaml:79:7
%5815 = cast %5806 : f64[] @ models/lib/nn.yaml:79:7
%5816 = pow %4205, %5815 : f64[] @ models/lib/nn.yaml:79:7
%5817 = sub %4186, %5816 : f64[] @ models/lib/nn.yaml:79:7
%5818 = div %2498, %5817 : f64[] @ models/lib/nn.yaml:79:7
%5819 = pow %4213, %5815 : f64[] @ models/lib/nn.yaml:79:7
%5820 = sub %4186, %5819 : f64[] @ models/lib/nn.yaml:79:7
%5821 = sqrt %5820 : f64[] @ models/lib/nn.yaml:79:7
%5822 = div %4186, %5821 : f64[] @ models/lib/nn.yaml:79:7
%5823 = sqrt %5814 : f32[64,64] @ models/lib/nn.yaml:79:7
%5824 = cast %5822 : f32[] @ models/lib/nn.yaml:79:7
%5825 = broadcast %5824 : f32[64,64] @ models/lib/nn.yaml:79:7
%5826 = mul %5823, %5825 : f32[64,64] @ models/lib/nn.yaml:79:7
%5827 = add %5826, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%5828 = div %5810, %5827 : f32[64,64] @ models/lib/nn.yaml:79:7
%5829 = cast %5818 : f32[] @ models/lib/nn.yaml:79:7
%5830 = broadcast %5829 : f32[64,64] @ models/lib/nn.yaml:79:7
%5831 = mul %5828, %5830 : f32[64,64] @ models/lib/nn.yaml:79:7
%5832 = sub %5807, %5831 : f32[64,64] @ models/lib/nn.yaml:79:7
%5833 = assign %37, %5832 : f32[64,64] @ models/lib/nn.yaml:79:7
%5834 = assign %5803, %5810 : f32[64,64] @ models/lib/nn.yaml:79:7
%5835 = assign %5804, %5814 : f32[64,64] @ models/lib/nn.yaml:79:7
%5836 = assign %5805, %5806 : i64[] @ models/lib/nn.yaml:79:7
%5837 = mul %99, %4638 : f32[64,64] @ models/lib/nn.yaml:79:7
%5838 = mul %5832, %4640 : f32[64,64] @ models/lib/nn.yaml:79:7
%5839 = add %5837, %5838 : f32[64,64] @ models/lib/nn.yaml:79:7
%5840 = assign %99, %5839 : f32[64,64] @ models/lib/nn.yaml:79:7
%5841 = all_reduce_sum %3801 : f32[64] @ models/lib/nn.yaml:80:7
%5842 = mul %5841, %5841 : f32[64] @ models/lib/nn.yaml:80:7
%5843 = reduce_sum %5842 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5844 = sqrt %5843 : f32[] @ models/lib/nn.yaml:80:7
%5845 = cast %5844 : f64[] @ models/lib/nn.yaml:80:7
%5846 = add %5845, %4182 : f64[] @ models/lib/nn.yaml:80:7
%5847 = div %4184, %5846 : f64[] @ models/lib/nn.yaml:80:7
%5848 = lt %5847, %4186 : bool[] @ models/lib/nn.yaml:80:7
%5849 = cast %5847 : f32[] @ models/lib/nn.yaml:80:7
%5850 = broadcast %5849 : f32[64] @ models/lib/nn.yaml:80:7
%5851 = mul %5841, %5850 : f32[64] @ models/lib/nn.yaml:80:7
%5852 = broadcast %5848 : bool[64] @ models/lib/nn.yaml:80:7
%5853 = select %5852, %5851, %5841 : f32[64] @ models/lib/nn.yaml:80:7
%5854 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5855 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5856 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5857 = add %5856, %4196 : i64[] @ models/lib/nn.yaml:80:7
%5858 = mul %5853, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5859 = mul %5854, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5860 = add %5859, %5858 : f32[64] @ models/lib/nn.yaml:80:7
%5861 = mul %5853, %5853 : f32[64] @ models/lib/nn.yaml:80:7
%5862 = mul %5861, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%5863 = mul %5855, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%5864 = add %5863, %5862 : f32[64] @ models/lib/nn.yaml:80:7
%5865 = cast %5857 : f64[] @ models/lib/nn.yaml:80:7
%5866 = pow %4205, %5865 : f64[] @ models/lib/nn.yaml:80:7
%5867 = sub %4186, %5866 : f64[] @ models/lib/nn.yaml:80:7
%5868 = div %2498, %5867 : f64[] @ models/lib/nn.yaml:80:7
%5869 = pow %4213, %5865 : f64[] @ models/lib/nn.yaml:80:7
%5870 = sub %4186, %5869 : f64[] @ models/lib/nn.yaml:80:7
%5871 = sqrt %5870 : f64[] @ models/lib/nn.yaml:80:7
%5872 = div %4186, %5871 : f64[] @ models/lib/nn.yaml:80:7
%5873 = sqrt %5864 : f32[64] @ models/lib/nn.yaml:80:7
%5874 = cast %5872 : f32[] @ models/lib/nn.yaml:80:7
%5875 = broadcast %5874 : f32[64] @ models/lib/nn.yaml:80:7
%5876 = mul %5873, %5875 : f32[64] @ models/lib/nn.yaml:80:7
%5877 = add %5876, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%5878 = div %5860, %5877 : f32[64] @ models/lib/nn.yaml:80:7
%5879 = cast %5868 : f32[] @ models/lib/nn.yaml:80:7
%5880 = broadcast %5879 : f32[64] @ models/lib/nn.yaml:80:7
%5881 = mul %5878, %5880 : f32[64] @ models/lib/nn.yaml:80:7
%5882 = sub %38, %5881 : f32[64] @ models/lib/nn.yaml:80:7
%5883 = assign %38, %5882 : f32[64] @ models/lib/nn.yaml:80:7
%5884 = assign %5854, %5860 : f32[64] @ models/lib/nn.yaml:80:7
%5885 = assign %5855, %5864 : f32[64] @ models/lib/nn.yaml:80:7
%5886 = assign %5856, %5857 : i64[] @ models/lib/nn.yaml:80:7
%5887 = mul %100, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%5888 = mul %5882, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%5889 = add %5887, %5888 : f32[64] @ models/lib/nn.yaml:80:7
%5890 = assign %100, %5889 : f32[64] @ models/lib/nn.yaml:80:7
%5891 = all_reduce_sum %3795 : f32[64,64] @ models/lib/nn.yaml:79:7
%5892 = reshape %5891 : f32[4096] @ models/lib/nn.yaml:79:7
%5893 = mul %5892, %5892 : f32[4096] @ models/lib/nn.yaml:79:7
%5894 = reduce_sum %5893 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5895 = sqrt %5894 : f32[] @ models/lib/nn.yaml:79:7
%5896 = cast %5895 : f64[] @ models/lib/nn.yaml:79:7
%5897 = add %5896, %4182 : f64[] @ models/lib/nn.yaml:79:7
%5898 = div %4184, %5897 : f64[] @ models/lib/nn.yaml:79:7
%5899 = lt %5898, %4186 : bool[] @ models/lib/nn.yaml:79:7
%5900 = cast %5898 : f32[] @ models/lib/nn.yaml:79:7
%5901 = broadcast %5900 : f32[64,64] @ models/lib/nn.yaml:79:7
%5902 = mul %5891, %5901 : f32[64,64] @ models/lib/nn.yaml:79:7
%5903 = broadcast %5899 : bool[64,64] @ models/lib/nn.yaml:79:7
%5904 = select %5903, %5902, %5891 : f32[64,64] @ models/lib/nn.yaml:79:7
%5905 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5906 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%5907 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5908 = add %5907, %4196 : i64[] @ models/lib/nn.yaml:79:7
%5909 = mul %39, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%5910 = mul %5904, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%5911 = mul %5905, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%5912 = add %5911, %5910 : f32[64,64] @ models/lib/nn.yaml:79:7
%5913 = mul %5904, %5904 : f32[64,64] @ models/lib/nn.yaml:79:7
%5914 = mul %5913, %4610 : f32[64,64] @ models/lib/nn.yaml:79:7
%5915 = mul %5906, %4612 : f32[64,64] @ models/lib/nn.yaml:79:7
%5916 = add %5915, %5914 : f32[64,64] @ models/lib/nn.yaml:79:7
%5917 = cast %5908 : f64[] @ models/lib/nn.yaml:79:7
%5918 = pow %4205, %5917 : f64[] @ models/lib/nn.yaml:79:7
%5919 = sub %4186, %5918 : f64[] @ models/lib/nn.yaml:79:7
%5920 = div %2498, %5919 : f64[] @ models/lib/nn.yaml:79:7
%5921 = pow %4213, %5917 : f64[] @ models/lib/nn.yaml:79:7
%5922 = sub %4186, %5921 : f64[] @ models/lib/nn.yaml:79:7
%5923 = sqrt %5922 : f64[] @ models/lib/nn.yaml:79:7
%5924 = div %4186, %5923 : f64[] @ models/lib/nn.yaml:79:7
%5925 = sqrt %5916 : f32[64,64] @ models/lib/nn.yaml:79:7
%5926 = cast %5924 : f32[] @ models/lib/nn.yaml:79:7
%5927 = broadcast %5926 : f32[64,64] @ models/lib/nn.yaml:79:7
%5928 = mul %5925, %5927 : f32[64,64] @ models/lib/nn.yaml:79:7
%5929 = add %5928, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%5930 = div %5912, %5929 : f32[64,64] @ models/lib/nn.yaml:79:7
%5931 = cast %5920 : f32[] @ models/lib/nn.yaml:79:7
%5932 = broadcast %5931 : f32[64,64] @ models/lib/nn.yaml:79:7
%5933 = mul %5930, %5932 : f32[64,64] @ models/lib/nn.yaml:79:7
%5934 = sub %5909, %5933 : f32[64,64] @ models/lib/nn.yaml:79:7
%5935 = assign %39, %5934 : f32[64,64] @ models/lib/nn.yaml:79:7
%5936 = assign %5905, %5912 : f32[64,64] @ models/lib/nn.yaml:79:7
%5937 = assign %5906, %5916 : f32[64,64] @ models/lib/nn.yaml:79:7
%5938 = assign %5907, %5908 : i64[] @ models/lib/nn.yaml:79:7
%5939 = mul %101, %4638 : f32[64,64] @ models/lib/nn.yaml:79:7
%5940 = mul %5934, %4640 : f32[64,64] @ models/lib/nn.yaml:79:7
%5941 = add %5939, %5940 : f32[64,64] @ models/lib/nn.yaml:79:7
%5942 = assign %101, %5941 : f32[64,64] @ models/lib/nn.yaml:79:7
%5943 = all_reduce_sum %3787 : f32[64] @ models/lib/nn.yaml:80:7
%5944 = mul %5943, %5943 : f32[64] @ models/lib/nn.yaml:80:7
%5945 = reduce_sum %5944 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5946 = sqrt %5945 : f32[] @ models/lib/nn.yaml:80:7
%5947 = cast %5946 : f64[] @ models/lib/nn.yaml:80:7
%5948 = add %5947, %4182 : f64[] @ models/lib/nn.yaml:80:7
%5949 = div %4184, %5948 : f64[] @ models/lib/nn.yaml:80:7
%5950 = lt %5949, %4186 : bool[] @ models/lib/nn.yaml:80:7
%5951 = cast %5949 : f32[] @ models/lib/nn.yaml:80:7
%5952 = broadcast %5951 : f32[64] @ models/lib/nn.yaml:80:7
%5953 = mul %5943, %5952 : f32[64] @ models/lib/nn.yaml:80:7
%5954 = broadcast %5950 : bool[64] @ models/lib/nn.yaml:80:7
%5955 = select %5954, %5953, %5943 : f32[64] @ models/lib/nn.yaml:80:7
%5956 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5957 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5958 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5959 = add %5958, %4196 : i64[] @ models/lib/nn.yaml:80:7
%5960 = mul %5955, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%5961 = mul %5956, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%5962 = add %5961, %5960 : f32[64] @ models/lib/nn.yaml:80:7
%5963 = mul %5955, %5955 : f32[64] @ models/lib/nn.yaml:80:7
%5964 = mul %5963, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%5965 = mul %5957, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%5966 = add %5965, %5964 : f32[64] @ models/lib/nn.yaml:80:7
%5967 = cast %5959 : f64[] @ models/lib/nn.yaml:80:7
%5968 = pow %4205, %5967 : f64[] @ models/lib/nn.yaml:80:7
%5969 = sub %4186, %5968 : f64[] @ models/lib/nn.yaml:80:7
%5970 = div %2498, %5969 : f64[] @ models/lib/nn.yaml:80:7
%5971 = pow %4213, %5967 : f64[] @ models/lib/nn.yaml:80:7
%5972 = sub %4186, %5971 : f64[] @ models/lib/nn.yaml:80:7
%5973 = sqrt %5972 : f64[] @ models/lib/nn.yaml:80:7
%5974 = div %4186, %5973 : f64[] @ models/lib/nn.yaml:80:7
%5975 = sqrt %5966 : f32[64] @ models/lib/nn.yaml:80:7
%5976 = cast %5974 : f32[] @ models/lib/nn.yaml:80:7
%5977 = broadcast %5976 : f32[64] @ models/lib/nn.yaml:80:7
%5978 = mul %5975, %5977 : f32[64] @ models/lib/nn.yaml:80:7
%5979 = add %5978, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%5980 = div %5962, %5979 : f32[64] @ models/lib/nn.yaml:80:7
%5981 = cast %5970 : f32[] @ models/lib/nn.yaml:80:7
%5982 = broadcast %5981 : f32[64] @ models/lib/nn.yaml:80:7
%5983 = mul %5980, %5982 : f32[64] @ models/lib/nn.yaml:80:7
%5984 = sub %40, %5983 : f32[64] @ models/lib/nn.yaml:80:7
%5985 = assign %40, %5984 : f32[64] @ models/lib/nn.yaml:80:7
%5986 = assign %5956, %5962 : f32[64] @ models/lib/nn.yaml:80:7
%5987 = assign %5957, %5966 : f32[64] @ models/lib/nn.yaml:80:7
%5988 = assign %5958, %5959 : i64[] @ models/lib/nn.yaml:80:7
%5989 = mul %102, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%5990 = mul %5984, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%5991 = add %5989, %5990 : f32[64] @ models/lib/nn.yaml:80:7
%5992 = assign %102, %5991 : f32[64] @ models/lib/nn.yaml:80:7
%5993 = all_reduce_sum %3781 : f32[64,64] @ models/lib/nn.yaml:79:7
%5994 = reshape %5993 : f32[4096] @ models/lib/nn.yaml:79:7
%5995 = mul %5994, %5994 : f32[4096] @ models/lib/nn.yaml:79:7
%5996 = reduce_sum %5995 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5997 = sqrt %5996 : f32[] @ models/lib/nn.yaml:79:7
%5998 = cast %5997 : f64[] @ models/lib/nn.yaml:79:7
%5999 = add %5998, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6000 = div %4184, %5999 : f64[] @ models/lib/nn.yaml:79:7
%6001 = lt %6000, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6002 = cast %6000 : f32[] @ models/lib/nn.yaml:79:7
%6003 = broadcast %6002 : f32[64,64] @ models/lib/nn.yaml:79:7
%6004 = mul %5993, %6003 : f32[64,64] @ models/lib/nn.yaml:79:7
%6005 = broadcast %6001 : bool[64,64] @ models/lib/nn.yaml:79:7
%6006 = select %6005, %6004, %5993 : f32[64,64] @ models/lib/nn.yaml:79:7
%6007 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6008 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6009 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6010 = add %6009, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6011 = mul %41, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%6012 = mul %6006, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%6013 = mul %6007, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%6014 = add %6013, %6012 : f32[64,64] @ models/lib/nn.yaml:79:7
%6015 = mul %6006, %6006 : f32[64,64] @ models/lib/nn.yaml:79:7
%6016 = mul %6015, %4610 : f32[64,64] @ models/lib/nn.yaml:79:7
%6017 = mul %6008, %4612 : f32[64,64] @ models/lib/nn.yaml:79:7
%6018 = add %6017, %6016 : f32[64,64] @ models/lib/nn.yaml:79:7
%6019 = cast %6010 : f64[] @ models/lib/nn.yaml:79:7
%6020 = pow %4205, %6019 : f64[] @ models/lib/nn.yaml:79:7
%6021 = sub %4186, %6020 : f64[] @ models/lib/nn.yaml:79:7
%6022 = div %2498, %6021 : f64[] @ models/lib/nn.yaml:79:7
%6023 = pow %4213, %6019 : f64[] @ models/lib/nn.yaml:79:7
%6024 = sub %4186, %6023 : f64[] @ models/lib/nn.yaml:79:7
%6025 = sqrt %6024 : f64[] @ models/lib/nn.yaml:79:7
%6026 = div %4186, %6025 : f64[] @ models/lib/nn.yaml:79:7
%6027 = sqrt %6018 : f32[64,64] @ models/lib/nn.yaml:79:7
%6028 = cast %6026 : f32[] @ models/lib/nn.yaml:79:7
%6029 = broadcast %6028 : f32[64,64] @ models/lib/nn.yaml:79:7
%6030 = mul %6027, %6029 : f32[64,64] @ models/lib/nn.yaml:79:7
%6031 = add %6030, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%6032 = div %6014, %6031 : f32[64,64] @ models/lib/nn.yaml:79:7
%6033 = cast %6022 : f32[] @ models/lib/nn.yaml:79:7
%6034 = broadcast %6033 : f32[64,64] @ models/lib/nn.yaml:79:7
%6035 = mul %6032, %6034 : f32[64,64] @ models/lib/nn.yaml:79:7
%6036 = sub %6011, %6035 : f32[64,64] @ models/lib/nn.yaml:79:7
%6037 = assign %41, %6036 : f32[64,64] @ models/lib/nn.yaml:79:7
%6038 = assign %6007, %6014 : f32[64,64] @ models/lib/nn.yaml:79:7
%6039 = assign %6008, %6018 : f32[64,64] @ models/lib/nn.yaml:79:7
%6040 = assign %6009, %6010 : i64[] @ models/lib/nn.yaml:79:7
%6041 = mul %103, %4638 : f32[64,64] @ models/lib/nn.yaml:79:7
%6042 = mul %6036, %4640 : f32[64,64] @ models/lib/nn.yaml:79:7
%6043 = add %6041, %6042 : f32[64,64] @ models/lib/nn.yaml:79:7
%6044 = assign %103, %6043 : f32[64,64] @ models/lib/nn.yaml:79:7
%6045 = all_reduce_sum %3775 : f32[64] @ models/lib/nn.yaml:80:7
%6046 = mul %6045, %6045 : f32[64] @ models/lib/nn.yaml:80:7
%6047 = reduce_sum %6046 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6048 = sqrt %6047 : f32[] @ models/lib/nn.yaml:80:7
%6049 = cast %6048 : f64[] @ models/lib/nn.yaml:80:7
%6050 = add %6049, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6051 = div %4184, %6050 : f64[] @ models/lib/nn.yaml:80:7
%6052 = lt %6051, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6053 = cast %6051 : f32[] @ models/lib/nn.yaml:80:7
%6054 = broadcast %6053 : f32[64] @ models/lib/nn.yaml:80:7
%6055 = mul %6045, %6054 : f32[64] @ models/lib/nn.yaml:80:7
%6056 = broadcast %6052 : bool[64] @ models/lib/nn.yaml:80:7
%6057 = select %6056, %6055, %6045 : f32[64] @ models/lib/nn.yaml:80:7
%6058 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6059 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6060 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6061 = add %6060, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6062 = mul %6057, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6063 = mul %6058, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6064 = add %6063, %6062 : f32[64] @ models/lib/nn.yaml:80:7
%6065 = mul %6057, %6057 : f32[64] @ models/lib/nn.yaml:80:7
%6066 = mul %6065, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%6067 = mul %6059, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%6068 = add %6067, %6066 : f32[64] @ models/lib/nn.yaml:80:7
%6069 = cast %6061 : f64[] @ models/lib/nn.yaml:80:7
%6070 = pow %4205, %6069 : f64[] @ models/lib/nn.yaml:80:7
%6071 = sub %4186, %6070 : f64[] @ models/lib/nn.yaml:80:7
%6072 = div %2498, %6071 : f64[] @ models/lib/nn.yaml:80:7
%6073 = pow %4213, %6069 : f64[] @ models/lib/nn.yaml:80:7
%6074 = sub %4186, %6073 : f64[] @ models/lib/nn.yaml:80:7
%6075 = sqrt %6074 : f64[] @ models/lib/nn.yaml:80:7
%6076 = div %4186, %6075 : f64[] @ models/lib/nn.yaml:80:7
%6077 = sqrt %6068 : f32[64] @ models/lib/nn.yaml:80:7
%6078 = cast %6076 : f32[] @ models/lib/nn.yaml:80:7
%6079 = broadcast %6078 : f32[64] @ models/lib/nn.yaml:80:7
%6080 = mul %6077, %6079 : f32[64] @ models/lib/nn.yaml:80:7
%6081 = add %6080, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%6082 = div %6064, %6081 : f32[64] @ models/lib/nn.yaml:80:7
%6083 = cast %6072 : f32[] @ models/lib/nn.yaml:80:7
%6084 = broadcast %6083 : f32[64] @ models/lib/nn.yaml:80:7
%6085 = mul %6082, %6084 : f32[64] @ models/lib/nn.yaml:80:7
%6086 = sub %42, %6085 : f32[64] @ models/lib/nn.yaml:80:7
%6087 = assign %42, %6086 : f32[64] @ models/lib/nn.yaml:80:7
%6088 = assign %6058, %6064 : f32[64] @ models/lib/nn.yaml:80:7
%6089 = assign %6059, %6068 : f32[64] @ models/lib/nn.yaml:80:7
%6090 = assign %6060, %6061 : i64[] @ models/lib/nn.yaml:80:7
%6091 = mul %104, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%6092 = mul %6086, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%6093 = add %6091, %6092 : f32[64] @ models/lib/nn.yaml:80:7
%6094 = assign %104, %6093 : f32[64] @ models/lib/nn.yaml:80:7
%6095 = all_reduce_sum %3729 : f32[64,64] @ models/lib/nn.yaml:79:7
%6096 = reshape %6095 : f32[4096] @ models/lib/nn.yaml:79:7
%6097 = mul %6096, %6096 : f32[4096] @ models/lib/nn.yaml:79:7
%6098 = reduce_sum %6097 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6099 = sqrt %6098 : f32[] @ models/lib/nn.yaml:79:7
%6100 = cast %6099 : f64[] @ models/lib/nn.yaml:79:7
%6101 = add %6100, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6102 = div %4184, %6101 : f64[] @ models/lib/nn.yaml:79:7
%6103 = lt %6102, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6104 = cast %6102 : f32[] @ models/lib/nn.yaml:79:7
%6105 = broadcast %6104 : f32[64,64] @ models/lib/nn.yaml:79:7
%6106 = mul %6095, %6105 : f32[64,64] @ models/lib/nn.yaml:79:7
%6107 = broadcast %6103 : bool[64,64] @ models/lib/nn.yaml:79:7
%6108 = select %6107, %6106, %6095 : f32[64,64] @ models/lib/nn.yaml:79:7
%6109 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6110 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[64,64] @ models/lib/nn.yaml:79:7
%6111 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6112 = add %6111, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6113 = mul %43, %4602 : f32[64,64] @ models/lib/nn.yaml:79:7
%6114 = mul %6108, %4604 : f32[64,64] @ models/lib/nn.yaml:79:7
%6115 = mul %6109, %4606 : f32[64,64] @ models/lib/nn.yaml:79:7
%6116 = add %6115, %6114 : f32[64,64] @ models/lib/nn.yaml:79:7
%6117 = mul %6108, %6108 : f32[64,64] @ models/lib/nn.yaml:79:7
%6118 = mul %6117, %4610 : f32[64,64] @ models/lib/nn.yaml:79:7
%6119 = mul %6110, %4612 : f32[64,64] @ models/lib/nn.yaml:79:7
%6120 = add %6119, %6118 : f32[64,64] @ models/lib/nn.yaml:79:7
%6121 = cast %6112 : f64[] @ models/lib/nn.yaml:79:7
%6122 = pow %4205, %6121 : f64[] @ models/lib/nn.yaml:79:7
%6123 = sub %4186, %6122 : f64[] @ models/lib/nn.yaml:79:7
%6124 = div %2498, %6123 : f64[] @ models/lib/nn.yaml:79:7
%6125 = pow %4213, %6121 : f64[] @ models/lib/nn.yaml:79:7
%6126 = sub %4186, %6125 : f64[] @ models/lib/nn.yaml:79:7
%6127 = sqrt %6126 : f64[] @ models/lib/nn.yaml:79:7
%6128 = div %4186, %6127 : f64[] @ models/lib/nn.yaml:79:7
%6129 = sqrt %6120 : f32[64,64] @ models/lib/nn.yaml:79:7
%6130 = cast %6128 : f32[] @ models/lib/nn.yaml:79:7
%6131 = broadcast %6130 : f32[64,64] @ models/lib/nn.yaml:79:7
%6132 = mul %6129, %6131 : f32[64,64] @ models/lib/nn.yaml:79:7
%6133 = add %6132, %4627 : f32[64,64] @ models/lib/nn.yaml:79:7
%6134 = div %6116, %6133 : f32[64,64] @ models/lib/nn.yaml:79:7
%6135 = cast %6124 : f32[] @ models/lib/nn.yaml:79:7
%6136 = broadcast %6135 : f32[64,64] @ models/lib/nn.yaml:79:7
%6137 = mul %6134, %6136 : f32[64,64] @ models/lib/nn.yaml:79:7
%6138 = sub %6113, %6137 : f32[64,64] @ models/lib/nn.yaml:79:7
%6139 = assign %43, %6138 : f32[64,64] @ models/lib/nn.yaml:79:7
%6140 = assign %6109, %6116 : f32[64,64] @ models/lib/nn.yaml:79:7
%6141 = assign %6110, %6120 : f32[64,64] @ models/lib/nn.yaml:79:7
%6142 = assign %6111, %6112 : i64[] @ models/lib/nn.yaml:79:7
%6143 = mul %105, %4638 : f32[64,64] @ models/lib/nn.yaml:79:7
%6144 = mul %6138, %4640 : f32[64,64] @ models/lib/nn.yaml:79:7
%6145 = add %6143, %6144 : f32[64,64] @ models/lib/nn.yaml:79:7
%6146 = assign %105, %6145 : f32[64,64] @ models/lib/nn.yaml:79:7
%6147 = all_reduce_sum %3721 : f32[64] @ models/lib/nn.yaml:80:7
%6148 = mul %6147, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%6149 = reduce_sum %6148 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6150 = sqrt %6149 : f32[] @ models/lib/nn.yaml:80:7
%6151 = cast %6150 : f64[] @ models/lib/nn.yaml:80:7
%6152 = add %6151, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6153 = div %4184, %6152 : f64[] @ models/lib/nn.yaml:80:7
%6154 = lt %6153, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6155 = cast %6153 : f32[] @ models/lib/nn.yaml:80:7
%6156 = broadcast %6155 : f32[64] @ models/lib/nn.yaml:80:7
%6157 = mul %6147, %6156 : f32[64] @ models/lib/nn.yaml:80:7
%6158 = broadcast %6154 : bool[64] @ models/lib/nn.yaml:80:7
%6159 = select %6158, %6157, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%6160 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6161 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6162 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6163 = add %6162, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6164 = mul %6159, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6165 = mul %6160, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6166 = add %6165, %6164 : f32[64] @ models/lib/nn.yaml:80:7
%6167 = mul %6159, %6159 : f32[64] @ models/lib/nn.yaml:80:7
%6168 = mul %6167, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%6169 = mul %6161, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%6170 = add %6169, %6168 : f32[64] @ models/lib/nn.yaml:80:7
%6171 = cast %6163 : f64[] @ models/lib/nn.yaml:80:7
%6172 = pow %4205, %6171 : f64[] @ models/lib/nn.yaml:80:7
%6173 = sub %4186, %6172 : f64[] @ models/lib/nn.yaml:80:7
%6174 = div %2498, %6173 : f64[] @ models/lib/nn.yaml:80:7
%6175 = pow %4213, %6171 : f64[] @ models/lib/nn.yaml:80:7
%6176 = sub %4186, %6175 : f64[] @ models/lib/nn.yaml:80:7
%6177 = sqrt %6176 : f64[] @ models/lib/nn.yaml:80:7
%6178 = div %4186, %6177 : f64[] @ models/lib/nn.yaml:80:7
%6179 = sqrt %6170 : f32[64] @ models/lib/nn.yaml:80:7
%6180 = cast %6178 : f32[] @ models/lib/nn.yaml:80:7
%6181 = broadcast %6180 : f32[64] @ models/lib/nn.yaml:80:7
%6182 = mul %6179, %6181 : f32[64] @ models/lib/nn.yaml:80:7
%6183 = add %6182, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%6184 = div %6166, %6183 : f32[64] @ models/lib/nn.yaml:80:7
%6185 = cast %6174 : f32[] @ models/lib/nn.yaml:80:7
%6186 = broadcast %6185 : f32[64] @ models/lib/nn.yaml:80:7
%6187 = mul %6184, %6186 : f32[64] @ models/lib/nn.yaml:80:7
%6188 = sub %44, %6187 : f32[64] @ models/lib/nn.yaml:80:7
%6189 = assign %44, %6188 : f32[64] @ models/lib/nn.yaml:80:7
%6190 = assign %6160, %6166 : f32[64] @ models/lib/nn.yaml:80:7
%6191 = assign %6161, %6170 : f32[64] @ models/lib/nn.yaml:80:7
%6192 = assign %6162, %6163 : i64[] @ models/lib/nn.yaml:80:7
%6193 = mul %106, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%6194 = mul %6188, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%6195 = add %6193, %6194 : f32[64] @ models/lib/nn.yaml:80:7
%6196 = assign %106, %6195 : f32[64] @ models/lib/nn.yaml:80:7
%6197 = all_reduce_sum %3700 : f32[64] @ models/lib/nn.yaml:89:7
%6198 = mul %6197, %6197 : f32[64] @ models/lib/nn.yaml:89:7
%6199 = reduce_sum %6198 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6200 = sqrt %6199 : f32[] @ models/lib/nn.yaml:89:7
%6201 = cast %6200 : f64[] @ models/lib/nn.yaml:89:7
%6202 = add %6201, %4182 : f64[] @ models/lib/nn.yaml:89:7
%6203 = div %4184, %6202 : f64[] @ models/lib/nn.yaml:89:7
%6204 = lt %6203, %4186 : bool[] @ models/lib/nn.yaml:89:7
%6205 = cast %6203 : f32[] @ models/lib/nn.yaml:89:7
%6206 = broadcast %6205 : f32[64] @ models/lib/nn.yaml:89:7
%6207 = mul %6197, %6206 : f32[64] @ models/lib/nn.yaml:89:7
%6208 = broadcast %6204 : bool[64] @ models/lib/nn.yaml:89:7
%6209 = select %6208, %6207, %6197 : f32[64] @ models/lib/nn.yaml:89:7
%6210 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6211 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6212 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6213 = add %6212, %4196 : i64[] @ models/lib/nn.yaml:89:7
%6214 = mul %6209, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%6215 = mul %6210, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%6216 = add %6215, %6214 : f32[64] @ models/lib/nn.yaml:89:7
%6217 = mul %6209, %6209 : f32[64] @ models/lib/nn.yaml:89:7
%6218 = mul %6217, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%6219 = mul %6211, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%6220 = add %6219, %6218 : f32[64] @ models/lib/nn.yaml:89:7
%6221 = cast %6213 : f64[] @ models/lib/nn.yaml:89:7
%6222 = pow %4205, %6221 : f64[] @ models/lib/nn.yaml:89:7
%6223 = sub %4186, %6222 : f64[] @ models/lib/nn.yaml:89:7
%6224 = div %2498, %6223 : f64[] @ models/lib/nn.yaml:89:7
%6225 = pow %4213, %6221 : f64[] @ models/lib/nn.yaml:89:7
%6226 = sub %4186, %6225 : f64[] @ models/lib/nn.yaml:89:7
%6227 = sqrt %6226 : f64[] @ models/lib/nn.yaml:89:7
%6228 = div %4186, %6227 : f64[] @ models/lib/nn.yaml:89:7
%6229 = sqrt %6220 : f32[64] @ models/lib/nn.yaml:89:7
%6230 = cast %6228 : f32[] @ models/lib/nn.yaml:89:7
%6231 = broadcast %6230 : f32[64] @ models/lib/nn.yaml:89:7
%6232 = mul %6229, %6231 : f32[64] @ models/lib/nn.yaml:89:7
%6233 = add %6232, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%6234 = div %6216, %6233 : f32[64] @ models/lib/nn.yaml:89:7
%6235 = cast %6224 : f32[] @ models/lib/nn.yaml:89:7
%6236 = broadcast %6235 : f32[64] @ models/lib/nn.yaml:89:7
%6237 = mul %6234, %6236 : f32[64] @ models/lib/nn.yaml:89:7
%6238 = sub %45, %6237 : f32[64] @ models/lib/nn.yaml:89:7
%6239 = assign %45, %6238 : f32[64] @ models/lib/nn.yaml:89:7
%6240 = assign %6210, %6216 : f32[64] @ models/lib/nn.yaml:89:7
%6241 = assign %6211, %6220 : f32[64] @ models/lib/nn.yaml:89:7
%6242 = assign %6212, %6213 : i64[] @ models/lib/nn.yaml:89:7
%6243 = mul %107, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%6244 = mul %6238, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%6245 = add %6243, %6244 : f32[64] @ models/lib/nn.yaml:89:7
%6246 = assign %107, %6245 : f32[64] @ models/lib/nn.yaml:89:7
%6247 = all_reduce_sum %3693 : f32[64] @ models/lib/nn.yaml:90:7
%6248 = mul %6247, %6247 : f32[64] @ models/lib/nn.yaml:90:7
%6249 = reduce_sum %6248 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6250 = sqrt %6249 : f32[] @ models/lib/nn.yaml:90:7
%6251 = cast %6250 : f64[] @ models/lib/nn.yaml:90:7
%6252 = add %6251, %4182 : f64[] @ models/lib/nn.yaml:90:7
%6253 = div %4184, %6252 : f64[] @ models/lib/nn.yaml:90:7
%6254 = lt %6253, %4186 : bool[] @ models/lib/nn.yaml:90:7
%6255 = cast %6253 : f32[] @ models/lib/nn.yaml:90:7
%6256 = broadcast %6255 : f32[64] @ models/lib/nn.yaml:90:7
%6257 = mul %6247, %6256 : f32[64] @ models/lib/nn.yaml:90:7
%6258 = broadcast %6254 : bool[64] @ models/lib/nn.yaml:90:7
%6259 = select %6258, %6257, %6247 : f32[64] @ models/lib/nn.yaml:90:7
%6260 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6261 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6262 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6263 = add %6262, %4196 : i64[] @ models/lib/nn.yaml:90:7
%6264 = mul %6259, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%6265 = mul %6260, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%6266 = add %6265, %6264 : f32[64] @ models/lib/nn.yaml:90:7
%6267 = mul %6259, %6259 : f32[64] @ models/lib/nn.yaml:90:7
%6268 = mul %6267, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%6269 = mul %6261, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%6270 = add %6269, %6268 : f32[64] @ models/lib/nn.yaml:90:7
%6271 = cast %6263 : f64[] @ models/lib/nn.yaml:90:7
%6272 = pow %4205, %6271 : f64[] @ models/lib/nn.yaml:90:7
%6273 = sub %4186, %6272 : f64[] @ models/lib/nn.yaml:90:7
%6274 = div %2498, %6273 : f64[] @ models/lib/nn.yaml:90:7
%6275 = pow %4213, %6271 : f64[] @ models/lib/nn.yaml:90:7
%6276 = sub %4186, %6275 : f64[] @ models/lib/nn.yaml:90:7
%6277 = sqrt %6276 : f64[] @ models/lib/nn.yaml:90:7
%6278 = div %4186, %6277 : f64[] @ models/lib/nn.yaml:90:7
%6279 = sqrt %6270 : f32[64] @ models/lib/nn.yaml:90:7
%6280 = cast %6278 : f32[] @ models/lib/nn.yaml:90:7
%6281 = broadcast %6280 : f32[64] @ models/lib/nn.yaml:90:7
%6282 = mul %6279, %6281 : f32[64] @ models/lib/nn.yaml:90:7
%6283 = add %6282, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%6284 = div %6266, %6283 : f32[64] @ models/lib/nn.yaml:90:7
%6285 = cast %6274 : f32[] @ models/lib/nn.yaml:90:7
%6286 = broadcast %6285 : f32[64] @ models/lib/nn.yaml:90:7
%6287 = mul %6284, %6286 : f32[64] @ models/lib/nn.yaml:90:7
%6288 = sub %46, %6287 : f32[64] @ models/lib/nn.yaml:90:7
%6289 = assign %46, %6288 : f32[64] @ models/lib/nn.yaml:90:7
%6290 = assign %6260, %6266 : f32[64] @ models/lib/nn.yaml:90:7
%6291 = assign %6261, %6270 : f32[64] @ models/lib/nn.yaml:90:7
%6292 = assign %6262, %6263 : i64[] @ models/lib/nn.yaml:90:7
%6293 = mul %108, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%6294 = mul %6288, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%6295 = add %6293, %6294 : f32[64] @ models/lib/nn.yaml:90:7
%6296 = assign %108, %6295 : f32[64] @ models/lib/nn.yaml:90:7
%6297 = all_reduce_sum %3689 : f32[256,64] @ models/lib/nn.yaml:79:7
%6298 = reshape %6297 : f32[16384] @ models/lib/nn.yaml:79:7
%6299 = mul %6298, %6298 : f32[16384] @ models/lib/nn.yaml:79:7
%6300 = reduce_sum %6299 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6301 = sqrt %6300 : f32[] @ models/lib/nn.yaml:79:7
%6302 = cast %6301 : f64[] @ models/lib/nn.yaml:79:7
%6303 = add %6302, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6304 = div %4184, %6303 : f64[] @ models/lib/nn.yaml:79:7
%6305 = lt %6304, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6306 = cast %6304 : f32[] @ models/lib/nn.yaml:79:7
%6307 = broadcast %6306 : f32[256,64] @ models/lib/nn.yaml:79:7
%6308 = mul %6297, %6307 : f32[256,64] @ models/lib/nn.yaml:79:7
%6309 = broadcast %6305 : bool[256,64] @ models/lib/nn.yaml:79:7
%6310 = select %6309, %6308, %6297 : f32[256,64] @ models/lib/nn.yaml:79:7
%6311 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6312 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6313 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6314 = add %6313, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6315 = mul %47, %4812 : f32[256,64] @ models/lib/nn.yaml:79:7
%6316 = mul %6310, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%6317 = mul %6311, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%6318 = add %6317, %6316 : f32[256,64] @ models/lib/nn.yaml:79:7
%6319 = mul %6310, %6310 : f32[256,64] @ models/lib/nn.yaml:79:7
%6320 = mul %6319, %4820 : f32[256,64] @ models/lib/nn.yaml:79:7
%6321 = mul %6312, %4822 : f32[256,64] @ models/lib/nn.yaml:79:7
%6322 = add %6321, %6320 : f32[256,64] @ models/lib/nn.yaml:79:7
%6323 = cast %6314 : f64[] @ models/lib/nn.yaml:79:7
%6324 = pow %4205, %6323 : f64[] @ models/lib/nn.yaml:79:7
%6325 = sub %4186, %6324 : f64[] @ models/lib/nn.yaml:79:7
%6326 = div %2498, %6325 : f64[] @ models/lib/nn.yaml:79:7
%6327 = pow %4213, %6323 : f64[] @ models/lib/nn.yaml:79:7
%6328 = sub %4186, %6327 : f64[] @ models/lib/nn.yaml:79:7
%6329 = sqrt %6328 : f64[] @ models/lib/nn.yaml:79:7
%6330 = div %4186, %6329 : f64[] @ models/lib/nn.yaml:79:7
%6331 = sqrt %6322 : f32[256,64] @ models/lib/nn.yaml:79:7
%6332 = cast %6330 : f32[] @ models/lib/nn.yaml:79:7
%6333 = broadcast %6332 : f32[256,64] @ models/lib/nn.yaml:79:7
%6334 = mul %6331, %6333 : f32[256,64] @ models/lib/nn.yaml:79:7
%6335 = add %6334, %4837 : f32[256,64] @ models/lib/nn.yaml:79:7
%6336 = div %6318, %6335 : f32[256,64] @ models/lib/nn.yaml:79:7
%6337 = cast %6326 : f32[] @ models/lib/nn.yaml:79:7
%6338 = broadcast %6337 : f32[256,64] @ models/lib/nn.yaml:79:7
%6339 = mul %6336, %6338 : f32[256,64] @ models/lib/nn.yaml:79:7
%6340 = sub %6315, %6339 : f32[256,64] @ models/lib/nn.yaml:79:7
%6341 = assign %47, %6340 : f32[256,64] @ models/lib/nn.yaml:79:7
%6342 = assign %6311, %6318 : f32[256,64] @ models/lib/nn.yaml:79:7
%6343 = assign %6312, %6322 : f32[256,64] @ models/lib/nn.yaml:79:7
%6344 = assign %6313, %6314 : i64[] @ models/lib/nn.yaml:79:7
%6345 = mul %109, %4848 : f32[256,64] @ models/lib/nn.yaml:79:7
%6346 = mul %6340, %4850 : f32[256,64] @ models/lib/nn.yaml:79:7
%6347 = add %6345, %6346 : f32[256,64] @ models/lib/nn.yaml:79:7
%6348 = assign %109, %6347 : f32[256,64] @ models/lib/nn.yaml:79:7
%6349 = all_reduce_sum %3681 : f32[256] @ models/lib/nn.yaml:80:7
%6350 = mul %6349, %6349 : f32[256] @ models/lib/nn.yaml:80:7
%6351 = reduce_sum %6350 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6352 = sqrt %6351 : f32[] @ models/lib/nn.yaml:80:7
%6353 = cast %6352 : f64[] @ models/lib/nn.yaml:80:7
%6354 = add %6353, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6355 = div %4184, %6354 : f64[] @ models/lib/nn.yaml:80:7
%6356 = lt %6355, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6357 = cast %6355 : f32[] @ models/lib/nn.yaml:80:7
%6358 = broadcast %6357 : f32[256] @ models/lib/nn.yaml:80:7
%6359 = mul %6349, %6358 : f32[256] @ models/lib/nn.yaml:80:7
%6360 = broadcast %6356 : bool[256] @ models/lib/nn.yaml:80:7
%6361 = select %6360, %6359, %6349 : f32[256] @ models/lib/nn.yaml:80:7
%6362 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6363 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6364 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6365 = add %6364, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6366 = mul %6361, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%6367 = mul %6362, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%6368 = add %6367, %6366 : f32[256] @ models/lib/nn.yaml:80:7
%6369 = mul %6361, %6361 : f32[256] @ models/lib/nn.yaml:80:7
%6370 = mul %6369, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%6371 = mul %6363, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%6372 = add %6371, %6370 : f32[256] @ models/lib/nn.yaml:80:7
%6373 = cast %6365 : f64[] @ models/lib/nn.yaml:80:7
%6374 = pow %4205, %6373 : f64[] @ models/lib/nn.yaml:80:7
%6375 = sub %4186, %6374 : f64[] @ models/lib/nn.yaml:80:7
%6376 = div %2498, %6375 : f64[] @ models/lib/nn.yaml:80:7
%6377 = pow %4213, %6373 : f64[] @ models/lib/nn.yaml:80:7
%6378 = sub %4186, %6377 : f64[] @ models/lib/nn.yaml:80:7
%6379 = sqrt %6378 : f64[] @ models/lib/nn.yaml:80:7
%6380 = div %4186, %6379 : f64[] @ models/lib/nn.yaml:80:7
%6381 = sqrt %6372 : f32[256] @ models/lib/nn.yaml:80:7
%6382 = cast %6380 : f32[] @ models/lib/nn.yaml:80:7
%6383 = broadcast %6382 : f32[256] @ models/lib/nn.yaml:80:7
%6384 = mul %6381, %6383 : f32[256] @ models/lib/nn.yaml:80:7
%6385 = add %6384, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%6386 = div %6368, %6385 : f32[256] @ models/lib/nn.yaml:80:7
%6387 = cast %6376 : f32[] @ models/lib/nn.yaml:80:7
%6388 = broadcast %6387 : f32[256] @ models/lib/nn.yaml:80:7
%6389 = mul %6386, %6388 : f32[256] @ models/lib/nn.yaml:80:7
%6390 = sub %48, %6389 : f32[256] @ models/lib/nn.yaml:80:7
%6391 = assign %48, %6390 : f32[256] @ models/lib/nn.yaml:80:7
%6392 = assign %6362, %6368 : f32[256] @ models/lib/nn.yaml:80:7
%6393 = assign %6363, %6372 : f32[256] @ models/lib/nn.yaml:80:7
%6394 = assign %6364, %6365 : i64[] @ models/lib/nn.yaml:80:7
%6395 = mul %110, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%6396 = mul %6390, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%6397 = add %6395, %6396 : f32[256] @ models/lib/nn.yaml:80:7
%6398 = assign %110, %6397 : f32[256] @ models/lib/nn.yaml:80:7
%6399 = all_reduce_sum %3661 : f32[64,256] @ models/lib/nn.yaml:79:7
%6400 = reshape %6399 : f32[16384] @ models/lib/nn.yaml:79:7
%6401 = mul %6400, %6400 : f32[16384] @ models/lib/nn.yaml:79:7
%6402 = reduce_sum %6401 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6403 = sqrt %6402 : f32[] @ models/lib/nn.yaml:79:7
%6404 = cast %6403 : f64[] @ models/lib/nn.yaml:79:7
%6405 = add %6404, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6406 = div %4184, %6405 : f64[] @ models/lib/nn.yaml:79:7
%6407 = lt %6406, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6408 = cast %6406 : f32[] @ models/lib/nn.yaml:79:7
%6409 = broadcast %6408 : f32[64,256] @ models/lib/nn.yaml:79:7
%6410 = mul %6399, %6409 : f32[64,256] @ models/lib/nn.yaml:79:7
%6411 = broadcast %6407 : bool[64,256] @ models/lib/nn.yaml:79:7
%6412 = select %6411, %6410, %6399 : f32[64,256] @ models/lib/nn.yaml:79:7
%6413 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6414 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6415 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6416 = add %6415, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6417 = mul %49, %4929 : f32[64,256] @ models/lib/nn.yaml:79:7
%6418 = mul %6412, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%6419 = mul %6413, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%6420 = add %6419, %6418 : f32[64,256] @ models/lib/nn.yaml:79:7
%6421 = mul %6412, %6412 : f32[64,256] @ models/lib/nn.yaml:79:7
%6422 = mul %6421, %4937 : f32[64,256] @ models/lib/nn.yaml:79:7
%6423 = mul %6414, %4939 : f32[64,256] @ models/lib/nn.yaml:79:7
%6424 = add %6423, %6422 : f32[64,256] @ models/lib/nn.yaml:79:7
%6425 = cast %6416 : f64[] @ models/lib/nn.yaml:79:7
%6426 = pow %4205, %6425 : f64[] @ models/lib/nn.yaml:79:7
%6427 = sub %4186, %6426 : f64[] @ models/lib/nn.yaml:79:7
%6428 = div %2498, %6427 : f64[] @ models/lib/nn.yaml:79:7
%6429 = pow %4213, %6425 : f64[] @ models/lib/nn.yaml:79:7
%6430 = sub %4186, %6429 : f64[] @ models/lib/nn.yaml:79:7
%6431 = sqrt %6430 : f64[] @ models/lib/nn.yaml:79:7
%6432 = div %4186, %6431 : f64[] @ models/lib/nn.yaml:79:7
%6433 = sqrt %6424 : f32[64,256] @ models/lib/nn.yaml:79:7
%6434 = cast %6432 : f32[] @ models/lib/nn.yaml:79:7
%6435 = broadcast %6434 : f32[64,256] @ models/lib/nn.yaml:79:7
%6436 = mul %6433, %6435 : f32[64,256] @ models/lib/nn.yaml:79:7
%6437 = add %6436, %4954 : f32[64,256] @ models/lib/nn.yaml:79:7
%6438 = div %6420, %6437 : f32[64,256] @ models/lib/nn.yaml:79:7
%6439 = cast %6428 : f32[] @ models/lib/nn.yaml:79:7
%6440 = broadcast %6439 : f32[64,256] @ models/lib/nn.yaml:79:7
%6441 = mul %6438, %6440 : f32[64,256] @ models/lib/nn.yaml:79:7
%6442 = sub %6417, %6441 : f32[64,256] @ models/lib/nn.yaml:79:7
%6443 = assign %49, %6442 : f32[64,256] @ models/lib/nn.yaml:79:7
%6444 = assign %6413, %6420 : f32[64,256] @ models/lib/nn.yaml:79:7
%6445 = assign %6414, %6424 : f32[64,256] @ models/lib/nn.yaml:79:7
%6446 = assign %6415, %6416 : i64[] @ models/lib/nn.yaml:79:7
%6447 = mul %111, %4965 : f32[64,256] @ models/lib/nn.yaml:79:7
%6448 = mul %6442, %4967 : f32[64,256] @ models/lib/nn.yaml:79:7
%6449 = add %6447, %6448 : f32[64,256] @ models/lib/nn.yaml:79:7
%6450 = assign %111, %6449 : f32[64,256] @ models/lib/nn.yaml:79:7
%6451 = all_reduce_sum %3653 : f32[64] @ models/lib/nn.yaml:80:7
%6452 = mul %6451, %6451 : f32[64] @ models/lib/nn.yaml:80:7
%6453 = reduce_sum %6452 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6454 = sqrt %6453 : f32[] @ models/lib/nn.yaml:80:7
%6455 = cast %6454 : f64[] @ models/lib/nn.yaml:80:7
%6456 = add %6455, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6457 = div %4184, %6456 : f64[] @ models/lib/nn.yaml:80:7
%6458 = lt %6457, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6459 = cast %6457 : f32[] @ models/lib/nn.yaml:80:7
%6460 = broadcast %6459 : f32[64] @ models/lib/nn.yaml:80:7
%6461 = mul %6451, %6460 : f32[64] @ models/lib/nn.yaml:80:7
%6462 = broadcast %6458 : bool[64] @ models/lib/nn.yaml:80:7
%6463 = select %6462, %6461, %6451 : f32[64] @ models/lib/nn.yaml:80:7
%6464 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6465 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6466 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6467 = add %6466, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6468 = mul %6463, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6469 = mul %6464, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6470 = add %6469, %6468 : f32[64] @ models/lib/nn.yaml:80:7
%6471 = mul %6463, %6463 : f32[64] @ models/lib/nn.yaml:80:7
%6472 = mul %6471, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%6473 = mul %6465, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%6474 = add %6473, %6472 : f32[64] @ models/lib/nn.yaml:80:7
%6475 = cast %6467 : f64[] @ models/lib/nn.yaml:80:7
%6476 = pow %4205, %6475 : f64[] @ models/lib/nn.yaml:80:7
%6477 = sub %4186, %6476 : f64[] @ models/lib/nn.yaml:80:7
%6478 = div %2498, %6477 : f64[] @ models/lib/nn.yaml:80:7
%6479 = pow %4213, %6475 : f64[] @ models/lib/nn.yaml:80:7
%6480 = sub %4186, %6479 : f64[] @ models/lib/nn.yaml:80:7
%6481 = sqrt %6480 : f64[] @ models/lib/nn.yaml:80:7
%6482 = div %4186, %6481 : f64[] @ models/lib/nn.yaml:80:7
%6483 = sqrt %6474 : f32[64] @ models/lib/nn.yaml:80:7
%6484 = cast %6482 : f32[] @ models/lib/nn.yaml:80:7
%6485 = broadcast %6484 : f32[64] @ models/lib/nn.yaml:80:7
%6486 = mul %6483, %6485 : f32[64] @ models/lib/nn.yaml:80:7
%6487 = add %6486, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%6488 = div %6470, %6487 : f32[64] @ models/lib/nn.yaml:80:7
%6489 = cast %6478 : f32[] @ models/lib/nn.yaml:80:7
%6490 = broadcast %6489 : f32[64] @ models/lib/nn.yaml:80:7
%6491 = mul %6488, %6490 : f32[64] @ models/lib/nn.yaml:80:7
%6492 = sub %50, %6491 : f32[64] @ models/lib/nn.yaml:80:7
%6493 = assign %50, %6492 : f32[64] @ models/lib/nn.yaml:80:7
%6494 = assign %6464, %6470 : f32[64] @ models/lib/nn.yaml:80:7
%6495 = assign %6465, %6474 : f32[64] @ models/lib/nn.yaml:80:7
%6496 = assign %6466, %6467 : i64[] @ models/lib/nn.yaml:80:7
%6497 = mul %112, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%6498 = mul %6492, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%6499 = add %6497, %6498 : f32[64] @ models/lib/nn.yaml:80:7
%6500 = assign %112, %6499 : f32[64] @ models/lib/nn.yaml:80:7
%6501 = all_reduce_sum %3626 : f32[64] @ models/lib/nn.yaml:89:7
%6502 = mul %6501, %6501 : f32[64] @ models/lib/nn.yaml:89:7
%6503 = reduce_sum %6502 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6504 = sqrt %6503 : f32[] @ models/lib/nn.yaml:89:7
%6505 = cast %6504 : f64[] @ models/lib/nn.yaml:89:7
%6506 = add %6505, %4182 : f64[] @ models/lib/nn.yaml:89:7
%6507 = div %4184, %6506 : f64[] @ models/lib/nn.yaml:89:7
%6508 = lt %6507, %4186 : bool[] @ models/lib/nn.yaml:89:7
%6509 = cast %6507 : f32[] @ models/lib/nn.yaml:89:7
%6510 = broadcast %6509 : f32[64] @ models/lib/nn.yaml:89:7
%6511 = mul %6501, %6510 : f32[64] @ models/lib/nn.yaml:89:7
%6512 = broadcast %6508 : bool[64] @ models/lib/nn.yaml:89:7
%6513 = select %6512, %6511, %6501 : f32[64] @ models/lib/nn.yaml:89:7
%6514 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6515 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[64] @ models/lib/nn.yaml:89:7
%6516 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6517 = add %6516, %4196 : i64[] @ models/lib/nn.yaml:89:7
%6518 = mul %6513, %4327 : f32[64] @ models/lib/nn.yaml:89:7
%6519 = mul %6514, %4329 : f32[64] @ models/lib/nn.yaml:89:7
%6520 = add %6519, %6518 : f32[64] @ models/lib/nn.yaml:89:7
%6521 = mul %6513, %6513 : f32[64] @ models/lib/nn.yaml:89:7
%6522 = mul %6521, %4333 : f32[64] @ models/lib/nn.yaml:89:7
%6523 = mul %6515, %4335 : f32[64] @ models/lib/nn.yaml:89:7
%6524 = add %6523, %6522 : f32[64] @ models/lib/nn.yaml:89:7
%6525 = cast %6517 : f64[] @ models/lib/nn.yaml:89:7
%6526 = pow %4205, %6525 : f64[] @ models/lib/nn.yaml:89:7
%6527 = sub %4186, %6526 : f64[] @ models/lib/nn.yaml:89:7
%6528 = div %2498, %6527 : f64[] @ models/lib/nn.yaml:89:7
%6529 = pow %4213, %6525 : f64[] @ models/lib/nn.yaml:89:7
%6530 = sub %4186, %6529 : f64[] @ models/lib/nn.yaml:89:7
%6531 = sqrt %6530 : f64[] @ models/lib/nn.yaml:89:7
%6532 = div %4186, %6531 : f64[] @ models/lib/nn.yaml:89:7
%6533 = sqrt %6524 : f32[64] @ models/lib/nn.yaml:89:7
%6534 = cast %6532 : f32[] @ models/lib/nn.yaml:89:7
%6535 = broadcast %6534 : f32[64] @ models/lib/nn.yaml:89:7
%6536 = mul %6533, %6535 : f32[64] @ models/lib/nn.yaml:89:7
%6537 = add %6536, %4350 : f32[64] @ models/lib/nn.yaml:89:7
%6538 = div %6520, %6537 : f32[64] @ models/lib/nn.yaml:89:7
%6539 = cast %6528 : f32[] @ models/lib/nn.yaml:89:7
%6540 = broadcast %6539 : f32[64] @ models/lib/nn.yaml:89:7
%6541 = mul %6538, %6540 : f32[64] @ models/lib/nn.yaml:89:7
%6542 = sub %51, %6541 : f32[64] @ models/lib/nn.yaml:89:7
%6543 = assign %51, %6542 : f32[64] @ models/lib/nn.yaml:89:7
%6544 = assign %6514, %6520 : f32[64] @ models/lib/nn.yaml:89:7
%6545 = assign %6515, %6524 : f32[64] @ models/lib/nn.yaml:89:7
%6546 = assign %6516, %6517 : i64[] @ models/lib/nn.yaml:89:7
%6547 = mul %113, %4361 : f32[64] @ models/lib/nn.yaml:89:7
%6548 = mul %6542, %4363 : f32[64] @ models/lib/nn.yaml:89:7
%6549 = add %6547, %6548 : f32[64] @ models/lib/nn.yaml:89:7
%6550 = assign %113, %6549 : f32[64] @ models/lib/nn.yaml:89:7
%6551 = all_reduce_sum %3619 : f32[64] @ models/lib/nn.yaml:90:7
%6552 = mul %6551, %6551 : f32[64] @ models/lib/nn.yaml:90:7
%6553 = reduce_sum %6552 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6554 = sqrt %6553 : f32[] @ models/lib/nn.yaml:90:7
%6555 = cast %6554 : f64[] @ models/lib/nn.yaml:90:7
%6556 = add %6555, %4182 : f64[] @ models/lib/nn.yaml:90:7
%6557 = div %4184, %6556 : f64[] @ models/lib/nn.yaml:90:7
%6558 = lt %6557, %4186 : bool[] @ models/lib/nn.yaml:90:7
%6559 = cast %6557 : f32[] @ models/lib/nn.yaml:90:7
%6560 = broadcast %6559 : f32[64] @ models/lib/nn.yaml:90:7
%6561 = mul %6551, %6560 : f32[64] @ models/lib/nn.yaml:90:7
%6562 = broadcast %6558 : bool[64] @ models/lib/nn.yaml:90:7
%6563 = select %6562, %6561, %6551 : f32[64] @ models/lib/nn.yaml:90:7
%6564 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6565 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:90:7
%6566 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6567 = add %6566, %4196 : i64[] @ models/lib/nn.yaml:90:7
%6568 = mul %6563, %4327 : f32[64] @ models/lib/nn.yaml:90:7
%6569 = mul %6564, %4329 : f32[64] @ models/lib/nn.yaml:90:7
%6570 = add %6569, %6568 : f32[64] @ models/lib/nn.yaml:90:7
%6571 = mul %6563, %6563 : f32[64] @ models/lib/nn.yaml:90:7
%6572 = mul %6571, %4333 : f32[64] @ models/lib/nn.yaml:90:7
%6573 = mul %6565, %4335 : f32[64] @ models/lib/nn.yaml:90:7
%6574 = add %6573, %6572 : f32[64] @ models/lib/nn.yaml:90:7
%6575 = cast %6567 : f64[] @ models/lib/nn.yaml:90:7
%6576 = pow %4205, %6575 : f64[] @ models/lib/nn.yaml:90:7
%6577 = sub %4186, %6576 : f64[] @ models/lib/nn.yaml:90:7
%6578 = div %2498, %6577 : f64[] @ models/lib/nn.yaml:90:7
%6579 = pow %4213, %6575 : f64[] @ models/lib/nn.yaml:90:7
%6580 = sub %4186, %6579 : f64[] @ models/lib/nn.yaml:90:7
%6581 = sqrt %6580 : f64[] @ models/lib/nn.yaml:90:7
%6582 = div %4186, %6581 : f64[] @ models/lib/nn.yaml:90:7
%6583 = sqrt %6574 : f32[64] @ models/lib/nn.yaml:90:7
%6584 = cast %6582 : f32[] @ models/lib/nn.yaml:90:7
%6585 = broadcast %6584 : f32[64] @ models/lib/nn.yaml:90:7
%6586 = mul %6583, %6585 : f32[64] @ models/lib/nn.yaml:90:7
%6587 = add %6586, %4350 : f32[64] @ models/lib/nn.yaml:90:7
%6588 = div %6570, %6587 : f32[64] @ models/lib/nn.yaml:90:7
%6589 = cast %6578 : f32[] @ models/lib/nn.yaml:90:7
%6590 = broadcast %6589 : f32[64] @ models/lib/nn.yaml:90:7
%6591 = mul %6588, %6590 : f32[64] @ models/lib/nn.yaml:90:7
%6592 = sub %52, %6591 : f32[64] @ models/lib/nn.yaml:90:7
%6593 = assign %52, %6592 : f32[64] @ models/lib/nn.yaml:90:7
%6594 = assign %6564, %6570 : f32[64] @ models/lib/nn.yaml:90:7
%6595 = assign %6565, %6574 : f32[64] @ models/lib/nn.yaml:90:7
%6596 = assign %6566, %6567 : i64[] @ models/lib/nn.yaml:90:7
%6597 = mul %114, %4361 : f32[64] @ models/lib/nn.yaml:90:7
%6598 = mul %6592, %4363 : f32[64] @ models/lib/nn.yaml:90:7
%6599 = add %6597, %6598 : f32[64] @ models/lib/nn.yaml:90:7
%6600 = assign %114, %6599 : f32[64] @ models/lib/nn.yaml:90:7
%6601 = all_reduce_sum %3613 : f32[256,64] @ models/lib/nn.yaml:79:7
%6602 = reshape %6601 : f32[16384] @ models/lib/nn.yaml:79:7
%6603 = mul %6602, %6602 : f32[16384] @ models/lib/nn.yaml:79:7
%6604 = reduce_sum %6603 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6605 = sqrt %6604 : f32[] @ models/lib/nn.yaml:79:7
%6606 = cast %6605 : f64[] @ models/lib/nn.yaml:79:7
%6607 = add %6606, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6608 = div %4184, %6607 : f64[] @ models/lib/nn.yaml:79:7
%6609 = lt %6608, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6610 = cast %6608 : f32[] @ models/lib/nn.yaml:79:7
%6611 = broadcast %6610 : f32[256,64] @ models/lib/nn.yaml:79:7
%6612 = mul %6601, %6611 : f32[256,64] @ models/lib/nn.yaml:79:7
%6613 = broadcast %6609 : bool[256,64] @ models/lib/nn.yaml:79:7
%6614 = select %6613, %6612, %6601 : f32[256,64] @ models/lib/nn.yaml:79:7
%6615 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6616 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%6617 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6618 = add %6617, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6619 = mul %53, %4812 : f32[256,64] @ models/lib/nn.yaml:79:7
%6620 = mul %6614, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%6621 = mul %6615, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%6622 = add %6621, %6620 : f32[256,64] @ models/lib/nn.yaml:79:7
%6623 = mul %6614, %6614 : f32[256,64] @ models/lib/nn.yaml:79:7
%6624 = mul %6623, %4820 : f32[256,64] @ models/lib/nn.yaml:79:7
%6625 = mul %6616, %4822 : f32[256,64] @ models/lib/nn.yaml:79:7
%6626 = add %6625, %6624 : f32[256,64] @ models/lib/nn.yaml:79:7
%6627 = cast %6618 : f64[] @ models/lib/nn.yaml:79:7
%6628 = pow %4205, %6627 : f64[] @ models/lib/nn.yaml:79:7
%6629 = sub %4186, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6630 = div %2498, %6629 : f64[] @ models/lib/nn.yaml:79:7
%6631 = pow %4213, %6627 : f64[] @ models/lib/nn.yaml:79:7
%6632 = sub %4186, %6631 : f64[] @ models/lib/nn.yaml:79:7
%6633 = sqrt %6632 : f64[] @ models/lib/nn.yaml:79:7
%6634 = div %4186, %6633 : f64[] @ models/lib/nn.yaml:79:7
%6635 = sqrt %6626 : f32[256,64] @ models/lib/nn.yaml:79:7
%6636 = cast %6634 : f32[] @ models/lib/nn.yaml:79:7
%6637 = broadcast %6636 : f32[256,64] @ models/lib/nn.yaml:79:7
%6638 = mul %6635, %6637 : f32[256,64] @ models/lib/nn.yaml:79:7
%6639 = add %6638, %4837 : f32[256,64] @ models/lib/nn.yaml:79:7
%6640 = div %6622, %6639 : f32[256,64] @ models/lib/nn.yaml:79:7
%6641 = cast %6630 : f32[] @ models/lib/nn.yaml:79:7
%6642 = broadcast %6641 : f32[256,64] @ models/lib/nn.yaml:79:7
%6643 = mul %6640, %6642 : f32[256,64] @ models/lib/nn.yaml:79:7
%6644 = sub %6619, %6643 : f32[256,64] @ models/lib/nn.yaml:79:7
%6645 = assign %53, %6644 : f32[256,64] @ models/lib/nn.yaml:79:7
%6646 = assign %6615, %6622 : f32[256,64] @ models/lib/nn.yaml:79:7
%6647 = assign %6616, %6626 : f32[256,64] @ models/lib/nn.yaml:79:7
%6648 = assign %6617, %6618 : i64[] @ models/lib/nn.yaml:79:7
%6649 = mul %115, %4848 : f32[256,64] @ models/lib/nn.yaml:79:7
%6650 = mul %6644, %4850 : f32[256,64] @ models/lib/nn.yaml:79:7
%6651 = add %6649, %6650 : f32[256,64] @ models/lib/nn.yaml:79:7
%6652 = assign %115, %6651 : f32[256,64] @ models/lib/nn.yaml:79:7
%6653 = all_reduce_sum %3605 : f32[256] @ models/lib/nn.yaml:80:7
%6654 = mul %6653, %6653 : f32[256] @ models/lib/nn.yaml:80:7
%6655 = reduce_sum %6654 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6656 = sqrt %6655 : f32[] @ models/lib/nn.yaml:80:7
%6657 = cast %6656 : f64[] @ models/lib/nn.yaml:80:7
%6658 = add %6657, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6659 = div %4184, %6658 : f64[] @ models/lib/nn.yaml:80:7
%6660 = lt %6659, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6661 = cast %6659 : f32[] @ models/lib/nn.yaml:80:7
%6662 = broadcast %6661 : f32[256] @ models/lib/nn.yaml:80:7
%6663 = mul %6653, %6662 : f32[256] @ models/lib/nn.yaml:80:7
%6664 = broadcast %6660 : bool[256] @ models/lib/nn.yaml:80:7
%6665 = select %6664, %6663, %6653 : f32[256] @ models/lib/nn.yaml:80:7
%6666 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6667 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6668 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6669 = add %6668, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6670 = mul %6665, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%6671 = mul %6666, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%6672 = add %6671, %6670 : f32[256] @ models/lib/nn.yaml:80:7
%6673 = mul %6665, %6665 : f32[256] @ models/lib/nn.yaml:80:7
%6674 = mul %6673, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%6675 = mul %6667, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%6676 = add %6675, %6674 : f32[256] @ models/lib/nn.yaml:80:7
%6677 = cast %6669 : f64[] @ models/lib/nn.yaml:80:7
%6678 = pow %4205, %6677 : f64[] @ models/lib/nn.yaml:80:7
%6679 = sub %4186, %6678 : f64[] @ models/lib/nn.yaml:80:7
%6680 = div %2498, %6679 : f64[] @ models/lib/nn.yaml:80:7
%6681 = pow %4213, %6677 : f64[] @ models/lib/nn.yaml:80:7
%6682 = sub %4186, %6681 : f64[] @ models/lib/nn.yaml:80:7
%6683 = sqrt %6682 : f64[] @ models/lib/nn.yaml:80:7
%6684 = div %4186, %6683 : f64[] @ models/lib/nn.yaml:80:7
%6685 = sqrt %6676 : f32[256] @ models/lib/nn.yaml:80:7
%6686 = cast %6684 : f32[] @ models/lib/nn.yaml:80:7
%6687 = broadcast %6686 : f32[256] @ models/lib/nn.yaml:80:7
%6688 = mul %6685, %6687 : f32[256] @ models/lib/nn.yaml:80:7
%6689 = add %6688, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%6690 = div %6672, %6689 : f32[256] @ models/lib/nn.yaml:80:7
%6691 = cast %6680 : f32[] @ models/lib/nn.yaml:80:7
%6692 = broadcast %6691 : f32[256] @ models/lib/nn.yaml:80:7
%6693 = mul %6690, %6692 : f32[256] @ models/lib/nn.yaml:80:7
%6694 = sub %54, %6693 : f32[256] @ models/lib/nn.yaml:80:7
%6695 = assign %54, %6694 : f32[256] @ models/lib/nn.yaml:80:7
%6696 = assign %6666, %6672 : f32[256] @ models/lib/nn.yaml:80:7
%6697 = assign %6667, %6676 : f32[256] @ models/lib/nn.yaml:80:7
%6698 = assign %6668, %6669 : i64[] @ models/lib/nn.yaml:80:7
%6699 = mul %116, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%6700 = mul %6694, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%6701 = add %6699, %6700 : f32[256] @ models/lib/nn.yaml:80:7
%6702 = assign %116, %6701 : f32[256] @ models/lib/nn.yaml:80:7
%6703 = all_reduce_sum %3585 : f32[256,256] @ models/lib/nn.yaml:79:7
%6704 = reshape %6703 : f32[65536] @ models/lib/nn.yaml:79:7
%6705 = mul %6704, %6704 : f32[65536] @ models/lib/nn.yaml:79:7
%6706 = reduce_sum %6705 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6707 = sqrt %6706 : f32[] @ models/lib/nn.yaml:79:7
%6708 = cast %6707 : f64[] @ models/lib/nn.yaml:79:7
%6709 = add %6708, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6710 = div %4184, %6709 : f64[] @ models/lib/nn.yaml:79:7
%6711 = lt %6710, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6712 = cast %6710 : f32[] @ models/lib/nn.yaml:79:7
%6713 = broadcast %6712 : f32[256,256] @ models/lib/nn.yaml:79:7
%6714 = mul %6703, %6713 : f32[256,256] @ models/lib/nn.yaml:79:7
%6715 = broadcast %6711 : bool[256,256] @ models/lib/nn.yaml:79:7
%6716 = select %6715, %6714, %6703 : f32[256,256] @ models/lib/nn.yaml:79:7
%6717 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6718 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%6719 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6720 = add %6719, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6721 = broadcast %4200 : f32[256,256] @ models/lib/nn.yaml:79:7
%6722 = mul %55, %6721 : f32[256,256] @ models/lib/nn.yaml:79:7
%6723 = broadcast %2175 : f32[256,256] @ models/lib/nn.yaml:79:7
%6724 = mul %6716, %6723 : f32[256,256] @ models/lib/nn.yaml:79:7
%6725 = broadcast %1457 : f32[256,256] @ models/lib/nn.yaml:79:7
%6726 = mul %6717, %6725 : f32[256,256] @ models/lib/nn.yaml:79:7
%6727 = add %6726, %6724 : f32[256,256] @ models/lib/nn.yaml:79:7
%6728 = mul %6716, %6716 : f32[256,256] @ models/lib/nn.yaml:79:7
%6729 = broadcast %4210 : f32[256,256] @ models/lib/nn.yaml:79:7
%6730 = mul %6728, %6729 : f32[256,256] @ models/lib/nn.yaml:79:7
%6731 = broadcast %4214 : f32[256,256] @ models/lib/nn.yaml:79:7
%6732 = mul %6718, %6731 : f32[256,256] @ models/lib/nn.yaml:79:7
%6733 = add %6732, %6730 : f32[256,256] @ models/lib/nn.yaml:79:7
%6734 = cast %6720 : f64[] @ models/lib/nn.yaml:79:7
%6735 = pow %4205, %6734 : f64[] @ models/lib/nn.yaml:79:7
%6736 = sub %4186, %6735 : f64[] @ models/lib/nn.yaml:79:7
%6737 = div %2498, %6736 : f64[] @ models/lib/nn.yaml:79:7
%6738 = pow %4213, %6734 : f64[] @ models/lib/nn.yaml:79:7
%6739 = sub %4186, %6738 : f64[] @ models/lib/nn.yaml:79:7
%6740 = sqrt %6739 : f64[] @ models/lib/nn.yaml:79:7
%6741 = div %4186, %6740 : f64[] @ models/lib/nn.yaml:79:7
%6742 = sqrt %6733 : f32[256,256] @ models/lib/nn.yaml:79:7
%6743 = cast %6741 : f32[] @ models/lib/nn.yaml:79:7
%6744 = broadcast %6743 : f32[256,256] @ models/lib/nn.yaml:79:7
%6745 = mul %6742, %6744 : f32[256,256] @ models/lib/nn.yaml:79:7
%6746 = broadcast %4230 : f32[256,256] @ models/lib/nn.yaml:79:7
%6747 = add %6745, %6746 : f32[256,256] @ models/lib/nn.yaml:79:7
%6748 = div %6727, %6747 : f32[256,256] @ models/lib/nn.yaml:79:7
%6749 = cast %6737 : f32[] @ models/lib/nn.yaml:79:7
%6750 = broadcast %6749 : f32[256,256] @ models/lib/nn.yaml:79:7
%6751 = mul %6748, %6750 : f32[256,256] @ models/lib/nn.yaml:79:7
%6752 = sub %6722, %6751 : f32[256,256] @ models/lib/nn.yaml:79:7
%6753 = assign %55, %6752 : f32[256,256] @ models/lib/nn.yaml:79:7
%6754 = assign %6717, %6727 : f32[256,256] @ models/lib/nn.yaml:79:7
%6755 = assign %6718, %6733 : f32[256,256] @ models/lib/nn.yaml:79:7
%6756 = assign %6719, %6720 : i64[] @ models/lib/nn.yaml:79:7
%6757 = broadcast %3 : f32[256,256] @ models/lib/nn.yaml:79:7
%6758 = mul %117, %6757 : f32[256,256] @ models/lib/nn.yaml:79:7
%6759 = broadcast %4245 : f32[256,256] @ models/lib/nn.yaml:79:7
%6760 = mul %6752, %6759 : f32[256,256] @ models/lib/nn.yaml:79:7
%6761 = add %6758, %6760 : f32[256,256] @ models/lib/nn.yaml:79:7
%6762 = assign %117, %6761 : f32[256,256] @ models/lib/nn.yaml:79:7
%6763 = all_reduce_sum %3577 : f32[256] @ models/lib/nn.yaml:80:7
%6764 = mul %6763, %6763 : f32[256] @ models/lib/nn.yaml:80:7
%6765 = reduce_sum %6764 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6766 = sqrt %6765 : f32[] @ models/lib/nn.yaml:80:7
%6767 = cast %6766 : f64[] @ models/lib/nn.yaml:80:7
%6768 = add %6767, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6769 = div %4184, %6768 : f64[] @ models/lib/nn.yaml:80:7
%6770 = lt %6769, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6771 = cast %6769 : f32[] @ models/lib/nn.yaml:80:7
%6772 = broadcast %6771 : f32[256] @ models/lib/nn.yaml:80:7
%6773 = mul %6763, %6772 : f32[256] @ models/lib/nn.yaml:80:7
%6774 = broadcast %6770 : bool[256] @ models/lib/nn.yaml:80:7
%6775 = select %6774, %6773, %6763 : f32[256] @ models/lib/nn.yaml:80:7
%6776 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6777 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%6778 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6779 = add %6778, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6780 = mul %6775, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%6781 = mul %6776, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%6782 = add %6781, %6780 : f32[256] @ models/lib/nn.yaml:80:7
%6783 = mul %6775, %6775 : f32[256] @ models/lib/nn.yaml:80:7
%6784 = mul %6783, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%6785 = mul %6777, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%6786 = add %6785, %6784 : f32[256] @ models/lib/nn.yaml:80:7
%6787 = cast %6779 : f64[] @ models/lib/nn.yaml:80:7
%6788 = pow %4205, %6787 : f64[] @ models/lib/nn.yaml:80:7
%6789 = sub %4186, %6788 : f64[] @ models/lib/nn.yaml:80:7
%6790 = div %2498, %6789 : f64[] @ models/lib/nn.yaml:80:7
%6791 = pow %4213, %6787 : f64[] @ models/lib/nn.yaml:80:7
%6792 = sub %4186, %6791 : f64[] @ models/lib/nn.yaml:80:7
%6793 = sqrt %6792 : f64[] @ models/lib/nn.yaml:80:7
%6794 = div %4186, %6793 : f64[] @ models/lib/nn.yaml:80:7
%6795 = sqrt %6786 : f32[256] @ models/lib/nn.yaml:80:7
%6796 = cast %6794 : f32[] @ models/lib/nn.yaml:80:7
%6797 = broadcast %6796 : f32[256] @ models/lib/nn.yaml:80:7
%6798 = mul %6795, %6797 : f32[256] @ models/lib/nn.yaml:80:7
%6799 = add %6798, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%6800 = div %6782, %6799 : f32[256] @ models/lib/nn.yaml:80:7
%6801 = cast %6790 : f32[] @ models/lib/nn.yaml:80:7
%6802 = broadcast %6801 : f32[256] @ models/lib/nn.yaml:80:7
%6803 = mul %6800, %6802 : f32[256] @ models/lib/nn.yaml:80:7
%6804 = sub %56, %6803 : f32[256] @ models/lib/nn.yaml:80:7
%6805 = assign %56, %6804 : f32[256] @ models/lib/nn.yaml:80:7
%6806 = assign %6776, %6782 : f32[256] @ models/lib/nn.yaml:80:7
%6807 = assign %6777, %6786 : f32[256] @ models/lib/nn.yaml:80:7
%6808 = assign %6778, %6779 : i64[] @ models/lib/nn.yaml:80:7
%6809 = mul %118, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%6810 = mul %6804, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%6811 = add %6809, %6810 : f32[256] @ models/lib/nn.yaml:80:7
%6812 = assign %118, %6811 : f32[256] @ models/lib/nn.yaml:80:7
%6813 = all_reduce_sum %3557 : f32[64,256] @ models/lib/nn.yaml:79:7
%6814 = reshape %6813 : f32[16384] @ models/lib/nn.yaml:79:7
%6815 = mul %6814, %6814 : f32[16384] @ models/lib/nn.yaml:79:7
%6816 = reduce_sum %6815 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6817 = sqrt %6816 : f32[] @ models/lib/nn.yaml:79:7
%6818 = cast %6817 : f64[] @ models/lib/nn.yaml:79:7
%6819 = add %6818, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6820 = div %4184, %6819 : f64[] @ models/lib/nn.yaml:79:7
%6821 = lt %6820, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6822 = cast %6820 : f32[] @ models/lib/nn.yaml:79:7
%6823 = broadcast %6822 : f32[64,256] @ models/lib/nn.yaml:79:7
%6824 = mul %6813, %6823 : f32[64,256] @ models/lib/nn.yaml:79:7
%6825 = broadcast %6821 : bool[64,256] @ models/lib/nn.yaml:79:7
%6826 = select %6825, %6824, %6813 : f32[64,256] @ models/lib/nn.yaml:79:7
%6827 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6828 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%6829 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6830 = add %6829, %4196 : i64[] @ models/lib/nn.yaml:79:7
%6831 = mul %57, %4929 : f32[64,256] @ models/lib/nn.yaml:79:7
%6832 = mul %6826, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%6833 = mul %6827, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%6834 = add %6833, %6832 : f32[64,256] @ models/lib/nn.yaml:79:7
%6835 = mul %6826, %6826 : f32[64,256] @ models/lib/nn.yaml:79:7
%6836 = mul %6835, %4937 : f32[64,256] @ models/lib/nn.yaml:79:7
%6837 = mul %6828, %4939 : f32[64,256] @ models/lib/nn.yaml:79:7
%6838 = add %6837, %6836 : f32[64,256] @ models/lib/nn.yaml:79:7
%6839 = cast %6830 : f64[] @ models/lib/nn.yaml:79:7
%6840 = pow %4205, %6839 : f64[] @ models/lib/nn.yaml:79:7
%6841 = sub %4186, %6840 : f64[] @ models/lib/nn.yaml:79:7
%6842 = div %2498, %6841 : f64[] @ models/lib/nn.yaml:79:7
%6843 = pow %4213, %6839 : f64[] @ models/lib/nn.yaml:79:7
%6844 = sub %4186, %6843 : f64[] @ models/lib/nn.yaml:79:7
%6845 = sqrt %6844 : f64[] @ models/lib/nn.yaml:79:7
%6846 = div %4186, %6845 : f64[] @ models/lib/nn.yaml:79:7
%6847 = sqrt %6838 : f32[64,256] @ models/lib/nn.yaml:79:7
%6848 = cast %6846 : f32[] @ models/lib/nn.yaml:79:7
%6849 = broadcast %6848 : f32[64,256] @ models/lib/nn.yaml:79:7
%6850 = mul %6847, %6849 : f32[64,256] @ models/lib/nn.yaml:79:7
%6851 = add %6850, %4954 : f32[64,256] @ models/lib/nn.yaml:79:7
%6852 = div %6834, %6851 : f32[64,256] @ models/lib/nn.yaml:79:7
%6853 = cast %6842 : f32[] @ models/lib/nn.yaml:79:7
%6854 = broadcast %6853 : f32[64,256] @ models/lib/nn.yaml:79:7
%6855 = mul %6852, %6854 : f32[64,256] @ models/lib/nn.yaml:79:7
%6856 = sub %6831, %6855 : f32[64,256] @ models/lib/nn.yaml:79:7
%6857 = assign %57, %6856 : f32[64,256] @ models/lib/nn.yaml:79:7
%6858 = assign %6827, %6834 : f32[64,256] @ models/lib/nn.yaml:79:7
%6859 = assign %6828, %6838 : f32[64,256] @ models/lib/nn.yaml:79:7
%6860 = assign %6829, %6830 : i64[] @ models/lib/nn.yaml:79:7
%6861 = mul %119, %4965 : f32[64,256] @ models/lib/nn.yaml:79:7
%6862 = mul %6856, %4967 : f32[64,256] @ models/lib/nn.yaml:79:7
%6863 = add %6861, %6862 : f32[64,256] @ models/lib/nn.yaml:79:7
%6864 = assign %119, %6863 : f32[64,256] @ models/lib/nn.yaml:79:7
%6865 = all_reduce_sum %3549 : f32[64] @ models/lib/nn.yaml:80:7
%6866 = mul %6865, %6865 : f32[64] @ models/lib/nn.yaml:80:7
%6867 = reduce_sum %6866 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6868 = sqrt %6867 : f32[] @ models/lib/nn.yaml:80:7
%6869 = cast %6868 : f64[] @ models/lib/nn.yaml:80:7
%6870 = add %6869, %4182 : f64[] @ models/lib/nn.yaml:80:7
%6871 = div %4184, %6870 : f64[] @ models/lib/nn.yaml:80:7
%6872 = lt %6871, %4186 : bool[] @ models/lib/nn.yaml:80:7
%6873 = cast %6871 : f32[] @ models/lib/nn.yaml:80:7
%6874 = broadcast %6873 : f32[64] @ models/lib/nn.yaml:80:7
%6875 = mul %6865, %6874 : f32[64] @ models/lib/nn.yaml:80:7
%6876 = broadcast %6872 : bool[64] @ models/lib/nn.yaml:80:7
%6877 = select %6876, %6875, %6865 : f32[64] @ models/lib/nn.yaml:80:7
%6878 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6879 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6880 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6881 = add %6880, %4196 : i64[] @ models/lib/nn.yaml:80:7
%6882 = mul %6877, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%6883 = mul %6878, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%6884 = add %6883, %6882 : f32[64] @ models/lib/nn.yaml:80:7
%6885 = mul %6877, %6877 : f32[64] @ models/lib/nn.yaml:80:7
%6886 = mul %6885, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%6887 = mul %6879, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%6888 = add %6887, %6886 : f32[64] @ models/lib/nn.yaml:80:7
%6889 = cast %6881 : f64[] @ models/lib/nn.yaml:80:7
%6890 = pow %4205, %6889 : f64[] @ models/lib/nn.yaml:80:7
%6891 = sub %4186, %6890 : f64[] @ models/lib/nn.yaml:80:7
%6892 = div %2498, %6891 : f64[] @ models/lib/nn.yaml:80:7
%6893 = pow %4213, %6889 : f64[] @ models/lib/nn.yaml:80:7
%6894 = sub %4186, %6893 : f64[] @ models/lib/nn.yaml:80:7
%6895 = sqrt %6894 : f64[] @ models/lib/nn.yaml:80:7
%6896 = div %4186, %6895 : f64[] @ models/lib/nn.yaml:80:7
%6897 = sqrt %6888 : f32[64] @ models/lib/nn.yaml:80:7
%6898 = cast %6896 : f32[] @ models/lib/nn.yaml:80:7
%6899 = broadcast %6898 : f32[64] @ models/lib/nn.yaml:80:7
%6900 = mul %6897, %6899 : f32[64] @ models/lib/nn.yaml:80:7
%6901 = add %6900, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%6902 = div %6884, %6901 : f32[64] @ models/lib/nn.yaml:80:7
%6903 = cast %6892 : f32[] @ models/lib/nn.yaml:80:7
%6904 = broadcast %6903 : f32[64] @ models/lib/nn.yaml:80:7
%6905 = mul %6902, %6904 : f32[64] @ models/lib/nn.yaml:80:7
%6906 = sub %58, %6905 : f32[64] @ models/lib/nn.yaml:80:7
%6907 = assign %58, %6906 : f32[64] @ models/lib/nn.yaml:80:7
%6908 = assign %6878, %6884 : f32[64] @ models/lib/nn.yaml:80:7
%6909 = assign %6879, %6888 : f32[64] @ models/lib/nn.yaml:80:7
%6910 = assign %6880, %6881 : i64[] @ models/lib/nn.yaml:80:7
%6911 = mul %120, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%6912 = mul %6906, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%6913 = add %6911, %6912 : f32[64] @ models/lib/nn.yaml:80:7
%6914 = assign %120, %6913 : f32[64] @ models/lib/nn.yaml:80:7
%6915 = broadcast %3 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6916 = mul %121, %6915 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6917 = broadcast %4245 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6918 = mul %59, %6917 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6919 = add %6916, %6918 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6920 = assign %121, %6919 : f32[65536,1] @ models/lib/dino.yaml:18:7
%6921 = all_reduce_sum %3527 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6922 = reshape %6921 : f32[4194304] @ models/lib/dino.yaml:19:7
%6923 = mul %6922, %6922 : f32[4194304] @ models/lib/dino.yaml:19:7
%6924 = reduce_sum %6923 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%6925 = sqrt %6924 : f32[] @ models/lib/dino.yaml:19:7
%6926 = cast %6925 : f64[] @ models/lib/dino.yaml:19:7
%6927 = add %6926, %4182 : f64[] @ models/lib/dino.yaml:19:7
%6928 = div %4184, %6927 : f64[] @ models/lib/dino.yaml:19:7
%6929 = lt %6928, %4186 : bool[] @ models/lib/dino.yaml:19:7
%6930 = cast %6928 : f32[] @ models/lib/dino.yaml:19:7
%6931 = broadcast %6930 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6932 = mul %6921, %6931 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6933 = broadcast %6929 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6934 = select %6933, %6932, %6921 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6935 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6936 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[65536,64] @ models/lib/dino.yaml:19:7
%6937 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%6938 = add %6937, %4196 : i64[] @ models/lib/dino.yaml:19:7
%6939 = broadcast %4200 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6940 = mul %60, %6939 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6941 = broadcast %2175 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6942 = mul %6934, %6941 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6943 = broadcast %1457 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6944 = mul %6935, %6943 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6945 = add %6944, %6942 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6946 = mul %6934, %6934 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6947 = broadcast %4210 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6948 = mul %6946, %6947 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6949 = broadcast %4214 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6950 = mul %6936, %6949 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6951 = add %6950, %6948 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6952 = cast %6938 : f64[] @ models/lib/dino.yaml:19:7
%6953 = pow %4205, %6952 : f64[] @ models/lib/dino.yaml:19:7
%6954 = sub %4186, %6953 : f64[] @ models/lib/dino.yaml:19:7
%6955 = div %2498, %6954 : f64[] @ models/lib/dino.yaml:19:7
%6956 = pow %4213, %6952 : f64[] @ models/lib/dino.yaml:19:7
%6957 = sub %4186, %6956 : f64[] @ models/lib/dino.yaml:19:7
%6958 = sqrt %6957 : f64[] @ models/lib/dino.yaml:19:7
%6959 = div %4186, %6958 : f64[] @ models/lib/dino.yaml:19:7
%6960 = sqrt %6951 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6961 = cast %6959 : f32[] @ models/lib/dino.yaml:19:7
%6962 = broadcast %6961 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6963 = mul %6960, %6962 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6964 = broadcast %4230 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6965 = add %6963, %6964 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6966 = div %6945, %6965 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6967 = cast %6955 : f32[] @ models/lib/dino.yaml:19:7
%6968 = broadcast %6967 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6969 = mul %6966, %6968 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6970 = sub %6940, %6969 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6971 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%6972 = lt %6971, %4196 : bool[] @ models/lib/dino.yaml:19:7
%6973 = broadcast %6972 : bool[65536,64] @ models/lib/dino.yaml:19:7
%6974 = select %6973, %60, %6970 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6975 = select %6973, %6935, %6945 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6976 = select %6973, %6936, %6951 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6977 = select %6972, %6937, %6938 : i64[] @ models/lib/dino.yaml:19:7
%6978 = assign %60, %6974 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6979 = assign %6935, %6975 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6980 = assign %6936, %6976 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6981 = assign %6937, %6977 : i64[] @ models/lib/dino.yaml:19:7
%6982 = broadcast %3 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6983 = mul %122, %6982 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6984 = broadcast %4245 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6985 = mul %6974, %6984 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6986 = add %6983, %6985 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6987 = assign %122, %6986 : f32[65536,64] @ models/lib/dino.yaml:19:7
%6988 = all_reduce_sum %3507 : f32[256,64] @ models/lib/nn.yaml:79:7
%6989 = reshape %6988 : f32[16384] @ models/lib/nn.yaml:79:7
%6990 = mul %6989, %6989 : f32[16384] @ models/lib/nn.yaml:79:7
%6991 = reduce_sum %6990 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6992 = sqrt %6991 : f32[] @ models/lib/nn.yaml:79:7
%6993 = cast %6992 : f64[] @ models/lib/nn.yaml:79:7
%6994 = add %6993, %4182 : f64[] @ models/lib/nn.yaml:79:7
%6995 = div %4184, %6994 : f64[] @ models/lib/nn.yaml:79:7
%6996 = lt %6995, %4186 : bool[] @ models/lib/nn.yaml:79:7
%6997 = cast %6995 : f32[] @ models/lib/nn.yaml:79:7
%6998 = broadcast %6997 : f32[256,64] @ models/lib/nn.yaml:79:7
%6999 = mul %6988, %6998 : f32[256,64] @ models/lib/nn.yaml:79:7
%7000 = broadcast %6996 : bool[256,64] @ models/lib/nn.yaml:79:7
%7001 = select %7000, %6999, %6988 : f32[256,64] @ models/lib/nn.yaml:79:7
%7002 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%7003 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[256,64] @ models/lib/nn.yaml:79:7
%7004 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7005 = add %7004, %4196 : i64[] @ models/lib/nn.yaml:79:7
%7006 = mul %61, %4812 : f32[256,64] @ models/lib/nn.yaml:79:7
%7007 = mul %7001, %4814 : f32[256,64] @ models/lib/nn.yaml:79:7
%7008 = mul %7002, %4816 : f32[256,64] @ models/lib/nn.yaml:79:7
%7009 = add %7008, %7007 : f32[256,64] @ models/lib/nn.yaml:79:7
%7010 = mul %7001, %7001 : f32[256,64] @ models/lib/nn.yaml:79:7
%7011 = mul %7010, %4820 : f32[256,64] @ models/lib/nn.yaml:79:7
%7012 = mul %7003, %4822 : f32[256,64] @ models/lib/nn.yaml:79:7
%7013 = add %7012, %7011 : f32[256,64] @ models/lib/nn.yaml:79:7
%7014 = cast %7005 : f64[] @ models/lib/nn.yaml:79:7
%7015 = pow %4205, %7014 : f64[] @ models/lib/nn.yaml:79:7
%7016 = sub %4186, %7015 : f64[] @ models/lib/nn.yaml:79:7
%7017 = div %2498, %7016 : f64[] @ models/lib/nn.yaml:79:7
%7018 = pow %4213, %7014 : f64[] @ models/lib/nn.yaml:79:7
%7019 = sub %4186, %7018 : f64[] @ models/lib/nn.yaml:79:7
%7020 = sqrt %7019 : f64[] @ models/lib/nn.yaml:79:7
%7021 = div %4186, %7020 : f64[] @ models/lib/nn.yaml:79:7
%7022 = sqrt %7013 : f32[256,64] @ models/lib/nn.yaml:79:7
%7023 = cast %7021 : f32[] @ models/lib/nn.yaml:79:7
%7024 = broadcast %7023 : f32[256,64] @ models/lib/nn.yaml:79:7
%7025 = mul %7022, %7024 : f32[256,64] @ models/lib/nn.yaml:79:7
%7026 = add %7025, %4837 : f32[256,64] @ models/lib/nn.yaml:79:7
%7027 = div %7009, %7026 : f32[256,64] @ models/lib/nn.yaml:79:7
%7028 = cast %7017 : f32[] @ models/lib/nn.yaml:79:7
%7029 = broadcast %7028 : f32[256,64] @ models/lib/nn.yaml:79:7
%7030 = mul %7027, %7029 : f32[256,64] @ models/lib/nn.yaml:79:7
%7031 = sub %7006, %7030 : f32[256,64] @ models/lib/nn.yaml:79:7
%7032 = assign %61, %7031 : f32[256,64] @ models/lib/nn.yaml:79:7
%7033 = assign %7002, %7009 : f32[256,64] @ models/lib/nn.yaml:79:7
%7034 = assign %7003, %7013 : f32[256,64] @ models/lib/nn.yaml:79:7
%7035 = assign %7004, %7005 : i64[] @ models/lib/nn.yaml:79:7
%7036 = mul %123, %4848 : f32[256,64] @ models/lib/nn.yaml:79:7
%7037 = mul %7031, %4850 : f32[256,64] @ models/lib/nn.yaml:79:7
%7038 = add %7036, %7037 : f32[256,64] @ models/lib/nn.yaml:79:7
%7039 = assign %123, %7038 : f32[256,64] @ models/lib/nn.yaml:79:7
%7040 = all_reduce_sum %3501 : f32[256] @ models/lib/nn.yaml:80:7
%7041 = mul %7040, %7040 : f32[256] @ models/lib/nn.yaml:80:7
%7042 = reduce_sum %7041 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7043 = sqrt %7042 : f32[] @ models/lib/nn.yaml:80:7
%7044 = cast %7043 : f64[] @ models/lib/nn.yaml:80:7
%7045 = add %7044, %4182 : f64[] @ models/lib/nn.yaml:80:7
%7046 = div %4184, %7045 : f64[] @ models/lib/nn.yaml:80:7
%7047 = lt %7046, %4186 : bool[] @ models/lib/nn.yaml:80:7
%7048 = cast %7046 : f32[] @ models/lib/nn.yaml:80:7
%7049 = broadcast %7048 : f32[256] @ models/lib/nn.yaml:80:7
%7050 = mul %7040, %7049 : f32[256] @ models/lib/nn.yaml:80:7
%7051 = broadcast %7047 : bool[256] @ models/lib/nn.yaml:80:7
%7052 = select %7051, %7050, %7040 : f32[256] @ models/lib/nn.yaml:80:7
%7053 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7054 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7055 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7056 = add %7055, %4196 : i64[] @ models/lib/nn.yaml:80:7
%7057 = mul %7052, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%7058 = mul %7053, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%7059 = add %7058, %7057 : f32[256] @ models/lib/nn.yaml:80:7
%7060 = mul %7052, %7052 : f32[256] @ models/lib/nn.yaml:80:7
%7061 = mul %7060, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%7062 = mul %7054, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%7063 = add %7062, %7061 : f32[256] @ models/lib/nn.yaml:80:7
%7064 = cast %7056 : f64[] @ models/lib/nn.yaml:80:7
%7065 = pow %4205, %7064 : f64[] @ models/lib/nn.yaml:80:7
%7066 = sub %4186, %7065 : f64[] @ models/lib/nn.yaml:80:7
%7067 = div %2498, %7066 : f64[] @ models/lib/nn.yaml:80:7
%7068 = pow %4213, %7064 : f64[] @ models/lib/nn.yaml:80:7
%7069 = sub %4186, %7068 : f64[] @ models/lib/nn.yaml:80:7
%7070 = sqrt %7069 : f64[] @ models/lib/nn.yaml:80:7
%7071 = div %4186, %7070 : f64[] @ models/lib/nn.yaml:80:7
%7072 = sqrt %7063 : f32[256] @ models/lib/nn.yaml:80:7
%7073 = cast %7071 : f32[] @ models/lib/nn.yaml:80:7
%7074 = broadcast %7073 : f32[256] @ models/lib/nn.yaml:80:7
%7075 = mul %7072, %7074 : f32[256] @ models/lib/nn.yaml:80:7
%7076 = add %7075, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%7077 = div %7059, %7076 : f32[256] @ models/lib/nn.yaml:80:7
%7078 = cast %7067 : f32[] @ models/lib/nn.yaml:80:7
%7079 = broadcast %7078 : f32[256] @ models/lib/nn.yaml:80:7
%7080 = mul %7077, %7079 : f32[256] @ models/lib/nn.yaml:80:7
%7081 = sub %62, %7080 : f32[256] @ models/lib/nn.yaml:80:7
%7082 = assign %62, %7081 : f32[256] @ models/lib/nn.yaml:80:7
%7083 = assign %7053, %7059 : f32[256] @ models/lib/nn.yaml:80:7
%7084 = assign %7054, %7063 : f32[256] @ models/lib/nn.yaml:80:7
%7085 = assign %7055, %7056 : i64[] @ models/lib/nn.yaml:80:7
%7086 = mul %124, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%7087 = mul %7081, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%7088 = add %7086, %7087 : f32[256] @ models/lib/nn.yaml:80:7
%7089 = assign %124, %7088 : f32[256] @ models/lib/nn.yaml:80:7
%7090 = all_reduce_sum %3473 : f32[256,256] @ models/lib/nn.yaml:79:7
%7091 = reshape %7090 : f32[65536] @ models/lib/nn.yaml:79:7
%7092 = mul %7091, %7091 : f32[65536] @ models/lib/nn.yaml:79:7
%7093 = reduce_sum %7092 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7094 = sqrt %7093 : f32[] @ models/lib/nn.yaml:79:7
%7095 = cast %7094 : f64[] @ models/lib/nn.yaml:79:7
%7096 = add %7095, %4182 : f64[] @ models/lib/nn.yaml:79:7
%7097 = div %4184, %7096 : f64[] @ models/lib/nn.yaml:79:7
%7098 = lt %7097, %4186 : bool[] @ models/lib/nn.yaml:79:7
%7099 = cast %7097 : f32[] @ models/lib/nn.yaml:79:7
%7100 = broadcast %7099 : f32[256,256] @ models/lib/nn.yaml:79:7
%7101 = mul %7090, %7100 : f32[256,256] @ models/lib/nn.yaml:79:7
%7102 = broadcast %7098 : bool[256,256] @ models/lib/nn.yaml:79:7
%7103 = select %7102, %7101, %7090 : f32[256,256] @ models/lib/nn.yaml:79:7
%7104 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%7105 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[256,256] @ models/lib/nn.yaml:79:7
%7106 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7107 = add %7106, %4196 : i64[] @ models/lib/nn.yaml:79:7
%7108 = mul %63, %6721 : f32[256,256] @ models/lib/nn.yaml:79:7
%7109 = mul %7103, %6723 : f32[256,256] @ models/lib/nn.yaml:79:7
%7110 = mul %7104, %6725 : f32[256,256] @ models/lib/nn.yaml:79:7
%7111 = add %7110, %7109 : f32[256,256] @ models/lib/nn.yaml:79:7
%7112 = mul %7103, %7103 : f32[256,256] @ models/lib/nn.yaml:79:7
%7113 = mul %7112, %6729 : f32[256,256] @ models/lib/nn.yaml:79:7
%7114 = mul %7105, %6731 : f32[256,256] @ models/lib/nn.yaml:79:7
%7115 = add %7114, %7113 : f32[256,256] @ models/lib/nn.yaml:79:7
%7116 = cast %7107 : f64[] @ models/lib/nn.yaml:79:7
%7117 = pow %4205, %7116 : f64[] @ models/lib/nn.yaml:79:7
%7118 = sub %4186, %7117 : f64[] @ models/lib/nn.yaml:79:7
%7119 = div %2498, %7118 : f64[] @ models/lib/nn.yaml:79:7
%7120 = pow %4213, %7116 : f64[] @ models/lib/nn.yaml:79:7
%7121 = sub %4186, %7120 : f64[] @ models/lib/nn.yaml:79:7
%7122 = sqrt %7121 : f64[] @ models/lib/nn.yaml:79:7
%7123 = div %4186, %7122 : f64[] @ models/lib/nn.yaml:79:7
%7124 = sqrt %7115 : f32[256,256] @ models/lib/nn.yaml:79:7
%7125 = cast %7123 : f32[] @ models/lib/nn.yaml:79:7
%7126 = broadcast %7125 : f32[256,256] @ models/lib/nn.yaml:79:7
%7127 = mul %7124, %7126 : f32[256,256] @ models/lib/nn.yaml:79:7
%7128 = add %7127, %6746 : f32[256,256] @ models/lib/nn.yaml:79:7
%7129 = div %7111, %7128 : f32[256,256] @ models/lib/nn.yaml:79:7
%7130 = cast %7119 : f32[] @ models/lib/nn.yaml:79:7
%7131 = broadcast %7130 : f32[256,256] @ models/lib/nn.yaml:79:7
%7132 = mul %7129, %7131 : f32[256,256] @ models/lib/nn.yaml:79:7
%7133 = sub %7108, %7132 : f32[256,256] @ models/lib/nn.yaml:79:7
%7134 = assign %63, %7133 : f32[256,256] @ models/lib/nn.yaml:79:7
%7135 = assign %7104, %7111 : f32[256,256] @ models/lib/nn.yaml:79:7
%7136 = assign %7105, %7115 : f32[256,256] @ models/lib/nn.yaml:79:7
%7137 = assign %7106, %7107 : i64[] @ models/lib/nn.yaml:79:7
%7138 = mul %125, %6757 : f32[256,256] @ models/lib/nn.yaml:79:7
%7139 = mul %7133, %6759 : f32[256,256] @ models/lib/nn.yaml:79:7
%7140 = add %7138, %7139 : f32[256,256] @ models/lib/nn.yaml:79:7
%7141 = assign %125, %7140 : f32[256,256] @ models/lib/nn.yaml:79:7
%7142 = all_reduce_sum %3467 : f32[256] @ models/lib/nn.yaml:80:7
%7143 = mul %7142, %7142 : f32[256] @ models/lib/nn.yaml:80:7
%7144 = reduce_sum %7143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7145 = sqrt %7144 : f32[] @ models/lib/nn.yaml:80:7
%7146 = cast %7145 : f64[] @ models/lib/nn.yaml:80:7
%7147 = add %7146, %4182 : f64[] @ models/lib/nn.yaml:80:7
%7148 = div %4184, %7147 : f64[] @ models/lib/nn.yaml:80:7
%7149 = lt %7148, %4186 : bool[] @ models/lib/nn.yaml:80:7
%7150 = cast %7148 : f32[] @ models/lib/nn.yaml:80:7
%7151 = broadcast %7150 : f32[256] @ models/lib/nn.yaml:80:7
%7152 = mul %7142, %7151 : f32[256] @ models/lib/nn.yaml:80:7
%7153 = broadcast %7149 : bool[256] @ models/lib/nn.yaml:80:7
%7154 = select %7153, %7152, %7142 : f32[256] @ models/lib/nn.yaml:80:7
%7155 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7156 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[256] @ models/lib/nn.yaml:80:7
%7157 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7158 = add %7157, %4196 : i64[] @ models/lib/nn.yaml:80:7
%7159 = mul %7154, %4871 : f32[256] @ models/lib/nn.yaml:80:7
%7160 = mul %7155, %4873 : f32[256] @ models/lib/nn.yaml:80:7
%7161 = add %7160, %7159 : f32[256] @ models/lib/nn.yaml:80:7
%7162 = mul %7154, %7154 : f32[256] @ models/lib/nn.yaml:80:7
%7163 = mul %7162, %4877 : f32[256] @ models/lib/nn.yaml:80:7
%7164 = mul %7156, %4879 : f32[256] @ models/lib/nn.yaml:80:7
%7165 = add %7164, %7163 : f32[256] @ models/lib/nn.yaml:80:7
%7166 = cast %7158 : f64[] @ models/lib/nn.yaml:80:7
%7167 = pow %4205, %7166 : f64[] @ models/lib/nn.yaml:80:7
%7168 = sub %4186, %7167 : f64[] @ models/lib/nn.yaml:80:7
%7169 = div %2498, %7168 : f64[] @ models/lib/nn.yaml:80:7
%7170 = pow %4213, %7166 : f64[] @ models/lib/nn.yaml:80:7
%7171 = sub %4186, %7170 : f64[] @ models/lib/nn.yaml:80:7
%7172 = sqrt %7171 : f64[] @ models/lib/nn.yaml:80:7
%7173 = div %4186, %7172 : f64[] @ models/lib/nn.yaml:80:7
%7174 = sqrt %7165 : f32[256] @ models/lib/nn.yaml:80:7
%7175 = cast %7173 : f32[] @ models/lib/nn.yaml:80:7
%7176 = broadcast %7175 : f32[256] @ models/lib/nn.yaml:80:7
%7177 = mul %7174, %7176 : f32[256] @ models/lib/nn.yaml:80:7
%7178 = add %7177, %4894 : f32[256] @ models/lib/nn.yaml:80:7
%7179 = div %7161, %7178 : f32[256] @ models/lib/nn.yaml:80:7
%7180 = cast %7169 : f32[] @ models/lib/nn.yaml:80:7
%7181 = broadcast %7180 : f32[256] @ models/lib/nn.yaml:80:7
%7182 = mul %7179, %7181 : f32[256] @ models/lib/nn.yaml:80:7
%7183 = sub %64, %7182 : f32[256] @ models/lib/nn.yaml:80:7
%7184 = assign %64, %7183 : f32[256] @ models/lib/nn.yaml:80:7
%7185 = assign %7155, %7161 : f32[256] @ models/lib/nn.yaml:80:7
%7186 = assign %7156, %7165 : f32[256] @ models/lib/nn.yaml:80:7
%7187 = assign %7157, %7158 : i64[] @ models/lib/nn.yaml:80:7
%7188 = mul %126, %4905 : f32[256] @ models/lib/nn.yaml:80:7
%7189 = mul %7183, %4907 : f32[256] @ models/lib/nn.yaml:80:7
%7190 = add %7188, %7189 : f32[256] @ models/lib/nn.yaml:80:7
%7191 = assign %126, %7190 : f32[256] @ models/lib/nn.yaml:80:7
%7192 = all_reduce_sum %3438 : f32[64,256] @ models/lib/nn.yaml:79:7
%7193 = reshape %7192 : f32[16384] @ models/lib/nn.yaml:79:7
%7194 = mul %7193, %7193 : f32[16384] @ models/lib/nn.yaml:79:7
%7195 = reduce_sum %7194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7196 = sqrt %7195 : f32[] @ models/lib/nn.yaml:79:7
%7197 = cast %7196 : f64[] @ models/lib/nn.yaml:79:7
%7198 = add %7197, %4182 : f64[] @ models/lib/nn.yaml:79:7
%7199 = div %4184, %7198 : f64[] @ models/lib/nn.yaml:79:7
%7200 = lt %7199, %4186 : bool[] @ models/lib/nn.yaml:79:7
%7201 = cast %7199 : f32[] @ models/lib/nn.yaml:79:7
%7202 = broadcast %7201 : f32[64,256] @ models/lib/nn.yaml:79:7
%7203 = mul %7192, %7202 : f32[64,256] @ models/lib/nn.yaml:79:7
%7204 = broadcast %7200 : bool[64,256] @ models/lib/nn.yaml:79:7
%7205 = select %7204, %7203, %7192 : f32[64,256] @ models/lib/nn.yaml:79:7
%7206 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%7207 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[64,256] @ models/lib/nn.yaml:79:7
%7208 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7209 = add %7208, %4196 : i64[] @ models/lib/nn.yaml:79:7
%7210 = mul %65, %4929 : f32[64,256] @ models/lib/nn.yaml:79:7
%7211 = mul %7205, %4931 : f32[64,256] @ models/lib/nn.yaml:79:7
%7212 = mul %7206, %4933 : f32[64,256] @ models/lib/nn.yaml:79:7
%7213 = add %7212, %7211 : f32[64,256] @ models/lib/nn.yaml:79:7
%7214 = mul %7205, %7205 : f32[64,256] @ models/lib/nn.yaml:79:7
%7215 = mul %7214, %4937 : f32[64,256] @ models/lib/nn.yaml:79:7
%7216 = mul %7207, %4939 : f32[64,256] @ models/lib/nn.yaml:79:7
%7217 = add %7216, %7215 : f32[64,256] @ models/lib/nn.yaml:79:7
%7218 = cast %7209 : f64[] @ models/lib/nn.yaml:79:7
%7219 = pow %4205, %7218 : f64[] @ models/lib/nn.yaml:79:7
%7220 = sub %4186, %7219 : f64[] @ models/lib/nn.yaml:79:7
%7221 = div %2498, %7220 : f64[] @ models/lib/nn.yaml:79:7
%7222 = pow %4213, %7218 : f64[] @ models/lib/nn.yaml:79:7
%7223 = sub %4186, %7222 : f64[] @ models/lib/nn.yaml:79:7
%7224 = sqrt %7223 : f64[] @ models/lib/nn.yaml:79:7
%7225 = div %4186, %7224 : f64[] @ models/lib/nn.yaml:79:7
%7226 = sqrt %7217 : f32[64,256] @ models/lib/nn.yaml:79:7
%7227 = cast %7225 : f32[] @ models/lib/nn.yaml:79:7
%7228 = broadcast %7227 : f32[64,256] @ models/lib/nn.yaml:79:7
%7229 = mul %7226, %7228 : f32[64,256] @ models/lib/nn.yaml:79:7
%7230 = add %7229, %4954 : f32[64,256] @ models/lib/nn.yaml:79:7
%7231 = div %7213, %7230 : f32[64,256] @ models/lib/nn.yaml:79:7
%7232 = cast %7221 : f32[] @ models/lib/nn.yaml:79:7
%7233 = broadcast %7232 : f32[64,256] @ models/lib/nn.yaml:79:7
%7234 = mul %7231, %7233 : f32[64,256] @ models/lib/nn.yaml:79:7
%7235 = sub %7210, %7234 : f32[64,256] @ models/lib/nn.yaml:79:7
%7236 = assign %65, %7235 : f32[64,256] @ models/lib/nn.yaml:79:7
%7237 = assign %7206, %7213 : f32[64,256] @ models/lib/nn.yaml:79:7
%7238 = assign %7207, %7217 : f32[64,256] @ models/lib/nn.yaml:79:7
%7239 = assign %7208, %7209 : i64[] @ models/lib/nn.yaml:79:7
%7240 = mul %127, %4965 : f32[64,256] @ models/lib/nn.yaml:79:7
%7241 = mul %7235, %4967 : f32[64,256] @ models/lib/nn.yaml:79:7
%7242 = add %7240, %7241 : f32[64,256] @ models/lib/nn.yaml:79:7
%7243 = assign %127, %7242 : f32[64,256] @ models/lib/nn.yaml:79:7
%7244 = all_reduce_sum %3432 : f32[64] @ models/lib/nn.yaml:80:7
%7245 = mul %7244, %7244 : f32[64] @ models/lib/nn.yaml:80:7
%7246 = reduce_sum %7245 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7247 = sqrt %7246 : f32[] @ models/lib/nn.yaml:80:7
%7248 = cast %7247 : f64[] @ models/lib/nn.yaml:80:7
%7249 = add %7248, %4182 : f64[] @ models/lib/nn.yaml:80:7
%7250 = div %4184, %7249 : f64[] @ models/lib/nn.yaml:80:7
%7251 = lt %7250, %4186 : bool[] @ models/lib/nn.yaml:80:7
%7252 = cast %7250 : f32[] @ models/lib/nn.yaml:80:7
%7253 = broadcast %7252 : f32[64] @ models/lib/nn.yaml:80:7
%7254 = mul %7244, %7253 : f32[64] @ models/lib/nn.yaml:80:7
%7255 = broadcast %7251 : bool[64] @ models/lib/nn.yaml:80:7
%7256 = select %7255, %7254, %7244 : f32[64] @ models/lib/nn.yaml:80:7
%7257 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7258 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7259 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7260 = add %7259, %4196 : i64[] @ models/lib/nn.yaml:80:7
%7261 = mul %7256, %4327 : f32[64] @ models/lib/nn.yaml:80:7
%7262 = mul %7257, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%7263 = add %7262, %7261 : f32[64] @ models/lib/nn.yaml:80:7
%7264 = mul %7256, %7256 : f32[64] @ models/lib/nn.yaml:80:7
%7265 = mul %7264, %4333 : f32[64] @ models/lib/nn.yaml:80:7
%7266 = mul %7258, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%7267 = add %7266, %7265 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = cast %7260 : f64[] @ models/lib/nn.yaml:80:7
%7269 = pow %4205, %7268 : f64[] @ models/lib/nn.yaml:80:7
%7270 = sub %4186, %7269 : f64[] @ models/lib/nn.yaml:80:7
%7271 = div %2498, %7270 : f64[] @ models/lib/nn.yaml:80:7
%7272 = pow %4213, %7268 : f64[] @ models/lib/nn.yaml:80:7
%7273 = sub %4186, %7272 : f64[] @ models/lib/nn.yaml:80:7
%7274 = sqrt %7273 : f64[] @ models/lib/nn.yaml:80:7
%7275 = div %4186, %7274 : f64[] @ models/lib/nn.yaml:80:7
%7276 = sqrt %7267 : f32[64] @ models/lib/nn.yaml:80:7
%7277 = cast %7275 : f32[] @ models/lib/nn.yaml:80:7
%7278 = broadcast %7277 : f32[64] @ models/lib/nn.yaml:80:7
%7279 = mul %7276, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%7280 = add %7279, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%7281 = div %7263, %7280 : f32[64] @ models/lib/nn.yaml:80:7
%7282 = cast %7271 : f32[] @ models/lib/nn.yaml:80:7
%7283 = broadcast %7282 : f32[64] @ models/lib/nn.yaml:80:7
%7284 = mul %7281, %7283 : f32[64] @ models/lib/nn.yaml:80:7
%7285 = sub %66, %7284 : f32[64] @ models/lib/nn.yaml:80:7
%7286 = assign %66, %7285 : f32[64] @ models/lib/nn.yaml:80:7
%7287 = assign %7257, %7263 : f32[64] @ models/lib/nn.yaml:80:7
%7288 = assign %7258, %7267 : f32[64] @ models/lib/nn.yaml:80:7
%7289 = assign %7259, %7260 : i64[] @ models/lib/nn.yaml:80:7
%7290 = mul %128, %4361 : f32[64] @ models/lib/nn.yaml:80:7
%7291 = mul %7285, %4363 : f32[64] @ models/lib/nn.yaml:80:7
%7292 = add %7290, %7291 : f32[64] @ models/lib/nn.yaml:80:7
%7293 = assign %128, %7292 : f32[64] @ models/lib/nn.yaml:80:7
%7294 = broadcast %3 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7295 = mul %129, %7294 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7296 = broadcast %4245 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7297 = mul %67, %7296 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7298 = add %7295, %7297 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7299 = assign %129, %7298 : f32[4096,1] @ models/lib/dino.yaml:18:7
%7300 = all_reduce_sum %3403 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7301 = reshape %7300 : f32[262144] @ models/lib/dino.yaml:19:7
%7302 = mul %7301, %7301 : f32[262144] @ models/lib/dino.yaml:19:7
%7303 = reduce_sum %7302 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%7304 = sqrt %7303 : f32[] @ models/lib/dino.yaml:19:7
%7305 = cast %7304 : f64[] @ models/lib/dino.yaml:19:7
%7306 = add %7305, %4182 : f64[] @ models/lib/dino.yaml:19:7
%7307 = div %4184, %7306 : f64[] @ models/lib/dino.yaml:19:7
%7308 = lt %7307, %4186 : bool[] @ models/lib/dino.yaml:19:7
%7309 = cast %7307 : f32[] @ models/lib/dino.yaml:19:7
%7310 = broadcast %7309 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7311 = mul %7300, %7310 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7312 = broadcast %7308 : bool[4096,64] @ models/lib/dino.yaml:19:7
%7313 = select %7312, %7311, %7300 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7314 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%7315 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[4096,64] @ models/lib/dino.yaml:19:7
%7316 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%7317 = add %7316, %4196 : i64[] @ models/lib/dino.yaml:19:7
%7318 = broadcast %4200 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7319 = mul %68, %7318 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7320 = broadcast %2175 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7321 = mul %7313, %7320 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7322 = broadcast %1457 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7323 = mul %7314, %7322 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7324 = add %7323, %7321 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7325 = mul %7313, %7313 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7326 = broadcast %4210 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7327 = mul %7325, %7326 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7328 = broadcast %4214 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7329 = mul %7315, %7328 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7330 = add %7329, %7327 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7331 = cast %7317 : f64[] @ models/lib/dino.yaml:19:7
%7332 = pow %4205, %7331 : f64[] @ models/lib/dino.yaml:19:7
%7333 = sub %4186, %7332 : f64[] @ models/lib/dino.yaml:19:7
%7334 = div %2498, %7333 : f64[] @ models/lib/dino.yaml:19:7
%7335 = pow %4213, %7331 : f64[] @ models/lib/dino.yaml:19:7
%7336 = sub %4186, %7335 : f64[] @ models/lib/dino.yaml:19:7
%7337 = sqrt %7336 : f64[] @ models/lib/dino.yaml:19:7
%7338 = div %4186, %7337 : f64[] @ models/lib/dino.yaml:19:7
%7339 = sqrt %7330 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7340 = cast %7338 : f32[] @ models/lib/dino.yaml:19:7
%7341 = broadcast %7340 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7342 = mul %7339, %7341 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7343 = broadcast %4230 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7344 = add %7342, %7343 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7345 = div %7324, %7344 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7346 = cast %7334 : f32[] @ models/lib/dino.yaml:19:7
%7347 = broadcast %7346 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7348 = mul %7345, %7347 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7349 = sub %7319, %7348 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7350 = broadcast %6972 : bool[4096,64] @ models/lib/dino.yaml:19:7
%7351 = select %7350, %68, %7349 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7352 = select %7350, %7314, %7324 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7353 = select %7350, %7315, %7330 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7354 = select %6972, %7316, %7317 : i64[] @ models/lib/dino.yaml:19:7
%7355 = assign %68, %7351 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7356 = assign %7314, %7352 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7357 = assign %7315, %7353 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7358 = assign %7316, %7354 : i64[] @ models/lib/dino.yaml:19:7
%7359 = broadcast %3 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7360 = mul %130, %7359 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7361 = broadcast %4245 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7362 = mul %7351, %7361 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7363 = add %7360, %7362 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7364 = assign %130, %7363 : f32[4096,64] @ models/lib/dino.yaml:19:7
%7365 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%7366 = abs %2457 : f32[] @ models/dino_pass.yaml:149:3
%7367 = lt %7366, %7365 : bool[] @ models/dino_pass.yaml:149:3
%7368 = output %7367 name="finite" : bool[] @ models/dino_pass.yaml:149:3
