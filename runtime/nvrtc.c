/* nvrtc.c — one CUDA C++ program of many kernels to CUBIN with NVRTC, the
 * ptxas resource report per kernel, and an on-disk CUBIN cache.
 *
 * Expects kernels declared extern "C" (their names are then the CUBIN's
 * symbol names).  A whole model's kernels go into one program: NVRTC
 * compiles 50 kernels in one program ~4x faster than 50 programs
 * (env-facts section 4).  The target is a real arch (-arch=sm_XX), so the
 * result is machine code the driver loads without a JIT step.
 *
 * The cache: <dir>/<sha256>.cubin, the key hashing the NVRTC version, the
 * options and the source.  An entry is a header (magic, format version,
 * lengths, SHA-256 of the payload) followed by NVRTC's log (the resource
 * report survives a cache hit) and the CUBIN.  Entries are written to a
 * temporary file and renamed, so readers never see half an entry; an entry
 * whose lengths or payload hash do not match is recompiled and replaced.
 *
 * Built without NVRTC (PASSC_HAVE_NVRTC undefined), rt_nvrtc_compile fails
 * with a message saying so; the parser and the hash still work. */
#define _GNU_SOURCE
#include "runtime/cuda.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef PASSC_HAVE_NVRTC
#include <nvrtc.h>
#endif

/* ---------------------------------------------------------------- SHA-256 */

typedef struct Sha256 {
    uint32_t h[8];
    uint8_t buf[64];
    size_t nbuf;
    uint64_t len;
} Sha256;

static const uint32_t sha_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
};

static uint32_t sha_rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha_block(Sha256 *s, const uint8_t *p)
{
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = sha_rotr(w[i - 15], 7) ^ sha_rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = sha_rotr(w[i - 2], 17) ^ sha_rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, s->h, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = sha_rotr(v[4], 6) ^ sha_rotr(v[4], 11) ^ sha_rotr(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + sha_k[i] + w[i];
        uint32_t S0 = sha_rotr(v[0], 2) ^ sha_rotr(v[0], 13) ^ sha_rotr(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + S0 + maj;
    }
    for (int i = 0; i < 8; i++) s->h[i] += v[i];
}

static void sha_init(Sha256 *s)
{
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(s->h, h0, sizeof h0);
    s->nbuf = 0;
    s->len = 0;
}

static void sha_update(Sha256 *s, const void *data, size_t n)
{
    const uint8_t *p = data;
    s->len += n;
    while (n > 0) {
        size_t take = 64 - s->nbuf < n ? 64 - s->nbuf : n;
        memcpy(s->buf + s->nbuf, p, take);
        s->nbuf += take, p += take, n -= take;
        if (s->nbuf == 64) {
            sha_block(s, s->buf);
            s->nbuf = 0;
        }
    }
}

static void sha_final(Sha256 *s, uint8_t out[32])
{
    uint64_t bits = s->len * 8;
    uint8_t pad = 0x80, zero = 0, len[8];
    sha_update(s, &pad, 1);
    while (s->nbuf != 56) sha_update(s, &zero, 1);
    for (int i = 0; i < 8; i++) len[i] = (uint8_t)(bits >> (56 - 8 * i));
    sha_update(s, len, 8);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++) out[4 * i + j] = (uint8_t)(s->h[i] >> (24 - 8 * j));
}

void rt_sha256(const void *data, size_t len, uint8_t out[32])
{
    Sha256 s;
    sha_init(&s);
    sha_update(&s, data, len);
    sha_final(&s, out);
}

/* ---------------------------------------------------------- ptxas report */

/* The quoted name after `prefix` in line, or false. */
static bool ptx_quoted(const char *line, const char *prefix, char *name, size_t n)
{
    const char *p = strstr(line, prefix);
    if (!p) return false;
    p += strlen(prefix);
    const char *q = strchr(p, '\'');
    if (!q) return false;
    snprintf(name, n, "%.*s", (int)(q - p), p);
    return true;
}

