#!/bin/sh
# The executable's CUDA path computing for real on an emulated device: the
# bundle's own cuda.src built for the host (tests/cuda_emu), run by the
# fake driver, whose cuBLASLt computes.  --device cuda must train as
# --device cpu does, and checkpoints must cross devices both ways; the
# checks of tests/gpu/run_e2e.sh on a GPU, at 12 steps instead of 50 (an
# emulated step takes about 2 s) and to 1e-4 instead of 2% (the emulation
# differs from the CPU only in summation order and libm; seen: 1e-6).
# Then the bf16 policy's executable, 6 steps on both devices, to 1e-3.
# Exit 77 (skipped) when passc has no NVRTC: the bundle then has no CUDA
# program to emulate.
. "$(dirname "$0")/common.sh"
. "$(dirname "$0")/curves.sh"
w="$E2E_WORK/emulated"
rm -rf "$w" && mkdir -p "$w"
"$RUN" info > "$w/info"
grep -q "cubin.sm_" "$w/info" && test -n "${FAKE_CUDA:-}" && test -n "${EMU_BUILD:-}" ||
    { echo "skipped: no CUDA program in the bundle or no emulation builder"; exit 77; }

# emulation RUN: the host library of RUN's cuda.src section, byte for byte
# (its length from info), into $so.
emulation() {
    "$1" info > "$w/info"
    len=$(sed -n 's/.* cuda\.src(\([0-9]*\)).*/\1/p' "$w/info")
    off=$(grep -obUa "// passc: generated CUDA C++" "$1" | tail -n 1 | cut -d: -f1)
    tail -c +$((off + 1)) "$1" | head -c "$len" > "$w/program.cu"
    so=$("$EMU_BUILD" "$PASSC_SOURCE_DIR/tests/cuda_emu/emu.h" "$w/program.cu" "$w/lib") || fail "emulation build"
}
emulation "$RUN"
emu() { PASSC_CUDA_DRIVER="$FAKE_CUDA" PASSC_CUBLASLT="$FAKE_CUDA" FAKE_CUDA_EMULATE="$so" PASSC_CACHE_DIR="$w/cache" "$@"; }

# train DEVICE NAME STEPS [options]: seed 3, every step logged ($run: which executable).
run=$RUN
train() {
    dev=$1 name=$2 steps=$3
    shift 3
    set -- "$run" train --data "$DATA" --out "$w/$name" --steps "$steps" --seed 3 --device "$dev" --log-every 1 "$@"
    if [ "$dev" = cuda ]; then emu "$@"; else "$@"; fi > "$w/$name.out" 2>&1 || { cat "$w/$name.out"; fail "train $name"; }
    if [ "$dev" = cuda ]; then
        grep -q "^device: cuda (passc fake GPU, .*program from the bundle's CUBIN" "$w/$name.out" ||
            { cat "$w/$name.out"; fail "$name did not run on the emulated GPU"; }
    fi
}
train cuda cuda 12
train cpu cpu 12
compare_curves "$w/cuda/log.jsonl" "$w/cpu/log.jsonl" "cuda vs cpu" 1e-4 || fail "the CUDA curve leaves the CPU's"

# Checkpoints cross devices: 6 steps on one, resumed to 12 on the other.
train cuda c6 6
train cpu c6 12 --resume "$w/c6/checkpoint.safetensors"
compare_curves "$w/c6/log.jsonl" "$w/cuda/log.jsonl" "cuda(6)+cpu(6) vs cuda(12)" 1e-4 || fail "cuda -> cpu resume"
train cpu g6 6
train cuda g6 12 --resume "$w/g6/checkpoint.safetensors"
compare_curves "$w/g6/log.jsonl" "$w/cpu/log.jsonl" "cpu(6)+cuda(6) vs cpu(12)" 1e-4 || fail "cpu -> cuda resume"

# bench and its per-kernel profile on the emulated device.
emu "$RUN" bench --device cuda --steps 2 --warmup 1 --profile > "$w/bench.out" 2>&1 || { cat "$w/bench.out"; fail "bench"; }
grep -q "^profile (mean of [0-9]* steps): " "$w/bench.out" || { cat "$w/bench.out"; fail "no CUDA kernel profile"; }
grep -q "^by family (kernels alike but for their index and shape):" "$w/bench.out" ||
    { cat "$w/bench.out"; fail "no kernel families in the profile"; }

# The bf16 policy (bf16 GEMM operands, f32 results of column sums): its
# CUDA step against its CPU step; bf16 rounding flips make the curves part
# by more than in f32.
"$PASSC" "$PASSC_SOURCE_DIR/models/tiny_dino_pass.yaml" -D batch=8 -D epochs=40 -D base_lr=0.005 \
    -D warmup_epochs=2 -D teacher_temp_epochs=1 --precision=bf16 --target=cpu,cuda:sm_90 -o "$w/run_bf16"
run="$w/run_bf16"
emulation "$run"
train cuda bf16_cuda 6
train cpu bf16_cpu 6
compare_curves "$w/bf16_cuda/log.jsonl" "$w/bf16_cpu/log.jsonl" "bf16: cuda vs cpu" 1e-3 || fail "bf16 curves part"
exit 0
