#!/usr/bin/env bash
# tests/gpu/device_call.sh — the whole command of one device-tool call:
#     run(command="bash tests/gpu/device_call.sh",
#         carry=[".gpubench", ".gpurun.tar.xz"], timeout_s=600)
# The tool takes back at most 8 files from $OUT, and nothing at all from a
# command killed at its limit before it wrote them.  So tests/gpu/run.sh
# writes into a scratch folder, under a deadline (LIMIT seconds, default
# 560) that leaves time to pack it: $OUT/gpu-out.tgz (every log and JSON
# but the unpacked executables) and $OUT/summary.txt, the table printed
# last.  Exit status: run.sh's (124 when the deadline cut it).
set -u
REAL=${OUT:?device_call.sh: OUT must name the folder that comes back}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
SCRATCH=$(mktemp -d /tmp/passc-gpu-out.XXXXXX)
OUT=$SCRATCH timeout --kill-after=5 "${LIMIT:-560}" bash tests/gpu/run.sh
rc=$?
[ "$rc" -eq 124 ] || [ "$rc" -eq 137 ] && echo "device_call.sh: run.sh stopped at its ${LIMIT:-560} s deadline"
tar -czf "$REAL/gpu-out.tgz" -C "$SCRATCH" --exclude=./bench/prebuilt .
cp "$SCRATCH/summary.txt" "$REAL/" 2>/dev/null
ls -l "$REAL"
exit "$rc"
