"""The grain VAE: a light spectral encoder and a filtered-noise decoder (nn.Modules)."""
from __future__ import annotations

import torch
from torch import nn

from .config import GrainConfig, VAEConfig
from .grains import hann
from .noise_synth import decay_envelope, exp_sigmoid, expected_power, filtered_noise, mel_band_interpolation
from .overlap_add import window_and_overlap_add


def mlp(sizes: list[int]) -> nn.Sequential:
    layers: list[nn.Module] = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(a, b), nn.LayerNorm(b), nn.LeakyReLU(0.2)]
    return nn.Sequential(*layers)


class GrainEncoder(nn.Module):
    """Grains [..., samples] -> (mu, logvar) [..., latent]: log-magnitude spectrum through an MLP.

    Cheap on purpose (one FFT and three small matmuls per grain): resynthesis must run hundreds of
    times faster than real time on a CPU.
    """

    def __init__(self, grains: GrainConfig, cfg: VAEConfig):
        super().__init__()
        self.register_buffer("window", hann(grains.grain_size), persistent=False)
        self.net = mlp([grains.grain_size // 2 + 1, cfg.hidden, cfg.hidden])
        self.out = nn.Linear(cfg.hidden, 2 * cfg.latent_dim)

    def forward(self, grains: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        spec = torch.fft.rfft(grains * self.window).abs()
        features = (torch.log(spec + 1e-4) + 4.0) / 4.0  # roughly unit scale for typical drum levels
        mu, logvar = self.out(self.net(features)).chunk(2, dim=-1)
        return mu, logvar.clamp(-10.0, 4.0)


class NoiseDecoder(nn.Module):
    """Latents [batch, grains, latent] (+ class weights [batch, classes]) -> filter magnitudes -> audio.

    For each of its noise_layers, the MLP emits n_bands mel-spaced log-like magnitudes, interpolated to the
    grain's rfft bins: far fewer outputs than bins (128 vs 513) for the same low-frequency detail. With
    grain_envelope, one more output per layer sets the decay of that layer's noise (0..MAX_DECAY). A grain
    is the sum of its layers, each filtering its own noise.
    """

    MAX_DECAY = 50.0  # fastest decay: 1/e after ~20 samples (1 ms at 22.05 kHz)

    def __init__(self, grains: GrainConfig, cfg: VAEConfig):
        super().__init__()
        self.grain_size, self.hop, self.n_classes = grains.grain_size, grains.hop, cfg.n_classes
        self.n_bands, self.envelope, self.noise_layers = cfg.n_bands, cfg.grain_envelope, cfg.noise_layers
        if self.noise_layers < 1 or (self.noise_layers > 1 and not self.envelope):
            raise ValueError(f"noise_layers must be 1, or more with grain_envelope; got {self.noise_layers} "
                             f"with grain_envelope={self.envelope}")
        n_bins = grains.grain_size // 2 + 1
        if cfg.band_scale == "mel":
            low, weight = mel_band_interpolation(cfg.n_bands, n_bins, grains.sample_rate)
            self.register_buffer("band_low", low, persistent=False)
            self.register_buffer("band_high", low + 1, persistent=False)
            self.register_buffer("band_weight", weight, persistent=False)
        elif cfg.band_scale != "linear" or cfg.n_bands != n_bins:
            raise ValueError(f"band_scale must be 'mel', or 'linear' with n_bands = {n_bins}; "
                             f"got {cfg.band_scale!r} with {cfg.n_bands} bands")
        self.mel = cfg.band_scale == "mel"
        self.net = mlp([cfg.latent_dim + cfg.n_classes, cfg.hidden, cfg.hidden, cfg.hidden])
        # Outputs: every layer's bands, then every layer's decay (with one layer, v1's layout).
        self.out = nn.Linear(cfg.hidden, self.noise_layers * (cfg.n_bands + int(cfg.grain_envelope)))
        self.register_buffer("window", hann(grains.grain_size), persistent=False)
        nn.init.constant_(self.out.bias, -3.0)  # start quiet rather than with loud noise
        if self.envelope:
            decays = self.out.bias[self.noise_layers * cfg.n_bands :]
            nn.init.constant_(decays, -5.0)  # and nearly flat grains,
            nn.init.constant_(decays[1:], 1.0)  # but for the other layers, which start as clicks (rate ~37)

    def band_params(self, z: torch.Tensor, onehot: torch.Tensor | None) -> tuple[torch.Tensor, torch.Tensor | None]:
        """z [batch, grains, latent], onehot [batch, classes] or None -> (band values before exp_sigmoid
        [batch, grains, layers, n_bands], decay rates [batch, grains, layers] or None)."""
        if self.n_classes:
            if onehot is None:
                onehot = z.new_zeros(z.shape[0], self.n_classes)
            z = torch.cat([z, onehot.unsqueeze(1).expand(-1, z.shape[1], -1)], dim=-1)
        out = self.out(self.net(z))
        split = self.noise_layers * self.n_bands
        decay = self.MAX_DECAY * torch.sigmoid(out[..., split:]) if self.envelope else None
        return out[..., :split].unflatten(-1, (self.noise_layers, self.n_bands)), decay

    def magnitudes(self, bands: torch.Tensor) -> torch.Tensor:
        """Band values [..., n_bands] (band_params) -> filter magnitudes [..., bins]."""
        if self.mel:
            bands = torch.lerp(bands.index_select(-1, self.band_low), bands.index_select(-1, self.band_high), self.band_weight)
        return exp_sigmoid(bands)

    def forward(self, z: torch.Tensor, onehot: torch.Tensor | None = None, generator: torch.Generator | None = None,
                with_power: bool = False) -> tuple[torch.Tensor, torch.Tensor | None]:
        """-> (audio [batch, span] = windowed, overlap-added noise grains, and with_power each grain's expected
        periodogram under the Hann window [batch, grains, bins] (losses.grain_shape_loss), else None).

        The differentiable decoder training runs; render.NoiseRenderer renders trained models.
        """
        bands, decay = self.band_params(z, onehot)
        magnitudes = self.magnitudes(bands).movedim(-2, 0)   # [layers, batch, grains, bins]
        grains, window = filtered_noise(magnitudes, generator), self.window
        if decay is not None:
            envelope = decay_envelope(decay.movedim(-1, 0), self.grain_size)
            grains, window = grains * envelope, window * envelope   # the power sees the noise through its decay too
        audio = window_and_overlap_add(grains.sum(0), self.hop)
        # The layers' noises are independent: their expected powers add.
        return audio, expected_power(magnitudes, window).sum(0) if with_power else None


class GrainVAE(nn.Module):
    def __init__(self, grains: GrainConfig, cfg: VAEConfig):
        super().__init__()
        self.encoder = GrainEncoder(grains, cfg)
        self.decoder = NoiseDecoder(grains, cfg)

    def forward(self, grains: torch.Tensor, onehot: torch.Tensor | None, generator: torch.Generator | None = None,
                with_power: bool = False) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor, torch.Tensor]:
        """Grains [batch, grains, samples] -> (audio [batch, span], expected grain power [batch, grains, bins]
        or None (NoiseDecoder.forward), mu, logvar [batch, grains, latent])."""
        mu, logvar = self.encoder(grains)
        eps = torch.randn(mu.shape, generator=generator, device=mu.device)
        return (*self.decoder(mu + eps * (0.5 * logvar).exp(), onehot, generator, with_power), mu, logvar)
