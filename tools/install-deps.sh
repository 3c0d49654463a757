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
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install:$missing" >&2; exit 1; }
    SUDO="sudo"
  fi
  echo "install-deps: installing:$missing"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi
