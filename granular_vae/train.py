"""Training, in three stages, from audio files to a Synth checkpoint.

  stage 1  grain VAE: notes -> grains -> encoder -> z -> noise decoder -> audio; spectral loss + KL
  stage 2  recurrent embedding: latent paths of the frozen encoder -> path VAE; path MSE + KL (free bits)
  stage 3  end to end: path -> embedding -> decoder -> audio; spectral loss (+ path MSE + KL)

RUN_DIR gets: state.pt (everything needed to resume, loaded with weights_only=True), model.safetensors
(the Synth checkpoint), log.csv and losses.png. Multi-process under torchrun (DDP: gloo on CPU, nccl on GPU).
"""
from __future__ import annotations

import csv
import dataclasses
import logging
import math
import os
import time
from pathlib import Path

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP
from tqdm import tqdm

from .atomic import atomic_write
from .config import ModelConfig, TrainConfig
from .critic import ATTACK_GRAINS, fit_critic
from .data import DrumDataset, load_drums
from .devices import pick_device
from .embedding import PathVAE
from .features import mel_filterbank
from .grain_vae import GrainVAE
from .grains import frame
from .losses import (GRAIN_SHAPE_MAX_HZ, MEL_BANDS, MEL_FFT_SIZES, grain_shape_loss, kl_loss, kl_warmup, log_mel_distance,
                     loudness_loss, multiscale_spectral_loss, onset_spectral_loss)
from .synth import Synth

log = logging.getLogger("ngs")
STAGE_TIME_SHARE = {1: 0.6, 2: 0.25, 3: 0.15}  # of --max-minutes
LOG_FIELDS = ["stage", "step", "time_s", "loss", "spectral", "loudness", "mel", "onset", "grain", "path_mse", "kl", "beta"]
SILENT_GRAIN_RMS = 1e-3