/* The integer right before `unit` in line ("72 registers"), or -1. */
static int ptx_number_before(const char *line, const char *unit)
{
    const char *p = strstr(line, unit);
    if (!p) return -1;
    while (p > line && p[-1] == ' ') p--;
    const char *e = p;
    while (p > line && p[-1] >= '0' && p[-1] <= '9') p--;
    return p == e ? -1 : atoi(p);
}

static void ptx_properties(RtKernelInfo *k, const char *line)
{
    int v;
    if ((v = ptx_number_before(line, "bytes stack frame")) >= 0) k->stack = v;
    if ((v = ptx_number_before(line, "bytes spill stores")) >= 0) k->spill_stores = v;
    if ((v = ptx_number_before(line, "bytes spill loads")) >= 0) k->spill_loads = v;
}

static void ptx_usage(RtKernelInfo *k, const char *line)
{
    int v;
    if ((v = ptx_number_before(line, "registers")) >= 0) k->regs = v;
    if ((v = ptx_number_before(line, "barriers")) >= 0) k->barriers = v;
    if ((v = ptx_number_before(line, "bytes smem")) >= 0) k->smem = v;
}

/* Log lines come in the order "Compiling entry function 'k'", "Function
 * properties for k" + the stack/spill line, "Used N registers"; non-inlined
 * device functions get a "Function properties" block of their own, which
 * must not overwrite the kernel's. */
bool rt_ptxas_parse(const char *log, RtKernelInfo **out, int *n)
{
    RtKernelInfo *ks = NULL;
    int nk = 0;
    bool props_for_kernel = false;
    char name[128];
    for (const char *line = log; line && *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        char buf[512];
        snprintf(buf, sizeof buf, "%.*s", (int)(len < sizeof buf ? len : sizeof buf - 1), line);
        if (ptx_quoted(buf, "Compiling entry function '", name, sizeof name)) {
            RtKernelInfo *g = realloc(ks, (size_t)(nk + 1) * sizeof *ks);
            if (!g) {
                free(ks);
                return false;
            }
            ks = g;
            memset(&ks[nk], 0, sizeof ks[nk]);
            snprintf(ks[nk++].name, sizeof ks[0].name, "%s", name);
            props_for_kernel = false;
        } else if (strstr(buf, "Function properties for ")) {
            const char *f = strstr(buf, "Function properties for ") + 24;
            props_for_kernel = nk > 0 && strcmp(f, ks[nk - 1].name) == 0;
        } else if (props_for_kernel && strstr(buf, "stack frame")) {
            ptx_properties(&ks[nk - 1], buf);
            props_for_kernel = false;
        } else if (nk > 0 && strstr(buf, "Used ") && strstr(buf, "registers")) {
            ptx_usage(&ks[nk - 1], buf);
        }
        line = nl ? nl + 1 : NULL;
    }
    *out = ks;
    *n = nk;
    return true;
}

const RtKernelInfo *rt_cubin_kernel(const RtCubin *c, const char *name)
{
    for (int i = 0; i < c->nkernels; i++)
        if (strcmp(c->kernels[i].name, name) == 0) return &c->kernels[i];
    return NULL;
}

void rt_cubin_report(const RtCubin *c, FILE *f)
{
    fprintf(f, "%-40s %5s %7s %7s %6s %6s %4s\n", "kernel", "regs", "spill-st", "spill-ld",
            "stack", "smem", "bar");
    for (int i = 0; i < c->nkernels; i++) {
        const RtKernelInfo *k = &c->kernels[i];
        fprintf(f, "%-40s %5d %7d %7d %6d %6d %4d%s\n", k->name, k->regs, k->spill_stores,
                k->spill_loads, k->stack, k->smem, k->barriers,
                k->spill_stores || k->spill_loads ? "  SPILLS" : "");
    }
    fprintf(f, "%d kernels, %zu bytes of CUBIN%s\n", c->nkernels, c->size,
            c->from_cache ? " (from the cache)" : "");
}

