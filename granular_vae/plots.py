"""Figures a person looks at: spectrogram grids, the grain latent map, loss curves and evaluation scores.

Each function draws one PNG from plain arrays (no model), so `ngs eval`, `ngs plot` and notebooks
share them. Matplotlib runs on the non-interactive Agg backend: no display is needed.
"""
from __future__ import annotations

import csv
from pathlib import Path

import matplotlib
import matplotlib.ticker

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

from granular_vae.atomic import atomic_write  # noqa: E402
from granular_vae.losses import stft_magnitude  # noqa: E402

SPEC_FFT = 1024
SPEC_FLOOR_DB = -80.0
SPEC_FMIN = 30.0


def save_figure(fig: plt.Figure, path: str | Path, dpi: int = 110, tight: bool = True) -> Path:
    """Write fig as a PNG atomically (a viewer never shows half a file), creating the folder; close it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as f:
        fig.savefig(f, format="png", dpi=dpi, bbox_inches="tight" if tight else None)
    plt.close(fig)
    return path


def magnitude(audio: np.ndarray) -> np.ndarray:
    """|STFT| [bins, frames] (Hann 1024, hop 256) of mono audio; clips shorter than one frame are zero-padded."""
    x = np.asarray(audio, dtype=np.float32)
    if x.size < SPEC_FFT:
        x = np.pad(x, (0, SPEC_FFT - x.size))
    return stft_magnitude(torch.from_numpy(x)[None], SPEC_FFT)[0].numpy()


def spectrogram_db(audio: np.ndarray, ref: float | None = None) -> np.ndarray:
    """Magnitude spectrogram in dB [bins, frames] re the magnitude `ref` (default: its own max), floored."""
    mag = magnitude(audio)
    ref = float(mag.max()) if ref is None else ref
    return np.maximum(20.0 * np.log10(np.maximum(mag, 1e-10) / max(ref, 1e-10)), SPEC_FLOOR_DB)


def draw_spectrogram(ax: plt.Axes, audio: np.ndarray, sr: int, ref: float) -> plt.cm.ScalarMappable:
    """Log-frequency spectrogram of audio at sr into ax, in dB re `ref` (floored at SPEC_FLOOR_DB)."""
    spec = spectrogram_db(audio, ref)
    freqs = np.linspace(0.0, sr / 2, SPEC_FFT // 2 + 1)
    times = np.arange(spec.shape[1]) * (SPEC_FFT // 4) / sr
    mesh = ax.pcolormesh(times, freqs[1:], spec[1:], shading="auto", cmap="magma", vmin=SPEC_FLOOR_DB, vmax=0.0,
                         rasterized=True)
    ax.set_yscale("log")
    ax.set_ylim(SPEC_FMIN, sr / 2)
    return mesh


def plot_spectrogram_grid(
    clips: list[list[np.ndarray]], row_labels: list[str], col_labels: list[str], sr: int, path: str | Path, title: str
) -> Path:
    """Grid of spectrograms, clips[row][col] (mono float arrays at sr); log-frequency axis.

    Every column shares the dB reference of its first row (the real sound), so a resynthesis that is
    too quiet or too loud shows as darker or brighter, not silently renormalised.
    """
    n_rows, n_cols = len(row_labels), len(col_labels)
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(2.1 * n_cols + 1.2, 1.9 * n_rows + 0.8), squeeze=False,
                             sharey=True, constrained_layout=True)
    mesh = None
    for c in range(n_cols):
        ref = float(magnitude(clips[0][c]).max())
        for r in range(n_rows):
            ax = axes[r][c]
            mesh = draw_spectrogram(ax, clips[r][c], sr, ref)
            if r == 0:
                ax.set_title(col_labels[c])
            if c == 0:
                ax.set_ylabel(f"{row_labels[r]}\nfrequency (Hz)")
            if r == n_rows - 1:
                ax.set_xlabel("time (s)")
    fig.colorbar(mesh, ax=axes, shrink=0.8, label="dB re the real clip's peak")
    fig.suptitle(title)
    return save_figure(fig, path)


def plot_latent_map(xy: np.ndarray, labels: np.ndarray, classes: list[str], path: str | Path, title: str) -> Path:
    """Scatter of grains on the 2-D PCA map, xy [n, 2], labels [n] (indices into classes), coloured by class.

    The dashed square is the [-1, 1] range the XY controls of the synth cover. Classes are drawn from the
    most to the fewest grains, so a class with few grains is not buried under a big one.
    """
    fig, ax = plt.subplots(figsize=(7.5, 6.2))
    cmap = plt.get_cmap("tab10")
    counts = np.bincount(labels, minlength=len(classes))
    order = np.argsort(-counts[labels], kind="stable")      # big classes first: small ones stay visible on top
    colours = np.array([cmap(i % 10) for i in range(len(classes))])
    ax.scatter(xy[order, 0], xy[order, 1], c=colours[labels[order]], s=5, alpha=0.45, linewidths=0)
    for i, name in enumerate(classes):
        n = int(counts[i])
        if n:
            ax.scatter([], [], color=colours[i], s=30, label=f"{name} ({n})")
    ax.plot([-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1], "k--", lw=0.8, alpha=0.6, label="XY control range")
    ax.set_xlabel("PC 1 (scaled: x)")
    ax.set_ylabel("PC 2 (scaled: y)")
    ax.set_title(title)
    ax.legend(title="class (grains)", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    ax.set_aspect("equal", adjustable="datalim")
    ax.grid(alpha=0.2)
    return save_figure(fig, path)


def _bars(ax: plt.Axes, classes: list[str], series: dict[str, list[float | None]], ylabel: str, title: str,
          intervals: dict[str, list[tuple[float, float] | None]] | None = None) -> None:
    """Grouped bars per class; None values are marked "n/a" instead of drawn as 0. intervals: for some
    series, a (low, high) whisker per class."""
    width = 0.8 / len(series)
    x = np.arange(len(classes))
    for k, (label, values) in enumerate(series.items()):
        pos = x - 0.4 + width * (k + 0.5)
        ax.bar(pos, [np.nan if v is None else v for v in values], width, label=label)
        for p, v, iv in zip(pos, values, (intervals or {}).get(label, [None] * len(values))):
            if v is None:
                ax.text(p, 0, "n/a", ha="center", va="bottom", fontsize=7, rotation=90)
            elif iv is not None:
                ax.errorbar(p, v, yerr=[[v - iv[0]], [iv[1] - v]], fmt="none", ecolor="k", elinewidth=0.8, capsize=2)
    ax.set_xticks(x, classes, rotation=30, ha="right")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)


def plot_eval_scores(metrics: dict, path: str | Path) -> Path:
    """The four `ngs eval` scores per class in one figure, from the metrics dict evaluate.evaluate builds."""
    classes = metrics["classes"]
    clf, fid, div, rec = metrics["classifier"], metrics["fidelity"], metrics["diversity"], metrics["reconstruction"]
    fig, axes = plt.subplots(2, 2, figsize=(13, 8.5), constrained_layout=True)

    ax = axes[0][0]
    noise = clf["noise_baseline"]
    real, sampled = f"real files (overall {clf['real']['balanced']:.2f})", f"sampled hits (overall {fid['overall']:.2f})"
    held = clf["held_out_kits"]
    held_label = f"real training files, their {held['grouping']} held out ({held['balanced']:.2f})"
    _bars(ax, classes, {real: [clf["real"]["per_class"].get(c) for c in classes],
                        held_label: [held["per_class"].get(c) for c in classes],
                        sampled: [fid["per_class"].get(c) for c in classes],
                        f"noise with a real envelope (control, {noise['balanced']:.2f})":
                            [noise["per_class"].get(c) for c in classes]},
          "share judged as its class", "Class fidelity: classifier trained on real hits (whiskers: 95 % intervals)",
          {real: [clf["real"].get("interval_95", {}).get(c) for c in classes],
           held_label: [held["interval_95"].get(c) for c in classes],
           sampled: [fid.get("interval_95", {}).get(c) for c in classes]})
    ax.set_ylim(0, 1.32)                                     # headroom for the legend above the bars
    ax.set_yticks(np.linspace(0, 1, 6))
    ax.legend(loc="upper center", ncol=2, fontsize=8)

    ax = axes[0][1]
    lo, hi = metrics["bars"]["diversity_range"]
    _bars(ax, classes, {"sampled / real": [div["per_class"][c]["ratio"] for c in classes]},
          "pairwise spectral distance ratio", f"Diversity of sampled hits vs real files (goal {lo}-{hi})")
    ax.axhspan(lo, hi, color="tab:green", alpha=0.12, label="goal")
    ax.axhline(1.0, color="k", lw=0.8, ls="--")
    ax.legend(loc="upper right", fontsize=8)

    for ax, key, ylabel in ((axes[1][0], "multiscale_spectral", "multi-scale spectral distance"),
                            (axes[1][1], "log_spectral_db", "log-spectral distance (dB)")):
        m, b = rec["model"][key], rec["noise_baseline"][key]
        _bars(ax, classes, {f"resynthesis (mean {m['mean']:.2f})": [m["per_class"].get(c) for c in classes],
                            f"noise baseline (mean {b['mean']:.2f})": [b["per_class"].get(c) for c in classes]},
              ylabel, f"Reconstruction: {ylabel.split(' (')[0]} (lower is better)")
        ax.legend(loc="upper left", fontsize=8)
    fig.suptitle(f"ngs eval on {metrics['data_dir']}: {fid['n_per_class']} sampled hits per class")
    return save_figure(fig, path)


def plot_temperature_sweep(metrics: dict, path: str | Path) -> Path:
    """Per class, against sampling temperature: the share of hits judged as their class (with 95 % intervals)
    and their diversity over real files', next to the real files' own shares; from evaluate's metrics."""
    sweep, classes, clf = metrics["temperature_sweep"], metrics["classes"], metrics["classifier"]
    temps = [row["temperature"] for row in sweep]
    cols = min(4, len(classes))
    rows = -(-len(classes) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.4 * cols, 2.9 * rows), sharex=True, sharey=True,
                             constrained_layout=True, squeeze=False)
    for ax, c in zip(axes.flat, classes):
        ax.axhspan(*metrics["bars"]["diversity_range"], color="tab:green", alpha=0.1)
        judged = [row["fidelity"].get(c) for row in sweep]
        lo, hi = zip(*[row["interval_95"][c] for row in sweep])
        ax.fill_between(temps, lo, hi, color="tab:green", alpha=0.2, lw=0)
        ax.plot(temps, judged, "o-", color="tab:green", ms=3, label="sampled: judged as class")
        ratio = lambda key: [np.nan if row[key].get(c) is None else row[key][c] for row in sweep]  # noqa: E731
        ax.plot(temps, ratio("diversity_ratio"), "s-", color="tab:purple", ms=3,
                label="sampled: diversity / real files'")
        ax.plot(temps, ratio("diversity_ratio_vs_train"), "s:", color="tab:purple", ms=3,
                alpha=0.6, label="sampled: diversity / training files'")
        for key, colour, style, label in (("real", "tab:blue", "--", "real files: judged as class"),
                                          ("held_out_kits", "tab:orange", ":", "training files, kit held out")):
            if (share := clf[key]["per_class"].get(c)) is not None:
                ax.axhline(share, color=colour, ls=style, lw=1.2, label=label)
        ax.set_title(c)
        ax.grid(alpha=0.25)
    for ax in axes.flat[len(classes):]:
        ax.axis("off")
    for ax in axes[-1]:
        ax.set_xlabel("temperature")
    for ax in axes[:, 0]:
        ax.set_ylabel("share / ratio")
    axes.flat[0].set_ylim(0, 2.0)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=3, fontsize=8)
    fig.suptitle(f"Sampled hits against temperature ({metrics['fidelity']['n_per_class']} per class and temperature, "
                 f"emphasis {metrics['fidelity']['emphasis']}; green band: the diversity goal)")
    return save_figure(fig, path)


