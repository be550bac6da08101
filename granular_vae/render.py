"""The render engine: a trained model's sampling-time forward pass in numpy.

Training runs in torch (grain_vae.py, embedding.py); rendering runs here, on weights copied once from
the trained modules. A 1 s hit is ~140 small operations, and at that size their cost is fixed
overhead rather than arithmetic: on the 2-core AMD VM the project is measured on, torch takes 1.3 ms
back to back and 2.4 ms when called once every 20 ms like a step sequencer (each dispatched op costs
more in a process that has been idle), numpy 0.8 and 1.3 ms. Its matrix products also run at twice
the speed there (OpenBLAS vs MKL, 60 vs 115 us for [84, 256] @ [256, 256]).
tests/test_render.py checks that both implementations compute the same thing.

Shapes: one sound at a time: latents [grains, latent], grains [grains, samples], magnitudes
[grains, bins] at the rfft bins of a grain (bins = samples / 2 + 1), 0 Hz to Nyquist.
"""
from __future__ import annotations

import functools

import numpy as np

from .embedding import PathVAE
from .grain_vae import NoiseDecoder
from .grains import hann as hann_tensor
from .noise_synth import MAGNITUDE_FLOOR, MAGNITUDE_MAX, MAGNITUDE_POWER, NOISE_VARIANCE


