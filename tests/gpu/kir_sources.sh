# tests/gpu/kir_sources.sh — sourced by run.sh and make_bench_data.sh: the
# sources a GPU test binary needs without LLVM or libyaml (the IR, the
# kernel passes, the CUDA emitter, the CUDA runtime and executor), relative
# to the repository root.  One list, so the two scripts cannot drift.
KIR_SOURCES="ir/*.c passes/fuse.c passes/fuse_emit.c passes/fuse_recompute.c passes/fuse_bias.c passes/fuse_bgrad.c passes/schedule.c \
passes/fuse_outputs.c passes/memplan.c passes/inplace.c passes/dce.c codegen/cuda.c codegen/cuda_templates.c \
runtime/cuda.c runtime/nvrtc.c runtime/cublaslt.c runtime/cuda_exec.c"
