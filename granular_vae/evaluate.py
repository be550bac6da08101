"""`ngs eval`: measure a checkpoint on a folder-per-class set of real hits and draw the figures.

Five measurements, all written to DIR/metrics.json:
- reconstruction: multi-scale spectral distance (losses.multiscale_spectral_loss) and log-spectral
  distance (dB) between each file and Synth.resynthesize of it, next to the same for a trivial
  baseline (seeded white noise shaped by the file's RMS envelope), mean and per class;
- classifier: a HitClassifier (features.py) trained on the real training set, with its accuracy on
  the real files of DATA_DIR, per class, on their noise baselines (a control: envelope alone), on
  the training files themselves, and on each training file with its kit held out (context for a
  class whose few DATA_DIR files come from one or two easy kits);
- fidelity: the share of N Synth.sample_note hits per class that this classifier judges as the
  class they were sampled for;
- diversity: mean pairwise multi-scale spectral distance of the first DIVERSITY_HITS sampled hits of
  a class over the same figure for the real files of that class (1.0 = as varied as real recordings);
- spectral balance: per class and octave band, the mean power of the resynthesised files and of the
  sampled hits over that of the real files, in dB (clips are peak-normalised: the shape across bands
  is the tonal balance, an offset shared by every band a longer decay or a softer attack).
The model card's bars are then checked on these numbers (check_bars: met or not, per class) and the
misses printed, so an evaluation of a user's own kit ends with a verdict.
Distances between hits (diversity) use peak-normalised 1 s clips, so loudness does not count as
variety; reconstruction distances use the raw audio, so a wrong level counts as an error.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import torch

from granular_vae.data import AudioError, class_folders, read_audio
from granular_vae.devices import cpu_threads
from granular_vae.features import (FEATURE_SR, PARTIAL_RANGE_HZ, PARTIAL_WINDOW_S, WOBBLE_WINDOW_S, HitClassifier,
                                   envelope_wobble, extract_features, features_of, held_out_predictions, low_partial_hz,
                                   prepare_clips)
from granular_vae.losses import FFT_SIZES, LOG_EPS, log_spectral_distance, multiscale_spectral_loss, stft_magnitude
from granular_vae.synth import DEFAULT_CONFIDENCE, DEFAULT_EMPHASIS, Synth

MIN_SAMPLES = 2048          # the largest FFT of the multi-scale distance; shorter pairs are zero-padded
BASELINE_RMS_WINDOW = 512   # samples (23 ms at 22.05 kHz): the envelope the noise baseline copies
# 200 hits put a class's judged share within about +-0.03 (one standard error); 50 gave +-0.05, too
# coarse to compare with the real files. A mean over the 1,225 pairs of 50 hits is already precise,
# and all pairs of 200 would take 16x as long.
DEFAULT_HITS = 200
DIVERSITY_HITS = 50
DIVERSITY_RANGE = (0.5, 1.5)   # the bar: sampled hits between half and one and a half times as varied as real ones
# Fewer real files than this and a class's share says little about the class (1 of 1 right: 95 % interval
# 0.21-1.00), so its fidelity bar is not checked: a sampled share would have to be perfect to "pass" it.
BAR_MIN_FILES = 5
# Octave bands of the spectral balance, with 0-50 Hz apart: a filtered-noise decoder that cannot carve
# out the sub-bass under a tom's fundamental leaves a rumble there that the ear and the classifier hear.
BALANCE_EDGES_HZ = (0, 50, 100, 200, 400, 800, 1600, 3200, 6400, FEATURE_SR // 2)
BALANCE_FADE_S = 0.05   # the 1 s clips fade out over their last 50 ms: a cut cymbal tail would splatter

Clip = tuple[str, Path, np.ndarray]   # (class, file, mono float32 audio at the synth rate)


def load_clips(root: str | Path, sr: int) -> list[Clip]:
    """Every readable file of a folder-per-class set, as (class, path, audio at sr); AudioError if none."""
    return [(name, path, read_audio(path, sr)) for name, files in class_folders(root).items() for path in files]


def noise_baseline(audio: np.ndarray, seed: int) -> np.ndarray:
    """White noise with the sliding RMS envelope of audio [samples] (centred 512-sample window), seeded."""
    n = len(audio)
    half = BASELINE_RMS_WINDOW // 2
    cum = np.concatenate([[0.0], np.cumsum(np.pad(audio.astype(np.float64) ** 2, (half, half)))])
    rms = np.sqrt(np.maximum(cum[BASELINE_RMS_WINDOW : BASELINE_RMS_WINDOW + n] - cum[:n], 0.0) / BASELINE_RMS_WINDOW)
    return (np.random.default_rng(seed).standard_normal(n) * rms).astype(np.float32)


def spectral_distances(reference: np.ndarray, other: np.ndarray) -> tuple[float, float]:
    """(multi-scale spectral distance, log-spectral distance in dB) of two mono clips, cut to the shorter."""
    n = min(len(reference), len(other))
    pair = np.zeros((2, max(n, MIN_SAMPLES)), dtype=np.float32)
    pair[0, :n], pair[1, :n] = reference[:n], other[:n]
    x, y = torch.from_numpy(pair[:1]), torch.from_numpy(pair[1:])
    return float(multiscale_spectral_loss(x, y)), float(log_spectral_distance(x, y)[0])


def mean_pairwise_distance(clips: np.ndarray) -> float | None:
    """Mean losses.multiscale_spectral_loss over all pairs of clips [n, samples]; None for fewer than 2.

    Same distance as the loss (default FFT sizes, log weight 1, eps 1e-5), but every clip's spectrograms
    are computed once and compared with torch.cdist, instead of n^2 / 2 STFT pairs.
    """
    n = len(clips)
    if n < 2:
        return None
    x = torch.from_numpy(clips)
    i, j = torch.triu_indices(n, n, offset=1)
    per_pair = torch.zeros(len(i), dtype=torch.float64)
    for n_fft in FFT_SIZES:
        mag = stft_magnitude(x, n_fft).flatten(1)              # [n, bins * frames]
        for m in (mag, torch.log(mag + LOG_EPS)):
            per_pair += (torch.cdist(m[None], m[None], p=1)[0][i, j] / m.shape[1]).double()
    return float(per_pair.mean()) / len(FFT_SIZES)


def band_power(prepared: np.ndarray) -> np.ndarray:
    """Mean power [bands] in BALANCE_EDGES_HZ of clips through features.prepare_clips [n, samples].

    One FFT over each whole (peak-normalised, onset-first) clip: the hit itself is the window, except
    for a short fade at the end; a Hann window over the clip would all but mute the attack.
    """
    n = prepared.shape[1]
    fade = int(BALANCE_FADE_S * FEATURE_SR)
    window = np.ones(n)
    window[n - fade :] = 0.5 + 0.5 * np.cos(np.linspace(0.0, np.pi, fade))
    power = (np.abs(np.fft.rfft(prepared * window, axis=1)) ** 2).mean(0)
    band = np.digitize(np.fft.rfftfreq(n, 1.0 / FEATURE_SR), BALANCE_EDGES_HZ[1:-1])
    return np.bincount(band, weights=power, minlength=len(BALANCE_EDGES_HZ) - 1)


def power_ratio_db(power: np.ndarray, reference: np.ndarray) -> list[float]:
    """dB per band of band_power `power` over `reference` (both [bands])."""
    return [round(float(v), 2) for v in 10.0 * np.log10((power + 1e-20) / (reference + 1e-20))]


def _summary(values: list[float], labels: list[str], classes: list[str]) -> dict:
    """{"mean": over files, "per_class": {class: mean}} (classes without files are left out)."""
    v, lab = np.asarray(values), np.asarray(labels)
    return {"mean": float(v.mean()),
            "per_class": {c: float(v[lab == c].mean()) for c in classes if np.any(lab == c)}}


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % (z = 1.96) Wilson score interval of a proportion k / n; unlike k/n +- z SE it stays inside
    [0, 1] and is not zero-width at 0 or n: 20 of 20 real toms right is "at least 0.84", not "exactly 1"."""
    if n <= 0:
        raise ValueError(f"need at least one trial, got {n}")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def _accuracy(pred: np.ndarray, true: np.ndarray, classes: list[str]) -> dict:
    """Overall (per file), balanced (mean of per-class) and per-class accuracy with its 95 % interval
    (classes of a valid/ folder often have only tens of files), counts and confusion."""
    confusion = np.zeros((len(classes), len(classes)), dtype=int)
    np.add.at(confusion, (true, pred), 1)
    right, n = np.diag(confusion), confusion.sum(1)   # per class: judged right, files
    present = [k for k in range(len(classes)) if n[k]]
    per_class = {classes[k]: float(right[k] / n[k]) for k in present}
    return {"overall": float(np.mean(pred == true)), "balanced": float(np.mean(list(per_class.values()))),
            "per_class": per_class, "interval_95": {classes[k]: wilson_interval(int(right[k]), int(n[k])) for k in present},
            "n_per_class": {c: int(n[k]) for k, c in enumerate(classes)},
            "confusion": {"rows_true_cols_predicted": classes, "counts": confusion.tolist()}}


