"""Overlap-add of windowed grains back into a waveform (pure tensor functions)."""
from __future__ import annotations

import functools

import torch

from .grains import grain_windows, span


def overlap_add(grains: torch.Tensor, hop: int) -> torch.Tensor:
    """Sum grains [batch, grains, samples] at hop spacing -> [batch, span]."""
    b, g, length = grains.shape
    if length % hop == 0:
        # Each grain is length // hop hop-sized blocks; block k of grain i lands on output block i + k.
        # A few shifted adds are ~10x faster than fold (col2im) for a 1 s note at hop = length / 4.
        k = length // hop
        blocks = grains.reshape(b, g, k, hop)
        out = grains.new_zeros(b, g + k - 1, hop)
        for i in range(k):
            out[:, i : i + g] += blocks[:, :, i]
        return out.reshape(b, -1)
    out = torch.nn.functional.fold(
        grains.transpose(1, 2), output_size=(1, span(g, length, hop)), kernel_size=(1, length), stride=(1, hop)
    )
    return out.reshape(b, -1)


@functools.lru_cache(maxsize=64)
def _windows_and_norm(n_grains: int, grain_size: int, hop: int, device: str) -> tuple[torch.Tensor, torch.Tensor]:
    w = grain_windows(n_grains, grain_size, device)
    norm = overlap_add(w.unsqueeze(0), hop)[0]
    return w, 1.0 / norm


def windows_and_norm(n_grains: int, grain_size: int, hop: int, device: torch.device | str = "cpu"):
    """Cached (windows [grains, samples], 1 / window_sum [span]) for a grain count."""
    return _windows_and_norm(n_grains, grain_size, hop, str(device))


def window_and_overlap_add(grains: torch.Tensor, hop: int) -> torch.Tensor:
    """Window grains [batch, grains, samples], overlap-add and divide by the window sum -> [batch, span].

    Dividing by the summed windows makes framing followed by this function the identity, edges included.
    """
    _, g, length = grains.shape
    w, inv_norm = windows_and_norm(g, length, hop, grains.device)
    return overlap_add(grains * w, hop) * inv_norm
