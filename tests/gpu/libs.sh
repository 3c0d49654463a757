# tests/gpu/libs.sh — sourced by run_e2e.sh and ab.sh on the GPU machine:
# unpack_libs DEBS ROOT unpacks the Debian packages ./run links (DEBS/*.deb:
# LLVM 14, libyaml, OpenBLAS, ...; tests/gpu/run-debs.txt) under ROOT with
# dpkg -x (nothing is installed) and exports LD_LIBRARY_PATH to find them,
# OpenBLAS's pthread variant in its own folder, then CUDA's.  Returns 1,
# naming the package on stderr, when dpkg cannot unpack one.
unpack_libs() {
    for d in "$1"/*.deb; do
        dpkg -x "$d" "$2" || { echo "dpkg -x $d failed" >&2; return 1; }
    done
    CUDA_HOME=${CUDA_HOME:-/usr/local/cuda}
    L="$2/usr/lib/x86_64-linux-gnu"
    export LD_LIBRARY_PATH="$L:$L/openblas-pthread:$2/lib/x86_64-linux-gnu:$2/usr/lib/llvm-14/lib:$CUDA_HOME/lib64:$CUDA_HOME/lib:${LD_LIBRARY_PATH:-}"
}
