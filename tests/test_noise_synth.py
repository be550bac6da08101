import numpy as np
import torch

from granular_vae.noise_synth import (decay_envelope, exp_sigmoid, expected_power, filter_noise, filtered_noise,
                                     mel_band_interpolation, white_noise)


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


def test_filtered_noise_is_seeded_and_band_limited():
    mags = torch.full((1, 6, 513), 1e-7)
    mags[..., 100:120] = 1.0  # a band around 2.1-2.6 kHz at 22.05 kHz
    a = filtered_noise(mags, torch.Generator().manual_seed(7))
    b = filtered_noise(mags, torch.Generator().manual_seed(7))
    c = filtered_noise(mags, torch.Generator().manual_seed(8))
    assert a.shape == (1, 6, 1024)
    torch.testing.assert_close(a, b)
    assert not torch.allclose(a, c)
    spec = np.abs(np.fft.rfft(a[0].numpy() * np.hanning(1024), axis=-1)) ** 2
    band = spec[:, 100:120].mean()
    assert band > 1e4 * spec[:, 130:].mean()
    assert band > 1e4 * spec[:, :90].mean()


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


def test_expected_power_is_the_mean_periodogram_of_many_noise_draws():
    n = 256
    mags = torch.rand(n // 2 + 1, generator=torch.Generator().manual_seed(0)) ** 4
    mags[10] = 5.0                                                    # a tonal spike next to a noise floor
    window = torch.hann_window(n, periodic=True) * decay_envelope(torch.tensor(8.0), n)
    noise = white_noise((4000, n), torch.Generator().manual_seed(1))
    measured = torch.fft.rfft(window * filter_noise(noise, mags)).abs().pow(2).mean(0)
    ratio = measured / expected_power(mags, window)
    assert ratio.log().abs().mean() < 0.03 and ratio.sub(1.0).abs().max() < 0.2   # 4000 draws: ~1.6 % per bin
