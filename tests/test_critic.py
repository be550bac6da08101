"""The class critic: fitted by training and by `ngs critic`, and how sample_note redraws with it."""
import numpy as np
import pytest

from granular_vae import Synth
from granular_vae.checkpoint import load_checkpoint, save_checkpoint
from granular_vae.cli import main
from granular_vae.critic import ATTACK_GRAINS, CRITIC_KEYS, path_features
from granular_vae.data import fit_length, onset_trim, read_audio
from granular_vae.synth import DEFAULT_CONFIDENCE, MAX_DRAWS

CONFIDENCE = 0.5   # the option's suggested setting (off by default)


def _note_paths(synth, files) -> np.ndarray:
    """Each file as the trainer sees it (onset-trimmed, one note long) -> encoded paths [files, grains, latent]."""
    notes = [fit_length(onset_trim(read_audio(f, synth.sample_rate), synth.sample_rate), synth.note_length) for f in files]
    return np.stack([synth._encode_prepared(n)[0] for n in notes])


def test_path_features_keep_the_attack_and_summarise_the_rest():
    paths = np.random.default_rng(0).standard_normal((3, 20, 4)).astype(np.float32)
    f = path_features(paths)
    assert f.shape == (3, (ATTACK_GRAINS + 2) * 4)
    np.testing.assert_array_equal(f[:, : ATTACK_GRAINS * 4], paths[:, :ATTACK_GRAINS].reshape(3, -1))
    np.testing.assert_allclose(f[:, -8:-4], paths[:, ATTACK_GRAINS:].mean(1), rtol=1e-6)
    with pytest.raises(ValueError, match="grains"):
        path_features(paths[:, :ATTACK_GRAINS])


def test_training_fits_a_critic_that_tells_its_real_hits_apart(synth, drum_files):
    assert synth.critic is not None
    paths = _note_paths(synth, drum_files)
    probs = np.stack([synth.critic.probabilities(p) for p in paths])
    np.testing.assert_allclose(probs.sum(1), 1.0, rtol=1e-5)
    labels = np.array([synth.classes.index(f.parent.name) for f in drum_files])
    assert (probs.argmax(1) == labels).mean() >= 0.75   # its own training hits, 8 classes: chance is 1/8


def test_sample_note_redraws_only_the_paths_the_critic_rejects(synth):
    rejected = 0
    for cls in synth.classes:
        idx = synth.class_index(cls)
        for seed in range(6):
            rng = synth._rng(seed)
            first, _ = synth._draw_path(cls, synth._onehot(cls), 1.0, rng, 1.5, None, 0.0)
            p_first = synth.critic.probabilities(first)[idx]
            kept, p_kept = synth._draw_path(cls, synth._onehot(cls), 1.0, synth._rng(seed), 1.5, None, CONFIDENCE)
            assert p_kept >= min(p_first, CONFIDENCE)   # never a worse path than the first draw
            with_critic = synth.sample_note(cls, seed=seed, confidence=CONFIDENCE)
            without = synth.sample_note(cls, seed=seed, confidence=0.0)
            if p_first >= CONFIDENCE:   # accepted at once: the same generator state, the same audio
                np.testing.assert_array_equal(with_critic, without)
                np.testing.assert_array_equal(kept, first)
            else:
                rejected += 1
                assert not np.array_equal(with_critic, without)
    # An impossible confidence draws MAX_DRAWS points and keeps the likeliest, so a hit always comes back.
    path, p = synth._draw_path("snare", synth._onehot("snare"), 1.0, synth._rng(0), 1.5, None, 1.0)
    assert path.shape == (synth.note_grains, synth.latent_dim) and p < 1.0
    assert np.isfinite(synth.sample_note("snare", seed=0, confidence=1.0)).all()
    assert rejected > 0 or MAX_DRAWS == 1, "the tiny model's critic accepted every first draw: nothing was tested"


def test_confidence_is_checked_off_by_default_and_ignored_where_nothing_is_judged(synth):
    assert DEFAULT_CONFIDENCE == 0.0   # off: seeded hits are the ones sampled before the critic existed
    np.testing.assert_array_equal(synth.sample_note("tom", seed=5), synth.sample_note("tom", seed=5, confidence=0.0))
    for bad in (float("nan"), -0.1, 1.5):
        with pytest.raises(ValueError, match="confidence"):
            synth.sample_note("kick", confidence=bad)
    # No class, or temperature 0 (every draw the same point): one draw, as without a critic.
    np.testing.assert_array_equal(synth.sample_note(None, seed=2, confidence=0.9), synth.sample_note(None, seed=2))
    np.testing.assert_array_equal(synth.sample_note("tom", temperature=0.0, seed=2, confidence=0.9),
                                  synth.sample_note("tom", temperature=0.0, seed=2))


def test_ngs_critic_adds_a_critic_to_a_checkpoint_without_one(tiny_checkpoint, data_dir, tmp_path, capsys):
    tensors, meta = load_checkpoint(tiny_checkpoint)
    old = save_checkpoint(tmp_path / "old.safetensors", {k: v for k, v in tensors.items()
                                                         if k.removeprefix("stats.") not in CRITIC_KEYS}, meta)
    before = Synth.load(old, device="cpu")
    assert before.critic is None and np.isfinite(before.sample_note("tom", seed=1)).all()   # loads and samples
    with pytest.raises(ValueError, match="ngs critic"):   # asked for a check it cannot make: said, not ignored
        before.sample_note("tom", seed=1, confidence=0.5)

    assert main(["critic", str(old), str(data_dir), "--out", str(tmp_path / "new.safetensors")]) == 0
    after = Synth.load(tmp_path / "new.safetensors", device="cpu")
    reference = Synth.load(tiny_checkpoint, device="cpu")   # the trainer's own critic, from the same notes
    for k in CRITIC_KEYS:
        np.testing.assert_allclose(after.stats[k].numpy(), reference.stats[k].numpy(), atol=1e-3)
    for seed in range(4):
        np.testing.assert_array_equal(after.sample_note("tom", seed=seed, confidence=CONFIDENCE),
                                      reference.sample_note("tom", seed=seed, confidence=CONFIDENCE))

    # A folder with other classes than the model's is refused, and the checkpoint is left as it was.
    wrong = tmp_path / "wrong"
    (wrong / "bongo").mkdir(parents=True)
    (wrong / "bongo" / "a.wav").write_bytes((data_dir / "kick" / "HardElectro1__Kick-3__01.wav").read_bytes())
    capsys.readouterr()
    assert main(["critic", str(old), str(wrong)]) == 2
    assert "not the model's" in capsys.readouterr().err
    assert Synth.load(old, device="cpu").critic is None


def test_a_checkpoint_with_a_malformed_critic_is_refused_at_load(tiny_checkpoint, tmp_path):
    from granular_vae.checkpoint import CheckpointError

    tensors, meta = load_checkpoint(tiny_checkpoint)
    tensors["stats.critic_weight"] = tensors["stats.critic_weight"][:-1]
    bad = save_checkpoint(tmp_path / "bad.safetensors", tensors, meta)
    with pytest.raises(CheckpointError, match="critic_weight"):
        Synth.load(bad, device="cpu")
