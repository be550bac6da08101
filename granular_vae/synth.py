"""`Synth`: the user-facing synthesis API over a trained checkpoint.

Every method takes and returns float32 numpy audio at `sample_rate`. Methods are thread-safe: the
modules and the render engine are only read, and each call draws its randomness from its own seeded
generator, so the same inputs and seed always give the same audio, on any machine.

Encoding runs the torch encoder (on the Synth's device); everything that renders audio runs the numpy
render engine (render.py), which a 1 s hit calls ~140 times in small operations, where torch's
per-operation overhead would cost more than the arithmetic.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Iterator

import numpy as np
import torch

from .checkpoint import CheckpointError, load_checkpoint, save_checkpoint
from .config import ModelConfig
from .critic import CRITIC_KEYS, PathCritic, check_critic, fit_critic
from .data import fit_length, onset_trim, prepare
from .devices import pick_device
from .embedding import PathVAE
from .grain_vae import GrainVAE
from .grains import frame, num_grains, span
from .render import NoiseRenderer, PathDecoder, hann

DEFAULT_CHECKPOINT = Path(__file__).resolve().parent.parent / "checkpoints" / "drums.safetensors"
MAX_GRAINS = 1 << 20         # ~6.8 h of audio: a bound on any path a caller can ask for
DECODE_CHUNK = 1024          # grains encoded or rendered at once: bounds memory, and stays cache-friendly on long files
# Rows of the table each rendered grain draws its noise spectrum from (render.noise_bank): 2048 grains of
# noise, 4 MB; its fixed seed keeps a seeded render the same in every process.
NOISE_BANK_ROWS = 2048
RENDER_FLOOR_RMS = 1e-5      # -100 dBFS: a tail of grains expected to stay below is not rendered (render.NoiseRenderer)
STAT_KEYS = ("class_mean", "class_std", "pca_mean", "pca_components", "pca_scale")
PRIOR_KEYS = ("embed_mean", "embed_scale_tril")  # absent in checkpoints older than the fitted prior
# Sampled hits' class input to the path decoder is scaled by this (Synth.sample_note's `emphasis`): it
# exaggerates what sets the class apart, a cheaper relative of classifier-free guidance. 1.5 was chosen on
# the training set alone (no valid/ files): on the bundled model it raised the share of hits judged as
# their class from 0.84 to 0.90 (200 hits per class) while every class kept at least 3/4 of its training
# files' variety; temperature buys that fidelity at a greater cost in variety (checkpoints/README.md).
DEFAULT_EMPHASIS = 1.5
# A sampled hit's path is redrawn while the class critic (critic.py) gives the asked class a probability under
# `confidence`. Off by default: on the training set, 0.5 raised the share of hits judged as their class from
# 0.94 to 0.97 (toms 0.985 -> 0.995, percs 0.63 -> 0.78) but left the percs 0.67x their variety, failing the
# rule set before the numbers (at most a 10 % loss for any class); the argmax rule failed it too (0.87x).
DEFAULT_CONFIDENCE = 0.0
MAX_DRAWS = 16               # then the draw the critic liked best: a hit always comes back


class Synth:
    def __init__(self, config: ModelConfig, vae: GrainVAE, embedding: PathVAE, classes: list[str],
                 stats: dict[str, torch.Tensor], summary: dict | None = None, device: torch.device | str = "cpu",
                 path: Path | None = None):
        """vae and embedding hold their trained weights: the render engine copies them here."""
        self.config, self.classes, self.summary, self.path = config, list(classes), summary or {}, path
        self.device = torch.device(device)
        self.vae = vae.to(self.device).eval()
        self.embedding = embedding.to(self.device).eval()
        self.stats = {k: v.to(self.device) for k, v in stats.items()}
        if not all(k in self.stats for k in PRIOR_KEYS):  # older checkpoints: the N(0, I) prior they trained with
            rows, dim = len(self.classes) + 1, embedding.embed_dim
            self.stats["embed_mean"] = torch.zeros(rows, dim, device=self.device)
            self.stats["embed_scale_tril"] = torch.eye(dim, device=self.device).repeat(rows, 1, 1)
        g = config.grains
        self.sample_rate, self.grain_size, self.hop = g.sample_rate, g.grain_size, g.hop
        self.latent_dim = config.vae.latent_dim
        self.note_length, self.note_grains = g.note_length, g.note_grains
        self._np_stats = {k: v.detach().cpu().float().numpy() for k, v in self.stats.items()}
        # Checkpoints from before the critic sample as they did: every first draw is kept.
        self.critic = PathCritic(self._np_stats, self.classes) if all(k in self.stats for k in CRITIC_KEYS) else None
        self.pca_mean, self.pca_components, self.pca_scale = (self._np_stats[k] for k in ("pca_mean", "pca_components", "pca_scale"))
        self._onehots = np.eye(config.vae.n_classes, dtype=np.float32)   # row i: class i's one-hot (read only)
        self._onehots.flags.writeable = False
        self._hann = hann(self.grain_size)
        self.renderer = NoiseRenderer(self.vae.decoder, NOISE_BANK_ROWS, RENDER_FLOOR_RMS, DECODE_CHUNK)
        self.paths = PathDecoder(self.embedding)

    # ---------------------------------------------------------------- checkpoints
    @classmethod
    def load(cls, path: str | Path | None = None, device: str | None = None) -> "Synth":
        """Load a checkpoint (None: the bundled default model). Never executes code from the file."""
        path = Path(path) if path is not None else DEFAULT_CHECKPOINT
        tensors, meta = load_checkpoint(path)
        try:
            config = ModelConfig.from_dict(meta["config"])
            classes = meta["classes"]
            vae = GrainVAE(config.grains, config.vae)
            embedding = PathVAE(config.vae.latent_dim, config.vae.n_classes, config.grains.note_grains, config.embedding)
            vae.load_state_dict({k[4:]: v for k, v in tensors.items() if k.startswith("vae.")})
            embedding.load_state_dict({k[10:]: v for k, v in tensors.items() if k.startswith("embedding.")})
            stats = {k: tensors[f"stats.{k}"] for k in STAT_KEYS}
            stats.update({k: tensors[f"stats.{k}"] for k in (*PRIOR_KEYS, *CRITIC_KEYS) if f"stats.{k}" in tensors})
            if all(k in stats for k in CRITIC_KEYS):
                check_critic(stats, config.vae.latent_dim, len(classes))
        except (KeyError, TypeError, RuntimeError, ValueError) as e:
            raise CheckpointError(f"{path}: incomplete or mismatched ngs checkpoint ({str(e).splitlines()[0]})") from None
        return cls(config, vae, embedding, classes, stats, meta.get("summary"), pick_device(device), path)

    def state_tensors(self) -> dict[str, torch.Tensor]:
        out = {f"vae.{k}": v for k, v in self.vae.state_dict().items()}
        out.update({f"embedding.{k}": v for k, v in self.embedding.state_dict().items()})
        out.update({f"stats.{k}": v for k, v in self.stats.items()})
        return out

    def save(self, path: str | Path) -> Path:
        """Write one safetensors file: weights, latent statistics, config, classes and training summary."""
        meta = {"config": self.config.to_dict(), "classes": self.classes, "sample_rate": self.sample_rate,
                "grain_size": self.grain_size, "hop": self.hop, "summary": self.summary}
        return save_checkpoint(path, self.state_tensors(), meta)

    @torch.inference_mode()
    def fit_critic(self, notes: torch.Tensor, labels: np.ndarray) -> None:
        """Fit (or refit) the class critic on training notes [n, note_length] (data.load_drums's audio) and
        their class indices [n]; save() stores it. The trainer fits it on the same paths the priors come from."""
        paths = torch.cat([self.vae.encoder(frame(c.to(self.device), self.grain_size, self.hop))[0].cpu()
                           for c in notes.split(DECODE_CHUNK // self.note_grains or 1)])
        for k, v in fit_critic(paths.numpy(), np.asarray(labels), self.classes).items():
            self.stats[k] = v.to(self.device)
            self._np_stats[k] = v.numpy()
        self.critic = PathCritic(self._np_stats, self.classes)

    # ---------------------------------------------------------------- helpers
    def class_index(self, cls: str | int | None) -> int | None:
        """Class name or index -> index; None stays None (unconditional). Unknown -> ValueError."""
        if cls is None:
            return None
        if isinstance(cls, (bool, np.bool_)):
            raise ValueError(f"class must be a name or an index, got {cls!r}")
        if isinstance(cls, (int, np.integer)):
            if 0 <= cls < len(self.classes):
                return int(cls)
            raise ValueError(f"unknown class index {cls}: this model has classes 0..{len(self.classes) - 1} ({', '.join(self.classes)})")
        if isinstance(cls, str):
            if cls in self.classes:
                return self.classes.index(cls)
            if cls.strip().lstrip("-").isdigit():
                return self.class_index(int(cls))
            raise ValueError(f"unknown class {cls!r}: this model knows {', '.join(self.classes)}")
        raise ValueError(f"class must be a name or an index, got {type(cls).__name__}")

    def _onehot(self, cls: str | int | None) -> np.ndarray | None:
        """cls -> its one-hot [classes], or None (unconditional, or a model without classes)."""
        idx = self.class_index(cls)
        if idx is None or not self.config.vae.n_classes:
            return None
        return self._onehots[idx]

    def _sample_embedding(self, cls: str | int | None, eps: np.ndarray, centre: np.ndarray | None = None) -> np.ndarray:
        """Standard normal eps [n, embed] -> points e [n, embed] of the class's fitted prior (see train.latent_stats),
        or of that prior's shape moved to `centre` [embed]."""
        row = self._stats_row(cls)
        mean = self._np_stats["embed_mean"][row] if centre is None else centre
        return mean + eps @ self._np_stats["embed_scale_tril"][row].T

    def _stats_row(self, cls: str | int | None) -> int:
        """The row of a per-class statistic for cls; the last row (all classes) for None."""
        idx = self.class_index(cls)
        return len(self.classes) if idx is None else idx

    @staticmethod
    def _rng(seed: int | None) -> np.random.Generator:
        """A generator seeded with `seed` (any int), or from the OS's entropy for None."""
        return np.random.default_rng(None if seed is None else int(seed) % (1 << 63))

    def _decode(self, path: np.ndarray, onehot: np.ndarray | None, rng: np.random.Generator) -> np.ndarray:
        """path [grains, latent] -> audio [span] (the render engine)."""
        if not 1 <= path.shape[0] <= MAX_GRAINS:
            raise ValueError(f"a path must have 1..{MAX_GRAINS} grains, got {path.shape[0]}")
        return self.renderer.render(path, onehot, rng)

    def _encode(self, audio: np.ndarray, sr: int) -> tuple[np.ndarray, int]:
        """Any audio -> (mu path [grains, latent], samples at the model rate)."""
        return self._encode_prepared(prepare(audio, sr, self.sample_rate))

    @torch.inference_mode()
    def _encode_prepared(self, samples: np.ndarray) -> tuple[np.ndarray, int]:
        """Mono float32 at the model rate (data.prepare) -> (mu path [grains, latent], samples)."""
        x = torch.from_numpy(samples).to(self.device)
        if num_grains(len(x), self.grain_size, self.hop) > MAX_GRAINS:
            raise ValueError(f"audio too long: at most {MAX_GRAINS} grains ({MAX_GRAINS * self.hop / self.sample_rate / 3600:.1f} h)")
        mu = torch.cat([self.vae.encoder(c)[0] for c in frame(x.unsqueeze(0), self.grain_size, self.hop)[0].split(DECODE_CHUNK)])
        return mu.float().cpu().numpy(), len(x)

    @staticmethod
    def _out(audio: np.ndarray, n: int) -> np.ndarray:
        """Audio cut or zero-padded to n samples."""
        return np.pad(audio, (0, n - len(audio))) if len(audio) < n else audio[:n]

    @staticmethod
    def _check_number(name: str, value: float, lo: float, hi: float) -> float:
        value = float(value)
        if not math.isfinite(value) or not lo <= value <= hi:
            raise ValueError(f"{name} must be a number in [{lo}, {hi}], got {value}")
        return value

    # ---------------------------------------------------------------- synthesis API
    def sample_note(self, cls: str | int | None, temperature: float = 1.0, seed: int | None = None,
                    length: int | None = None, emphasis: float = DEFAULT_EMPHASIS,
                    confidence: float = DEFAULT_CONFIDENCE) -> np.ndarray:
        """A new hit of class `cls`: e from the class's prior -> recurrent decoder -> latent path -> audio.

        The prior is a Gaussian fit of the embeddings of the class's training hits; `temperature` scales
        its spread around the class mean (0: the class's average hit, 1: as varied as the training set).
        `emphasis` scales the class input of the path decoder: 1 decodes as trained, more makes hits more
        typical of their class at some cost in variety (see DEFAULT_EMPHASIS). A path the class critic gives
        the asked class a probability under `confidence` is redrawn (0, the default: never; 0.5: see DEFAULT_CONFIDENCE).
        """
        n = self.note_length if length is None else int(self._check_number("length", length, 1, MAX_GRAINS * self.hop))
        return self._draw_note(cls, temperature, seed, n, self._check_number("emphasis", emphasis, 0.0, 4.0),
                               confidence=self.check_confidence(confidence))

    def check_confidence(self, confidence: float) -> float:
        """sample_note's `confidence`, checked: a number in [0, 1], and above 0 only with a class critic."""
        confidence = self._check_number("confidence", confidence, 0.0, 1.0)
        if confidence > 0.0 and self.critic is None:
            raise ValueError("this model has no class critic (one-class, or made before it): fit one with "
                             "`ngs critic CHECKPOINT TRAIN_DIR`, or leave confidence at 0")
        return confidence

    def _draw_note(self, cls: str | int | None, temperature: float, seed: int | None, n: int, emphasis: float,
                   centre: np.ndarray | None = None, confidence: float = 0.0) -> np.ndarray:
        """sample_note and vary: e from the class's prior (moved to `centre` [embed] if given) -> audio [n].

        With a critic, a class and confidence > 0, up to MAX_DRAWS points are drawn from the same generator
        until the critic's probability of the class reaches `confidence`; a first draw it accepts leaves the
        generator where a draw without the critic would, so such a hit is the same audio either way.
        """
        temperature = self._check_number("temperature", temperature, 0.0, 10.0)
        onehot, rng = self._onehot(cls), self._rng(seed)
        path, _ = self._draw_path(cls, onehot, temperature, rng, emphasis, centre, confidence)
        return self._out(self._decode(path, onehot, rng), n)

    def _draw_path(self, cls: str | int | None, onehot: np.ndarray | None, temperature: float, rng: np.random.Generator,
                   emphasis: float, centre: np.ndarray | None, confidence: float) -> tuple[np.ndarray, float | None]:
        """-> (the kept latent path [grains, latent], the critic's probability of cls for it, or None unjudged)."""
        judged = self.critic is not None and onehot is not None and confidence > 0.0 and temperature > 0.0
        best, best_p = None, -1.0
        for _ in range(MAX_DRAWS):
            eps = rng.standard_normal((1, self.paths.embed_dim), dtype=np.float32) * np.float32(temperature)
            path = self._path(self._sample_embedding(cls, eps, centre)[0], onehot, emphasis)
            if not judged:
                return path, None
            p = float(self.critic.probabilities(path)[self.class_index(cls)])
            if p > best_p:
                best, best_p = path, p
            if p >= confidence:
                break
        return best, best_p

    def _note(self, e: np.ndarray, onehot: np.ndarray | None, rng: np.random.Generator, n: int) -> np.ndarray:
        """A point e [embed] -> recurrent decoder -> latent path -> audio [n]."""
        return self._out(self._decode(self._path(e, onehot, 1.0), onehot, rng), n)

    def _path(self, e: np.ndarray, onehot: np.ndarray | None, emphasis: float) -> np.ndarray:
        """A point e [embed] -> the recurrent decoder's latent path [grains, latent]."""
        return self.paths.decode(e, None if onehot is None else onehot * np.float32(emphasis))

    def _point(self, e: np.ndarray) -> np.ndarray:
        """A caller's point e [embed_dim], checked -> float32 [embed_dim]."""
        e = np.asarray(e, dtype=np.float32)
        if e.shape != (self.paths.embed_dim,) or not np.isfinite(e).all():
            raise ValueError(f"e must be a finite [{self.paths.embed_dim}] array, got shape {e.shape}")
        return e

    @torch.inference_mode()
    def embed(self, audio: np.ndarray, sr: int, cls: str | int | None = None) -> np.ndarray:
        """A hit -> its point e [embed_dim] in the path embedding (the posterior mean).

        The hit is prepared as the training hits were: trimmed to its onset, then cut or padded to one
        note. decode_embedding(embed(hit)) is the hit as the embedding hears it.
        """
        path = self._encode_prepared(fit_length(onset_trim(prepare(audio, sr, self.sample_rate), self.sample_rate),
                                                self.note_length))[0]
        onehot = self._onehot(cls)
        onehot = None if onehot is None else torch.tensor(onehot, device=self.device).unsqueeze(0)
        return self.embedding.encode(torch.from_numpy(path).to(self.device).unsqueeze(0), onehot)[0][0].cpu().numpy()

    def vary(self, e: np.ndarray, cls: str | int | None = None, temperature: float = 0.3,
             seed: int | None = None) -> np.ndarray:
        """A variation of a hit, given as its point e (see embed): sample_note with the class's prior centred
        on e instead of the class mean. temperature 0 gives the hit as the embedding hears it; 1 strays as
        far as the class's training hits spread. Embed a hit once, vary it many times."""
        return self._draw_note(cls, temperature, seed, self.note_length, 1.0, self._point(e))

    def decode_embedding(self, e: np.ndarray, cls: str | int | None = None, seed: int | None = None) -> np.ndarray:
        """A point e [embed_dim] (see embed) -> a hit [note_length]: sample_note without the sampling."""
        return self._note(self._point(e), self._onehot(cls), self._rng(seed), self.note_length)

    def sample_path(self, cls: str | int | None = None, n_grains: int | None = None, seed: int | None = None,
                    mode: str = "linear") -> np.ndarray:
        """Free synthesis along a randomised path between two random points of the (class's) grain space.

        "linear" moves from one point to the other at a randomly varying speed; "loop" goes forward and
        backward between them with randomised step sizes.
        """
        if mode not in ("linear", "loop"):
            raise ValueError(f"mode must be 'linear' or 'loop', got {mode!r}")
        n = self.note_grains if n_grains is None else int(self._check_number("n_grains", n_grains, 1, MAX_GRAINS))
        row, onehot, rng = self._stats_row(cls), self._onehot(cls), self._rng(seed)
        mean, std = self._np_stats["class_mean"][row], self._np_stats["class_std"][row]
        ends = mean + std * rng.standard_normal((2, self.latent_dim), dtype=np.float32)
        speed = 0.5 + rng.random(n, dtype=np.float32)
        if mode == "linear":
            pos = np.cumsum(speed) - speed[0]
            pos = pos / max(pos[-1], 1e-9)
        else:
            base = (2.0 + 6.0 * rng.random(dtype=np.float32)) / n  # 1..4 round trips
            pos = np.cumsum(speed * base) - speed[0] * base
            pos = 1.0 - np.abs(pos % 2.0 - 1.0)  # triangle wave: forward, backward, ...
        path = ends[0] + (ends[1] - ends[0]) * pos[:, None].astype(np.float32)
        return self._out(self._decode(path, onehot, rng), span(n, self.grain_size, self.hop))

    def encode(self, audio: np.ndarray, sr: int, cls: str | int | None = None) -> np.ndarray:
        """Audio ([samples] or [samples, channels], any rate) -> latent path [grains, latent] (posterior means).

        The encoder is class-independent; `cls` is only validated, so encode/decode pairs read naturally.
        """
        self.class_index(cls)
        return self._encode(audio, sr)[0]

    def decode(self, path: np.ndarray, cls: str | int | None = None, seed: int | None = None) -> np.ndarray:
        """Latent path [grains, latent] -> audio [(grains - 1) * hop + grain_size]."""
        path = np.asarray(path, dtype=np.float32)
        if path.ndim != 2 or path.shape[1] != self.latent_dim or not np.isfinite(path).all():
            raise ValueError(f"path must be a finite [grains, {self.latent_dim}] array, got shape {path.shape}")
        return self._out(self._decode(path, self._onehot(cls), self._rng(seed)), span(len(path), self.grain_size, self.hop))

    @staticmethod
    def _stretch(path: np.ndarray, n_grains: int) -> np.ndarray:
        """Resample a latent path [grains, latent] to n_grains by linear interpolation (time-stretch, same pitch)."""
        if n_grains == len(path):
            return path
        pos = np.linspace(0.0, len(path) - 1, n_grains)
        low = np.minimum(pos.astype(np.int64), len(path) - 2) if len(path) > 1 else np.zeros(n_grains, np.int64)
        frac = (pos - low).astype(np.float32)[:, None]
        high = np.minimum(low + 1, len(path) - 1)
        return path[low] + (path[high] - path[low]) * frac

    def resynthesize(self, audio: np.ndarray, sr: int, cls: str | int | None = None, stretch: float = 1.0,
                     seed: int | None = None) -> np.ndarray:
        """Encode then decode any audio through the grain space; `stretch` > 1 makes it longer, pitch unchanged."""
        stretch = self._check_number("stretch", stretch, 1 / 16, 16.0)
        onehot = self._onehot(cls)
        mu, n = self._encode(audio, sr)
        n_out = max(1, round(n * stretch))
        path = self._stretch(mu, num_grains(n_out, self.grain_size, self.hop))
        return self._out(self._decode(path, onehot, self._rng(seed)), n_out)

    def morph(self, a, b, alpha: float, seed: int | None = None, sr: int | None = None) -> np.ndarray:
        """A sound between a and b at alpha in [0, 1] (0 = a, 1 = b).

        Classes (names or indices): two hits sampled with the same seed (and sample_note's default
        emphasis), interpolated in the embedding (point and class conditioning). Audio arrays (at `sr`,
        default the model's rate): their latent series, resampled to the longer one, are crossfaded grain
        by grain (see morph_series).
        """
        alpha = self._check_number("alpha", alpha, 0.0, 1.0)
        if isinstance(a, np.ndarray) and isinstance(b, np.ndarray):
            return next(self.morph_series(a, b, [alpha], seed, sr))
        if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
            raise ValueError("morph takes two classes or two audio arrays, not one of each")
        rng = self._rng(seed)
        oa, ob = self._onehot(a), self._onehot(b)
        eps = rng.standard_normal((2, self.paths.embed_dim), dtype=np.float32)
        ea, eb = self._sample_embedding(a, eps[:1])[0], self._sample_embedding(b, eps[1:])[0]
        weight = np.float32(alpha)
        onehot = None if oa is None or ob is None else oa + (ob - oa) * weight
        path = self._path(ea + (eb - ea) * weight, onehot, DEFAULT_EMPHASIS)
        return self._out(self._decode(path, onehot, rng), self.note_length)

    def morph_series(self, a: np.ndarray, b: np.ndarray, alphas: list[float], seed: int | None = None,
                     sr: int | None = None) -> Iterator[np.ndarray]:
        """morph(a, b, alpha, seed, sr) of two audio arrays for each alpha, one at a time, encoding a and b once."""
        alphas = [self._check_number("alpha", alpha, 0.0, 1.0) for alpha in alphas]
        sr = self.sample_rate if sr is None else sr
        (pa, na), (pb, nb) = self._encode(a, sr), self._encode(b, sr)
        g = max(len(pa), len(pb))
        return self._morph_decodes(self._stretch(pa, g), self._stretch(pb, g), na, nb, alphas, seed)

    def _morph_decodes(self, pa: np.ndarray, pb: np.ndarray, na: int, nb: int, alphas: list[float],
                       seed: int | None) -> Iterator[np.ndarray]:
        for alpha in alphas:
            path = pa + (pb - pa) * np.float32(alpha)
            yield self._out(self._decode(path, None, self._rng(seed)), round(na + (nb - na) * alpha))

    # ---------------------------------------------------------------- the 2-D map and streaming
    def xy_to_latent(self, x: float, y: float) -> np.ndarray:
        """A point of the 2-D PCA map (each axis in [-1, 1] spans the data) -> latent [latent_dim]."""
        xy = np.array([x, y], dtype=np.float32)
        return (self.pca_mean + (xy * self.pca_scale) @ self.pca_components).astype(np.float32)

    def latent_to_xy(self, z: np.ndarray) -> np.ndarray:
        """Latents [..., latent_dim] -> map coordinates [..., 2]."""
        return ((np.asarray(z, dtype=np.float32) - self.pca_mean) @ self.pca_components.T) / self.pca_scale

    def decode_grains(self, z: np.ndarray, cls: str | int | None = None, rng: np.random.Generator | None = None) -> np.ndarray:
        """Latents [grains, latent] -> Hann-windowed noise grains [grains, grain_size] for streaming.

        Overlap-added at `hop`, interior Hann windows sum to 2: divide the sum by 2 (overlap_add.py).
        """
        z = np.asarray(z, dtype=np.float32)
        return self.renderer.grains(z, self._onehot(cls), rng or self._rng(None)) * self._hann
