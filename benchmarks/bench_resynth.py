"""Throughput and peak memory of batch resynthesis (`ngs resynth`, granular_vae/batch.py).

    python benchmarks/bench_resynth.py [--checkpoint PATH] [--jobs 1 2] [--repeat 3] [--json OUT.json]

Builds its inputs in a temp folder from real drum hits (../shared/datasets/drums22k when present,
else tests/data): a folder of 200 one-shots (the dataset's files, cycled if fewer) and one 5-minute
file (hits back to back with short random gaps, tiled). Each (input, jobs) case runs run_batch in a
fresh Python process, as `ngs resynth` would; its memory is sampled from /proc every 20 ms.

Reported per case (best of --repeat runs; the machine may be shared):
- engine x real time: seconds of audio per wall second as the run itself measures it (model load,
  worker start, reading, rendering, joining, writing, manifest);
- audio seconds per CPU second of the engine (all its processes): what one core delivers when the
  machine is not shared; wall-clock figures on a busy machine are lower;
- end-to-end x real time: the same over the whole process (interpreter and torch import included);
- peak memory: the process tree's summed PSS (shared pages counted once), and the largest single RSS.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "datasets" / "drums22k", ROOT / "tests" / "data"]
CHILD = """
import json, resource, sys
from granular_vae.batch import BatchOptions, run_batch
def cpu():
    return sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
c0 = cpu()
r = run_batch([sys.argv[1]], sys.argv[2], BatchOptions(checkpoint=sys.argv[3] or None, jobs=int(sys.argv[4]),
              seed=0, recursive=True, progress=False))
print(json.dumps({"wall": r.wall_seconds, "cpu": cpu() - c0, "audio": r.audio_seconds, "done": r.count("done"),
                  "failed": r.count("failed")}))
"""


def real_hits() -> list[Path]:
    for folder in SOURCES:
        files = sorted(folder.rglob("*.wav"))
        if files:
            return files
    raise SystemExit("no drum files found in " + " or ".join(map(str, SOURCES)))


def make_inputs(root: Path, hits: list[Path], n_oneshots: int = 200, long_seconds: float = 300.0) -> dict[str, Path]:
    """root/oneshots/*.wav (n real one-shots) and root/long/drums_5min.wav (real hits tiled)."""
    shots = root / "oneshots"
    shots.mkdir(parents=True)
    for k in range(n_oneshots):
        src = hits[k % len(hits)]
        shutil.copy(src, shots / f"{k:03d}_{src.name}")
    sr = sf.info(hits[0]).samplerate
    rng = np.random.default_rng(0)
    parts, n = [], 0
    while n < long_seconds * sr:
        audio, file_sr = sf.read(hits[rng.integers(len(hits))], dtype="float32", always_2d=True)
        if file_sr != sr:
            continue
        gap = np.zeros(int(rng.integers(0, sr // 4)), np.float32)
        parts += [audio.mean(axis=1), gap]
        n += len(audio) + len(gap)
    (root / "long").mkdir()
    sf.write(root / "long" / "drums_5min.wav", np.concatenate(parts)[: int(long_seconds * sr)], sr)
    return {"200 one-shots": shots, "one 5-min file": root / "long"}


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc)."""
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parent[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [p for p, pp in parent.items() if pp in frontier]
        tree += frontier
    return tree


def _memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in KiB (0, 0 once it is gone)."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:])
        return int(fields["Pss"].split()[0]), int(fields["Rss"].split()[0])
    except (OSError, KeyError, ValueError):
        return 0, 0


def run_case(folder: Path, out: Path, checkpoint: str, jobs: int) -> dict:
    """One run in a fresh process: engine and end-to-end speed, peak memory."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(out), checkpoint, str(jobs)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak_pss = peak_rss = 0
    while True:
        memory = [_memory_kib(p) for p in _tree(proc.pid)]
        peak_pss = max(peak_pss, sum(pss for pss, _ in memory))
        peak_rss = max([peak_rss] + [rss for _, rss in memory])
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.02)
    end_to_end = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"resynth run failed with status {proc.returncode}")
    report = json.loads(proc.stdout.read().strip().splitlines()[-1])
    return {"engine_x": report["audio"] / report["wall"], "end_to_end_x": report["audio"] / end_to_end,
            "engine_s": report["wall"], "end_to_end_s": end_to_end, "audio_s": report["audio"],
            "cpu_s": usage.ru_utime + usage.ru_stime, "engine_cpu_s": report["cpu"],
            "audio_per_cpu_s": report["audio"] / report["cpu"], "done": report["done"], "failed": report["failed"], "peak_pss_mib": peak_pss / 1024,
            "max_rss_mib": peak_rss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", default="", help="model file (default: the bundled one)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_resynth_") as tmp:
        hits = real_hits()
        cases = make_inputs(Path(tmp) / "in", hits)
        print(f"inputs from {hits[0].parent.parent}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.2f}")
        for name, folder in cases.items():
            for jobs in args.jobs:
                runs = []
                for _ in range(args.repeat):   # a fresh OUT_DIR each time, as in normal use
                    runs.append(run_case(folder, Path(tmp) / "out", args.checkpoint, jobs))
                    shutil.rmtree(Path(tmp) / "out")
                best = max(runs, key=lambda r: r["engine_x"])
                best.update(case=name, jobs=jobs, engine_x_all=[round(r["engine_x"], 1) for r in runs],
                            peak_pss_mib=max(r["peak_pss_mib"] for r in runs), max_rss_mib=max(r["max_rss_mib"] for r in runs))
                rows.append(best)
                print(f"{name:15s} jobs={jobs}: {best['audio_s']:7.1f} s audio, engine {best['engine_s']:6.2f} s = "
                      f"{best['engine_x']:6.0f}x real time (runs: {best['engine_x_all']}), end-to-end "
                      f"{best['end_to_end_s']:5.2f} s = {best['end_to_end_x']:5.0f}x; engine CPU {best['engine_cpu_s']:.2f} s "
                      f"({best['audio_per_cpu_s']:.0f} audio s per CPU s); peak PSS {best['peak_pss_mib']:.0f} MiB, "
                      f"largest RSS {best['max_rss_mib']:.0f} MiB; {best['done']} done, {best['failed']} failed", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
