#!/bin/sh
# passc --summary's GPU lines (tools/passc.c print_launches) on two fusion
# goldens: attention scores over [images, heads] are one GEMM kernel of 2
# cuBLASLt calls (the 8 images the strided batch, the 2 heads a host loop);
# bgrad's three bias gradients are cuBLASLt's BGRADB epilogue;
# wide_rows' 9 loop kernels all launch fewer blocks than an H100 has SMs.
set -eu
: "${PASSC:?}"
dir=$(dirname "$0")
out=$("$PASSC" "$dir/attn_batch.pir" --summary)
echo "$out" | grep -qx "GPU launches: 0 kernels + 2 cuBLASLt calls (1 GEMM kernels call it from a host loop)" ||
    { echo "$out"; echo "FAIL: attn_batch launches"; exit 1; }
out=$("$PASSC" "$dir/bgrad.pir" --summary)
echo "$out" | grep -qx "GPU GEMM epilogues: 0 bias (BIAS), 3 bias gradients (BGRADB)" ||
    { echo "$out"; echo "FAIL: bgrad epilogues"; exit 1; }
out=$("$PASSC" "$dir/wide_rows.pir" --summary)
echo "$out" | grep -q "^GPU fill: 9 loop kernels launch fewer blocks than 132 SMs, moving [0-9.e+]* bytes; the largest k" ||
    { echo "$out"; echo "FAIL: wide_rows fill"; exit 1; }
echo "ok"
