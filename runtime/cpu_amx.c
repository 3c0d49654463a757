/* cpu_amx.c — bf16 products on Intel AMX tiles (Sapphire Rapids and
 * later), for the bf16 GEMMs of the CPU executors (cpu_templates.c).
 *
 * Why: BLAS has no bf16 GEMM here (Debian's OpenBLAS is built without
 * sbgemm), so bf16 products were widened to f32 and run on sgemm, which
 * made bf16 slower than f32 on the CPU.  One TDPBF16PS multiplies a 16x32
 * bf16 tile by a 32x16 one into 16x16 f32 sums: on the development VM a
 * 576x768x192 product took 0.26 ms on one core against sgemm's 0.92 ms.
 *
 * Layout: A as rows of kp bf16 lda apart (kp a multiple of 32), B in the
 * "VNNI" form the instruction reads, pairs of consecutive k for each
 * column: bv[(k/2) * np * 2 + n * 2 + k % 2], np a multiple of 32.  A
 * block is 32x32 of C, four accumulator tiles, two tiles of A and two of
 * B per step of 32 along k; its sums come back as f32 for the caller's
 * epilogue (bias, rounding).  Numerics: products of bf16 are exact in
 * f32 and are summed in f32 (the bf16 policy); the instruction treats
 * bf16 subnormal inputs and f32 subnormal results as zero, and its order
 * of summation is its own, so bits differ from the sgemm path.  The
 * order does not depend on the blocking, so results do not depend on the
 * thread count.
 *
 * Use needs the CPU's AMX-TILE and AMX-BF16, and on Linux the process's
 * permission for the tile data state (arch_prctl ARCH_REQ_XCOMP_PERM,
 * Linux 5.16), asked once by rt_amx_enable.  Off x86-64 everything here
 * says "not available". */
#define _GNU_SOURCE
#include "runtime/cpu.h"

#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { ARCH_REQ_XCOMP_PERM = 0x1023, XFEATURE_XTILEDATA = 18 };

bool rt_amx_enable(void)
{
    const char *off = getenv("PASSC_CPU_AMX");
    if (off && !strcmp(off, "0")) return false;
    unsigned a, b, c, d;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    bool tile = d & (1u << 24), bf16 = d & (1u << 22);
    if (!tile || !bf16) return false;
    /* the kernel grants the state or says why not (old kernel: EINVAL) */
    return syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA) == 0;
}

/* The tile configuration (palette 1): tiles 0-3 the accumulators, 4-5
 * two 16-row slices of A, 6-7 two 16-column slices of B; all 16 rows of
 * 64 bytes. */
typedef struct TileConfig {
    uint8_t palette, start_row;
    uint8_t reserved[14];
    uint16_t colsb[16];
    uint8_t rows[16];
} TileConfig;

__attribute__((target("amx-tile"))) void rt_amx_begin(void)
{
    TileConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.palette = 1;
    for (int i = 0; i < 8; i++) cfg.rows[i] = 16, cfg.colsb[i] = 64;
    /* GCC 12 does not know ldtilecfg reads all 64 bytes and dropped the
     * stores of rows and colsb (a #GP then); the barrier keeps them */
    __asm__ volatile("" : : "r"(&cfg) : "memory");
    _tile_loadconfig(&cfg);
}

__attribute__((target("amx-tile"))) void rt_amx_end(void) { _tile_release(); }

__attribute__((target("amx-tile,amx-bf16"))) void rt_amx_block(const uint16_t *ap, int64_t lda, const uint16_t *bv,
                                                                  int64_t kp, int64_t np, int64_t bi, int64_t bj,
                                                                  float *out)
{
    const uint16_t *a0 = ap + bi * 32 * lda, *a1 = a0 + 16 * lda;
    const uint16_t *b0 = bv + bj * 32 * 2, *b1 = b0 + 16 * 2;
    _tile_zero(0);
    _tile_zero(1);
    _tile_zero(2);
    _tile_zero(3);
    for (int64_t k = 0; k < kp; k += 32) {
        _tile_loadd(4, a0 + k, lda * 2);
        _tile_loadd(5, a1 + k, lda * 2);
        _tile_loadd(6, b0 + (k / 2) * np * 2, np * 4);
        _tile_loadd(7, b1 + (k / 2) * np * 2, np * 4);
        _tile_dpbf16ps(0, 4, 6);
        _tile_dpbf16ps(1, 4, 7);
        _tile_dpbf16ps(2, 5, 6);
        _tile_dpbf16ps(3, 5, 7);
    }
    _tile_stored(0, out, 32 * 4);
    _tile_stored(1, out + 16, 32 * 4);
    _tile_stored(2, out + 16 * 32, 32 * 4);
    _tile_stored(3, out + 16 * 32 + 16, 32 * 4);
}

#else

bool rt_amx_enable(void) { return false; }
void rt_amx_begin(void) {}
void rt_amx_end(void) {}
void rt_amx_block(const uint16_t *ap, int64_t lda, const uint16_t *bv, int64_t kp, int64_t np, int64_t bi, int64_t bj,
                  float *out)
{
    IR_ASSERT(!"rt_amx_block without AMX");
}

#endif
