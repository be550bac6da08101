"""Subtractive synthesis: filter magnitudes -> linear-phase FIR -> filtered, seeded white noise (pure functions).

Shapes: magnitudes [..., bands] sampled uniformly from 0 Hz to Nyquist; an FIR of 2 * (bands - 1) taps.
"""
from __future__ import annotations

import functools
import math

import torch


def exp_sigmoid(x: torch.Tensor, max_value: float = 50.0, exponent: float = 10.0, floor: float = 1e-7) -> torch.Tensor:
    """Positive magnitudes with a wide dynamic range (log-like response), bounded above (as in DDSP)."""
    return max_value * torch.sigmoid(x) ** math.log(exponent) + floor


def fir_from_magnitudes(magnitudes: torch.Tensor) -> torch.Tensor:
    """Linear-phase FIR [..., 2 * (bands - 1)] with the given magnitude response [..., bands].

    Zero-phase impulse response (irfft of real magnitudes), rotated to be causal with its peak at the
    centre, then Hann-windowed so the response is smooth and the filter is compact.
    """
    ir = torch.fft.irfft(magnitudes.to(torch.complex64), dim=-1)
    taps = ir.shape[-1]
    ir = torch.roll(ir, shifts=taps // 2, dims=-1)
    # Periodic Hann is symmetric about taps // 2, the impulse peak, so the filter stays exactly linear-phase.
    return ir * _hann(taps, str(ir.device))


@functools.lru_cache(maxsize=8)
def _hann(taps: int, device: str) -> torch.Tensor:
    return torch.hann_window(taps, periodic=True, device=device)


def fft_size(n: int) -> int:
    """Smallest power of two >= n."""
    return 1 << max(n - 1, 0).bit_length()


def fft_convolve(signal: torch.Tensor, ir: torch.Tensor) -> torch.Tensor:
    """Linear (not circular) convolution of signal [..., n] with a centred linear-phase ir [..., taps].

    Both are zero-padded to >= n + taps - 1 so nothing wraps around; the output [..., n] is aligned
    with the input (the FIR's delay of taps // 2 samples is removed).
    """
    n, taps = signal.shape[-1], ir.shape[-1]
    size = fft_size(n + taps - 1)
    y = torch.fft.irfft(torch.fft.rfft(signal, size) * torch.fft.rfft(ir, size), size)
    return y[..., taps // 2 : taps // 2 + n]


def white_noise(shape: tuple[int, ...], generator: torch.Generator | None = None, device: torch.device | str = "cpu") -> torch.Tensor:
    """Uniform white noise in [-1, 1) from a seedable generator (drawn in place: one pass)."""
    return torch.empty(shape, device=device).uniform_(-1.0, 1.0, generator=generator)


def filtered_noise(magnitudes: torch.Tensor, n_samples: int, generator: torch.Generator | None = None) -> torch.Tensor:
    """White noise [..., n_samples] filtered by the FIR of magnitudes [..., bands]."""
    noise = white_noise((*magnitudes.shape[:-1], n_samples), generator, magnitudes.device)
    return fft_convolve(noise, fir_from_magnitudes(magnitudes))
