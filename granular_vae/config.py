"""Model and training configuration: one dataclass per part, serialised (as JSON) into every checkpoint."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .grains import num_grains


@dataclass
class GrainConfig:
    sample_rate: int = 22050
    grain_size: int = 1024      # samples per grain (46 ms at 22.05 kHz)
    hop: int = 256              # grain hop (11.6 ms): the time resolution of every latent path
    note_seconds: float = 1.0   # length of a note/hit path for the recurrent embedding

    @property
    def note_length(self) -> int:
        """Samples in a note."""
        return round(self.note_seconds * self.sample_rate)

    @property
    def note_grains(self) -> int:
        """Grains in a note: the length T of every path the recurrent embedding encodes and decodes."""
        return num_grains(self.note_length, self.grain_size, self.hop)


@dataclass
class VAEConfig:
    latent_dim: int = 16
    hidden: int = 256
    # The decoder's filter response: n_bands mel-spaced magnitudes, interpolated to the grain's rfft
    # bins (noise_synth.mel_band_interpolation); "linear" = one magnitude per bin (n_bands = grain_size/2+1).
    n_bands: int = 128
    band_scale: str = "mel"
    n_classes: int = 0          # 0 = unconditional decoder
    # A learned decay inside each grain (noise_synth.decay_envelope): lets a 46 ms grain put a click's
    # energy in its first milliseconds instead of spreading it over the whole grain.
    grain_envelope: bool = True
    # Layers of filtered noise summed in each grain, each with its own filter and decay: a fast, bright one
    # can carry a stick's click while a slow, dark one carries the drum's ringing body, which one filter
    # with one decay cannot do at once. More than 1 needs grain_envelope (without a decay, summed layers
    # are one filter).
    noise_layers: int = 1


@dataclass
class EmbeddingConfig:
    embed_dim: int = 16         # size of the point e encoding a whole path
    hidden: int = 128           # GRU width
    layers: int = 1
    # Grains the decoder GRU emits per step (Tacotron's "reduction factor"): its sequential steps
    # dominate sample_note latency, so 12 grains per step makes a 1 s note 7 steps instead of 84.
    grains_per_step: int = 12


@dataclass
class ModelConfig:
    grains: GrainConfig = field(default_factory=GrainConfig)
    vae: VAEConfig = field(default_factory=VAEConfig)
    embedding: EmbeddingConfig = field(default_factory=EmbeddingConfig)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        # Checkpoints written before these fields existed: one magnitude per bin, no grain envelope, one
        # grain per decoder step.
        vae = VAEConfig(**{"band_scale": "linear", "grain_envelope": False, **d["vae"]})
        embedding = EmbeddingConfig(**{"grains_per_step": 1, **d["embedding"]})
        return cls(GrainConfig(**d["grains"]), vae, embedding)


@dataclass
class TrainConfig:
    """Steps and weights of the three training stages (see train.py)."""
    batch_size: int = 16
    lr: float = 1e-3
    stage1_steps: int = 6000    # grain VAE on audio
    stage2_steps: int = 10000   # recurrent embedding on latent paths of the frozen encoder (cheap: ~60 ms a step)
    stage3_steps: int = 1000    # end-to-end: embedding paths -> decoder -> audio, spectral loss
    loudness_weight: float = 1.0  # frame-energy term next to the spectral loss (see losses.loudness_loss)
    # Log-mel term next to it (losses.log_mel_distance). Off by default: it sharpens resynthesis
    # but cost sampled toms their identity (checkpoints/README.md, v8); `ngs train --mel-weight 1`.
    mel_weight: float = 0.0
    # Spectral term on each note's first 46 ms (losses.onset_spectral_loss): the attack that tells a tom
    # from a kick. v9 over v6 (checkpoints/README.md): sampled toms judged tom 0.91 -> 0.955 on train files;
    # v10 raised the weight 1 -> 4 (two seeds each: overall 0.929 -> 0.935, perc 0.57 -> 0.61 on train files).
    onset_weight: float = 4.0
    # Low-band shape of each grain's expected spectrum against the real grain's (losses.grain_shape_loss).
    # Off by default: 10 gives resynthesis and sampled hits their input's pitch (1 does not), but more sampled
    # toms pass as kicks (checkpoints/README.md, v12); `ngs train --grain-weight 10`.
    grain_weight: float = 0.0
    beta: float = 0.02          # grain VAE KL weight (after warm-up)
    kl_warmup: int = 1500
    free_bits: float = 0.05     # grain VAE KL floor per latent dimension (nats)
    embed_beta: float = 0.05    # path VAE KL weight: small, with a floor, so the embedding never collapses
    embed_free_bits: float = 0.5
    class_dropout: float = 0.2  # share of examples decoded without a class (enables cls=None)
    augment_semitones: tuple[float, ...] = (-1.0, 1.0)  # extra pitch-shifted copies of every file
    gain_db: float = 6.0        # random gain in [-gain_db, 0] dB per example
    balance_power: float = 0.5  # example weight ~ count(class) ** -power: sqrt-balanced classes
    checkpoint_every: int = 250
    max_minutes: float | None = None
