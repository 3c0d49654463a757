"""gpu_peak.py — the measured peaks of this GPU that bench/run's MFU and floor are relative to.

Compute: a bf16 N x N x N matmul (torch.matmul, cuBLAS; default N 8192),
median of --reps (30) runs after 5 warm-up runs, timed with CUDA events;
FLOPs 2 N^3.  Bandwidth: a device-to-device copy of --copy-mib MiB
(default 1024), median of --reps runs, bytes read + written = 2 x size.
Prints one JSON line: gemm_n, gemm_ms, gemm_tflops, copy_bytes, copy_ms,
copy_gbs, gpu, torch.  Exit status 0; 1 when torch or CUDA is missing.

Usage: python3 gpu_peak.py [--gemm N] [--copy-mib M] [--reps R]
"""
import argparse
import json
import statistics
import sys


def timed(torch, fn, reps):
    for _ in range(5):
        fn()
    ev = [(torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)) for _ in range(reps)]
    for a, b in ev:
        a.record()
        fn()
        b.record()
    torch.cuda.synchronize()
    return statistics.median(a.elapsed_time(b) for a, b in ev)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gemm", type=int, default=8192)
    ap.add_argument("--copy-mib", type=int, default=1024)
    ap.add_argument("--reps", type=int, default=30)
    a = ap.parse_args()
    try:
        import torch
    except ImportError as e:
        print("gpu_peak: torch is not importable: %s" % e, file=sys.stderr)
        return 1
    if not torch.cuda.is_available():
        print("gpu_peak: torch sees no CUDA device", file=sys.stderr)
        return 1
    n = a.gemm
    x = torch.randn(n, n, device="cuda", dtype=torch.bfloat16)
    y = torch.randn(n, n, device="cuda", dtype=torch.bfloat16)
    gms = timed(torch, lambda: torch.matmul(x, y), a.reps)
    del x, y
    nb = a.copy_mib << 20
    src = torch.empty(nb, device="cuda", dtype=torch.uint8).fill_(1)
    dst = torch.empty_like(src)
    cms = timed(torch, lambda: dst.copy_(src), a.reps)
    print(json.dumps({"gemm_n": n, "gemm_ms": gms, "gemm_tflops": 2.0 * n ** 3 / gms * 1e-9,
                      "copy_bytes": 2 * nb, "copy_ms": cms, "copy_gbs": 2 * nb / cms * 1e-6,
                      "gpu": torch.cuda.get_device_name(0), "torch": torch.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
