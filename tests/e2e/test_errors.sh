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
expect 2 "bad value for --threads (an integer from 1 to 256)" "$RUN" train --data "$DATA" --threads 4294967297
expect 2 "bad value for --workers" "$RUN" train --data "$DATA" --workers 0
expect 2 "bench times at most" "$RUN" bench --steps 100000000000
expect 2 "bad value for --warmup" "$RUN" bench --steps 1 --warmup 9223372036854775807
expect 1 "not a regular file" "$RUN" train --data "$DATA" --resume "$w" --steps 2
mkdir -p "$w/one/c" && cp "$(find "$DATA" -type f | head -n 1)" "$w/one/c/"
expect 1 "run.*: error: .*fewer than one batch" "$RUN" train --data "$w/one" --steps 1
# checkpoints
"$RUN" train --data "$DATA" --out "$w" --steps 1 --quiet
ck="$w/checkpoint.safetensors"
head -c 5000 "$ck" > "$w/truncated.safetensors"
expect 1 "truncated.safetensors" "$RUN" train --data "$DATA" --resume "$w/truncated.safetensors" --steps 2
"$RUN" export "$ck" -o "$w/teacher.safetensors"
expect 1 "not a passc checkpoint" "$RUN" train --data "$DATA" --resume "$w/teacher.safetensors" --steps 2
# an Adam step count out of its range (the bias corrections would divide by zero)
python3 - "$ck" "$w/adam_t.safetensors" <<'PY'
import json, struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
n = struct.unpack('<Q', b[:8])[0]
head = json.loads(b[8:8 + n])
key = next(k for k in head if k.startswith('optimizer.step.'))
a = head[key]['data_offsets'][0]
b[8 + n + a:8 + n + a + 8] = struct.pack('<q', -1)
open(sys.argv[2], 'wb').write(b)
PY
expect 1 "updates, not a count from 0" "$RUN" train --data "$DATA" --resume "$w/adam_t.safetensors" --steps 2
# export: a weight that is not f32 (passc keeps every weight in f32)
python3 - "$ck" "$w/i32.safetensors" <<'PY'
import json, struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
n = struct.unpack('<Q', b[:8])[0]
head = b[8:8 + n].decode()
key = next(k for k in json.loads(head) if k.startswith('teacher.'))
at = head.index('"%s"' % key)
head = head[:at] + head[at:].replace('"F32"', '"I32"', 1)
b[8:8 + n] = head.encode()
open(sys.argv[2], 'wb').write(b)
PY
expect 1 "is I32, not F32: not a passc checkpoint" "$RUN" export "$w/i32.safetensors" -o "$w/i32_out.safetensors"
[ ! -e "$w/i32_out.safetensors" ] || fail "export wrote a file from a bad checkpoint"
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
