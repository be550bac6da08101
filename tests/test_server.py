"""The OSC server through real UDP sockets with python-osc: every address, every reply, every error class."""
from __future__ import annotations

import os
import random
import re
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder

from oscclient import OscClient, build, free_port, running_server, udp_socket
from osc_server.protocol import ADDRESSES, MAX_INPUT_BYTES, TRACK_MAX

OUT_SR = 44100


@pytest.fixture
def allowed(tmp_path: Path, kick) -> Path:
    d = tmp_path / "inputs"
    d.mkdir()
    sf.write(d / "kick.wav", kick[0], kick[1])
    return d


@pytest.fixture
def server(synth, tmp_path: Path, allowed: Path):
    with running_server(synth, tmp_path / "out", allow_dirs=(allowed,), keep=4) as s:
        yield s


@pytest.fixture
def client(server):
    c = OscClient(server.address)
    yield c
    c.close()


def read_buffer(reply: tuple[str, list], track: int) -> np.ndarray:
    address, (t, path, n, sr) = reply
    assert (address, t, sr) == ("/buffer", track, OUT_SR)
    audio, file_sr = sf.read(path, dtype="float32")
    assert file_sr == OUT_SR and len(audio) == n, "the file must be complete when /buffer arrives"
    assert np.isfinite(audio).all() and np.abs(audio).max() > 0
    return audio


def test_control_addresses(client, server, synth):
    assert client.ask("/ping") == ("/pong", [])
    assert client.ask("/classes") == ("/classes", synth.classes)
    address, status = client.ask("/status")
    assert address == "/status"
    assert status == [str(synth.path), synth.sample_rate, OUT_SR, 0, server.jobs.size, 0, 0, 0, 0, 0]


def test_sample_note_returns_a_complete_one_second_wav(client, synth):
    audio = read_buffer(client.ask("/sample_note", 3, "kick"), 3)
    assert len(audio) == round(synth.note_length * OUT_SR / synth.sample_rate)
    read_buffer(client.ask("/sample_note", 3, 4.0, 0.5), 3)  # class by index, as a Pd float
    assert client.ask("/status")[1][5] == 2  # served


def test_buffers_at_the_model_rate_are_the_model_output_itself(synth, tmp_path):
    with running_server(synth, tmp_path / "out", out_sr=synth.sample_rate) as server:
        _, (track, path, n, sr) = OscClient(server.address).ask("/sample_note", 1, "kick", 0.5, 77)
    audio, file_sr = sf.read(path, dtype="float32")
    assert (sr, file_sr, n) == (synth.sample_rate, synth.sample_rate, synth.note_length)
    np.testing.assert_array_equal(audio, synth.sample_note("kick", temperature=0.5, seed=77))


def test_vary_is_a_variation_of_the_file_from_the_model(synth, tmp_path, allowed):
    with running_server(synth, tmp_path / "out", out_sr=synth.sample_rate, allow_dirs=(allowed,)) as server:
        client = OscClient(server.address)
        _, (_, path, n, _) = client.ask("/vary", 2, str(allowed / "kick.wav"), "kick", 0.4, 5)
        _, (_, other, _, _) = client.ask("/vary", 2, str(allowed / "kick.wav"))   # no class, T 0.3, unseeded
        client.close()
    audio, sr = sf.read(allowed / "kick.wav", dtype="float32")
    expected = synth.vary(synth.embed(audio, sr, "kick"), "kick", temperature=0.4, seed=5)
    np.testing.assert_array_equal(sf.read(path, dtype="float32")[0], expected)
    assert n == synth.note_length and sf.info(other).frames == synth.note_length


def test_seeded_requests_repeat_and_unseeded_ones_are_fresh(client):
    a = read_buffer(client.ask("/sample_note", 1, "snare", 1.0, 1234), 1)
    b = read_buffer(client.ask("/sample_note", 2, "snare", 1.0, 1234), 2)
    np.testing.assert_array_equal(a, b)
    fresh = [read_buffer(client.ask("/sample_note", 1, "snare"), 1) for _ in range(3)]
    assert not np.array_equal(fresh[0], fresh[1]) and not np.array_equal(fresh[1], fresh[2])


