"""The Pd drum machine against a running `ngs serve`: headless Pd (the real patch, in its autotest mode)
asks for a buffer on each of the 8 tracks through the track buttons, loads every reply into the track's
array with [soundfiler], and prints the sample counts, which must match the server's files."""
from __future__ import annotations

import re
import select
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import soundfile as sf

PATCH = Path(__file__).resolve().parent.parent / "max_patches" / "neural_drum_machine.pd"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("pd") is None, reason="Pure Data (pd) not installed")]


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tiny_checkpoint, tmp_path):
    port, reply_port = free_udp_port(), free_udp_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "granular_vae.cli", "serve", "--checkpoint", str(tiny_checkpoint), "--port", str(port),
         "--reply-port", str(reply_port), "--out-dir", str(tmp_path / "buffers")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)  # the line is printed once the socket is bound
        line = proc.stdout.readline() if ready else "(nothing within 120 s)"
        assert "listening on udp" in line, line
        yield port, reply_port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_pd_loads_a_buffer_on_every_track(server, synth):
    port, reply_port = server
    run = subprocess.run(
        ["pd", "-nogui", "-nosound", "-noprefs", "-stderr", "-open", str(PATCH),
         "-send", f"ngs-ports {port} {reply_port}", "-send", "ngs-autotest bang"],
        capture_output=True, text=True, timeout=90)
    log = run.stdout + run.stderr
    assert "ngs-autotest: done 8" in log, log
    buffers = {int(t): (Path(p), int(n), int(sr))
               for t, p, n, sr in re.findall(r"^ngs-buffer: (\d+) (\S+) (\d+) (\d+)$", log, re.M)}
    loaded = {int(t): int(n) for t, n in re.findall(r"^ngs-loaded: (\d+) (\d+)$", log, re.M)}
    assert sorted(buffers) == sorted(loaded) == list(range(1, 9))
    for track, (path, n, sr) in buffers.items():
        info = sf.info(path)
        assert loaded[track] == n == info.frames > 0   # what soundfiler read is the whole file
        assert sr == info.samplerate == 44100
    assert re.search(r"^ngs-classes: " + re.escape(" ".join(synth.classes)) + "$", log, re.M)
    assert "ngs-error" not in log, log  # no /error from the server


def test_pd_sends_requests_the_server_accepts():
    """Without a model: what the patch puts on the wire parses cleanly with the server's own validator."""
    from osc_server.protocol import Context, decode_packet, parse_request

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(3.0)
        pd = subprocess.Popen(["pd", "-nogui", "-nosound", "-noprefs", "-open", str(PATCH),
                               "-send", f"ngs-ports {sock.getsockname()[1]} {free_udp_port()}",
                               "-send", "ngs-autotest bang"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        messages = []
        try:
            while len(messages) < 10:  # bounded: recvfrom times out after 3 s of silence
                messages += decode_packet(sock.recvfrom(65536)[0])
        finally:
            pd.kill()
            pd.wait()
    ctx = Context(classes=tuple(f"c{i}" for i in range(8)), latent_dim=8, allowed_dirs=())
    requests = [parse_request(m, ctx) for m in messages]  # raises ProtocolError on anything malformed
    assert [r.address for r in requests[:2]] == ["/ping", "/classes"]
    assert {(r.address, r.args["track"], r.args["class"]) for r in requests[2:]} == {
        ("/sample_note" if t % 2 else "/sample_path", t, t - 1) for t in range(1, 9)}


def test_pd_sequencer_asks_for_a_fresh_hit_on_the_steps_of_fresh_tracks():
    """Play with 'fresh' on for track 1 only: its steps (1000000010100000 at 120 BPM: 3 hits per 2 s bar)
    each send /sample_note 1; the other tracks' steps play their arrays and send nothing."""
    from osc_server.protocol import decode_packet

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(0.2)
        pd = subprocess.Popen(["pd", "-nogui", "-nosound", "-noprefs", "-open", str(PATCH),
                               "-send", f"ngs-ports {sock.getsockname()[1]} {free_udp_port()}",
                               "-send", "ngs-fresh-1 1", "-send", "ngs-play 1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        notes = []
        deadline = time.monotonic() + 30
        try:
            while len(notes) < 6 and time.monotonic() < deadline:  # two bars
                try:
                    messages = decode_packet(sock.recvfrom(65536)[0])
                except socket.timeout:
                    continue
                notes += [m for m in messages if m.address not in ("/ping", "/classes")]
        finally:
            pd.kill()
            pd.wait()
    assert len(notes) >= 6
    assert {(m.address, m.args[0]) for m in notes} == {("/sample_note", 1)}
