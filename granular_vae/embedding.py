"""The recurrent embedding: a VAE over whole latent paths [batch, T, latent] <-> points e [batch, embed]."""
from __future__ import annotations

import torch
from torch import nn

from .config import EmbeddingConfig


class PathVAE(nn.Module):
    """Bidirectional GRU encoder; non-autoregressive GRU decoder conditioned on (e, class, time).

    The decoder sees the same (e, class) at every step plus the step's relative time, so a whole path
    decodes in one fused GRU call, and each step emits `grains_per_step` consecutive grains: at 12, a
    1 s note (84 grains) takes 7 sequential steps, a fraction of a millisecond on a CPU.
    """

    def __init__(self, latent_dim: int, n_classes: int, n_steps: int, cfg: EmbeddingConfig):
        super().__init__()
        self.n_classes, self.n_steps, self.embed_dim = n_classes, n_steps, cfg.embed_dim
        self.latent_dim, self.per_step = latent_dim, cfg.grains_per_step
        dec_steps = -(-n_steps // cfg.grains_per_step)
        self.enc_rnn = nn.GRU(latent_dim + n_classes, cfg.hidden, cfg.layers, batch_first=True, bidirectional=True)
        self.enc_out = nn.Linear(2 * cfg.hidden, 2 * cfg.embed_dim)
        cond = cfg.embed_dim + n_classes
        self.dec_init = nn.Linear(cond, cfg.layers * cfg.hidden)
        self.dec_rnn = nn.GRU(cond + 2, cfg.hidden, cfg.layers, batch_first=True)
        self.dec_out = nn.Linear(cfg.hidden, latent_dim * cfg.grains_per_step)
        t = torch.linspace(0.0, 1.0, dec_steps)
        self.register_buffer("time", torch.stack([t, torch.sqrt(t)], dim=-1), persistent=False)

    def _with_class(self, x: torch.Tensor, onehot: torch.Tensor | None) -> torch.Tensor:
        if not self.n_classes:
            return x
        if onehot is None:
            onehot = x.new_zeros(x.shape[0], self.n_classes)
        if x.dim() == 3:
            onehot = onehot.unsqueeze(1).expand(-1, x.shape[1], -1)
        return torch.cat([x, onehot], dim=-1)

    def encode(self, path: torch.Tensor, onehot: torch.Tensor | None) -> tuple[torch.Tensor, torch.Tensor]:
        """path [batch, T, latent] -> (mu, logvar) [batch, embed]."""
        _, h = self.enc_rnn(self._with_class(path, onehot))
        mu, logvar = self.enc_out(torch.cat([h[-2], h[-1]], dim=-1)).chunk(2, dim=-1)
        return mu, logvar.clamp(-10.0, 4.0)

    def decode(self, e: torch.Tensor, onehot: torch.Tensor | None) -> torch.Tensor:
        """e [batch, embed] -> path [batch, T, latent]."""
        cond = self._with_class(e, onehot)
        b = cond.shape[0]
        h0 = torch.tanh(self.dec_init(cond)).view(b, self.dec_rnn.num_layers, -1).transpose(0, 1).contiguous()
        steps = torch.cat([cond.unsqueeze(1).expand(-1, self.time.shape[0], -1), self.time.expand(b, -1, -1)], dim=-1)
        out, _ = self.dec_rnn(steps, h0)
        # [batch, steps, grains_per_step * latent] -> [batch, steps * grains_per_step, latent] -> T grains
        return self.dec_out(out).reshape(b, -1, self.latent_dim)[:, : self.n_steps]
