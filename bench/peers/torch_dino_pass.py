#!/usr/bin/env python3
"""PyTorch twin of one DINO + PASS (SelfPatch) training step, for benchmarking passc.

What it does: builds the SelfPatch ViT-S/16 model of shared/spec/dino_pass.md (CLS-less backbone,
2-block class-attention head, c_head 65536 and p_head 4096 DINO heads with weight-normalised last
layers), an EMA teacher, and runs the full training step of spec sections 4 and 5 on synthetic random
batches: teacher forward with PASS positive matching, student forward, DINO + 0.1 * patch loss,
centre updates, backward, per-tensor clipping, last-layer freeze, AdamW with decay groups, EMA.

Expects: torch (2.x), python stdlib; numpy is not needed. Runs on CUDA (timed with CUDA events)
or CPU (tiny configs, smoke test). Nothing is downloaded.

Produces: the first step's loss terms, the parameter counts, ms/step (median, p10, p90), img/s,
peak memory, the analytic FLOP count of one step and the achieved TFLOP/s, as one final JSON line
on stdout and optionally in --json OUT.json. Exit status 2 when torch.compile fails (reported in
the JSON, never hidden by an eager fallback), 3 when a loss is not finite.
"""
import argparse
import json
import math
import statistics
import struct
import sys
import time
import traceback

import torch
import torch.nn as nn
import torch.nn.functional as F

FULL_TOTAL_PARAMS = 54128384      # spec 4.8 / 7.3, ViT-S/16 + CA head + 65536 and 4096 heads
FULL_TRAINABLE_PARAMS = 54058752  # minus the frozen weight_g of both heads (65536 + 4096)


# ----------------------------------------------------------------------------------------------
# init helpers (spec 1.6, 2.3, 3.1)

def init_trunc(t):
    # std 0.02 truncated at absolute +-2 (i.e. +-100 sigma), as DINO's trunc_normal_
    if t.device.type != "meta":
        nn.init.trunc_normal_(t, std=0.02, a=-2.0, b=2.0)


def init_linear(lin):
    init_trunc(lin.weight)
    if lin.bias is not None and lin.bias.device.type != "meta":
        nn.init.zeros_(lin.bias)


def init_uniform(t, fan_in):
    # PyTorch's default Linear/Conv init: U(-1/sqrt(fan_in), 1/sqrt(fan_in))
    if t.device.type != "meta":
        bound = 1.0 / math.sqrt(fan_in)
        nn.init.uniform_(t, -bound, bound)


def drop_path(x, rate, training):
    # spec 1.4: per-sample mask floor(keep + u), output x / keep * mask
    if rate == 0.0 or not training:
        return x
    keep = 1.0 - rate
    shape = (x.shape[0],) + (1,) * (x.ndim - 1)
    mask = torch.floor(keep + torch.rand(shape, dtype=x.dtype, device=x.device))
    return x.div(keep) * mask


# ----------------------------------------------------------------------------------------------
# backbone (spec 1.2-1.4, 1.7)

class Mlp(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x):
        return self.fc2(F.gelu(self.fc1(x)))  # exact (erf) GELU


class Attention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        M, T, D = x.shape
        qkv = self.qkv(x).reshape(M, T, 3, self.heads, D // self.heads).permute(2, 0, 3, 1, 4)
        o = F.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2])  # scale dh^-0.5
        return self.proj(o.transpose(1, 2).reshape(M, T, D))


class Block(nn.Module):
    def __init__(self, dim, heads, dp):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = Attention(dim, heads)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.mlp = Mlp(dim, 4 * dim)
        self.dp = dp

    def forward(self, x):
        x = x + drop_path(self.attn(self.norm1(x)), self.dp, self.training)
        return x + drop_path(self.mlp(self.norm2(x)), self.dp, self.training)


class PatchEmbed(nn.Module):
    def __init__(self, patch, dim):
        super().__init__()
        self.proj = nn.Conv2d(3, dim, kernel_size=patch, stride=patch)

    def forward(self, x):
        return self.proj(x).flatten(2).transpose(1, 2)  # token t = r*n + c


