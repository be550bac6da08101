"""Hand-made spectral/envelope features of drum hits and the small classifier `ngs eval` judges hits with.

The classifier is the measuring instrument for "a hit sampled as kick sounds like a kick": it is trained
on real recordings only, so it knows nothing about the model. Features are deliberately simple and
level-independent (every clip is peak-normalised first), because generated and real hits differ in
loudness and length, which must not decide the class:

- log-mel band energies (dB) averaged over a few time segments after the onset (timbre and how it evolves),
- spectral centroid, bandwidth, flatness and 85 % roll-off of the first 300 ms and of the remainder,
- envelope shape: time to the peak and times to fall 10/20/30/40 dB below it (decay),
- zero-crossing rate of the part above -40 dB.

Everything is computed on a batch at once with one STFT, so 1000 clips take about a second.
"""
from __future__ import annotations

import numpy as np
import torch

from granular_vae.data import AudioError, fit_length, prepare
from granular_vae.losses import stft_magnitude
from granular_vae.noise_synth import hz_to_mel, mel_to_hz

FEATURE_SR = 22050
ANALYSIS_SECONDS = 1.0          # hits are cropped/zero-padded to this; sampled notes are ~1 s long
N_FFT = 1024
HOP = N_FFT // 4   # the hop of losses.stft_magnitude
N_MELS = 32
SEGMENTS_S = ((0.0, 0.03), (0.03, 0.1), (0.1, 0.3), (0.3, ANALYSIS_SECONDS))   # log-ish spacing: drums decay fast
DECAY_DB = (10.0, 20.0, 30.0, 40.0)
ACTIVE_DB = -40.0                # frames this far below the peak count as silence for ZCR
_EPS = 1e-10
WOBBLE_WINDOW_S = 0.3          # envelope_wobble looks at this much of a hit after its peak, where drums ring
FINE_STEP, FINE_SMOOTH = 128, 64   # envelope_wobble(fast=True): a level every 5.8 ms, each the mean over 2.9 ms
PARTIAL_RANGE_HZ = (30.0, 1000.0)  # low_partial_hz looks for a kick's, tom's or cowbell's tone here,
PARTIAL_WINDOW_S = 0.3             # in the first 300 ms of a hit,
PARTIAL_FFT = 8192                 # zero-padded to 2.7 Hz bins (a 1,024-sample grain's bins are 21.5 Hz apart)


