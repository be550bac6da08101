"""Audio files -> mono float32 at the model rate; folder-per-class drum datasets for training."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr
import torch

log = logging.getLogger("ngs")

SILENCE_PEAK = 1e-4     # files quieter than -80 dBFS carry nothing to learn from
ONSET_DB = -40.0        # onset = first sample within 40 dB of the file's peak
PREROLL_S = 0.002       # keep 2 ms before the onset so the attack is whole


class AudioError(ValueError):
    """An audio file or array that cannot be used; the message says which and why."""


def to_mono(audio: np.ndarray) -> np.ndarray:
    """[samples] or [samples, channels] -> [samples] float32 (channel mean)."""
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim == 2:
        audio = audio.mean(axis=1)
    if audio.ndim != 1:
        raise AudioError(f"audio must be [samples] or [samples, channels], got shape {audio.shape}")
    return audio


def resample(audio: np.ndarray, sr_in: int, sr_out: int) -> np.ndarray:
    """Band-limited resampling of mono audio (soxr, high quality)."""
    if sr_in == sr_out:
        return audio
    return soxr.resample(audio, sr_in, sr_out).astype(np.float32, copy=False)


def prepare(audio: np.ndarray, sr: int, target_sr: int) -> np.ndarray:
    """Any array and rate -> finite mono float32 at target_sr."""
    if not isinstance(sr, (int, np.integer)) or not 1000 <= sr <= 768000:
        raise AudioError(f"unsupported sample rate {sr!r}")
    audio = to_mono(audio)
    if audio.size == 0:
        raise AudioError("audio is empty")
    if not np.isfinite(audio).all():
        raise AudioError("audio contains NaN or infinite samples")
    return resample(audio, int(sr), target_sr)


def read_audio(path: str | Path, sr: int, max_seconds: float | None = None) -> np.ndarray:
    """Read any file soundfile understands as mono float32 at `sr`, at most max_seconds of it."""
    try:
        with sf.SoundFile(str(path)) as f:
            frames = -1 if max_seconds is None else int(max_seconds * f.samplerate) + 1
            audio, file_sr = f.read(frames, dtype="float32", always_2d=True), f.samplerate
    except (sf.LibsndfileError, RuntimeError, OSError, TypeError) as e:
        raise AudioError(f"{path}: cannot read audio ({e})") from None
    try:
        return prepare(audio, file_sr, sr)
    except AudioError as e:
        raise AudioError(f"{path}: {e}") from None


def describe_error(e: BaseException) -> str:
    """A one-line reason for a file that could not be read or rendered (no traceback, no path)."""
    if isinstance(e, sf.LibsndfileError):
        return f"unreadable or unsupported audio ({e.error_string.rstrip('.')})"
    if isinstance(e, OSError):
        return e.strerror or type(e).__name__
    return str(e) or type(e).__name__


def onset_trim(audio: np.ndarray, sr: int) -> np.ndarray:
    """Drop what comes before the onset (minus a short pre-roll): every hit starts at grain 0."""
    peak = np.abs(audio).max()
    if peak == 0:
        return audio
    start = int(np.argmax(np.abs(audio) >= peak * 10 ** (ONSET_DB / 20)))
    return audio[max(0, start - int(PREROLL_S * sr)) :]


def fit_length(audio: np.ndarray, n: int) -> np.ndarray:
    """Crop or zero-pad to exactly n samples."""
    if len(audio) >= n:
        return audio[:n]
    return np.pad(audio, (0, n - len(audio)))


def class_folders(root: str | Path) -> dict[str, list[Path]]:
    """{class name: sorted audio files} for each sub-folder of root that holds files; clear errors otherwise."""
    root = Path(root)
    if not root.is_dir():
        raise AudioError(f"{root}: not a folder (expected one sub-folder per class: kick/, snare/, ...)")
    folders = {}
    for d in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        files = sorted(p for p in d.rglob("*") if p.is_file() and not p.name.startswith("."))
        if files:
            folders[d.name] = files
    if not folders:
        raise AudioError(f"{root}: no class folders with files (expected {root}/kick/*.wav, {root}/snare/*.wav, ...)")
    return folders


@dataclass
class DrumDataset:
    """Fixed-length, onset-aligned notes. audio [items, samples], labels [items]."""
    audio: torch.Tensor
    labels: torch.Tensor
    classes: list[str]
    files: list[str]
    skipped: list[str] = field(default_factory=list)


def load_drums(root: str | Path, sr: int, n_samples: int, semitones: tuple[float, ...] = ()) -> DrumDataset:
    """Load a folder-per-class dataset: onset-trimmed, cut/padded to n_samples, plus pitch-shifted copies.

    Unreadable and silent files are skipped and listed in a warning (and in .skipped).
    """
    folders = class_folders(root)
    classes = list(folders)
    audio, labels, files, skipped = [], [], [], []
    max_seconds = n_samples / sr + 0.5  # read only what a note uses (long files stay cheap)
    for label, name in enumerate(classes):
        for path in folders[name]:
            try:
                x = read_audio(path, sr, max_seconds)
            except AudioError as e:
                skipped.append(f"{path} (unreadable: {str(e).split(': ', 1)[-1]})")
                continue
            if np.abs(x).max() < SILENCE_PEAK:
                skipped.append(f"{path} (silent)")
                continue
            x = onset_trim(x, sr)
            for shift in (0.0, *semitones):
                # Resampling by 2**(s/12) and playing at the same rate shifts pitch (and length) like tape.
                y = x if shift == 0 else resample(x, sr, round(sr / 2 ** (shift / 12)))
                audio.append(fit_length(y, n_samples))
                labels.append(label)
                files.append(str(path))
    if skipped:
        log.warning("skipped %d file(s):\n  %s", len(skipped), "\n  ".join(skipped))
    if not audio:
        raise AudioError(f"{root}: no usable audio files (all {len(skipped)} unreadable or silent)")
    return DrumDataset(torch.from_numpy(np.stack(audio)), torch.tensor(labels), classes, files, skipped)