class Trainer:
    def __init__(self, data_dir: str | Path, run_dir: str | Path, cfg: TrainConfig, model_cfg: ModelConfig | None = None,
                 seed: int = 0, device: str | None = None, resume: bool = False, progress: bool = True):
        self.run_dir, self.cfg, self.seed, self.progress = Path(run_dir), cfg, seed, progress
        self.world, self.rank = self._init_distributed()
        if self.world > 1 and torch.cuda.is_available() and device != "cpu":
            self.device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", 0)))
        else:
            self.device = pick_device(device)
        torch.manual_seed(seed)
        state_file = self.run_dir / "state.pt"
        state = torch.load(state_file, map_location="cpu", weights_only=True) if resume and state_file.is_file() else None
        # A resumed run keeps the model it started with, whatever model_cfg says.
        self.model_cfg = ModelConfig.from_dict(state["model_config"]) if state else model_cfg or ModelConfig()
        g = self.model_cfg.grains
        self.n_samples, self.n_steps = g.note_length, g.note_grains
        self.data: DrumDataset = load_drums(data_dir, g.sample_rate, self.n_samples, cfg.augment_semitones)
        self.model_cfg.vae.n_classes = len(self.data.classes)
        self.vae = GrainVAE(g, self.model_cfg.vae).to(self.device)
        self.mel_filterbanks = {n: torch.from_numpy(mel_filterbank(MEL_BANDS, n, g.sample_rate)).float().to(self.device)
                                for n in MEL_FFT_SIZES} if cfg.mel_weight else {}
        self.grain_bins = slice(1, round(GRAIN_SHAPE_MAX_HZ * g.grain_size / g.sample_rate) + 1)   # grain_shape_loss's band
        self.embedding = PathVAE(self.model_cfg.vae.latent_dim, len(self.data.classes), self.n_steps, self.model_cfg.embedding).to(self.device)
        # Class-balanced sampling: weight ~ count ** -power, so thin classes (clap, cowbell) are seen often.
        counts = torch.bincount(self.data.labels, minlength=len(self.data.classes)).float()
        self.weights = counts[self.data.labels] ** -cfg.balance_power
        self.gen = torch.Generator().manual_seed(seed * 1000 + self.rank)          # batches, gains, dropout
        self.noise_gen = torch.Generator(self.device).manual_seed(seed * 1000 + self.rank + 1)  # noise, eps
        self.stage, self.step, self.elapsed, self.opt_state = 1, 0, 0.0, None
        if state:
            self._load_state(state)
        elif self.rank == 0:
            self.run_dir.mkdir(parents=True, exist_ok=True)
            (self.run_dir / "log.csv").unlink(missing_ok=True)

    # ------------------------------------------------------------------ plumbing
    @staticmethod
    def _init_distributed() -> tuple[int, int]:
        world = int(os.environ.get("WORLD_SIZE", 1))
        if world > 1 and not dist.is_initialized():
            dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
        return world, int(os.environ.get("RANK", 0))

    def _ddp(self, module: torch.nn.Module) -> torch.nn.Module:
        if self.world == 1:
            return module
        return DDP(module, device_ids=[self.device.index] if self.device.type == "cuda" else None)

    def _batch(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
        """(audio [batch, samples] with random gain, labels [batch], one-hot with class dropout or None)."""
        b = self.cfg.batch_size
        idx = torch.multinomial(self.weights, b, replacement=True, generator=self.gen)
        gain = 10 ** (-self.cfg.gain_db * torch.rand(b, 1, generator=self.gen) / 20)
        keep = (torch.rand(b, 1, generator=self.gen) >= self.cfg.class_dropout).float()
        labels = self.data.labels[idx]
        return (self.data.audio[idx] * gain).to(self.device), labels, self._onehot(labels) * keep.to(self.device)

    def _onehot(self, labels: torch.Tensor) -> torch.Tensor:
        """labels [batch] -> one-hot [batch, classes] on the training device."""
        return torch.nn.functional.one_hot(labels, len(self.data.classes)).float().to(self.device)

    def _grains(self, audio: torch.Tensor) -> torch.Tensor:
        g = self.model_cfg.grains
        return frame(audio, g.grain_size, g.hop)

    def _audio_losses(self, decoded: torch.Tensor, power: torch.Tensor | None, audio: torch.Tensor) -> dict[str, torch.Tensor]:
        """Weighted loss terms of decoded audio [batch, span] (and its grains' expected power, if grain_weight)
        against the real audio [batch, samples]; "audio" is their weighted sum."""
        decoded = decoded[:, : audio.shape[1]]
        spectral, loudness = multiscale_spectral_loss(decoded, audio), loudness_loss(decoded, audio)
        losses = {"spectral": spectral, "loudness": loudness}
        audio_loss = spectral + self.cfg.loudness_weight * loudness
        if self.cfg.mel_weight:
            losses["mel"] = log_mel_distance(decoded, audio, self.mel_filterbanks)
            audio_loss = audio_loss + self.cfg.mel_weight * losses["mel"]
        if self.cfg.onset_weight:
            losses["onset"] = onset_spectral_loss(decoded, audio)
            audio_loss = audio_loss + self.cfg.onset_weight * losses["onset"]
        if power is not None:
            target = torch.fft.rfft(self._grains(audio) * self.vae.decoder.window).abs().pow(2)
            losses["grain"] = grain_shape_loss(power, target, self.grain_bins)
            audio_loss = audio_loss + self.cfg.grain_weight * losses["grain"]
        return {"audio": audio_loss, **losses}

    # ------------------------------------------------------------------ the three losses
    def stage1_loss(self, vae: torch.nn.Module, step: int) -> dict[str, torch.Tensor]:
        audio, _, onehot = self._batch()
        decoded, power, mu, logvar = vae(self._grains(audio), onehot, self.noise_gen, bool(self.cfg.grain_weight))
        losses = self._audio_losses(decoded, power, audio)
        kl = kl_loss(mu, logvar, self.cfg.free_bits)
        beta = kl_warmup(step, self.cfg.kl_warmup, self.cfg.beta)
        return {"loss": losses.pop("audio") + beta * kl, **losses, "kl": kl, "beta": torch.tensor(beta)}

    def _embed(self, embedding: torch.nn.Module, step: int) -> tuple[dict[str, torch.Tensor], torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        audio, labels, _ = self._batch()
        with torch.no_grad():
            path = self.vae.encoder(self._grains(audio))[0]
        onehot = self._onehot(labels)
        eps = torch.randn(path.shape[0], self.embedding.embed_dim, generator=self.noise_gen, device=self.device)
        recon, mu, logvar = embedding(path, onehot, eps)
        path_mse = (recon - path).pow(2).sum(-1).mean()
        kl = kl_loss(mu, logvar, self.cfg.embed_free_bits)
        beta = kl_warmup(step, self.cfg.stage2_steps // 4, self.cfg.embed_beta)
        losses = {"loss": path_mse + beta * kl, "path_mse": path_mse, "kl": kl, "beta": torch.tensor(beta)}
        return losses, recon, audio, onehot, path

    def stage2_loss(self, embedding: torch.nn.Module, step: int) -> dict[str, torch.Tensor]:
        return self._embed(embedding, step)[0]

    def stage3_loss(self, model: torch.nn.ModuleDict, step: int) -> dict[str, torch.Tensor]:
        losses, recon, audio, onehot, path = self._embed(model["embedding"], self.cfg.stage2_steps)
        # Decode the embedding's paths and the encoder's own paths in one call (one DDP forward): the
        # decoder learns to render sampled paths without forgetting how to resynthesise real ones.
        decoded, power = model["decoder"](torch.cat([recon, path]), torch.cat([onehot, onehot]), self.noise_gen,
                                          bool(self.cfg.grain_weight))
        audio_losses = self._audio_losses(decoded, power, torch.cat([audio, audio]))
        losses["loss"] = losses["loss"] + audio_losses.pop("audio")
        return {**losses, **audio_losses}

    # ------------------------------------------------------------------ loop
    def _stage_setup(self, stage: int) -> tuple[torch.nn.Module, list[torch.nn.Parameter], int, float, callable]:
        if stage == 1:
            return self._ddp(self.vae), list(self.vae.parameters()), self.cfg.stage1_steps, self.cfg.lr, self.stage1_loss
        if stage == 2:
            self.vae.requires_grad_(False)
            return self._ddp(_RoundTrip(self.embedding)), list(self.embedding.parameters()), self.cfg.stage2_steps, self.cfg.lr, self.stage2_loss
        self.vae.encoder.requires_grad_(False)
        self.vae.decoder.requires_grad_(True)
        params = list(self.embedding.parameters()) + list(self.vae.decoder.parameters())
        model = torch.nn.ModuleDict({"embedding": self._ddp(_RoundTrip(self.embedding)), "decoder": self._ddp(self.vae.decoder)})
        return model, params, self.cfg.stage3_steps, self.cfg.lr * 0.3, self.stage3_loss

    def _out_of_time(self, stage_start: float, stage: int) -> bool:
        if self.cfg.max_minutes is None:
            return False
        over = torch.tensor(float(time.time() - stage_start > 60 * self.cfg.max_minutes * STAGE_TIME_SHARE[stage]))
        if self.world > 1:
            dist.all_reduce(over, op=dist.ReduceOp.MAX)  # every rank stops at the same step
        return bool(over)

    def run(self) -> Path:
        self.t0 = time.time() - self.elapsed
        for stage in range(self.stage, 4):
            model, params, steps, lr, loss_fn = self._stage_setup(stage)
            opt = torch.optim.Adam(params, lr=lr)
            if self.opt_state is not None:
                opt.load_state_dict(self.opt_state)
                self.opt_state = None
            sched = lambda s: 0.5 * (1 + math.cos(math.pi * min(s, steps) / max(steps, 1)))  # cosine decay
            self.stage, stage_start = stage, time.time()
            bar = tqdm(total=steps, initial=self.step, desc=f"stage {stage}/3", disable=not self.progress or self.rank != 0,
                       dynamic_ncols=True)
            rows: list[dict] = []
            while self.step < steps:
                for group in opt.param_groups:
                    group["lr"] = lr * sched(self.step)
                losses = loss_fn(model, self.step)
                opt.zero_grad(set_to_none=True)
                losses["loss"].backward()
                torch.nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                self.step += 1
                if self.step % 10 == 0 or self.step == steps:
                    row = {"stage": stage, "step": self.step, "time_s": round(time.time() - self.t0, 2),
                           **{k: round(float(v.detach()), 5) for k, v in losses.items()}}
                    rows.append(row)
                    bar.set_postfix({k: f"{float(v.detach()):.3g}" for k, v in losses.items() if k != "beta"})
                    stop = self._out_of_time(stage_start, stage)
                else:
                    stop = False
                bar.update(1)
                if self.step % self.cfg.checkpoint_every == 0 or self.step == steps or stop:
                    self._save(opt, rows)
                    rows = []
                if stop:
                    log.info("stage %d: time budget reached at step %d of %d", stage, self.step, steps)
                    break
            bar.close()
            self._save(opt, rows, next_stage=True)
        if self.world > 1:
            dist.barrier()
        return self.run_dir / "model.safetensors"

    # ------------------------------------------------------------------ state and outputs
    def _save(self, opt: torch.optim.Optimizer, rows: list[dict], next_stage: bool = False) -> None:
        """Append log rows, then write state.pt and model.safetensors atomically (rank 0 only)."""
        if next_stage:
            self.stage, self.step = self.stage + 1, 0
        if self.rank != 0:
            return
        self.elapsed = time.time() - self.t0
        new = not (self.run_dir / "log.csv").exists()
        with open(self.run_dir / "log.csv", "a", newline="") as f:
            w = csv.DictWriter(f, LOG_FIELDS, extrasaction="ignore")
            if new:
                w.writeheader()
            w.writerows(rows)
        state = {"stage": self.stage, "step": self.step, "elapsed": self.elapsed, "seed": self.seed,
                 "classes": self.data.classes, "model_config": self.model_cfg.to_dict(),
                 "vae": self.vae.state_dict(), "embedding": self.embedding.state_dict(),
                 "optimizer": None if next_stage else opt.state_dict(),
                 "gen": self.gen.get_state(), "noise_gen": self.noise_gen.get_state().cpu()}
        with atomic_write(self.run_dir / "state.pt") as f:
            torch.save(state, f)
        self.export().save(self.run_dir / "model.safetensors")
        from .plots import plot_losses   # lazy: matplotlib loads on the first checkpoint, not on import
        plot_losses(self.run_dir / "log.csv", self.run_dir / "losses.png")

    def _load_state(self, state: dict) -> None:
        if state["classes"] != self.data.classes:
            raise ValueError(f"--resume: {self.run_dir} was trained on classes {state['classes']}, the data has {self.data.classes}")
        self.vae.load_state_dict(state["vae"])
        self.embedding.load_state_dict(state["embedding"])
        self.stage, self.step, self.elapsed, self.opt_state = state["stage"], state["step"], state["elapsed"], state["optimizer"]
        self.gen.set_state(state["gen"])
        self.noise_gen.set_state(state["noise_gen"].to(self.noise_gen.device) if self.device.type != "cpu" else state["noise_gen"])
        self._truncate_log()
        log.info("resuming %s at stage %d, step %d", self.run_dir, self.stage, self.step)

    def _truncate_log(self) -> None:
        """Drop log rows written after the checkpoint we resume from (the run died after logging them)."""
        path = self.run_dir / "log.csv"
        if self.rank != 0 or not path.exists():
            return
        with open(path) as f:
            rows = [r for r in csv.DictReader(f) if (int(r["stage"]), int(r["step"])) <= (self.stage, self.step)]
        with open(path, "w", newline="") as f:
            w = csv.DictWriter(f, LOG_FIELDS)
            w.writeheader()
            w.writerows(rows)

    @torch.no_grad()
    def latent_stats(self) -> dict[str, torch.Tensor]:
        """Per-class statistics the Synth samples from (last row of each: all classes), and the 2-D PCA map.

        - class_mean/class_std [classes + 1, latent]: non-silent grain latents (sample_path's end points);
        - embed_mean [classes + 1, embed], embed_scale_tril [classes + 1, embed, embed]: a Gaussian fit of
          where each class's training paths land in the embedding (its aggregate posterior). The decoder
          was trained on these points; N(0, I) also covers regions no path of the class reached, and hits
          sampled there drift towards other classes (toms sounding like kicks);
        - critic_* (critic.fit_critic): the class critic sample_note checks its draws with, fitted on these paths.
        """
        mus, labels, e_mu, e_var, paths = [], [], [], [], []
        for chunk, lab in zip(self.data.audio.split(64), self.data.labels.split(64)):
            grains = self._grains(chunk.to(self.device))
            mu = self.vae.encoder(grains)[0]
            paths.append(mu.cpu())
            onehot = self._onehot(lab)
            m, logvar = self.embedding.encode(mu, onehot)
            e_mu.append(m.cpu())
            e_var.append(logvar.exp().cpu())
            loud = grains.pow(2).mean(-1).sqrt() > SILENT_GRAIN_RMS
            mus.append(mu[loud].cpu())
            labels.append(lab.unsqueeze(1).expand(-1, grains.shape[1])[loud.cpu()])
        mu, labels = torch.cat(mus), torch.cat(labels)
        n_cls = len(self.data.classes)
        mean = torch.stack([mu[labels == c].mean(0) if (labels == c).any() else mu.mean(0) for c in range(n_cls)] + [mu.mean(0)])
        std = torch.stack([mu[labels == c].std(0) if (labels == c).sum() > 1 else mu.std(0) for c in range(n_cls)] + [mu.std(0)])
        centred = mu - mu.mean(0)
        _, _, v = torch.linalg.svd(centred[:: max(1, len(centred) // 20000)], full_matrices=False)
        components = v[:2]
        scale = torch.quantile((centred @ components.T).abs()[:: max(1, len(centred) // 20000)], 0.99, dim=0).clamp_min(1e-6)
        embed_mean, embed_tril = aggregate_posterior(torch.cat(e_mu), torch.cat(e_var), self.data.labels, n_cls)
        # A one-class kit has nothing to tell apart, and a path no longer than an attack has no rest: no critic.
        critic = (fit_critic(torch.cat(paths).numpy(), self.data.labels.numpy(), self.data.classes)
                  if n_cls > 1 and self.n_steps > ATTACK_GRAINS else {})
        return {"class_mean": mean, "class_std": std.nan_to_num(1.0), "pca_mean": mu.mean(0),
                "pca_components": components.contiguous(), "pca_scale": scale,
                "embed_mean": embed_mean, "embed_scale_tril": embed_tril,
                **critic}

    def export(self) -> Synth:
        summary = {"stage": self.stage, "step": self.step, "train_seconds": round(self.elapsed, 1), "seed": self.seed,
                   "examples": len(self.data.files), "skipped": len(self.data.skipped), "world_size": self.world,
                   "device": str(self.device), "train_config": dataclasses.asdict(self.cfg)}
        was = self.vae.training, self.embedding.training
        vae = GrainVAE(self.model_cfg.grains, self.model_cfg.vae)
        embedding = PathVAE(self.model_cfg.vae.latent_dim, len(self.data.classes), self.n_steps, self.model_cfg.embedding)
        vae.load_state_dict(self.vae.state_dict())
        embedding.load_state_dict(self.embedding.state_dict())
        synth = Synth(self.model_cfg, vae, embedding, self.data.classes, self.latent_stats(), summary, "cpu")
        self.vae.train(was[0]), self.embedding.train(was[1])
        return synth


def aggregate_posterior(mu: torch.Tensor, var: torch.Tensor, labels: torch.Tensor, n_classes: int
                        ) -> tuple[torch.Tensor, torch.Tensor]:
    """Gaussian fit of a mixture of posteriors N(mu_i, diag var_i) per class (last row: all examples).

    mu, var [n, dim], labels [n] -> mean [classes + 1, dim], Cholesky factor [classes + 1, dim, dim].
    The mixture's covariance is cov(mu) + mean(var). Thin classes (a dozen claps for 16 dimensions)
    would give a singular estimate, so each class's covariance is shrunk towards the pooled one with
    the weight of `dim` pseudo-examples.
    """
    def moments(m: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        cov = torch.cov(m.T.double()) if len(m) > 1 else torch.zeros(m.shape[1], m.shape[1], dtype=torch.float64)
        return m.double().mean(0), cov + torch.diag(v.double().mean(0))

    dim = mu.shape[1]
    pooled_mean, pooled_cov = moments(mu, var)
    means, trils = [], []
    for c in range(n_classes):
        sel = labels == c
        n = int(sel.sum())
        m, cov = moments(mu[sel], var[sel]) if n else (pooled_mean, pooled_cov)
        cov = (n * cov + dim * pooled_cov) / (n + dim)
        means.append(m)
        trils.append(torch.linalg.cholesky(cov))
    means.append(pooled_mean)
    trils.append(torch.linalg.cholesky(pooled_cov))
    return torch.stack(means).float(), torch.stack(trils).float()


class _RoundTrip(torch.nn.Module):
    """PathVAE encode -> sample -> decode as one forward, so DDP syncs every gradient of the embedding."""

    def __init__(self, embedding: PathVAE):
        super().__init__()
        self.module = embedding

    def forward(self, path: torch.Tensor, onehot: torch.Tensor, eps: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        mu, logvar = self.module.encode(path, onehot)
        return self.module.decode(mu + eps * (0.5 * logvar).exp(), onehot), mu, logvar
