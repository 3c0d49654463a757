#!/bin/sh
# Bad command lines, bad checkpoints and damaged executables give one
# clear message and a non-zero status, never a crash.
. "$(dirname "$0")/common.sh"
w="$E2E_WORK/errors"
mkdir -p "$w"
expect() { # status pattern command...
    st=$1 pat=$2; shift 2
    set +e; "$@" > "$w/out" 2>&1; got=$?; set -e
    test "$got" -eq "$st" || { cat "$w/out"; fail "$*: exit $got, expected $st"; }
    grep -q -- "$pat" "$w/out" || { cat "$w/out"; fail "$*: no '$pat' in the message"; }
}
expect 2 "unknown command 'fly'" "$RUN" fly
expect 2 "data DIR is required" "$RUN" train
expect 2 "bad value for --steps" "$RUN" train --data "$DATA" --steps -3
expect 2 "unknown argument '--bogus'" "$RUN" train --bogus
expect 0 "usage:" "$RUN" train --help
expect 1 "recompile with" "$RUN" train --data "$DATA" --batch 3
expect 1 "-D batch=3" "$RUN" train --data "$DATA" --batch 3
expect 1 "cannot" "$RUN" train --data "$w/nonexistent" --steps 1
# checkpoints
"$RUN" train --data "$DATA" --out "$w" --steps 1 --quiet
ck="$w/checkpoint.safetensors"
head -c 5000 "$ck" > "$w/truncated.safetensors"
expect 1 "truncated.safetensors" "$RUN" train --data "$DATA" --resume "$w/truncated.safetensors" --steps 2
"$RUN" export "$ck" -o "$w/teacher.safetensors"
expect 1 "not a passc checkpoint" "$RUN" train --data "$DATA" --resume "$w/teacher.safetensors" --steps 2
# --init with the student exported under its own names
"$RUN" export "$ck" -o "$w/student.safetensors" --student
"$RUN" train --data "$DATA" --out "$w/init" --init "$w/student.safetensors" --steps 1 | grep -q "loaded [1-9][0-9]* parameter tensors" ||
    fail "--init did not load the student"
# executables
cp "$RUN" "$w/run_trunc" && truncate -s -100 "$w/run_trunc"
expect 1 "damaged\|no compiled model" "$w/run_trunc" info
cp "$RUN" "$w/run_flip" && size=$(wc -c < "$w/run_flip") &&
    printf 'X' | dd of="$w/run_flip" bs=1 seek=$((size - 100000)) conv=notrunc 2>/dev/null
expect 1 "checksum mismatch" "$w/run_flip" info