void rt_cubin_free(RtCubin *c)
{
    if (!c) return;
    free(c->data);
    free(c->log);
    free(c->kernels);
    memset(c, 0, sizeof *c);
}

/* ------------------------------------------------------------------ cache */

#define CACHE_MAGIC "PASSCBIN"
#define CACHE_FORMAT 1u

typedef struct CacheHeader {
    char magic[8];
    uint32_t format, pad;
    uint64_t log_len, cubin_len;
    uint8_t payload_sha[32];
} CacheHeader;

/* The cache folder, created if missing; false (with a note) when none. */
static bool cache_dir(const RtNvrtcOptions *o, char *dir, size_t n, RtCubin *out)
{
    const char *env = getenv("PASSC_CACHE_DIR"), *home = getenv("HOME");
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (o->cache_dir) snprintf(dir, n, "%s", o->cache_dir);
    else if (env && *env) snprintf(dir, n, "%s", env);
    else if (xdg && *xdg) snprintf(dir, n, "%s/passc", xdg);
    else if (home && *home) snprintf(dir, n, "%s/.cache/passc", home);
    else dir[0] = 0;
    if (!dir[0]) {
        if (!o->cache_dir) snprintf(out->cache_note, sizeof out->cache_note, "no cache folder");
        return false;
    }
    /* mkdir -p: every prefix, ignoring the ones that exist. */
    for (char *p = dir + 1;; p++) {
        if (*p != '/' && *p) continue;
        char c = *p;
        *p = 0;
        int r = mkdir(dir, 0755);
        *p = c;
        if (r != 0 && errno != EEXIST) {
            snprintf(out->cache_note, sizeof out->cache_note, "cache folder %.160s: %.60s", dir,
                     strerror(errno));
            return false;
        }
        if (!c) return true;
    }
}

static bool cache_read_all(const char *path, uint8_t **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool ok = fseek(f, 0, SEEK_END) == 0;
    long n = ok ? ftell(f) : -1;
    ok = n >= 0 && fseek(f, 0, SEEK_SET) == 0;
    *buf = ok ? malloc((size_t)n + 1) : NULL;
    ok = *buf && fread(*buf, 1, (size_t)n, f) == (size_t)n;
    fclose(f);
    if (!ok) free(*buf);
    *len = (size_t)n;
    return ok;
}

/* Fills out from a valid entry; false (entry missing or corrupt) else. */
static bool cache_load(const char *path, RtCubin *out)
{
    uint8_t *buf;
    size_t len;
    if (!cache_read_all(path, &buf, &len)) return false;
    CacheHeader h;
    bool ok = len >= sizeof h;
    if (ok) memcpy(&h, buf, sizeof h);
    ok = ok && memcmp(h.magic, CACHE_MAGIC, 8) == 0 && h.format == CACHE_FORMAT &&
         h.log_len <= len && h.cubin_len <= len && h.cubin_len > 0 &&
         sizeof h + h.log_len + h.cubin_len == len;
    uint8_t sha[32];
    if (ok) rt_sha256(buf + sizeof h, len - sizeof h, sha);
    ok = ok && memcmp(sha, h.payload_sha, 32) == 0;
    if (ok) {
        out->log = malloc(h.log_len + 1);
        out->data = malloc(h.cubin_len);
        ok = out->log && out->data;
    }
    if (ok) {
        memcpy(out->log, buf + sizeof h, h.log_len);
        out->log[h.log_len] = 0;
        memcpy(out->data, buf + sizeof h + h.log_len, h.cubin_len);
        out->size = h.cubin_len;
    } else {
        free(out->log), free(out->data);
        out->log = NULL, out->data = NULL;
    }
    free(buf);
    return ok;
}

