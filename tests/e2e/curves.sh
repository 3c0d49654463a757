# curves.sh — two training logs (log.jsonl) compared step by step; sourced
# by tests/e2e/test_cuda_emulated.sh and tests/gpu/run_e2e.sh.
# compare_curves LOG_A LOG_B LABEL MAX_REL: prints a few of the shared
# steps and the largest relative difference of their losses; fails when it
# exceeds MAX_REL or when the logs share no step.
compare_curves() {
    sed -n 's/.*"step":\([0-9]*\),.*"loss":\([-0-9.eE+]*\),.*/\1 \2/p' "$1" > "$1.curve"
    sed -n 's/.*"step":\([0-9]*\),.*"loss":\([-0-9.eE+]*\),.*/\1 \2/p' "$2" > "$2.curve"
    awk -v label="$3" -v tol="$4" '
        NR == FNR { b[$1] = $2; next }
        ($1 in b) { d = $2 - b[$1]; if (d < 0) d = -d; w = b[$1] < 0 ? -b[$1] : b[$1]; r = d / w
                    if (r > m) m = r; n++
                    if (n <= 3 || n % 10 == 0) printf "  step %3d  %12.6f %12.6f  rel %.2e\n", $1, $2, b[$1], r }
        END { printf "%s: %d steps compared, max relative difference %.3e\n", label, n, m
              exit !(n >= 1 && m < tol) }' "$2.curve" "$1.curve"
}