def test_a_repeated_seeded_request_is_rendered_once(synth, tmp_path):
    class Counting:
        """The model, counting sample_note calls."""

        def __init__(self, inner):
            self.inner, self.calls = inner, 0

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def sample_note(self, *args, **kwargs):
            self.calls += 1
            return self.inner.sample_note(*args, **kwargs)

    model = Counting(synth)
    with running_server(model, tmp_path / "out") as server:
        client = OscClient(server.address)
        replies = [client.ask("/sample_note", track, "snare", 1.0, 99) for track in (1, 2, 1)]
        other = read_buffer(client.ask("/sample_note", 1, "snare", 0.5, 99), 1)
        client.close()
    sounds = [read_buffer(r, t) for r, t in zip(replies, (1, 2, 1))]
    assert model.calls == 2  # the pattern's hit once, and the request with another temperature
    np.testing.assert_array_equal(sounds[0], sounds[2])
    assert len({r[1][1] for r in replies}) == 3, "every generation is a fresh file"
    assert not np.array_equal(sounds[0], other)


def test_sample_path_morph_and_resynthesis(client, synth, allowed, kick):
    path = read_buffer(client.ask("/sample_path", 4), 4)
    assert len(path) == pytest.approx(synth.note_length * OUT_SR / synth.sample_rate, rel=0.05)
    short = read_buffer(client.ask("/sample_path", 4, "hat", 20, 5), 4)
    assert len(short) == round((19 * synth.hop + synth.grain_size) * OUT_SR / synth.sample_rate)
    m0 = read_buffer(client.ask("/morph", 5, "kick", "snare", 0.0, 9), 5)
    m1 = read_buffer(client.ask("/morph", 5, "kick", "snare", 1.0, 9), 5)
    assert not np.array_equal(m0, m1)
    reply = client.ask("/resynthesis", 6, str(allowed / "kick.wav"))
    re1 = read_buffer(reply, 6)
    assert len(re1) == pytest.approx(len(kick[0]) * OUT_SR / kick[1], abs=2)
    re2 = read_buffer(client.ask("/resynthesis", 6, str(allowed / "kick.wav"), "kick", 2.0), 6)
    assert len(re2) == pytest.approx(2 * len(re1), abs=4)
    # A returned buffer can be fed back in: the output folder is always readable. (A loud one: the tiny
    # test model renders some of its quietest sampled hits' resyntheses below -100 dBFS, as silence.)
    read_buffer(client.ask("/resynthesis", 8, reply[1][1]), 8)


def test_bundles_are_unpacked(client):
    bundle = OscBundleBuilder(IMMEDIATELY)
    for address in ("/ping", "/classes", "/nope"):
        bundle.add_content(OscMessageBuilder(address).build())
    client.send_raw(bundle.build().dgram)
    assert [client.recv()[0] for _ in range(3)] == ["/pong", "/classes", "/error"]


