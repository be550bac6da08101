"""Live synthesis: GrainStream against the offline decoder, and real-time audio with no sound card.

JACK's dummy backend (jackd2) runs its clock in real time without hardware, so a sounddevice output
stream on it is driven exactly as a sound card would drive it; underruns are counted by PortAudio
(our callback) and by jackd (its XRun log lines).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from granular_vae.realtime import GrainStream
from oscclient import OscClient, running_server

# One JACK period = one grain hop (512 frames at 44.1 kHz = 256 at the model's 22.05 kHz): the control
# latency the live stream promises. At 256 frames the callback's 5.8 ms deadline was missed in ~4 of 10
# runs on a slow shared host (a grain decoded cold in the callback took up to 5.8 ms).
RATE, PERIOD = 44100, 512


def test_streaming_equals_offline_decoding_after_the_first_grain(synth):
    path = np.stack([synth.xy_to_latent(x, 0.5 * x) for x in np.linspace(-1, 1, 30)])
    streamed = GrainStream(synth, "kick", seed=11).render(path)
    offline = synth.decode(path, "kick", seed=11)
    assert streamed.shape == (len(path) * synth.hop,)
    ramp = synth.grain_size - synth.hop  # the stream starts without the overlap of earlier grains
    np.testing.assert_allclose(streamed[ramp:], offline[ramp:len(streamed)], atol=1e-6)


def test_a_new_latent_is_heard_from_the_next_hop(synth):
    quiet = np.full(synth.latent_dim, -3.0, np.float32)
    a, b = GrainStream(synth, None, seed=1), GrainStream(synth, None, seed=1)
    za, zb = synth.xy_to_latent(-1, -1), synth.xy_to_latent(1, 1)
    for _ in range(8):
        np.testing.assert_array_equal(a.next_hop(za), b.next_hop(za))
    assert not np.array_equal(a.next_hop(za), b.next_hop(zb)), "the change must reach the very next hop"
    tail = a.flush()
    assert tail.shape == (synth.grain_size - synth.hop,) and not a.flush().any()
    assert np.isfinite(GrainStream(synth).next_hop(quiet)).all()


def test_missing_portaudio_gives_a_clear_message(tiny_checkpoint, tmp_path):
    """With PortAudio not found, `ngs serve --audio` explains what to install; without --audio it is not needed."""
    code = ("import ctypes.util, sys; ctypes.util.find_library = lambda name: None; "
            "from granular_vae.cli import main; sys.exit(main(sys.argv[1:]))")
    r = subprocess.run([sys.executable, "-c", code, "serve", "--audio", "--checkpoint", str(tiny_checkpoint),
                        "--port", "0", "--out-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "audio output needs the PortAudio library" in r.stderr and "libportaudio2" in r.stderr
    # importing the server never imports sounddevice
    r = subprocess.run([sys.executable, "-c", "import sys, osc_server.server, osc_server.cli; "
                        "sys.exit('sounddevice' in sys.modules)"], timeout=60)
    assert r.returncode == 0


# ------------------------------------------------------------------------------------------------ JACK dummy

@pytest.fixture(scope="module")
def jack(tmp_path_factory):
    """A private jackd on the dummy backend -> (server name, its log file). Realtime scheduling when allowed."""
    if shutil.which("jackd") is None:
        pytest.skip("jackd (jackd2) not installed; scripts/test installs it")
    name = f"ngs-test-{os.getpid()}"
    log = tmp_path_factory.mktemp("jack") / "jackd.log"
    env = {**os.environ, "JACK_NO_AUDIO_RESERVATION": "1"}
    for mode in (["-R", "-P", "70"], ["-r"]):  # realtime first; containers without rtprio fall back
        with open(log, "w") as f:
            proc = subprocess.Popen(["jackd", "-n", name, *mode, "-d", "dummy", "-r", str(RATE), "-p", str(PERIOD)],
                                    stdout=f, stderr=subprocess.STDOUT, env=env)
        time.sleep(1.5)
        if proc.poll() is None:
            break
    else:
        pytest.skip(f"jackd would not start: {log.read_text()}")
    # jackd -R carries on without realtime scheduling when it is not permitted, saying so in its log
    realtime = mode[0] == "-R" and not re.search(r"Cannot use real-time|RealTime error", log.read_text())
    yield name, log, realtime
    if "sounddevice" in sys.modules:  # let PortAudio leave JACK while jackd is still there to answer
        sd = sys.modules["sounddevice"]
        while sd._initialized:
            sd._terminate()
    proc.terminate()
    proc.wait(10)
    if "sounddevice" in sys.modules:
        sys.modules["sounddevice"]._initialize()


def xruns(log: Path) -> int:
    return len(re.findall(r"XRun", log.read_text()))


def stolen_ms() -> float | None:
    """CPU time the hypervisor gave to other guests ("steal" in /proc/stat, all CPUs), in ms; None off Linux."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) * 1000.0 / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


