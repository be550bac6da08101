"""Headless Pure Data as a real client: it asks the server for a hit and loads the returned buffer.

The patch sends /sample_note with [oscformat] + [netsend -u -b] (numbers go out as OSC floats, as Pd
sends them), listens on the reply port with [netreceive -u -b] + [oscparse], loads the /buffer path
into a table with [soundfiler], and writes the table back out so the test can compare it with the
server's file sample for sample. `-batch` does not read the network, hence -nogui -nosound.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from oscclient import free_port, running_server

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("pd") is None, reason="Pure Data not installed; scripts/test installs puredata-core")]

PATCH = r"""#N canvas 0 50 600 500 12;
#X obj 20 20 loadbang;
#X obj 20 50 delay 300;
#X obj 20 80 t b b;
#X msg 120 110 connect 127.0.0.1 {port};
#X msg 20 110 {track} kick 0.8 7;
#X obj 20 140 oscformat sample_note;
#X obj 20 170 netsend -u -b;
#X obj 300 20 netreceive -u -b {reply_port};
#X obj 300 50 oscparse;
#X obj 300 80 list trim;
#X obj 300 110 route buffer error;
#X obj 300 140 unpack f s f f;
#X msg 300 170 read -resize \$1 hit;
#X obj 300 200 soundfiler;
#X obj 300 230 t b f;
#X obj 400 260 print loaded;
#X msg 300 290 write -wave -bytes 4 {out} hit;
#X obj 300 320 soundfiler;
#X msg 300 350 \; pd quit;
#X obj 450 140 print server_error;
#X obj 20 250 table hit;
#X obj 20 300 delay 15000;
#X msg 20 330 \; pd quit;
#X connect 0 0 1 0;
#X connect 1 0 2 0;
#X connect 2 0 4 0;
#X connect 2 1 3 0;
#X connect 3 0 6 0;
#X connect 4 0 5 0;
#X connect 5 0 6 0;
#X connect 7 0 8 0;
#X connect 8 0 9 0;
#X connect 9 0 10 0;
#X connect 10 0 11 0;
#X connect 10 1 19 0;
#X connect 11 1 12 0;
#X connect 12 0 13 0;
#X connect 13 0 14 0;
#X connect 14 0 16 0;
#X connect 14 1 15 0;
#X connect 16 0 17 0;
#X connect 17 0 18 0;
#X connect 0 0 21 0;
#X connect 21 0 22 0;
"""


def test_pd_loads_a_server_buffer_into_an_array(synth, tmp_path: Path):
    reply_port, track = free_port(), 5
    pd_copy = tmp_path / "from_pd.wav"
    with running_server(synth, tmp_path / "out", reply_port=reply_port) as server:
        patch = tmp_path / "client.pd"
        patch.write_text(PATCH.format(port=server.address[1], reply_port=reply_port, track=track, out=pd_copy))
        r = subprocess.run(["pd", "-nogui", "-nosound", "-noprefs", "-stderr", "-open", str(patch)],
                           capture_output=True, text=True, timeout=60)
        files = list(server.buffers.out_dir.glob(f"t{track:02d}-*.wav"))
    log = r.stdout + r.stderr
    assert "server_error" not in log, log
    assert len(files) == 1, f"the server wrote {files}; pd said {log}"
    served, sr = sf.read(files[0], dtype="float32")
    assert f"loaded: {len(served)}" in log, log
    loaded, _ = sf.read(pd_copy, dtype="float32")
    np.testing.assert_array_equal(loaded, served)
    assert sr == 44100 and np.abs(served).max() > 0
