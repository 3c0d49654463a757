#!/bin/sh
# The CUDA half of the executable without a GPU: `info` lists the CUDA
# sections (program, CUBIN per arch when passc has NVRTC); --device cuda and
# auto fall back to the CPU with one line saying why; a damaged CUDA
# section is a clear error naming it.  Also the CPU code's two ways in:
# the parts' object code, and their bitcode compiled at start-up.
. "$(dirname "$0")/common.sh"
w="$E2E_WORK/cuda"
mkdir -p "$w"
expect() { # status pattern command...
    st=$1 pat=$2; shift 2
    set +e; "$@" > "$w/out" 2>&1; got=$?; set -e
    test "$got" -eq "$st" || { cat "$w/out"; fail "$*: exit $got, expected $st"; }
    grep -q -- "$pat" "$w/out" || { cat "$w/out"; fail "$*: no '$pat' in the message"; }
}
"$RUN" info > "$w/info"
grep -q "^cuda code: cuda.src [1-9][0-9]* B" "$w/info" || { cat "$w/info"; fail "info lists no CUDA program"; }
grep "^bundle sections:" "$w/info" | grep -q " cuda.src([1-9][0-9]*) .*cuda.info([1-9]" || fail "no cuda sections"
grep -q "^device: cuda: " "$w/info" || fail "info says nothing about a CUDA device"
if grep -q "cubin.sm_" "$w/info"; then
    # passc has NVRTC: the default targets sm_80 and sm_90.
    grep -q "; cubin.sm_80 [1-9][0-9]* B; cubin.sm_90 [1-9][0-9]* B (NVRTC [0-9]*\.[0-9]*)" "$w/info" ||
        { cat "$w/info"; fail "info does not list both CUBINs"; }
    off=$(grep -obUa PASSCBIN "$RUN" | tail -n 1 | cut -d: -f1)
    # The sm_90 section is an NVRTC cache entry under the key the GPU
    # executor computes: put where the cache is, NVRTC's compile with the
    # executor's options (passc --kernel-report) must hit it.
    len=$(sed -n 's/.* cubin.sm_90(\([0-9]*\)).*/\1/p' "$w/info")
    key=$(grep -a -o "cubin 90 [0-9a-f]\{64\}" "$RUN" | tail -n 1 | cut -d' ' -f3)
    rm -rf "$w/cache" && mkdir -p "$w/cache" && tail -c +$((off + 1)) "$RUN" | head -c "$len" > "$w/cache/$key.cubin"
    PASSC_CACHE_DIR="$w/cache" "$PASSC" "$PASSC_SOURCE_DIR/models/tiny_dino_pass.yaml" -D batch=8 -D epochs=40 \
        -D base_lr=0.005 -D warmup_epochs=2 -D teacher_temp_epochs=1 --kernel-report=90 > "$w/report"
    grep -q "(from the cache)" "$w/report" || { tail -n 3 "$w/report"; fail "the embedded CUBIN is not the executor's"; }
    test "$(ls "$w/cache" | wc -l)" -eq 1 || fail "NVRTC compiled under another key"
    cp "$RUN" "$w/run_cubin" && printf 'X' | dd of="$w/run_cubin" bs=1 seek=$((off + 5000)) conv=notrunc 2>/dev/null
    expect 1 "damaged (checksum mismatch in section 'cubin.sm_90')" "$w/run_cubin" info
    expect 1 "section 'cubin.sm_90'" "$w/run_cubin" train --data "$DATA" --steps 1 --device cpu
fi
off=$(grep -obUa "generated CUDA C++" "$RUN" | tail -n 1 | cut -d: -f1)
cp "$RUN" "$w/run_src" && printf 'X' | dd of="$w/run_src" bs=1 seek=$((off + 100)) conv=notrunc 2>/dev/null
expect 1 "damaged (checksum mismatch in section 'cuda.src')" "$w/run_src" info

# The CUDA path end to end on the fake driver (tests/fake_cuda: kernels
# compute nothing, so the losses mean nothing): the bundle's CUBIN is what
# the executor loads, the inputs go up page-locked, the step replays as a
# graph, and the training loop reads a loss and a finite flag from the
# device (zeros: the first step stops as non-finite, naming the step).
if grep -q "cubin.sm_" "$w/info" && test -n "${FAKE_CUDA:-}"; then
    fake() { PASSC_CUDA_DRIVER="$FAKE_CUDA" PASSC_CUBLASLT="$FAKE_CUDA" PASSC_CACHE_DIR="$w/fcache" "$@"; }
    fake "$RUN" bench --device cuda --steps 3 --profile > "$w/fake.out" 2>&1 ||
        { cat "$w/fake.out"; fail "bench on the fake driver"; }
    grep -q "^profile (mean of 3 steps): " "$w/fake.out" || { cat "$w/fake.out"; fail "no CUDA kernel profile"; }
    grep -q "^device: cuda (passc fake GPU, sm_90, 132 SMs, .*program from the bundle's CUBIN, [0-9.]* s)$" \
        "$w/fake.out" || { cat "$w/fake.out"; fail "the fake GPU did not run the bundle's CUBIN"; }
    expect 1 "loss is 0 at step 0 (epoch 0, iteration 0), stopping training" \
        fake "$RUN" train --data "$DATA" --out "$w/fake" --steps 2 --device cuda
    grep -q "^device: cuda (passc fake GPU" "$w/out" || { cat "$w/out"; fail "train did not run on the fake GPU"; }
    # A cuBLASLt without BGRADB: the bias gradients run as products of
    # their own, and the device line says so.
    FAKE_CUBLASLT_NO_BGRAD=1 fake "$RUN" bench --device cuda --steps 2 > "$w/nobgrad.out" 2>&1 ||
        { cat "$w/nobgrad.out"; fail "bench on a fake cuBLASLt without BGRADB"; }
    grep -q "^device: cuda (passc fake GPU, .*; [0-9]* bias gradients as GEMMs of their own: cuBLASLt has no BGRADB algorithm)$" \
        "$w/nobgrad.out" || { cat "$w/nobgrad.out"; fail "no notice of the bias gradients' fallback"; }
