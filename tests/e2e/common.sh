# common.sh — sourced by the e2e scripts: paths from ctest's environment
# (PASSC, GENDATA, E2E_WORK, PASSC_SOURCE_DIR) and small helpers.
set -eu
: "${PASSC:?}" "${E2E_WORK:?}"
RUN="$E2E_WORK/run"
DATA="$E2E_WORK/data"
fail() { echo "FAIL: $*" >&2; exit 1; }
# step and loss fields of a JSON-lines log, one line per step
losses() { sed 's/,"ms".*//' "$1"; }
