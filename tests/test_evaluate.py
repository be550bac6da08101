"""`ngs eval` on the tiny trained checkpoint and the real test hits (tests/data as training and eval set)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import matplotlib.image
import numpy as np
import pytest
import torch

from granular_vae.cli import main
from granular_vae.evaluate import (BALANCE_EDGES_HZ, BAR_MIN_FILES, _held_out, band_power, check_bars, load_clips,
                                   mean_pairwise_distance, noise_baseline, power_ratio_db, spectral_distances)
from granular_vae.features import envelope_wobble, features_of, low_partial_hz, prepare_clips
from granular_vae.losses import multiscale_spectral_loss

HITS = 4
PNGS = ("spectrograms.png", "latent_map.png", "scores.png", "spectral_balance.png", "low_partials.png",
        "temperature_sweep.png", "loss_curves.png")
SWEEP = (0.0, 1.0)


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory, tiny_run: Path, tiny_checkpoint: Path, data_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("eval")
    rc = main(["eval", str(tiny_checkpoint), str(data_dir), "--out", str(out), "--train-dir", str(data_dir),
               "--run-dir", str(tiny_run), "--hits", str(HITS), "--sweep", "1,0", "--device", "cpu", "--threads", "1"])
    assert rc == 0
    return out


@pytest.fixture(scope="module")
def metrics(evaluated: Path) -> dict:
    return json.loads((evaluated / "metrics.json").read_text())


def numbers(obj) -> list:
    """Every number in a nested JSON object."""
    if isinstance(obj, dict):
        return [n for v in obj.values() for n in numbers(v)]
    if isinstance(obj, list):
        return [n for v in obj for n in numbers(v)]
    return [obj] if isinstance(obj, (int, float)) and not isinstance(obj, bool) else []


def test_metrics_have_every_section_and_finite_values(metrics: dict, data_dir: Path) -> None:
    classes = sorted(p.name for p in data_dir.iterdir() if p.is_dir())
    assert sorted(metrics["classes"]) == classes
    for key in ("reconstruction", "classifier", "fidelity", "diversity", "spectral_balance", "figures", "timings_s"):
        assert key in metrics
    assert all(math.isfinite(n) for n in numbers(metrics))
    assert set(metrics["fidelity"]["per_class"]) == set(classes)
    assert all(0.0 <= v <= 1.0 for v in metrics["fidelity"]["per_class"].values())
    assert metrics["fidelity"]["n_per_class"] == HITS
    for c, (lo, hi) in metrics["fidelity"]["interval_95"].items():   # each share sits inside its interval
        assert 0.0 <= lo <= metrics["fidelity"]["per_class"][c] <= hi <= 1.0 and hi - lo > 0


def test_bars_are_checked_on_the_measured_numbers(metrics: dict) -> None:
    bars = metrics["bars"]
    # tests/data has 1-2 files a class: too few for a per-class fidelity bar, enough for the overall one
    assert list(bars["fidelity"]) == ["all"]
    assert bars["fidelity"]["all"]["met"] == (metrics["fidelity"]["overall"] >= metrics["classifier"]["real"]["balanced"])
    two_files = {c for c, v in metrics["diversity"]["per_class"].items() if v["n_real"] >= 2}
    assert set(bars["diversity"]) == two_files and set(bars["reconstruction"]) == set(metrics["classes"])
    misses = sum(not v["met"] for part in ("fidelity", "diversity", "reconstruction") for v in bars[part].values())
    assert len(bars["not_met"]) == misses


def test_bars_name_each_miss(metrics: dict) -> None:
    m = json.loads(json.dumps(metrics))   # a copy with one class measured on enough files, and made to miss
    c = metrics["classes"][0]
    m["classifier"]["real"]["n_per_class"][c] = BAR_MIN_FILES
    m["classifier"]["real"]["per_class"][c] = 1.0
    m["fidelity"]["per_class"][c] = 0.9
    m["diversity"]["per_class"][c]["ratio"] = 2.0
    m["reconstruction"]["model"]["log_spectral_db"]["per_class"][c] = 99.0
    bars = check_bars(m)
    assert not bars["fidelity"][c]["met"] and not bars["diversity"][c]["met"] and not bars["reconstruction"][c]["met"]
    mine = [line for line in bars["not_met"] if line.startswith(f"{c}:")]
    assert len(mine) == 3 and "0.900 < real files 1.000" in mine[0] and "2.00 outside 0.5-1.5" in mine[1]
    m["classifier"]["real"]["n_per_class"][c] = BAR_MIN_FILES - 1   # too few files: not checked, not "met"
    assert c not in check_bars(m)["fidelity"]


def test_envelope_wobble_is_reported_for_real_resynthesised_and_sampled_hits(metrics: dict, data_dir: Path) -> None:
    wobble = metrics["envelope_wobble"]
    clips = load_clips(data_dir, 22050)
    for scale in ("slow", "fast"):
        assert set(wobble[scale]) == set(metrics["classes"])
        for c, w in wobble[scale].items():
            real = envelope_wobble(prepare_clips([a for name, _, a in clips if name == c], 22050), fast=scale == "fast")
            assert w["real"] == pytest.approx(float(np.nanmean(real)), rel=1e-5)
            assert w["resynthesis"] >= 0.0 and w["generated"] >= 0.0


def test_low_partial_is_reported_with_the_pitch_error_of_resynthesis(metrics: dict, data_dir: Path) -> None:
    low = metrics["low_partial"]["per_class"]
    assert set(low) == set(metrics["classes"])
    clips = load_clips(data_dir, 22050)
    for c, v in low.items():
        real = low_partial_hz(prepare_clips([a for name, _, a in clips if name == c], 22050))
        assert v["real"]["median_hz"] == pytest.approx(float(np.median(real)), rel=1e-5)
        assert v["resynthesis_error_st"] >= 0.0 and v["generated"]["spread_st"] >= 0.0
        for part in ("real", "resynthesis", "generated"):
            assert 30.0 <= v[part]["median_hz"] <= 1000.0


def test_temperature_sweep(metrics: dict) -> None:
    sweep = metrics["temperature_sweep"]
    assert [row["temperature"] for row in sweep] == list(SWEEP)   # sorted, whatever order they were given in
    for row in sweep:
        assert set(row["fidelity"]) == set(metrics["classes"])
        assert all(0.0 <= v <= 1.0 for v in row["fidelity"].values())
    # Temperature 0 gives every seed its class's mean hit: the hits of a class differ only by their noise,
    # less than at temperature 1 (the same seeds). Compared over the classes together: with 4 hits of the
    # tiny model, one class's figure moves with the noise about as much as with the temperature.
    # The sweep's 1.0 row is the main measurement again.
    at0, at1 = sweep[0]["diversity_ratio_vs_train"], sweep[1]["diversity_ratio_vs_train"]
    measured = [c for c in metrics["classes"] if at1[c] is not None]   # classes with 2+ real files
    assert len(measured) >= 4 and np.mean([at0[c] for c in measured]) < np.mean([at1[c] for c in measured])
    assert sweep[1]["fidelity"] == metrics["fidelity"]["per_class"]


def spectral_balance(other, real) -> list[float]:
    """dB per band of other's mean power over real's, as ngs eval computes it."""
    return power_ratio_db(band_power(other), band_power(real))


def test_spectral_balance_shows_where_energy_is_missing_or_added(drum_files: list[Path]) -> None:
    import soundfile as sf
    real = [sf.read(f, dtype="float32")[0] for f in drum_files[:5]]
    sr, n = 22050, len(BALANCE_EDGES_HZ) - 1
    assert spectral_balance(prepare_clips(real, sr), prepare_clips(real, sr)) == [0.0] * n
    # Low-passed at 1 kHz (in the frequency domain): the bands above lose energy, the low ones keep it.
    dark = [np.fft.irfft(np.fft.rfft(x) * (np.fft.rfftfreq(len(x), 1 / sr) < 1000), len(x)) for x in real]
    balance = spectral_balance(prepare_clips(dark, sr), prepare_clips(real, sr))
    assert all(db < -10.0 for db in balance[-3:]) and all(abs(db) < 6.0 for db in balance[1:3])
    # A 30 Hz rumble 20 dB under each hit's peak: shows in 0-50 Hz and hardly anywhere else.
    t = np.arange(sr) / sr
    rumble = [x + 0.1 * np.abs(x).max() * np.sin(2 * np.pi * 30 * t[: len(x)]) for x in real]
    balance = spectral_balance(prepare_clips(rumble, sr), prepare_clips(real, sr))
    assert balance[0] > 10.0 and all(abs(db) < 3.0 for db in balance[3:])


def test_wilson_interval() -> None:
    from granular_vae.evaluate import wilson_interval

    lo, hi = wilson_interval(20, 20)
    assert hi == 1.0 and 0.83 < lo < 0.84            # 20 of 20: the textbook 0.839
    assert wilson_interval(0, 20)[0] == 0.0
    wide, narrow = wilson_interval(9, 10), wilson_interval(180, 200)
    assert wide[0] < narrow[0] < 0.9 < narrow[1] < wide[1]   # more trials, a tighter interval round the share
    with pytest.raises(ValueError):
        wilson_interval(0, 0)


def test_reconstruction_and_baseline_are_measured(metrics: dict, data_dir: Path) -> None:
    rec = metrics["reconstruction"]
    assert rec["n_files"] == len(list(data_dir.glob("*/*.wav")))
    for side in ("model", "noise_baseline"):
        for dist in ("multiscale_spectral", "log_spectral_db"):
            d = rec[side][dist]
            assert d["mean"] > 0
            assert set(d["per_class"]) == set(metrics["classes"])
    # The classes with two files in tests/data have a real diversity; the others cannot (one file).
    div = metrics["diversity"]["per_class"]
    assert div["kick"]["real"] > 0 and div["kick"]["ratio"] > 0
    assert div["clap"]["real"] is None and div["clap"]["ratio"] is None
    assert all(v["generated"] > 0 for v in div.values())
    assert metrics["diversity"]["n_hits"] == HITS


def test_classifier_fits_its_own_training_data(metrics: dict) -> None:
    clf = metrics["classifier"]
    assert clf["train"]["overall"] >= 0.9
    assert set(clf["train"]["per_class"]) == set(clf["real"]["per_class"])
    assert clf["real"]["overall"] >= 0.9     # tests/data is both the training and the evaluation set here
    assert set(clf["noise_baseline"]["per_class"]) == set(clf["real"]["per_class"])
    for stage in ("resynthesis", "embedding_round_trip"):   # one verdict per real file at each stage
        assert set(clf[stage]["per_class"]) == set(clf["real"]["per_class"])
        assert np.array(clf[stage]["confusion"]["counts"]).sum() == clf["n_train"]
    counts = np.array(clf["real"]["confusion"]["counts"])
    assert counts.sum() == clf["n_train"]
    held = clf["held_out_kits"]   # tests/data names its kits: each file judged without its kit's files
    assert held["grouping"] == "kit" and 2 <= held["groups"] < clf["n_train"]
    assert np.array(held["confusion"]["counts"]).sum() == clf["n_train"]
    assert held["overall"] <= clf["train"]["overall"]


def test_held_out_files_when_names_do_not_say_the_kit(data_dir: Path) -> None:
    clips = load_clips(data_dir, 22050)
    classes = sorted({c for c, _, _ in clips})
    x = features_of(prepare_clips([a for _, _, a in clips], 22050))
    y = np.array([classes.index(c) for c, _, _ in clips])
    renamed = [(c, p.with_name(f"hit{k}.wav"), a) for k, (c, p, a) in enumerate(clips)]
    held = _held_out(renamed, x, y, classes)
    assert held["grouping"] == "file" and held["groups"] == len(clips)
    assert np.array(held["confusion"]["counts"]).sum() == len(clips)


def test_pictures_are_written_and_not_blank(evaluated: Path, metrics: dict) -> None:
    assert sorted(metrics["figures"]) == sorted(PNGS)
    for name in PNGS:
        path = evaluated / name
        assert path.stat().st_size > 20_000, name
        img = matplotlib.image.imread(path)[..., :3]
        assert img.shape[0] > 300 and img.shape[1] > 400, name
        assert img.std() > 0.05, name   # real content, not an empty canvas


def test_bad_input_changes_nothing(tmp_path: Path, tiny_checkpoint: Path, data_dir: Path, capsys) -> None:
    out = tmp_path / "never"
    assert main(["eval", str(tiny_checkpoint), str(tmp_path / "missing"), "--out", str(out),
                 "--train-dir", str(data_dir)]) == 2
    assert "not a folder" in capsys.readouterr().err
    # No --train-dir and no sibling train/ next to tests/data: a clear error, not a guess.
    assert main(["eval", str(tiny_checkpoint), str(data_dir), "--out", str(out)]) == 2
    assert "--train-dir" in capsys.readouterr().err
    assert main(["eval", str(tmp_path / "nope.safetensors"), str(data_dir), "--out", str(out),
                 "--train-dir", str(data_dir)]) == 2
    assert "nope.safetensors" in capsys.readouterr().err
    for sweep in ("0.5,warm", "0.5,-1", "nan"):
        with pytest.raises(SystemExit) as e:
            main(["eval", str(tiny_checkpoint), str(data_dir), "--out", str(out), "--train-dir", str(data_dir),
                  "--sweep", sweep])
        assert e.value.code == 2
        assert "--sweep" in capsys.readouterr().err
    assert not out.exists()


def test_noise_baseline_copies_the_envelope(kick: tuple) -> None:
    audio, _ = kick
    base = noise_baseline(audio, seed=3)
    assert base.shape == audio.shape and base.dtype == np.float32
    np.testing.assert_array_equal(base, noise_baseline(audio, seed=3))
    assert not np.array_equal(base, noise_baseline(audio, seed=4))
    # Energy in 50 ms blocks follows the real hit's within a few dB wherever the hit is not near silent.
    block = 1102
    n = len(audio) // block * block
    e_real = (audio[:n].reshape(-1, block) ** 2).mean(axis=1)
    e_base = (base[:n].reshape(-1, block) ** 2).mean(axis=1)
    loud = e_real > e_real.max() * 1e-3
    assert np.all(np.abs(10 * np.log10(e_base[loud] / e_real[loud])) < 3.0)


def test_distances(kick: tuple, drum_files: list[Path]) -> None:
    audio, _ = kick
    assert spectral_distances(audio, audio) == (0.0, 0.0)
    mss, lsd = spectral_distances(audio, noise_baseline(audio, 0))
    assert mss > 0.1 and lsd > 1.0
    assert spectral_distances(audio[:500], audio[:400])[0] >= 0.0   # shorter than the largest FFT: padded
    import soundfile as sf
    clips = prepare_clips([sf.read(f, dtype="float32")[0] for f in drum_files[:5]], 22050)
    i, j = torch.triu_indices(5, 5, offset=1)
    expected = float(multiscale_spectral_loss(torch.from_numpy(clips[i]), torch.from_numpy(clips[j])))
    assert mean_pairwise_distance(clips) == pytest.approx(expected, rel=1e-4)
    assert mean_pairwise_distance(clips[:1]) is None
