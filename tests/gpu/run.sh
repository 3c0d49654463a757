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
#                tests/golden/*.pir, tests/golden_fuse/*.pir and the tiny
#                models' graphs and the small ViT (tests/gpu/data, with
#                CUDA-graph replay; tiny MoCo and the bf16 steps kernel by
#                kernel, --resync).  CI runs the same
#                on an emulated device (ctest -L emu, tests/cuda_emu)
#   6. kreport — NVRTC's per-kernel table (registers, spills, smem) of the
#                tiny DINO+PASS program for sm_90
#   7. cbench  — tests/gpu/bench_cuda_step.c, test_cuda_diff's source list
#   8. passc   — passc's CUDA training step, ViT-S/16 DINO+PASS batch 64
#                (.gpudata/dino_pass_b64.pir from tests/gpu/make_bench_data.sh,
#                carried to the machine: carry [".gpudata"]): f32 GEMM peak,
#                ms/step plain and with CUDA-graph replay, img/s, TFLOP/s,
#                MFU, memory, top kernels; SKIP when .gpudata is absent.
#                The sm_90 CUBINs in .gpudata/cubin-cache spare the NVRTC
#                compile when they match this machine's NVRTC
#   9. torch   — the PyTorch twin (bench/peers/torch_dino_pass.py): ViT-S/16,
#                batch 64, eager, bf16, 3 warm-up + 10 timed steps
#  10. passc-bf — as passc under --precision=bf16
#                (.gpudata/dino_pass_bf16_b64.pir), when under 260 s so far
#  11. passc-d — as passc for DINO alone (.gpudata/dino_b64.pir), only when
#                the script has run under 320 s so far (PASSC_BENCH_DINO=0:
#                never)
# With .gpubench/ (bench/run --prepare .gpubench) stages 7-11 are replaced by
#   e2e   — tests/gpu/run_e2e.sh (needs .gpurun, or .gpurun.tar.xz, from
#           make_e2e_data.sh; the libraries from .gpubench/debs): 50 steps
#           CUDA vs CPU, resume across devices, compute-sanitizer on a step
#   twin  — bench/peers/test_twin_cpu.py (torch there, on the CPU)
#   bench — bench/run --prebuilt .gpubench --device cuda --no-compile-mode:
#           the ./run executables (bf16 and f32, B=64, B=128, DINO alone)
#           beside the PyTorch twin, the twin's first-loss check
# so one device call carrying [".gpubench", ".gpurun.tar.xz"] (55 MB) does all.
# $OUT takes back at most 8 files: point OUT at a scratch folder and pack it
# (tests/gpu/device_call.sh does, and keeps the whole run inside the limit).
# Whole script: about 3-5 minutes on an H100/H200 (the passc stages stop
# their timed loops early to fit).  Outputs go to $OUT when set (else
# ./gpu-out): the logs, the peaks, passc and torch JSON, and summary.txt,
# the table printed last, with the passc rows next to the torch row.
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
. tests/gpu/kir_sources.sh
export KIR_SOURCES
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
# build_kir NAME [EXTRA.c...]: tests/gpu/NAME.c (and EXTRA) with the sources that need no LLVM or
# libyaml (ir/, the kernel passes, codegen/cuda*.c, the CUDA runtime and
# executor) into $WORK/NAME.
# Each source compiles to its own object, all at once (the GPU machine has
# 16 cores; one gcc call over 30 files took most of a minute).
build_kir() {
  local objs="$WORK/obj-$1" src
  mkdir -p "$objs"
  # shellcheck disable=SC2086
  for src in $KIR_SOURCES "tests/gpu/$1.c" "${@:2}"; do echo "$src"; done |
    xargs -P "$(nproc)" -I{} sh -c 'o="$1/$(echo "$2" | tr / _).o"; gcc -O2 -std=gnu11 -Wall -Wextra \
      -Wno-unused-parameter -I. -DPASSC_HAVE_NVRTC -I"$CUDA_HOME/include" -c "$2" -o "$o"' sh "$objs" {} || return 1
  gcc "$objs"/*.o -L"$CUDA_HOME/lib64" -Wl,-rpath,"$CUDA_HOME/lib64" -lnvrtc -ldl -lpthread -lm -o "$WORK/$1"
}
build_diff() { build_kir test_cuda_diff tests/cuda_emu/emu_build.c; }
# The same graphs as ctest's cuda_emu_diff and cuda_emu_diff_resync.
run_diff() {
  "$WORK/test_cuda_diff" tests/golden/*.pir tests/golden_fuse/*.pir tests/golden_cuda/*.pir tests/gpu/data/tiny_dino.pir \
    tests/gpu/data/tiny_dino_pass.pir tests/gpu/data/small_dino_pass.pir
  local rc=$?
  [ "$rc" -eq 77 ] && return 77 # no GPU
  "$WORK/test_cuda_diff" --resync tests/gpu/data/tiny_moco_pass.pir tests/gpu/data/tiny_dino_pass_bf16.pir \
    tests/gpu/data/small_dino_pass_bf16.pir || rc=1
  return $rc
}
build_bench() { build_kir bench_cuda_step; }
# bench_step LABEL FILE.pir LOOP_S: passc's step, batch 64, against the bf16
# peak the runtime stage measured (peaks.json); each timed loop stops after
# LOOP_S seconds (at least 5 steps) so that a slow step still reports in time.
bench_step() {
  local peak
  peak=$(sed -n 's/.*"bf16_gemm_tflops": *\([0-9.]*\).*/\1/p' "$OUTDIR/peaks.json" 2>/dev/null)
  "$WORK/bench_cuda_step" "$2" --batch 64 --steps 20 --warmup 3 --loop-seconds "$3" \
    --peak-bf16 "${peak:-0}" --label "$1" --json "$OUTDIR/passc_$1.json"
}
export -f env_info build build_kir build_diff run_diff build_bench bench_step
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
  stage cudadiff 240 "$OUTDIR/test_cuda_diff.txt" -- run_diff
  stage kreport 60 "$OUTDIR/kernel_report.txt" -- "$WORK/test_cuda_diff" --kernel-report \
    tests/gpu/data/tiny_dino_pass.pir 90
