"""Every Synth method on a (tiny) trained model: finite, non-silent audio of the right length."""
import threading

import numpy as np
import pytest


def audible(x: np.ndarray) -> bool:
    return x.dtype == np.float32 and np.isfinite(x).all() and np.sqrt(np.mean(x**2)) > 1e-5


def test_sample_note(synth):
    for cls in ["kick", 0, "snare", None]:
        x = synth.sample_note(cls, seed=1)
        assert len(x) == synth.note_length and audible(x)
    assert len(synth.sample_note("hat", seed=1, length=5000)) == 5000
    assert len(synth.sample_note("hat", seed=1, length=40000)) == 40000


def test_same_seed_same_audio_different_seed_different_audio(synth):
    np.testing.assert_array_equal(synth.sample_note("kick", seed=5), synth.sample_note("kick", seed=5))
    assert not np.array_equal(synth.sample_note("kick", seed=5), synth.sample_note("kick", seed=6))
    path = synth.encode(np.random.default_rng(0).standard_normal(4000).astype(np.float32), synth.sample_rate)
    np.testing.assert_array_equal(synth.decode(path, seed=2), synth.decode(path, seed=2))


@pytest.mark.parametrize("mode", ["linear", "loop"])
def test_sample_path(synth, mode):
    x = synth.sample_path("snare", seed=2, mode=mode)
    assert len(x) == (synth.note_grains - 1) * synth.hop + synth.grain_size and audible(x)
    y = synth.sample_path(None, n_grains=10, seed=2, mode=mode)
    assert len(y) == 9 * synth.hop + synth.grain_size and audible(y)


def test_resynthesize_any_rate_and_channels(synth, kick):
    audio, sr = kick
    x = synth.resynthesize(audio, sr)
    assert len(x) == len(audio) and audible(x)
    stereo_44k = np.stack([audio, audio], axis=1).repeat(2, axis=0)
    y = synth.resynthesize(stereo_44k, 2 * sr, cls="snare")
    assert abs(len(y) - len(audio)) <= 2 and audible(y)


@pytest.mark.parametrize("stretch", [0.5, 2.0, 3.3])
def test_stretch_changes_length_not_rate(synth, kick, stretch):
    audio, sr = kick
    x = synth.resynthesize(audio, sr, stretch=stretch, seed=0)
    assert len(x) == round(len(audio) * stretch) and audible(x)


def test_morph_classes_and_audio(synth, kick, drum_files):
    import soundfile as sf

    m = synth.morph("kick", "snare", 0.5, seed=1)
    assert len(m) == synth.note_length and audible(m)
    np.testing.assert_array_equal(synth.morph("kick", "snare", 0.0, seed=1), synth.morph("kick", "snare", 0.0, seed=1))
    snare, _ = sf.read(drum_files[-1], dtype="float32")
    audio, _ = kick
    for alpha in (0.0, 0.5, 1.0):
        x = synth.morph(audio, snare, alpha, seed=1)
        assert len(x) == round(len(audio) + (len(snare) - len(audio)) * alpha) and audible(x)
    with pytest.raises(ValueError, match="two classes or two audio"):
        synth.morph("kick", audio, 0.5)
    # A series encodes once and gives what morph gives for each alpha.
    series = list(synth.morph_series(audio, snare, [0.0, 0.5, 1.0], seed=1))
    for alpha, y in zip((0.0, 0.5, 1.0), series):
        np.testing.assert_array_equal(y, synth.morph(audio, snare, alpha, seed=1))
    with pytest.raises(ValueError, match="alpha"):
        synth.morph_series(audio, snare, [0.5, 1.5])


def test_encode_decode_shapes(synth, kick):
    audio, sr = kick
    path = synth.encode(audio, sr)
    assert path.shape == (-(-(len(audio) - synth.grain_size) // synth.hop) + 1, synth.latent_dim)
    x = synth.decode(path, cls="kick", seed=0)
    assert len(x) == (len(path) - 1) * synth.hop + synth.grain_size and audible(x)


def test_embed_and_decode_embedding(synth, kick):
    audio, sr = kick
    e = synth.embed(audio, sr, "kick")
    assert e.shape == (synth.embedding.embed_dim,) and np.isfinite(e).all()
    # Hits are embedded from their onset: leading silence changes nothing, nor does the file's rate.
    silence_first = np.concatenate([np.zeros(3000, dtype=np.float32), audio])
    np.testing.assert_allclose(synth.embed(silence_first, sr, "kick"), e, atol=0.01 * np.abs(e).max())
    assert np.abs(synth.embed(np.repeat(audio, 2), 2 * sr, "kick") - e).max() < 0.1 * np.abs(e).max()
    x = synth.decode_embedding(e, "kick", seed=3)
    assert len(x) == synth.note_length and audible(x)
    np.testing.assert_array_equal(x, synth.decode_embedding(e, "kick", seed=3))
    with pytest.raises(ValueError, match="e must be"):
        synth.decode_embedding(np.zeros(synth.embedding.embed_dim + 1))
    with pytest.raises(ValueError, match="e must be"):
        synth.decode_embedding(np.full(synth.embedding.embed_dim, np.nan))


def test_vary(synth, kick):
    e = synth.embed(*kick, "kick")
    x = synth.vary(e, "kick", temperature=0.5, seed=2)
    assert len(x) == synth.note_length and audible(x)
    np.testing.assert_array_equal(x, synth.vary(e, "kick", temperature=0.5, seed=2))
    assert not np.array_equal(x, synth.vary(e, "kick", temperature=0.5, seed=3))
    with pytest.raises(ValueError, match="temperature"):
        synth.vary(e, "kick", temperature=float("nan"))
    with pytest.raises(ValueError, match="unknown class"):
        synth.vary(e, "theremin")


def test_bad_input_errors(synth, kick):
    with pytest.raises(ValueError, match="unknown class"):
        synth.sample_note("theremin")
    with pytest.raises(ValueError, match="unknown class index"):
        synth.sample_note(99)
    with pytest.raises(ValueError, match="temperature"):
        synth.sample_note("kick", temperature=float("nan"))
    with pytest.raises(ValueError, match="NaN"):
        synth.resynthesize(np.array([0.0, np.nan], dtype=np.float32), 22050)
    with pytest.raises(ValueError, match="empty"):
        synth.resynthesize(np.zeros(0, dtype=np.float32), 22050)
    with pytest.raises(ValueError, match="stretch"):
        synth.resynthesize(kick[0], kick[1], stretch=0)
    with pytest.raises(ValueError, match="path"):
        synth.decode(np.zeros((4, synth.latent_dim + 1)))


def test_xy_map_round_trip(synth):
    z = synth.xy_to_latent(0.3, -0.7)
    np.testing.assert_allclose(synth.latent_to_xy(z), [0.3, -0.7], atol=1e-4)


def test_concurrent_calls_match_serial_calls(synth):
    expected = {s: synth.sample_note("kick", seed=s) for s in range(8)}
    results: dict[int, np.ndarray] = {}

    def work(s: int) -> None:
        results[s] = synth.sample_note("kick", seed=s)

    threads = [threading.Thread(target=work, args=(s,)) for s in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    for s in range(8):
        np.testing.assert_array_equal(results[s], expected[s])