# ---------------------------------------------------------------------------------------------- DSP
def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-x), with x held above -80 so that e^-x never overflows float32 (any latent a client sends
    must render without a warning); sigmoid(-80) = 2e-35 is 0 to every use here."""
    return 1.0 / (1.0 + np.exp(-np.maximum(x, -80.0)))


def exp_sigmoid(x: np.ndarray) -> np.ndarray:
    """noise_synth.exp_sigmoid, the power taken as exp(power * log(.)): twice as fast as np.power here."""
    return MAGNITUDE_MAX * np.exp(MAGNITUDE_POWER * np.log(sigmoid(x))) + MAGNITUDE_FLOOR


def decay_envelope(rate: np.ndarray, n: int) -> np.ndarray:
    """noise_synth.decay_envelope: rates [...] -> energy-preserving exponential decays [..., n]."""
    a = np.maximum(2.0 * rate / n, 1e-12)
    gain = 1.0 / np.sqrt(np.expm1(-a * n) / (n * np.expm1(-a)))
    return np.exp(-rate[..., None] * _grain_time(n)) * gain[..., None]


@functools.lru_cache(maxsize=4)
def _grain_time(n: int) -> np.ndarray:
    return np.arange(n, dtype=np.float32) / n


def spectrum_weights(bins: int) -> np.ndarray:
    """Weights [bins] that turn |H|^2 at the rfft bins into its mean over the full spectrum (Parseval):
    bins 1 .. bins-2 appear twice there, 0 Hz and Nyquist once."""
    w = np.full(bins, 1.0 / (bins - 1), dtype=np.float32)
    w[0] = w[-1] = 0.5 / (bins - 1)
    return w


@functools.lru_cache(maxsize=4)
def _rms_weights(bins: int) -> np.ndarray:
    w = spectrum_weights(bins) * np.float32(NOISE_VARIANCE)
    w.flags.writeable = False
    return w


def noise_rms(magnitudes: np.ndarray) -> np.ndarray:
    """RMS [...] of random-phase noise (noise_bank) circularly filtered by magnitudes [..., bins]: its variance
    times the mean of |H|^2 over the full spectrum (Parseval; exact for every grain, as the noise's magnitude is flat)."""
    return np.sqrt((magnitudes * magnitudes) @ _rms_weights(magnitudes.shape[-1]))


def band_pair_weights(band_index: np.ndarray, n_bands: int) -> np.ndarray:
    """Each pair of adjacent bands' share [n_bands - 1] of the mean over the full spectrum (spectrum_weights);
    band_index [bins] is the band below each bin (noise_synth.mel_band_interpolation)."""
    return np.bincount(band_index, spectrum_weights(len(band_index)), n_bands - 1).astype(np.float32)


def rms_upper_bound(band_magnitudes: np.ndarray, pair_weights: np.ndarray) -> np.ndarray:
    """An upper bound [...] of noise_rms of the bins interpolated between band_magnitudes [..., n_bands].

    The magnitude curve (exp_sigmoid) is monotonic, so a bin between two bands is at most the larger of
    their magnitudes: the bound costs a pass over the bands instead of the bins, and grains under it need
    not be interpolated at all.
    """
    top = np.maximum(band_magnitudes[..., :-1], band_magnitudes[..., 1:])
    return np.sqrt((top * top) @ pair_weights * NOISE_VARIANCE)


def _layer_sum(rms: np.ndarray) -> np.ndarray:
    """RMS [grains, layers] of a grain's noise layers -> of their sum [grains]: independent noises' powers add."""
    return np.sqrt((rms * rms).sum(-1))


def last_at_least(rms: np.ndarray, threshold: float) -> int:
    """rms [grains] -> 1 + the last grain reaching threshold; 0 if none does."""
    loud = np.flatnonzero(rms >= threshold)
    return int(loud[-1]) + 1 if len(loud) else 0


def noise_bank(rows: int, n: int, seed: int = 0) -> np.ndarray:
    """Spectra [rows, n // 2 + 1] (complex64) of `rows` seeded grains of random-phase white noise of n samples:
    a flat magnitude (the variance of training's noise, noise_synth.NOISE_VARIANCE, per sample) and uniformly
    random phases, real at 0 Hz and Nyquist.

    Flat, so a grain's spectrum is exactly the decoder's response. Training's i.i.d. noise has random
    (Rayleigh) magnitudes: a tom's fundamental spans 1 to 3 bins of a 46 ms grain, so its energy varied by
    ~100 % from grain to grain and sampled toms fluttered; rendering the same weights with this noise
    raised the share of sampled hits judged as their class (checkpoints/README.md). Each rendered grain's
    noise is a random row: fresh noise's statistics without drawing a grain's worth of phases. A few
    thousand rows are more than one sound can repeat audibly: a row recurs under another filter, another
    decay and another window.
    """
    rng = np.random.default_rng(seed)
    phase = np.exp(2j * np.pi * rng.random((rows, n // 2 + 1)))
    phase[:, [0, -1]] = np.where(rng.random((rows, 2)) < 0.5, 1.0, -1.0)
    return (phase * np.sqrt(n * NOISE_VARIANCE)).astype(np.complex64)


@functools.lru_cache(maxsize=4)
def hann(n: int) -> np.ndarray:
    """grains.hann [n] as a read-only array, made once per size (every render windows its grains)."""
    w = hann_tensor(n).numpy()
    w.flags.writeable = False
    return w


class OverlapAdd:
    """Windowed overlap-add of grains rendered a chunk at a time into one output [span], divided by the
    window sum (overlap_add.window_and_overlap_add; first and last grains keep their outer half flat).

    Memory stays at the output plus one chunk, whatever the length: the window sum is built from the
    hop-sized blocks of one window, not from a window per grain.
    """

    def __init__(self, n_grains: int, grain_size: int, hop: int):
        if grain_size % hop:
            raise ValueError(f"grain size {grain_size} must be a multiple of the hop {hop}")
        self.n_grains, self.size, self.hop, self.k = n_grains, grain_size, hop, grain_size // hop
        self.window = hann(grain_size)
        self.out = np.zeros((n_grains + self.k - 1, hop), np.float32)

    def _windows(self, first: int, n: int) -> np.ndarray:
        """Windows [n, samples] of grains first .. first + n - 1."""
        w = np.broadcast_to(self.window, (n, self.size))
        if first == 0 or first + n == self.n_grains:
            w, half = w.copy(), self.size // 2
            if first == 0:
                w[0, :half] = 1.0
            if first + n == self.n_grains:
                w[-1, half:] = 1.0
        return w

    def add(self, first: int, grains: np.ndarray) -> None:
        """Window grains [n, samples] (grains first .. first + n - 1) and add them in."""
        blocks = (grains * self._windows(first, len(grains))).reshape(len(grains), self.k, self.hop)
        for i in range(self.k):
            self.out[first + i : first + i + len(grains)] += blocks[:, i]

    def result(self) -> np.ndarray:
        """The sum so far divided by the window sum -> [span]."""
        return self.out.reshape(-1) / window_sum(self.n_grains, self.size, self.hop)


@functools.lru_cache(maxsize=16)
def window_sum(n_grains: int, grain_size: int, hop: int) -> np.ndarray:
    """Sum [span] of the overlap-added windows of n_grains grains (OverlapAdd's normalisation)."""
    k, w, half = grain_size // hop, hann(grain_size), grain_size // 2
    out = np.zeros((n_grains + k - 1, hop), np.float32)
    for i, block in enumerate(w.reshape(k, hop)):
        out[i : i + n_grains] += block
    out = out.reshape(-1)
    out[:half] += 1.0 - w[:half]                                    # the first grain's flat left half
    last = (n_grains - 1) * hop
    out[last + half : last + grain_size] += 1.0 - w[half:]          # the last grain's flat right half
    out.flags.writeable = False
    return out


# ---------------------------------------------------------------------------------------------- networks
def _np(t) -> np.ndarray:
    return t.detach().cpu().float().numpy().copy()


class NoiseRenderer:
    """NoiseDecoder's rendering in numpy: latents [grains, latent] (+ class weights [classes]) -> audio.

    Renders only a sound's audible grains: those after the last grain whose filtered noise is expected to
    reach `floor` RMS are left silent (a sampled hit's tail is often digital silence, and would cost as
    much as the rest).
    """

    def __init__(self, decoder: NoiseDecoder, bank_rows: int = 2048, floor: float = 1e-5, chunk: int = 1024):
        net = list(decoder.net)
        # [(weight.T, bias, LayerNorm gain, LayerNorm bias)] per hidden layer: Linear, LayerNorm, LeakyReLU(0.2).
        self.layers = [(_np(net[i].weight).T.copy(), _np(net[i].bias), _np(net[i + 1].weight), _np(net[i + 1].bias))
                       for i in range(0, len(net), 3)]
        self.ln_eps = net[1].eps
        self.out_w, self.out_b = _np(decoder.out.weight).T.copy(), _np(decoder.out.bias)
        self.n_bands, self.n_classes, self.envelope = decoder.n_bands, decoder.n_classes, decoder.envelope
        self.noise_layers = decoder.noise_layers   # grains sum this many filtered noises (NoiseDecoder)
        self.max_decay, self.grain_size, self.hop = decoder.MAX_DECAY, decoder.grain_size, decoder.hop
        self.mel = decoder.mel
        if self.mel:
            self.band_low = decoder.band_low.numpy()
            self.band_weight = _np(decoder.band_weight)
            self.pair_weights = band_pair_weights(self.band_low, self.n_bands)
        self.bank = noise_bank(bank_rows, self.grain_size)
        self.floor, self.chunk = floor, chunk

    def band_params(self, z: np.ndarray, onehot: np.ndarray | None) -> tuple[np.ndarray, np.ndarray | None]:
        """z [grains, latent], onehot [classes] or None -> (band values before exp_sigmoid [grains, layers,
        n_bands], decay rates [grains, layers] or None)."""
        if self.n_classes:
            cls = np.zeros(self.n_classes, np.float32) if onehot is None else onehot
            z = np.concatenate([z, np.broadcast_to(cls, (len(z), self.n_classes))], axis=1)
        x = z
        for w, b, gain, bias in self.layers:
            x = x @ w + b
            x -= x.mean(-1, keepdims=True)
            x *= gain / np.sqrt((x * x).mean(-1, keepdims=True) + self.ln_eps)
            x += bias
            np.maximum(x, 0.2 * x, out=x)
        out = x @ self.out_w + self.out_b
        split = self.noise_layers * self.n_bands
        decay = self.max_decay * sigmoid(out[:, split:]) if self.envelope else None
        return out[:, :split].reshape(len(out), self.noise_layers, self.n_bands), decay

    def magnitudes(self, bands: np.ndarray) -> np.ndarray:
        """Band values [..., n_bands] -> filter magnitudes [..., bins]."""
        if self.mel:
            low = bands[..., self.band_low]
            bands = low + (bands[..., self.band_low + 1] - low) * self.band_weight
        return exp_sigmoid(bands)

    def grains(self, z: np.ndarray, onehot: np.ndarray | None, rng: np.random.Generator) -> np.ndarray:
        """Filtered noise grains [grains, samples], not yet windowed; silent (zeros) after the audible ones.

        Noise rows are drawn grain by grain, so rendering fewer grains gives exactly the leading grains
        of a longer render with the same generator state.
        """
        bands, decay = self.band_params(z, onehot)
        if self.mel:   # bound first: only grains that may be audible are interpolated to bins
            bound = _layer_sum(rms_upper_bound(exp_sigmoid(bands), self.pair_weights))
            bands = bands[: last_at_least(bound, 0.999 * self.floor)]
        magnitudes = self.magnitudes(bands)
        n = last_at_least(_layer_sum(noise_rms(magnitudes)), self.floor)
        out = np.zeros((len(z), self.grain_size), np.float32)
        if n:
            spectra = self.bank[rng.integers(len(self.bank), size=(n, self.noise_layers))]
            spectra *= magnitudes[:n]
            layers = np.fft.irfft(spectra, self.grain_size)
            if decay is not None:
                layers *= decay_envelope(decay[:n], self.grain_size)
            layers.sum(1, out=out[:n])   # into the output: no temporary for the sum on sample_note's path
        return out

    def render(self, z: np.ndarray, onehot: np.ndarray | None, rng: np.random.Generator) -> np.ndarray:
        """Latent path [grains, latent] -> audio [(grains - 1) * hop + grain_size], a chunk of grains at a time."""
        ola = OverlapAdd(len(z), self.grain_size, self.hop)
        for first in range(0, len(z), self.chunk):
            ola.add(first, self.grains(z[first : first + self.chunk], onehot, rng))
        return ola.result()


class PathDecoder:
    """PathVAE.decode in numpy: a point e [embed] (+ class weights [classes]) -> latent path [n_steps, latent]."""

    def __init__(self, embedding: PathVAE):
        rnn = embedding.dec_rnn
        self.layers = [(_np(getattr(rnn, f"weight_ih_l{i}")).T.copy(), _np(getattr(rnn, f"bias_ih_l{i}")),
                        _np(getattr(rnn, f"weight_hh_l{i}")).T.copy(), _np(getattr(rnn, f"bias_hh_l{i}")))
                       for i in range(rnn.num_layers)]
        self.hidden = rnn.hidden_size
        self.init_w, self.init_b = _np(embedding.dec_init.weight).T.copy(), _np(embedding.dec_init.bias)
        self.out_w, self.out_b = _np(embedding.dec_out.weight).T.copy(), _np(embedding.dec_out.bias)
        self.time = _np(embedding.time)
        self.n_classes, self.n_steps, self.latent_dim = embedding.n_classes, embedding.n_steps, embedding.latent_dim
        self.embed_dim = embedding.embed_dim

    def decode(self, e: np.ndarray, onehot: np.ndarray | None) -> np.ndarray:
        """e [embed], onehot [classes] or None -> path [n_steps, latent]."""
        cond = e if not self.n_classes else np.concatenate([e, np.zeros(self.n_classes, np.float32) if onehot is None else onehot])
        h0 = np.tanh(cond @ self.init_w + self.init_b).reshape(len(self.layers), self.hidden)
        x = np.concatenate([np.broadcast_to(cond, (len(self.time), len(cond))), self.time], axis=1)
        for (w_ih, b_ih, w_hh, b_hh), h in zip(self.layers, h0):
            x = self._gru(x @ w_ih + b_ih, w_hh, b_hh, h)
        return (x @ self.out_w + self.out_b).reshape(-1, self.latent_dim)[: self.n_steps]

    def _gru(self, gi: np.ndarray, w_hh: np.ndarray, b_hh: np.ndarray, h: np.ndarray) -> np.ndarray:
        """One GRU layer (torch.nn.GRU's gate order r, z, n): input projections gi [steps, 3 hidden] -> outputs [steps, hidden]."""
        hs, out = self.hidden, np.empty((len(gi), self.hidden), np.float32)
        for t, g in enumerate(gi):
            gh = h @ w_hh + b_hh
            r, u = sigmoid(g[: 2 * hs] + gh[: 2 * hs]).reshape(2, hs)
            n = np.tanh(g[2 * hs :] + r * gh[2 * hs :])
            h = out[t] = n + u * (h - n)
        return out
