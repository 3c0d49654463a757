#!/bin/sh
# passc -o's CPU code cache (tools/write_run.c): a recompile of the same
# model reads <cache>/<key>.cpu and writes the same executable, byte for
# byte; another model gets another entry; a damaged or truncated entry is
# rebuilt without a word; an unusable cache folder only costs time.
. "$(dirname "$0")/common.sh"
w="$E2E_WORK/code_cache"
rm -rf "$w" && mkdir -p "$w"
M="$PASSC_SOURCE_DIR/models/tiny_dino_pass.yaml"
export PASSC_CACHE_DIR="$w/cache"
compile() { # out expected-stage [more passc options]
    out=$1 stage=$2
    shift 2
    "$PASSC" "$M" --target=cpu -o "$w/$out" --time-passes "$@" > "$w/$out.log" 2>&1 ||
        { cat "$w/$out.log"; fail "passc -o $out"; }
    grep -q "^stage $stage " "$w/$out.log" || { cat "$w/$out.log"; fail "$out: no 'stage $stage'"; }
    if grep -q "error" "$w/$out.log"; then cat "$w/$out.log"; fail "$out: an error was printed"; fi
}
compile a cpu-code
entry=$(ls "$w"/cache/*.cpu)
test "$(echo "$entry" | wc -l)" -eq 1 || fail "one entry expected, got: $entry"
compile b cpu-cached
cmp "$w/a" "$w/b" || fail "the cached compile wrote another executable"

# Damaged in the middle, then truncated: rebuilt, the same bytes again.
printf 'damage' | dd of="$entry" bs=1 seek=4096 conv=notrunc 2> /dev/null
compile c cpu-code
cmp "$w/a" "$w/c" || fail "the rebuild after damage wrote another executable"
compile d cpu-cached
head -c 100 "$entry" > "$w/short" && mv "$w/short" "$entry"
compile e cpu-code
cmp "$w/a" "$w/e" || fail "the rebuild after truncation wrote another executable"

# Another width: another key, another entry.
compile f cpu-code -D dim=24
test "$(ls "$w"/cache/*.cpu | wc -l)" -eq 2 || fail "another model should add an entry"

# A cache folder that cannot be made: compiled all the same.
PASSC_CACHE_DIR=/proc/passc-no-such-folder compile g cpu-code
cmp "$w/a" "$w/g" || fail "without a cache the executable differs"
"$w/b" info > /dev/null || fail "the executable from the cache does not start"
echo "ok"
