"""The grain VAE: a light spectral encoder and a filtered-noise decoder (nn.Modules)."""
from __future__ import annotations

from typing import NamedTuple

import torch
from torch import nn

from .config import GrainConfig, VAEConfig
from .grains import hann
from .noise_synth import audible_grains, decay_envelope, exp_sigmoid, filtered_noise, mel_band_interpolation, noise_rms
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


class GrainParams(NamedTuple):
    """What the decoder's MLP sets for each grain."""
    magnitudes: torch.Tensor                 # [batch, grains, grain_size // 2 + 1] filter response
    decay: torch.Tensor | None               # [batch, grains] decay rate (grain_envelope)
    transient: torch.Tensor | None = None    # [batch, grains, hop // 2 + 1] the burst's filter response
    transient_decay: torch.Tensor | None = None   # [batch, grains] the burst's decay rate


class NoiseDecoder(nn.Module):
    """Latents [batch, grains, latent] (+ class weights [batch, classes]) -> filter magnitudes -> audio.

    The MLP emits n_bands mel-spaced log-like magnitudes, interpolated to the grain's rfft bins: far fewer
    outputs than bins (128 vs 513) for the same low-frequency detail. With grain_envelope, one more
    output per grain sets the decay of the grain's noise (0..MAX_DECAY). With transient_bands, that many
    more bands and a decay shape a burst of noise one hop long, added at the start of the grain: the
    first grain's window is flat there, so a hit's onset can be a bright click over a dark body.
    """

    MAX_DECAY = 50.0  # fastest decay: 1/e after ~20 samples (1 ms at 22.05 kHz) in a grain, ~5 in a burst

    def __init__(self, grains: GrainConfig, cfg: VAEConfig):
        super().__init__()
        self.grain_size, self.hop, self.n_classes = grains.grain_size, grains.hop, cfg.n_classes
        self.n_bands, self.envelope, self.transient_bands = cfg.n_bands, cfg.grain_envelope, cfg.transient_bands
        n_bins = grains.grain_size // 2 + 1
        if cfg.band_scale == "mel":
            low, weight = mel_band_interpolation(cfg.n_bands, n_bins, grains.sample_rate)
            self.register_buffer("band_low", low, persistent=False)
            self.register_buffer("band_high", low + 1, persistent=False)
            self.register_buffer("band_weight", weight, persistent=False)
        elif cfg.band_scale != "linear" or cfg.n_bands != n_bins:
            raise ValueError(f"band_scale must be 'mel', or 'linear' with n_bands = {n_bins}; "
                             f"got {cfg.band_scale!r} with {cfg.n_bands} bands")
        if cfg.transient_bands:
            low, weight = mel_band_interpolation(cfg.transient_bands, grains.hop // 2 + 1, grains.sample_rate)
            self.register_buffer("transient_low", low, persistent=False)
            self.register_buffer("transient_weight", weight, persistent=False)
        self.mel = cfg.band_scale == "mel"
        self.net = mlp([cfg.latent_dim + cfg.n_classes, cfg.hidden, cfg.hidden, cfg.hidden])
        body = cfg.n_bands + int(cfg.grain_envelope)
        self.out = nn.Linear(cfg.hidden, body + (cfg.transient_bands + 1 if cfg.transient_bands else 0))
        nn.init.constant_(self.out.bias, -3.0)  # start quiet rather than with loud noise
        if self.envelope:
            nn.init.constant_(self.out.bias[cfg.n_bands:body], -5.0)  # and nearly flat grains
        if cfg.transient_bands:
            nn.init.constant_(self.out.bias[body:-1], -5.0)  # the burst quieter still

    def params(self, z: torch.Tensor, onehot: torch.Tensor | None) -> GrainParams:
        """z [batch, grains, latent], onehot [batch, classes] or None -> GrainParams."""
        if self.n_classes:
            if onehot is None:
                onehot = z.new_zeros(z.shape[0], self.n_classes)
            z = torch.cat([z, onehot.unsqueeze(1).expand(-1, z.shape[1], -1)], dim=-1)
        out = self.out(self.net(z))
        decay = self.MAX_DECAY * torch.sigmoid(out[..., self.n_bands]) if self.envelope else None
        bands = out[..., : self.n_bands]
        if self.mel:
            bands = torch.lerp(bands.index_select(-1, self.band_low), bands.index_select(-1, self.band_high), self.band_weight)
        if not self.transient_bands:
            return GrainParams(exp_sigmoid(bands), decay)
        # The burst's few bands go through exp_sigmoid before the interpolation: the same shape, fewer values.
        burst = exp_sigmoid(out[..., -self.transient_bands - 1:-1])
        burst = torch.lerp(burst.index_select(-1, self.transient_low), burst.index_select(-1, self.transient_low + 1),
                           self.transient_weight)
        return GrainParams(exp_sigmoid(bands), decay, burst, self.MAX_DECAY * torch.sigmoid(out[..., -1]))

    def expected_rms(self, p: GrainParams) -> torch.Tensor:
        """Expected RMS [batch, grains] of each grain before windowing (decay envelopes keep energy)."""
        power = noise_rms(p.magnitudes).pow(2)
        if p.transient is not None:
            power = power + noise_rms(p.transient).pow(2) * (self.hop / self.grain_size)
        return power.sqrt()

    def grains(self, z: torch.Tensor, onehot: torch.Tensor | None, generator: torch.Generator | None = None,
               skip_below: float | None = None) -> torch.Tensor:
        """Filtered noise grains [batch, grains, samples], not yet windowed.

        skip_below: grains after the last one expected to reach this RMS are left silent, not rendered
        (noise_synth.audible_grains); the rendered ones are exactly those of a full render by this call
        (the generator then draws less noise, so a later call sharing it gets different noise).
        """
        p = self.params(z, onehot)
        total = z.shape[1]
        n = total if skip_below is None else audible_grains(self.expected_rms(p), skip_below)
        if n == 0:
            return z.new_zeros(z.shape[0], total, self.grain_size)
        layers = [p.magnitudes[:, :n]] + ([p.transient[:, :n]] if p.transient is not None else [])
        noise, *burst = filtered_noise(layers, generator)
        if p.decay is not None:
            noise = noise * decay_envelope(p.decay[:, :n], self.grain_size)
        if burst:   # in place: noise is this call's own tensor, and mul's backward does not need its output
            noise[..., :self.hop] += burst[0] * decay_envelope(p.transient_decay[:, :n], self.hop)
        return torch.nn.functional.pad(noise, (0, 0, 0, total - n)) if n < total else noise

    def forward(self, z: torch.Tensor, onehot: torch.Tensor | None = None, generator: torch.Generator | None = None) -> torch.Tensor:
        """Audio [batch, span] = windowed, overlap-added noise grains."""
        return window_and_overlap_add(self.grains(z, onehot, generator), self.hop)


class GrainVAE(nn.Module):
    def __init__(self, grains: GrainConfig, cfg: VAEConfig):
        super().__init__()
        self.encoder = GrainEncoder(grains, cfg)
        self.decoder = NoiseDecoder(grains, cfg)

    def forward(self, grains: torch.Tensor, onehot: torch.Tensor | None, generator: torch.Generator | None = None
                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Grains [batch, grains, samples] -> (audio [batch, span], mu, logvar [batch, grains, latent])."""
        mu, logvar = self.encoder(grains)
        eps = torch.randn(mu.shape, generator=generator, device=mu.device)
        return self.decoder(mu + eps * (0.5 * logvar).exp(), onehot, generator), mu, logvar
