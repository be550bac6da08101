"""One safe checkpoint file: safetensors weights + JSON metadata. Loading never executes code."""
from __future__ import annotations

import json
import os
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file

FORMAT = "ngs-granular-vae"
VERSION = 1


class CheckpointError(ValueError):
    """A checkpoint is missing, truncated, corrupt, foreign or too new; the message names the file."""


def atomic_replace(tmp: Path, path: Path) -> None:
    """Move a fully written temp file over path in one step, so a crash never leaves a half file."""
    os.replace(tmp, path)


def save_checkpoint(path: str | Path, tensors: dict[str, torch.Tensor], meta: dict) -> Path:
    """Write tensors + meta (JSON-serialisable) atomically: temp file in the same folder, then rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    header = {"format": FORMAT, "version": str(VERSION), "meta": json.dumps(meta)}
    save_file({k: v.detach().contiguous().cpu() for k, v in tensors.items()}, str(tmp), metadata=header)
    atomic_replace(tmp, path)
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
