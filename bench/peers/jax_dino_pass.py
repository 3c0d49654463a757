"""jax_dino_pass.py — a jitted f32 JAX twin of one DINO + PASS training step (CPU peer).

The model and the losses are tests/reference/ref_step.py's (imported, not
copied: backbone, class attention, PASS matching on the torus, the DINO and
patch losses, the centres), so the twin computes what the spec says.  Around
them this file builds the whole training step as ONE jax.jit function with
donated state: value_and_grad of the loss, centres, per-tensor clipping
(coef = clip / (||g|| + 1e-6) when < 1), the epoch-0 freeze of every
`last_layer` tensor, AdamW (decoupled decay, bias corrections, one step
counter per tensor; no decay on biases and 1-D tensors), and the EMA teacher
over every parameter (spec 5.2-5.6).  Precision: f32 throughout.  Drop path
is off (as in ref_step.py; passc's bench step draws it: a few elementwise
multiplies).

Input: a directory written by `passc MODEL --dump-step DIR` (the model's
constants, passc's seeded initial weights, teacher, Adam state and crops;
converted to f32).  The step's schedule values are the dump's, held fixed.
The crops are the same every step (data loading is not timed).

Output: one JSON line (also to --json): ms_median / ms_p10 / ms_p90 /
ms_mean over --steps timed steps after --warmup untimed ones, compile_s
(tracing + XLA compilation, timed apart), first_step_s, img_per_s, peak_rss_bytes,
xla_flops (XLA's cost analysis of the step, all ops, for information),
first_loss (this twin's f32 loss of the first step) and passc_loss (passc's
f64 loss of the same step from the dump) with their relative difference.

Usage: python jax_dino_pass.py DUMP_DIR [--steps 20] [--warmup 2] [--json F]
"""
import argparse
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "reference"))
import ref_step  # noqa: E402  (enables x64 on import: switched back off below)
import jax  # noqa: E402

jax.config.update("jax_enable_x64", False)
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from safetensors import safe_open  # noqa: E402
from safetensors.numpy import load_file  # noqa: E402

MODULES = ("backbone", "ca_head", "c_head", "p_head")


def load_state(d):
    w = load_file(os.path.join(d, "weights.safetensors"))
    inp = load_file(os.path.join(d, "inputs.safetensors"))
    cfg = ref_step.read_config(os.path.join(d, "inputs.safetensors"))
    f32 = lambda x: jnp.asarray(np.asarray(x, np.float32))  # noqa: E731
    names = sorted(k for k in w if k.split(".")[0] in MODULES)
    train = [k for k in names if ref_step.trainable(cfg, k)]
    st = {
        "p": {k: f32(w[k]) for k in names},
        "teacher": {k: f32(w["teacher." + k]) for k in names},
        "m": {k: f32(w["adam_m." + k]) for k in train},
        "v": {k: f32(w["adam_v." + k]) for k in train},
        "t": {k: jnp.asarray(int(w["adam_t." + k]), jnp.int32) for k in train},
        "center": f32(inp["center"]),
        "pcenter": f32(inp["pcenter"]),
    }
    crops = {"global": f32(inp["global"]), "local": f32(inp["local"])}
    sched = {k: float(inp[k]) for k in ("teacher_temp", "lr", "wd", "momentum")}
    return cfg, st, crops, sched, int(inp["epoch"]), train


def adamw(cfg, p, m, v, t, g, lr, wd):
    """One AdamW update of one tensor with per-tensor clipping (spec 5.2, 5.5, 5.6)."""
    clip = cfg["opt.clip_grad"]
    if clip > 0:
        coef = clip / (jnp.sqrt(jnp.sum(g * g)) + 1e-6)
        g = jnp.where(coef < 1, g * coef, g)
    b1, b2, eps = cfg["opt.beta1"], cfg["opt.beta2"], cfg["opt.eps"]
    t = t + 1
    tf = t.astype(jnp.float32)
    p = p * (1 - lr * wd)
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    p = p - lr / (1 - b1 ** tf) * m / (jnp.sqrt(v) / jnp.sqrt(1 - b2 ** tf) + eps)
    return p, m, v, t


