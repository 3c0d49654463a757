/* emu.h — a CUDA device made of host fibers, for running passc's generated
 * CUDA C++ program on machines without a GPU (CI).
 *
 * tests/cuda_emu/build_emu.c writes a translation unit that includes this
 * header, then the program text exactly as codegen/cuda.c emits it for
 * NVRTC, then a table of its kernels; the host C++ compiler turns it into
 * a shared library that tests/fake_cuda's driver loads (fake_cuda_emulate)
 * and calls from cuLaunchKernel.  So the executor's launches, the kernels'
 * indexing, vector loads, warp shuffles, block reductions and second
 * outputs run for real and test_cuda_diff compares them with the
 * interpreter, as it does on a GPU.
 *
 * The model of a block: each thread is a fiber with its own stack, run
 * round-robin until it reaches a synchronisation point (__syncthreads, a
 * warp shuffle) or ends; a barrier opens when every live thread of its
 * scope (block or warp) has arrived, as on Volta and later, where exited
 * threads no longer count.  Blocks run one after another, so __shared__
 * arrays are function-local statics.  A round in which no thread moves is
 * a deadlock (a barrier in divergent code): the launch reports it.
 *
 * What differs from a GPU, deliberately: the host's libm (expf, erff, ...)
 * instead of CUDA's (an ulp or two), no FMA contraction (build with
 * -ffp-contract=off), no memory checking of device pointers.
 *
 * x86-64 only (the fiber switch is 14 instructions of assembly; CMake
 * registers the emulated tests on x86-64 hosts only).
 *
 * Global state: the emulated device is one per process, like the driver
 * it stands in for; launches are serialised by the fake driver. */
#ifndef PASSC_CUDA_EMU_H
#define PASSC_CUDA_EMU_H

#define PASSC_HOST_EMULATION 1

#if !defined(__x86_64__)
#error "tests/cuda_emu/emu.h switches fibers in x86-64 assembly"
#endif

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <utility>

/* ------------------------------------------------------------ language */

#define __global__
#define __device__
#define __forceinline__ inline __attribute__((always_inline))
#define __launch_bounds__(...)
#define __restrict__ __restrict
#define __align__(n) __attribute__((aligned(n)))
#define __shared__ static /* one block at a time: a static is the block's */

struct uint3 { unsigned x, y, z; };
struct __attribute__((aligned(16))) float4 { float x, y, z, w; };
struct __attribute__((aligned(16))) int4 { int x, y, z, w; };
struct __attribute__((aligned(8))) uint2 { unsigned x, y; };
static inline float4 make_float4(float x, float y, float z, float w) { return {x, y, z, w}; }
static inline int4 make_int4(int x, int y, int z, int w) { return {x, y, z, w}; }
static inline uint2 make_uint2(unsigned x, unsigned y) { return {x, y}; }

static inline float __uint_as_float(unsigned u) { float f; memcpy(&f, &u, 4); return f; }
static inline float __int_as_float(int u) { float f; memcpy(&f, &u, 4); return f; }
static inline unsigned __float_as_uint(float f) { unsigned u; memcpy(&u, &f, 4); return u; }
static inline int __float_as_int(float f) { int u; memcpy(&u, &f, 4); return u; }
static inline unsigned __umulhi(unsigned a, unsigned b) { return (unsigned)(((uint64_t)a * b) >> 32); }
static inline float __fsqrt_rn(float x) { return sqrtf(x); }
static inline float __fmul_rn(float a, float b) { return a * b; }
static inline float __fdiv_rn(float a, float b) { return a / b; }
static inline float __fadd_rn(float a, float b) { return a + b; }
static inline double __longlong_as_double(long long u) { double d; memcpy(&d, &u, 8); return d; }
static inline long long __double_as_longlong(double d) { long long u; memcpy(&u, &d, 8); return u; }
static inline double __dsqrt_rn(double x) { return sqrt(x); }
static inline double __dmul_rn(double a, double b) { return a * b; }
static inline double __ddiv_rn(double a, double b) { return a / b; }
static inline float pc_h2f(unsigned short h) { _Float16 f; memcpy(&f, &h, 2); return (float)f; }
static inline unsigned short pc_f2h(float x) { _Float16 f = (_Float16)x; unsigned short h; memcpy(&h, &f, 2); return h; }

