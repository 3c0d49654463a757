#!/usr/bin/env bash
# tests/gpu/run_e2e.sh — the training executable end to end on the GPU
# machine: the prebuilt tiny model (.gpurun/run, made by
# tests/gpu/make_e2e_data.sh with the libraries it links in .debs/, or in
# $DEBS: the same packages, e.g. DEBS=.gpubench/debs from bench/run --prepare) trains
# 50 steps on CUDA and 50 on the CPU from the same seed and data, and the
# two loss curves must follow each other; then a checkpoint written on
# CUDA resumes on the CPU and one written on the CPU resumes on CUDA, and
# ./run bench --device cuda reports its step time, and compute-sanitizer
# finds no error in three CUDA steps.
# Run from the repository root:  bash tests/gpu/run_e2e.sh
# Under 3 minutes (each stage has its own timeout).  Logs go to $OUT (else
# ./gpu-out/e2e).  Exit status 0 when every check passed.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
OUTDIR=${OUT:-$ROOT/gpu-out}/e2e
mkdir -p "$OUTDIR"
WORK=$(mktemp -d /tmp/passc-e2e.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
RUN=.gpurun/run DATA=.gpurun/data DEBS=${DEBS:-.debs}
FAILED=0
say() { echo "$*" | tee -a "$OUTDIR/summary.txt"; }
check() { # name condition-status
    if [ "$2" -eq 0 ]; then say "ok   $1"; else say "FAIL $1"; FAILED=1; fi
}
: > "$OUTDIR/summary.txt"
[ -x "$RUN" ] && [ -d "$DATA" ] && ls "$DEBS"/*.deb > /dev/null 2>&1 ||
    { say "FAIL inputs: .gpurun/run, .gpurun/data or $DEBS/*.deb missing (sh tests/gpu/make_e2e_data.sh)"; exit 1; }

# The libraries: unpacked, never installed.
. tests/gpu/libs.sh
unpack_libs "$DEBS" "$WORK/root" || { say "FAIL unpacking $DEBS"; exit 1; }
export PASSC_CACHE_DIR="$WORK/cubin-cache"   # empty: the bundle's CUBIN must serve
if ldd "$RUN" | grep -q "not found"; then
    ldd "$RUN" | grep "not found" | tee -a "$OUTDIR/summary.txt"
    say "FAIL libraries"; exit 1
fi

timeout 30 "$RUN" info > "$OUTDIR/info.txt" 2>&1
check "info" $?
grep -E "^(device|cuda code)" "$OUTDIR/info.txt"

# train DEVICE NAME STEPS [more options]: 50 steps, seed 3.
train() {
    local dev=$1 name=$2 steps=$3
    shift 3
    timeout 60 "$RUN" train --data "$DATA" --out "$WORK/$name" --steps "$steps" --seed 3 --device "$dev" \
        --log-every 10 "$@" > "$OUTDIR/$name.txt" 2>&1
}
train cuda cuda 50
check "train --device cuda (50 steps)" $?
on_cuda() { # log: the step ran on CUDA, not on the CPU after a note
    grep -m1 -E "^device:|note:" "$1" | tee -a "$OUTDIR/summary.txt"
    grep -q "^device: cuda" "$1"
}
on_cuda "$OUTDIR/cuda.txt"
check "it ran on CUDA" $?
train cpu cpu 50
check "train --device cpu (50 steps)" $?

# The two curves, side by side; they must agree to 2% at every step.
. tests/e2e/curves.sh
compare() { compare_curves "$1" "$2" "$3" 0.02; }
echo "  step      cuda loss     cpu loss" | tee -a "$OUTDIR/summary.txt"
compare "$WORK/cuda/log.jsonl" "$WORK/cpu/log.jsonl" "cuda vs cpu" | tee -a "$OUTDIR/summary.txt"
check "loss curves agree" "${PIPESTATUS[0]}"

# Checkpoints cross devices: 25 steps on one, resumed to 50 on the other.
train cuda c25 25 && train cpu c25 50 --resume "$WORK/c25/checkpoint.safetensors"
check "cuda checkpoint resumes on the cpu" $?
compare "$WORK/c25/log.jsonl" "$WORK/cuda/log.jsonl" "cuda(25)+cpu(25) vs cuda(50)" | tee -a "$OUTDIR/summary.txt"
check "resumed curve agrees" "${PIPESTATUS[0]}"
train cpu g25 25 && train cuda g25 50 --resume "$WORK/g25/checkpoint.safetensors"
check "cpu checkpoint resumes on cuda" $?
compare "$WORK/g25/log.jsonl" "$WORK/cpu/log.jsonl" "cpu(25)+cuda(25) vs cpu(50)" | tee -a "$OUTDIR/summary.txt"
check "resumed curve agrees" "${PIPESTATUS[0]}"

for dev in cuda cpu; do
    timeout 60 "$RUN" bench --device $dev --steps 30 --warmup 3 --json "$OUTDIR/bench_$dev.json" \
        > "$OUTDIR/bench_$dev.txt" 2>&1
    check "bench --device $dev" $?
    grep -E "ms/step" "$OUTDIR/bench_$dev.txt" | tee -a "$OUTDIR/summary.txt"
done
on_cuda "$OUTDIR/bench_cuda.txt"
check "bench ran on CUDA" $?
# compute-sanitizer's memcheck over three CUDA steps (the first ones, then
# the captured graph's replay): it must report no error.
CS=$(command -v compute-sanitizer || echo "$CUDA_HOME/bin/compute-sanitizer")
if [ -x "$CS" ]; then
    timeout 120 "$CS" --tool memcheck --error-exitcode 9 "$RUN" train --data "$DATA" --out "$WORK/san" \
        --steps 3 --seed 3 --device cuda > "$OUTDIR/sanitizer.txt" 2>&1
    check "compute-sanitizer memcheck, 3 CUDA steps" $?
    grep -E "ERROR SUMMARY|^device:" "$OUTDIR/sanitizer.txt" | tee -a "$OUTDIR/summary.txt"
else
    say "FAIL compute-sanitizer: not found"; FAILED=1
fi
grep -q "program from the bundle's CUBIN" "$OUTDIR/cuda.txt"
check "the bundle's CUBIN served (no NVRTC compile at start-up)" $?
[ "$FAILED" -eq 0 ] && say "run_e2e: all checks passed" || say "run_e2e: FAILED"
exit "$FAILED"
