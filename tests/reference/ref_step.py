"""ref_step.py — an independent reference for one DINO + PASS training step.

Written from shared/spec/dino_pass.md alone (sections 1-5, 7.3), with JAX on
the CPU in f64 and JAX's own autodiff; it shares no code and no graph with
passc.  Reads DIR/weights.safetensors and DIR/inputs.safetensors written by
`passc MODEL --dump-step DIR`, recomputes every tensor of
DIR/outputs.safetensors (losses, gradients, centres, post-step student,
teacher and Adam state) and compares them.

Comparison: per tensor, max|passc - ref| <= tol * max(max|ref|, 1e-9); for
the post-step parameters and teacher also the change of the step
(after - before), which is small next to the values themselves.
Exit status 0 when everything agrees, 1 otherwise.

Usage: python ref_step.py DIR [--tol 1e-5]
"""
import argparse
import math
import sys

import jax
jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from safetensors import safe_open  # noqa: E402
from safetensors.numpy import load_file  # noqa: E402


# ------------------------------------------------------------------ layers

def linear(p, name, x, bias=True):
    y = x @ p[name + ".weight"].T
    return y + p[name + ".bias"] if bias else y


def layer_norm(p, name, x, eps=1e-6):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)  # biased
    return (x - mu) / jnp.sqrt(var + eps) * p[name + ".weight"] + p[name + ".bias"]


def gelu(x):
    return 0.5 * x * (1 + jax.scipy.special.erf(x / math.sqrt(2)))


def mlp(p, name, x):
    return linear(p, name + ".fc2", gelu(linear(p, name + ".fc1", x)))


