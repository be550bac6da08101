"""One safe checkpoint file: safetensors weights + JSON metadata. Loading never executes code."""
from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save

from .atomic import atomic_write

FORMAT = "ngs-granular-vae"
VERSION = 1


class CheckpointError(ValueError):
    """A checkpoint is missing, truncated, corrupt, foreign or too new; the message names the file."""


def save_checkpoint(path: str | Path, tensors: dict[str, torch.Tensor], meta: dict) -> Path:
    """Write tensors + meta (JSON-serialisable) atomically, so a crash never leaves a half checkpoint."""
    path = Path(path)
    header = {"format": FORMAT, "version": str(VERSION), "meta": json.dumps(meta)}
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as f:
        f.write(save({k: v.detach().contiguous().cpu() for k, v in tensors.items()}, metadata=header))
    return path


def load_checkpoint(path: str | Path) -> tuple[dict[str, torch.Tensor], dict]:
    """Read (tensors, meta); raise CheckpointError with a one-line reason naming the file."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"checkpoint not found: {path}")
    try:
        with safe_open(str(path), framework="pt") as f:
            header = f.metadata() or {}
        tensors = load_file(str(path))
    except (SafetensorError, OSError, ValueError, RuntimeError) as e:
        raise CheckpointError(f"{path}: not a readable ngs checkpoint (corrupt or truncated safetensors file: {e})") from None
    if header.get("format") != FORMAT:
        raise CheckpointError(f"{path}: not an ngs checkpoint (format {header.get('format')!r}, expected {FORMAT!r})")
    try:
        version = int(header["version"])
        meta = json.loads(header["meta"])
    except (KeyError, ValueError) as e:
        raise CheckpointError(f"{path}: damaged ngs checkpoint metadata ({e})") from None
    if version > VERSION:
        raise CheckpointError(f"{path}: checkpoint format version {version} is newer than this ngs ({VERSION}); upgrade ngs")
    return tensors, meta
