#!/usr/bin/env bash
# tests/gpu/run.sh — the GPU check the lead runs on the GPU machine (no
# internet, no libyaml/LLVM/check there, but CUDA 13 with nvcc, cmake and
# python3 with torch).  Run from the repository root:  bash tests/gpu/run.sh
#
# Stages, each under its own `timeout`, each reported, none stopping the
# later ones:
#   1. env     — nvidia-smi, nvcc and torch versions
#   2. build   — tests/gpu/test_cuda_runtime.c with the runtime's CUDA files,
#                plain gcc (no CMake: the project's CMake needs libyaml/LLVM)
#   3. runtime — runs it: driver, NVRTC, kernels, cuBLASLt epilogues, CUDA
#                graph, peak bf16 GEMM TFLOP/s and copy GB/s
#   4. cudabld — tests/gpu/test_cuda_diff.c with the sources that need no
#                LLVM/libyaml (ir/, the kernel passes, codegen/cuda*.c, the
#                CUDA runtime and executor), plain gcc
#   5. cudadiff — the CUDA executor against the interpreter on every
#                tests/golden/*.pir and the tiny models' graphs
#                (tests/gpu/data, with CUDA-graph replay)
#   6. kreport — NVRTC's per-kernel table (registers, spills, smem) of the
#                tiny DINO+PASS program for sm_90
#   7. torch   — the PyTorch twin (bench/peers/torch_dino_pass.py): ViT-S/16,
#                batch 64, eager, bf16, 3 warm-up + 10 timed steps
# Whole script: about 2-4 minutes on an H100/H200 (6 at most by the
# timeouts).  Outputs go to $OUT when set (else ./gpu-out): the logs, the
# peaks and torch JSON, and summary.txt, the table printed last.
# Exit status: 0 when every stage passed, 1 otherwise.
set -u

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
OUTDIR=${OUT:-$ROOT/gpu-out}
mkdir -p "$OUTDIR"
WORK=$(mktemp -d /tmp/passc-gpu.XXXXXX)
CUDA_HOME=${CUDA_HOME:-/usr/local/cuda}
if [ ! -d "$CUDA_HOME/include" ] && command -v nvcc >/dev/null 2>&1; then
  CUDA_HOME=$(dirname "$(dirname "$(command -v nvcc)")")
fi
export CUDA_HOME
export LD_LIBRARY_PATH="$CUDA_HOME/lib64:$CUDA_HOME/lib:${LD_LIBRARY_PATH:-}"
export PASSC_CACHE_DIR="$WORK/cubin-cache"
PY=${PYTHON:-python3}

declare -a ROWS=()
FAILED=0

# stage NAME SECONDS LOGFILE -- COMMAND...: runs it under timeout (in a
# child bash, so shell functions work), tees the log, records a row.
stage() {
  local name=$1 limit=$2 log=$3
  shift 4
  echo "=== $name (limit ${limit}s) ==="
  local t0=$SECONDS rc
  timeout --kill-after=10 "$limit" bash -c '"$@"' bash "$@" >"$log" 2>&1
  rc=$?
  cat "$log"
  local dt=$((SECONDS - t0)) status=ok
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then status="TIMEOUT"; FAILED=1
  elif [ "$rc" -eq 77 ]; then status="SKIP (no GPU)"; FAILED=1
  elif [ "$rc" -ne 0 ]; then status="FAIL rc=$rc"; FAILED=1; fi
  ROWS+=("$(printf '%-8s %-16s %4ss' "$name" "$status" "$dt")")
}

env_info() {
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv || true
  "$CUDA_HOME/bin/nvcc" --version | tail -2 || true
  gcc --version | head -1
  "$PY" -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda,
torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU")' || true
}

build() {
  gcc -O2 -std=c11 -Wall -Wextra -I. -DPASSC_HAVE_NVRTC -I"$CUDA_HOME/include" \
    runtime/cuda.c runtime/nvrtc.c runtime/cublaslt.c tests/gpu/test_cuda_runtime.c \
    -L"$CUDA_HOME/lib64" -Wl,-rpath,"$CUDA_HOME/lib64" -lnvrtc -ldl -lpthread -lm \
    -o "$WORK/test_cuda_runtime"
}
build_diff() {
  gcc -O2 -std=gnu11 -Wall -Wextra -Wno-unused-parameter -I. -DPASSC_HAVE_NVRTC -I"$CUDA_HOME/include" \
    ir/*.c passes/fuse.c passes/schedule.c passes/memplan.c passes/dce.c \
    codegen/cuda.c codegen/cuda_templates.c \
    runtime/cuda.c runtime/nvrtc.c runtime/cublaslt.c runtime/cuda_exec.c tests/gpu/test_cuda_diff.c \
    -L"$CUDA_HOME/lib64" -Wl,-rpath,"$CUDA_HOME/lib64" -lnvrtc -ldl -lpthread -lm \
    -o "$WORK/test_cuda_diff"
}
export -f env_info build build_diff
export WORK PY OUTDIR
export PASSC_PEAKS_JSON="$OUTDIR/peaks.json"

stage env 30 "$OUTDIR/env.txt" -- env_info
stage build 90 "$OUTDIR/build.txt" -- build
if [ -x "$WORK/test_cuda_runtime" ]; then
  stage runtime 150 "$OUTDIR/test_cuda_runtime.txt" -- "$WORK/test_cuda_runtime"
else
  ROWS+=("$(printf '%-8s %-16s %4ss' runtime "not built" 0)"); FAILED=1
fi
stage cudabld 90 "$OUTDIR/build_cuda_diff.txt" -- build_diff
if [ -x "$WORK/test_cuda_diff" ]; then
  stage cudadiff 150 "$OUTDIR/test_cuda_diff.txt" -- "$WORK/test_cuda_diff" tests/golden/*.pir tests/gpu/data/*.pir
  stage kreport 60 "$OUTDIR/kernel_report.txt" -- "$WORK/test_cuda_diff" --kernel-report \
    tests/gpu/data/tiny_dino_pass.pir 90
else
  ROWS+=("$(printf '%-8s %-16s %4ss' cudadiff "not built" 0)"); FAILED=1
fi
stage torch 150 "$OUTDIR/torch_eager_bf16.txt" -- "$PY" bench/peers/torch_dino_pass.py \
  --batch 64 --mode eager --precision bf16 --warmup 3 --steps 10 \
  --json "$OUTDIR/torch_eager_bf16.json"

# The headline numbers out of the JSON files (python3 is there with torch).
headline() {
  "$PY" - "$OUTDIR" <<'EOF'
import json, os, sys
d = sys.argv[1]
def load(name):
    try:
        with open(os.path.join(d, name)) as f:
            return json.loads(f.read().strip().splitlines()[-1])
    except Exception as e:
        return {"error": str(e)}
p = load("peaks.json")
print(f"device peaks  : bf16 GEMM 4096^3 {p.get('bf16_gemm_tflops', '?')} TFLOP/s, "
      f"1 GiB copy {p.get('copy_gbs', '?')} GB/s (read+write), "
      f"cuBLASLt GELU = {p.get('cublaslt_gelu', '?')}  [{p.get('device', p.get('error', ''))}]")
t = load("torch_eager_bf16.json")
if t.get("status") == "ok":
    print(f"torch twin    : eager bf16 B=64  {t['ms_median']:.1f} ms/step (p10 {t['ms_p10']:.1f}, "
          f"p90 {t['ms_p90']:.1f}), {t['img_per_s']:.0f} img/s, {t['tflops']:.1f} TFLOP/s, "
          f"peak mem {t['peak_mem_bytes'] / 2**30:.1f} GiB  [{t.get('gpu', '')}]")
else:
    print(f"torch twin    : {t.get('status', '')} {t.get('error', '')}")
EOF
}

{
  echo
  echo "=== summary ==="
  printf '%-8s %-16s %5s\n' stage status time
  for r in "${ROWS[@]}"; do echo "$r"; done
  grep -E '^(ok|FAIL) ' "$OUTDIR/test_cuda_runtime.txt" 2>/dev/null | grep -c '^ok' |
    xargs -I{} echo "runtime checks passed: {}"
  grep -E '^FAIL ' "$OUTDIR/test_cuda_runtime.txt" 2>/dev/null
  grep -E '^(ok  |FAIL) ' "$OUTDIR/test_cuda_diff.txt" 2>/dev/null
  tail -1 "$OUTDIR/kernel_report.txt" 2>/dev/null
  headline
} | tee "$OUTDIR/summary.txt"
rm -rf "$WORK"
exit "$FAILED"
