import math

from pathlib import Path

import pytest
import soundfile as sf
import torch

from granular_vae.features import mel_filterbank
from granular_vae.losses import (GRAIN_SHAPE_MAX_HZ, MEL_BANDS, MEL_FFT_SIZES, gaussian_kl, grain_shape_loss, kl_loss, kl_warmup,
                                log_mel_distance, log_spectral_distance, loudness_loss, multiscale_spectral_loss, ONSET_SAMPLES,
                                onset_spectral_loss)
from granular_vae.noise_synth import expected_power

SR = 22050
DATA = Path(__file__).parent / "data"


def sine(freq: float, n: int = 8192) -> torch.Tensor:
    t = torch.arange(n) / SR
    return torch.sin(2 * math.pi * freq * t).unsqueeze(0)


def test_identical_signals_have_zero_distance():
    x = sine(440)
    assert multiscale_spectral_loss(x, x) < 1e-6
    assert log_spectral_distance(x, x) < 1e-4


def test_distance_is_symmetric_and_positive():
    a, b = sine(440), sine(1000)
    d1, d2 = multiscale_spectral_loss(a, b), multiscale_spectral_loss(b, a)
    assert d1 > 0.1
    torch.testing.assert_close(d1, d2)


def test_distance_grows_with_spectral_difference():
    a = sine(440)
    assert multiscale_spectral_loss(a, sine(445)) < multiscale_spectral_loss(a, sine(880))
    assert log_spectral_distance(a, sine(445)) < log_spectral_distance(a, sine(3000))


def test_loss_cares_more_about_pitch_than_phase_and_grows_with_level_error():
    t = torch.arange(8192) / SR
    a = torch.sin(2 * math.pi * 440 * t).unsqueeze(0)
    shifted = torch.sin(2 * math.pi * 440 * t + 1.0).unsqueeze(0)
    assert multiscale_spectral_loss(a, shifted) < 0.5 * multiscale_spectral_loss(a, sine(880))
    assert 0 < multiscale_spectral_loss(a, 0.9 * a) < multiscale_spectral_loss(a, 0.5 * a) < multiscale_spectral_loss(a, 0.1 * a)


def test_per_item_reduction():
    x = torch.cat([sine(440), sine(440)])
    y = torch.cat([sine(440), sine(2000)])
    d = multiscale_spectral_loss(x, y, reduce=False)
    assert d.shape == (2,) and d[0] < 1e-6 < d[1]


def test_gaussian_kl_known_values():
    assert gaussian_kl(torch.zeros(3), torch.zeros(3)).abs().max() < 1e-7
    torch.testing.assert_close(gaussian_kl(torch.tensor([2.0]), torch.tensor([0.0])), torch.tensor([2.0]))


def test_free_bits_floor_and_warmup():
    mu, logvar = torch.zeros(10, 4), torch.zeros(10, 4)
    assert kl_loss(mu, logvar) == 0
    assert math.isclose(float(kl_loss(mu, logvar, free_bits=0.5)), 2.0)  # 4 dims x 0.5 nats
    big = torch.full((10, 4), 3.0)
    assert math.isclose(float(kl_loss(big, logvar, free_bits=0.5)), 4 * 4.5, rel_tol=1e-6)
    assert kl_warmup(0, 100, 1.0) == 0 and kl_warmup(50, 100, 1.0) == 0.5 and kl_warmup(500, 100, 1.0) == 1.0


def test_loudness_loss_measures_level_in_log_amplitude():
    a = sine(440)
    assert loudness_loss(a, a) < 1e-6
    assert abs(float(loudness_loss(a, 0.5 * a)) - math.log(2)) < 1e-3  # a 6 dB error costs ln 2
    torch.testing.assert_close(loudness_loss(a, 0.5 * a), loudness_loss(0.5 * a, a))
    assert loudness_loss(a, sine(3000)) < 0.05  # same level, other pitch: (almost) free


