#!/bin/sh
# install-deps.sh — installs the Debian packages passc needs to build and
# test (Debian 12).  Safe to run repeatedly; skips apt when all are present.
set -eu
PKGS="build-essential cmake pkg-config check libsubunit-dev libyaml-dev \
llvm-14-dev clang-14 libclang-rt-14-dev libopenblas-dev libturbojpeg0-dev libpng-dev python3 python3-venv python3-pip"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-deps: installing:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
