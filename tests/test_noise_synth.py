import numpy as np
import pytest
import torch

from granular_vae.noise_synth import (audible_grains, band_pair_weights, decay_envelope, exp_sigmoid, filter_noise,
                                      filtered_noise, mel_band_interpolation, noise_bank, noise_rms, rms_upper_bound)

# Fresh noise (training) and noise spectra drawn from a table (Synth's renders) must behave alike.
BANKS = pytest.mark.parametrize("bank", [None, noise_bank(512, 1024)], ids=["fresh", "bank"])


def test_filter_noise_is_circular_convolution_with_the_zero_phase_response():
    rng = np.random.default_rng(0)
    n = 64
    x = rng.uniform(-1, 1, (3, n)).astype(np.float32)
    mags = rng.random((3, n // 2 + 1)).astype(np.float32)
    ours = filter_noise(torch.from_numpy(x), torch.from_numpy(mags)).numpy()
    for xi, mi, oi in zip(x, mags, ours):
        h = np.fft.irfft(mi, n)                                    # real, even impulse response
        circulant = h[(np.arange(n)[:, None] - np.arange(n)[None, :]) % n]
        np.testing.assert_allclose(oi, circulant @ xi, atol=1e-5)


@BANKS
def test_filtered_noise_is_seeded_and_band_limited(bank):
    mags = torch.full((1, 6, 513), 1e-7)
    mags[..., 100:120] = 1.0  # a band around 2.1-2.6 kHz at 22.05 kHz
    a = filtered_noise(mags, torch.Generator().manual_seed(7), bank)
    b = filtered_noise(mags, torch.Generator().manual_seed(7), bank)
    c = filtered_noise(mags, torch.Generator().manual_seed(8), bank)
    assert a.shape == (1, 6, 1024)
    torch.testing.assert_close(a, b)
    assert not torch.allclose(a, c)
    spec = np.abs(np.fft.rfft(a[0].numpy() * np.hanning(1024), axis=-1)) ** 2
    band = spec[:, 100:120].mean()
    assert band > 1e4 * spec[:, 130:].mean()
    assert band > 1e4 * spec[:, :90].mean()


@BANKS
def test_noise_rms_is_the_expected_rms_of_filtered_noise(bank):
    mags = torch.rand(1, 400, 513) * torch.logspace(-3, 0, 400).unsqueeze(-1)  # grains 60 dB apart
    rms = filtered_noise(mags, torch.Generator().manual_seed(1), bank).pow(2).mean(-1).sqrt()
    ratio = rms / noise_rms(mags)
    assert abs(float(ratio.mean()) - 1.0) < 0.01
    assert float(ratio.min()) > 0.85 and float(ratio.max()) < 1.15


def test_mel_bands_interpolate_to_bins():
    low, weight = mel_band_interpolation(128, 513, 22050)
    pos = low + weight                                              # fractional band of each bin
    assert pos[0] == 0.0 and abs(float(pos[-1]) - 127.0) < 1e-4     # 0 Hz and Nyquist are the end bands
    assert torch.all(torch.diff(pos) > 0) and torch.all((weight >= 0) & (weight <= 1))
    assert float(pos[1] - pos[0]) > 1.0                             # finer than the 21.5 Hz bins at the bottom
    assert float(pos[-1] - pos[-11]) < 1.0                          # 10 bins share a band at the top
    bands = torch.randn(2, 128)
    bins = torch.lerp(bands[:, low], bands[:, low + 1], weight)
    torch.testing.assert_close(bins[:, 0], bands[:, 0])
    torch.testing.assert_close(bins[:, -1], bands[:, -1])
    flat = torch.full((128,), 0.3)
    torch.testing.assert_close(torch.lerp(flat[low], flat[low + 1], weight), torch.full((513,), 0.3))


def test_exp_sigmoid_is_positive_bounded_and_monotonic():
    x = torch.linspace(-20, 20, 101)
    y = exp_sigmoid(x)
    assert torch.all(y > 0) and torch.all(y <= 50.0 + 1e-6)
    assert torch.all(torch.diff(y) >= 0)


def test_decay_envelope_keeps_energy_and_moves_it_to_the_start():
    env = decay_envelope(torch.tensor([0.0, 5.0, 50.0]), 1024)
    torch.testing.assert_close(env.pow(2).mean(-1), torch.ones(3))
    torch.testing.assert_close(env[0], torch.ones(1024))                 # rate 0: a flat grain
    assert torch.all(env[1:, 1:] < env[1:, :-1])                        # decaying
    first_ms = env[:, :22].pow(2).sum(-1) / env.pow(2).sum(-1)          # share of energy in 1 ms
    assert first_ms[0] < 0.03 < 0.8 < first_ms[2]


@BANKS
def test_skipping_an_inaudible_tail_changes_nothing_audible(bank):
    from granular_vae.config import GrainConfig, VAEConfig
    from granular_vae.grain_vae import NoiseDecoder

    decoder = NoiseDecoder(GrainConfig(), VAEConfig())
    bands = torch.randn(2, 30, 128)
    bands[:, 20:] = -30.0                                  # a tail far below -100 dBFS
    bands[0, 5] = -30.0                                    # a quiet grain before it is still rendered
    mags = decoder.magnitudes(bands)
    assert audible_grains(mags, 1e-5) == 20 and audible_grains(mags[:, 20:], 1e-5) == 0
    full = filtered_noise(mags, torch.Generator().manual_seed(3), bank)
    head = filtered_noise(mags[:, :20], torch.Generator().manual_seed(3), bank)
    torch.testing.assert_close(head, full[:, :20])         # grain-major noise: a prefix is a prefix
    assert full[:, 20:].pow(2).mean(-1).sqrt().max() < 1e-5   # what a skip leaves out is indeed inaudible

    # The decoder: the same grains as a full render, then exact silence.
    decoder.band_params = lambda z, onehot: (bands[:, : z.shape[1]], torch.full(bands.shape[:-1], 10.0))
    z = torch.zeros(2, 30, 16)
    rendered = decoder.grains(z, None, torch.Generator().manual_seed(3), bank=bank)
    skipped = decoder.grains(z, None, torch.Generator().manual_seed(3), skip_below=1e-5, bank=bank)
    assert skipped.shape == rendered.shape and torch.all(skipped[:, 20:] == 0.0)
    torch.testing.assert_close(skipped[:, :20], rendered[:, :20])
    decoder.band_params = lambda z, onehot: (bands[:, 20:], None)
    assert torch.all(decoder.grains(z[:, 20:], None, skip_below=1e-5, bank=bank) == 0.0)


def test_band_bound_is_above_the_rms_of_the_interpolated_bins_and_close_to_it():
    from granular_vae.config import GrainConfig, VAEConfig
    from granular_vae.grain_vae import NoiseDecoder

    decoder = NoiseDecoder(GrainConfig(), VAEConfig())
    # Smooth and jagged band curves over 80 dB.
    smooth = torch.linspace(-8, 4, 128).expand(50, -1) + torch.linspace(-6, 0, 50).unsqueeze(-1)
    bands = torch.cat([smooth, torch.randn(50, 128) * 4 - 3])
    exact = noise_rms(decoder.magnitudes(bands))
    bound = rms_upper_bound(exp_sigmoid(bands), band_pair_weights(decoder.band_low, 128))
    assert torch.all(bound >= exact * (1 - 1e-5))
    assert float((bound / exact).max()) < 3.0 and float((bound[:50] / exact[:50]).max()) < 1.2
