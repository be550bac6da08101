"""Training losses as pure functions: multi-scale spectral distance and the Gaussian KL."""
from __future__ import annotations

import torch

FFT_SIZES = (2048, 1024, 512, 256, 128, 64)
LOG_EPS = 1e-5  # the floor under log magnitudes in the spectral distances (ngs eval uses the same)
MEL_FFT_SIZES = (2048, 1024)   # log_mel_distance: the sizes that resolve the low end
MEL_BANDS = 64
ONSET_SAMPLES = 1024           # onset_spectral_loss: a hit's first 46 ms at 22.05 kHz (one grain)
ONSET_FFT_SIZES = (512, 256, 128, 64)
GRAIN_SHAPE_MAX_HZ = 1000.0    # grain_shape_loss: up to here (kicks', toms', snares' and cowbells' partials)


def stft_magnitude(x: torch.Tensor, n_fft: int) -> torch.Tensor:
    """|STFT| [batch, n_fft // 2 + 1, frames] of x [batch, samples], Hann window, hop n_fft / 4."""
    window = torch.hann_window(n_fft, device=x.device, dtype=x.dtype)
    return torch.stft(x, n_fft, n_fft // 4, window=window, center=True, return_complex=True).abs()


def spectral_distance(x: torch.Tensor, y: torch.Tensor, n_fft: int, log_weight: float = 1.0, eps: float = LOG_EPS) -> torch.Tensor:
    """Mean L1 distance of linear plus log magnitudes at one FFT size, per batch item [batch]."""
    mx, my = stft_magnitude(x, n_fft), stft_magnitude(y, n_fft)
    linear = (mx - my).abs().mean(dim=(1, 2))
    log = (torch.log(mx + eps) - torch.log(my + eps)).abs().mean(dim=(1, 2))
    return linear + log_weight * log


def multiscale_spectral_loss(
    x: torch.Tensor, y: torch.Tensor, fft_sizes: tuple[int, ...] = FFT_SIZES, log_weight: float = 1.0, reduce: bool = True
) -> torch.Tensor:
    """Multi-scale spectral distance between x and y [batch, samples]; scalar, or [batch] if not reduce."""
    d = torch.stack([spectral_distance(x, y, n, log_weight) for n in fft_sizes]).mean(0)
    return d.mean() if reduce else d


def log_mel_distance(x: torch.Tensor, y: torch.Tensor, filterbanks: dict[int, torch.Tensor], eps: float = 1e-8) -> torch.Tensor:
    """Mean L1 distance of log mel energies at each FFT size n (filterbanks {n: [mels, n // 2 + 1]}),
    halved so it reads in log-magnitude units like spectral_distance; scalar.

    The linear-bin distances give 20-100 Hz a handful of 1,025 bins, so a decoder can add or drop
    tens of dB there almost for free. Mel bands weigh the spectrum closer to how the ear does. A
    training option (TrainConfig.mel_weight): on the bundled kit it sharpened resynthesis and every
    class but the toms (checkpoints/README.md).
    """
    out = []
    for n, fb in filterbanks.items():
        mx = torch.einsum("mb,nbt->nmt", fb, stft_magnitude(x, n).pow(2))
        my = torch.einsum("mb,nbt->nmt", fb, stft_magnitude(y, n).pow(2))
        out.append((torch.log(mx + eps) - torch.log(my + eps)).abs().mean())
    return 0.5 * torch.stack(out).mean()


def onset_spectral_loss(x: torch.Tensor, y: torch.Tensor, n: int = ONSET_SAMPLES,
                        fft_sizes: tuple[int, ...] = ONSET_FFT_SIZES) -> torch.Tensor:
    """Multi-scale spectral distance of the first n samples of onset-aligned hits x, y [batch, samples]; scalar.

    Over a whole 1 s note the attack is a few percent of the frames, so the note's spectral loss lets a
    decoder trade a stick's click for the body's colour; yet the attack is much of what tells a tom from
    a kick. This term weighs the first grain's span like the rest of the note together.
    """
    return multiscale_spectral_loss(x[:, :n], y[:, :n], fft_sizes)


def grain_shape_loss(expected: torch.Tensor, target: torch.Tensor, bins: slice, eps: float = LOG_EPS ** 2) -> torch.Tensor:
    """Mean L1 distance of per-grain log power spectra over `bins`, each minus its own mean (shape, not level); scalar.

    expected, target [batch, grains, bins]: the decoder's expected grain periodogram (noise_synth.expected_power)
    and the real grain's. The note's spectral losses see one draw of noise and barely reward a partial's
    exact bin: trained on them alone, the encoder leaves pitch out of the latent and every tom gets one
    pitch (checkpoints/README.md). This term compares the filter itself, grain by grain, at the grain's
    21.5 Hz bins, in the low band where drums' partials sit; the level is left to the other terms.
    """
    le, lt = torch.log(expected[..., bins] + eps), torch.log(target[..., bins] + eps)
    return ((le - le.mean(-1, keepdim=True)) - (lt - lt.mean(-1, keepdim=True))).abs().mean()


def frame_log_rms(x: torch.Tensor, frame: int, eps: float = 1e-7) -> torch.Tensor:
    """Log RMS [batch, frames] of x [batch, samples] over frames of `frame` samples, hop frame / 4."""
    power = torch.nn.functional.avg_pool1d(x.unsqueeze(1).pow(2), frame, frame // 4, ceil_mode=True)[:, 0]
    return 0.5 * torch.log(power + eps)


def loudness_loss(x: torch.Tensor, y: torch.Tensor, frames: tuple[int, ...] = (512, 2048)) -> torch.Tensor:
    """Mean L1 distance of frame log-RMS (natural log of amplitude) at several frame sizes; scalar.

    Spectral L1 losses match the median of a noise output's magnitudes, which lies below its mean
    energy: filtered-noise decoders trained on them alone come out several dB too quiet, most of all
    on narrow-band (tonal) sounds. Energy over long frames barely fluctuates, so this term fixes the level.
    """
    return torch.stack([(frame_log_rms(x, n) - frame_log_rms(y, n)).abs().mean() for n in frames]).mean()


def log_spectral_distance(x: torch.Tensor, y: torch.Tensor, n_fft: int = 1024, eps: float = 1e-5) -> torch.Tensor:
    """Log-spectral distance in dB [batch]: RMS over bins of the dB difference, averaged over frames."""
    px, py = stft_magnitude(x, n_fft) ** 2, stft_magnitude(y, n_fft) ** 2
    diff = 10.0 * (torch.log10(px + eps) - torch.log10(py + eps))
    return diff.pow(2).mean(dim=1).sqrt().mean(dim=1)


def gaussian_kl(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    """KL(N(mu, exp(logvar)) || N(0, I)) per dimension, same shape as mu."""
    return 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar)


def kl_loss(mu: torch.Tensor, logvar: torch.Tensor, free_bits: float = 0.0) -> torch.Tensor:
    """KL summed over the last dim, averaged over the rest, with a per-dimension floor ("free bits").

    The floor is applied to the batch-mean KL of each dimension, so dimensions carrying at least
    `free_bits` nats are not pushed further towards the prior (prevents posterior collapse).
    """
    kl = gaussian_kl(mu, logvar).reshape(-1, mu.shape[-1]).mean(0)
    return torch.clamp(kl, min=free_bits).sum()


def kl_warmup(step: int, warmup_steps: int, beta: float) -> float:
    """Linear KL weight warm-up from 0 to beta over warmup_steps."""
    return beta * min(1.0, step / max(1, warmup_steps))
