/* emu_build.c — a kernel program as a host shared library for the fake
 * driver's emulation: the generated CUDA C++ text after tests/cuda_emu/
 * emu.h, then a table naming every `extern "C" __global__` kernel of the
 * text, compiled by the host C++ compiler.  The names come from the text
 * itself, so a kernel the executor looks up and the program lacks fails
 * as it would on a GPU (cuModuleGetFunction: not found).
 *
 * The library is content-addressed (FNV-1a of the translation unit), so a
 * second run of the same program reuses it. */
#define _GNU_SOURCE
#include "tests/cuda_emu/emu_build.h"

#include "codegen/cg_cuda.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The kernel name of a line `extern "C" __global__ void [__launch_bounds__(..)] NAME(`, or NULL. */
static const char *kernel_name(const char *line, size_t *len)
{
    static const char head[] = "extern \"C\" __global__ void ";
    if (strncmp(line, head, sizeof head - 1)) return NULL;
    const char *s = line + sizeof head - 1;
    if (!strncmp(s, "__launch_bounds__(", 18)) {
        s = strchr(s, ')');
        if (!s) return NULL;
        s++;
        while (*s == ' ') s++;
    }
    const char *e = s;
    while (isalnum((unsigned char)*e) || *e == '_') e++;
    *len = (size_t)(e - s);
    return *e == '(' && e > s ? s : NULL;
}

/* The translation unit: emu.h, the program, its kernel table. */
static char *unit_text(const char *header, const char *src, size_t *n)
{
    char *t = NULL;
    FILE *f = open_memstream(&t, n);
    if (!f) return NULL;
    fprintf(f, "#include \"%s\"\n%s\nconst PassCEmuKernel passc_emu_table[] = {\n", header, src);
    for (const char *l = src; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        size_t len;
        const char *name = kernel_name(l, &len);
        if (name) fprintf(f, "    EMU_KERNEL(%.*s)\n", (int)len, name);
    }
    fprintf(f, "};\nconst unsigned passc_emu_ntable = sizeof passc_emu_table / sizeof *passc_emu_table;\n");
    if (fclose(f)) {
        free(t);
        return NULL;
    }
    return t;
}

static bool write_file(const char *path, const char *text, size_t n)
{
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(text, 1, n, f) == n;
    return (f && fclose(f) == 0) && ok;
}

/* Runs the compiler; its diagnostics go to stderr. */
static bool compile(const char *cpp, const char *so, char *why, size_t nwhy)
{
    const char *cxx = getenv("PASSC_EMU_CXX");
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", so, (long)getpid());
    /* -ffp-contract=off: the device may fuse a*b+c; the emulation keeps
     * the rounding of each operation, which the interpreter matches best. */
    char *argv[] = {(char *)(cxx && *cxx ? cxx : "c++"), "-std=c++17", "-O1", "-ffp-contract=off", "-fPIC", "-shared",
                    "-w", "-o", tmp, (char *)cpp, NULL};
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[0], argv);
        _exit(127);
    }
    int st = 0;
    if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st)) {
        snprintf(why, nwhy, "%s -o %s %s failed (status %d)", argv[0], tmp, cpp, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
        unlink(tmp);
        return false;
    }
    if (rename(tmp, so)) {
        snprintf(why, nwhy, "cannot rename %s to %s", tmp, so);
        return false;
    }
    return true;
}

bool emu_build_source(const char *src, const char *header, const char *dir, char *so, size_t nso, char *why,
                      size_t nwhy)
{
    size_t n = 0;
    char *unit = unit_text(header, src, &n);
    if (!unit) {
        snprintf(why, nwhy, "out of memory writing the emulation unit");
        return false;
    }
    char cpp[4096];
    uint64_t h = ir_hash(unit, n);
    snprintf(cpp, sizeof cpp, "%s/emu-%016llx.cpp", dir, (unsigned long long)h);
    snprintf(so, nso, "%s/emu-%016llx.so", dir, (unsigned long long)h);
    struct stat sb;
    bool ok = true;
    if (stat(so, &sb) != 0) {
        /* The unit under a name of this process's own, renamed once
         * compiled: tests that build the same program at the same time
         * (ctest -j) never read each other's half-written files. */
        char tmp[4200];
        snprintf(tmp, sizeof tmp, "%s.tmp%ld.cpp", cpp, (long)getpid());
        mkdir(dir, 0777);
        ok = write_file(tmp, unit, n);
        if (!ok) snprintf(why, nwhy, "cannot write %s", tmp);
        ok = ok && compile(tmp, so, why, nwhy);
        if (ok) rename(tmp, cpp); /* kept for reading: the unit of emu-HASH.so */
        else unlink(tmp);
    }
    free(unit);
    return ok;
}

bool emu_build(Ctx *cx, const KernelProgram *p, const char *header, const char *dir, char *so, size_t nso,
               char *why, size_t nwhy)
{
    char *src = cg_cuda_source(cx, p, NULL);
    if (!src) {
        snprintf(why, nwhy, "the CUDA program could not be generated");
        return false;
    }
    bool ok = emu_build_source(src, header, dir, so, nso, why, nwhy);
    cx_free(cx, src);
    return ok;
}
