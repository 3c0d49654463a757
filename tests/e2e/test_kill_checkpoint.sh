#!/bin/sh
# Killing the process at any moment (here: while it checkpoints every
# step) leaves a checkpoint that loads and resumes.
. "$(dirname "$0")/common.sh"
out="$E2E_WORK/kill"
for delay in 0.6 0.8 0.9 1.1 1.3; do
    "$RUN" train --data "$DATA" --out "$out" --save-every 1 --quiet &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    test -f "$out/checkpoint.safetensors" || continue
    "$RUN" export "$out/checkpoint.safetensors" -o "$out/teacher.safetensors" ||
        fail "checkpoint unreadable after kill -9 at ${delay}s"
done
test -f "$out/checkpoint.safetensors" || fail "no checkpoint was ever written"
"$RUN" train --data "$DATA" --out "$out" --resume "$out/checkpoint.safetensors" --steps 400 --quiet