def make_step(cfg, train, epoch, sched):
    frozen_now = {k for k in train if epoch < cfg["freeze_last_layer"] and "last_layer" in k}

    def step(st, crops):
        fixed = {k: x for k, x in st["p"].items() if k not in train}
        inp = {"global": crops["global"], "local": crops["local"], "center": st["center"],
               "pcenter": st["pcenter"], "teacher_temp": sched["teacher_temp"]}

        def f(tp):
            return ref_step.losses({**fixed, **tp}, st["teacher"], cfg, inp)

        (total, (l_cls, l_pat, t_cls, t_pat)), grads = jax.value_and_grad(f, has_aux=True)({k: st["p"][k] for k in train})
        out = {"p": dict(st["p"]), "m": dict(st["m"]), "v": dict(st["v"]), "t": dict(st["t"])}
        out["center"], out["pcenter"] = ref_step.centres(cfg, inp, t_cls, t_pat)
        for k in train:
            if k in frozen_now:
                continue
            wd = 0.0 if k.endswith(".bias") or st["p"][k].ndim == 1 else sched["wd"]
            out["p"][k], out["m"][k], out["v"][k], out["t"][k] = adamw(
                cfg, st["p"][k], st["m"][k], st["v"][k], st["t"][k], grads[k], sched["lr"], wd)
        mom = sched["momentum"]
        out["teacher"] = {k: mom * st["teacher"][k] + (1 - mom) * out["p"][k] for k in st["p"]}
        return out, jnp.stack([total, l_cls, l_pat])

    return jax.jit(step, donate_argnums=(0,))


def passc_loss(d):
    with safe_open(os.path.join(d, "outputs.safetensors"), "np") as f:
        return float(f.get_tensor("loss.total"))


def xla_flops(compiled):
    try:
        ca = compiled.cost_analysis()
        ca = ca[0] if isinstance(ca, (list, tuple)) else ca
        return float(ca.get("flops", 0.0))
    except Exception:  # cost analysis is informational; older jaxlibs differ
        return 0.0


def run(a):
    cfg, st, crops, sched, epoch, train = load_state(a.dir)
    t0 = time.perf_counter()
    step = make_step(cfg, train, epoch, sched).lower(st, crops).compile()
    res = {"twin": "jax_dino_pass", "jax": jax.__version__, "device": "cpu", "precision": "fp32",
           "batch": cfg["batch"], "config": cfg, "compile_s": time.perf_counter() - t0, "xla_flops": xla_flops(step)}
    times, losses = [], []
    for i in range(a.warmup + a.steps):
        t0 = time.perf_counter()
        st, loss = step(st, crops)
        loss = np.asarray(jax.block_until_ready(loss))
        jax.block_until_ready(st)
        if i == 0:
            res["first_step_s"] = time.perf_counter() - t0
        if i >= a.warmup:
            times.append(time.perf_counter() - t0)
        losses.append(loss)
    times = np.array(times) * 1e3
    ref = passc_loss(a.dir)
    res.update({
        "status": "ok" if np.all(np.isfinite(np.array(losses))) else "nonfinite",
        "steps": a.steps, "warmup": a.warmup,
        "ms_median": float(np.median(times)), "ms_p10": float(np.percentile(times, 10)),
        "ms_p90": float(np.percentile(times, 90)), "ms_mean": float(times.mean()),
        "img_per_s": cfg["batch"] / float(np.median(times)) * 1e3,
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "first_loss": {"total": float(losses[0][0]), "dino": float(losses[0][1]), "pass": float(losses[0][2])},
        "last_loss": float(losses[-1][0]), "passc_loss": ref,
        "loss_rel_diff": abs(float(losses[0][0]) - ref) / max(abs(ref), 1e-12),
    })
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", help="passc --dump-step directory")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--json", default="")
    a = ap.parse_args()
    res = run(a)
    line = json.dumps(res, sort_keys=True)
    print(line, flush=True)
    if a.json:
        with open(a.json, "w") as f:
            f.write(line + "\n")
    return 0 if res["status"] == "ok" else 3


if __name__ == "__main__":
    sys.exit(main())
