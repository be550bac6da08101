"""Grain-by-grain streaming synthesis: one latent in, one hop of audio out.

The offline path (`Synth.decode`) decodes a whole latent path and overlap-adds it at once. A live
stream cannot see the future, so `GrainStream` decodes one Hann-windowed grain per hop from the
latent that is current at that moment, adds it into an overlap-add accumulator, and returns the
first `hop` samples, which no later grain touches any more. A change of latent is therefore heard
from the very next hop.
"""
from __future__ import annotations

import numpy as np

from .render import hann
from .synth import Synth


class GrainStream:
    """Live overlap-add of decoded grains for one class (or none) and one noise seed."""

    def __init__(self, synth: Synth, cls: str | int | None = None, seed: int | None = None):
        if synth.grain_size % synth.hop:
            raise ValueError(f"streaming needs the grain size ({synth.grain_size}) to be a multiple of the hop ({synth.hop})")
        self.synth, self.cls = synth, synth.class_index(cls)
        self.hop, self.grain_size = synth.hop, synth.grain_size
        # Steady-state sum of the overlapping Hann windows at each position of a hop (2 for hop = size / 4).
        self._inv_norm = 1.0 / hann(self.grain_size).reshape(-1, self.hop).sum(0)
        self._acc = np.zeros(self.grain_size, dtype=np.float32)  # overlap-add tail of the grains so far
        self._rng = synth._rng(seed)

    def next_hop(self, z: np.ndarray) -> np.ndarray:
        """Latent z [latent_dim] -> the next `hop` output samples, float32 at the model rate."""
        self._acc += self.synth.decode_grains(np.asarray(z, dtype=np.float32)[None], self.cls, self._rng)[0]
        out = self._acc[:self.hop] * self._inv_norm
        self._acc[:-self.hop] = self._acc[self.hop:]
        self._acc[-self.hop:] = 0.0
        return out

    def render(self, path: np.ndarray) -> np.ndarray:
        """Latents [grains, latent_dim], one per hop -> audio [grains * hop] (what a stream would play)."""
        return np.concatenate([self.next_hop(z) for z in np.asarray(path, dtype=np.float32)])

    def flush(self) -> np.ndarray:
        """The decaying tail [grain_size - hop] left in the accumulator, for a click-free stop."""
        tail = self._acc[:-self.hop] * np.tile(self._inv_norm, self.grain_size // self.hop - 1)
        self._acc[:] = 0.0
        return tail