def _held_out(train: list[Clip], train_x: np.ndarray, train_y: np.ndarray, classes: list[str]) -> dict:
    """_accuracy of held_out_predictions over the training files' kits, with the grouping used. The kit is
    the <kit> of drums22k's <kit>__<instrument>__<layer>.wav names; with one kit, or names that do not
    say, each file is its own group."""
    kits = [p.stem.split("__")[0] for _, p, _ in train]
    grouping = "kit" if all("__" in p.stem for _, p, _ in train) and len(set(kits)) > 1 else "file"
    if grouping == "file":
        kits = [str(p) for _, p, _ in train]
    out = _accuracy(held_out_predictions(train_x, train_y, kits, classes), train_y, classes)
    out.update(groups=len(set(kits)), grouping=grouping)
    return out


def _reconstruction(synth, data: list[Clip], classes: list[str], seed: int) -> tuple[dict, list[tuple[np.ndarray, np.ndarray]]]:
    """Distances of each file to its resynthesis and to its noise baseline (per class of `classes`);
    also returns those two sounds."""
    sr, labels = synth.sample_rate, [c for c, _, _ in data]
    dist: dict[str, dict[str, list[float]]] = {"model": {"mss": [], "lsd": []}, "noise_baseline": {"mss": [], "lsd": []}}
    sounds = []
    for k, (name, _, audio) in enumerate(data):
        pair = (synth.resynthesize(audio, sr, cls=name, seed=seed + k), noise_baseline(audio, seed + k))
        for side, other in zip(dist, pair):
            mss, lsd = spectral_distances(audio, other)
            dist[side]["mss"].append(mss)
            dist[side]["lsd"].append(lsd)
        sounds.append(pair)
    out: dict = {"n_files": len(data)}
    for side, d in dist.items():
        out[side] = {"multiscale_spectral": _summary(d["mss"], labels, classes),
                     "log_spectral_db": _summary(d["lsd"], labels, classes)}
    return out, sounds


