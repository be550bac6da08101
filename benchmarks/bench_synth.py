"""Latency of Synth.sample_note and real-time factors of decoding and resynthesis, on CPU threads.

    python benchmarks/bench_synth.py [--checkpoint PATH] [--threads 2 1] [--hits 500] [--interval 0.02] [--confidence 0.5] [--json OUT.json]

Measured in this process with devices.cpu_threads(N) for each N of --threads (default 2, the budget
of a laptop running a DAW next to the server, then 1): N torch threads, which the encoder (resynthesis)
uses, and one BLAS thread for the render engine (granular_vae/render.py), as `ngs serve` runs it:
- sample_note of a 1 s hit (note_length samples), each call a new seed: median, p99 and max latency
  after a warm-up, back to back, and paced one every --interval s like a step sequencer's requests
  (on a shared CPU a model left alone for ~10 ms is evicted from the caches, and each call then
  pays for reloading it);
- decoder: a 1 s latent path -> audio (grain decoder + overlap-add, Synth.decode);
- resynthesis of a 10 s file made by tiling real hits (drums22k/valid when present, else tests/data).
Real-time factor (RTF) = compute seconds per second of audio (lower is better; 0.01 = 100x real time).
Numbers depend on the machine and on what else runs on it (the load average is reported with
them): report them with the machine, never assert them in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "datasets" / "drums22k" / "valid", ROOT / "tests" / "data"]
WARMUP = 20


def timed(fn, repeat: int, interval: float = 0.0) -> list[float]:
    """Wall seconds of `repeat` calls of fn(i), `interval` s apart, after WARMUP untimed calls."""
    for i in range(WARMUP):
        fn(i)
    out = []
    for i in range(repeat):
        time.sleep(interval)
        t = time.perf_counter()
        fn(WARMUP + i)
        out.append(time.perf_counter() - t)
    return out


def tiled_real_audio(sr: int, seconds: float) -> tuple[np.ndarray, str]:
    """Real hits back to back, repeated up to `seconds` at sr, and where they came from."""
    from granular_vae.data import class_folders, read_audio

    source = next(p for p in SOURCES if p.is_dir())
    files = [f for fs in class_folders(source).values() for f in fs]
    n = int(seconds * sr)
    clips, total = [], 0
    while total < n:
        for f in files:
            clips.append(read_audio(f, sr))
            total += len(clips[-1])
            if total >= n:
                break
    return np.concatenate(clips)[:n], str(source)


def latency_ms(times: list[float]) -> dict:
    ms = np.array(times) * 1000
    return {"n": len(ms), "median": float(np.median(ms)), "p99": float(np.percentile(ms, 99)), "mean": float(ms.mean()),
            "max": float(ms.max())}


def bench(synth, hits: int, interval: float, confidence: float = 0.0) -> dict:
    """All measurements, for a Synth loaded on the CPU, with the threads set by the caller."""
    threads = torch.get_num_threads()
    sr, n = synth.sample_rate, synth.note_length
    cls = synth.classes[0] if synth.classes else None
    note_s = n / sr

    def note(i: int) -> None:
        synth.sample_note(synth.classes[i % len(synth.classes)] if synth.classes else None, seed=i, confidence=confidence)

    lat = timed(note, hits)
    paced = timed(note, max(20, hits // 2), interval)

    path = synth.encode(synth.sample_note(cls, seed=0), sr)          # a realistic 1 s latent path
    dec1 = timed(lambda i: synth.decode(path, cls=cls, seed=i), max(20, hits // 5))

    audio, source = tiled_real_audio(sr, 10.0)
    res = timed(lambda i: synth.resynthesize(audio, sr, cls=cls, seed=i), 5)

    return {
        "machine": {"cpu": platform.processor() or platform.machine(), "torch": torch.__version__,
                    "threads": threads, "python": platform.python_version(), "cores": os.cpu_count(),
                    "load_average_1min_before": os.getloadavg()[0]},
        "checkpoint": str(synth.path), "confidence": confidence, "sample_rate": sr, "note_seconds": note_s,
        "sample_note_ms": latency_ms(lat),
        "sample_note_paced_ms": {**latency_ms(paced), "interval_s": interval},
        "decode_rtf": statistics.median(dec1) / note_s,
        "resynth_10s": {"source": source, "median_s": statistics.median(res),
                        "rtf": statistics.median(res) / (len(audio) / sr)},
    }


def table(r: dict) -> str:
    s, q, d, x = r["sample_note_ms"], r["sample_note_paced_ms"], r["decode_rtf"], r["resynth_10s"]
    rows = [
        ("sample_note 1 s hit, median", f"{s['median']:.2f} ms"),
        ("sample_note 1 s hit, p99", f"{s['p99']:.2f} ms"),
        ("sample_note 1 s hit, max", f"{s['max']:.2f} ms"),
        (f"paced every {q['interval_s'] * 1000:.0f} ms, median / p99", f"{q['median']:.2f} / {q['p99']:.2f} ms"),
        ("decode 1 s path, RTF", f"{d:.4f} ({1 / d:.0f}x real time)"),
        ("resynthesize 10 s file, RTF", f"{x['rtf']:.4f} ({1 / x['rtf']:.0f}x real time, {x['median_s'] * 1000:.0f} ms)"),
    ]
    width = max(len(a) for a, _ in rows)
    m = r["machine"]
    head = (f"Synth on {m['threads']} of {m['cores']} CPU threads, torch {m['torch']}, {s['n']} hits, "
            f"load average {m['load_average_1min_before']:.1f} before")
    return "\n".join([head] + [f"{a:<{width}}  {b}" for a, b in rows])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--checkpoint", help="checkpoint file (default: the bundled checkpoints/drums.safetensors)")
    p.add_argument("--threads", type=int, nargs="+", default=[2, 1], help="CPU thread counts to run (default 2 1)")
    p.add_argument("--hits", type=int, default=500, help="timed sample_note calls (default 500)")
    p.add_argument("--interval", type=float, default=0.02, help="seconds between paced sample_note calls (default 0.02)")
    p.add_argument("--confidence", type=float, default=0.0,
                   help="sample_note's class-critic confidence: redrawn hits cost a path decode each (default 0: off)")
    p.add_argument("--json", help="also write the numbers to this JSON file")
    args = p.parse_args()
    from granular_vae import Synth
    from granular_vae.devices import cpu_threads

    synth = Synth.load(args.checkpoint, device="cpu")
    results = []
    for threads in args.threads:
        with cpu_threads(threads):
            results.append(bench(synth, args.hits, args.interval, args.confidence))
        print(table(results[-1]) + "\n", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
