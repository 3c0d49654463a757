#!/usr/bin/env bash
# tests/gpu/ab.sh — before/after of a change on the GPU machine, in one
# device call: the same model compiled by two passc builds, timed in
# alternation on the same card, and their first training steps compared.
# Prepared on the development machine by tests/gpu/ab_prepare.sh into
# .gpuab/ (old.tar.xz and new.tar.xz: ./run executables run-<config>;
# debs/: the libraries they link), with the images of .gpurun.tar.xz
# (tests/gpu/make_e2e_data.sh).  The device call:
#     run(command="bash tests/gpu/ab.sh", carry=[".gpuab", ".gpurun.tar.xz"])
# Per config: ./run bench --device cuda (20 steps after 2 warm-up), old,
# new, old, new (the second round only while under AB_SECONDS, default
# 100, so the call stays short); then ./run train --steps 3 on the same
# images and seed with each, and the loss of every step side by side:
# bf16 must agree to 2e-2 relative, f32 to 1e-4 (GEMM algorithms and
# reduction trees may differ between the builds; the step may not).
# Outputs: the table on stdout and in $OUT/ab.txt.  Exit 1 when a loss
# disagrees or a run fails.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
OUTDIR=${OUT:-$ROOT/gpu-out}
mkdir -p "$OUTDIR"
WORK=$(mktemp -d /tmp/passc-ab.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
LIMIT=${AB_SECONDS:-100}
# AB_DEVICE=cpu: a dry run of the script on a machine without a GPU, with
# executables that carry CPU code (ab_prepare.sh's are CUDA-only: make
# .gpuab by hand from passc -o with its default targets).
DEV=${AB_DEVICE:-cuda}
FAILED=0
say() { echo "$*" | tee -a "$OUTDIR/ab.txt"; }
: > "$OUTDIR/ab.txt"
[ -f .gpurun.tar.xz ] && [ ! -d .gpurun/data ] && tar -xJf .gpurun.tar.xz
for v in old new; do
    mkdir -p "$WORK/$v" && tar -xJf ".gpuab/$v.tar.xz" -C "$WORK/$v" || { say "FAIL unpack $v"; exit 1; }
done
. tests/gpu/libs.sh
unpack_libs .gpuab/debs "$WORK/root" || { say "FAIL unpacking .gpuab/debs"; exit 1; }
export PASSC_CACHE_DIR="$WORK/cubin-cache"
CONFIGS=$(cd "$WORK/old" && ls run-* | sed 's/^run-//')
say "$(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null | head -1)"

# bench V CFG: prints the median ms/step (empty after a failure).
bench() {
    timeout 60 "$WORK/$1/run-$2" bench --device "$DEV" --steps 20 --warmup 2 --json "$WORK/$1-$2.json" \
        > "$WORK/$1-$2.txt" 2>&1 || { cat "$WORK/$1-$2.txt" >&2; return 1; }
    grep -q "\"device\":\"$DEV\"" "$WORK/$1-$2.json" || { echo "ab.sh: $1 $2 did not run on $DEV" >&2; return 1; }
    sed 's/.*"ms_median":\([0-9.]*\).*/\1/' "$WORK/$1-$2.json"
}
declare -A MS
for round in 1 2; do
    [ "$round" = 2 ] && [ "$SECONDS" -ge "$LIMIT" ] && { say "(round 2 skipped: ${SECONDS}s)"; break; }
    for cfg in $CONFIGS; do
        for v in old new; do
            t=$(bench "$v" "$cfg") || { say "FAIL bench $v $cfg"; FAILED=1; continue; }
            MS[$v-$cfg]="${MS[$v-$cfg]:-}${MS[$v-$cfg]:+ / }$t"
        done
    done
done
say ""
say "config                 old ms/step          new ms/step"
for cfg in $CONFIGS; do say "$(printf '%-22s %-20s %-20s' "$cfg" "${MS[old-$cfg]:-}" "${MS[new-$cfg]:-}")"; done

# The first three steps of each build from the same seed and images.
say ""
for cfg in $CONFIGS; do
    for v in old new; do
        timeout 90 "$WORK/$v/run-$cfg" train --data .gpurun/data --out "$WORK/t-$v-$cfg" --steps 3 --seed 3 \
            --device "$DEV" --log-every 1 > "$WORK/t-$v-$cfg.txt" 2>&1 || { tail -5 "$WORK/t-$v-$cfg.txt"; say "FAIL train $v $cfg"; FAILED=1; }
    done
    tol=1e-4
    case $cfg in *bf16*) tol=2e-2 ;; esac
    python3 - "$WORK/t-old-$cfg/log.jsonl" "$WORK/t-new-$cfg/log.jsonl" "$cfg" "$tol" <<'PY' | tee -a "$OUTDIR/ab.txt"
import json, sys
def losses(p):
    try:
        return [json.loads(l)["loss"] for l in open(p) if '"loss"' in l]
    except (OSError, ValueError, KeyError) as e:
        return str(e)
a, b, cfg, tol = losses(sys.argv[1]), losses(sys.argv[2]), sys.argv[3], float(sys.argv[4])
if isinstance(a, str) or isinstance(b, str) or not a or len(a) != len(b):
    print(f"FAIL {cfg}: losses old {a} new {b}"); sys.exit(1)
rel = max(abs(x - y) / max(abs(x), 1e-12) for x, y in zip(a, b))
print(f"{'ok  ' if rel <= tol else 'FAIL'} {cfg}: losses old {['%.6f' % x for x in a]} new {['%.6f' % x for x in b]}, "
      f"max rel diff {rel:.2e} (tolerance {tol:g})")
sys.exit(0 if rel <= tol else 1)
PY
    [ "${PIPESTATUS[0]}" -eq 0 ] || FAILED=1
done
say "ab.sh: ${SECONDS}s, $([ "$FAILED" = 0 ] && echo 'all ok' || echo FAILED)"
exit "$FAILED"