def _judge_hits(synth, clf: HitClassifier, classes: list[str], n_hits: int, first_seed: int, temperature: float,
                draw: dict[str, float], references: tuple[np.ndarray, list[str], np.ndarray, list[str]]) -> tuple[dict, dict, np.ndarray]:
    """n_hits sampled per class (seeds first_seed, first_seed + 1, ...), judged by clf and compared for variety
    with the real clips of `references` (DATA_DIR's and the training set's, prepared, with their labels); `draw`
    holds sample_note's emphasis and confidence. -> (fidelity, diversity, the hits through prepare_clips
    [classes * n_hits, samples], class after class)."""
    hits = [synth.sample_note(c, temperature=temperature, seed=first_seed + ci * n_hits + k, **draw)
            for ci, c in enumerate(classes) for k in range(n_hits)]
    gen_prep = prepare_clips(hits, synth.sample_rate)
    fid = _accuracy(clf.predict(features_of(gen_prep)), np.repeat([clf.classes.index(c) for c in classes], n_hits),
                    clf.classes)
    fidelity = {"n_per_class": n_hits, "temperature": temperature, **draw, "overall": fid["overall"],
                "per_class": fid["per_class"], "interval_95": fid["interval_95"], "confusion": fid["confusion"]}
    n_div = min(n_hits, DIVERSITY_HITS)
    diversity = _diversity({c: gen_prep[ci * n_hits : ci * n_hits + n_div] for ci, c in enumerate(classes)}, *references)
    diversity["n_hits"] = n_div
    return fidelity, diversity, gen_prep


def _diversity(hits: dict[str, np.ndarray], data: np.ndarray, data_labels: list[str], train: np.ndarray,
               train_labels: list[str]) -> dict:
    """Per class: mean pairwise distance of sampled hits, of real DATA_DIR files, of training files, ratios.

    hits {class: [n, samples]}, data and train [n, samples]: clips through features.prepare_clips.
    """
    per_class = {}
    for c, gen in hits.items():
        real = data[[k for k, name in enumerate(data_labels) if name == c]]
        real_train = train[[k for k, name in enumerate(train_labels) if name == c]]
        gen_d = mean_pairwise_distance(gen)
        real_d = mean_pairwise_distance(real)
        # The training files' figure too: context where DATA_DIR has few files (or kits) of a class.
        train_d = mean_pairwise_distance(real_train)
        per_class[c] = {"generated": gen_d, "real": real_d, "n_real": len(real),
                        "ratio": gen_d / real_d if real_d else None,
                        "real_train": train_d, "n_real_train": len(real_train),
                        "ratio_vs_train": gen_d / train_d if train_d else None}
    ratios = [v["ratio"] for v in per_class.values() if v["ratio"] is not None]
    return {"per_class": per_class, "mean_ratio": float(np.mean(ratios)) if ratios else None}


def _split_by_class(real: np.ndarray, resynth: np.ndarray, hits: np.ndarray, data_labels: list[str],
                    classes: list[str], n_hits: int) -> dict[str, dict[str, np.ndarray]]:
    """Per-clip values of the real DATA_DIR files, their resynthesis (both in data_labels order) and the
    sampled hits (class after class, n_hits each) -> {class: {"real", "resynthesis", "generated"}}."""
    out = {}
    for ci, c in enumerate(classes):
        rows = [k for k, name in enumerate(data_labels) if name == c]
        out[c] = {"real": real[rows], "resynthesis": resynth[rows], "generated": hits[ci * n_hits : (ci + 1) * n_hits]}
    return out


