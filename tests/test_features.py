"""Features and classifier of `ngs eval` on signals whose answers are known, and on the real test hits."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import soxr

from granular_vae.features import (
    FEATURE_SR,
    HOP,
    HitClassifier,
    envelope_wobble,
    extract_features,
    low_partial_hz,
    feature_names,
    held_out_predictions,
    mel_filterbank,
    prepare_clips,
)

SR = FEATURE_SR
T = np.arange(SR) / SR
FRAME_S = HOP / SR
DATA = Path(__file__).parent / "data"


def col(name: str) -> int:
    return feature_names().index(name)


@pytest.fixture(scope="module")
def sine_and_noise() -> np.ndarray:
    sine = np.sin(2 * np.pi * 1000.0 * T) * np.exp(-T / 0.05)          # 1 kHz, amplitude tau 50 ms
    noise = np.random.default_rng(0).standard_normal(SR) * np.exp(-T / 0.3)
    return extract_features([sine, noise], SR)


def test_shape_and_names(sine_and_noise: np.ndarray) -> None:
    assert sine_and_noise.shape == (2, len(feature_names()))
    assert sine_and_noise.dtype == np.float32
    assert np.all(np.isfinite(sine_and_noise))


def test_sine_vs_noise_spectral_shape(sine_and_noise: np.ndarray) -> None:
    sine, noise = sine_and_noise
    assert sine[col("centroid_khz_early")] == pytest.approx(1.0, abs=0.05)
    assert noise[col("centroid_khz_early")] == pytest.approx(SR / 4 / 1000, rel=0.05)   # flat spectrum: mid-band
    assert sine[col("flatness_db_early")] < -20.0 < -5.0 < noise[col("flatness_db_early")]
    assert sine[col("bandwidth_khz_early")] < 0.3 < 2.5 < noise[col("bandwidth_khz_early")]


def test_decay_times_follow_the_envelope(sine_and_noise: np.ndarray) -> None:
    sine, noise = sine_and_noise
    db_per_s = 20 * np.log10(np.e) / 0.05          # amplitude exp(-t / tau) falls 8.69 dB per tau
    for drop in (10, 20, 30, 40):
        assert sine[col(f"decay{drop}db_s")] == pytest.approx(drop / db_per_s, abs=2 * FRAME_S)
    assert noise[col("decay10db_s")] == pytest.approx(10 / (20 * np.log10(np.e) / 0.3), abs=2 * FRAME_S)
    # The noise never falls 40 dB within the 1 s window: reported as the window length.
    assert noise[col("decay40db_s")] == pytest.approx(1.0, abs=2 * FRAME_S)
    assert sine[col("attack_s")] <= FRAME_S


@pytest.mark.parametrize("fast", [False, True])
def test_envelope_wobble_is_zero_for_any_exponential_decay_and_grows_with_flutter(fast: bool) -> None:
    fast_decay, slow_decay = (np.sin(2 * np.pi * 150.0 * T) * np.exp(-T / tau) for tau in (0.02, 0.3))
    tom = sf.read(sorted((DATA / "tom").glob("*.wav"))[0], dtype="float32")[0]
    # The tom with a random gain per 11.6 ms frame, +-3 dB: the flutter of narrow-band noise.
    gains = 10 ** (np.random.default_rng(0).uniform(-3, 3, len(tom) // HOP + 1) / 20)
    fluttering = tom * np.repeat(gains, HOP)[: len(tom)]
    wobble = envelope_wobble(prepare_clips([fast_decay, slow_decay, tom, fluttering, 0.01 * tom], SR), fast=fast)
    assert wobble[0] < 0.5 and wobble[1] < 0.5          # a straight line in dB, steep or gentle
    assert wobble[3] > 1.5 * wobble[2]                  # flutter shows
    assert abs(wobble[4] - wobble[2]) < 1e-3            # level does not matter


def test_fast_envelope_wobble_hears_the_roughness_of_noise_repeating_every_grain() -> None:
    # Low noise frozen to a 46 ms period (partials at multiples of 22050 / 1024 Hz, random phases): its
    # envelope repeats every 1,024 samples, the length of the slow scale's frames, which average it away.
    phases = np.random.default_rng(0).uniform(0, 2 * np.pi, 12)
    frozen = np.exp(-T / 0.3) * sum(np.sin(2 * np.pi * k * SR / 1024 * T + phases[k]) for k in range(3, 12))
    steady = np.exp(-T / 0.3) * np.sin(2 * np.pi * 140.0 * T)
    slow, fast = (envelope_wobble(prepare_clips([steady, frozen], SR), fast=f) for f in (False, True))
    assert fast[0] < 0.5 and fast[1] > 3 * slow[1]


def test_fast_envelope_wobble_also_hears_two_steady_partials_beat() -> None:
    # No flutter at all, two partials an octave apart (a kick's 65 Hz under a tom's 129 Hz): the fast scale
    # sees the envelope of their sum move within every period, the slow scale a smooth decay.
    pair = np.exp(-T / 0.25) * (np.sin(2 * np.pi * 129.2 * T) + 0.56 * np.sin(2 * np.pi * 64.6 * T))
    slow, fast = (float(envelope_wobble(prepare_clips([pair], SR), fast=f)[0]) for f in (False, True))
    assert slow < 0.5 and fast > 5.0


def test_low_partial_hz_finds_the_tone_of_a_decaying_drum_to_a_fraction_of_a_semitone() -> None:
    tones = [45.3, 83.0, 129.0, 560.0]
    clips = [np.exp(-T / 0.2) * (np.sin(2 * np.pi * f * T) + 0.3 * np.sin(2 * np.pi * 2.7 * f * T)) for f in tones]
    clips.append(np.exp(-T / 0.2) * np.sin(2 * np.pi * 3000.0 * T) + 0.01 * np.sin(2 * np.pi * 200.0 * T))  # tone above range
    hz = low_partial_hz(prepare_clips(clips, SR))
    np.testing.assert_allclose(hz[:4], tones, rtol=0.01)          # within 1 % (a sixth of a semitone)
    assert hz[4] == pytest.approx(200.0, rel=0.01)                 # only 30 Hz - 1 kHz counts
    tom = sf.read(sorted((DATA / "tom").glob("*.wav"))[0], dtype="float32")[0]
    assert 60.0 < low_partial_hz(prepare_clips([tom], SR))[0] < 400.0    # a real tom's tone is where toms ring


def test_zero_crossing_rate(sine_and_noise: np.ndarray) -> None:
    sine, noise = sine_and_noise
    assert sine[col("zcr")] == pytest.approx(2 * 1000.0 / SR, rel=0.02)
    assert noise[col("zcr")] == pytest.approx(0.5, abs=0.03)


def test_level_length_and_rate_do_not_matter() -> None:
    hit, sr = sf.read(DATA / "kick" / "FluidR3-GM__Std-Kick-3__01.wav", dtype="float32")
    padded = np.concatenate([hit, np.zeros(SR, np.float32)])
    stereo = np.stack([hit, hit], axis=1)
    f = extract_features([hit, 0.05 * hit, padded, stereo], sr)
    np.testing.assert_allclose(f[1:], np.repeat(f[:1], 3, axis=0), rtol=1e-3, atol=1e-2)
    f44 = extract_features([soxr.resample(hit, sr, 44100)], 44100)[0]
    robust = [col(n) for n in ("centroid_khz_early", "decay20db_s", "mel05_seg1")]
    np.testing.assert_allclose(f44[robust], f[0, robust], rtol=0.05)


def test_mel_filterbank_covers_the_band() -> None:
    fb = mel_filterbank(32, 1024, SR)
    assert fb.shape == (32, 513)
    np.testing.assert_allclose(fb.sum(axis=1), 1.0, rtol=1e-5)
    peaks = fb.argmax(axis=1)
    assert np.all(np.diff(peaks) >= 0) and peaks[-1] > 400


@pytest.mark.parametrize("bad", [[], [np.zeros(0)], [np.full(100, np.nan)], [np.zeros((2, 3, 4))]])
def test_bad_clips_are_refused(bad: list) -> None:
    with pytest.raises(ValueError):
        extract_features(bad, SR)


def test_classifier_learns_real_hits() -> None:
    files = sorted(DATA.glob("*/*.wav"))
    classes = sorted({f.parent.name for f in files})
    feats = extract_features([sf.read(f, dtype="float32")[0] for f in files], SR)
    labels = np.array([classes.index(f.parent.name) for f in files])
    clf = HitClassifier(classes).fit(feats, labels)
    assert np.mean(clf.predict(feats) == labels) >= 0.9
    proba = clf.predict_proba(feats)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)


def test_held_out_predictions_never_hear_their_own_kit() -> None:
    files = sorted(DATA.glob("*/*.wav"))
    classes = sorted({f.parent.name for f in files})
    feats = extract_features([sf.read(f, dtype="float32")[0] for f in files], SR)
    labels = np.array([classes.index(f.parent.name) for f in files])
    kits = [f.stem.split("__")[0] for f in files]
    pred = held_out_predictions(feats, labels, kits, classes)
    assert pred.shape == labels.shape and set(pred) <= set(range(len(classes)))
    # A kit's verdicts cannot depend on its own labels: relabel one kit's files and they stay the same.
    kit = max(set(kits), key=kits.count)
    mine = np.array([k == kit for k in kits])
    relabelled = labels.copy()
    relabelled[mine] = (labels[mine] + 1) % len(classes)
    np.testing.assert_array_equal(held_out_predictions(feats, relabelled, kits, classes)[mine], pred[mine])
    # Files the classifier has heard are easier than files of kits it has not.
    in_sample = HitClassifier(classes).fit(feats, labels).predict(feats)
    assert np.mean(in_sample == labels) >= np.mean(pred == labels)
    with pytest.raises(ValueError, match="2 groups"):
        held_out_predictions(feats, labels, ["one kit"] * len(files), classes)


def test_classifier_refuses_misuse() -> None:
    with pytest.raises(ValueError):
        HitClassifier(["kick"])
    clf = HitClassifier(["a", "b"])
    with pytest.raises(RuntimeError):
        clf.predict(np.zeros((1, 3)))
    with pytest.raises(ValueError):
        clf.fit(np.zeros((2, 3)), np.array([0, 2]))