class Backbone(nn.Module):
    """SelfPatch ViT: no CLS token, no final norm; returns raw last-block patch tokens."""

    def __init__(self, cfg, drop_path_rate):
        super().__init__()
        D, self.patch = cfg.dim, cfg.patch
        self.n0 = cfg.global_size // cfg.patch
        self.pos_embed = nn.Parameter(torch.zeros(1, self.n0 * self.n0, D))
        self.patch_embed = PatchEmbed(cfg.patch, D)
        rates = [r.item() for r in torch.linspace(0, drop_path_rate, cfg.depth, device="cpu")]
        self.blocks = nn.ModuleList([Block(D, cfg.heads, r) for r in rates])
        init_trunc(self.pos_embed)
        for blk in self.blocks:
            for lin in (blk.attn.qkv, blk.attn.proj, blk.mlp.fc1, blk.mlp.fc2):
                init_linear(lin)
        fan_in = 3 * cfg.patch * cfg.patch  # the conv keeps PyTorch's default init (spec 1.6)
        init_uniform(self.patch_embed.proj.weight, fan_in)
        init_uniform(self.patch_embed.proj.bias, fan_in)

    def pos_for(self, h, w):
        # spec 1.3 step 4: bicubic by SCALE FACTOR (g + 0.1) / n0, align_corners False, fp32
        gh, gw = h // self.patch, w // self.patch
        if gh * gw == self.n0 * self.n0 and h == w:
            return self.pos_embed
        D = self.pos_embed.shape[-1]
        grid = self.pos_embed.float().reshape(1, self.n0, self.n0, D).permute(0, 3, 1, 2)
        sh, sw = (gh + 0.1) / self.n0, (gw + 0.1) / self.n0
        with torch.autocast(device_type=grid.device.type, enabled=False):
            out = F.interpolate(grid, scale_factor=(sh, sw), mode="bicubic", align_corners=False)
        assert out.shape[-2:] == (gh, gw), "pos_embed interpolation produced the wrong grid"
        return out.permute(0, 2, 3, 1).reshape(1, gh * gw, D)

    def forward(self, x):
        t = self.patch_embed(x) + self.pos_for(x.shape[2], x.shape[3])
        for blk in self.blocks:
            t = blk(t)
        return t


# ----------------------------------------------------------------------------------------------
# class-attention head (spec 2.1, 2.3, 4.3)

class ClassAttn(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, u):
        R, T, D = u.shape
        H, dh = self.heads, D // self.heads
        q = self.q(u[:, :1]).reshape(R, 1, H, dh).transpose(1, 2)  # only the class row queries
        k = self.k(u).reshape(R, T, H, dh).transpose(1, 2)
        v = self.v(u).reshape(R, T, H, dh).transpose(1, 2)
        o = F.scaled_dot_product_attention(q, k, v)
        return self.proj(o.transpose(1, 2).reshape(R, 1, D))


class CABlock(nn.Module):
    """CaiT class-attention block without LayerScale (gamma = 1), drop path 0."""

    def __init__(self, dim, heads):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = ClassAttn(dim, heads)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.mlp = Mlp(dim, 4 * dim)

    def forward(self, ctx, c):
        c = c + self.attn(self.norm1(torch.cat([c, ctx], dim=1)))
        return c + self.mlp(self.norm2(c))


