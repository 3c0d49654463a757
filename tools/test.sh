#!/bin/sh
# test.sh — the whole test suite: installs dependencies, configures a
# release build in build/, builds, and runs every ctest label.  Exits
# non-zero when any test fails.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