def bad_inputs(d: Path) -> dict[str, str]:
    """Input files the server must refuse, by the error they should get."""
    with open(d / "huge.wav", "wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: costs no disk
    sf.write(d / "long.wav", np.zeros(8000 * 21, np.float32), 8000, subtype="PCM_16")
    sf.write(d / "empty.wav", np.zeros(0, np.float32), 22050)
    (d / "corrupt.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk" + os.urandom(200))
    (d / "folder.wav").mkdir()
    return {"huge.wav": "is too big", "long.wav": "is too long (21.0 s > 20 s)", "empty.wav": "holds no audio samples",
            "corrupt.wav": "cannot read audio from", "folder.wav": "is not a regular file", "missing.wav": "does not exist"}


def buffer_files(server) -> list[str]:
    """The output folder's files, less the temporary file made ahead for the next buffer (BufferStore.prepare)."""
    return sorted(f for f in os.listdir(server.buffers.out_dir) if not f.startswith(".next-"))


def test_every_error_class_gets_an_error_and_changes_nothing(client, server, allowed, tmp_path):
    client.ask("/sample_note", 1, "kick")
    before_files = buffer_files(server)
    before = client.ask("/status")[1]
    outside = tmp_path / "outside.wav"
    outside.write_bytes(b"x")
    (allowed / "escape.wav").symlink_to(outside)
    cases = [
        (("/nope",), "unknown address"),
        (("/sample_note", 1), "expects /sample_note"),
        (("/sample_note", "one", "kick"), "track must be an integer"),
        (("/sample_note", 1, "kick", float("nan")), "temperature must be finite"),
        (("/sample_note", TRACK_MAX + 1, "kick"), "track must be in"),
        (("/sample_path", 1, -1, 5000), "n_grains must be in"),
        (("/sample_note", 1, "banjo"), "unknown class 'banjo'"),
        (("/sample_note", 1, "k" * 60000), "unknown class 'kkk"),
        (("/resynthesis", 1, "/" + "a" * 60000), "is outside the allowed folders"),
        (("/morph", 1, "kick", -1, 0.5), "class_b needs a class"),
        (("/resynthesis", 1, "in.wav"), "must be an absolute path"),
        (("/resynthesis", 1, str(outside)), "is outside the allowed folders"),
        (("/resynthesis", 1, str(allowed / "escape.wav")), "is outside the allowed folders"),
        (("/resynthesis", 1, "/etc/passwd"), "is outside the allowed folders"),
        (("/play", 1), "audio output is off"),
        (("/stream/start",), "audio output is off"),
        (("/stream/xy", 0.0, 0.0), "audio output is off"),
    ]
    cases += [(("/resynthesis", 2, str(allowed / name)), message) for name, message in bad_inputs(allowed).items()]
    cases += [(("/vary", 2, str(outside)), "is outside the allowed folders"),
              (("/vary", 2, str(allowed / "corrupt.wav")), "cannot read audio from"),
              (("/vary", 2, str(allowed / "kick.wav"), "kick", -0.5), "temperature must be in")]
    for message, expected in cases:
        address, (where, text) = client.ask(*message)
        assert (address, where) == ("/error", message[0]), text
        assert expected in text, (message, text)
    long = "/" + "x" * 60000  # its /error repeats only the start of it, so the reply still fits a datagram
    address, (where, text) = client.ask(long)
    assert (address, where) == ("/error", long[:256]) and text.startswith("unknown address")
    client.send_raw(b"\x00\x01garbage")
    assert client.recv() == ("/error", ["?", "malformed OSC packet: not an OSC message or bundle"])
    after = client.ask("/status")[1]
    assert after[5] == before[5], "no request may have produced a buffer"
    assert after[6] == before[6] + len(cases) + 2, "each bad message counted one /error"
    assert buffer_files(server) == before_files
    assert client.ask("/ping") == ("/pong", [])


def test_model_errors_and_bugs_cost_one_error_not_the_worker(client, synth, monkeypatch):
    def refuse(*a, **k):
        raise ValueError("the model says no")

    monkeypatch.setattr(synth, "sample_path", refuse)
    assert client.ask("/sample_path", 1, -1, 10, 3) == ("/error", ["/sample_path", "synthesis failed: the model says no"])
    monkeypatch.setattr(synth, "sample_path", lambda *a, **k: {}["bug"])
    address, (where, text) = client.ask("/sample_path", 1, -1, 10, 3)
    assert (address, where) == ("/error", "/sample_path") and text.startswith("internal error (KeyError")
    read_buffer(client.ask("/sample_note", 1, "kick", 1.0, 3), 1)


def test_replies_go_to_the_reply_port_and_reply_to_moves_them(synth, tmp_path):
    listener = udp_socket()
    with running_server(synth, tmp_path / "out", reply_port=listener.getsockname()[1]) as server:
        sender = OscClient(server.address, listen=listener)   # sends from another port, like oscsend
        assert sender.ask("/ping") == ("/pong", [])
        other = udp_socket()
        assert OscClient(server.address, listen=other).ask("/reply_to", other.getsockname()[1]) == \
            ("/reply_to", [other.getsockname()[1]])
        reply = OscClient(server.address, listen=other).ask("/sample_note", 2, "hat")   # same IP: moved too
        assert reply[0] == "/buffer"
        own = OscClient(server.address)
        assert own.ask("/reply_to", 0) == ("/reply_to", [0])       # 0: back to each request's own port
        assert own.ask("/ping") == ("/pong", [])


def test_the_server_never_answers_itself(synth, tmp_path):
    with running_server(synth, tmp_path / "out") as server:
        own = server.address[1]
        server.reply_port = own              # a misconfiguration: replies to local senders reach the server
        c = OscClient(server.address)
        c.send("/classes")                   # its reply arrives back as a request with arguments: one /error
        c.send("/ping")                      # its /pong arrives back and is dropped
        time.sleep(0.5)
        assert server.errors == 1, "the /error sent to itself must not start a loop"
        assert c.ask("/reply_to", 0) == ("/reply_to", [0])
        assert c.ask("/reply_to", own) == ("/error", ["/reply_to", f"port {own} is this server's own port"])
        c.send_raw(build("/error", "/x", "echoed"))
        c.send_raw(build("/buffer", 1, "/tmp/x.wav", 1, 44100))
        assert c.ask("/ping") == ("/pong", [])   # the two replies above got no answer


def test_a_vanished_output_folder_gets_an_error(client, server):
    import shutil

    shutil.rmtree(server.buffers.out_dir)
    address, (where, text) = client.ask("/sample_note", 1, "kick", 1.0, 1)
    assert (address, where) == ("/error", "/sample_note") and text.startswith("cannot write the buffer in")
    server.buffers.out_dir.mkdir()
    read_buffer(client.ask("/sample_note", 1, "kick", 1.0, 1), 1)


def test_retention_keeps_the_newest_files_per_track_under_fresh_names(client, server):
    paths = [client.ask("/sample_note", 9, "kick")[1][1] for _ in range(7)]
    other = client.ask("/sample_note", 10, "kick")[1][1]
    assert len(set(paths)) == 7
    kept = sorted(p.name for p in server.buffers.out_dir.glob("t09-*.wav"))
    assert kept == sorted(Path(p).name for p in paths[-4:])
    assert Path(other).exists()
    hidden = [p.name for p in server.buffers.out_dir.glob(".*")]
    assert len(hidden) <= 1 and all(name.startswith(".next-") for name in hidden), \
        f"no temporary files left behind but the one made ahead for the next buffer: {hidden}"


def test_a_new_server_adopts_old_files_into_retention(synth, tmp_path):
    out = tmp_path / "out"
    with running_server(synth, out, keep=2) as s:
        c = OscClient(s.address)
        first = [c.ask("/sample_note", 1, "kick")[1][1] for _ in range(2)]
    assert not list(out.glob(".*")), "a stopped server leaves no temporary file (not even the one made ahead)"
    crashed = out / ".t01-abcdef-000009.wav.4242-0123abcd.tmp"     # a write cut short by a crash
    crashed.write_bytes(b"RIFF")
    others = [out / "notes.txt", out / "t01-mine.wav", out / ".hidden.part"]  # not the server's: never touched
    for p in others:
        p.write_bytes(b"x")
    with running_server(synth, out, keep=2) as s:
        c = OscClient(s.address)
        newer = [c.ask("/sample_note", 1, "kick")[1][1] for _ in range(2)]
    assert all(not Path(p).exists() for p in first) and all(Path(p).exists() for p in newer)
    assert not crashed.exists() and all(p.exists() for p in others)


def test_full_queue_answers_busy_and_ping_still_answers(synth, tmp_path):
    with running_server(synth, tmp_path / "out", queue_size=2) as server:
        c = OscClient(server.address)
        for i in range(40):
            c.send("/sample_note", 1 + i % 8, "kick", 1.0, i)
        c.send("/ping")
        replies = [c.recv() for _ in range(41)]
        kinds = [r[0] for r in replies]
        busy = [r for r in replies if r[0] == "/error"]
        assert "/pong" in kinds and kinds.count("/buffer") + len(busy) == 40
        assert busy and all(r[1][0] == "/sample_note" and r[1][1].startswith("busy: 2 requests queued") for r in busy)
        assert c.ask("/ping") == ("/pong", [])


def malformed(rng: random.Random, tmp: Path) -> tuple[bytes, str]:
    """One random message the server must refuse -> (datagram, the address its /error should name)."""
    kind = rng.randrange(7)
    if kind == 6:  # any of the below inside a bundle
        inner, address = malformed(rng, tmp)
        return b"#bundle\0" + bytes(8) + struct.pack(">i", len(inner)) + inner, address
    if kind == 0:  # not OSC at all
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 64)))
        return (b"x" + data[1:] if data.startswith((b"/", b"#")) else data), "?"
    if kind == 1:  # an unknown address
        return build("/" + "".join(rng.choices("abcxyz_/", k=rng.randrange(1, 12)))), None
    address = rng.choice(list(ADDRESSES))
    spec = ADDRESSES[address]
    if kind == 2:  # a message whose last argument is missing, or with an unknown type tag
        data = build(address, *([1] * max(1, spec.min_args)))
        return (data[:-4] if rng.random() < 0.5 else data.replace(b",i", b",q", 1)), address
    if kind == 3 or spec.max_args == 0:  # too many arguments
        n = (spec.max_args if spec.max_args is not None else 99) + 1 + rng.randrange(3)
        return build(address, *([1] * n)), address
    if kind == 4 and spec.min_args:  # too few
        return build(address, *([1] * (spec.min_args - 1))), address
    # a required argument of the wrong type, NaN, or out of range
    args: list = [("i", 1)] + [("s", "kick")] * 4
    args = args[:max(spec.min_args, 1)]
    bad = rng.choice([("s", "x" * rng.randrange(1, 9)), ("f", float("nan")), ("f", float("inf")), ("i", -5),
                      ("i", 2**31 - 1), ("N", None), ("T", True), ("b", b"\x00\x01"), ("s", str(tmp / "..") + "/etc")])
    if spec.args[0].kind == "floats":
        return build(address, *([("f", 0.0)] * rng.randrange(0, 3)), bad), address
    args[0] = bad
    return build(address, *args), address