def neighbour_table(n):
    """spec 4.3 (a): for patch i = r*n+c, the 8 torus-window offsets (dr,dc) != (0,0), indices mod n,
    sorted ascending. For n >= 3 these are 8 distinct patches (the spec's set); for n < 3 (tiny
    test grids only) the wrapped offsets repeat and the list keeps the repeats."""
    rows = []
    for r in range(n):
        for c in range(n):
            nb = [((r + dr) % n) * n + (c + dc) % n
                  for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
            rows.append(sorted(nb))
    return torch.tensor(rows, dtype=torch.long)


class CAHead(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        D = cfg.dim
        self.cls_token = nn.Parameter(torch.zeros(1, 1, D))
        self.cls_blocks = nn.ModuleList([CABlock(D, cfg.heads) for _ in range(2)])
        self.norm = nn.LayerNorm(D, eps=1e-6)
        self.k = cfg.k
        init_trunc(self.cls_token)
        for blk in self.cls_blocks:
            for lin in (blk.attn.q, blk.attn.k, blk.attn.v, blk.attn.proj, blk.mlp.fc1, blk.mlp.fc2):
                init_linear(lin)
        # neighbour tables are plain (non-persistent) buffers: not parameters, not saved (spec 7.3)
        for n in sorted({cfg.global_size // cfg.patch, cfg.local_size // cfg.patch}):
            self.register_buffer(f"nbr_{n}", neighbour_table(n), persistent=False)

    def aggregate(self, ctx):
        c = self.cls_token.expand(ctx.shape[0], -1, -1)
        for blk in self.cls_blocks:
            c = blk(ctx, c)
        return c

    def positives(self, f):
        """spec 4.3 (a)-(e): torus neighbours, cosine top-k, gather, CA aggregation per patch."""
        M, N, D = f.shape
        nbr = getattr(self, f"nbr_{math.isqrt(N)}")              # (N, 8)
        fn = F.normalize(f.float(), dim=-1)                       # max(||f||, 1e-12)
        sim = torch.einsum("mnjd,mnd->mnj", fn[:, nbr], fn)       # (M, N, 8)
        pos = sim.topk(self.k, dim=-1).indices                    # positions 0..7
        idx = nbr.expand(M, N, 8).gather(2, pos)                  # flat token indices (M, N, k)
        g = f.gather(1, idx.reshape(M, N * self.k, 1).expand(-1, -1, D))
        y = self.aggregate(g.reshape(M * N, self.k, D))           # fresh cls_token per patch
        return y.reshape(M, N, D)

    def forward(self, f, loc):
        c = self.aggregate(f)                                     # image-level: all N tokens
        toks = self.positives(f) if loc else f
        return self.norm(torch.cat([c, toks], dim=1))


# ----------------------------------------------------------------------------------------------
# DINO head (spec 3.1)

class WeightNormLinear(nn.Module):
    """Legacy nn.utils.weight_norm layout: weight_g (K,1), weight_v (K,bn); W_j = g_j v_j/||v_j||."""

    def __init__(self, bn, out):
        super().__init__()
        self.weight_g = nn.Parameter(torch.ones(out, 1))
        self.weight_v = nn.Parameter(torch.empty(out, bn))
        init_uniform(self.weight_v, bn)

    def forward(self, x):
        w = self.weight_g * (self.weight_v / self.weight_v.norm(dim=1, keepdim=True))
        return F.linear(x, w)


class DINOHead(nn.Module):
    def __init__(self, in_dim, out_dim, hidden, bn):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(in_dim, hidden), nn.GELU(),
                                 nn.Linear(hidden, hidden), nn.GELU(),
                                 nn.Linear(hidden, bn))
        for i in (0, 2, 4):
            init_linear(self.mlp[i])
        self.last_layer = WeightNormLinear(bn, out_dim)  # created after the init pass
        self.last_layer.weight_g.requires_grad_(False)  # norm_last_layer True: g frozen

    def forward(self, x):
        return self.last_layer(F.normalize(self.mlp(x), dim=-1))


class SelfPatch(nn.Module):
    def __init__(self, cfg, drop_path_rate):
        super().__init__()
        self.backbone = Backbone(cfg, drop_path_rate)
        self.ca_head = CAHead(cfg)
        self.c_head = DINOHead(cfg.dim, cfg.out_dim, cfg.head_hidden, cfg.bottleneck)
        self.use_pass = cfg.use_pass
        if cfg.use_pass:
            self.p_head = DINOHead(cfg.dim, cfg.patch_out_dim, cfg.head_hidden, cfg.bottleneck)

    def forward(self, x, loc=False):
        z = self.ca_head(self.backbone(x), loc and self.use_pass)
        cls = self.c_head(z[:, 0])
        pat = self.p_head(z[:, 1:]) if self.use_pass else None
        return cls, pat


# ----------------------------------------------------------------------------------------------
# safetensors (read/write with stdlib + torch only)

ST_DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
             "F64": torch.float64, "I64": torch.int64, "I32": torch.int32}


def read_safetensors(path):
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] not in ST_DTYPES:
            raise ValueError(f"{path}: tensor {name}: unsupported dtype {info['dtype']}")
        b, e = info["data_offsets"]
        dt = ST_DTYPES[info["dtype"]]
        flat = torch.frombuffer(bytearray(data[b:e]), dtype=dt) if e > b else torch.empty(0, dtype=dt)
        out[name] = flat.reshape(info["shape"]).clone()
    return out


def write_safetensors(path, tensors):
    names = {v: k for k, v in ST_DTYPES.items()}
    header, blobs, off = {}, [], 0
    for name, t in tensors.items():
        raw = t.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy().tobytes() \
            if t.numel() else b""
        header[name] = {"dtype": names[t.dtype], "shape": list(t.shape),
                        "data_offsets": [off, off + len(raw)]}
        blobs.append(raw)
        off += len(raw)
    hj = json.dumps(header).encode()
    hj += b" " * ((8 - len(hj) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hj)))
        f.write(hj)
        for raw in blobs:
            f.write(raw)


