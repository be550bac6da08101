"""`ngs resynth`, `ngs morph` and `ngs plot`: argument parsing only; the work is in batch.py and resynth_figure.py."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .batch import BatchError, BatchOptions, morph_files, morph_targets, run_batch
from .checkpoint import CheckpointError
from .data import read_audio
from .synth import Synth


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--checkpoint", metavar="PATH", help="model file (default: the bundled drums model)")
    p.add_argument("--device", metavar="NAME", help="cpu, cuda, mps (default: a GPU when there is one)")
    p.add_argument("--seed", type=int, help="noise seed: the same seed gives the same output (default: random)")
    p.add_argument("--overwrite", action="store_true", help="replace outputs that already exist")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "resynth", help="resynthesise files and folders of samples through the model",
        description="Encode every input into the grain latent space and decode it again, optionally "
        "time-stretched (--stretch, pitch unchanged) and steered toward a class (--class). Outputs are WAV "
        "files under OUT_DIR that mirror the input tree; a manifest.csv lists every input with its status. "
        "Bad files are reported and skipped; the exit status is 1 when any file failed.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="audio files and/or folders")
    p.add_argument("-o", "--out", required=True, metavar="OUT_DIR", help="output folder (never the inputs' folder)")
    p.add_argument("--class", dest="cls", metavar="NAME", help="condition the decoder on this class (e.g. snare)")
    p.add_argument("--stretch", type=float, default=1.0, metavar="F", help="time-stretch factor, >1 is longer (default 1)")
    p.add_argument("--sr", type=int, metavar="OUT_SR", help="output sample rate (default: the model's)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes, one per core (default 1)")
    p.add_argument("--recursive", action="store_true", help="search folders recursively")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bars")
    _common(p)
    p.set_defaults(func=_resynth)

    p = subparsers.add_parser(
        "morph", help="morph from one sound to another through the latent space",
        description="Encode A and B, crossfade their latent series (stretched to the same length) and decode. "
        "With --steps K, writes K files OUT_00.wav .. from A (alpha 0) to B (alpha 1); with --alpha, one file OUT.wav.")
    p.add_argument("a", metavar="A", help="audio file at alpha 0")
    p.add_argument("b", metavar="B", help="audio file at alpha 1")
    p.add_argument("-o", "--out", required=True, metavar="OUT.wav", help="output file (numbered with --steps)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--steps", type=int, default=5, metavar="K", help="number of sounds from A to B (default 5)")
    group.add_argument("--alpha", type=float, metavar="A", help="one sound at this point in [0, 1]")
    p.add_argument("--sr", type=int, metavar="OUT_SR", help="output sample rate (default: the model's)")
    _common(p)
    p.set_defaults(func=_morph)

    p = subparsers.add_parser(
        "plot", help="picture a sound, its resynthesis and its path on the grain map",
        description="Draw waveform and spectrogram of INPUT and of its resynthesis side by side, and the "
        "input's path through the 2-D grain-space map, into a PNG.")
    p.add_argument("input", metavar="INPUT", help="audio file")
    p.add_argument("-o", "--out", required=True, metavar="OUT.png", help="PNG to write")
    p.add_argument("--class", dest="cls", metavar="NAME", help="condition the resynthesis on this class")
    p.add_argument("--stretch", type=float, default=1.0, metavar="F", help="time-stretch factor of the resynthesis")
    p.add_argument("--seconds", type=float, default=20.0, metavar="S",
                   help="draw at most the first S seconds of a long input (default 20)")
    _common(p)
    p.set_defaults(func=_plot)


def _error(message: str, status: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return status


def _resynth(args: argparse.Namespace) -> int:
    opt = BatchOptions(checkpoint=args.checkpoint, device=args.device, cls=args.cls, stretch=args.stretch, seed=args.seed,
                       out_sr=args.sr, jobs=args.jobs, overwrite=args.overwrite, recursive=args.recursive,
                       progress=args.progress)
    try:
        report = run_batch(args.inputs, args.out, opt)
    except (BatchError, CheckpointError, ValueError) as e:
        return _error(str(e))
    print(report.summary())
    return 1 if report.count("failed") else 0


def _morph(args: argparse.Namespace) -> int:
    try:
        targets = morph_targets(args.out, args.steps, args.alpha)
    except ValueError as e:
        return _error(str(e))
    inputs = {Path(args.a).resolve(), Path(args.b).resolve()}
    for _, path in targets:
        if path.resolve() in inputs:
            return _error(f"{path} is one of the inputs; choose another -o")
        if path.exists() and not args.overwrite:
            return _error(f"{path} exists; use --overwrite or another -o")
    try:
        synth = Synth.load(args.checkpoint, args.device)
        for (alpha, path), seconds in zip(targets, morph_files(synth, args.a, args.b, targets, args.seed, args.sr)):
            print(f"{path}  alpha={alpha:.3f}  {seconds:.2f} s")
    except (CheckpointError, ValueError) as e:
        return _error(str(e), 1)
    return 0


def _plot(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not args.overwrite:
        return _error(f"{out} exists; use --overwrite or another -o")
    if out.resolve() == Path(args.input).resolve():
        return _error(f"{out} is the input")
    if not args.seconds > 0:
        return _error(f"--seconds must be positive, got {args.seconds}")
    from .resynth_figure import plot_resynthesis   # matplotlib loads only for this command
    try:
        synth = Synth.load(args.checkpoint, args.device)
        audio = read_audio(args.input, synth.sample_rate, max_seconds=args.seconds)
        title = Path(args.input).name
        if len(audio) >= args.seconds * synth.sample_rate:
            audio = audio[: round(args.seconds * synth.sample_rate)]
            title += f" (the first {args.seconds:g} s)"
        plot_resynthesis(synth, audio, synth.sample_rate, out, title=title, cls=args.cls, stretch=args.stretch,
                         seed=args.seed)
    except (CheckpointError, ValueError) as e:
        return _error(str(e), 1)
    print(out)
    return 0
