/* emu_build_main.c — `cuda_emu_build HEADER PROGRAM.cu DIR`: builds a CUDA
 * program's text (e.g. the cuda.src section of a ./run executable) for
 * the fake driver's emulation and prints the library's path; the fake
 * loads it when $FAKE_CUDA_EMULATE names it (tests/e2e/test_cuda_emulated.sh). */
#define _GNU_SOURCE
#include "tests/cuda_emu/emu_build.h"

#include <stdio.h>
#include <stdlib.h>

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f) return NULL;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            char *b = realloc(buf, cap = 2 * cap + 8192);
            if (!b) break;
            buf = b;
        }
        size_t got = fread(buf + n, 1, 4096, f);
        n += got;
        if (got < 4096) break;
    }
    bool ok = !ferror(f) && buf;
    fclose(f);
    if (!ok) {
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    return buf;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: cuda_emu_build HEADER PROGRAM.cu DIR\n");
        return 2;
    }
    char *src = read_all(argv[2]);
    if (!src) {
        perror(argv[2]);
        return 1;
    }
    char so[4200], why[4400] = "";
    bool ok = emu_build_source(src, argv[1], argv[3], so, sizeof so, why, sizeof why);
    free(src);
    if (!ok) {
        fprintf(stderr, "cuda_emu_build: %s\n", why);
        return 1;
    }
    printf("%s\n", so);
    return 0;
}
