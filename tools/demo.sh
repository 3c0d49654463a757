#!/bin/sh
# demo.sh — the main job as far as passc goes today: installs dependencies,
# builds passc, generates a small procedural dataset, compiles the tiny
# DINO + PASS model and shows its parameter table and the head of its IR.
# (Training it needs the training executable, which is not built yet.)
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p demo
./build/gendata --out demo/data --images 64 --size 128x128 --classes 4 --seed 1
echo "== parameters of models/tiny_dino_pass.yaml"
./build/passc models/tiny_dino_pass.yaml --summary
./build/passc models/tiny_dino_pass.yaml --emit=pir -o demo/tiny_dino_pass.pir
echo "== its graph: $(grep -c '^%' demo/tiny_dino_pass.pir) nodes in demo/tiny_dino_pass.pir; the first 25:"
head -n 26 demo/tiny_dino_pass.pir
