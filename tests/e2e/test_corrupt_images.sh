#!/bin/sh
# Corrupt images are skipped and counted, never fatal; a FIFO named like
# an image is skipped too (opening it would block for ever).
. "$(dirname "$0")/common.sh"
d="$E2E_WORK/corrupt_data"
rm -rf "$d" && cp -r "$DATA" "$d"
first=$(find "$d" -name '*.jpg' | sort | head -n 1)
head -c 200 "$first" > "$first.tmp" && mv "$first.tmp" "$first"
echo "not an image" > "$(dirname "$first")/zz_text.jpg"
mkfifo "$(dirname "$first")/zz_fifo.jpg"
"$RUN" train --data "$d" --out "$E2E_WORK/corrupt" --steps 10 --log-every 5 > "$E2E_WORK/corrupt.out" 2>&1 ||
    { cat "$E2E_WORK/corrupt.out"; fail "training stopped on corrupt images"; }
grep -q "skipped 3 unreadable image" "$E2E_WORK/corrupt.out" || { cat "$E2E_WORK/corrupt.out"; fail "skips not reported"; }
