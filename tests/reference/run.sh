#!/bin/sh
# run.sh — the independent reference check of one training step.
#
#   tests/reference/run.sh [PASSC [VENV]]
#
# Runs `PASSC models/tiny_dino_pass.yaml --dump-step TMP` (f64, drop path
# off, seeded weights and inputs), then tests/reference/ref_step.py, which
# recomputes the losses, gradients, centres and the post-step student,
# teacher and Adam state with JAX (its own autodiff) and compares them to
# 1e-5 relative.  PASSC defaults to build/passc; VENV (a Python virtual
# environment with jax[cpu], numpy and safetensors from PyPI) defaults to
# refvenv beside PASSC and is created on first use from the pinned
# requirements.txt.  Extra arguments of
# ref_step.py can be given in REF_ARGS.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
passc=${1:-$root/build/passc}
venv=${2:-$(dirname "$passc")/refvenv}
model=${REF_MODEL:-$root/models/tiny_dino_pass.yaml}

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import jax, safetensors, numpy" 2>/dev/null; then
    echo "run.sh: creating $venv (jax[cpu], numpy, safetensors)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
"$passc" "$model" --dump-step "$tmp"
JAX_PLATFORMS=cpu "$venv/bin/python" "$here/ref_step.py" "$tmp" ${REF_ARGS:-}