else
  ROWS+=("$(printf '%-8s %-16s %4ss' cudadiff "not built" 0)"); FAILED=1
fi
# With .gpubench (bench/run --prepare .gpubench, carried): the training
# executable end to end (run_e2e.sh, with .gpurun), then the benchmark of the
# prepared ./run executables beside the PyTorch twin (bench/run --prebuilt),
# in place of the bench_cuda_step stages below.
if [ -f .gpubench/prepared.json ]; then
  # .gpurun travels packed (.gpurun.tar.xz, 1.4 MB against 11 MB): with
  # .gpubench it must fit the device tool's 64 MiB.
  if [ -f .gpurun.tar.xz ] && [ ! -x .gpurun/run ]; then tar -xJf .gpurun.tar.xz; fi
  if [ -x .gpurun/run ]; then
    stage e2e 210 "$OUTDIR/e2e.txt" -- env DEBS="${DEBS:-.gpubench/debs}" OUT="$OUTDIR" bash tests/gpu/run_e2e.sh
  else
    ROWS+=("$(printf '%-8s %-16s %4ss' e2e "SKIP (no .gpurun)" 0)")
  fi
  # The twin's own CPU checks against the spec's vectors (bench/peers/test_twin_cpu.py).
  stage twin 90 "$OUTDIR/twin_cpu.txt" -- "$PY" bench/peers/test_twin_cpu.py
  stage bench 330 "$OUTDIR/bench.txt" -- "$PY" bench/run --prebuilt .gpubench --device cuda --no-compile-mode \
    --out "$OUTDIR/bench"
  {
    echo
    echo "=== summary ==="
    printf '%-8s %-16s %5s\n' stage status time
    for r in "${ROWS[@]}"; do echo "$r"; done
    grep -E '^(ok  |FAIL) ' "$OUTDIR/test_cuda_diff.txt" "$OUTDIR/e2e/summary.txt" 2>/dev/null
    tail -1 "$OUTDIR/kernel_report.txt" 2>/dev/null
    grep -E '^(peak|floor|PyTorch twin from)' "$OUTDIR/bench.txt" 2>/dev/null
    cat "$OUTDIR/bench/table.md" 2>/dev/null
  } | tee "$OUTDIR/summary.txt"
  rm -rf "$WORK"
  exit "$FAILED"
