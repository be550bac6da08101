"""The server's own audio output (`ngs serve --audio`): /play voices and the live grain stream.

One sounddevice output stream runs at the device's rate. Its callback mixes the playing buffers and,
while a live stream runs, decodes grains on demand (`granular_vae.realtime.GrainStream`): it makes
just enough hops to fill each block, reading the current latent for every hop, so a /stream/xy is
heard one grain hop later. sounddevice (and PortAudio) is imported only here, only when audio is on.
"""
from __future__ import annotations

import logging
import sys
import threading
from typing import Any

import numpy as np
import soxr

from granular_vae.realtime import GrainStream

log = logging.getLogger(__name__)
MAX_VOICES = 32


class AudioUnavailable(RuntimeError):
    """No audio output: PortAudio or sounddevice missing, or no usable device."""


def import_sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as e:  # sounddevice raises OSError when the PortAudio shared library is missing
        raise AudioUnavailable(
            f"audio output needs the PortAudio library ({e}); install it (Debian/Ubuntu: apt install "
            "libportaudio2, Fedora: dnf install portaudio) or run without --audio") from None
    except ImportError as e:
        raise AudioUnavailable(f"audio output needs the sounddevice package ({e}): pip install sounddevice") from None
    return sounddevice


class AudioEngine:
    """A mono output stream mixing one-shot voices and an optional live grain stream."""

    def __init__(self, synth: Any, device: str | int | None = None):
        sd = import_sounddevice()
        try:
            info = sd.query_devices(device, "output")
            self.rate = int(info["default_samplerate"])
            self.device_name = str(info["name"])
            # One grain hop of output buffering: the control latency the live stream promises anyway, and
            # room for a grain decoded in the callback (up to ~4 ms on a slow shared CPU) where a device's
            # "low" setting can leave 3-6 ms. JACK ignores it and uses its own period (jackd -p).
            latency = max(float(info["default_low_output_latency"]), synth.hop / synth.sample_rate)
            self._stream = sd.OutputStream(samplerate=self.rate, channels=1, dtype="float32", device=device,
                                           latency=latency, callback=self._callback)
        except (sd.PortAudioError, ValueError) as e:
            raise AudioUnavailable(f"cannot open audio output {device if device is not None else '(default)'}: {e}") from None
        self.synth = synth
        self.underruns = 0        # PortAudio output underflows reported to the callback
        self.blocks = 0           # callbacks served
        self.peak = 0.0           # peak level of the last block, for monitoring
        self._lock = threading.Lock()
        self._voices: list[list[Any]] = []     # [audio at self.rate, read position]
        self._grains: GrainStream | None = None
        self._resampler: Any = None
        self._pending = np.zeros(0, dtype=np.float32)  # streamed samples made but not yet played
        self._z: np.ndarray | None = None
        self._stopping = False

    def start(self) -> None:
        # The callback needs the GIL within one audio block; by default a busy thread keeps it for 5 ms.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.0002))
        if not self._stream.active:
            self._stream.start()

    def close(self) -> None:
        if not self._stream.closed:
            self._stream.stop()
            self._stream.close()
        self._grains = self._resampler = None

    # ------------------------------------------------------------------ controls (any thread)
    def play(self, audio: np.ndarray, sr: int) -> None:
        """Start a one-shot voice; audio float32 [samples] at sr (at self.rate, see to_device_rate, it is not copied)."""
        voice = self.to_device_rate(audio, sr)   # outside the lock: the audio callback takes it too
        with self._lock:
            self._voices.append([voice, 0])
            del self._voices[:-MAX_VOICES]

    def to_device_rate(self, audio: np.ndarray, sr: int) -> np.ndarray:
        """float32 audio [samples] at sr -> the same at the device's rate."""
        if sr == self.rate:
            return np.asarray(audio, dtype=np.float32)
        return soxr.resample(audio, sr, self.rate)   # float32 in, float32 out

    @property
    def streaming(self) -> bool:
        return self._grains is not None and not self._stopping

    def stream_start(self, cls: int | None) -> None:
        """(Re)start the live stream at the centre of the 2-D map."""
        grains = GrainStream(self.synth, cls)
        resampler = soxr.ResampleStream(self.synth.sample_rate, self.rate, 1, dtype="float32") if self.rate != self.synth.sample_rate else None
        with self._lock:
            self._z = self.synth.xy_to_latent(0.0, 0.0)
            self._grains, self._resampler, self._stopping = grains, resampler, False
            self._pending = np.zeros(0, dtype=np.float32)

    def stream_z(self, z: np.ndarray | list[float]) -> None:
        self._z = np.asarray(z, dtype=np.float32)  # one reference swap: the callback sees old or new, never half

    def stream_stop(self) -> None:
        self._stopping = True

    # ------------------------------------------------------------------ the audio thread
    def _stream_block(self, frames: int) -> np.ndarray:
        """The next `frames` samples of the live stream (device rate), decoding grains as needed."""
        grains, pending = self._grains, self._pending
        while len(pending) < frames and grains is not None:
            if self._stopping:
                hop, grains = grains.flush(), None
            else:
                hop = grains.next_hop(self._z)
            if self._resampler is not None:
                hop = self._resampler.resample_chunk(hop, last=grains is None)
            pending = np.concatenate([pending, hop])
        if grains is None:
            self._grains = None
        out = np.zeros(frames, dtype=np.float32)
        n = min(frames, len(pending))
        out[:n] = pending[:n]
        self._pending = pending[n:]
        return out

    def _callback(self, outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        if status.output_underflow:
            self.underruns += 1
        with self._lock:
            out = self._stream_block(frames) if (self._grains is not None or len(self._pending)) else np.zeros(frames, np.float32)
            for voice in self._voices:
                audio, pos = voice
                n = min(frames, len(audio) - pos)
                out[:n] += audio[pos:pos + n]
                voice[1] = pos + n
            self._voices = [v for v in self._voices if v[1] < len(v[0])]
        outdata[:, 0] = out
        self.peak = float(np.abs(out).max()) if frames else 0.0
        self.blocks += 1
