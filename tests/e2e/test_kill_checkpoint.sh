#!/bin/sh
# Killing the process at any moment (here: while it checkpoints every
# step) leaves a checkpoint that loads and resumes.  A first short run
# writes a checkpoint, so the test does not depend on how fast the machine
# starts; each killed run resumes from whatever the previous one left.
. "$(dirname "$0")/common.sh"
out="$E2E_WORK/kill"
rm -rf "$out"
"$RUN" train --data "$DATA" --out "$out" --save-every 1 --steps 2 --quiet ||
    fail "the first short run failed"
test -f "$out/checkpoint.safetensors" || fail "no checkpoint after the first run"
for delay in 0.3 0.6 0.8 0.9 1.1 1.3; do
    "$RUN" train --data "$DATA" --out "$out" --resume "$out/checkpoint.safetensors" \
        --save-every 1 --steps 400 --quiet &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    "$RUN" export "$out/checkpoint.safetensors" -o "$out/teacher.safetensors" ||
        fail "checkpoint unreadable after kill -9 at ${delay}s"
done
"$RUN" train --data "$DATA" --out "$out" --resume "$out/checkpoint.safetensors" --steps 400 --quiet ||
    fail "resuming after the kills failed"
