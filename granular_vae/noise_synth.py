"""Subtractive synthesis: filter magnitudes -> filtered, seeded white noise (pure functions).

Shapes: magnitudes [..., bins] at the rfft bins of a grain of n = 2 * (bins - 1) samples, 0 Hz to
Nyquist. Each grain's white noise is filtered in the frequency domain: transformed, multiplied by the
zero-phase response, transformed back. That is a circular convolution, and circularly filtered white
noise is stationary noise whose power spectrum is exactly |H|^2 at every bin. The grain window,
applied afterwards, smooths the response over +-2 bins once; an FIR windowed in time (this module's
first design) smoothed it twice and cost four FFTs of 1.5x the size instead of two.

Training filters i.i.d. uniform noise, whose per-bin magnitudes are random; the render engine
(render.noise_bank) filters random-phase noise of the same variance, whose magnitudes are flat, so
a rendered grain's spectrum is the response itself. Why each is used where it is:
checkpoints/README.md (v10 rendered with random-phase noise, v11 trained with it).
"""
from __future__ import annotations

import functools
import math

import numpy as np
import torch


# exp_sigmoid's curve (DDSP's): MAGNITUDE_MAX * sigmoid(x) ** MAGNITUDE_POWER + MAGNITUDE_FLOOR.
MAGNITUDE_MAX = 50.0
MAGNITUDE_POWER = math.log(10.0)
MAGNITUDE_FLOOR = 1e-7


def exp_sigmoid(x: torch.Tensor) -> torch.Tensor:
    """Positive magnitudes with a wide dynamic range (log-like response), bounded above (as in DDSP)."""
    return MAGNITUDE_MAX * torch.sigmoid(x) ** MAGNITUDE_POWER + MAGNITUDE_FLOOR


def hz_to_mel(hz: np.ndarray | float) -> np.ndarray:
    """The HTK mel scale (also the eval features' filterbank scale)."""
    return 2595.0 * np.log10(1.0 + np.asarray(hz, dtype=np.float64) / 700.0)


def mel_to_hz(mel: np.ndarray | float) -> np.ndarray:
    return 700.0 * (10.0 ** (np.asarray(mel, dtype=np.float64) / 2595.0) - 1.0)


def mel_band_interpolation(n_bands: int, n_bins: int, sample_rate: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Linear interpolation from n_bands mel-spaced band centres (0 Hz .. Nyquist) to n_bins rfft bins.

    Returns (index of the band below each bin [bins], weight of the band above [bins]): bin value =
    lerp(band[index], band[index + 1], weight). Mel spacing puts bands ~20 Hz apart at the bottom, where
    kicks and toms have their pitch, and ~300 Hz apart at 10 kHz, where drums are noise.
    """
    if n_bands < 2:
        raise ValueError(f"need at least 2 bands, got {n_bands}")
    pos = torch.from_numpy(hz_to_mel(np.linspace(0.0, sample_rate / 2, n_bins)) / hz_to_mel(sample_rate / 2) * (n_bands - 1))
    index = pos.floor().long().clamp(0, n_bands - 2)
    return index, (pos - index).float()


NOISE_VARIANCE = 1.0 / 3.0   # per sample, of white_noise (uniform in [-1, 1)); the render engine's noise matches it


def white_noise(shape: tuple[int, ...], generator: torch.Generator | None = None, device: torch.device | str = "cpu") -> torch.Tensor:
    """Uniform white noise in [-1, 1) from a seedable generator (drawn in place: one pass)."""
    return torch.empty(shape, device=device).uniform_(-1.0, 1.0, generator=generator)


@functools.lru_cache(maxsize=8)
def _grain_time(n: int, device: str, dtype: torch.dtype) -> torch.Tensor:
    return torch.arange(n, device=device, dtype=dtype) / n


def decay_envelope(rate: torch.Tensor, n_samples: int) -> torch.Tensor:
    """Energy-preserving exponential decay across a grain: rate [...] -> envelope [..., n_samples].

    exp(-rate * t) for t = 0 .. (n-1)/n, scaled so its mean square is 1: a rate of 0 is flat, a rate
    of 50 concentrates the grain's energy in its first ~20 samples, and the filter magnitudes keep
    setting the grain's energy whatever the rate.
    """
    env = torch.exp(-rate.unsqueeze(-1) * _grain_time(n_samples, str(rate.device), rate.dtype))
    # Mean square of the geometric series q^k, q = exp(-2 rate / n): (1 - q^n) / (n (1 - q)), in closed
    # form instead of a pass over the envelope; expm1 keeps it exact as the rate goes to 0.
    a = (2.0 * rate / n_samples).clamp_min(1e-12)
    mean_square = torch.expm1(-a * n_samples) / (n_samples * torch.expm1(-a))
    return env * torch.rsqrt(mean_square).unsqueeze(-1)


def filter_noise(noise: torch.Tensor, magnitudes: torch.Tensor) -> torch.Tensor:
    """Noise [..., n] circularly filtered by the zero-phase response magnitudes [..., n // 2 + 1] -> [..., n]."""
    n = noise.shape[-1]
    return torch.fft.irfft(torch.fft.rfft(noise) * magnitudes, n)


def expected_power(magnitudes: torch.Tensor, window: torch.Tensor) -> torch.Tensor:
    """Expected periodogram |rfft(window * filter_noise(white_noise, magnitudes))|^2 [..., bins], exactly.

    magnitudes [..., bins], window [..., n] (n = 2 (bins - 1); e.g. the Hann window times a grain's decay).
    Circularly filtered white noise has autocorrelation NOISE_VARIANCE * irfft(|H|^2); windowing multiplies
    it by the window's circular autocorrelation irfft(|rfft(window)|^2), and the expected periodogram is the
    transform of that product. A loss on it compares a decoder's filter with a target spectrum free of any
    one noise draw's random bin magnitudes (losses.grain_shape_loss).
    """
    n = window.shape[-1]
    noise_acf = NOISE_VARIANCE * torch.fft.irfft(magnitudes.pow(2), n)
    window_acf = torch.fft.irfft(torch.fft.rfft(window).abs().pow(2), n)
    return torch.fft.rfft(noise_acf * window_acf).real.clamp_min(0.0)


def filtered_noise(magnitudes: torch.Tensor, generator: torch.Generator | None = None) -> torch.Tensor:
    """White noise [..., grains, samples] filtered by magnitudes [..., grains, bins]; samples = 2 (bins - 1)."""
    *batch, grains, bins = magnitudes.shape
    # Drawn grain-major: the order the bundled model's training drew its noise in (its recipe reproduces).
    noise = white_noise((grains, *batch, 2 * (bins - 1)), generator, magnitudes.device).movedim(0, -2)
    return filter_noise(noise, magnitudes)