def load_teacher(teacher, path):
    """The teacher's weights from an --init file that has them as "teacher." + name (passc's
    --dump-step; an optional "module." prefix after "teacher." is stripped, as in load_init). A file
    with no teacher keeps the teacher a copy of the student; one with only some is an error."""
    sd = {}
    for k, v in read_safetensors(path).items():
        if k.startswith("teacher."):
            sd[k[len("teacher."):].removeprefix("module.")] = v
    if not sd:
        return
    own = dict(teacher.named_parameters())
    missing = sorted(set(own) - set(sd))
    if missing:
        raise ValueError(f"{path}: teacher weights without {len(missing)} parameters, e.g. {missing[:3]}")
    with torch.no_grad():
        for name, p in own.items():
            if sd[name].numel() != p.numel():
                raise ValueError(f"{path}: teacher.{name}: shape {tuple(sd[name].shape)} != {tuple(p.shape)}")
            p.copy_(sd[name].reshape(p.shape).to(p.dtype))


def load_init(model, path):
    sd = {k.removeprefix("module."): v for k, v in read_safetensors(path).items()}
    own = dict(model.named_parameters())
    missing = sorted(set(own) - set(sd))
    if missing:
        raise ValueError(f"{path}: missing {len(missing)} parameters, e.g. {missing[:3]}")
    with torch.no_grad():
        for name, p in own.items():
            if tuple(sd[name].shape) != tuple(p.shape):
                raise ValueError(f"{path}: {name}: shape {tuple(sd[name].shape)} != {tuple(p.shape)}")
            p.copy_(sd[name].to(p.dtype))
    return sorted(set(sd) - set(own))  # extra keys (ignored), e.g. dino_loss.center


# ----------------------------------------------------------------------------------------------
# schedules (spec 3.5, 5.3)

def sched(base, final, E, I, it, Ew=0, start=0.0):
    """Entry `it` of DINO's cosine_scheduler(base, final, E, I, Ew, start)."""
    nw = Ew * I
    if it < nw:
        return start + (base - start) * (it / (nw - 1) if nw > 1 else 1.0)
    L = E * I - nw
    return final + 0.5 * (base - final) * (1 + math.cos(math.pi * (it - nw) / L))


def teacher_temp(epoch, warm=0.04, final=0.07, Ew=30):
    if epoch < Ew:
        return warm + (final - warm) * (epoch / (Ew - 1) if Ew > 1 else 1.0)
    return final


# ----------------------------------------------------------------------------------------------
# loss (spec 4.5) and FLOP count

def dino_pass_loss(s_cls, t_cls, s_pats, t_pats, cc, cp, tt, C, B, use_pass):
    """Fp32 loss with the OLD centres. s_cls (C*B,K); t_cls rows of crops 0,1 are the targets.
    s_pats/t_pats: per crop group (M,N,Kp). Returns total, L_cls, L_pat."""
    with torch.autocast(device_type=s_cls.device.type, enabled=False):
        ls = F.log_softmax(s_cls.float() / 0.1, dim=-1).reshape(C, B, -1)       # tau_s = 0.1
        q = F.softmax((t_cls[:2 * B].float() - cc) / tt, dim=-1).reshape(2, B, -1)
        ce = -torch.einsum("abk,vbk->av", q, ls) / B                            # (2, C) batch means
        off_diag = 1.0 - torch.eye(2, C, device=ce.device, dtype=ce.dtype)
        l_cls = (ce * off_diag).sum() / (2 * C - 2)
        if not use_pass:
            return l_cls, l_cls, torch.zeros_like(l_cls)
        per_crop = []
        for sp, tp in zip(s_pats, t_pats):
            qp = F.softmax((tp.float() - cp) / tt, dim=-1)
            tok = -(qp * F.log_softmax(sp.float() / 0.1, dim=-1)).sum(-1)       # (M, N)
            per_crop.append(tok.reshape(-1, B * tok.shape[1]).mean(1))          # crop-major rows
        l_pat = torch.cat(per_crop).mean()
        return l_cls + 0.1 * l_pat, l_cls, l_pat


