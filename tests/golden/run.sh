#!/bin/sh
# run.sh TESTSDIR — the golden tests of the IR text form.
#
# Expects $PASSC (the driver) and TESTSDIR (the tests/ folder).  Checks:
#  1. every TESTSDIR/golden/*.pir is canonical: `passc FILE --emit=pir`
#     prints the file itself, byte for byte (UPDATE_GOLDEN=1 rewrites the
#     file with the output instead);
#  2. the golden files together use every op of ir/ops.def;
#  3. every TESTSDIR/pir_errors/*.pir starts with `# expect: TEXT`, and
#     passc exits with status 1, prints nothing on stdout and TEXT on stderr.
# Prints one line per failure and exits 1 if there was any.
set -u

tests=${1:?usage: run.sh TESTSDIR}
: "${PASSC:?set PASSC to the passc executable}"
ops_def="$tests/../ir/ops.def"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

bad() {
    echo "FAIL: $*"
    fail=1
}

check_golden() {
    f=$1
    if ! "$PASSC" "$f" --emit=pir >"$tmp/out" 2>"$tmp/err"; then
        bad "$f: passc failed"
        cat "$tmp/err"
        return
    fi
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$tmp/out" "$f"
    elif ! diff -u "$f" "$tmp/out"; then
        bad "$f: output differs from the file (diff above)"
    fi
}

check_coverage() {
    ops=$(sed -n 's/^X([A-Z_0-9]*, *"\([a-z_0-9]*\)".*/\1/p' "$ops_def")
    [ -n "$ops" ] || bad "no ops found in $ops_def"
    for op in $ops; do
        cat "$tests"/golden/*.pir | grep -qE "^%[0-9]+ = $op( |\$)" ||
            bad "no golden file uses op '$op'"
    done
}

check_error() {
    f=$1
    expect=$(sed -n '1s/^# expect: //p' "$f")
    if [ -z "$expect" ]; then
        bad "$f: first line must be '# expect: TEXT'"
        return
    fi
    "$PASSC" "$f" --emit=pir >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" = 1 ] || bad "$f: exit status $rc, expected 1"
    [ -s "$tmp/out" ] && bad "$f: printed on stdout"
    grep -qF -- "$expect" "$tmp/err" || {
        bad "$f: stderr lacks '$expect'; it was:"
        cat "$tmp/err"
    }
}

ngolden=0
for f in "$tests"/golden/*.pir; do
    [ -e "$f" ] || continue
    check_golden "$f"
    ngolden=$((ngolden + 1))
done
check_coverage

nerr=0
for f in "$tests"/pir_errors/*.pir; do
    [ -e "$f" ] || continue
    check_error "$f"
    nerr=$((nerr + 1))
done
[ "$ngolden" -ge 10 ] || bad "only $ngolden golden files (want at least 10)"
[ "$nerr" -ge 15 ] || bad "only $nerr error files (want at least 15)"

echo "golden: $ngolden files, errors: $nerr files"
exit $fail
