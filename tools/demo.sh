#!/bin/sh
# demo.sh — the main job on a fresh Debian machine: installs what passc
# needs, builds it, generates a small procedural dataset, compiles the tiny
# DINO + PASS model into a training executable, trains it on the CPU (well
# under a minute here) with the loss falling after DINO's first rise, and
# writes a checkpoint and a timm-style backbone export.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p demo
./build/gendata --out demo/data --images 64 --size 64x64 --classes 4 --seed 1
echo "== compiling models/tiny_dino_pass.yaml into demo/run"
./build/passc models/tiny_dino_pass.yaml -D batch=8 -D epochs=60 -D base_lr=0.005 \
    -D warmup_epochs=2 -D teacher_temp_epochs=1 -o demo/run
./demo/run info | head -n 3
echo "== training on the CPU (60 epochs of batch 8)"
./demo/run train --data demo/data --out demo/train --log-every 40
./demo/run export demo/train/checkpoint.safetensors --timm -o demo/train/backbone_timm.safetensors
echo "== mean loss per 80 steps (it rises while the centre settles, then falls):"
awk -F'"loss":' '{ split($2, a, ","); s += a[1]; if (NR % 80 == 0) { printf "  steps %3d-%3d  %.4f\n", NR - 80, NR - 1, s / 80; s = 0 } }' \
    demo/train/log.jsonl
echo "checkpoint: demo/train/checkpoint.safetensors; backbone: demo/train/backbone_timm.safetensors"
