#!/bin/sh
# setup.sh — e2e fixture: 64 procedural images and the tiny DINO + PASS
# model compiled with a learning rate and schedule under which its loss
# falls within a few hundred steps on the CPU (batch 8: 8 steps per epoch).
set -eu
: "${PASSC:?}" "${GENDATA:?}" "${E2E_WORK:?}" "${PASSC_SOURCE_DIR:?}"
rm -rf "$E2E_WORK" && mkdir -p "$E2E_WORK"
"$GENDATA" --out "$E2E_WORK/data" --images 64 --size 64x64 --classes 4 --seed 1 >/dev/null
"$PASSC" "$PASSC_SOURCE_DIR/models/tiny_dino_pass.yaml" -D batch=8 -D epochs=40 -D base_lr=0.005 \
    -D warmup_epochs=2 -D teacher_temp_epochs=1 -o "$E2E_WORK/run"
test -x "$E2E_WORK/run"
"$E2E_WORK/run" info | grep -q "batch: 8"