def flops_step(cfg, B):
    """Matmul + attention FLOPs (2 per MAC) of one step: student fwd x3 (fwd+bwd), teacher fwd x1.
    LN, softmax, GELU, loss, weight-norm and optimizer elementwise work are not counted."""
    D, L, p, k = cfg.dim, cfg.depth, cfg.patch, cfg.k

    def vit(M, N):
        return 2 * M * N * 3 * p * p * D + L * (24 * M * N * D * D + 4 * M * N * N * D)

    def ca(R, T):  # two CA blocks, class row only queries: q, k, v, proj, mlp, attention
        return 2 * R * (20 * D * D + 4 * T * D * D + 4 * T * D)

    def head(R, K):
        h, bn = cfg.head_hidden, cfg.bottleneck
        return 2 * R * (D * h + h * h + h * bn + bn * K)

    def fwd(M, N, teacher):
        f = vit(M, N) + ca(M, 1 + N) + head(M, cfg.out_dim)
        if cfg.use_pass:
            f += head(M * N, cfg.patch_out_dim)
            if teacher:
                f += 2 * M * N * 8 * D + ca(M * N, 1 + k)
        return f

    ng, nl = (cfg.global_size // p) ** 2, (cfg.local_size // p) ** 2
    Mg, Ml = 2 * B, cfg.local_crops * B
    student = fwd(Mg, ng, False) + (fwd(Ml, nl, False) if Ml else 0)
    teacher = fwd(Mg, ng, True) + (fwd(Ml, nl, True) if (Ml and cfg.use_pass) else 0)
    return 3 * student + teacher


# ----------------------------------------------------------------------------------------------
# trainer (spec 5)

class Trainer:
    def __init__(self, cfg, dev):
        self.cfg, self.dev = cfg, dev
        torch.manual_seed(cfg.seed)
        self.student = SelfPatch(cfg, cfg.drop_path).to(dev)
        self.extra_keys = load_init(self.student, cfg.init) if cfg.init else []
        if cfg.save_init:
            write_safetensors(cfg.save_init, dict(self.student.named_parameters()))
        self.teacher = SelfPatch(cfg, 0.0).to(dev)   # teacher built with drop path 0
        self.teacher.load_state_dict(self.student.state_dict())
        if cfg.init:  # passc's --dump-step also holds the teacher ("teacher." + name)
            load_teacher(self.teacher, cfg.init)
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.s_params = [p for _, p in self.student.named_parameters()]
        self.t_params = [p for _, p in self.teacher.named_parameters()]
        self.optim = self._make_optimizer()
        self.last_layer = [p for n, p in self.student.named_parameters() if "last_layer" in n]
        self.cc = torch.zeros(cfg.out_dim, device=dev)
        self.cp = torch.zeros(cfg.patch_out_dim, device=dev)
        self.tt = None  # the teacher temperature of every step when --inputs fixes it
        self.C = 2 + cfg.local_crops
        self.teacher_fn, self.student_fn = self._teacher_step, self._student_step
        if cfg.mode == "compile":
            self.teacher_fn = torch.compile(self._teacher_step, dynamic=False)
            self.student_fn = torch.compile(self._student_step, dynamic=False)

    def _make_optimizer(self):
        # spec 5.1: skip frozen params; biases and 1-D tensors get wd 0; the rest is regularized
        reg, noreg = [], []
        for n, p in self.student.named_parameters():
            if not p.requires_grad:
                continue
            (noreg if n.endswith(".bias") or p.ndim == 1 else reg).append(p)
        groups = [{"params": reg}, {"params": noreg, "weight_decay": 0.0}]
        kw = {"fused": True} if self.dev.type == "cuda" else {}
        return torch.optim.AdamW(groups, lr=0.0, betas=(0.9, 0.999), eps=1e-8, **kw)

    def _autocast(self):
        return torch.autocast(self.dev.type, dtype=torch.bfloat16,
                              enabled=self.cfg.precision == "bf16")

    def _teacher_step(self, xg, xl):
        """Teacher outputs and the batch centres (spec 4.3, 4.6; DINO 3.4 without PASS)."""
        B, cfg = xg.shape[0] // 2, self.cfg
        with torch.no_grad(), self._autocast():
            cg, pg = self.teacher(xg, loc=True)
            if cfg.use_pass and cfg.local_crops:
                cl, pl = self.teacher(xl, loc=True)
                cls, pats = torch.cat([cg, cl]), [pg, pl]
            else:
                cls, pats = cg, [pg] if cfg.use_pass else []
            bc_cls = cls.float().mean(0)  # PASS: all C*B rows; DINO only: the 2B global rows
            ntok = sum(p.shape[0] * p.shape[1] for p in pats)
            bc_pat = sum(p.float().sum((0, 1)) for p in pats) / ntok if pats else None
        return cls, pats, bc_cls, bc_pat

    def _student_step(self, xg, xl, t_cls, t_pats, cc, cp, tt):
        B, cfg = xg.shape[0] // 2, self.cfg
        with self._autocast():
            cg, pg = self.student(xg)
            if cfg.local_crops:
                cl, pl = self.student(xl)
                s_cls, s_pats = torch.cat([cg, cl]), [pg, pl]
            else:
                s_cls, s_pats = cg, [pg]
        return dino_pass_loss(s_cls, t_cls, s_pats, t_pats, cc, cp, tt, self.C, B, cfg.use_pass)

    def step(self, it, xg, xl):
        cfg = self.cfg
        E, I = cfg.epochs, cfg.iters_per_epoch
        epoch = it // I
        lr = sched(cfg.lr * cfg.global_batch / 256, cfg.min_lr, E, I, it, Ew=cfg.warmup_epochs)
        wd = sched(0.04, 0.4, E, I, it)
        m = sched(0.996, 1.0, E, I, it)
        for g in self.optim.param_groups:
            g["lr"] = lr
        self.optim.param_groups[0]["weight_decay"] = wd
        tt = torch.tensor(teacher_temp(epoch) if self.tt is None else self.tt, device=self.dev)
        t_cls, t_pats, bc_cls, bc_pat = self.teacher_fn(xg, xl)
        loss, l_cls, l_pat = self.student_fn(xg, xl, t_cls, t_pats, self.cc, self.cp, tt)
        with torch.no_grad():  # centres after the loss (spec 4.6)
            self.cc.mul_(0.9).add_(bc_cls, alpha=0.1)
            if bc_pat is not None:
                self.cp.mul_(0.9).add_(bc_pat, alpha=0.1)
        self.optim.zero_grad(set_to_none=True)
        loss.backward()
        self._clip(cfg.clip)
        if epoch < cfg.freeze_last_layer:  # spec 5.6: null gradient, AdamW skips the tensor
            for p in self.last_layer:
                p.grad = None
        self.optim.step()
        with torch.no_grad():  # spec 5.7: every pair, including the frozen weight_g
            torch._foreach_mul_(self.t_params, m)
            torch._foreach_add_(self.t_params, self.s_params, alpha=1.0 - m)
        return loss.detach(), l_cls.detach(), l_pat.detach()

    def _clip(self, clip):
        # spec 5.5: per tensor, coef = clip / (||g|| + 1e-6), applied when < 1
        if clip <= 0:
            return
        grads = [p.grad for p in self.s_params if p.grad is not None]
        norms = torch._foreach_norm(grads)
        coefs = (clip / (torch.stack(norms) + 1e-6)).clamp(max=1.0)
        for g, c in zip(grads, coefs.unbind()):
            g.mul_(c)


def count_params(model):
    total = sum(p.numel() for p in model.parameters())
    train = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return total, train


def is_full_size(cfg):
    return (cfg.depth, cfg.dim, cfg.heads, cfg.out_dim, cfg.patch_out_dim, cfg.patch,
            cfg.global_size, cfg.head_hidden, cfg.bottleneck) == \
        (12, 384, 6, 65536, 4096, 16, 224, 2048, 256)


def check_counts(cfg, total, train):
    print(f"params: total {total}, trainable {train}", flush=True)
    if cfg.use_pass and is_full_size(cfg):
        assert total == FULL_TOTAL_PARAMS, f"total params {total} != {FULL_TOTAL_PARAMS}"
        assert train == FULL_TRAINABLE_PARAMS, f"trainable params {train} != {FULL_TRAINABLE_PARAMS}"
        print("params: match the spec (54128384 / 54058752)", flush=True)


def make_inputs(cfg, dev):
    B = cfg.batch
    if cfg.inputs:
        t = read_safetensors(cfg.inputs)
        xg, xl = t["global"].float().to(dev), t.get("local", torch.empty(0)).float().to(dev)
    else:  # synthetic batch, drawn once and reused (data loading is not benchmarked)
        g = torch.Generator(device="cpu").manual_seed(cfg.seed + 1)
        xg = torch.randn(2 * B, 3, cfg.global_size, cfg.global_size, generator=g).to(dev)
        xl = torch.randn(cfg.local_crops * B, 3, cfg.local_size, cfg.local_size, generator=g).to(dev)
    assert xg.shape == (2 * B, 3, cfg.global_size, cfg.global_size), f"bad global input {xg.shape}"
    if cfg.local_crops:
        assert xl.shape == (cfg.local_crops * B, 3, cfg.local_size, cfg.local_size), \
            f"bad local input {xl.shape}"
    return xg, xl


def load_step_state(tr, path):
    """The loss state of passc's dumped step, where the --inputs file holds it: the centres
    ('center' (1,K), 'pcenter' (1,Kp)) and the teacher temperature ('teacher_temp', a scalar)."""
    t = read_safetensors(path)
    with torch.no_grad():
        if "center" in t:
            tr.cc.copy_(t["center"].reshape(-1).float())
        if "pcenter" in t:
            tr.cp.copy_(t["pcenter"].reshape(-1).float())
    if "teacher_temp" in t:
        tr.tt = float(t["teacher_temp"])


def percentile(xs, q):
    s = sorted(xs)
    pos = (len(s) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


class Timer:
    def __init__(self, dev):
        self.cuda = dev.type == "cuda"

    def start(self):
        if self.cuda:
            self.e0 = torch.cuda.Event(enable_timing=True)
            self.e0.record()
        else:
            self.t0 = time.perf_counter()

    def stop(self):
        """Returns a thunk giving ms, so CUDA steps are not synchronised one by one."""
        if self.cuda:
            e1 = torch.cuda.Event(enable_timing=True)
            e1.record()
            e0 = self.e0
            return lambda: e0.elapsed_time(e1)
        ms = (time.perf_counter() - self.t0) * 1e3
        return lambda: ms


def sync(dev):
    if dev.type == "cuda":
        torch.cuda.synchronize()


def run(cfg, result):
    dev = torch.device(cfg.device)
    if dev.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = cfg.tf32
        torch.backends.cudnn.allow_tf32 = cfg.tf32
        result["gpu"] = torch.cuda.get_device_name(dev)
    tr = Trainer(cfg, dev)
    total, train = count_params(tr.student)
    result["params_total"], result["params_trainable"] = total, train
    check_counts(cfg, total, train)
    if tr.extra_keys:
        print(f"init: ignored {len(tr.extra_keys)} extra keys, e.g. {tr.extra_keys[:3]}", flush=True)
    xg, xl = make_inputs(cfg, dev)
    if cfg.inputs:
        load_step_state(tr, cfg.inputs)
    flops = flops_step(cfg, cfg.batch)
    result["flops_per_step"] = flops
    print(f"flops/step (analytic, matmul+attention): {flops:.4e}", flush=True)

    losses, times, it = [], [], cfg.start_it
    t_first = time.perf_counter()
    try:
        first = tr.step(it, xg, xl)
    except Exception as e:  # a compile failure is reported, never replaced by eager
        result["status"] = "compile_failed" if cfg.mode == "compile" else "step_failed"
        result["error"] = f"{type(e).__name__}: {e}"[:2000]
        traceback.print_exc()
        return 2
    sync(dev)
    result["first_step_s"] = time.perf_counter() - t_first
    first = [x.item() for x in first]
    result["first_loss"] = {"total": first[0], "dino": first[1], "pass": first[2]}
    print(f"first step: loss total {first[0]:.6f} dino {first[1]:.6f} pass {first[2]:.6f} "
          f"({result['first_step_s']:.2f} s incl. compile)", flush=True)
    for _ in range(cfg.warmup - 1 if cfg.warmup > 0 else 0):
        it += 1
        tr.step(it, xg, xl)
    sync(dev)
    if dev.type == "cuda":
        torch.cuda.reset_peak_memory_stats(dev)
    timer = Timer(dev)
    for _ in range(cfg.steps):
        it += 1
        timer.start()
        losses.append(tr.step(it, xg, xl)[0])
        times.append(timer.stop())
    sync(dev)
    ms = [f() for f in times]
    last = [l.item() for l in losses]
    if not all(math.isfinite(v) for v in first + last):
        result["status"] = "nonfinite_loss"
        return 3
    med = statistics.median(ms)
    result.update({
        "status": "ok", "ms_median": med, "ms_p10": percentile(ms, 0.1),
        "ms_p90": percentile(ms, 0.9), "ms_mean": statistics.fmean(ms),
        "img_per_s": cfg.batch / (med / 1e3), "tflops": flops / (med / 1e3) / 1e12,
        "last_loss": last[-1] if last else None,
        "peak_mem_bytes": torch.cuda.max_memory_allocated(dev) if dev.type == "cuda" else None,
    })
    if cfg.mode == "compile":
        from torch._dynamo.utils import counters
        result["graph_breaks"] = sum(counters["graph_break"].values())
    return 0


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a = ap.add_argument
    a("--batch", type=int, default=64, help="images per step (B)")
    a("--steps", type=int, default=30, help="timed steps")
    a("--warmup", type=int, default=10, help="untimed steps first (includes compile)")
    a("--mode", choices=["eager", "compile"], default="eager")
    a("--precision", choices=["fp32", "bf16"], default="fp32")
    a("--device", default="cuda")
    a("--tf32", action="store_true", help="allow TF32 matmul/conv in fp32 mode (default off)")
    a("--no-pass", dest="use_pass", action="store_false", help="DINO only: no p_head, no PASS")
    a("--depth", type=int, default=12)
    a("--dim", type=int, default=384)
    a("--heads", type=int, default=6)
    a("--patch", type=int, default=16)
    a("--out-dim", type=int, default=65536)
    a("--patch-out-dim", type=int, default=4096)
    a("--head-hidden", type=int, default=2048)
    a("--bottleneck", type=int, default=256)
    a("--global-size", type=int, default=224)
    a("--local-size", type=int, default=96)
    a("--local-crops", type=int, default=8)
    a("--k", type=int, default=4, help="PASS positives per patch (of 8 neighbours)")
    a("--drop-path", type=float, default=0.1, help="student drop path (linear over depth)")
    a("--clip", type=float, default=3.0)
    a("--lr", type=float, default=0.0005, help="base lr per 256 images")
    a("--min-lr", type=float, default=1e-5)
    a("--global-batch", type=int, default=0, help="batch used in the lr rule (default --batch)")
    a("--epochs", type=int, default=200)
    a("--warmup-epochs", type=int, default=10)
    a("--iters-per-epoch", type=int, default=1251)
    a("--freeze-last-layer", type=int, default=1)
    a("--start-it", type=int, default=0, help="global iteration of the first step")
    a("--seed", type=int, default=0)
    a("--init", default="", help="initial student weights (safetensors, spec 7.3 names)")
    a("--save-init", default="", help="write the initial student weights (safetensors)")
    a("--inputs", default="", help="safetensors with 'global' (2B,3,S,S) and 'local' crops "
      "(and optionally 'center', 'pcenter', 'teacher_temp')")
    a("--count-only", action="store_true", help="build on the meta device, print counts, exit")
    a("--json", default="", help="write the result JSON here too")
    cfg = ap.parse_args(argv)
    cfg.global_batch = cfg.global_batch or cfg.batch
    if cfg.dim % cfg.heads:
        ap.error("--dim must be a multiple of --heads")
    for s in (cfg.global_size, cfg.local_size):
        if s % cfg.patch:
            ap.error("crop sizes must be multiples of --patch")
    return cfg


def main(argv=None):
    cfg = parse_args(sys.argv[1:] if argv is None else argv)
    if cfg.count_only:
        with torch.device("meta"):
            total, train = count_params(SelfPatch(cfg, cfg.drop_path))
        check_counts(cfg, total, train)
        return 0
    result = {"twin": "torch_dino_pass", "torch": torch.__version__, "mode": cfg.mode,
              "precision": cfg.precision, "device": cfg.device, "tf32": cfg.tf32,
              "config": {k: v for k, v in vars(cfg).items() if k not in ("json",)}}
    rc = run(cfg, result)
    line = json.dumps(result, sort_keys=True)
    print(line, flush=True)
    if cfg.json:
        with open(cfg.json, "w") as f:
            f.write(line + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