def plot_spectral_balance(metrics: dict, path: str | Path) -> Path:
    """Per class, dB of resynthesised files and of sampled hits over real files per octave band
    (metrics["spectral_balance"] from evaluate.evaluate): where the model adds or lacks energy."""
    balance = metrics["spectral_balance"]
    edges = balance["bands_hz"]
    labels = [f"{a:g}-{b:g}" for a, b in zip(edges[:-1], edges[1:])]
    fig, axes = plt.subplots(1, 2, figsize=(13, 4.5), sharey=True, constrained_layout=True)
    for ax, key, title in ((axes[0], "resynthesis_db", "Resynthesis vs the same real files"),
                           (axes[1], "generated_db", "Sampled hits vs real files of the class")):
        for c, v in balance["per_class"].items():
            if v[key] is not None:
                ax.plot(range(len(labels)), v[key], marker="o", ms=3, label=c)
        ax.axhline(0.0, color="k", lw=0.8)
        ax.axhspan(-3.0, 3.0, color="tab:green", alpha=0.1)
        ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
        ax.set_xlabel("band (Hz)")
        ax.set_title(title)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("mean power vs real (dB)")
    axes[1].legend(fontsize=8, ncol=2)
    fig.suptitle(f"Spectral balance on {metrics['data_dir']} (peak-normalised 1 s clips; green: within 3 dB)")
    return save_figure(fig, path)


