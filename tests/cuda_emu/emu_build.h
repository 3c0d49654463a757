/* emu_build.h — builds a kernel program's CUDA C++ text (codegen/cuda.c,
 * the same text NVRTC compiles) into a host shared library for the fake
 * driver's emulation (fake_cuda_emulate, tests/cuda_emu/emu.h).  Plain C,
 * no LLVM: tests/gpu/test_cuda_diff.c links it on every machine. */
#ifndef PASSC_EMU_BUILD_H
#define PASSC_EMU_BUILD_H

#include "ir/kernel.h"

/* Writes dir/emu-HASH.cpp (emu.h at header, then the program, then its
 * kernel table) and compiles it with $PASSC_EMU_CXX (default c++) into
 * dir/emu-HASH.so, whose path lands in so; an existing library of the same
 * text is reused.  False after an error, with the compiler's exit status
 * and the command in why. */
bool emu_build(Ctx *cx, const KernelProgram *p, const char *header, const char *dir, char *so, size_t nso,
               char *why, size_t nwhy);
/* The same from the program's text (a bundle's cuda.src section). */
bool emu_build_source(const char *src, const char *header, const char *dir, char *so, size_t nso, char *why,
                      size_t nwhy);

#endif
