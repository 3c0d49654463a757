#!/bin/sh
# tests/gpu/make_e2e_data.sh — prepares, on the development machine, what
# tests/gpu/run_e2e.sh needs on the GPU machine (which cannot build passc:
# no LLVM, libyaml, OpenBLAS or libjpeg-turbo there):
#   .gpurun/run    the tiny DINO + PASS model compiled by passc -o run with
#                  the CUDA program and CUBINs for sm_80 and sm_90 (so this
#                  passc must have NVRTC), the e2e fixture's settings
#   .gpurun/data   64 procedural 64x64 images (tools/gendata)
#   .debs/         the Debian 12 packages of the libraries ./run links
#                  (apt-get download; run_e2e.sh unpacks them with dpkg -x)
# Run from the repository root after building:
#   sh tests/gpu/make_e2e_data.sh          (BUILD=path/to/build, default build)
#   .gpurun.tar.xz .gpurun packed (1.4 MB against 11 MB), the form that
#                  travels beside .gpubench (run.sh unpacks it)
# About 11 MB in .gpurun and 46 MB in .debs: carry .gpurun.tar.xz and
# .gpubench (whose debs/ are the same packages) to the GPU machine.
set -eu
BUILD=${BUILD:-build}
PKGS=$(grep -v '^#' tests/gpu/run-debs.txt)
rm -rf .gpurun
mkdir -p .gpurun .debs
"$BUILD/passc" models/tiny_dino_pass.yaml -D batch=8 -D epochs=40 -D base_lr=0.005 -D warmup_epochs=2 \
    -D teacher_temp_epochs=1 -o .gpurun/run
if ! .gpurun/run info | grep -q "cubin.sm_80 .*cubin.sm_90"; then
    .gpurun/run info | grep "^cuda code" >&2
    echo "make_e2e_data.sh: .gpurun/run has no CUBINs: build passc where NVRTC is (CUDA toolkit)" >&2
    exit 1
fi
"$BUILD/gendata" --out .gpurun/data --images 64 --size 64x64 --classes 4 --seed 1 > /dev/null
# shellcheck disable=SC2086
(cd .debs && apt-get download $PKGS 2>&1 | grep -v "^W: Download is performed unsandboxed" || true)
for p in $PKGS; do
    ls .debs/"${p}"_*.deb > /dev/null 2>&1 || { echo "make_e2e_data.sh: .debs/$p missing" >&2; exit 1; }
done
tar -cf - .gpurun | xz -T0 -6 > .gpurun.tar.xz
du -sh .gpurun .gpurun.tar.xz .debs
