/* leaves.h — realistic seeded values for a step graph's leaves, shared by
 * the GPU machine's test programs (test_cuda_diff.c, bench_cuda_step.c),
 * which build with plain gcc and no library of their own: so this is a
 * header of static functions, included by one .c file each.
 *
 * Expects a verified Graph (ir/ir.h).  random_leaf gives a tensor of a
 * param, state or input leaf's type: parameters follow their initialiser
 * (ones, zeros, small noise), Adam's second moments are small and
 * positive, schedule inputs get training-like values (lr 1e-3, wd 0.04,
 * momentum 0.996, temperatures in [0.04, 0.07)), other float inputs
 * (images) U(-1, 1), integers in [0, 3) (valid small indices) and the
 * epoch 1.  The same seed gives the same values on every machine.
 * gpu_read_file reads the .pir graphs those programs take. */
#ifndef PASSC_TESTS_GPU_LEAVES_H
#define PASSC_TESTS_GPU_LEAVES_H

#include "ir/ir.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole file at path, NUL-terminated (malloc'ed); NULL if it cannot
 * be read. */
static inline char *gpu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    char *buf = n >= 0 && fseek(f, 0, SEEK_SET) == 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) buf[n] = 0, *len = (size_t)n;
    return buf;
}

typedef struct Rng {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    r->s = r->s * 6364136223846793005ull + 1442695040888963407ull;
    return r->s >> 11;
}

static double rng_unit(Rng *r) { return (double)(rng_next(r) % 1000000) / 1000000.0; }

static double rng_normal(Rng *r)
{
    double u = rng_unit(r) + 1e-7, v = rng_unit(r);
    return sqrt(-2 * log(u)) * cos(6.283185307179586 * v);
}

/* A realistic value for one element of a leaf.  Realism matters: with
 * every parameter drawn N(0, 0.02) the DINO head's L2 normalisation sees
 * tiny vectors and amplifies f32 rounding by 1e4 into gradients that
 * cancel, and a learning rate near 1 turns that noise into Adam steps of
 * the size of the weights; no backend could then agree with the
 * interpreter, and a benchmark would time a diverging run. */
static double leaf_value(const Node *n, const char *init, Rng *r)
{
    const char *name = n->a.name ? n->a.name : "";
    if (!dt_is_float(n->type.dt)) return strcmp(name, "epoch") == 0 ? 1 : (double)(rng_next(r) % 3);
    if (n->op == OP_INPUT) {
        if (!strcmp(name, "sched.lr")) return 1e-3;
        if (!strcmp(name, "sched.wd")) return 0.04;
        if (!strcmp(name, "sched.momentum")) return 0.996;
        if (!strncmp(name, "sched.", 6)) return 0.04 + 0.03 * rng_unit(r); /* temperatures */
        return 2 * rng_unit(r) - 1;
    }
    if (!strncmp(name, "adam_v.", 7)) return 1e-6 * rng_unit(r); /* second moments are >= 0 */
    if (!strcmp(init, "ones")) return 1 + 0.02 * rng_normal(r);
    if (!strcmp(init, "zeros")) return 0.02 * rng_normal(r);
    return 0.02 * rng_normal(r);
}

/* The initialiser of a leaf; a teacher's "copy(NAME)" is NAME's. */
static const char *leaf_init(const Graph *g, const Node *n)
{
    const char *init = n->a.init ? n->a.init : "";
    size_t len = strlen(init);
    if (strncmp(init, "copy(", 5) || len < 6) return init;
    for (NodeId id = 1; id < g->nnodes; id++) {
        const Node *p = ir_node(g, id);
        if (p->op == OP_PARAM && p->a.name && strlen(p->a.name) == len - 6 && !strncmp(p->a.name, init + 5, len - 6))
            return p->a.init ? p->a.init : "";
    }
    return init;
}

/* A new tensor (tensor_free it) holding leaf n's seeded values; NULL when
 * out of memory. */
static Tensor *random_leaf(Ctx *cx, const Graph *g, const Node *n, Rng *r)
{
    Tensor *x = tensor_new(cx, &n->type);
    if (!x) return NULL;
    const char *init = leaf_init(g, n);
    for (int64_t k = 0; k < x->numel; k++) tensor_set(x, k, leaf_value(n, init, r));
    return x;
}

#endif
