/* progress.c — a one-line progress bar for long work (passc -o run's
 * stages, NVRTC compiles, ./run's start-up).
 *
 * Drawn only on a terminal, so logs and tests see nothing, unless
 * $PASSC_PROGRESS=1 forces it (then every redraw ends with a newline, as a
 * log would want); $PASSC_PROGRESS=0 turns it off.  Redraws are throttled
 * to 10 a second, except the first and the last. */
#include "runtime/runtime.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

void rt_progress_begin(RtProgress *p, FILE *f, const char *label, int64_t total)
{
    const char *env = getenv("PASSC_PROGRESS");
    memset(p, 0, sizeof *p);
    p->f = f, p->label = label, p->total = total > 0 ? total : 1;
    p->tty = f && isatty(fileno(f));
    p->on = f && (env && *env ? !strcmp(env, "1") : p->tty);
    p->t0 = now_s();
    p->drawn = -1;
    p->last = -1;
}

void rt_progress_set(RtProgress *p, int64_t done, const char *what)
{
    if (!p->on) return;
    double t = now_s();
    p->done = done < p->total ? done : p->total;
    /* A terminal redraws in place; a log gets a line per change of stage. */
    if (p->drawn >= 0 && (p->tty ? t - p->drawn < 0.1 && p->done < p->total : p->done == p->last)) return;
    p->last = p->done;
    p->drawn = t;
    enum { W = 24 };
    char bar[W + 1];
    int fill = (int)(W * p->done / p->total);
    for (int i = 0; i < W; i++) bar[i] = i < fill ? '#' : '.';
    bar[W] = 0;
    fprintf(p->f, "%s%s [%s] %lld/%lld %s %.1fs%s", p->tty ? "\r\033[K" : "", p->label, bar, (long long)p->done,
            (long long)p->total, what ? what : "", t - p->t0, p->tty ? "" : "\n");
    fflush(p->f);
}

void rt_progress_end(RtProgress *p)
{
    if (!p->on || !p->tty) return;
    fprintf(p->f, "\r\033[K");
    fflush(p->f);
}
