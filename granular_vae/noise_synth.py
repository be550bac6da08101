"""Subtractive synthesis: filter magnitudes -> filtered, seeded white noise (pure functions).

Shapes: magnitudes [..., bins] at the rfft bins of a grain of n = 2 * (bins - 1) samples, 0 Hz to
Nyquist. Each grain's white noise is filtered in the frequency domain: transformed, multiplied by the
zero-phase response, transformed back. That is a circular convolution, and circularly filtered white
noise is stationary noise whose power spectrum is exactly |H|^2 at every bin. The grain window,
applied afterwards, smooths the response over +-2 bins once; an FIR windowed in time (this module's
first design) smoothed it twice and cost four FFTs of 1.5x the size instead of two.
"""
from __future__ import annotations

import functools
import math

import numpy as np
import torch


def exp_sigmoid(x: torch.Tensor, max_value: float = 50.0, exponent: float = 10.0, floor: float = 1e-7) -> torch.Tensor:
    """Positive magnitudes with a wide dynamic range (log-like response), bounded above (as in DDSP)."""
    return max_value * torch.sigmoid(x) ** math.log(exponent) + floor


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


UNIFORM_VARIANCE = 1.0 / 3.0   # of white noise uniform in [-1, 1) (white_noise)


def spectrum_weights(bins: int) -> torch.Tensor:
    """Weights [bins] that turn |H|^2 at the rfft bins into its mean over the full spectrum (Parseval):
    bins 1 .. bins-2 appear twice there, 0 Hz and Nyquist once."""
    w = torch.full((bins,), 1.0 / (bins - 1))
    w[0] = w[-1] = 0.5 / (bins - 1)
    return w


@functools.lru_cache(maxsize=8)
def _rms_weights(bins: int, device: str, dtype: torch.dtype) -> torch.Tensor:
    return (spectrum_weights(bins) * UNIFORM_VARIANCE).to(device, dtype)


def noise_rms(magnitudes: torch.Tensor) -> torch.Tensor:
    """Expected RMS [...] of uniform white noise filtered by magnitudes [..., bins] (see filter_noise).

    Uniform noise in [-1, 1) has variance UNIFORM_VARIANCE, and circular filtering scales it by the mean
    of |H|^2 over the full spectrum (spectrum_weights).
    """
    return torch.sqrt(magnitudes.pow(2) @ _rms_weights(magnitudes.shape[-1], str(magnitudes.device), magnitudes.dtype))


def filter_noise(noise: torch.Tensor, magnitudes: torch.Tensor) -> torch.Tensor:
    """Noise [..., n] circularly filtered by the zero-phase response magnitudes [..., n // 2 + 1] -> [..., n]."""
    n = noise.shape[-1]
    return torch.fft.irfft(torch.fft.rfft(noise) * magnitudes, n)


def audible_grains(magnitudes: torch.Tensor, threshold: float) -> int:
    """How many leading grains of magnitudes [batch, grains, bins] to render: up to the last grain of any
    batch item whose filtered noise is expected to reach `threshold` RMS (noise_rms); 0 if none does.

    A sampled hit's tail is often digital silence (below -100 dBFS for 40 % of its grains on average),
    and rendering it would cost as much as the audible part.
    """
    return last_at_least(noise_rms(magnitudes), threshold)


def last_at_least(rms: torch.Tensor, threshold: float) -> int:
    """rms [batch, grains] -> 1 + the last grain where any batch item reaches threshold; 0 if none does."""
    audible = (rms >= threshold).flatten(0, -2).any(0)   # [grains]
    return int(audible.nonzero().max()) + 1 if audible.any() else 0


def band_pair_weights(band_index: torch.Tensor, n_bands: int) -> torch.Tensor:
    """Each pair of adjacent bands' share [n_bands - 1] of the mean over the full spectrum (spectrum_weights).

    band_index [bins] is mel_band_interpolation's (the band below each bin).
    """
    return torch.zeros(n_bands - 1).index_add_(0, band_index, spectrum_weights(len(band_index)))


def rms_upper_bound(band_magnitudes: torch.Tensor, pair_weights: torch.Tensor) -> torch.Tensor:
    """An upper bound [...] of noise_rms of the bins interpolated between band_magnitudes [..., n_bands].

    A monotonic magnitude curve (exp_sigmoid) of a value interpolated between two bands' is at most the
    larger of their magnitudes, so each bin is bounded by its pair's maximum: the bound costs a pass
    over the bands instead of the bins, and grains under it need not be interpolated at all.
    """
    top = torch.maximum(band_magnitudes[..., :-1], band_magnitudes[..., 1:])
    return torch.sqrt(top.pow(2) @ pair_weights * UNIFORM_VARIANCE)


def noise_bank(rows: int, n: int, seed: int = 0) -> torch.Tensor:
    """Spectra [rows, n // 2 + 1] (complex) of `rows` seeded grains of uniform white noise of n samples.

    Synthesis can draw each grain's noise as a random row of this table (filtered_noise's bank) instead
    of drawing n fresh samples and transforming them: the same statistics for a random index per grain,
    and ~0.1 ms (7 %) off the render of a 1 s hit on one CPU thread. A few thousand rows are more than
    one sound can repeat audibly: a row recurs under another filter, another decay and another window.
    """
    return torch.fft.rfft(white_noise((rows, n), torch.Generator().manual_seed(seed)))


def filtered_noise(magnitudes: torch.Tensor, generator: torch.Generator | None = None,
                   bank: torch.Tensor | None = None) -> torch.Tensor:
    """White noise [batch, grains, samples] filtered by magnitudes [batch, grains, bins]; samples = 2 (bins - 1).

    bank [rows, bins] (noise_bank): each grain's noise spectrum is a random row of it instead of fresh noise.
    The noise is drawn grain by grain (grain-major), so the first n grains get the same noise whether
    n or more grains are drawn: rendering only a hit's audible grains (audible_grains) gives exactly
    those grains of a full render.
    """
    *batch, grains, bins = magnitudes.shape
    if bank is None:
        noise = white_noise((grains, *batch, 2 * (bins - 1)), generator, magnitudes.device).movedim(0, -2)
        return filter_noise(noise, magnitudes)
    rows = torch.randint(len(bank), (grains, *batch), generator=generator, device=bank.device)
    return torch.fft.irfft(bank[rows].movedim(0, -2) * magnitudes, 2 * (bins - 1))
