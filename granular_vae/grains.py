"""Cutting audio into grains and the grain windows (pure tensor functions).

A signal of N samples becomes G = num_grains(N) grains of L samples, hop H, the last one zero-padded.
Grain windows are periodic Hann, except that the first grain's left half and the last grain's right
half are flat: a drum hit's attack at sample 0 is never faded in, and the overlap-add normalisation
(overlap_add.window_sum) stays well away from zero at both ends.
"""
from __future__ import annotations

import math

import torch


def num_grains(n_samples: int, grain_size: int, hop: int) -> int:
    """Grains needed so that every one of `n_samples` is covered by at least one grain."""
    if n_samples <= grain_size:
        return 1
    return math.ceil((n_samples - grain_size) / hop) + 1


def span(n_grains: int, grain_size: int, hop: int) -> int:
    """Samples covered by `n_grains` overlapping grains."""
    return (n_grains - 1) * hop + grain_size


def hann(size: int, device: torch.device | str | None = None) -> torch.Tensor:
    """Periodic Hann window [size]: with hop size/4 it sums to a constant (2), as does its square (1.5)."""
    return torch.hann_window(size, periodic=True, device=device)


def grain_windows(n_grains: int, grain_size: int, device: torch.device | str | None = None) -> torch.Tensor:
    """Synthesis/analysis windows [grains, samples]; flat outer halves on the first and last grain."""
    w = hann(grain_size, device).repeat(n_grains, 1)
    half = grain_size // 2
    w[0, :half] = 1.0
    w[-1, half:] = 1.0
    return w


def frame(audio: torch.Tensor, grain_size: int, hop: int) -> torch.Tensor:
    """Slice audio [batch, samples] into grains [batch, grains, grain_size] (zero-padded at the end)."""
    n = audio.shape[-1]
    g = num_grains(n, grain_size, hop)
    pad = span(g, grain_size, hop) - n
    if pad:
        audio = torch.nn.functional.pad(audio, (0, pad))
    return audio.unfold(-1, grain_size, hop)
