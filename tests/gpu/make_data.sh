#!/bin/sh
# tests/gpu/make_data.sh — regenerates tests/gpu/data/*.pir, the tiny
# models' graphs as the driver builds them (the whole training step once
# passc wires it in, else forward + loss), for tests/gpu/test_cuda_diff.c.
# The GPU machine cannot build passc (no libyaml/LLVM there), so the dumps
# are committed.  Run from the repository root after building passc:
#   sh tests/gpu/make_data.sh            (PASSC=path/to/passc to override)
set -eu
PASSC=${PASSC:-build/passc}
mkdir -p tests/gpu/data
for m in tiny_dino tiny_dino_pass tiny_moco_pass; do
  "$PASSC" "models/$m.yaml" -D devices=1 --emit=pir -o "tests/gpu/data/$m.pir"
  echo "tests/gpu/data/$m.pir: $(grep -c '^%' "tests/gpu/data/$m.pir") nodes"
done