def plot_low_partials(values: dict[str, dict[str, np.ndarray]], path: str | Path, title: str) -> Path:
    """One panel per class: each real file's strongest low partial (x) against its resynthesis's (y), the
    diagonal where pitch is kept, and the sampled hits' partials as ticks on the right edge.
    values {class: {"real", "resynthesis", "generated"}: Hz per clip} (evaluate._low_partials)."""
    cols = min(4, len(values))
    rows = -(-len(values) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.2 * cols, 3.0 * rows), squeeze=False, constrained_layout=True)
    for ax, (c, v) in zip(axes.flat, values.items()):
        finite = np.concatenate([x[np.isfinite(x)] for x in v.values()])
        lo, hi = (finite.min() / 1.15, finite.max() * 1.15) if len(finite) else (30.0, 1000.0)
        ax.plot([lo, hi], [lo, hi], color="0.6", lw=0.8)
        ax.scatter(v["real"], v["resynthesis"], s=12, color="tab:blue", label="resynthesis")
        ax.plot(np.full(len(v["generated"]), hi / 1.07), v["generated"], "_", color="tab:red", ms=10, alpha=0.3,
                label="sampled")
        ticks = [f for f in (30, 40, 60, 80, 100, 150, 200, 300, 400, 600, 1000) if lo <= f <= hi]
        ax.set_xscale("log")
        ax.set_yscale("log")
        for axis in (ax.xaxis, ax.yaxis):
            axis.set_major_locator(matplotlib.ticker.FixedLocator(ticks))
            axis.set_major_formatter(matplotlib.ticker.ScalarFormatter())
            axis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_title(c)
        ax.set_xlabel("real file (Hz)")
        ax.set_ylabel("model (Hz)")
        ax.grid(alpha=0.3, which="both")
    axes.flat[0].legend(fontsize=7, loc="upper left")
    for ax in list(axes.flat)[len(values):]:
        ax.set_visible(False)
    fig.suptitle(title)
    return save_figure(fig, path)


def plot_losses(log_csv: Path, out_png: Path) -> Path | None:
    """The training run's log.csv -> one panel per stage: each logged loss against step (log scale).

    Returns the figure's path, or None when the log has no rows yet."""
    with open(log_csv) as f:
        rows = list(csv.DictReader(f))
    stages = sorted({int(r["stage"]) for r in rows})
    if not stages:
        return None
    fig, axes = plt.subplots(1, len(stages), figsize=(5 * len(stages), 3.5), squeeze=False)
    titles = {1: "stage 1: grain VAE", 2: "stage 2: path embedding", 3: "stage 3: end to end"}
    for ax, stage in zip(axes[0], stages):
        sr = [r for r in rows if int(r["stage"]) == stage]
        for color, key in enumerate(("loss", "spectral", "loudness", "mel", "onset", "path_mse", "kl")):
            vals = [(int(r["step"]), float(r[key])) for r in sr if r.get(key) not in (None, "")]
            if vals:
                ax.plot(*zip(*vals), label=key, color=f"C{color}")  # one colour per loss in every panel
        ax.set(title=titles[stage], xlabel="step", yscale="log")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    return save_figure(fig, out_png, dpi=100, tight=False)
