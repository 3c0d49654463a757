# expect: :3:39: error: unknown tag 'sticky'
graph "g"
%1 = param name="w" init="ones" tags=[sticky] frozen_epochs=0 : f32[2]
