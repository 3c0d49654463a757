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
# tiny_moco_pass at batch 7: its batch norm over 3 rows amplifies rounding
# noise past the f32 tolerance (as in tests/unit/test_step_diff.c).
for m in tiny_dino tiny_dino_pass tiny_moco_pass; do
  extra=""
  [ "$m" = tiny_moco_pass ] && extra="-D batch=7"
  # shellcheck disable=SC2086
  "$PASSC" "models/$m.yaml" -D devices=1 $extra --emit=pir -o "tests/gpu/data/$m.pir"
  echo "tests/gpu/data/$m.pir: $(grep -c '^%' "tests/gpu/data/$m.pir") nodes"
done
# The bf16 policy's step (bf16 matmul operands and results on cuBLASLt).
"$PASSC" models/tiny_dino_pass.yaml -D devices=1 --precision=bf16 --emit=pir -o tests/gpu/data/tiny_dino_pass_bf16.pir
echo "tests/gpu/data/tiny_dino_pass_bf16.pir: $(grep -c '^%' tests/gpu/data/tiny_dino_pass_bf16.pir) nodes"
# The full model's structure at a size the interpreter (and the emulated
# device) runs in seconds, with its real wide shapes: 65536-column loss
# rows (block rows), a 64x65536 head weight (its AdamW flattened, its norm
# split over blocks), attention's P @ V written permuted; f32 and bf16.
SMALL="-D devices=1 -D batch=2 -D dim=64 -D depth=2 -D heads=2 -D ca_depth=1 -D head_hidden=256 \
-D head_bottleneck=64 -D global_size=64 -D local_size=48 -D local_crops=2"
for prec in f32 bf16; do
  out=tests/gpu/data/small_dino_pass.pir
  [ "$prec" = bf16 ] && out=tests/gpu/data/small_dino_pass_bf16.pir
  # shellcheck disable=SC2086
  "$PASSC" models/dino_pass.yaml $SMALL --precision=$prec --emit=pir -o "$out"
  echo "$out: $(grep -c '^%' "$out") nodes"
done
