"""Benchmark the live grain stream (`/stream/*` with `ngs serve --audio`) with no sound card.

Starts a private jackd on the dummy backend (its clock runs in real time), serves the model in this
process with an AudioEngine on it, and drives the stream over UDP with /stream/xy at 100 Hz for
--seconds, half of the time while another client keeps the synthesis worker busy with /sample_note.
Reports:
  underruns        PortAudio output underflows seen by the callback, and jackd XRun log lines
  control latency  /stream/xy sent -> first grain decoded from it (p50/p99), plus the output
                   latency PortAudio reports for the device
  callback time    p50/p99/max of the audio callback, against the block period

    python benchmarks/bench_server_stream.py [--checkpoint PATH] [--period 512] [--seconds 10]
"""
from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

import numpy as np

from osc_server.protocol import encode as msg  # the same python-osc encoding the server replies with

RATE = 44100


def start_jack(name: str, period: int, log: str) -> tuple[subprocess.Popen, bool]:
    env = {**os.environ, "JACK_NO_AUDIO_RESERVATION": "1"}
    for mode in (["-R", "-P", "70"], ["-r"]):
        proc = subprocess.Popen(["jackd", "-n", name, *mode, "-d", "dummy", "-r", str(RATE), "-p", str(period)],
                                stdout=open(log, "w"), stderr=subprocess.STDOUT, env=env)
        time.sleep(1.5)
        if proc.poll() is None:  # -R carries on without realtime scheduling when not permitted, saying so
            return proc, mode[0] == "-R" and not re.search(r"Cannot use real-time|RealTime error", open(log).read())
    raise SystemExit(f"jackd would not start: {open(log).read()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", default=None, help="model file (default: the bundled one)")
    ap.add_argument("--period", type=int, default=512,
                    help="JACK period in frames (default 512 = 11.6 ms at 44.1 kHz, one grain hop: the control latency "
                         "the stream promises; 256 = 5.8 ms leaves less room than a cold grain decode can take)")
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--threads", type=int, default=1, help="model CPU threads")
    args = ap.parse_args()
    if shutil.which("jackd") is None:
        raise SystemExit("needs jackd (Debian: apt install jackd2)")
    import torch
    torch.set_num_threads(args.threads)

    name = f"ngs-bench-{os.getpid()}"
    fd, log = tempfile.mkstemp(suffix=".jackd.log")
    os.close(fd)
    jack, realtime = start_jack(name, args.period, log)
    # A leaked jackd keeps real-time priority and skews every later measurement: stop it on any exit.
    atexit.register(lambda: jack.poll() is None and jack.terminate())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.environ["JACK_DEFAULT_SERVER"] = name
    from granular_vae import Synth
    from osc_server.server import Server
    from osc_server.stream import AudioEngine

    class TimedEngine(AudioEngine):
        """Records when each latent is first decoded and how long each callback takes."""

        def __init__(self, *a):
            self.first_use: dict[int, tuple[float, object]] = {}
            self.callback_s: list[float] = []
            super().__init__(*a)

        def _callback(self, *a):
            t = time.perf_counter()
            super()._callback(*a)
            self.callback_s.append(time.perf_counter() - t)

        def _stream_block(self, frames):
            z = self._z
            self.first_use.setdefault(id(z), (time.perf_counter(), z))  # keeps z alive: ids stay unique
            return super()._stream_block(frames)

    synth = Synth.load(args.checkpoint)
    engine = TimedEngine(synth, "system")
    server = Server(synth, port=0, reply_port=0, out_dir=tempfile.mkdtemp(prefix="ngs-bench-stream-"), audio=engine)
    server.start()
    time.sleep(0.5)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.sendto(msg("/stream/start", "hat"), server.address)
    time.sleep(0.5)
    xruns0, under0 = len(re.findall("XRun", open(log).read())), engine.underruns
    engine.callback_s.clear()

    stop = threading.Event()

    def load() -> None:
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.bind(("127.0.0.1", 0))
        c.settimeout(0.2)
        seed = 0
        while not stop.is_set():
            # A new seed every time: rendered on demand (a repeated seed would come from RecentRenders).
            seed += 1
            c.sendto(msg("/sample_note", 2, "kick", 1.0, seed), server.address)
            try:
                c.recv(65536)
            except socket.timeout:
                pass

    sent: list[tuple[object, float]] = []
    loader = None
    t_end = time.perf_counter() + args.seconds
    i = 0
    while time.perf_counter() < t_end:
        if loader is None and time.perf_counter() > t_end - args.seconds / 2:
            under_half = engine.underruns - under0  # the first half ran without synthesis requests
            loader = threading.Thread(target=load, daemon=True)
            loader.start()
        t = time.perf_counter()
        sock.sendto(msg("/stream/xy", float(np.sin(i / 20)), float(np.cos(i / 33))), server.address)
        time.sleep(0.002)  # the receiver sets engine._z; remember which object it is
        sent.append((engine._z, t))
        i += 1
        time.sleep(max(0.0, 0.01 - (time.perf_counter() - t)))
    stop.set()
    time.sleep(0.3)
    used = engine.first_use
    lat = np.array([used[id(z)][0] - t for z, t in sent if id(z) in used and used[id(z)][0] >= t]) * 1e3
    cb = np.array(engine.callback_s) * 1e3
    result = {
        "jack_realtime": realtime, "period_frames": args.period, "period_ms": round(args.period / RATE * 1e3, 2),
        "seconds": args.seconds, "xy_messages": len(sent),
        "underruns_portaudio": engine.underruns - under0,
        "underruns_first_half_no_requests": under_half,
        "xruns_jackd": len(re.findall("XRun", open(log).read())) - xruns0,
        "control_latency_ms": {"p50": round(float(np.percentile(lat, 50)), 2), "p99": round(float(np.percentile(lat, 99)), 2),
                               "n": int(len(lat))},
        "output_latency_ms": round(engine._stream.latency * 1e3, 2),
        "grain_hop_ms": round(synth.hop / synth.sample_rate * 1e3, 2),
        "callback_ms": {"p50": round(float(np.percentile(cb, 50)), 3), "p99": round(float(np.percentile(cb, 99)), 3),
                        "max": round(float(cb.max()), 3), "n": int(len(cb))},
        "loadavg": os.getloadavg(),
    }
    server.close()
    import sounddevice as sd
    while sd._initialized:
        sd._terminate()
    jack.terminate()
    jack.wait(10)
    os.remove(log)
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
