"""The numpy render engine computes what the torch modules it copies compute, and renders only what is audible."""
import numpy as np
import pytest
import torch

from granular_vae import noise_synth
from granular_vae.config import EmbeddingConfig, GrainConfig, VAEConfig
from granular_vae.embedding import PathVAE
from granular_vae.grain_vae import NoiseDecoder
from granular_vae.grains import frame, grain_windows
from granular_vae.overlap_add import window_and_overlap_add
from granular_vae.render import (NoiseRenderer, OverlapAdd, PathDecoder, band_pair_weights, decay_envelope, exp_sigmoid,
                                 noise_bank, noise_rms, rms_upper_bound)
from granular_vae.synth import Synth


def _perturbed(module: torch.nn.Module, seed: int) -> torch.nn.Module:
    """A module with every parameter moved off its initial value (LayerNorm gains and biases included)."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in module.parameters():
            p.add_(0.3 * torch.randn(p.shape, generator=gen))
    return module.eval()


@pytest.mark.parametrize("layers", [1, 2])
def test_path_decoder_matches_the_torch_gru(layers):
    embedding = _perturbed(PathVAE(16, 8, 84, EmbeddingConfig(hidden=32, layers=layers)), layers)
    numpy_paths = PathDecoder(embedding)
    rng = np.random.default_rng(0)
    for onehot in (None, np.eye(8, dtype=np.float32)[3] * 1.5):
        e = rng.standard_normal(16).astype(np.float32)
        with torch.no_grad():
            ref = embedding.decode(torch.from_numpy(e)[None], None if onehot is None else torch.from_numpy(onehot)[None])[0]
        np.testing.assert_allclose(numpy_paths.decode(e, onehot), ref.numpy(), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("noise_layers", [1, 2])
def test_noise_renderer_matches_the_torch_decoder(noise_layers):
    decoder = _perturbed(NoiseDecoder(GrainConfig(), VAEConfig(noise_layers=noise_layers)), 7)
    renderer = NoiseRenderer(decoder, bank_rows=64)
    z = np.random.default_rng(1).standard_normal((40, 16)).astype(np.float32)
    onehot = np.eye(8, dtype=np.float32)[2]
    bands, decay = renderer.band_params(z, onehot)
    with torch.no_grad():
        ref_bands, ref_decay = decoder.band_params(torch.from_numpy(z)[None], torch.from_numpy(onehot)[None])
        ref_mags = decoder.magnitudes(ref_bands)[0].numpy()
        ref_env = noise_synth.decay_envelope(ref_decay, 1024)[0].numpy()
    np.testing.assert_allclose(bands, ref_bands[0].numpy(), rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(decay, ref_decay[0].numpy(), rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(renderer.magnitudes(bands), ref_mags, rtol=1e-4, atol=1e-7)
    np.testing.assert_allclose(decay_envelope(decay, 1024), ref_env, rtol=1e-4, atol=1e-5)

    # Grains: the torch filter applied to the same noise rows, then the decay, as training renders them.
    rows_rng, rng = np.random.default_rng(5), np.random.default_rng(5)
    grains = renderer.grains(z, onehot, rng)
    n = int((np.abs(grains).max(1) > 0).sum())
    rows = rows_rng.integers(64, size=(n, noise_layers))
    noise = torch.fft.irfft(torch.from_numpy(renderer.bank[rows]), 1024)
    ref = (noise_synth.filter_noise(noise, torch.from_numpy(ref_mags[:n])).numpy() * ref_env[:n]).sum(1)   # layers add
    np.testing.assert_allclose(grains[:n], ref, rtol=1e-4, atol=1e-5 * np.abs(ref).max())

    # Audio: the torch overlap-add of the same grains.
    audio = renderer.render(z, onehot, np.random.default_rng(5))
    ola = window_and_overlap_add(torch.from_numpy(grains)[None], 256)[0].numpy()
    np.testing.assert_allclose(audio, ola, rtol=1e-5, atol=1e-6 * np.abs(ola).max())


def test_exp_sigmoid_matches_torch_over_its_range_and_never_overflows():
    x = np.linspace(-30, 30, 1001, dtype=np.float32)
    np.testing.assert_allclose(exp_sigmoid(x), noise_synth.exp_sigmoid(torch.from_numpy(x)).numpy(), rtol=1e-5)
    with np.errstate(over="raise", divide="raise", invalid="raise"):   # extreme values (a client's /stream/z) give the bounds, not a warning
        np.testing.assert_allclose(exp_sigmoid(np.array([-1e30, -200.0, 200.0, 1e30], np.float32)), [1e-7, 1e-7, 50, 50])


@pytest.mark.parametrize("n_grains", [1, 2, 5, 84, 300])
def test_overlap_add_in_chunks_inverts_framing(n_grains):
    """Framing then chunked overlap-add gives the signal back, edges included, as window_and_overlap_add does."""
    x = np.random.default_rng(n_grains).standard_normal((n_grains - 1) * 256 + 1024).astype(np.float32)
    grains = frame(torch.from_numpy(x)[None], 1024, 256)[0].numpy()
    ola = OverlapAdd(n_grains, 1024, 256)
    for first in range(0, n_grains, 7):   # chunks that straddle the first and last grain
        ola.add(first, grains[first : first + 7])
    np.testing.assert_allclose(ola.result(), x, atol=1e-5)
    np.testing.assert_allclose(ola._windows(0, n_grains), grain_windows(n_grains, 1024).numpy(), atol=1e-6)


def test_noise_bank_is_white_noise_with_a_flat_magnitude_and_the_training_noise_variance():
    bank = noise_bank(4000, 64)
    assert bank.shape == (4000, 33) and bank.dtype == np.complex64
    np.testing.assert_allclose(np.abs(bank), (64 * noise_synth.NOISE_VARIANCE) ** 0.5, rtol=1e-5)
    assert np.all(bank[:, [0, -1]].imag == 0)                          # real at 0 Hz and Nyquist
    noise = np.fft.irfft(bank, 64)
    assert abs(float(noise.var()) - noise_synth.NOISE_VARIANCE) < 2e-3
    assert abs(float((noise[:, 1:] * noise[:, :-1]).mean() / noise.var())) < 0.02    # white: samples uncorrelated
    phases = np.angle(bank[:, 1:-1])
    assert abs(float(np.cos(phases).mean())) < 0.01 and abs(float(np.sin(phases).mean())) < 0.01


def test_noise_rms_is_the_rms_of_each_filtered_grain():
    rng = np.random.default_rng(1)
    mags = (rng.random((400, 513)) * np.logspace(-3, 0, 400)[:, None]).astype(np.float32)   # grains 60 dB apart
    bank = noise_bank(512, 1024)
    rms = np.sqrt((np.fft.irfft(bank[rng.integers(512, size=400)] * mags, 1024) ** 2).mean(-1))
    ratio = rms / noise_rms(mags)
    np.testing.assert_allclose(ratio, 1.0, rtol=1e-3)   # every grain, not only on average: the noise's magnitude is flat


def test_band_bound_is_above_the_rms_of_the_interpolated_bins_and_close_to_it():
    renderer = NoiseRenderer(NoiseDecoder(GrainConfig(), VAEConfig()), bank_rows=8)
    # Smooth and jagged band curves over 80 dB.
    smooth = np.linspace(-8, 4, 128)[None] + np.linspace(-6, 0, 50)[:, None]
    bands = np.concatenate([smooth, np.random.default_rng(0).standard_normal((50, 128)) * 4 - 3]).astype(np.float32)
    exact = noise_rms(renderer.magnitudes(bands))
    bound = rms_upper_bound(exp_sigmoid(bands), band_pair_weights(renderer.band_low, 128))
    assert np.all(bound >= exact * (1 - 1e-5))
    assert float((bound / exact).max()) < 3.0 and float((bound[:50] / exact[:50]).max()) < 1.2


def test_skipping_an_inaudible_tail_changes_nothing_audible():
    renderer = NoiseRenderer(NoiseDecoder(GrainConfig(), VAEConfig()), bank_rows=64)
    bands = np.random.default_rng(2).standard_normal((30, 128)).astype(np.float32)
    bands[20:] = -30.0                                     # a tail far below -100 dBFS
    bands[5] = -30.0                                       # a quiet grain before it is still rendered
    renderer.band_params = lambda z, onehot: (bands[: len(z), None], np.full((len(z), 1), 10.0, np.float32))
    z = np.zeros((30, 16), np.float32)
    skipped = renderer.grains(z, None, np.random.default_rng(3))
    assert skipped.shape == (30, 1024) and np.all(skipped[20:] == 0.0) and np.any(skipped[19] != 0.0)
    renderer.floor = 0.0                                   # render every grain
    full = renderer.grains(z, None, np.random.default_rng(3))
    np.testing.assert_array_equal(skipped[:20], full[:20])  # grain-major noise: a prefix is a prefix
    assert np.sqrt((full[20:] ** 2).mean(-1)).max() < 1e-5  # what the skip left out is indeed inaudible
    renderer.floor = 1e-5
    renderer.band_params = lambda z, onehot: (bands[20:, None], None)
    assert np.all(renderer.grains(z[20:], None, np.random.default_rng(3)) == 0.0)


def test_bundled_model_renders_like_its_torch_modules():
    """The shipped checkpoint through both implementations: the same path, the same filter responses."""
    synth = Synth.load()
    onehot = synth._onehot("snare").copy()
    e = synth._sample_embedding("snare", np.random.default_rng(0).standard_normal((1, 16), dtype=np.float32))[0]
    path = synth._path(e, onehot, 1.5)
    with torch.no_grad():
        ref_path = synth.embedding.decode(torch.from_numpy(e)[None], torch.from_numpy(onehot * 1.5)[None])[0]
        ref_bands, _ = synth.vae.decoder.band_params(ref_path[None], torch.from_numpy(onehot)[None])
    np.testing.assert_allclose(path, ref_path.numpy(), rtol=1e-4, atol=1e-5)
    bands, _ = synth.renderer.band_params(path, onehot)
    np.testing.assert_allclose(bands, ref_bands[0].numpy(), rtol=1e-3, atol=1e-3)