def test_fuzz_every_malformed_message_gets_an_error_and_the_server_lives(client, server, tmp_path):
    rng = random.Random(20261121)
    for i in range(1200):
        data, address = malformed(rng, tmp_path)
        client.send_raw(data)
        reply, (where, text) = client.recv()
        assert reply == "/error", (data, where, text)
        if address is not None:
            assert where == address, (data, where, text)
    assert client.ask("/ping") == ("/pong", [])
    assert client.ask("/status")[1][5] == 0, "no malformed message may have produced a buffer"


def test_the_python_example_in_the_docs_works(synth, tmp_path, capsys):
    text = (Path(__file__).resolve().parent.parent / "docs" / "OSC.md").read_text()
    code = re.search(r"### Python \(python-osc\)\n\n```python\n(.*?)```", text, re.S).group(1)
    reply_port = free_port()
    with running_server(synth, tmp_path / "out", reply_port=reply_port) as server:
        exec(code.replace("7401", str(reply_port)).replace("7400", str(server.address[1])), {})
    assert capsys.readouterr().out.split() == ["1", "(44100,)", "44100"]


def test_ngs_serve_command_prints_where_it_listens_and_stops_on_ctrl_c(tiny_checkpoint, tmp_path):
    out = tmp_path / "buffers"
    proc = subprocess.Popen([sys.executable, "-m", "granular_vae.cli", "serve", "--checkpoint", str(tiny_checkpoint),
                             "--port", "0", "--reply-port", "0", "--out-dir", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        m = re.match(r"ngs serve: listening on udp 127\.0\.0\.1:(\d+), replying to .*, buffers in (.+) \(44100 Hz WAV\)", line)
        assert m, line
        assert Path(m.group(2)) == out.resolve()
        c = OscClient(("127.0.0.1", int(m.group(1))))
        assert c.ask("/ping") == ("/pong", [])
        assert c.ask("/sample_note", 1, "kick")[0] == "/buffer"
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr
    assert "ngs serve: stopped" in stdout and "Traceback" not in stderr


def test_ngs_serve_refuses_bad_setup_in_one_line(tmp_path):
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"not a checkpoint")
    for args, expected in ((["--checkpoint", str(bad)], str(bad)), (["--port", "70000"], "--port must be in"),
                           (["--port", "9000", "--reply-port", "9000"], "must differ from --port"),
                           (["--allow-dir", str(tmp_path / "nope")], "is not a folder")):
        r = subprocess.run([sys.executable, "-m", "granular_vae.cli", "serve", "--out-dir", str(tmp_path / "o"), *args],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and expected in r.stderr and "Traceback" not in r.stderr, r.stderr
    r = subprocess.run([sys.executable, "-m", "granular_vae.cli", "serve", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "--allow-dir" in r.stdout and "docs/OSC.md" in r.stdout
