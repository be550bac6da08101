"""The server against third-party OSC software: liblo's `oscsend` (requests) and `oscdump` (replies).

oscsend sends each message from a new source port, so every reply must reach oscdump through the
reply port. oscdump writes to a file here, hence -L (line buffering).
"""
from __future__ import annotations

import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import soundfile as sf

from oscclient import free_port, running_server

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (shutil.which("oscsend") and shutil.which("oscdump")),
                                 reason="liblo-tools (oscsend, oscdump) not installed; scripts/test installs them")]


def oscsend(port: int, address: str, types: str = "", *values: object) -> None:
    subprocess.run(["oscsend", "127.0.0.1", str(port), address, types, *map(str, values)], check=True, timeout=10)


def dumped(path: Path, n: int, timeout: float = 20.0) -> list[tuple[str, str, list[str]]]:
    """Wait for n lines from oscdump -> [(address, type tags, values)]."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        lines = [l for l in path.read_text().splitlines() if l.strip()]
        if len(lines) >= n:
            out = []
            for line in lines:
                _, address, *rest = line.split(" ", 2)
                types, _, values = (rest[0] if rest else "").partition(" ")
                out.append((address, types, shlex.split(values)))
            return out
        time.sleep(0.05)
    raise AssertionError(f"oscdump printed {path.read_text()!r}, expected {n} lines")


def test_oscsend_requests_and_oscdump_replies(synth, tmp_path):
    reply_port = free_port()
    dump = tmp_path / "dump.txt"
    with open(dump, "w") as f:
        dumper = subprocess.Popen(["oscdump", "-L", str(reply_port)], stdout=f, stderr=subprocess.STDOUT)
    try:
        time.sleep(0.3)  # let oscdump bind its port
        with running_server(synth, tmp_path / "out", reply_port=reply_port) as server:
            port = server.address[1]
            oscsend(port, "/ping")
            assert dumped(dump, 1)[0] == ("/pong", "", [])
            oscsend(port, "/classes")
            assert dumped(dump, 2)[1] == ("/classes", "s" * len(synth.classes), synth.classes)
            oscsend(port, "/sample_note", "isfi", 2, "snare", 0.5, 42)
            address, types, (track, path, n, sr) = dumped(dump, 3)[2]
            assert (address, types, track, sr) == ("/buffer", "isii", "2", "44100")
            info = sf.info(path)
            assert (info.frames, info.samplerate) == (int(n), 44100)
            oscsend(port, "/sample_note", "is", 99, "kick")
            assert dumped(dump, 4)[3] == ("/error", "ss", ["/sample_note", "track must be in [1, 16], got 99"])
            oscsend(port, "/morph", "issf", 3, "kick", "tom", 0.5)
            assert dumped(dump, 5)[4][:2] == ("/buffer", "isii")
            oscsend(port, "/status")
            status = dumped(dump, 6)[5]
            assert status[0] == "/status" and status[2][5] == "2"  # two buffers served
    finally:
        dumper.terminate()
        dumper.wait(5)
