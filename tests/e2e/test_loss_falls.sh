#!/bin/sh
# The loss falls: mean over steps 240..319 is below the mean over 0..79
# (DINO's loss first rises while the centre settles, then falls).
. "$(dirname "$0")/common.sh"
out="$E2E_WORK/falls"
"$RUN" train --data "$DATA" --out "$out" --steps 320 --quiet
test -f "$out/checkpoint.safetensors" || fail "no checkpoint"
test "$(wc -l < "$out/log.jsonl")" -eq 320 || fail "expected 320 log lines"
awk -F'"loss":' '{ split($2, a, ","); n = NR - 1
    if (n < 80) s0 += a[1]; if (n >= 240) s1 += a[1] }
    END { printf "loss first 80 steps %.4f, last 80 %.4f\n", s0 / 80, s1 / 80
          exit !(s1 / 80 < s0 / 80 - 0.2) }' "$out/log.jsonl" || fail "loss did not fall"