def heads_split(x, h):  # (b, t, D) -> (b, h, t, dh)
    b, t, d = x.shape
    return x.reshape(b, t, h, d // h).transpose(0, 2, 1, 3)


def heads_merge(x):  # (b, h, t, dh) -> (b, t, D)
    b, h, t, dh = x.shape
    return x.transpose(0, 2, 1, 3).reshape(b, t, h * dh)


def attend(q, k, v):
    a = jax.nn.softmax(q @ k.swapaxes(-1, -2) * q.shape[-1] ** -0.5, axis=-1)
    return a @ v


# ---------------------------------------------------------------- backbone

def cubic_weights(t, A=-0.75):  # spec 1.3: taps at i0-1 .. i0+2
    w1 = lambda x: ((A + 2) * x - (A + 3)) * x * x + 1
    w2 = lambda x: ((A * x - 5 * A) * x + 8 * A) * x - 4 * A
    return [w2(t + 1), w1(t), w1(1 - t), w2(2 - t)]


def resize_matrix(n0, g):
    """Bicubic resample of n0 points to floor(n0*s) by scale s = (g+0.1)/n0."""
    s = (g + 0.1) / n0
    n = int(math.floor(n0 * s))
    r = np.zeros((n, n0))
    for d in range(n):
        src = (d + 0.5) / s - 0.5
        i0 = math.floor(src)
        for j, w in enumerate(cubic_weights(src - i0)):
            r[d, min(max(i0 - 1 + j, 0), n0 - 1)] += w
    return jnp.asarray(r)


def pos_embed_for(pos, g):
    n0 = int(round(math.sqrt(pos.shape[1])))
    if g == n0:
        return pos
    r = resize_matrix(n0, g)
    grid = pos[0].reshape(n0, n0, -1)
    out = jnp.einsum("ia,jb,abd->ijd", r, r, grid)
    return out.reshape(1, g * g, -1)


def backbone(p, cfg, img):
    w = p["backbone.patch_embed.proj.weight"]
    pt = w.shape[-1]
    x = jax.lax.conv_general_dilated(img, w, (pt, pt), "VALID", dimension_numbers=("NCHW", "OIHW", "NCHW"))
    x = x + p["backbone.patch_embed.proj.bias"][None, :, None, None]
    b, d, n, _ = x.shape
    x = x.reshape(b, d, n * n).transpose(0, 2, 1)  # token r*n + c
    x = x + pos_embed_for(p["backbone.pos_embed"], n)
    for i in range(cfg["depth"]):
        pre = "backbone.blocks.%d" % i
        h = linear(p, pre + ".attn.qkv", layer_norm(p, pre + ".norm1", x))
        q, k, v = jnp.split(h, 3, axis=-1)
        H = cfg["heads"]
        x = x + linear(p, pre + ".attn.proj", heads_merge(attend(heads_split(q, H), heads_split(k, H), heads_split(v, H))))
        x = x + mlp(p, pre + ".mlp", layer_norm(p, pre + ".norm2", x))
    return x


# --------------------------------------------------------- class attention

def ca_block(p, cfg, j, c, ctx):
    pre = "ca_head.cls_blocks.%d" % j
    u = layer_norm(p, pre + ".norm1", jnp.concatenate([c, ctx], axis=1))
    H = cfg["heads"]
    q = heads_split(linear(p, pre + ".attn.q", u[:, :1]), H)
    k = heads_split(linear(p, pre + ".attn.k", u), H)
    v = heads_split(linear(p, pre + ".attn.v", u), H)
    c = c + linear(p, pre + ".attn.proj", heads_merge(attend(q, k, v)))
    return c + mlp(p, pre + ".mlp", layer_norm(p, pre + ".norm2", c))


def pool(p, cfg, ctx):
    c = jnp.broadcast_to(p["ca_head.cls_token"], (ctx.shape[0], 1, ctx.shape[2]))
    for j in range(cfg["ca_depth"]):
        c = ca_block(p, cfg, j, c, ctx)
    return c


def dino_head(p, name, x):
    h = gelu(linear(p, name + ".mlp.0", x))
    h = gelu(linear(p, name + ".mlp.2", h))
    z = linear(p, name + ".mlp.4", h)
    z = z / jnp.maximum(jnp.linalg.norm(z, axis=-1, keepdims=True), 1e-12)
    v = p[name + ".last_layer.weight_v"]
    w = p[name + ".last_layer.weight_g"] * v / jnp.linalg.norm(v, axis=-1, keepdims=True)
    return z @ w.T


def heads_out(p, z):
    return dino_head(p, "c_head", z[:, :1]), dino_head(p, "p_head", z[:, 1:])


# -------------------------------------------------------------- PASS match

def neighbour_table(n):  # spec 4.3a: torus 3x3 window minus self, ascending
    rows = []
    for i in range(n * n):
        r, c = divmod(i, n)
        s = {((r + dr) % n) * n + (c + dc) % n for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc}
        rows.append(sorted(s))
    return np.array(rows)


def student_predict(p, cfg, img):
    f = backbone(p, cfg, img)
    z = layer_norm(p, "ca_head.norm", jnp.concatenate([pool(p, cfg, f), f], axis=1))
    return heads_out(p, z)


def teacher_targets(t, cfg, img):
    f = backbone(t, cfg, img)
    m, N, D = f.shape
    table = neighbour_table(int(round(math.sqrt(N))))
    fh = f / jnp.maximum(jnp.linalg.norm(f, axis=-1, keepdims=True), 1e-12)
    sim = jnp.einsum("mijd,mid->mij", fh[:, table], fh)
    _, top = jax.lax.top_k(sim, cfg["k"])
    idx = jnp.take_along_axis(jnp.broadcast_to(table, (m,) + table.shape), top, axis=2)  # (m, N, k)
    pos = f[jnp.arange(m)[:, None, None], idx]  # (m, N, k, D)
    y = pool(t, cfg, pos.reshape(m * N, cfg["k"], D)).reshape(m, N, D)
    z = layer_norm(t, "ca_head.norm", jnp.concatenate([pool(t, cfg, f), y], axis=1))
    return heads_out(t, z)


# --------------------------------------------------------------- the loss

def ce(t, s, center, tt, ts):
    q = jax.nn.softmax((t - center) / tt, axis=-1)
    return jnp.mean(-jnp.sum(q * jax.nn.log_softmax(s / ts, axis=-1), axis=-1))


def per_crop(x, B):
    return [x[i * B:(i + 1) * B] for i in range(x.shape[0] // B)]


def losses(p, teacher, cfg, inp):
    B, ts, tt = cfg["batch"], cfg["student_temp"], inp["teacher_temp"]
    t_cls, t_pat, s_cls, s_pat = [], [], [], []
    for crops in (inp["global"], inp["local"]):  # crop-major groups, globals first
        tc, tp = teacher_targets(teacher, cfg, crops)
        sc, sp = student_predict(p, cfg, crops)
        t_cls += per_crop(jax.lax.stop_gradient(tc), B)
        t_pat += per_crop(jax.lax.stop_gradient(tp), B)
        s_cls += per_crop(sc, B)
        s_pat += per_crop(sp, B)
    C = len(s_cls)
    cc, cp = inp["center"].reshape(1, 1, -1), inp["pcenter"]
    pairs = [ce(t_cls[a], s_cls[v], cc, tt, ts) for a in range(2) for v in range(C) if v != a]
    l_cls = sum(pairs) / len(pairs)
    l_pat = sum(ce(t_pat[v], s_pat[v], cp, tt, ts) for v in range(C)) / C
    total = l_cls + cfg["patch_loss_weight"] * l_pat
    return total, (l_cls, l_pat, t_cls, t_pat)


def centres(cfg, inp, t_cls, t_pat):
    m, dev = cfg["center_momentum"], cfg["devices"]
    all_cls = jnp.concatenate(t_cls, axis=0).reshape(-1, t_cls[0].shape[-1])
    all_pat = jnp.concatenate([x.reshape(-1, x.shape[-1]) for x in t_pat], axis=0)
    c = m * inp["center"] + (1 - m) * all_cls.sum(0, keepdims=True) / (all_cls.shape[0] * dev)
    pc = m * inp["pcenter"] + (1 - m) * all_pat.sum(0, keepdims=True) / (all_pat.shape[0] * dev)
    return c, pc


# -------------------------------------------------------------- optimizer

def trainable(cfg, name):  # spec 3.1 / 5.1: g is frozen when norm_last_layer
    return not (cfg["norm_last_layer"] and name.endswith("last_layer.weight_g"))


def adamw(cfg, w, name, g, inp):
    """Returns new (p, m, v, t) of one parameter (spec 5.2, 5.5, 5.6)."""
    p, m, v, t = w[name], w["adam_m." + name], w["adam_v." + name], int(w["adam_t." + name])
    if inp["epoch"] < cfg["freeze_last_layer"] and "last_layer" in name:
        return p, m, v, t
    clip = cfg["opt.clip_grad"]
    if clip > 0:
        coef = clip / (jnp.sqrt(jnp.sum(g * g)) + 1e-6)
        g = jnp.where(coef < 1, g * coef, g)
    lr, b1, b2, eps = inp["lr"], cfg["opt.beta1"], cfg["opt.beta2"], cfg["opt.eps"]
    wd = 0.0 if name.endswith(".bias") or p.ndim == 1 else inp["wd"]
    t += 1
    p = p * (1 - lr * wd)
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    p = p - lr / (1 - b1 ** t) * m / (jnp.sqrt(v) / math.sqrt(1 - b2 ** t) + eps)
    return p, m, v, t


def reference(w, inp, cfg):
    names = [k for k in w if k.split(".")[0] in ("backbone", "ca_head", "c_head", "p_head")]
    teacher = {k: w["teacher." + k] for k in names}
    train = [k for k in names if trainable(cfg, k)]
    frozen = {k: w[k] for k in names if k not in train}

    def f(tp):
        return losses({**frozen, **tp}, teacher, cfg, inp)

    vg = jax.jit(jax.value_and_grad(f, has_aux=True))
    (total, (l_cls, l_pat, t_cls, t_pat)), grads = vg({k: w[k] for k in train})
    out = {"loss.total": total, "loss.dino": l_cls, "loss.pass": l_pat}
    out["center"], out["pcenter"] = centres(cfg, inp, t_cls, t_pat)
    mom = inp["momentum"]
    for k in names:
        p = w[k]
        if k in train:
            out["grad." + k] = grads[k]
            p, out["step.adam_m." + k], out["step.adam_v." + k], out["step.adam_t." + k] = adamw(cfg, w, k, grads[k], inp)
        out["step." + k] = p
        out["step.teacher." + k] = mom * teacher[k] + (1 - mom) * p
    return out


# ----------------------------------------------------------------- driver

def read_config(path):
    with safe_open(path, "np") as f:
        meta = f.metadata() or {}
    cfg = {}
    for k, v in meta.items():
        key = k[len("const."):] if k.startswith("const.") else k
        cfg[key] = float(v) if any(ch in v for ch in ".en") else int(v)
    cfg["norm_last_layer"] = bool(cfg.get("norm_last_layer", 1))
    cfg.setdefault("devices", 1)
    return cfg


FLOOR = 1e-9


def compare(name, got, want, tol, base=None):
    got, want = np.asarray(got, np.float64), np.asarray(want, np.float64)
    if base is not None:  # compare the change of the step
        got, want = got - base, want - base
    if got.shape != want.shape:
        return "%s: shape %s vs %s" % (name, got.shape, want.shape)
    # magnitudes below FLOOR count as zero: the key biases of attention have
    # an exactly zero gradient (softmax ignores a shift) that both sides
    # compute as rounding noise of ~1e-17
    scale = max(float(np.max(np.abs(want))) if want.size else 0.0, FLOOR)
    err = float(np.max(np.abs(got - want))) / scale if want.size else 0.0
    return None if err <= tol else "%s: rel err %.3g" % (name, err)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--tol", type=float, default=1e-5)
    a = ap.parse_args()
    w = {k: jnp.asarray(v) for k, v in load_file(a.dir + "/weights.safetensors").items()}
    inp = {k: jnp.asarray(v) for k, v in load_file(a.dir + "/inputs.safetensors").items()}
    got = load_file(a.dir + "/outputs.safetensors")
    cfg = read_config(a.dir + "/inputs.safetensors")
    for k in ("teacher_temp", "lr", "wd", "momentum"):
        inp[k] = float(inp[k])
    inp["epoch"] = int(inp["epoch"])
    ref = reference(w, inp, cfg)
    bad, n = [], 0
    for k, v in got.items():
        if k not in ref:
            bad.append("%s: not computed by the reference" % k)
            continue
        n += 1
        msg = compare(k, v, ref[k], a.tol)
        if msg is None and k.startswith("step.") and k[5:] in w and not k.startswith("step.adam_"):
            msg = compare(k + " (change)", v, ref[k], a.tol, base=np.asarray(w[k[5:]]))
        if msg:
            bad.append(msg)
    missing = sorted(set(ref) - set(got))
    bad += ["%s: missing from outputs" % k for k in missing]
    for m in bad:
        print("MISMATCH", m)
    print("reference: %d tensors compared, %d mismatches (tol %g)" % (n, len(bad), a.tol))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
