#!/bin/sh
# tests/gpu/ab_prepare.sh OLD NEW [CONFIG...] — prepares .gpuab/ for
# tests/gpu/ab.sh: the headline model (dino_pass.yaml, batch 64, 2 local
# crops) compiled by each passc, bf16 and f32, with CUBINs for sm_90,
# packed as .gpuab/old.tar.xz and .gpuab/new.tar.xz, and the Debian
# packages ./run links in .gpuab/debs (copied from .debs or .gpubench/debs).
# OLD and NEW are each a passc executable, or a folder that already holds
# the executables (run-vit-s-b64-PRECISION, e.g. the bundles/ of
# bench/run --prepare's bundles.tar.xz).  A CONFIG is a PRECISION (bf16,
# f32).  About 50 MB; carry
# [".gpuab", ".gpurun.tar.xz"].
set -eu
OLD=$1 NEW=$2
shift 2
PRECS=${*:-bf16 f32}
rm -rf .gpuab && mkdir -p .gpuab/old .gpuab/new .gpuab/debs
for v in old new; do
    P=$OLD
    [ "$v" = new ] && P=$NEW
    for p in $PRECS; do
        if [ -d "$P" ]; then cp "$P/run-vit-s-b64-$p" ".gpuab/$v/"
        else "$P" models/dino_pass.yaml -D batch=64 -D local_crops=2 --precision="$p" --target=cuda:sm_90 \
                -o ".gpuab/$v/run-vit-s-b64-$p" > /dev/null
        fi
    done
    (cd ".gpuab/$v" && tar -cf - run-* | xz -T0 -6 > "../$v.tar.xz")
    rm -rf ".gpuab/$v"
done
DEBS=.debs
[ -d "$DEBS" ] || DEBS=.gpubench/debs
cp "$DEBS"/*.deb .gpuab/debs/
du -sh .gpuab
