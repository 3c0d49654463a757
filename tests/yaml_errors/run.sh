#!/bin/sh
# run.sh — the malformed-model corpus: every tests/yaml_errors/*.yaml must
# make `$PASSC FILE --summary` exit 1 with nothing on stdout and the text of
# its first line (`# expect: TEXT`) in stderr.  Two inputs too big to keep
# in the repository are generated: a 100 MB file and a 100000-deep nesting.
# Usage: PASSC=build/passc sh tests/yaml_errors/run.sh [DIR]
set -u
dir=${1:-$(dirname "$0")}
: "${PASSC:?set PASSC to the passc binary}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0

check() { # file expected
    n=$((n + 1))
    "$PASSC" "$1" --summary >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -ne 1 ] || [ -s "$tmp/out" ] || ! grep -qF -- "$2" "$tmp/err"; then
        echo "FAIL: $1 (exit $rc, stdout $(wc -c <"$tmp/out") bytes)"
        echo "  expected: $2"
        sed 's/^/  got: /' "$tmp/err" | head -5
        fail=$((fail + 1))
    fi
}

for f in "$dir"/*.yaml; do
    expect=$(sed -n '1s/^# expect: //p' "$f")
    if [ -z "$expect" ]; then
        echo "FAIL: $f has no '# expect:' first line"
        fail=$((fail + 1))
        continue
    fi
    check "$f" "$expect"
done

# 100 MB of valid YAML: refused by size, not parsed.
head -c 104857600 /dev/zero | tr '\0' ' ' >"$tmp/huge.yaml"
check "$tmp/huge.yaml" "huge.yaml: error: cannot read: File too large"

# 100000 nested lists: the tree builder uses no recursion and stops at 64.
awk 'BEGIN { printf "a: "; for (i = 0; i < 100000; i++) printf "["; print "" }' >"$tmp/deep.yaml"
check "$tmp/deep.yaml" "deep.yaml:1:67: error: nesting deeper than 64 levels"

echo "yaml_errors: $((n - fail))/$n passed"
[ $fail -eq 0 ]
