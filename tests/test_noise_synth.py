import numpy as np
import pytest
import torch

from granular_vae.noise_synth import exp_sigmoid, fft_convolve, fft_size, filtered_noise, fir_from_magnitudes


def numpy_fir(mags: np.ndarray) -> np.ndarray:
    ir = np.fft.irfft(mags)
    ir = np.roll(ir, len(ir) // 2)
    return ir * np.hanning(len(ir) + 1)[:-1]


def test_fir_matches_numpy_reference():
    rng = np.random.default_rng(0)
    mags = rng.random((3, 129)).astype(np.float32)
    ours = fir_from_magnitudes(torch.from_numpy(mags)).numpy()
    for m, o in zip(mags, ours):
        np.testing.assert_allclose(o, numpy_fir(m), atol=1e-6)


def test_fir_is_linear_phase_symmetric():
    ir = fir_from_magnitudes(torch.rand(65)).numpy()
    centre = len(ir) // 2
    np.testing.assert_allclose(ir[centre - 20 : centre], ir[centre + 1 : centre + 21][::-1], atol=1e-6)


@pytest.mark.parametrize("n,taps", [(1000, 256), (1024, 1024), (37, 9), (64, 200)])
def test_fft_convolve_equals_numpy_linear_convolution(n, taps):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((2, n)).astype(np.float32)
    ir = rng.standard_normal((2, taps)).astype(np.float32)
    ours = fft_convolve(torch.from_numpy(x), torch.from_numpy(ir)).numpy()
    for xi, hi, oi in zip(x, ir, ours):
        full = np.convolve(xi, hi)
        np.testing.assert_allclose(oi, full[taps // 2 : taps // 2 + n], atol=1e-4)


def test_fft_size_is_the_smallest_fast_size():
    fast = [m for m in range(1, 5000) if _is_5_smooth(m)]
    for n in (1, 2, 7, 97, 1023, 1025, 1535, 1537, 4096):
        assert fft_size(n) == min(m for m in fast if m >= n)


def _is_5_smooth(m: int) -> bool:
    """True when m has no prime factors besides 2, 3 and 5."""
    for p in (2, 3, 5):
        while m % p == 0:
            m //= p
    return m == 1


def test_no_circular_wraparound():
    # An impulse at the very end must not leak into the start (it would with circular convolution).
    x = torch.zeros(1, 512)
    x[0, -1] = 1.0
    ir = torch.ones(1, 256)
    y = fft_convolve(x, ir)[0]
    assert torch.all(y[:200].abs() < 1e-6)


def test_filtered_noise_is_seeded_and_band_limited():
    mags = torch.full((1, 513), 1e-7)
    mags[0, 100:120] = 1.0  # a band around 2.1-2.6 kHz at 22.05 kHz
    a = filtered_noise(mags, 4096, torch.Generator().manual_seed(7))
    b = filtered_noise(mags, 4096, torch.Generator().manual_seed(7))
    c = filtered_noise(mags, 4096, torch.Generator().manual_seed(8))
    torch.testing.assert_close(a, b)
    assert not torch.allclose(a, c)
    spec = np.abs(np.fft.rfft(a[0].numpy(), 1024 * 4)) ** 2
    band = spec[400:480].mean()
    assert band > 1e3 * spec[1000:].mean()
    assert band > 1e3 * spec[:300].mean()


def test_exp_sigmoid_is_positive_bounded_and_monotonic():
    x = torch.linspace(-20, 20, 101)
    y = exp_sigmoid(x)
    assert torch.all(y > 0) and torch.all(y <= 50.0 + 1e-6)
    assert torch.all(torch.diff(y) >= 0)


def test_decay_envelope_keeps_energy_and_moves_it_to_the_start():
    from granular_vae.noise_synth import decay_envelope

    env = decay_envelope(torch.tensor([0.0, 5.0, 50.0]), 1024)
    torch.testing.assert_close(env.pow(2).mean(-1), torch.ones(3))
    torch.testing.assert_close(env[0], torch.ones(1024))                 # rate 0: a flat grain
    assert torch.all(env[1:, 1:] < env[1:, :-1])                        # decaying
    first_ms = env[:, :22].pow(2).sum(-1) / env.pow(2).sum(-1)          # share of energy in 1 ms
    assert first_ms[0] < 0.03 < 0.8 < first_ms[2]


def test_skipping_an_inaudible_tail_changes_nothing_audible():
    from granular_vae.noise_synth import noise_rms_bound

    mags = torch.rand(2, 30, 513)
    mags[:, 20:] *= 1e-7                                   # a tail far below -100 dBFS
    mags[0, 5] *= 1e-7                                     # a quiet grain before it is still rendered
    full = filtered_noise(mags, 1024, torch.Generator().manual_seed(3))
    skipped = filtered_noise(mags, 1024, torch.Generator().manual_seed(3), skip_below=1e-5)
    assert torch.all(skipped[:, 20:] == 0.0)
    torch.testing.assert_close(skipped[:, :20], full[:, :20])
    assert full[:, 20:].pow(2).mean(-1).sqrt().max() < 1e-5   # what was skipped was indeed inaudible
    rms = full.pow(2).mean(-1).sqrt()
    assert torch.all(rms <= noise_rms_bound(mags) * 1.05)      # the bound holds (up to the noise's spread)
    silent = filtered_noise(mags[:, 20:], 1024, torch.Generator().manual_seed(3), skip_below=1e-5)
    assert torch.all(silent == 0.0)