/* Cooperative fibers: no two threads run at once, so atomics are plain. */
static inline unsigned long long atomicCAS(unsigned long long *p, unsigned long long cmp, unsigned long long v)
{
    unsigned long long old = *p;
    if (old == cmp) *p = v;
    return old;
}
template <typename T> static inline T atomicAdd(T *p, T v) { T old = *p; *p = old + v; return old; }
static inline void __threadfence() {}

/* ------------------------------------------------------------- fibers */

namespace emu {

enum { MAX_THREADS = 1024, STACK = 256 << 10, WARP = 32 };

struct Fiber {
    void *sp;
    bool done;
    uint3 tid;
    unsigned lane, warp;
};

struct Barrier {
    unsigned arrived, live;
    unsigned long gen;
};

struct Device {
    void *sched_sp;
    Fiber fib[MAX_THREADS];
    char *stacks[MAX_THREADS];
    Barrier block, warps[MAX_THREADS / WARP];
    unsigned long long xchg[2][MAX_THREADS]; /* the shuffles' slots, two banks */
    Fiber *cur;
    unsigned long progress;
    void (*body)(void *const *);
    void *const *args;
    uint3 block_idx, block_dim, grid_dim;
};

static Device D;

}  // namespace emu

#define threadIdx (emu::D.cur->tid)
#define blockIdx (emu::D.block_idx)
#define blockDim (emu::D.block_dim)
#define gridDim (emu::D.grid_dim)

namespace emu {

/* Saves the callee-saved registers and the stack pointer in *from, then
 * resumes the context saved at to (System V x86-64). */
extern "C" void passc_emu_switch(void **from, void *to);
__asm__(".text\n"
        ".globl passc_emu_switch\n"
        ".type passc_emu_switch,@function\n"
        "passc_emu_switch:\n"
        "  pushq %rbp\n  pushq %rbx\n  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
        "  movq %rsp, (%rdi)\n"
        "  movq %rsi, %rsp\n"
        "  popq %r15\n  popq %r14\n  popq %r13\n  popq %r12\n  popq %rbx\n  popq %rbp\n"
        "  ret\n"
        ".size passc_emu_switch, .-passc_emu_switch\n");

static void yield() { passc_emu_switch(&D.cur->sp, D.sched_sp); }

static void open_if_complete(Barrier *b)
{
    if (b->arrived && b->arrived == b->live) {
        b->arrived = 0;
        b->gen++;
        D.progress++;
    }
}

static void wait(Barrier *b)
{
    unsigned long gen = b->gen;
    b->arrived++;
    D.progress++;
    open_if_complete(b);
    while (b->gen == gen) yield();
}

[[noreturn]] static void entry()
{
    Fiber *f = D.cur;
    D.body(D.args);
    f->done = true;
    D.block.live--, D.warps[f->warp].live--;
    D.progress++;
    open_if_complete(&D.block);
    open_if_complete(&D.warps[f->warp]);
    passc_emu_switch(&f->sp, D.sched_sp);
    abort(); /* a finished fiber is never resumed */
}

/* A fresh context on stack s whose first resume enters entry(). */
static void *fiber_start(char *s)
{
    uintptr_t top = ((uintptr_t)s + STACK) & ~(uintptr_t)15;
    void **sp = (void **)top;
    *--sp = nullptr;          /* entry's return address: never used */
    *--sp = (void *)&entry;   /* popped by passc_emu_switch's ret */
    for (int i = 0; i < 6; i++) *--sp = nullptr; /* rbp rbx r12-r15 */
    return sp;
}

static bool stacks_for(unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        if (D.stacks[i]) continue;
        void *m = mmap(nullptr, STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (m == MAP_FAILED) return false;
        mprotect(m, 4096, PROT_NONE); /* a guard page: an overflow faults */
        D.stacks[i] = (char *)m;
    }
    return true;
}

/* Runs one block; false on a deadlock. */
static bool run_block(unsigned n)
{
    D.block = {0, n, 0};
    for (unsigned w = 0; w * WARP < n; w++) D.warps[w] = {0, n - w * WARP < WARP ? n - w * WARP : WARP, 0};
    for (unsigned i = 0; i < n; i++) {
        Fiber *f = &D.fib[i];
        f->done = false;
        f->tid = {i % D.block_dim.x, i / D.block_dim.x % D.block_dim.y, i / (D.block_dim.x * D.block_dim.y)};
        f->lane = i % WARP, f->warp = i / WARP;
        f->sp = fiber_start(D.stacks[i]);
    }
    for (unsigned live = n; live;) {
        unsigned long before = D.progress;
        live = 0;
        for (unsigned i = 0; i < n; i++) {
            if (D.fib[i].done) continue;
            D.cur = &D.fib[i];
            passc_emu_switch(&D.sched_sp, D.fib[i].sp);
            live += !D.fib[i].done;
        }
        if (live && D.progress == before) return false;
    }
    return true;
}

/* A warp shuffle: every live lane of the warp publishes v, then reads
 * lane src's value.  Consecutive shuffles use alternate banks: a lane can
 * write the next bank only after the barrier, and the bank after that
 * only once every lane has passed the next barrier, so has read. */
template <typename T> static T shfl(T v, unsigned src)
{
    static_assert(sizeof(T) <= 8, "shuffled values are at most 8 bytes");
    Fiber *f = D.cur;
    Barrier *w = &D.warps[f->warp];
    unsigned long long *bank = D.xchg[w->gen & 1] + f->warp * WARP;
    memcpy(&bank[f->lane], &v, sizeof v);
    wait(w);
    T r;
    memcpy(&r, &bank[src & (WARP - 1)], sizeof r);
    return r;
}

/* The launch of kernel body over grid x block; NULL or what went wrong. */
static const char *launch(void (*body)(void *const *), const unsigned grid[3], const unsigned block[3],
                          void *const *args)
{
    unsigned n = block[0] * block[1] * block[2];
    if (!n || n > MAX_THREADS || !grid[0] || !grid[1] || !grid[2]) return "bad launch dimensions";
    if (!stacks_for(n)) return "out of memory for the threads' stacks";
    D.body = body, D.args = args;
    D.grid_dim = {grid[0], grid[1], grid[2]};
    D.block_dim = {block[0], block[1], block[2]};
    for (unsigned z = 0; z < grid[2]; z++)
        for (unsigned y = 0; y < grid[1]; y++)
            for (unsigned x = 0; x < grid[0]; x++) {
                D.block_idx = {x, y, z};
                if (!run_block(n)) return "deadlock: a barrier or shuffle that not every live thread reaches";
            }
    return nullptr;
}

/* Calls kernel F with the launch's argument slots (cuLaunchKernel's
 * kernelParams: one pointer to each argument's value). */
template <typename... A, size_t... I>
static void call(void (*f)(A...), void *const *slots, std::index_sequence<I...>)
{
    f(*(A *)slots[I]...);
}
template <typename... A> static unsigned arg_sizes(void (*)(A...), size_t *out)
{
    const size_t s[] = {sizeof(A)..., 0};
    for (size_t i = 0; i < sizeof...(A); i++) out[i] = s[i];
    return sizeof...(A);
}
template <typename... A> static void run_with(void (*f)(A...), void *const *slots)
{
    call(f, slots, std::index_sequence_for<A...>{});
}

}  // namespace emu

