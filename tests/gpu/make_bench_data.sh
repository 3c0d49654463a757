#!/bin/sh
# tests/gpu/make_bench_data.sh — the headline step graphs for the GPU
# benchmark (tests/gpu/bench_cuda_step.c, run.sh's passc stages), dumped
# into the git-ignored folder .gpudata/ that the device call carries
# (carry: [".gpudata"]): the GPU machine cannot build passc (no libyaml,
# no LLVM there).  ViT-S/16 at batch 64 (2x224 + 8x96 crops), one device:
#   .gpudata/dino_pass_b64.pir   DINO + PASS, the twin of the PyTorch peer
#   .gpudata/dino_b64.pir        DINO alone
#   .gpudata/dino_pass_bf16_b64.pir  DINO + PASS under --precision=bf16
# With the CUDA toolkit here it also builds bench_cuda_step (or uses
# $BENCH) and fills .gpudata/cubin-cache with both programs' sm_90 CUBINs,
# NVRTC's cache entries, which the GPU machine uses when its NVRTC version,
# CUDA include path and the sources are the same (else it compiles them,
# ~10 s each); so run this right before the device call.  About 40 s.
# Run from the repository root after building passc:
#   sh tests/gpu/make_bench_data.sh        (PASSC=..., BENCH=... to override)
set -eu
PASSC=${PASSC:-build/passc}
CUDA_HOME=${CUDA_HOME:-/usr/local/cuda}
export CUDA_HOME
rm -rf .gpudata
mkdir -p .gpudata
BENCH=${BENCH:-}
if [ -z "$BENCH" ] && [ -f "$CUDA_HOME/include/nvrtc.h" ]; then
  BENCH=$(mktemp /tmp/bench_cuda_step.XXXXXX)
  . tests/gpu/kir_sources.sh
  # shellcheck disable=SC2086
  gcc -O2 -std=gnu11 -Wall -Wextra -Wno-unused-parameter -I. -DPASSC_HAVE_NVRTC -I"$CUDA_HOME/include" \
    $KIR_SOURCES tests/gpu/bench_cuda_step.c \
    -L"$CUDA_HOME/lib64" -Wl,-rpath,"$CUDA_HOME/lib64" -lnvrtc -ldl -lpthread -lm -o "$BENCH"
fi
for m in dino_pass dino dino_pass_bf16; do
  out=.gpudata/${m}_b64.pir
  case $m in
    *_bf16) "$PASSC" "models/${m%_bf16}.yaml" -D devices=1 -D batch=64 --precision=bf16 --emit=pir -o "$out" ;;
    *) "$PASSC" "models/$m.yaml" -D devices=1 -D batch=64 --emit=pir -o "$out" ;;
  esac
  echo "$out: $(grep -c '^%' "$out") nodes, $(wc -c <"$out") bytes"
  if [ -n "$BENCH" ]; then
    "$BENCH" "$out" --compile-only 90 --cache .gpudata/cubin-cache
  fi
done
case "$BENCH" in /tmp/bench_cuda_step.*) rm -f "$BENCH" ;; esac
du -sh .gpudata
