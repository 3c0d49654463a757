#!/bin/sh
# Interrupted and resumed equals uninterrupted, bit for bit: 21 steps in one
# go vs 13 steps (mid-epoch) + resume to 21; every loss term equal.
. "$(dirname "$0")/common.sh"
a="$E2E_WORK/resume_a" b="$E2E_WORK/resume_b"
"$RUN" train --data "$DATA" --out "$a" --steps 21 --seed 7 --quiet
"$RUN" train --data "$DATA" --out "$b" --steps 13 --seed 7 --quiet
"$RUN" train --data "$DATA" --out "$b" --steps 21 --resume "$b/checkpoint.safetensors" --quiet
losses "$a/log.jsonl" > "$a/losses"
losses "$b/log.jsonl" > "$b/losses"
test "$(wc -l < "$b/losses")" -eq 21 || fail "resumed log has $(wc -l < "$b/losses") steps"
cmp "$a/losses" "$b/losses" || { diff "$a/losses" "$b/losses" | head; fail "resumed run differs"; }
# A different seed gives a different run (the comparison can fail).
"$RUN" train --data "$DATA" --out "$E2E_WORK/resume_c" --steps 2 --seed 8 --quiet
losses "$E2E_WORK/resume_c/log.jsonl" > "$E2E_WORK/resume_c/losses"
head -n 2 "$a/losses" | cmp -s - "$E2E_WORK/resume_c/losses" && fail "seed has no effect"
exit 0