fi

# Fallback: a driver that cannot load (the same on a GPU machine).
export PASSC_CUDA_DRIVER="$w/none/libcuda.so.1"
for dev in cuda auto; do
    "$RUN" train --data "$DATA" --out "$w/$dev" --steps 2 --device $dev \
        > "$w/$dev.out" 2> "$w/$dev.err" || { cat "$w/$dev.err"; fail "--device $dev did not fall back"; }
    test "$(wc -l < "$w/$dev.err")" -eq 1 || { cat "$w/$dev.err"; fail "--device $dev: not one line"; }
    grep -q "note: no CUDA driver (.*none/libcuda.so.1.*); training on the CPU" "$w/$dev.err" ||
        { cat "$w/$dev.err"; fail "--device $dev: no reason given"; }
    grep -q "^device: cpu" "$w/$dev.out" || fail "--device $dev: not on the CPU"
    grep -q "step 2/2 loss" "$w/$dev.out" || fail "--device $dev: did not train"
done
"$RUN" train --data "$DATA" --out "$w/cpu" --steps 1 --device cpu > "$w/cpu.out" 2> "$w/cpu.err"
test ! -s "$w/cpu.err" || { cat "$w/cpu.err"; fail "--device cpu printed a note"; }
expect 2 "unknown device 'tpu'" "$RUN" train --data "$DATA" --device tpu
expect 2 "unknown device 'tpu'" "$RUN" bench --device tpu
"$RUN" bench --steps 2 --device auto > "$w/bench.out" 2>&1 || fail "bench --device auto"
grep -q "^device: cpu" "$w/bench.out" || { cat "$w/bench.out"; fail "bench: no device line"; }
# --target (tools/write_run.h): what the executable carries.
if "$PASSC" --help | grep -q -- "--target="; then
    M="$PASSC_SOURCE_DIR/models/tiny_dino_pass.yaml"
    "$PASSC" "$M" -D batch=8 --target=cpu -o "$w/run_cpu"
    "$w/run_cpu" info | grep -q "^cuda code: none" || fail "--target=cpu carries CUDA code"
    "$w/run_cpu" info | grep "^bundle sections:" | grep -q "cuda" && fail "--target=cpu has cuda sections"
    "$w/run_cpu" train --data "$DATA" --out "$w/tc" --steps 1 --device cuda 2> "$w/tc.err" >/dev/null
    grep -q "no CUDA code (compiled for the CPU only: --target=cpu, or passc noted why); training on the CPU" "$w/tc.err" || fail "no note for --target=cpu"
    expect 2 "bad item 'gpu'" "$PASSC" "$M" --target=cpu,gpu -o "$w/never"
    test ! -e "$w/never" || fail "a bad --target wrote a file"
    if grep -q "cubin.sm_" "$w/info"; then
        "$PASSC" "$M" -D batch=8 --target=cuda:sm_90 -o "$w/run_gpu"
        "$w/run_gpu" info > "$w/info_gpu"
        grep -q "cubin.sm_90 [1-9][0-9]* B (NVRTC" "$w/info_gpu" || fail "--target=cuda:sm_90 has no CUBIN"
        grep -q "cubin.sm_80\|cpu\.[0-9]*\.o" "$w/info_gpu" && fail "--target=cuda:sm_90 carries more"
        expect 1 "no CPU code (compiled with --target=cuda:...)" \
            "$w/run_gpu" train --data "$DATA" --out "$w/tg" --steps 1
    fi
fi
# The run on the CPU is the same whichever way it got there.
losses "$w/cuda/log.jsonl" > "$w/l1"
grep -q "^device: cpu (precompiled kernels, " "$w/cpu.out" || { cat "$w/cpu.out"; fail "the CPU parts were not linked"; }
# The kernels from the parts' bitcode (another CPU) compute the same step.
PASSC_JIT_BITCODE=1 "$RUN" train --data "$DATA" --out "$w/bc" --steps 1 --device cpu > "$w/bc.out" 2>&1 ||
    { cat "$w/bc.out"; fail "--jit-bitcode did not train"; }
grep -q "^device: cpu (kernels compiled from bitcode, " "$w/bc.out" || { cat "$w/bc.out"; fail "not from bitcode"; }
losses "$w/cpu/log.jsonl" > "$w/l2"
losses "$w/bc/log.jsonl" | cmp -s - "$w/l2" || fail "the kernels from bitcode give another loss"
head -n 1 "$w/l1" | cmp -s - "$w/l2" || fail "the fallback run differs from --device cpu"
exit 0
