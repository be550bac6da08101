"""`ngs check-patch`: the committed drum machine patches pass, are what build_patches.py generates, and the
checker catches each kind of broken patch (dangling lines, bad outlets/inlets, duplicate ids, wrong counts,
wrong ports, addresses the server does not handle)."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from granular_vae.cli import main
from osc_server import patch_check, protocol
from osc_server.patch_check import MAX_OBJECTS, check_file, check_maxpat, check_pd, server_defaults

PATCHES = Path(__file__).resolve().parent.parent / "max_patches"
MAXPAT = PATCHES / "neural_drum_machine.maxpat"
PD = PATCHES / "neural_drum_machine.pd"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_patches", PATCHES / "build_patches.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def patch() -> dict:
    return json.loads(MAXPAT.read_text())


def boxes(p: dict) -> list[dict]:
    return [b["box"] for b in p["patcher"]["boxes"]]


def find(p: dict, text: str) -> dict:
    return next(b for b in boxes(p) if b.get("text") == text)


def test_committed_patches_pass():
    assert check_file(MAXPAT) == []
    assert check_file(PD) == []


def test_committed_patches_are_what_the_generator_writes(build):
    assert json.loads(MAXPAT.read_text()) == build.build_max()
    assert PD.read_text() == build.build_pd()
    assert (PATCHES / "ngs_track.pd").read_text() == build.build_pd_track()


def test_patch_talks_to_the_server_defaults(patch):
    host, port, reply = server_defaults()
    assert (host, port, reply) == ("127.0.0.1", 7400, 7401)  # docs/OSC.md's defaults, read from ngs serve
    texts = [b.get("text", "") for b in boxes(patch)]
    assert f"udpsend {host} {port}" in texts and f"udpreceive {reply}" in texts
    sent = {m[0] for b in boxes(patch) for m in patch_check._messages(b) if m and m[0].startswith("/")}
    assert {"/sample_note", "/sample_path", "/resynthesis", "/classes", "/ping"} <= sent
    assert sent <= set(protocol.ADDRESSES)


@pytest.mark.parametrize("text, inlets, outlets", [
    ("udpsend 127.0.0.1 7400", 1, 0), ("udpreceive 7401", 1, 1), ("buffer~ a", 1, 2), ("play~ a", 1, 2),
    ("play~ a 2", 1, 3), ("metro 125", 2, 1), ("counter 0 15", 5, 4), ("route /a /b /c", 4, 4),
    ("dac~", 2, 0), ("sel 0 1", 3, 3), ("r x", 0, 1), ("t b i l", 1, 3), ("unpack s 0 0.", 1, 3),
])
def test_object_table(text, inlets, outlets):
    name, *args = text.split()
    n_in, types = MAX_OBJECTS[name](args)
    assert (n_in, len(types)) == (inlets, outlets)


def test_dangling_line(patch):
    patch["patcher"]["lines"][0]["patchline"]["destination"][0] = "obj-99999"
    assert any("does not exist" in p for p in check_maxpat(patch))


def test_outlet_and_inlet_out_of_range(patch):
    bad_out, bad_in = copy.deepcopy(patch), copy.deepcopy(patch)
    receive = find(patch, "udpreceive 7401")["id"]
    bad_out["patcher"]["lines"].append({"patchline": {"source": [receive, 1], "destination": [receive, 0]}})
    assert any("leaves outlet 1" in p for p in check_maxpat(bad_out))
    send = find(patch, "udpsend 127.0.0.1 7400")["id"]
    bad_in["patcher"]["lines"].append({"patchline": {"source": [receive, 0], "destination": [send, 1]}})
    assert any("enters inlet 1" in p for p in check_maxpat(bad_in))


def test_duplicate_ids(patch):
    b = boxes(patch)
    b[1]["id"] = b[0]["id"]
    assert any("duplicate box id" in p for p in check_maxpat(patch))


def test_wrong_counts_and_types(patch):
    buffer = next(b for b in boxes(patch) if b.get("text", "").startswith("buffer~"))
    buffer["numoutlets"], buffer["outlettype"] = 1, ["float"]
    route = find(patch, "route /buffer /error /classes /pong")
    route["numinlets"] = 1  # Max 5's count, not Max 8's
    toggle = next(b for b in boxes(patch) if b["maxclass"] == "toggle")
    toggle["outlettype"] = ["bang"]
    problems = " ".join(check_maxpat(patch))
    assert "[buffer~" in problems and "2 outlet(s)" in problems
    assert "route /buffer" in problems and "5 inlet(s)" in problems
    assert "outlettype should be ['int']" in problems


def test_unknown_object_is_reported(patch):
    find(patch, "zl iter 1")["text"] = "zl_iter 1"
    assert any("unknown object" in p for p in check_maxpat(patch))


def test_wrong_ports(patch):
    find(patch, "udpsend 127.0.0.1 7400")["text"] = "udpsend 127.0.0.1 9999"
    find(patch, "udpreceive 7401")["text"] = "udpreceive 9998"
    problems = " ".join(check_maxpat(patch))
    assert "should be [udpsend 127.0.0.1 7400]" in problems and "should be [udpreceive 7401]" in problems


def test_second_copy_of_a_port(patch):
    find(patch, "loadmess 120")["text"] = "loadmess 7400"
    assert any("port 7400 should appear once" in p for p in check_maxpat(patch))


def test_unknown_address_and_track(patch):
    find(patch, "/sample_path 1 $1")["text"] = "/sample_paths 1 $1"
    find(patch, "/sample_path 2 $1")["text"] = "/sample_path 17 $1"
    find(patch, "route /buffer /error /classes /pong")["text"] = "route /buffer /error /classes /pongs"
    problems = " ".join(check_maxpat(patch))
    assert "sends /sample_paths" in problems and "track 17" in problems and "/pongs" in problems


def test_addresses_come_from_the_server_dispatcher(patch, monkeypatch):
    monkeypatch.delitem(protocol.ADDRESSES, "/resynthesis")
    assert any("sends /resynthesis" in p for p in check_maxpat(patch))


def test_tracks_present(patch):
    p2 = copy.deepcopy(patch)
    patch["patcher"]["boxes"] = [x for x in patch["patcher"]["boxes"] if x["box"].get("text") != "buffer~ ngs_track8"]
    assert any("8 [buffer~]s" in p for p in check_maxpat(patch))
    first_toggle = next(x for x in boxes(p2) if x["maxclass"] == "toggle" and x["patching_rect"][0] == 40.0)
    p2["patcher"]["boxes"] = [x for x in p2["patcher"]["boxes"] if x["box"]["id"] != first_toggle["id"]]
    p2["patcher"]["lines"] = [x for x in p2["patcher"]["lines"] if first_toggle["id"] not in
                              (x["patchline"]["source"][0], x["patchline"]["destination"][0])]
    assert any("rows of 16 step toggles" in p for p in check_maxpat(p2))


def test_not_a_patch(tmp_path):
    bad = tmp_path / "bad.maxpat"
    bad.write_text("{not json")
    assert check_file(bad)[0].startswith("not JSON")
    assert check_maxpat({"boxes": []}) == ["top level must be {'patcher': {...}}"]
    assert check_maxpat({"patcher": {"boxes": [{"box": {"id": "a"}}], "lines": []}})[0].endswith(
        "patching_rect")


def test_pd_problems():
    text = PD.read_text()
    assert any("does not exist" in p for p in check_pd(text + "#X connect 0 0 9999 0;\n"))
    assert any("ngs serve does not handle" in p
               for p in check_pd(text.replace("oscformat -f ii sample_path", "oscformat -f ii sample_paths")))


def test_cli(tmp_path, capsys):
    assert main(["check-patch", str(MAXPAT), str(PD)]) == 0
    assert capsys.readouterr().out.count(": ok") == 2
    broken = json.loads(MAXPAT.read_text())
    broken["patcher"]["lines"].append({"patchline": {"source": ["obj-1", 5], "destination": ["nope", 0]}})
    path = tmp_path / "broken.maxpat"
    path.write_text(json.dumps(broken))
    assert main(["check-patch", str(path)]) == 1
    assert "1 problem(s)" in capsys.readouterr().out