def _wobble(data: np.ndarray, data_labels: list[str], resynth: np.ndarray, hits: np.ndarray, classes: list[str],
            n_hits: int) -> dict:
    """features.envelope_wobble (dB) per class at both time scales, mean over the real DATA_DIR files, their
    resynthesis and the sampled hits (prepared clips, hits class after class, n_hits each)."""
    out: dict = {"window_s": WOBBLE_WINDOW_S}
    for scale in ("slow", "fast"):
        split = _split_by_class(*(envelope_wobble(x, fast=scale == "fast") for x in (data, resynth, hits)),
                                data_labels, classes, n_hits)
        out[scale] = {c: {k: _mean_of(v) for k, v in parts.items()} for c, parts in split.items()}
    return out


def semitones(hz: np.ndarray, reference: np.ndarray | float) -> np.ndarray:
    """The interval (semitones) from reference to hz, elementwise."""
    return 12.0 * np.log2(np.asarray(hz, dtype=np.float64) / reference)


def _pitch_summary(hz: np.ndarray) -> dict:
    """Median (Hz) and spread (semitones from the 25th to the 75th percentile) of the finite values."""
    hz = hz[np.isfinite(hz)]
    if not len(hz):
        return {"median_hz": None, "spread_st": None}
    q1, med, q3 = np.percentile(hz, [25, 50, 75])
    return {"median_hz": float(med), "spread_st": float(semitones(q3, q1))}


def _low_partials(data: np.ndarray, data_labels: list[str], resynth: np.ndarray, hits: np.ndarray,
                  classes: list[str], n_hits: int) -> tuple[dict, dict[str, dict[str, np.ndarray]]]:
    """features.low_partial_hz per class, for the real DATA_DIR files, their resynthesis and the sampled hits
    (prepared clips, hits class after class, n_hits each) -> (summary for metrics.json, the Hz per clip
    {class: {"real", "resynthesis", "generated"}} for the figure).

    The summary has each set's median and spread, and resynthesis's pitch error: the median |semitones|
    between each file's partial and its resynthesis's.
    """
    values = _split_by_class(*(low_partial_hz(x) for x in (data, resynth, hits)), data_labels, classes, n_hits)
    per_class = {}
    for c, v in values.items():
        error = np.abs(semitones(v["resynthesis"], v["real"]))
        error = error[np.isfinite(error)]
        per_class[c] = {k: _pitch_summary(x) for k, x in v.items()}
        per_class[c]["resynthesis_error_st"] = float(np.median(error)) if len(error) else None
    return {"range_hz": list(PARTIAL_RANGE_HZ), "window_s": PARTIAL_WINDOW_S, "per_class": per_class}, values


def check_bars(metrics: dict) -> dict:
    """The model card's quality bars, checked on one evaluation: {"fidelity", "diversity", "reconstruction":
    {name: {..., "met": bool}}, "diversity_range": [lo, hi] (the figures draw it), "not_met": [one line per miss]}. A class DATA_DIR cannot measure (fewer than
    BAR_MIN_FILES real files for fidelity, fewer than 2 for a pairwise diversity) is left out, not counted as met.

    - fidelity: sampled hits judged as their class at least as often as DATA_DIR's real files are
      ("all": the sampled overall share against the real files' balanced accuracy, both a mean over classes);
    - diversity: the sampled hits' variety within DIVERSITY_RANGE of the real files';
    - reconstruction: resynthesis closer to the file than the noise baseline on both distances.
    """
    real, fid = metrics["classifier"]["real"], metrics["fidelity"]
    fidelity = {c: {"generated": fid["per_class"][c], "real": real["per_class"][c],
                    "met": fid["per_class"][c] >= real["per_class"][c]}
                for c in metrics["classes"] if real["n_per_class"].get(c, 0) >= BAR_MIN_FILES}
    fidelity["all"] = {"generated": fid["overall"], "real": real["balanced"], "met": fid["overall"] >= real["balanced"]}
    lo, hi = DIVERSITY_RANGE
    diversity = {c: {"ratio": v["ratio"], "met": lo <= v["ratio"] <= hi}
                 for c, v in metrics["diversity"]["per_class"].items() if v["ratio"] is not None}
    model, noise = metrics["reconstruction"]["model"], metrics["reconstruction"]["noise_baseline"]
    reconstruction = {}
    for c in model["multiscale_spectral"]["per_class"]:
        pairs = {k: (model[k]["per_class"][c], noise[k]["per_class"][c]) for k in ("multiscale_spectral", "log_spectral_db")}
        reconstruction[c] = {k: {"model": m, "noise_baseline": b} for k, (m, b) in pairs.items()}
        reconstruction[c]["met"] = all(m < b for m, b in pairs.values())
    not_met = [f"{c}: judged as its class {v['generated']:.3f} < real files {v['real']:.3f}"
               for c, v in fidelity.items() if not v["met"]]
    not_met += [f"{c}: diversity ratio {v['ratio']:.2f} outside {lo}-{hi}" for c, v in diversity.items() if not v["met"]]
    not_met += [f"{c}: resynthesis not closer than the noise baseline" for c, v in reconstruction.items() if not v["met"]]
    return {"fidelity": fidelity, "diversity": diversity, "diversity_range": [lo, hi], "reconstruction": reconstruction,
            "not_met": not_met}