def mel_filterbank(n_mels: int, n_fft: int, sr: int, fmin: float = 20.0, fmax: float | None = None) -> np.ndarray:
    """Triangular HTK-mel filters, [n_mels, n_fft // 2 + 1], each normalised to unit area (band mean power)."""
    fmax = sr / 2 if fmax is None else fmax
    edges = mel_to_hz(np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels + 2))
    freqs = np.linspace(0.0, sr / 2, n_fft // 2 + 1)
    lo, mid, hi = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    fb = np.maximum(0.0, np.minimum((freqs - lo) / (mid - lo), (hi - freqs) / (hi - mid)))
    return (fb / np.maximum(fb.sum(axis=1, keepdims=True), _EPS)).astype(np.float32)


def prepare_clips(clips: list[np.ndarray], sr: int) -> np.ndarray:
    """Mono, resampled to FEATURE_SR, peak-normalised, cropped/zero-padded: [n, FEATURE_SR * ANALYSIS_SECONDS].

    Raises AudioError (a ValueError) for an empty list, an empty clip or a non-finite one.
    """
    if not clips:
        raise AudioError("no clips to extract features from")
    length = int(round(FEATURE_SR * ANALYSIS_SECONDS))
    out = np.zeros((len(clips), length), dtype=np.float32)
    for i, clip in enumerate(clips):
        try:
            x = fit_length(prepare(clip, sr, FEATURE_SR), length)
        except AudioError as e:
            raise AudioError(f"clip {i}: {e}") from None
        out[i] = x / max(float(np.abs(x).max()), _EPS)
    return out


def _spectral_shape(power: torch.Tensor, freqs: torch.Tensor, frames: slice) -> list[torch.Tensor]:
    """Energy-weighted centroid, bandwidth (kHz), flatness (dB) and 85 % roll-off (kHz) over frames: 4 x [n]."""
    p = power[:, :, frames]                                   # [n, bins, t]
    w = p.sum(dim=1)                                          # frame energies [n, t]
    w = w / w.sum(dim=1, keepdim=True).clamp_min(_EPS)
    spec = p.sum(dim=2) + _EPS                                # long-term spectrum [n, bins]
    dist = spec / spec.sum(dim=1, keepdim=True)
    centroid = (dist * freqs).sum(dim=1)
    bandwidth = ((dist * (freqs - centroid[:, None]) ** 2).sum(dim=1)).sqrt()
    # Flatness per frame (geometric / arithmetic mean), averaged with frame-energy weights.
    frame_flat = torch.exp(torch.log(p + _EPS).mean(dim=1)) / (p.mean(dim=1) + _EPS)
    flatness = 10.0 * torch.log10((frame_flat * w).sum(dim=1) + _EPS)
    rolloff = freqs[(dist.cumsum(dim=1) < 0.85).sum(dim=1).clamp(max=freqs.numel() - 1)]
    return [centroid / 1000.0, bandwidth / 1000.0, flatness, rolloff / 1000.0]


def _envelope_shape(frame_db: torch.Tensor) -> list[torch.Tensor]:
    """Attack and decay times (s) from frame energies in dB re the peak [n, t]: (1 + len(DECAY_DB)) x [n]."""
    n, t = frame_db.shape
    peak = frame_db.argmax(dim=1)
    idx = torch.arange(t)[None, :]
    after_peak = idx >= peak[:, None]
    out = [peak.float() * HOP / FEATURE_SR]
    for drop in DECAY_DB:
        below = after_peak & (frame_db < -drop)
        # First frame after the peak that is `drop` dB down; clips that never get there count as full length.
        first = torch.where(below.any(dim=1), torch.where(below, idx, t).min(dim=1).values, torch.full((n,), t))
        out.append((first - peak).float() * HOP / FEATURE_SR)
    return out


def extract_features(clips: list[np.ndarray], sr: int) -> np.ndarray:
    """Feature matrix [n, n_features] (float32) of a batch of hits at sample rate sr; see the module docstring."""
    return features_of(prepare_clips(clips, sr))


def features_of(prepared: np.ndarray) -> np.ndarray:
    """extract_features of clips already through prepare_clips [n, samples] (callers that reuse them)."""
    x = torch.from_numpy(prepared)
    power = stft_magnitude(x, N_FFT) ** 2  # [n, bins, t], hop N_FFT / 4 = HOP
    frames_t = power.shape[-1]
    fb = torch.from_numpy(mel_filterbank(N_MELS, N_FFT, FEATURE_SR))
    mel = torch.einsum("mb,nbt->nmt", fb, power)              # [n, mels, t]
    frame_energy = power.sum(dim=1)                            # [n, t]
    frame_db = 10.0 * torch.log10(frame_energy + _EPS)
    frame_db = frame_db - frame_db.max(dim=1, keepdim=True).values

    feats: list[torch.Tensor] = []
    for start, end in SEGMENTS_S:
        a = int(start * FEATURE_SR / HOP)
        b = max(a + 1, min(frames_t, int(end * FEATURE_SR / HOP)))
        feats.extend((10.0 * torch.log10(mel[:, :, a:b].mean(dim=2) + _EPS)).unbind(dim=1))
    freqs = torch.linspace(0.0, FEATURE_SR / 2, N_FFT // 2 + 1)
    split = int(0.3 * FEATURE_SR / HOP)
    feats += _spectral_shape(power, freqs, slice(0, split))
    feats += _spectral_shape(power, freqs, slice(split, frames_t))
    feats += _envelope_shape(frame_db)

    # ZCR over the active samples only, so the zero padding after short hits does not dilute it.
    active = torch.repeat_interleave(frame_db > ACTIVE_DB, HOP, dim=1)[:, : x.shape[1]]
    crossings = (torch.signbit(x[:, 1:]) != torch.signbit(x[:, :-1])) & active[:, 1:]
    feats.append(crossings.sum(dim=1).float() / active[:, 1:].sum(dim=1).clamp_min(1).float())
    return torch.stack(feats, dim=1).numpy().astype(np.float32)


def envelope_wobble(prepared: np.ndarray, fast: bool = False, window_s: float = WOBBLE_WINDOW_S,
                    floor_db: float = 40.0) -> np.ndarray:
    """How unevenly each hit decays: the mean |second difference| (dB) of its level over the window_s after
    its peak, counting levels within floor_db of the peak: 0 for any exponential decay (a straight line in
    dB), however fast. prepared [n, samples] (prepare_clips) -> [n], NaN for a hit with fewer than 3 levels.

    Two time scales: the 46 ms STFT frames the classifier's features use, every 11.6 ms (slow flutter,
    grain to grain, and beating between partials closer than ~20 Hz); or, with fast, the signal's Hilbert
    envelope averaged over 2.9 ms, every 5.8 ms: roughness within a frame, from overlapping grains beating
    but also from any two partials a few tens of Hz apart (a steady 65 + 129 Hz pair scores ~9 dB there
    and ~0 on the slow scale). A struck drum decays smoothly; noise filtered to a narrow band (a tom's
    fundamental) fluctuates at random. Not a classifier feature: a check of the synthesis, reported next
    to the real files' figure.
    """
    x = torch.from_numpy(prepared)
    if fast:
        n = x.shape[1]
        spec = torch.fft.fft(x, dim=1)
        spec[:, n // 2 + 1 :] = 0.0                                   # analytic signal: one-sided spectrum,
        spec[:, 1 : (n + 1) // 2] *= 2.0                              # its magnitude the Hilbert envelope
        power = torch.fft.ifft(spec, dim=1).abs() ** 2
        smooth = torch.nn.functional.avg_pool1d(power[:, None], FINE_SMOOTH, stride=FINE_STEP)[:, 0]
        level_db = 10.0 * torch.log10(smooth + _EPS)
        step = FINE_STEP
    else:
        level_db = 10.0 * torch.log10((stft_magnitude(x, N_FFT) ** 2).sum(dim=1) + _EPS)
        step = HOP
    level_db = (level_db - level_db.max(dim=1, keepdim=True).values).numpy()
    n_levels = int(round(window_s * FEATURE_SR / step))
    out = np.full(len(prepared), np.nan, dtype=np.float32)
    for i, db in enumerate(level_db):
        peak = int(db.argmax())
        seg = db[peak : peak + n_levels + 1]
        seg = seg[seg > -floor_db]
        if len(seg) >= 3:
            out[i] = np.abs(np.diff(seg, n=2)).mean()
    return out


def low_partial_hz(prepared: np.ndarray, window_s: float = PARTIAL_WINDOW_S) -> np.ndarray:
    """The frequency (Hz) of each hit's strongest spectral peak in PARTIAL_RANGE_HZ over its first window_s:
    the tone of a kick, a tom or a cowbell (for a hat or a cymbal, just where its low energy peaks).
    prepared [n, samples] (prepare_clips) -> [n]; NaN for a silent hit.

    Hann window, zero-padded to PARTIAL_FFT points, the peak refined by a parabola through the log power of
    its bin and their neighbours. Not a classifier feature: it shows whether resynthesis keeps a drum's
    pitch and whether sampled hits of a class vary in pitch as real ones do.
    """
    n = min(int(round(window_s * FEATURE_SR)), prepared.shape[1])
    power = np.abs(np.fft.rfft(prepared[:, :n] * np.hanning(n), PARTIAL_FFT, axis=1)) ** 2
    lo, hi = (int(np.ceil(f * PARTIAL_FFT / FEATURE_SR)) for f in PARTIAL_RANGE_HZ)
    band = power[:, lo:hi]
    k = lo + band.argmax(axis=1)
    left, mid, right = (np.log(power[np.arange(len(k)), k + d] + _EPS) for d in (-1, 0, 1))
    # The parabola's vertex, within half a bin of the peak bin (a flat top, or a larger neighbour outside the range).
    offset = np.clip(0.5 * (left - right) / np.minimum(left - 2.0 * mid + right, -1e-12), -0.5, 0.5)
    hz = (k + offset) * FEATURE_SR / PARTIAL_FFT
    return np.where(band.max(axis=1) > 0, hz, np.nan).astype(np.float32)


def feature_names() -> list[str]:
    """Names of the columns of extract_features, in order."""
    names = [f"mel{m:02d}_seg{s}" for s in range(len(SEGMENTS_S)) for m in range(N_MELS)]
    for part in ("early", "late"):
        names += [f"centroid_khz_{part}", f"bandwidth_khz_{part}", f"flatness_db_{part}", f"rolloff_khz_{part}"]
    names += ["attack_s"] + [f"decay{int(d)}db_s" for d in DECAY_DB] + ["zcr"]
    return names


class HitClassifier:
    """Standardised multinomial logistic regression on extract_features, with class-balanced loss.

    Class balance matters: the free kits have ~10 claps and cowbells but ~150 cymbals, and an
    unweighted model would learn to never say "clap". Training is full-batch L-BFGS: deterministic
    and well under a second for a thousand hits.
    """

    def __init__(self, classes: list[str], l2: float = 1e-2):
        if len(classes) < 2:
            raise ValueError(f"a classifier needs at least 2 classes, got {classes}")
        self.classes = list(classes)
        self.l2 = l2
        self.mean: np.ndarray | None = None
        self.scale: np.ndarray | None = None
        self.weight: np.ndarray | None = None   # [n_features, n_classes]
        self.bias: np.ndarray | None = None     # [n_classes]

    @classmethod
    def from_params(cls, classes: list[str], mean: np.ndarray, scale: np.ndarray, weight: np.ndarray,
                    bias: np.ndarray) -> "HitClassifier":
        """A fitted classifier from its stored parameters (e.g. a checkpoint's class critic)."""
        clf = cls(classes)
        clf.mean, clf.scale, clf.weight, clf.bias = mean, scale, weight, bias
        return clf

    # L-BFGS needs autograd, also when called under no_grad or inference_mode (the trainer's export).
    @torch.inference_mode(False)
    @torch.enable_grad()
    def fit(self, features: np.ndarray, labels: np.ndarray, steps: int = 200) -> "HitClassifier":
        """features [n, f], labels [n] int class indices into self.classes."""
        labels = np.asarray(labels)
        if features.ndim != 2 or len(features) != len(labels) or len(labels) == 0:
            raise ValueError(f"features {features.shape} and labels {labels.shape} do not match")
        if labels.min() < 0 or labels.max() >= len(self.classes):
            raise ValueError("labels must index the classifier's classes")
        self.mean = features.mean(axis=0)
        self.scale = np.maximum(features.std(axis=0), 1e-6)
        xs = torch.from_numpy(((features - self.mean) / self.scale).astype(np.float32))
        y = torch.from_numpy(labels.astype(np.int64))
        counts = torch.bincount(y, minlength=len(self.classes)).float()
        class_w = torch.where(counts > 0, counts.sum() / (counts.clamp_min(1) * (counts > 0).sum()), 0.0)
        w = torch.zeros(xs.shape[1], len(self.classes), requires_grad=True)
        b = torch.zeros(len(self.classes), requires_grad=True)
        opt = torch.optim.LBFGS([w, b], lr=1.0, max_iter=steps, history_size=20, line_search_fn="strong_wolfe")

        def closure() -> torch.Tensor:
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(xs @ w + b, y, weight=class_w) + self.l2 * (w**2).sum()
            loss.backward()
            return loss

        opt.step(closure)
        self.weight, self.bias = w.detach().numpy(), b.detach().numpy()
        return self

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """[n, f] -> class probabilities [n, n_classes]."""
        if self.weight is None:
            raise RuntimeError("HitClassifier.fit must be called before predicting")
        logits = ((features - self.mean) / self.scale) @ self.weight + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, features: np.ndarray) -> np.ndarray:
        """[n, f] -> predicted class indices [n]."""
        return self.predict_proba(features).argmax(axis=1)


def held_out_predictions(features: np.ndarray, labels: np.ndarray, groups: list[str], classes: list[str],
                         max_folds: int = 20) -> np.ndarray:
    """Each row judged by a HitClassifier fitted without its group: predicted class indices [n].

    Groups (e.g. the kit each recording comes from) are dealt, in sorted order, into min(groups,
    max_folds) folds: one fold per group when there are few, so a kit is never judged by a classifier
    that heard it. This is how the classifier fares on kits it has not heard, as a kit of a user's does.
    """
    names = sorted(set(groups))
    if len(names) < 2:
        raise ValueError(f"held-out predictions need at least 2 groups, got {len(names)}")
    n_folds = min(len(names), max_folds)
    rank = {g: k for k, g in enumerate(names)}
    fold = np.array([rank[g] % n_folds for g in groups])
    pred = np.empty(len(labels), dtype=np.int64)
    for k in range(n_folds):
        test = fold == k
        pred[test] = HitClassifier(classes).fit(features[~test], labels[~test]).predict(features[test])
    return pred
