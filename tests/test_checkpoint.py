import pickle
from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors.torch import save_file

from granular_vae import CheckpointError, Synth


def test_round_trip_gives_identical_audio(synth, tmp_path):
    path = synth.save(tmp_path / "copy.safetensors")
    again = Synth.load(path, device="cpu")
    assert again.classes == synth.classes and again.sample_rate == synth.sample_rate
    np.testing.assert_array_equal(again.sample_note("kick", seed=3), synth.sample_note("kick", seed=3))
    np.testing.assert_array_equal(again.sample_path("hat", seed=4, mode="loop"), synth.sample_path("hat", seed=4, mode="loop"))
    assert again.summary == synth.summary


def test_checkpoint_holds_everything_to_rebuild(tiny_checkpoint):
    from granular_vae.checkpoint import load_checkpoint

    tensors, meta = load_checkpoint(tiny_checkpoint)
    assert {"config", "classes", "sample_rate", "grain_size", "hop", "summary"} <= set(meta)
    assert meta["summary"]["step"] >= 0 and "train_config" in meta["summary"]
    assert any(k.startswith("vae.") for k in tensors) and any(k.startswith("embedding.") for k in tensors)


def test_truncated_file_gives_one_line_error_naming_it(tiny_checkpoint, tmp_path):
    bad = tmp_path / "truncated.safetensors"
    bad.write_bytes(tiny_checkpoint.read_bytes()[:5000])
    with pytest.raises(CheckpointError) as e:
        Synth.load(bad)
    assert str(bad) in str(e.value) and "\n" not in str(e.value)


def test_missing_and_garbage_files(tmp_path):
    with pytest.raises(CheckpointError, match="not found"):
        Synth.load(tmp_path / "nope.safetensors")
    garbage = tmp_path / "garbage.safetensors"
    garbage.write_bytes(np.random.default_rng(0).bytes(4096))
    with pytest.raises(CheckpointError, match="garbage.safetensors"):
        Synth.load(garbage)


def test_foreign_safetensors_file_is_rejected(tmp_path):
    foreign = tmp_path / "other_model.safetensors"
    save_file({"weight": torch.zeros(3)}, str(foreign), metadata={"format": "pt"})
    with pytest.raises(CheckpointError, match="not an ngs checkpoint"):
        Synth.load(foreign)


class _Boom:
    def __reduce__(self):
        return (open, ("/tmp/ngs_pickle_was_executed", "w"))


def test_pickle_payload_is_never_executed(tmp_path):
    marker = "/tmp/ngs_pickle_was_executed"
    import os

    if os.path.exists(marker):
        os.remove(marker)
    evil = tmp_path / "evil.safetensors"
    evil.write_bytes(pickle.dumps({"x": _Boom()}))
    with pytest.raises(CheckpointError):
        Synth.load(evil)
    assert not os.path.exists(marker)


def test_bundled_default_model_loads_and_plays():
    synth = Synth.load()
    assert synth.path.name == "drums.safetensors" and synth.path.stat().st_size <= 20_000_000
    assert set(synth.classes) >= {"kick", "snare", "hat", "cymbal", "tom"}
    hit = synth.sample_note("kick", seed=0)
    assert len(hit) == synth.note_length and np.isfinite(hit).all() and np.abs(hit).max() > 1e-3


@pytest.mark.parametrize("name", ["kick/HardElectro1__Kick-3__01.wav", "snare/FluidR3-GM__Brush-Snr-1__01.wav",
                                  "tom/VariBreaks__VariBreaks-Tom-Mid__01.wav"])
def test_bundled_model_varies_a_real_hit_close_to_it(name):
    """Variations of a real hit (Synth.vary) sound much nearer to it than fresh hits of its class do."""
    import soundfile as sf

    from granular_vae.data import fit_length, onset_trim, prepare
    from granular_vae.evaluate import spectral_distances

    synth, cls = Synth.load(), name.split("/")[0]
    audio, sr = sf.read(Path(__file__).parent / "data" / name, dtype="float32")
    real = fit_length(onset_trim(prepare(audio, sr, synth.sample_rate), synth.sample_rate), synth.note_length)
    e = synth.embed(audio, sr, cls)
    near = np.mean([spectral_distances(real, synth.vary(e, cls, 0.3, seed=k))[0] for k in range(3)])
    fresh = np.mean([spectral_distances(real, synth.sample_note(cls, seed=k))[0] for k in range(3)])
    assert near < 0.6 * fresh, (near, fresh)


def test_bundled_model_class_emphasis_trades_variety_for_typical_hits():
    """The same 12 kick draws decoded with the class input scaled up vary less: they move towards what kicks
    have in common (over 200 hits: 0.88 -> 0.66 of the training kicks' variety at emphasis 2)."""
    from granular_vae.evaluate import mean_pairwise_distance
    from granular_vae.features import prepare_clips

    synth = Synth.load()

    def variety(emphasis: float) -> float:
        hits = [synth.sample_note("kick", seed=s, emphasis=emphasis) for s in range(12)]
        return mean_pairwise_distance(prepare_clips(hits, synth.sample_rate))

    assert variety(2.0) < 0.9 * variety(1.0)


def test_decoder_band_and_layer_layouts():
    """Mel bands (the default) and one magnitude per bin (checkpoints before mel bands) both decode;
    a linear layout whose band count does not match the grain's bins is refused; so are summed noise layers
    without decays."""
    from granular_vae.config import GrainConfig, ModelConfig, VAEConfig
    from granular_vae.grain_vae import NoiseDecoder

    grains = GrainConfig()
    z = torch.randn(2, 5, 16)
    for cfg in (VAEConfig(), VAEConfig(n_bands=513, band_scale="linear"), VAEConfig(noise_layers=3)):
        decoder = NoiseDecoder(grains, cfg)
        bands, decay = decoder.band_params(z, None)
        magnitudes = decoder.magnitudes(bands)
        layers = cfg.noise_layers
        assert magnitudes.shape == (2, 5, layers, 513) and torch.all(magnitudes > 0) and decay.shape == (2, 5, layers)
    with pytest.raises(ValueError, match="band_scale"):
        NoiseDecoder(grains, VAEConfig(n_bands=128, band_scale="linear"))
    for bad in (VAEConfig(noise_layers=0), VAEConfig(noise_layers=2, grain_envelope=False)):   # summed layers need decays
        with pytest.raises(ValueError, match="noise_layers"):
            NoiseDecoder(grains, bad)
    old = ModelConfig().to_dict()
    old["vae"] = {k: v for k, v in old["vae"].items() if k != "band_scale"} | {"n_bands": 513}
    assert ModelConfig.from_dict(old).vae.band_scale == "linear"
