"""`ngs train` and `ngs sample`."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import numpy as np

from .config import ModelConfig, TrainConfig, VAEConfig
from .synth import DEFAULT_CONFIDENCE, DEFAULT_EMPHASIS, Synth

MAX_LIKE_SECONDS = 30.0   # --like FILE is a hit: a note's second after its onset is all the model hears


class _DefaultsFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Appends "(default: X)" only where it informs: not to flags, to required or None options, or to a help
    line that already words its default ("default: CUDA, then MPS, then CPU" says more than "None")."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.default is False or "default" in (action.help or ""):
            return action.help
        return super()._get_help_string(action)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train", help="train a model on a folder of one-shots (one sub-folder per class)",
        description="Train the grain VAE (stage 1), the recurrent path embedding (stage 2) and fine-tune end to end "
        "(stage 3) on DATA_DIR/<class>/*.wav (any format and rate soundfile reads). RUN_DIR receives model.safetensors "
        "(load it with --checkpoint), log.csv, losses.png and state.pt for --resume. Multi-process: "
        "torchrun --nproc_per_node N -m granular_vae.cli train ...",
        formatter_class=_DefaultsFormatter)
    p.add_argument("data_dir", metavar="DATA_DIR", help="folder with one sub-folder of audio files per class")
    p.add_argument("--out", required=True, metavar="RUN_DIR", help="run folder (created)")
    p.add_argument("--resume", action="store_true", help="continue from RUN_DIR/state.pt after an interruption")
    p.add_argument("--max-minutes", type=float, default=None,
                   help="wall-time budget, split 60/25/15%% over the three stages (default: run all steps)")
    p.add_argument("--seed", type=int, default=0, help="random seed (runs are deterministic on CPU)")
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:N or mps (default: CUDA, then MPS, then CPU)")
    defaults = TrainConfig()   # one source for the defaults --help shows and the run uses
    p.add_argument("--batch-size", type=int, default=defaults.batch_size, help="notes per training step")
    p.add_argument("--steps", type=int, nargs=3, metavar=("S1", "S2", "S3"),
                   default=[defaults.stage1_steps, defaults.stage2_steps, defaults.stage3_steps],
                   help="steps of stages 1, 2 and 3")
    p.add_argument("--checkpoint-every", type=int, default=defaults.checkpoint_every,
                   help="steps between resumable checkpoints")
    p.add_argument("--mel-weight", type=float, default=defaults.mel_weight,
                   help="weight of a log-mel loss term: 1 resynthesises closer to the input (the bundled kit: "
                        "log-spectral distance 8.1 -> 7.7 dB) but sampled toms lose their identity; see the model card")
    p.add_argument("--onset-weight", type=float, default=defaults.onset_weight,
                   help="weight of a spectral loss term on each hit's first 46 ms (the attack), next to the whole "
                        "note's: it keeps sampled toms apart from kicks (see the model card); 0 turns it off")
    p.add_argument("--grain-weight", type=float, default=defaults.grain_weight,
                   help="weight of a loss on each grain's expected low-band spectrum (below 1 kHz) against the real "
                        "grain's: 10 resynthesises each input at its own pitch (the bundled kit: toms' pitch error "
                        "3.7 -> 1.6 semitones) but more sampled toms pass as kicks; see the model card")
    p.add_argument("--noise-layers", type=int, default=VAEConfig.noise_layers, choices=range(1, 5), metavar="{1..4}",
                   help="layers of filtered noise per grain, each with its own filter and decay (2: one can carry a "
                        "stick's click while another rings; see the model card); --resume keeps the run's own")
    p.add_argument("--threads", type=int, default=None,
                   help="CPU threads for PyTorch (default: PyTorch's choice; 1 is fastest on a busy machine)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars (for logs)")
    p.set_defaults(func=train_command)

    s = sub.add_parser("sample", help="write N new hits of a class (or variations of your own hit) as WAV files",
                       description="Sample new hits of one class from the recurrent embedding and write them as WAV. "
                       "With --like FILE, the hits are variations of that hit instead (Synth.vary).",
                       formatter_class=_DefaultsFormatter)
    s.add_argument("--class", dest="cls", help="class name or index (see --list); required unless --list")
    s.add_argument("-n", type=int, default=8, help="number of hits")
    s.add_argument("-o", "--out", metavar="DIR", help="output folder (created); required unless --list")
    s.add_argument("--list", action="store_true", help="print the model's classes (index and name) and exit")
    s.add_argument("--seed", type=int, default=None, help="seed of the first hit (hit i uses seed + i)")
    s.add_argument("--temperature", type=float, default=None,
                   help="spread of the sampled embedding: 0 = the class's typical hit (or FILE itself with --like); "
                        "default 1.0, or 0.3 with --like")
    s.add_argument("--emphasis", type=float, default=None,
                   help="class emphasis of sampled hits: 1 = as trained, more = more typical of the class, less varied "
                        f"(default {DEFAULT_EMPHASIS}; not with --like, whose variations stay close to FILE instead)")
    s.add_argument("--confidence", type=float, default=None,
                   help="how sure the class critic must be that a sampled hit is of its class before it is rendered, "
                        "else it is redrawn: 0 = keep every draw, 0.5 = redraw the hits likelier another class (more "
                        f"typical, less varied; see the model card) (default {DEFAULT_CONFIDENCE}; not with --like)")
    s.add_argument("--like", metavar="FILE", default=None, help="an audio file (any format, rate, channels): vary this hit")
    s.add_argument("--checkpoint", default=None, help="model file (default: the bundled checkpoints/drums.safetensors)")
    s.set_defaults(func=sample_command)

    c = sub.add_parser("critic", help="fit a model's class critic on its training set (for checkpoints made without one)",
                       description="Fit the class critic of CHECKPOINT on DATA_DIR (the folder it was trained on): a "
                       "classifier of latent paths that sampled hits are checked with before they are rendered, so a "
                       "hit sampled as a tom is redrawn when it would pass for a kick (ngs sample --confidence). ngs train "
                       "fits it itself; this adds it to older checkpoints, or refits it.", formatter_class=_DefaultsFormatter)
    c.add_argument("checkpoint", metavar="CHECKPOINT", help="model file")
    c.add_argument("data_dir", metavar="DATA_DIR", help="the training set: one sub-folder of audio files per class")
    c.add_argument("--out", default=None, help="where to write the model with its critic (default: CHECKPOINT itself)")
    c.set_defaults(func=critic_command)


def train_command(args: argparse.Namespace) -> int:
    import torch

    from .data import AudioError
    from .train import Trainer

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.threads:
        torch.set_num_threads(args.threads)
    for flag, value in (("--mel-weight", args.mel_weight), ("--onset-weight", args.onset_weight),
                        ("--grain-weight", args.grain_weight)):
        if not 0.0 <= value <= 100.0:   # also refuses nan
            print(f"ngs train: {flag} must be in [0, 100], got {value}", file=sys.stderr)
            return 2
    s1, s2, s3 = args.steps
    cfg = TrainConfig(batch_size=args.batch_size, max_minutes=args.max_minutes, checkpoint_every=args.checkpoint_every,
                      mel_weight=args.mel_weight, onset_weight=args.onset_weight, grain_weight=args.grain_weight,
                      stage1_steps=s1, stage2_steps=s2, stage3_steps=s3)
    try:
        trainer = Trainer(args.data_dir, args.out, cfg, ModelConfig(vae=VAEConfig(noise_layers=args.noise_layers)),
                          seed=args.seed, device=args.device, resume=args.resume, progress=not args.no_progress)
    except (AudioError, ValueError) as e:
        print(f"ngs train: {e}", file=sys.stderr)
        return 2
    out = trainer.run()
    if trainer.rank == 0:
        print(f"model written to {out}")
    return 0


def critic_command(args: argparse.Namespace) -> int:
    from .checkpoint import CheckpointError
    from .data import load_drums

    try:
        synth = Synth.load(args.checkpoint)
        # The notes the trainer fitted the class priors on: its pitch-shifted copies included.
        semitones = synth.summary.get("train_config", {}).get("augment_semitones", TrainConfig.augment_semitones)
        data = load_drums(args.data_dir, synth.sample_rate, synth.note_length, tuple(semitones))
        if data.classes != synth.classes:
            raise ValueError(f"{args.data_dir}: classes {data.classes} are not the model's {synth.classes}")
        synth.fit_critic(data.audio, data.labels.numpy())
    except (CheckpointError, ValueError) as e:   # AudioError is a ValueError
        print(f"ngs critic: {e}", file=sys.stderr)
        return 2
    print(f"critic fitted on {len(data.files)} notes; model written to {synth.save(args.out or args.checkpoint)}")
    return 0


def sample_command(args: argparse.Namespace) -> int:
    from .batch import write_wav_atomic
    from .checkpoint import CheckpointError
    from .data import read_audio

    missing = [flag for flag, value in (("--class", args.cls), ("--out", args.out)) if value is None]
    if missing and not args.list:
        print(f"ngs sample: {' and '.join(missing)} required (--list shows the classes)", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else int(np.random.SeedSequence().entropy % (1 << 31))
    for flag, value in (("--emphasis", args.emphasis), ("--confidence", args.confidence)):
        if args.like is not None and value is not None:
            print(f"ngs sample: {flag} applies to sampled hits, not to variations of --like FILE", file=sys.stderr)
            return 2
    try:
        synth = Synth.load(args.checkpoint)
        if args.list:
            print("\n".join(f"{i}\t{name}" for i, name in enumerate(synth.classes)))
            return 0
        name = synth.classes[synth.class_index(args.cls)]
        if args.like is None:
            temperature = 1.0 if args.temperature is None else args.temperature
            draw = {"emphasis": DEFAULT_EMPHASIS if args.emphasis is None else args.emphasis,
                    "confidence": DEFAULT_CONFIDENCE if args.confidence is None else args.confidence}
            hit = lambda i: synth.sample_note(args.cls, temperature=temperature, seed=seed + i, **draw)  # noqa: E731
        else:   # embedded once, varied n times
            like = synth.embed(read_audio(args.like, synth.sample_rate, max_seconds=MAX_LIKE_SECONDS), synth.sample_rate, args.cls)
            temperature = 0.3 if args.temperature is None else args.temperature
            hit = lambda i: synth.vary(like, args.cls, temperature=temperature, seed=seed + i)  # noqa: E731
        first = hit(0)   # bad arguments fail here, before the output folder exists
    except (CheckpointError, ValueError) as e:   # AudioError is a ValueError
        print(f"ngs sample: {e}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prefix = name if args.like is None else f"{Path(args.like).stem}_{name}"
    for i in range(args.n):
        path = out / f"{prefix}_{seed + i}.wav"
        write_wav_atomic(path, first if i == 0 else hit(i), synth.sample_rate)
        print(path)
    return 0