static bool cache_write_fd(int fd, const void *p, size_t n)
{
    const uint8_t *b = p;
    while (n > 0) {
        ssize_t w = write(fd, b, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        b += w, n -= (size_t)w;
    }
    return true;
}

/* tmp + rename, so a concurrent reader sees the old entry or the new one. */
static void cache_store(const char *path, const RtCubin *c, RtCubin *out)
{
    char tmp[4300];
    snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(out->cache_note, sizeof out->cache_note, "cache write: %s", strerror(errno));
        return;
    }
    CacheHeader h = {.format = CACHE_FORMAT, .log_len = strlen(c->log), .cubin_len = c->size};
    memcpy(h.magic, CACHE_MAGIC, 8);
    Sha256 s;
    sha_init(&s);
    sha_update(&s, c->log, h.log_len);
    sha_update(&s, c->data, c->size);
    sha_final(&s, h.payload_sha);
    bool ok = cache_write_fd(fd, &h, sizeof h) && cache_write_fd(fd, c->log, h.log_len) &&
              cache_write_fd(fd, c->data, c->size);
    ok = (close(fd) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        snprintf(out->cache_note, sizeof out->cache_note, "cache write %.160s: %.60s", path,
                 strerror(errno));
        unlink(tmp);
    }
}

/* ---------------------------------------------------------------- compile */

#define NV_MAX_OPTS 64

typedef struct NvOpts {
    const char *v[NV_MAX_OPTS];
    int n;
    char arch[32], inc[1024], cccl[1100];
} NvOpts;

static void nv_options(const RtNvrtcOptions *o, const char *src, NvOpts *no)
{
    const char *home = getenv("CUDA_HOME");
    snprintf(no->arch, sizeof no->arch, "-arch=sm_%d", o->arch);
    no->n = 0;
    no->v[no->n++] = no->arch;
    no->v[no->n++] = "-std=c++17";
    no->v[no->n++] = "-Xptxas";
    no->v[no->n++] = "-v";
    if (o->fast_math) no->v[no->n++] = "--use_fast_math";
    if (o->lineinfo) no->v[no->n++] = "-lineinfo";
    /* NVRTC has no default include path: cuda_bf16.h and friends need the
     * toolkit's, which costs ~10 ms, so only when the source includes. */
    if (strstr(src, "#include")) {
        const char *inc = o->cuda_include;
        char def[1024];
        if (!inc) {
            snprintf(def, sizeof def, "%s/include", home && *home ? home : "/usr/local/cuda");
            inc = def;
        }
        snprintf(no->inc, sizeof no->inc, "--include-path=%.900s", inc);
        snprintf(no->cccl, sizeof no->cccl, "--include-path=%.900s/cccl", inc);
        no->v[no->n++] = no->inc;
        no->v[no->n++] = no->cccl;
    }
    for (int i = 0; i < o->nextra && no->n < NV_MAX_OPTS; i++) no->v[no->n++] = o->extra[i];
}

