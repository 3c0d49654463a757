#!/bin/sh
# run.sh DIR — golden tests of the passes.
#
# Expects $PASSC (the driver) and DIR (this folder).  For every
# DIR/NAME.in.pir, runs `passc NAME.in.pir --passes=PASSES --emit=pir`
# and compares the output with DIR/NAME.out.pir byte for byte.  PASSES is
# taken from a first line `# passes: a,b` of the input, else "simplify".
# UPDATE_GOLDEN=1 rewrites the .out.pir files with the outputs instead.
# Prints one line per failure and exits 1 if there was any.
set -u

dir=${1:?usage: run.sh DIR}
: "${PASSC:?set PASSC to the passc executable}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0

for f in "$dir"/*.in.pir; do
    [ -e "$f" ] || continue
    n=$((n + 1))
    want=${f%.in.pir}.out.pir
    passes=$(sed -n '1s/^# passes: *//p' "$f")
    [ -n "$passes" ] || passes=simplify
    if ! "$PASSC" "$f" --passes="$passes" --verify-each --emit=pir >"$tmp/out" 2>"$tmp/err"; then
        echo "FAIL: $f: passc --passes=$passes failed"
        cat "$tmp/err"
        fail=1
        continue
    fi
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$tmp/out" "$want"
    elif [ ! -e "$want" ]; then
        echo "FAIL: $f: no $want"
        fail=1
    elif ! diff -u "$want" "$tmp/out"; then
        echo "FAIL: $f: output differs from $want (diff above)"
        fail=1
    fi
done
[ "$n" -ge 1 ] || { echo "FAIL: no *.in.pir files in $dir"; fail=1; }
echo "golden_passes: $n files"
exit $fail