@pytest.fixture
def engine(jack, synth, monkeypatch):
    monkeypatch.setenv("JACK_DEFAULT_SERVER", jack[0])
    from osc_server.stream import import_sounddevice, AudioEngine

    sd = import_sounddevice()
    sd._terminate()   # PortAudio lists devices once, at initialisation: list them again now that jackd runs
    sd._initialize()
    e = AudioEngine(synth, "system")
    e.start()
    yield e
    e.close()


def test_live_stream_runs_in_real_time_without_underruns(engine, synth, jack):
    assert engine.rate == RATE
    time.sleep(0.3)
    xruns0, blocks0, under0, stolen0 = xruns(jack[1]), engine.blocks, engine.underruns, stolen_ms()
    t0 = time.monotonic()
    engine.stream_start(synth.class_index("kick"))
    peaks = []
    for i in range(60):  # 3 s of an x/y gesture at 20 Hz
        engine.stream_z(synth.xy_to_latent(np.sin(i / 6), np.cos(i / 9)))
        time.sleep(0.05)
        peaks.append(engine.peak)
    elapsed = time.monotonic() - t0
    blocks = engine.blocks - blocks0
    assert blocks == pytest.approx(elapsed * RATE / PERIOD, rel=0.05), "the dummy clock drives the stream in real time"
    assert max(peaks) > 0 and np.isfinite(peaks).all()
    underruns = engine.underruns - under0, xruns(jack[1]) - xruns0
    load, stolen1 = os.getloadavg()[0], stolen_ms()
    stolen = None if stolen0 is None or stolen1 is None else stolen1 - stolen0
    engine.stream_stop()
    time.sleep(0.2)
    assert not engine.streaming and engine.peak == 0.0
    engine.play(np.full(RATE, 0.25, np.float32), RATE)
    time.sleep(0.1)
    assert engine.peak == pytest.approx(0.25)
    if underruns != (0, 0) and not jack[2]:
        pytest.xfail(f"jackd without realtime scheduling here: {underruns} underflows/xruns")
    if underruns != (0, 0) and load > (os.cpu_count() or 1):
        # other programs keep every core busy; no Python audio thread can promise deadlines then
        pytest.xfail(f"{underruns} underflows/xruns with the machine overloaded (load {load:.1f} on {os.cpu_count()} cores)")
    if underruns != (0, 0) and stolen:
        # a virtual machine whose host ran other guests on our cores: no program inside can meet deadlines then
        pytest.xfail(f"{underruns} underflows/xruns while the hypervisor took {stolen:.0f} ms of CPU (steal time)")
    assert underruns == (0, 0), f"PortAudio underflows, jackd xruns: {underruns} (load {load:.1f}, steal {stolen} ms)"


def test_play_right_after_buffer_never_misses_it(engine, synth, tmp_path, monkeypatch):
    # The worker resamples a buffer for /play after replying; a slow resampling must not open a window in
    # which a /play sent on receipt of /buffer finds no buffer.
    resample = engine.to_device_rate
    monkeypatch.setattr(engine, "to_device_rate", lambda audio, sr: (time.sleep(0.3), resample(audio, sr))[1])
    with running_server(synth, tmp_path / "out", audio=engine) as server:
        c = OscClient(server.address)
        for track in (1, 2):
            assert c.ask("/sample_note", track, "kick")[0] == "/buffer"
            c.send("/play", track)
            assert c.ask("/ping") == ("/pong", [])
        c.close()


def test_server_audio_addresses_over_osc(engine, synth, tmp_path):
    with running_server(synth, tmp_path / "out", audio=engine) as server:
        c = OscClient(server.address)
        assert c.ask("/stream/xy", 0.1, 0.2) == ("/error", ["/stream/xy", "no stream running; send /stream/start first"])
        assert c.ask("/play", 3) == ("/error", ["/play", "track 3 has no buffer yet"])
        assert c.ask("/sample_note", 3, "snare")[0] == "/buffer"
        c.send("/play", 3)   # at once: the buffer is playable before its /buffer reply leaves
        assert c.ask("/ping") == ("/pong", [])
        c.send("/stream/start", "hat")
        for i in range(20):
            c.send("/stream/xy", float(np.sin(i)), float(np.cos(i)))
            time.sleep(0.02)
        c.send("/stream/z", *[0.1] * synth.latent_dim)
        time.sleep(0.2)
        status = c.ask("/status")[1]
        assert status[7:9] == [1, 1], "audio on and streaming"
        c.send("/stream/stop")
        time.sleep(0.2)
        assert c.ask("/status")[1][8] == 0
        assert c.ask("/stream/stop") == ("/error", ["/stream/stop", "no stream running; send /stream/start first"])
