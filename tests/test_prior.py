"""The recurrent embedding's decoder layout and the per-class prior that sample_note draws from."""
import numpy as np
import pytest
import torch

from granular_vae import Synth
from granular_vae.checkpoint import load_checkpoint, save_checkpoint
from granular_vae.config import EmbeddingConfig
from granular_vae.embedding import PathVAE
from granular_vae.synth import DEFAULT_EMPHASIS, PRIOR_KEYS
from granular_vae.train import aggregate_posterior


def test_decoder_emits_several_grains_per_step_and_any_path_length():
    for n_steps, per_step in [(84, 6), (10, 4), (7, 1)]:
        vae = PathVAE(16, 3, n_steps, EmbeddingConfig(grains_per_step=per_step))
        assert vae.time.shape[0] == -(-n_steps // per_step)
        assert vae.decode(torch.randn(2, 16), torch.eye(3)[:2]).shape == (2, n_steps, 16)


def test_aggregate_posterior_recovers_known_gaussians():
    g = torch.Generator().manual_seed(0)
    dim, n = 4, 4000
    cov_a = torch.tensor([[1.0, 0.5, 0, 0], [0.5, 1.0, 0, 0], [0, 0, 0.2, 0], [0, 0, 0, 0.2]])
    mu_a = torch.randn(n, dim, generator=g) @ torch.linalg.cholesky(cov_a).T + 3.0
    mu_b = 0.1 * torch.randn(n, dim, generator=g) - 2.0
    var = torch.full((2 * n, dim), 0.3)  # each posterior's own variance adds to the mixture's
    labels = torch.cat([torch.zeros(n), torch.ones(n)]).long()
    mean, tril = aggregate_posterior(torch.cat([mu_a, mu_b]), var, labels, 2)
    assert mean.shape == (3, dim) and tril.shape == (3, dim, dim)
    torch.testing.assert_close(mean[0], torch.full((dim,), 3.0), atol=0.06, rtol=0)
    torch.testing.assert_close(mean[1], torch.full((dim,), -2.0), atol=0.06, rtol=0)
    torch.testing.assert_close(mean[2], torch.full((dim,), 0.5), atol=0.06, rtol=0)
    # Shrinkage towards the pooled covariance is worth dim pseudo-examples: negligible at n = 4000.
    torch.testing.assert_close(tril[0] @ tril[0].T, cov_a + 0.3 * torch.eye(dim), atol=0.1, rtol=0)


def test_a_class_with_one_example_still_gets_a_valid_prior():
    mu, var = torch.randn(20, 8), torch.rand(20, 8)
    labels = torch.tensor([0] * 19 + [1])
    mean, tril = aggregate_posterior(mu, var, labels, 3)   # class 2 has no example at all
    assert torch.isfinite(tril).all() and (torch.diagonal(tril, dim1=-2, dim2=-1) > 0).all()
    torch.testing.assert_close(mean[2], mean[3])           # no data: the pooled prior


def test_sample_note_draws_from_the_class_prior(synth):
    # e = mean_c + L_c eps: at eps = 0 the class mean, and the covariance L_c L_c^T.
    k = synth.class_index("kick")
    dim = synth.embedding.embed_dim
    mean, tril = synth.stats["embed_mean"][k].numpy(), synth.stats["embed_scale_tril"][k].numpy()
    np.testing.assert_allclose(synth._sample_embedding("kick", np.zeros((1, dim), np.float32))[0], mean, rtol=1e-6)
    e = synth._sample_embedding("kick", np.random.default_rng(0).standard_normal((20000, dim), dtype=np.float32))
    np.testing.assert_allclose(np.cov(e.T), tril @ tril.T, atol=0.05 * (tril ** 2).sum(-1).max(), rtol=0)
    assert not np.array_equal(mean, synth.stats["embed_mean"][synth.class_index("snare")].numpy())


def test_temperature_zero_gives_the_class_mean_hit(synth):
    # At T = 0 two seeds share the embedding point, so they differ only in the noise: their spectral
    # envelopes match better than those of two hits at a high temperature.
    def envelope_gap(a, b):
        spec = lambda x: np.log(np.abs(np.fft.rfft(x.reshape(-1, 512), axis=1)) + 1e-5).mean(0)
        return np.abs(spec(a) - spec(b)).mean()

    n = synth.note_length // 512 * 512
    cold, hot = ([synth.sample_note("kick", temperature=t, seed=s)[:n] for s in (1, 2)] for t in (0.0, 3.0))
    assert envelope_gap(*cold) < envelope_gap(*hot)


def test_class_emphasis_defaults_and_checks(synth):
    np.testing.assert_array_equal(synth.sample_note("kick", seed=3), synth.sample_note("kick", seed=3, emphasis=DEFAULT_EMPHASIS))
    # No class, nothing to emphasise.
    np.testing.assert_array_equal(synth.sample_note(None, seed=3, emphasis=3.0), synth.sample_note(None, seed=3, emphasis=1.0))
    for bad in (float("nan"), -1.0, 5.0):
        with pytest.raises(ValueError, match="emphasis"):
            synth.sample_note("kick", emphasis=bad)


def test_checkpoints_without_the_fitted_prior_still_load(tiny_checkpoint, tmp_path):
    # Checkpoints written before grains_per_step and the fitted prior: N(0, I), one grain per step.
    _, meta = load_checkpoint(tiny_checkpoint)
    old = Synth.load(tiny_checkpoint)
    old.embedding = PathVAE(old.latent_dim, len(old.classes), old.note_grains, EmbeddingConfig(grains_per_step=1))
    tensors = {k: v for k, v in old.state_tensors().items() if k.removeprefix("stats.") not in PRIOR_KEYS}
    del meta["config"]["embedding"]["grains_per_step"]
    save_checkpoint(tmp_path / "old.safetensors", tensors, meta)
    synth = Synth.load(tmp_path / "old.safetensors")
    assert synth.embedding.per_step == 1
    torch.testing.assert_close(synth.stats["embed_scale_tril"][0], torch.eye(synth.embedding.embed_dim))
    assert np.isfinite(synth.sample_note("kick", seed=0)).all()