fi
stage cbench 90 "$OUTDIR/build_bench.txt" -- build_bench
# passc_stage NAME LABEL FILE.pir LIMIT LOOP_S: the bench on one carried graph,
# with the CUBINs make_bench_data.sh compiled (used when NVRTC matches).
passc_stage() {
  if [ ! -x "$WORK/bench_cuda_step" ]; then
    ROWS+=("$(printf '%-8s %-16s %4ss' "$1" "not built" 0)"); FAILED=1
  elif [ ! -f "$3" ]; then
    echo "=== $1: SKIP, $3 absent (run tests/gpu/make_bench_data.sh, carry .gpudata) ==="
    ROWS+=("$(printf '%-8s %-16s %4ss' "$1" "SKIP (no data)" 0)"); FAILED=1
  else
    mkdir -p "$PASSC_CACHE_DIR" && cp .gpudata/cubin-cache/*.cubin "$PASSC_CACHE_DIR/" 2>/dev/null
    stage "$1" "$4" "$OUTDIR/passc_$2.txt" -- bench_step "$2" "$3" "$5"
  fi
}
passc_stage passc dino_pass .gpudata/dino_pass_b64.pir 170 25
stage torch 150 "$OUTDIR/torch_eager_bf16.txt" -- "$PY" bench/peers/torch_dino_pass.py \
  --batch 64 --mode eager --precision bf16 --warmup 3 --steps 10 \
  --json "$OUTDIR/torch_eager_bf16.json"
if [ "$SECONDS" -lt 260 ]; then
  passc_stage passc-bf dino_pass_bf16 .gpudata/dino_pass_bf16_b64.pir 150 20
else
  ROWS+=("$(printf '%-8s %-16s %4ss' passc-bf "SKIP (time)" 0)")
fi
if [ "$SECONDS" -lt 320 ] && [ "${PASSC_BENCH_DINO:-1}" = 1 ]; then
  passc_stage passc-d dino .gpudata/dino_b64.pir 110 12
else
  ROWS+=("$(printf '%-8s %-16s %4ss' passc-d "SKIP (time/off)" 0)")
fi

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
peak = p.get("bf16_gemm_tflops")
for label, name, prec in (("dino_pass", "DINO+PASS", "f32"), ("dino_pass_bf16", "DINO+PASS", "bf16"),
                          ("dino", "DINO", "f32")):
    r = load(f"passc_{label}.json")
    if r.get("status") != "ok":
        print(f"passc {name:9s} : {r.get('status', '')} {r.get('error', '')}")
        continue
    for mode in ("graph", "plain"):
        m = r[mode]
        mfu = f"MFU {100 * m['mfu_bf16']:.1f}% of bf16" if m["mfu_bf16"] else "MFU ? of bf16"
        print(f"passc {name:9s} : {prec:4s} {mode:5s} B={r['batch']} {m['ms_median']:.1f} ms/step (p10 {m['ms_p10']:.1f}, "
              f"p90 {m['ms_p90']:.1f}, {m['steps']} steps), {m['img_per_s']:.0f} img/s, {m['tflops']:.1f} TFLOP/s, "
              f"{mfu}, {100 * m['mfu_f32']:.0f}% of f32 {r['peak_f32']:.1f}, plan mem {r['mem_bytes'] / 2**30:.1f} GiB")
    if label == "dino_pass" and t.get("status") == "ok":
        tmfu = f", torch MFU {100 * t['tflops'] / peak:.1f}% of bf16" if peak else ""
        print(f"  passc graph / torch eager bf16 ms/step: {r['graph']['ms_median'] / t['ms_median']:.2f}; "
              f"FLOP/step passc {r['gflop_per_step']:.0f} G (graph matmuls), "
              f"torch {t.get('flops_per_step', 0) / 1e9:.0f} G (analytic){tmfu}")
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
  (cd "$OUTDIR" && grep -E '^(f32 GEMM peak|kernel time by kind)' passc_*.txt 2>/dev/null)
  headline
} | tee "$OUTDIR/summary.txt"
rm -rf "$WORK"
exit "$FAILED"