def evaluate(
    synth,
    data_dir: str | Path,
    train_dir: str | Path,
    out_dir: str | Path,
    n_hits: int = DEFAULT_HITS,
    seed: int = 0,
    temperature: float = 1.0,
    emphasis: float = DEFAULT_EMPHASIS,
    confidence: float = DEFAULT_CONFIDENCE,
    run_dir: str | Path | None = None,
    sweep_temperatures: tuple[float, ...] = (),
    log=print,
) -> dict:
    """Measure `synth` (a granular_vae.Synth) on data_dir, write metrics.json and PNGs to out_dir; returns metrics.

    Checks every input before writing anything: AudioError/ValueError with a clear message otherwise.
    """
    sr = synth.sample_rate
    if n_hits < 2:
        raise ValueError(f"--hits must be at least 2 (pairwise diversity), got {n_hits}")
    confidence = synth.check_confidence(confidence)   # before minutes of work, not at the first sampled hit
    log_csv = None
    if run_dir is not None:
        log_csv = Path(run_dir) / "log.csv"
        if not log_csv.is_file():
            raise ValueError(f"{run_dir}: no log.csv (expected the run folder written by ngs train)")
    data = load_clips(data_dir, sr)
    train = load_clips(train_dir, sr)
    train_classes = sorted({c for c, _, _ in train})
    unknown = sorted({c for c, _, _ in data} - set(synth.classes))
    if unknown:
        raise ValueError(f"{data_dir}: classes {unknown} are not in the checkpoint's classes {synth.classes}")
    untrained = sorted({c for c, _, _ in data} - set(train_classes))
    if untrained:
        raise ValueError(f"{train_dir}: no training files for classes {untrained} of {data_dir}")
    if len(train_classes) < 2:
        raise ValueError(f"{train_dir}: the classifier needs at least 2 classes, found {train_classes}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    classes = [c for c in synth.classes if c in train_classes]   # the classes both sides know
    data_labels = [c for c, _, _ in data]
    timings: dict[str, float] = {}

    t = time.perf_counter()
    data_classes = [c for c in synth.classes if c in set(data_labels)]
    reconstruction, recon_audio = _reconstruction(synth, data, data_classes, seed)
    timings["reconstruction"] = time.perf_counter() - t
    log(f"reconstruction: {len(data)} files, multi-scale spectral {reconstruction['model']['multiscale_spectral']['mean']:.3f} "
        f"(noise baseline {reconstruction['noise_baseline']['multiscale_spectral']['mean']:.3f})")

    t = time.perf_counter()
    train_y = np.array([train_classes.index(c) for c, _, _ in train])
    # Prepared once, for the classifier's features and for the diversity distances.
    train_prep = prepare_clips([a for _, _, a in train], sr)
    data_prep = prepare_clips([a for _, _, a in data], sr)
    resynth_prep = prepare_clips([m for m, _ in recon_audio], sr)
    train_x = features_of(train_prep)
    clf = HitClassifier(train_classes).fit(train_x, train_y)
    data_y = np.array([train_classes.index(c) for c in data_labels])
    classifier = {
        "model": "standardised logistic regression, class-balanced (features.HitClassifier)",
        "train_dir": str(train_dir), "n_train": len(train),
        "train": _accuracy(clf.predict(train_x), train_y, train_classes),
        # The real files a classifier has not heard, with more kits than DATA_DIR holds: each training file
        # judged by a classifier fitted without its kit. The reference for how often real hits of an unheard
        # kit pass as their class.
        "held_out_kits": _held_out(train, train_x, train_y, train_classes),
        "real": _accuracy(clf.predict(features_of(data_prep)), data_y, train_classes),
        # A control: how often noise with only the real file's envelope passes as its class. Fidelity well
        # above this shows the model gets timbre right, not just the envelope.
        "noise_baseline": _accuracy(clf.predict(extract_features([b for _, b in recon_audio], sr)), data_y,
                                    train_classes),
        # Where class identity is lost on the way to a sampled hit: each real file resynthesised through
        # the grain space, and embedded as one point of the path embedding and decoded back.
        "resynthesis": _accuracy(clf.predict(features_of(resynth_prep)), data_y, train_classes),
        "embedding_round_trip": _accuracy(clf.predict(extract_features(
            [synth.decode_embedding(synth.embed(a, sr, c), c, seed=seed + k) for k, (c, _, a) in enumerate(data)], sr)),
            data_y, train_classes),
    }
    timings["classifier"] = time.perf_counter() - t
    log(f"classifier: accuracy on real {data_dir}: {classifier['real']['overall']:.3f} "
        f"(balanced {classifier['real']['balanced']:.3f})")

    t = time.perf_counter()
    first = seed + len(data)   # hit seeds follow the resynthesis seeds: no two draws share a seed
    references = (data_prep, data_labels, train_prep, [c for c, _, _ in train])
    draw = {"emphasis": emphasis, "confidence": confidence}
    fidelity, diversity, gen_prep = _judge_hits(synth, clf, classes, n_hits, first, temperature, draw, references)
    timings["hits"] = time.perf_counter() - t
    log(f"fidelity: {fidelity['overall']:.3f} of sampled hits judged as the asked class "
        f"(temperature {temperature}, emphasis {emphasis}, critic's confidence {draw['confidence']})")
    t = time.perf_counter()
    sweep = []
    for sweep_t in sweep_temperatures:   # the same seeds at each temperature: one hit per seed, moved
        if sweep_t == temperature:   # already judged above: same seeds, same hits
            f, d = fidelity, diversity
        else:
            f, d, _ = _judge_hits(synth, clf, classes, n_hits, first, sweep_t, draw, references)
        sweep.append({"temperature": sweep_t, "fidelity": f["per_class"], "fidelity_overall": f["overall"],
                      "interval_95": f["interval_95"], "diversity_ratio": {c: v["ratio"] for c, v in d["per_class"].items()},
                      "diversity_ratio_vs_train": {c: v["ratio_vs_train"] for c, v in d["per_class"].items()}})
        log(f"sweep: temperature {sweep_t}: {f['overall']:.3f} judged as the asked class, "
            f"mean diversity ratio {d['mean_ratio'] or float('nan'):.2f}")
    if sweep:
        timings["sweep"] = time.perf_counter() - t

    partials, partial_hz = _low_partials(data_prep, data_labels, resynth_prep, gen_prep, classes, n_hits)
    balance = {"bands_hz": list(BALANCE_EDGES_HZ), "per_class": {}}
    for c in data_classes:
        rows = [k for k, name in enumerate(data_labels) if name == c]
        real_power = band_power(data_prep[rows])   # once per class, for both comparisons
        ci = classes.index(c) if c in classes else None
        balance["per_class"][c] = {
            "resynthesis_db": power_ratio_db(band_power(resynth_prep[rows]), real_power),
            "generated_db": None if ci is None else
                power_ratio_db(band_power(gen_prep[ci * n_hits : (ci + 1) * n_hits]), real_power)}

    metrics = {
        "data_dir": str(data_dir), "classes": classes, "sample_rate": sr, "seed": seed,
        "reconstruction": reconstruction, "classifier": classifier, "fidelity": fidelity,
        "diversity": diversity, "spectral_balance": balance,
        "envelope_wobble": _wobble(data_prep, data_labels, resynth_prep, gen_prep, classes, n_hits),
        "low_partial": partials,
        "training_summary": synth.summary,
    }
    if sweep:
        metrics["temperature_sweep"] = sweep
    metrics["bars"] = check_bars(metrics)
    t = time.perf_counter()
    metrics["figures"] = _draw(synth, data, recon_audio, data_classes, metrics, out, log_csv, partial_hz)
    timings["figures"] = time.perf_counter() - t
    metrics["timings_s"] = {k: round(v, 2) for k, v in timings.items()}
    (out / "metrics.json").write_text(json.dumps(_finite_or_none(metrics), indent=2) + "\n")
    return metrics


def _finite_or_none(obj):
    """JSON has no NaN/inf: map them to null so metrics.json stays valid everywhere."""
    if isinstance(obj, dict):
        return {k: _finite_or_none(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite_or_none(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def _draw(synth, data: list[Clip], recon_audio, classes: list[str], metrics: dict, out: Path, log_csv,
          partial_hz: dict[str, dict[str, np.ndarray]]) -> list[str]:
    """All PNGs of one evaluation; returns their file names."""
    from granular_vae import plots   # lazy: matplotlib loads only when figures are drawn, not for every `ngs`
    sr = synth.sample_rate
    names = [c for c, _, _ in data]
    columns = []
    for c in classes:   # the file closest to its class's median length: a typical example
        idx = [k for k, n in enumerate(names) if n == c]
        lengths = np.array([len(data[k][2]) for k in idx])
        columns.append(idx[int(np.argmin(np.abs(lengths - np.median(lengths))))])
    grid = [[data[k][2] for k in columns], [recon_audio[k][0] for k in columns], [recon_audio[k][1] for k in columns]]
    files = [plots.plot_spectrogram_grid(grid, ["real", "resynthesis", "noise baseline"], classes, sr,
                                         out / "spectrograms.png",
                                         "Real hits vs their resynthesis by the model (one typical file per class)")]

    xy, labels = [], []
    for name, _, audio in data:
        z = synth.encode(audio, sr, cls=name)
        xy.append(synth.latent_to_xy(z))
        labels.append(np.full(len(z), synth.classes.index(name)))
    files.append(plots.plot_latent_map(np.concatenate(xy), np.concatenate(labels), synth.classes,
                                       out / "latent_map.png",
                                       f"Grain latent space: 2-D PCA map, {len(data)} real files encoded"))
    files.append(plots.plot_eval_scores(metrics, out / "scores.png"))
    files.append(plots.plot_spectral_balance(metrics, out / "spectral_balance.png"))
    files.append(plots.plot_low_partials({c: partial_hz[c] for c in classes if c in partial_hz}, out / "low_partials.png",
                                         f"Strongest partial in {PARTIAL_RANGE_HZ[0]:g}-{PARTIAL_RANGE_HZ[1]:g} Hz, "
                                         f"first {PARTIAL_WINDOW_S * 1000:g} ms, on {metrics['data_dir']}"))
    if "temperature_sweep" in metrics:
        files.append(plots.plot_temperature_sweep(metrics, out / "temperature_sweep.png"))
    if log_csv is not None and (curves := plots.plot_losses(log_csv, out / "loss_curves.png")) is not None:
        files.append(curves)
    return [f.name for f in files]


def _default_train_dir(data_dir: Path) -> Path:
    sibling = data_dir.resolve().parent / "train"
    if not sibling.is_dir() or sibling == data_dir.resolve():
        raise ValueError(f"no training set for the classifier: {sibling} does not exist (or is DATA_DIR); "
                         "pass --train-dir with the real training files (one sub-folder per class)")
    return sibling


def run(args: argparse.Namespace) -> int:
    if args.threads is not None and args.threads < 1:
        print(f"ngs eval: error: --threads must be at least 1, got {args.threads}", file=sys.stderr)
        return 2
    try:
        with cpu_threads(args.threads):   # put back after: main() may be called in-process (tests, notebooks)
            train_dir = Path(args.train_dir) if args.train_dir else _default_train_dir(Path(args.data_dir))
            synth = Synth.load(args.checkpoint, device=args.device)
            t = time.perf_counter()
            metrics = evaluate(synth, args.data_dir, train_dir, args.out, n_hits=args.hits, seed=args.seed,
                               temperature=args.temperature, emphasis=args.emphasis, confidence=args.confidence,
                               run_dir=args.run_dir, sweep_temperatures=args.sweep,
                               log=lambda m: print(m, file=sys.stderr))
    except (ValueError, AudioError) as e:   # CheckpointError and AudioError are ValueErrors
        print(f"ngs eval: error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {Path(args.out) / 'metrics.json'} and {', '.join(metrics['figures'])} "
          f"in {time.perf_counter() - t:.0f} s")
    print(format_table(metrics))
    misses = metrics["bars"]["not_met"]
    print("bars: all met" if not misses else f"bars not met ({len(misses)}):\n  " + "\n  ".join(misses))
    return 0


def format_table(metrics: dict) -> str:
    """The headline numbers as a plain-text table, one row per class; "all" is the balanced mean (real,
    noise) or the mean over files (distances)."""
    rec, clf, fid, div = metrics["reconstruction"], metrics["classifier"], metrics["fidelity"], metrics["diversity"]
    fmt = lambda v, spec: " " * (int(spec.split(".")[0]) - 1) + "-" if v is None else format(v, spec)  # noqa: E731
    rows = [f"{'class':<9} {'train acc':>9} {'held-out':>8} {'real acc':>8} {'noise acc':>9} {'resyn acc':>9} {'trip acc':>8} {'gen acc':>8} "
            f"{'div ratio':>9} {'MSS':>6} {'noise':>6} {'LSD dB':>7} {'noise':>6} {'wobble':>7} {'fast':>7} {'pitch st':>8} {'spread':>9}"]
    wob, low = metrics["envelope_wobble"], metrics["low_partial"]["per_class"]
    pair = lambda g, r: f"{fmt(g, '3.1f')}/{fmt(r, '3.1f')}".rjust(7)  # noqa: E731  generated/real
    for c in metrics["classes"]:
        m, b = rec["model"], rec["noise_baseline"]
        rows.append(f"{c:<9} {fmt(clf['train']['per_class'].get(c), '9.2f')} "
                    f"{fmt(clf['held_out_kits']['per_class'].get(c), '8.2f')} {fmt(clf['real']['per_class'].get(c), '8.2f')} "
                    f"{fmt(clf['noise_baseline']['per_class'].get(c), '9.2f')} {fmt(clf['resynthesis']['per_class'].get(c), '9.2f')} "
                    f"{fmt(clf['embedding_round_trip']['per_class'].get(c), '8.2f')} {fmt(fid['per_class'].get(c), '8.2f')} "
                    f"{fmt(div['per_class'][c]['ratio'], '9.2f')} "
                    f"{fmt(m['multiscale_spectral']['per_class'].get(c), '6.2f')} "
                    f"{fmt(b['multiscale_spectral']['per_class'].get(c), '6.2f')} "
                    f"{fmt(m['log_spectral_db']['per_class'].get(c), '7.1f')} "
                    f"{fmt(b['log_spectral_db']['per_class'].get(c), '6.1f')} "
                    f"{pair(wob['slow'][c]['generated'], wob['slow'][c]['real'])} "
                    f"{pair(wob['fast'][c]['generated'], wob['fast'][c]['real'])} "
                    f"{fmt(low[c]['resynthesis_error_st'], '8.1f')} "
                    f"{pair(low[c]['generated']['spread_st'], low[c]['real']['spread_st']).rjust(9)}")
    rows.append(f"{'all':<9} {clf['train']['balanced']:9.2f} {clf['held_out_kits']['balanced']:8.2f} {clf['real']['balanced']:8.2f} {clf['noise_baseline']['balanced']:9.2f} "
                f"{clf['resynthesis']['balanced']:9.2f} {clf['embedding_round_trip']['balanced']:8.2f} {fid['overall']:8.2f} {fmt(div['mean_ratio'], '9.2f')} "
                f"{rec['model']['multiscale_spectral']['mean']:6.2f} {rec['noise_baseline']['multiscale_spectral']['mean']:6.2f} "
                f"{rec['model']['log_spectral_db']['mean']:7.1f} {rec['noise_baseline']['log_spectral_db']['mean']:6.1f} "
                + " ".join(pair(_mean_of(w["generated"] for w in wob[k].values()), _mean_of(w["real"] for w in wob[k].values()))
                           for k in ("slow", "fast"))
                + f" {fmt(_mean_of(v['resynthesis_error_st'] for v in low.values()), '8.1f')}")
    return "\n".join(rows)


def _mean_of(values) -> float | None:
    """Mean of the values that are neither None nor NaN (a hit envelope_wobble could not measure); None if
    there are none."""
    values = [float(v) for v in values if v is not None and not math.isnan(v)]
    return float(np.mean(values)) if values else None


def _temperatures(text: str) -> tuple[float, ...]:
    """--sweep's value "0.5,0.7,1" -> (0.5, 0.7, 1.0), each a sampling temperature in [0, 10], sorted."""
    try:
        values = tuple(sorted({float(v) for v in text.split(",")}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from None
    if not all(0.0 <= v <= 10.0 for v in values):   # nan fails too
        raise argparse.ArgumentTypeError(f"temperatures must be in [0, 10], got {text!r}")
    return values


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="measure a checkpoint: reconstruction, class fidelity and diversity of sampled hits, figures",
        description="Evaluate a checkpoint on a folder of real hits (DATA_DIR/<class>/*.wav): resynthesis "
        "distances against a noise baseline, a classifier trained on the real training set judging "
        "sampled hits (and each real file, its resynthesis and its embedding round trip, to show where "
        "a class is lost), diversity of sampled hits vs real ones, and figures. Writes DIR/metrics.json, "
        "spectrograms.png, latent_map.png, scores.png, spectral_balance.png (and loss_curves.png with "
        "--run-dir, temperature_sweep.png with --sweep).",
    )
    p.add_argument("checkpoint", help="checkpoint file (.safetensors) written by ngs train")
    p.add_argument("data_dir", help="real hits to evaluate on, one sub-folder per class (e.g. .../valid)")
    p.add_argument("--out", required=True, help="folder for metrics.json and the PNGs (created)")
    p.add_argument("--train-dir", help="real training hits for the classifier (default: the sibling train/ of DATA_DIR)")
    p.add_argument("--run-dir", help="training run folder with log.csv: adds loss_curves.png")
    p.add_argument("--hits", type=int, default=DEFAULT_HITS,
                   help=f"hits sampled per class for fidelity (the first {DIVERSITY_HITS} also for diversity) (default: {DEFAULT_HITS})")
    p.add_argument("--temperature", type=float, default=1.0, help="sampling temperature of the hits (default: 1.0)")
    p.add_argument("--sweep", type=_temperatures, default=(), metavar="T,T,...",
                   help="also sample the hits at these temperatures (e.g. 0.3,0.5,0.7,1.0): the share judged as "
                        "their class and the diversity at each, in metrics.json and temperature_sweep.png")
    p.add_argument("--emphasis", type=float, default=DEFAULT_EMPHASIS,
                   help=f"class emphasis of the hits, as Synth.sample_note's (default: {DEFAULT_EMPHASIS})")
    p.add_argument("--confidence", type=float, default=DEFAULT_CONFIDENCE,
                   help="the class critic's probability of the asked class a sampled hit needs before it is rendered, "
                        f"as Synth.sample_note's; 0 keeps every first draw (default: {DEFAULT_CONFIDENCE})")
    p.add_argument("--seed", type=int, default=0, help="seed of resynthesis noise, baseline noise and sampled hits (default: 0)")
    p.add_argument("--device", help="torch device (default: CUDA, MPS or CPU, whichever is there)")
    p.add_argument("--threads", type=int, help="torch CPU threads, with rendering on one (default: torch's and numpy's own choice; 1 is faster on a busy machine)")
    p.set_defaults(func=run)
