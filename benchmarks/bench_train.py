"""Training speed and memory: examples/s and seconds per step of each stage, and the peak RSS.

    python benchmarks/bench_train.py [--data DIR] [--threads 2] [--batch-size 24] [--steps 20]

Uses ../shared/datasets/drums22k/train when present (else tests/data). Reference (the original
research implementation on a 2-core machine): one stage-1 step at batch 24 took ~29 s, 10 GB peak.
"""
from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import torch

from granular_vae.config import TrainConfig
from granular_vae.train import Trainer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets" / "drums22k" / "train"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=str(SHARED if SHARED.is_dir() else ROOT / "tests" / "data"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=24)
    p.add_argument("--steps", type=int, default=20, help="timed steps per stage (after 3 warm-up steps)")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    cfg = TrainConfig(batch_size=args.batch_size, stage1_steps=10**6, stage2_steps=10**6, stage3_steps=10**6)
    with tempfile.TemporaryDirectory() as run:
        t = Trainer(args.data, run, cfg, device="cpu", progress=False)
        results = {"threads": args.threads, "batch_size": args.batch_size, "examples_in_data": len(t.data.files)}
        for stage in (1, 2, 3):
            model, params, _, lr, loss_fn = t._stage_setup(stage)
            opt = torch.optim.Adam(params, lr=lr)
            times = []
            for i in range(3 + args.steps):
                start = time.perf_counter()
                loss = loss_fn(model, 100)["loss"]
                opt.zero_grad()
                loss.backward()
                opt.step()
                if i >= 3:
                    times.append(time.perf_counter() - start)
            step = sorted(times)[len(times) // 2]
            results[f"stage{stage}_s_per_step"] = round(step, 4)
            results[f"stage{stage}_examples_per_s"] = round(args.batch_size / step, 1)
    results["peak_rss_MB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    results["speedup_vs_reference_stage1"] = round(29.0 / results["stage1_s_per_step"] * 24 / args.batch_size, 1)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