/* The cache key: everything that changes the CUBIN. */
static void nv_key(const NvOpts *no, const char *src, int major, int minor, char hex[65])
{
    Sha256 s;
    char ver[64];
    uint8_t d[32];
    sha_init(&s);
    int n = snprintf(ver, sizeof ver, "passc-cubin-%u nvrtc-%d.%d", CACHE_FORMAT, major, minor);
    sha_update(&s, ver, (size_t)n + 1);
    for (int i = 0; i < no->n; i++) sha_update(&s, no->v[i], strlen(no->v[i]) + 1);
    sha_update(&s, src, strlen(src));
    sha_final(&s, d);
    for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

#ifdef PASSC_HAVE_NVRTC

bool rt_nvrtc_version(int *major, int *minor)
{
    return nvrtcVersion(major, minor) == NVRTC_SUCCESS;
}

/* Removes ptxas's "Compile time = ... ms" lines in place: the log travels
 * in the cache entry and the bundle, which a cold compile must write as
 * the same bytes as the last one. */
static void drop_timing_lines(char *log)
{
    char *w = log;
    for (const char *r = log; *r;) {
        const char *end = strchr(r, '\n');
        size_t len = end ? (size_t)(end - r + 1) : strlen(r);
        const char *t = strstr(r, "Compile time = ");
        if (!t || (end && t > end)) {
            memmove(w, r, len);
            w += len;
        }
        r += len;
    }
    *w = 0;
}

static char *nv_log(nvrtcProgram p)
{
    size_t n = 0;
    if (nvrtcGetProgramLogSize(p, &n) != NVRTC_SUCCESS) return NULL;
    char *log = malloc(n + 1);
    if (log && nvrtcGetProgramLog(p, log) != NVRTC_SUCCESS) log[0] = 0;
    if (log) log[n] = 0;
    if (log) drop_timing_lines(log);
    return log;
}

/* Runs NVRTC; on success out->data/size/log are set. */
static bool nv_run(const char *src, const char *name, const NvOpts *no, int arch, RtCubin *out,
                   char *err, size_t nerr)
{
    nvrtcProgram p;
    nvrtcResult r = nvrtcCreateProgram(&p, src, name, 0, NULL, NULL);
    if (r != NVRTC_SUCCESS) {
        snprintf(err, nerr, "%s: nvrtcCreateProgram failed: %s", name, nvrtcGetErrorString(r));
        return false;
    }
    r = nvrtcCompileProgram(p, no->n, no->v);
    out->log = nv_log(p);
    if (r != NVRTC_SUCCESS) {
        snprintf(err, nerr, "%s: NVRTC compile failed for sm_%d: %s\n%s", name, arch,
                 nvrtcGetErrorString(r), out->log ? out->log : "(no log)");
    } else {
        size_t n = 0;
        r = nvrtcGetCUBINSize(p, &n);
        out->data = r == NVRTC_SUCCESS ? malloc(n) : NULL;
        if (out->data) r = nvrtcGetCUBIN(p, (char *)out->data);
        out->size = n;
        if (r != NVRTC_SUCCESS || !out->data || !out->log)
            snprintf(err, nerr, "%s: nvrtcGetCUBIN failed: %s", name,
                     r != NVRTC_SUCCESS ? nvrtcGetErrorString(r) : "out of memory");
    }
    nvrtcDestroyProgram(&p);
    return r == NVRTC_SUCCESS && out->data && out->log;
}

bool rt_nvrtc_compile(const char *src, const char *name, const RtNvrtcOptions *o, RtCubin *out,
                      char *err, size_t nerr)
{
    memset(out, 0, sizeof *out);
    int major = 0, minor = 0;
    NvOpts no;
    nv_options(o, src, &no);
    rt_nvrtc_version(&major, &minor);
    nv_key(&no, src, major, minor, out->key);
    char dir[4096], path[4200];
    bool cached = !(o->cache_dir && !o->cache_dir[0]) && cache_dir(o, dir, sizeof dir, out);
    if (cached) {
        snprintf(path, sizeof path, "%s/%s.cubin", dir, out->key);
        out->from_cache = cache_load(path, out);
        if (!out->from_cache && access(path, F_OK) == 0)
            snprintf(out->cache_note, sizeof out->cache_note, "corrupt cache entry %.180s replaced",
                     path);
    }
    if (!out->from_cache && !nv_run(src, name, &no, o->arch, out, err, nerr)) {
        rt_cubin_free(out);
        return false;
    }
    if (cached && !out->from_cache) cache_store(path, out, out);
    if (!rt_ptxas_parse(out->log, &out->kernels, &out->nkernels)) {
        snprintf(err, nerr, "%s: out of memory", name);
        rt_cubin_free(out);
        return false;
    }
    return true;
}

#else

bool rt_nvrtc_version(int *major, int *minor)
{
    *major = *minor = 0;
    return false;
}

bool rt_nvrtc_compile(const char *src, const char *name, const RtNvrtcOptions *o, RtCubin *out,
                      char *err, size_t nerr)
{
    memset(out, 0, sizeof *out);
    NvOpts no;
    nv_options(o, src, &no);
    nv_key(&no, src, 0, 0, out->key);
    (void)cache_dir, (void)cache_load, (void)cache_store;
    snprintf(err, nerr, "%s: passc was built without NVRTC (no CUDA toolkit found)", name);
    return false;
}

#endif
