"""The class critic: how much a latent path sounds like the class it was sampled for, judged before rendering.

A class's prior also covers hits the model renders like another class: a tom sampled as varied as the
training toms is now and then a low, attack-less thud that passes for a kick. The critic is a
class-balanced logistic regression on a path's attack (its first ATTACK_GRAINS grain latents) and the
mean and spread of the rest, fitted on the training set's encoded paths. Synth.sample_note redraws a
point while the critic gives the asked class less than `confidence`; a redraw costs one path decode
(the recurrent decoder), not a render. Its numbers: checkpoints/README.md.
"""
from __future__ import annotations

import numpy as np
import torch

from .features import HitClassifier

ATTACK_GRAINS = 8           # ~93 ms at the default grains: the attack and early body that tell a tom from a kick
CRITIC_L2 = 0.1             # a few hundred paths for 160 features: firmer than the eval classifier's 1e-2
CRITIC_KEYS = ("critic_mean", "critic_scale", "critic_weight", "critic_bias")   # Synth stats; absent: no critic


def path_features(paths: np.ndarray) -> np.ndarray:
    """Latent paths [n, grains, latent] (grains > ATTACK_GRAINS) -> features [n, (ATTACK_GRAINS + 2) * latent]."""
    if paths.ndim != 3 or paths.shape[1] <= ATTACK_GRAINS:
        raise ValueError(f"paths must be [n, grains > {ATTACK_GRAINS}, latent], got {paths.shape}")
    rest = paths[:, ATTACK_GRAINS:]
    return np.concatenate([paths[:, :ATTACK_GRAINS].reshape(len(paths), -1), rest.mean(1), rest.std(1)], axis=1)


def fit_critic(paths: np.ndarray, labels: np.ndarray, classes: list[str]) -> dict[str, torch.Tensor]:
    """Encoded training paths [n, grains, latent] and their class indices [n] -> the critic's stats (CRITIC_KEYS)."""
    clf = HitClassifier(classes, l2=CRITIC_L2).fit(path_features(paths.astype(np.float32)), labels)
    return {k: torch.from_numpy(np.asarray(v, dtype=np.float32))
            for k, v in zip(CRITIC_KEYS, (clf.mean, clf.scale, clf.weight, clf.bias))}


def check_critic(stats: dict[str, torch.Tensor], latent_dim: int, n_classes: int) -> None:
    """ValueError unless a checkpoint's critic stats have the shapes fit_critic gives this model's paths."""
    f = (ATTACK_GRAINS + 2) * latent_dim
    want = {"critic_mean": (f,), "critic_scale": (f,), "critic_weight": (f, n_classes), "critic_bias": (n_classes,)}
    for k, shape in want.items():
        if tuple(stats[k].shape) != shape:
            raise ValueError(f"stats.{k} has shape {tuple(stats[k].shape)}, expected {shape}")


class PathCritic:
    """A fitted critic (fit_critic's stats as numpy arrays) scoring single paths."""

    def __init__(self, stats: dict[str, np.ndarray], classes: list[str]):
        self.clf = HitClassifier.from_params(classes, *(stats[k] for k in CRITIC_KEYS))

    def probabilities(self, path: np.ndarray) -> np.ndarray:
        """path [grains, latent] -> the critic's class probabilities [classes]."""
        return self.clf.predict_proba(path_features(path[None]))[0]