template <typename T> static inline T __shfl_xor_sync(unsigned, T v, int mask)
{
    return emu::shfl(v, emu::D.cur->lane ^ (unsigned)mask);
}
template <typename T> static inline T __shfl_sync(unsigned, T v, int src) { return emu::shfl(v, (unsigned)src); }
static inline void __syncthreads() { emu::wait(&emu::D.block); }
static inline void __syncwarp(unsigned = 0xffffffffu) { emu::wait(&emu::D.warps[emu::D.cur->warp]); }

/* ------------------------------------------------- the library's API */

/* The kernel table build_emu.c appends: one EMU_KERNEL(name) per kernel. */
struct PassCEmuKernel {
    const char *name;
    void (*body)(void *const *);
    unsigned (*sizes)(size_t *);
};
#define EMU_KERNEL(f)                                                            \
    {#f, [](void *const *s) { emu::run_with(f, s); }, [](size_t *o) { return emu::arg_sizes(f, o); }},
extern const PassCEmuKernel passc_emu_table[];
extern const unsigned passc_emu_ntable;

/* What tests/fake_cuda looks up (dlsym): the index of a kernel (-1: none),
 * its argument sizes (the count returned; out holds at least 256), and a
 * launch (NULL, or what went wrong). */
extern "C" int passc_emu_find(const char *name)
{
    for (unsigned i = 0; i < passc_emu_ntable; i++)
        if (!strcmp(passc_emu_table[i].name, name)) return (int)i;
    return -1;
}
extern "C" unsigned passc_emu_arg_sizes(int k, size_t *out) { return passc_emu_table[k].sizes(out); }
extern "C" const char *passc_emu_launch(int k, const unsigned grid[3], const unsigned block[3], void *const *args)
{
    return emu::launch(passc_emu_table[k].body, grid, block, args);
}

#endif