def test_loudness_of_noise_is_nearly_unbiased():
    g = torch.Generator().manual_seed(0)
    n1 = torch.randn(4, 22050, generator=g)
    n2 = torch.randn(4, 22050, generator=g)
    assert loudness_loss(n1, n2) < 0.05


def test_log_mel_distance_weighs_the_low_end_more_than_linear_bins():
    fb = {n: torch.from_numpy(mel_filterbank(MEL_BANDS, n, 22050)).float() for n in MEL_FFT_SIZES}
    y = torch.randn(2, 22050, generator=torch.Generator().manual_seed(0))
    freqs = torch.fft.rfftfreq(22050, 1 / 22050)

    def boosted(lo: float, hi: float) -> torch.Tensor:   # +20 dB in one band
        spec = torch.fft.rfft(y)
        spec[:, (freqs >= lo) & (freqs < hi)] *= 10.0
        return torch.fft.irfft(spec, 22050)

    assert float(log_mel_distance(y, y, fb)) == 0.0
    low, high = boosted(20, 100), boosted(5000, 10000)
    mel_ratio = float(log_mel_distance(low, y, fb) / log_mel_distance(high, y, fb))
    linear_ratio = float(multiscale_spectral_loss(low, y) / multiscale_spectral_loss(high, y))
    assert mel_ratio > 4 * linear_ratio   # 20-100 Hz: a handful of linear bins, several mel bands


def test_onset_loss_hears_only_the_attack_and_weighs_it_more_than_the_whole_note_does():
    t = torch.arange(SR) / SR
    body = torch.sin(2 * math.pi * 120 * t) * torch.exp(-t / 0.2)                      # a tom's tone
    click = torch.randn(SR, generator=torch.Generator().manual_seed(0)) * torch.exp(-t / 0.004)  # its stick
    hit, dull = (body + click).unsqueeze(0), body.unsqueeze(0)
    quiet_tail = hit.clone()
    quiet_tail[:, ONSET_SAMPLES:] *= 0.5
    assert float(onset_spectral_loss(quiet_tail, hit)) == 0.0
    assert float(multiscale_spectral_loss(quiet_tail, hit)) > 0.0
    # Losing the click is a few percent of the note's frames, but most of its first 46 ms.
    assert float(onset_spectral_loss(dull, hit)) > 3 * float(multiscale_spectral_loss(dull, hit))


def test_grain_shape_loss_places_a_real_toms_partial_at_its_bin_whatever_the_level():
    tom = torch.from_numpy(sf.read(sorted((DATA / "tom").glob("*.wav"))[0], dtype="float32")[0])
    n, hop = 1024, 256
    window = torch.hann_window(n, periodic=True)
    target = torch.fft.rfft(tom[hop : hop + n] * window).abs().pow(2)[None, None]   # a grain after the stick
    low = slice(1, round(GRAIN_SHAPE_MAX_HZ * n / SR) + 1)
    peak = 1 + int(target[0, 0, low].argmax())

    def loss(spike_bin: int, gain: float = 1.0) -> float:
        mags = torch.full((1, 1, n // 2 + 1), 1e-3)
        mags[..., spike_bin] = 1.0
        return float(grain_shape_loss(expected_power(gain * mags, window), target, low))

    assert loss(peak) < loss(peak + 2) - 0.05 and loss(peak) < loss(peak - 2) - 0.05   # +-43 Hz is heard
    assert loss(peak, gain=30.0) == pytest.approx(loss(peak), abs=1e-4)               # shape, not level
    above = target.clone()
    above[..., low.stop :] *= 100.0                                                    # nothing above 1 kHz counts
    mags = torch.full((1, 1, n // 2 + 1), 1e-3)
    assert float(grain_shape_loss(expected_power(mags, window), above, low)) == pytest.approx(
        float(grain_shape_loss(expected_power(mags, window), target, low)))
