"""Subtractive synthesis: filter magnitudes -> linear-phase FIR -> filtered, seeded white noise (pure functions).

Shapes: magnitudes [..., bands] sampled uniformly from 0 Hz to Nyquist; an FIR of 2 * (bands - 1) taps.
"""
from __future__ import annotations

import functools
import math

import torch

from .grains import hann


def exp_sigmoid(x: torch.Tensor, max_value: float = 50.0, exponent: float = 10.0, floor: float = 1e-7) -> torch.Tensor:
    """Positive magnitudes with a wide dynamic range (log-like response), bounded above (as in DDSP)."""
    return max_value * torch.sigmoid(x) ** math.log(exponent) + floor


def fir_from_magnitudes(magnitudes: torch.Tensor) -> torch.Tensor:
    """Linear-phase FIR [..., 2 * (bands - 1)] with the given magnitude response [..., bands].

    Zero-phase impulse response (irfft of real magnitudes), rotated to be causal with its peak at the
    centre, then Hann-windowed so the response is smooth and the filter is compact.
    """
    # Rotating by half the length in time is a sign flip of every odd bin: (-1)^k = e^(-i pi k).
    ir = torch.fft.irfft((magnitudes * _alternating(magnitudes.shape[-1], str(magnitudes.device))).to(torch.complex64), dim=-1)
    # Periodic Hann is symmetric about taps // 2, the impulse peak, so the filter stays exactly linear-phase.
    return ir * _hann(ir.shape[-1], str(ir.device))


@functools.lru_cache(maxsize=8)
def _grain_time(n: int, device: str, dtype: torch.dtype) -> torch.Tensor:
    return torch.arange(n, device=device, dtype=dtype) / n


@functools.lru_cache(maxsize=8)
def _alternating(bands: int, device: str) -> torch.Tensor:
    return 1.0 - 2.0 * (torch.arange(bands, device=device) % 2)


@functools.lru_cache(maxsize=8)
def _hann(taps: int, device: str) -> torch.Tensor:
    return hann(taps, device)


@functools.lru_cache(maxsize=64)
def fft_size(n: int) -> int:
    """Smallest 2^a 3^b 5^c >= n: the sizes the FFT handles fastest (1536 costs less than 2048)."""
    size = max(n, 1)
    while not _is_5_smooth(size):
        size += 1
    return size


def _is_5_smooth(m: int) -> bool:
    for p in (2, 3, 5):
        while m % p == 0:
            m //= p
    return m == 1


def fft_convolve(signal: torch.Tensor, ir: torch.Tensor) -> torch.Tensor:
    """Linear (not circular) convolution of signal [..., n] with a centred linear-phase ir [..., taps].

    The output [..., n] is aligned with the input: samples taps // 2 .. taps // 2 + n of the full
    convolution (length n + taps - 1). Zero-padding both to N >= n + taps - 1 - taps // 2 is enough:
    a circular convolution of size N folds sample k + N onto k, and for every kept k, k + N lies past
    the end of the full convolution, so nothing wraps onto the output.
    """
    n, taps = signal.shape[-1], ir.shape[-1]
    size = fft_size(n + taps - 1 - taps // 2)
    y = torch.fft.irfft(torch.fft.rfft(signal, size) * torch.fft.rfft(ir, size), size)
    return y[..., taps // 2 : taps // 2 + n]


def white_noise(shape: tuple[int, ...], generator: torch.Generator | None = None, device: torch.device | str = "cpu") -> torch.Tensor:
    """Uniform white noise in [-1, 1) from a seedable generator (drawn in place: one pass)."""
    return torch.empty(shape, device=device).uniform_(-1.0, 1.0, generator=generator)


def decay_envelope(rate: torch.Tensor, n_samples: int) -> torch.Tensor:
    """Energy-preserving exponential decay across a grain: rate [...] -> envelope [..., n_samples].

    exp(-rate * t) for t = 0 .. (n-1)/n, scaled so its mean square is 1: a rate of 0 is flat, a rate
    of 50 concentrates the grain's energy in its first ~20 samples, and the filter magnitudes keep
    setting the grain's energy whatever the rate.
    """
    env = torch.exp(-rate.unsqueeze(-1) * _grain_time(n_samples, str(rate.device), rate.dtype))
    return env * torch.rsqrt(env.pow(2).mean(-1, keepdim=True))


def noise_rms_bound(magnitudes: torch.Tensor) -> torch.Tensor:
    """An upper bound [...] on the RMS of uniform white noise filtered by the FIR of magnitudes [..., bands].

    Uniform noise in [-1, 1) has variance 1/3; the unwindowed filter passes a share mean(|H|^2) of it
    (Parseval), and the FIR's window only removes energy.
    """
    power = magnitudes.pow(2)  # bins 1 .. bands-2 appear twice in the full spectrum of 2 (bands - 1) bins
    mean_power = (2 * power.sum(-1) - power[..., 0] - power[..., -1]) / (2 * (magnitudes.shape[-1] - 1))
    return torch.sqrt(mean_power / 3.0)


def filtered_noise(magnitudes: torch.Tensor, n_samples: int, generator: torch.Generator | None = None,
                   skip_below: float | None = None) -> torch.Tensor:
    """White noise [batch, grains, n_samples] filtered by the FIR of magnitudes [batch, grains, bands].

    skip_below: the grains after the last one whose filtered noise may reach this RMS (noise_rms_bound)
    are left silent instead of filtered. A sampled hit's tail is often digital silence (below -100 dBFS
    for 40 % of its grains on average), and rendering it would cost as much as the audible part. The
    noise is still drawn for every grain, so the rendered grains are exactly those of a full render.
    """
    noise = white_noise((*magnitudes.shape[:-1], n_samples), generator, magnitudes.device)
    if skip_below is None:
        return fft_convolve(noise, fir_from_magnitudes(magnitudes))
    audible = (noise_rms_bound(magnitudes) >= skip_below).flatten(0, -2).any(0)   # [grains]
    n = int(audible.nonzero().max()) + 1 if audible.any() else 0
    out = torch.zeros_like(noise)
    if n:  # (the FFT refuses an empty batch)
        out[..., :n, :] = fft_convolve(noise[..., :n, :], fir_from_magnitudes(magnitudes[..., :n, :]))
    return out
