#!/bin/sh
# run.sh — builds the libFuzzer target over the whole frontend (YAML reader,
# expression parser, graph builder) with ASan+UBSan and runs it for a
# bounded time from a seed corpus of the models and the error corpus.
# Fails on any crash, leak, timeout or sanitizer report.
# Usage: sh tests/fuzz/run.sh [SECONDS] (default 60)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Only the sources the frontend needs: ir/ (without the kernel IR, which
# belongs to the backends) and frontend/.
srcs="$(ls "$root"/frontend/*.c) $(ls "$root"/ir/*.c | grep -v '/kernel')"
clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -DPASSC_SOURCE_DIR="\"$root\"" -I"$root" \
  "$root/tests/fuzz/fuzz_frontend.c" $srcs $(pkg-config --libs yaml-0.1) -lm -o "$work/fuzz"
mkdir -p "$work/corpus"
cp "$root"/models/*.yaml "$root"/models/ablations/*.yaml "$root"/tests/yaml_errors/*.yaml "$work/corpus/"
cd "$root"
status=0
"$work/fuzz" -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$work/corpus" >"$work/log" 2>&1 || status=$?
tail -n 40 "$work/log"
exit $status
