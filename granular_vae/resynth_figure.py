"""The `ngs plot` figure: a sound and its resynthesis side by side, and its path over the 2-D grain map."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.colors import LogNorm  # noqa: E402

from .data import prepare  # noqa: E402
from .grains import frame  # noqa: E402
from .plots import draw_spectrogram, magnitude, save_figure  # noqa: E402
from .synth import Synth  # noqa: E402

MAP_CELLS = 48   # background resolution of the grain map (cells per axis)
MAP_DRAWS = 4    # noise grains averaged per cell: one alone gives a speckled centroid


def map_background(synth: Synth, lim: float, cls: str | None = None, seed: int = 0) -> np.ndarray:
    """Spectral centroid (Hz) [MAP_CELLS (y), MAP_CELLS (x)] of the grain decoded at each point of the map.

    The centroid of the mean power spectrum of MAP_DRAWS decoded noise grains per cell says how
    bright the grain space sounds there.
    """
    axis = np.linspace(-lim, lim, MAP_CELLS, dtype=np.float32)
    z = np.stack([synth.xy_to_latent(x, y) for y in axis for x in axis])
    grains = synth.decode_grains(np.repeat(z, MAP_DRAWS, axis=0), cls, np.random.default_rng(seed))
    power = (np.abs(np.fft.rfft(grains, axis=-1)) ** 2).reshape(len(z), MAP_DRAWS, -1).mean(1)
    freqs = np.fft.rfftfreq(synth.grain_size, 1.0 / synth.sample_rate)
    centroid = (power * freqs).sum(-1) / np.maximum(power.sum(-1), 1e-20)
    return centroid.reshape(MAP_CELLS, MAP_CELLS)


def _wave(ax: plt.Axes, audio: np.ndarray, sr: int, title: str, peak: float) -> None:
    ax.plot(np.arange(len(audio)) / sr, audio, lw=0.6, color="tab:blue")
    ax.set_xlim(0, max(len(audio), 1) / sr)
    ax.set_ylim(-peak, peak)
    ax.set_title(title)
    ax.set_ylabel("amplitude")
    ax.grid(alpha=0.2)


def _spectrogram(ax: plt.Axes, audio: np.ndarray, sr: int, ref: float) -> plt.cm.ScalarMappable:
    mesh = draw_spectrogram(ax, audio, sr, ref)
    ax.set_xlabel("time (s)")
    ax.set_ylabel("frequency (Hz)")
    return mesh


def plot_resynthesis(synth: Synth, audio: np.ndarray, sr: int, path: str | Path, title: str = "",
                     cls: str | None = None, stretch: float = 1.0, seed: int | None = None) -> Path:
    """Draw input and resynthesis (waveform over spectrogram) and the input's grain path on the map.

    audio: [samples] or [samples, channels] at sr. Both spectrograms share the input's dB reference,
    so a quieter or louder resynthesis shows as darker or brighter.
    """
    x = prepare(audio, sr, synth.sample_rate)
    y = synth.resynthesize(x, synth.sample_rate, cls=cls, stretch=stretch, seed=seed)
    xy = synth.latent_to_xy(synth.encode(x, synth.sample_rate))
    grain_rms = frame(torch.from_numpy(x)[None], synth.grain_size, synth.hop)[0].pow(2).mean(-1).sqrt().numpy()
    lim = float(np.clip(np.abs(xy).max() * 1.08, 1.05, 4.0))

    fig = plt.figure(figsize=(16, 6.4), constrained_layout=True)
    grid = fig.add_gridspec(2, 3, width_ratios=[1, 1, 1.15], height_ratios=[1, 1.6])
    peak = 1.05 * max(float(np.abs(x).max()), float(np.abs(y).max()), 1e-6)
    ref = float(magnitude(x).max())
    what = f"resynthesis ({cls or 'no class'}" + (f", stretch {stretch:g}" if stretch != 1 else "") + ")"
    for col, (sound, name) in enumerate([(x, "input"), (y, what)]):
        _wave(fig.add_subplot(grid[0, col]), sound, synth.sample_rate, name, peak)
        mesh = _spectrogram(fig.add_subplot(grid[1, col]), sound, synth.sample_rate, ref)
    fig.colorbar(mesh, ax=fig.axes[-1], label="dB re the input's peak", shrink=0.9)

    ax = fig.add_subplot(grid[:, 2])
    bg = map_background(synth, lim, cls)
    img = ax.imshow(bg, origin="lower", extent=(-lim, lim, -lim, lim), cmap="viridis", alpha=0.85,
                    norm=LogNorm(vmin=max(bg.min(), 20.0), vmax=max(bg.max(), 40.0)))
    fig.colorbar(img, ax=ax, label="spectral centroid of the grain there (Hz)", shrink=0.8)
    t = np.linspace(0.0, 1.0, len(xy))
    if len(xy) > 1:
        segments = np.stack([xy[:-1], xy[1:]], axis=1)
        ax.add_collection(LineCollection(segments, colors=plt.get_cmap("autumn")(t[:-1]), linewidths=1.2, alpha=0.9))
    loud = grain_rms / max(grain_rms.max(), 1e-9)
    dots = ax.scatter(xy[:, 0], xy[:, 1], c=t * len(x) / synth.sample_rate, cmap="autumn", s=6 + 60 * loud,
                      edgecolors="black", linewidths=0.3, zorder=3)
    ax.scatter(*xy[0], marker="o", s=140, facecolors="none", edgecolors="white", linewidths=2, zorder=4, label="start")
    ax.scatter(*xy[-1], marker="s", s=120, facecolors="none", edgecolors="white", linewidths=2, zorder=4, label="end")
    fig.colorbar(dots, ax=ax, label="time in the input (s); dot size = grain loudness", shrink=0.8, location="bottom")
    ax.plot([-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1], "w--", lw=0.8, alpha=0.7)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.set_xlabel("map x (PC 1; dashed square = XY control range)")
    ax.set_ylabel("map y (PC 2)")
    ax.set_title("the input's path through the grain map")
    ax.legend(loc="upper right", facecolor="0.3", labelcolor="white", framealpha=0.8)
    fig.suptitle(title)

    return save_figure(fig, path, dpi=100, tight=False)
