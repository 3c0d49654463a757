#!/usr/bin/env python3
"""CPU checks of torch_dino_pass.py against hand-computed values from shared/spec/dino_pass.md.

Runs with `python3 bench/peers/test_twin_cpu.py` (unittest) or pytest; needs torch, skips whole
when torch is missing. Covers: neighbour table and pos-interpolation test vectors, schedules,
full-size parameter counts, the loss against a naive loop, the PASS positives against a per-patch
loop, safetensors round trip, and one training step's freeze / EMA / clipping semantics.
"""
import math
import os
import sys
import tempfile
import unittest

try:
    import torch
    import torch.nn.functional as F
except ImportError:  # the twin is for GPU machines with torch; nothing to check without it
    torch = None

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
if torch is not None:
    import torch_dino_pass as tw

TINY = ["--device", "cpu", "--depth", "2", "--dim", "64", "--heads", "2", "--out-dim", "256",
        "--patch-out-dim", "128", "--global-size", "32", "--local-size", "24", "--patch", "8",
        "--batch", "2", "--head-hidden", "128", "--bottleneck", "32", "--local-crops", "2"]


@unittest.skipIf(torch is None, "torch not installed")
class TwinTest(unittest.TestCase):
    def test_neighbour_table_vectors(self):
        t14, t6 = tw.neighbour_table(14), tw.neighbour_table(6)
        self.assertEqual(t14[0].tolist(), [1, 13, 14, 15, 27, 182, 183, 195])
        self.assertEqual(t14[13].tolist(), [0, 12, 14, 26, 27, 182, 194, 195])
        self.assertEqual(t14[15].tolist(), [0, 1, 2, 14, 16, 28, 29, 30])
        self.assertEqual(t14[195].tolist(), [0, 12, 13, 168, 180, 181, 182, 194])
        self.assertEqual(t6[0].tolist(), [1, 5, 6, 7, 11, 30, 31, 35])
        self.assertEqual(t6[35].tolist(), [0, 4, 5, 24, 28, 29, 30, 34])

    def test_pos_interpolation_vectors(self):
        # pos[r*14+c, j] = (j == r): output row d, channel j = summed y-weight of tap row j
        cfg = tw.parse_args(["--dim", "16", "--heads", "2", "--depth", "1"])
        bb = tw.Backbone(cfg, 0.0)
        with torch.no_grad():
            bb.pos_embed.zero_()
            for r in range(14):
                bb.pos_embed[0, r * 14:(r + 1) * 14, r] = 1.0
        out = bb.pos_for(96, 96).reshape(6, 6, 16)
        w0 = [-0.060332, 0.395954, 0.775220, -0.110842]  # taps [0,0,1,2]
        w5 = [-0.070932, 0.968310, 0.112565, -0.009944]  # taps [11,12,13,13]
        exp0 = {0: w0[0] + w0[1], 1: w0[2], 2: w0[3]}
        exp5 = {11: w5[0], 12: w5[1], 13: w5[2] + w5[3]}
        for j in range(16):
            self.assertAlmostEqual(out[0, 3, j].item(), exp0.get(j, 0.0), places=5)
            self.assertAlmostEqual(out[5, 2, j].item(), exp5.get(j, 0.0), places=5)
        self.assertIs(bb.pos_for(224, 224), bb.pos_embed)

    def test_schedules(self):
        got = [tw.sched(1, 0, 2, 3, i, Ew=1) for i in range(6)]
        for g, e in zip(got, [0, 0.5, 1, 1, 0.75, 0.25]):
            self.assertAlmostEqual(g, e, places=9)
        got = [tw.sched(0.996, 1, 1, 4, i) for i in range(4)]
        for g, e in zip(got, [0.996, 0.9965858, 0.998, 0.9994142]):
            self.assertAlmostEqual(g, e, places=7)
        self.assertAlmostEqual(tw.teacher_temp(0), 0.04)
        self.assertAlmostEqual(tw.teacher_temp(29), 0.07)
        self.assertAlmostEqual(tw.teacher_temp(1), 0.04 + 0.03 / 29)

    def test_full_size_counts_and_names(self):
        cfg = tw.parse_args([])
        with torch.device("meta"):
            m = tw.SelfPatch(cfg, 0.1)
        self.assertEqual(tw.count_params(m), (54128384, 54058752))
        shapes = {n: tuple(p.shape) for n, p in m.named_parameters()}
        self.assertEqual(shapes["backbone.pos_embed"], (1, 196, 384))
        self.assertEqual(shapes["ca_head.cls_blocks.1.attn.v.weight"], (384, 384))
        self.assertEqual(shapes["c_head.last_layer.weight_g"], (65536, 1))
        self.assertEqual(shapes["p_head.last_layer.weight_v"], (4096, 256))
        self.assertEqual(shapes["c_head.mlp.4.weight"], (256, 2048))
        self.assertNotIn("backbone.cls_token", shapes)
        self.assertNotIn("backbone.norm.weight", shapes)
        ca = sum(p.numel() for n, p in m.named_parameters() if n.startswith("ca_head."))
        self.assertEqual(ca, 3550080)

    def test_loss_against_naive(self):
        torch.manual_seed(0)
        B, C, K, Kp = 3, 4, 7, 5
        s_cls, t_cls = torch.randn(C * B, K), torch.randn(C * B, K)
        s_pats = [torch.randn(2 * B, 9, Kp), torch.randn(2 * B, 4, Kp)]
        t_pats = [torch.randn(2 * B, 9, Kp), torch.randn(2 * B, 4, Kp)]
        cc, cp, tt = torch.randn(K), torch.randn(Kp), torch.tensor(0.05)
        tot, lc, lp = tw.dino_pass_loss(s_cls, t_cls, s_pats, t_pats, cc, cp, tt, C, B, True)
        pairs, acc = 0, 0.0
        for a in range(2):
            q = F.softmax((t_cls[a * B:(a + 1) * B] - cc) / 0.05, -1)
            for v in range(C):
                if v != a:
                    ls = F.log_softmax(s_cls[v * B:(v + 1) * B] / 0.1, -1)
                    acc += (-(q * ls).sum(-1)).mean().item()
                    pairs += 1
        self.assertEqual(pairs, 2 * C - 2)
        self.assertAlmostEqual(lc.item(), acc / pairs, places=5)
        crops = []
        for sp, tp in zip(s_pats, t_pats):
            for c in range(2):
                q = F.softmax((tp[c * B:(c + 1) * B] - cp) / 0.05, -1)
                ls = F.log_softmax(sp[c * B:(c + 1) * B] / 0.1, -1)
                crops.append((-(q * ls).sum(-1)).mean().item())
        self.assertAlmostEqual(lp.item(), sum(crops) / C, places=5)
        self.assertAlmostEqual(tot.item(), lc.item() + 0.1 * lp.item(), places=5)

    def test_positives_against_loop(self):
        torch.manual_seed(1)
        cfg = tw.parse_args(TINY)
        head = tw.CAHead(cfg)
        f = torch.randn(2, 16, 64)  # 4x4 grid
        got = head.positives(f)
        nbr = tw.neighbour_table(4)
        for m in range(2):
            for i in range(16):
                cand = [f[m, j] for j in nbr[i].tolist()]
                sims = [F.cosine_similarity(c, f[m, i], dim=0).item() for c in cand]
                top = sorted(range(8), key=lambda j: -sims[j])[:4]
                ctx = torch.stack([cand[j] for j in top])[None]
                want = head.aggregate(ctx)[0, 0]
                torch.testing.assert_close(got[m, i], want, rtol=1e-5, atol=1e-5)

    def test_safetensors_roundtrip(self):
        t = {"a": torch.randn(3, 4), "b": torch.arange(5, dtype=torch.int64),
             "c": torch.randn(2, 2).to(torch.bfloat16)}
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "x.safetensors")
            tw.write_safetensors(p, t)
            back = tw.read_safetensors(p)
        for k in t:
            self.assertTrue(torch.equal(t[k], back[k]), k)

    def test_step_semantics(self):
        with tempfile.TemporaryDirectory() as d:
            init = os.path.join(d, "init.safetensors")
            cfg = tw.parse_args(TINY + ["--save-init", init, "--iters-per-epoch", "2",
                                        "--epochs", "3", "--warmup-epochs", "1"])
            tr = tw.Trainer(cfg, torch.device("cpu"))
            saved = tw.read_safetensors(init)
            cfg2 = tw.parse_args(TINY + ["--init", init, "--seed", "5"])
            tr2 = tw.Trainer(cfg2, torch.device("cpu"))
        for n, p in tr2.student.named_parameters():
            self.assertTrue(torch.equal(p, saved[n]), n)
        for (n, s), t in zip(tr.student.named_parameters(), tr.teacher.parameters()):
            self.assertTrue(torch.equal(s, t), n)
        xg, xl = tw.make_inputs(cfg, torch.device("cpu"))
        sp = {n: p.detach().clone() for n, p in tr.student.named_parameters()}
        tr.step(1, xg, xl)  # epoch 0, lr > 0 (it 1 of a 2-iteration warmup)
        after = dict(tr.student.named_parameters())
        self.assertTrue(torch.equal(after["c_head.last_layer.weight_v"], sp["c_head.last_layer.weight_v"]))
        self.assertTrue(torch.equal(after["p_head.last_layer.weight_v"], sp["p_head.last_layer.weight_v"]))
        self.assertFalse(torch.equal(after["ca_head.cls_token"], sp["ca_head.cls_token"]))
        m = tw.sched(0.996, 1.0, 3, 2, 1)
        for (n, s), t in zip(tr.student.named_parameters(), tr.teacher.parameters()):
            torch.testing.assert_close(t, m * sp[n] + (1 - m) * s.detach(), rtol=1e-6, atol=1e-7)
        self.assertGreater(tr.cc.abs().sum().item(), 0.0)
        self.assertGreater(tr.cp.abs().sum().item(), 0.0)
        tr.step(2, xg, xl)  # epoch 1: the last layer trains
        self.assertFalse(torch.equal(after["c_head.last_layer.weight_v"], sp["c_head.last_layer.weight_v"]))
        self.assertTrue(torch.equal(after["c_head.last_layer.weight_g"], sp["c_head.last_layer.weight_g"]))

    def test_clip_per_tensor(self):
        cfg = tw.parse_args(TINY)
        tr = tw.Trainer(cfg, torch.device("cpu"))
        for p in tr.s_params:
            p.grad = None
        a, b = tr.s_params[0], tr.s_params[1]
        a.grad = torch.full_like(a, 10.0)
        b.grad = torch.full_like(b, 1e-4)
        tr._clip(3.0)
        n = 10.0 * math.sqrt(a.numel())
        self.assertAlmostEqual(a.grad.norm().item(), n * 3.0 / (n + 1e-6), places=4)
        self.assertTrue(torch.equal(b.grad, torch.full_like(b, 1e-4)))

    def test_main_tiny_run(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "r.json")
            rc = tw.main(TINY + ["--steps", "2", "--warmup", "1", "--json", out])
            self.assertEqual(rc, 0)
            import json
            with open(out) as f:
                r = json.load(f)
        self.assertEqual(r["status"], "ok")
        self.assertTrue(math.isfinite(r["first_loss"]["pass"]))
        self.assertEqual(r["flops_per_step"], tw.flops_step(tw.parse_args(TINY), 2))


if __name__ == "__main__":
    unittest.main()
