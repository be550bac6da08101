"""Generate the neural drum machine patches: `neural_drum_machine.maxpat` (Max 8/9) and its Pure Data twin
`neural_drum_machine.pd` with the track abstraction `ngs_track.pd`.

Run `python max_patches/build_patches.py` after changing anything here; the generated files are committed.
Writing the patches from code keeps the 8 tracks identical and the OSC messages, ports and track numbers in
one place, taken from the server's own code (`osc_server`), so the patches cannot drift from `ngs serve`.

Both patches speak docs/OSC.md: tracks 1..8, classes by 0-based index, requests to the server port, replies
(`/buffer <track> <path> <n_samples> <sr>`, `/error <address> <message>`, `/classes <name>...`, `/pong`)
on the reply port.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a fresh clone without installing

from osc_server.patch_check import MAX_OBJECTS, MAX_UI, N_STEPS, N_TRACKS, server_defaults  # noqa: E402
from osc_server.protocol import TRACK_MIN  # noqa: E402

DEFAULT_HOST, DEFAULT_PORT, DEFAULT_REPLY_PORT = server_defaults()

TRACKS = range(TRACK_MIN, TRACK_MIN + N_TRACKS)
BPM = 120
# A starting beat so that play makes sound at once: kick, snare, hats, ... (1 = step on).
DEFAULT_PATTERN = [
    "1000000010100000", "0000100000001000", "1010101010101010", "0000000000000010",
    "0001000000010000", "0000001000000100", "0000000100000000", "0100000001000000",
]
START_HELP = [
    "1. Start the server in a terminal:  ngs serve   (it listens on %s:%d and answers on port %d). 'connect' asks it"
    " for its classes." % (DEFAULT_HOST, DEFAULT_PORT, DEFAULT_REPLY_PORT),
    "2. Turn audio on (the speaker), press play. Step toggles play the track's buffer, which only the server writes.",
    "3. 'note' (sample_note) asks for a new hit of the track's class, 'path' (sample_path) for a random grain path,",
    "   'fresh' for a new hit on every step. Drop an audio file on a track's drop zone to resynthesise it (start",
    "   ngs serve --allow-dir <its folder>). class: the drum class (menu, or its 0-based index). temp: 0..10, low =",
    "   typical, high = unusual. seed: -1 = a new random hit each time, 0 or more = the same hit again. level: volume.",
]


# ============================================================================================ Max

class MaxPatch:
    """A Max patcher under construction: boxes with the right inlet/outlet counts, and patchlines."""

    def __init__(self) -> None:
        self.boxes: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []

    def _add(self, box: dict[str, Any], ui: bool) -> str:
        box["id"] = f"obj-{len(self.boxes) + 1}"
        if ui:  # the performer's view: presentation mode shows only these, where they are in the patch
            box["presentation"] = 1
            box["presentation_rect"] = list(box["patching_rect"])
        self.boxes.append({"box": box})
        return box["id"]

    def obj(self, text: str, x: float, y: float) -> str:
        """An object box, with the inlets and outlets Max gives it (osc_server/patch_check.py's table)."""
        name, *args = text.split()
        inlets, outlettype = MAX_OBJECTS[name](args)
        box = {"maxclass": "newobj", "text": text, "numinlets": inlets, "numoutlets": len(outlettype),
               "patching_rect": [x, y, 7.0 * len(text) + 14, 22.0]}
        if outlettype:  # Max leaves the key out for objects without outlets
            box["outlettype"] = outlettype
        return self._add(box, ui=False)

    def msg(self, text: str, x: float, y: float, ui: bool = False, w: float | None = None) -> str:
        inlets, outlettype = MAX_UI["message"]
        return self._add({"maxclass": "message", "text": text, "numinlets": inlets, "numoutlets": len(outlettype),
                          "outlettype": outlettype, "patching_rect": [x, y, w or 7.0 * len(text) + 14, 22.0]}, ui)

    def comment(self, text: str, x: float, y: float, w: float, lines: int = 1, ui: bool = True,
                bold: bool = False) -> str:
        inlets, outlettype = MAX_UI["comment"]
        box = {"maxclass": "comment", "text": text, "numinlets": inlets, "numoutlets": len(outlettype),
               "patching_rect": [x, y, w, 6.0 + 14.0 * lines]}
        if lines > 1:
            box["linecount"] = lines
        if bold:
            box["fontface"] = 1
        return self._add(box, ui)

    def ui(self, maxclass: str, x: float, y: float, w: float, h: float, **attrs: Any) -> str:
        inlets, outlettype = MAX_UI[maxclass]
        box = {"maxclass": maxclass, "numinlets": inlets, "numoutlets": len(outlettype),
               "patching_rect": [x, y, w, h], **attrs}
        if outlettype:
            box["outlettype"] = outlettype
        return self._add(box, ui=True)

    def toggle(self, x: float, y: float, size: float = 20.0) -> str:
        return self.ui("toggle", x, y, size, size, parameter_enable=0)

    def button(self, x: float, y: float, size: float = 20.0) -> str:
        return self.ui("button", x, y, size, size, parameter_enable=0)

    def number(self, x: float, y: float, w: float = 50.0, **attrs: Any) -> str:
        return self.ui("number", x, y, w, 22.0, parameter_enable=0, **attrs)

    def flonum(self, x: float, y: float, w: float = 50.0, **attrs: Any) -> str:
        return self.ui("flonum", x, y, w, 22.0, parameter_enable=0, format=6, **attrs)

    def connect(self, src: str, outlet: int, dst: str, inlet: int) -> None:
        self.lines.append({"patchline": {"source": [src, outlet], "destination": [dst, inlet]}})

    def chain(self, *ids: str) -> None:
        """Outlet 0 of each box into inlet 0 of the next."""
        for a, b in zip(ids, ids[1:]):
            self.connect(a, 0, b, 0)

    def to_json(self) -> dict[str, Any]:
        return {"patcher": {
            "fileversion": 1,
            "appversion": {"major": 8, "minor": 5, "revision": 0, "architecture": "x64", "modernui": 1},
            "classnamespace": "box",
            "rect": [40.0, 60.0, 1180.0, 540.0],
            "openinpresentation": 1,
            "default_fontsize": 12.0, "default_fontface": 0, "default_fontname": "Arial",
            "gridonopen": 1, "gridsize": [15.0, 15.0], "gridsnaponopen": 1, "objectsnaponopen": 1,
            "statusbarvisible": 2, "toolbarvisible": 1,
            "boxanimatetime": 200, "enablehscroll": 1, "enablevscroll": 1,
            "description": "ngs neural drum machine: an 8-track step sequencer whose sounds come from ngs serve",
            "digest": "", "tags": "", "style": "",
            "boxes": self.boxes,
            "lines": self.lines,
            "dependency_cache": [],
            "autosave": 0,
        }}


# Layout of the performer's view (presentation == patching positions of the UI boxes).
ROW0, ROW_H = 195.0, 30.0
STEP_X0, STEP_DX = 40.0, 24.0
COL = {"menu": 440.0, "class": 535.0, "note": 580.0, "path": 664.0, "fresh": 750.0, "temp": 780.0,
       "seed": 835.0, "level": 890.0, "samples": 980.0, "drop": 1040.0}
LOGIC_Y = 600.0  # logic lives below the performer's view in patching mode


def build_max() -> dict[str, Any]:
    p = MaxPatch()
    # ---------------------------------------------------------------- header and help
    p.comment("ngs neural drum machine", 10, 8, 400, bold=True)
    for i, line in enumerate(START_HELP):
        p.comment(line, 10, 30 + 16 * i, 1100)

    # ---------------------------------------------------------------- transport: play/stop, BPM, playhead
    y = 132.0
    p.comment("play", 10, y + 2, 35)
    play = p.toggle(45, y)
    p.comment("BPM", 75, y + 2, 35)
    bpm = p.number(110, y, 50, minimum=20, maximum=400)
    p.comment("audio on/off", 175, y + 2, 90)
    dac = p.ui("ezdac~", 265, y - 4, 30, 30)
    p.comment("server", 310, y + 2, 50)
    status = p.msg("waiting for the server... (ngs serve)", 360, y, ui=True, w=250)
    ping = p.msg("connect", 615, y, ui=True, w=60)
    p.comment("last error", 685, y + 2, 70)
    err_box = p.msg("", 755, y, ui=True, w=350)
    p.comment("step", 10, ROW0 - 30 + 2, 30)
    playhead = [p.button(STEP_X0 + STEP_DX * i, ROW0 - 30) for i in range(N_STEPS)]
    header = {"menu": "class", "class": "#", "note": "new hit", "fresh": "fresh", "temp": "temp",
              "seed": "seed", "level": "level", "samples": "samples", "drop": "drop a file"}
    edges = sorted(COL.values()) + [COL["drop"] + 120]
    for col, text in header.items():
        p.comment(text, COL[col], ROW0 - 30, edges[edges.index(COL[col]) + 1] - COL[col])

    lx, ly = 10.0, LOGIC_Y
    p.comment("-- logic (patching mode only) --", lx, ly - 30, 300, ui=False)
    tempo = p.obj("!/ 15000.", lx + 60, ly)  # ms per 16th note = 15000 / BPM
    metro = p.obj("metro 125", lx, ly + 30)
    counter = p.obj("counter 0 15", lx, ly + 60)
    step_send = p.obj("s ngs_step", lx, ly + 90)
    sel_step = p.obj("sel " + " ".join(map(str, range(N_STEPS))), lx + 100, ly + 90)
    bpm_init = p.obj(f"loadmess {BPM}", lx + 160, ly)
    p.connect(bpm_init, 0, bpm, 0)
    p.connect(bpm, 0, tempo, 0)
    p.connect(tempo, 0, metro, 1)
    p.connect(play, 0, metro, 0)
    p.chain(metro, counter)
    p.connect(counter, 0, step_send, 0)
    p.connect(counter, 0, sel_step, 0)
    for i, b in enumerate(playhead):
        p.connect(sel_step, i, b, 0)

    # ---------------------------------------------------------------- network: one udpsend, one udpreceive
    ny = ROW0 + ROW_H * N_TRACKS + 15
    p.comment("new server port", 10, ny + 2, 105)
    port_box = p.number(115, ny, 60, minimum=0, maximum=65535)
    p.comment("new reply port", 190, ny + 2, 95)
    reply_box = p.number(285, ny, 60, minimum=0, maximum=65535)
    p.comment(f"The patch sends to {DEFAULT_HOST}:{DEFAULT_PORT} and listens on {DEFAULT_REPLY_PORT}, ngs serve's "
              "defaults (the [udpsend]/[udpreceive] objects). If the server runs elsewhere, type its --port / "
              "--reply-port here.", 360, ny - 6, 750, lines=2)
    nx, nyl = lx + 440, LOGIC_Y
    osc_in = p.obj("r ngs_osc", nx, nyl)
    udpsend = p.obj(f"udpsend {DEFAULT_HOST} {DEFAULT_PORT}", nx, nyl + 90)
    udpreceive = p.obj(f"udpreceive {DEFAULT_REPLY_PORT}", nx + 250, nyl)
    p.connect(osc_in, 0, udpsend, 0)
    port_msg = p.msg("port $1", nx + 80, nyl + 30)
    p.chain(port_box, port_msg)
    p.connect(port_msg, 0, udpsend, 0)
    reply_t = p.obj("t i i", nx + 250, nyl - 60)
    reply_port_msg = p.msg("port $1", nx + 250, nyl - 30)
    reply_to_msg = p.msg("/reply_to $1", nx + 150, nyl + 30)
    p.connect(reply_box, 0, reply_t, 0)
    p.connect(reply_t, 1, reply_port_msg, 0)   # listen on the new port first, then tell the server
    p.connect(reply_port_msg, 0, udpreceive, 0)
    p.connect(reply_t, 0, reply_to_msg, 0)
    p.connect(reply_to_msg, 0, udpsend, 0)

    # Replies: /buffer -> the track's buffer~, /error -> shown, /classes -> the class menus, /pong -> status.
    route = p.obj("route /buffer /error /classes /pong", nx + 250, nyl + 30)
    p.connect(udpreceive, 0, route, 0)
    by_track = p.obj("route " + " ".join(map(str, TRACKS)), nx + 250, nyl + 60)
    p.connect(route, 0, by_track, 0)
    err_set = p.obj("prepend set", nx + 420, nyl + 60)
    err_print = p.obj("print ngs_error", nx + 520, nyl + 60)
    p.connect(route, 1, err_set, 0)
    p.connect(route, 1, err_print, 0)
    p.connect(err_set, 0, err_box, 0)
    classes_t = p.obj("t a b", nx + 650, nyl + 60)
    clear_msg = p.msg("clear", nx + 740, nyl + 90)
    classes_iter = p.obj("zl iter 1", nx + 650, nyl + 90)
    append = p.obj("prepend append", nx + 650, nyl + 120)
    reselect = p.obj("s ngs_reselect", nx + 800, nyl + 90)
    classes_done = p.obj("t b a", nx + 650, nyl + 30)
    p.connect(route, 2, classes_done, 0)
    p.connect(classes_done, 1, classes_t, 0)
    p.connect(classes_done, 0, reselect, 0)  # after the menus are filled, each track shows its class again
    p.connect(classes_t, 1, clear_msg, 0)
    p.connect(classes_t, 0, classes_iter, 0)
    p.chain(classes_iter, append)
    pong_msg = p.msg("set connected: ngs serve answered", nx + 400, nyl + 120)
    p.connect(route, 3, pong_msg, 0)
    p.connect(pong_msg, 0, status, 0)
    # At load, ask the server for its classes (filling the menus) and ping it.
    load = p.obj("loadbang", nx + 900, nyl)
    later = p.obj("delay 500", nx + 900, nyl + 30)
    hello = p.msg("/ping, /classes", nx + 900, nyl + 60)
    p.chain(load, later, hello)
    p.connect(hello, 0, udpsend, 0)
    p.connect(ping, 0, hello, 0)  # "connect" asks again, e.g. when the server was started after the patch
    menus = []
    for k, track in enumerate(TRACKS):
        menus.append(build_max_track(p, k, track, by_track, dac))
    for menu in menus:
        p.connect(clear_msg, 0, menu, 0)
        p.connect(append, 0, menu, 0)
    return p.to_json()


def build_max_track(p: MaxPatch, k: int, track: int, by_track: str, dac: str) -> str:
    """One track row (UI) and its logic column; returns the class menu (filled from /classes)."""
    y = ROW0 + ROW_H * k
    p.comment(str(track), 12, y + 1, 25, bold=True)
    steps = [p.toggle(STEP_X0 + STEP_DX * i, y) for i in range(N_STEPS)]
    menu = p.ui("umenu", COL["menu"], y, 90, 22, parameter_enable=0,
                hint="drum class of this track (filled from the server's /classes)")
    cls = p.number(COL["class"], y, 40, minimum=0, hint="class as a 0-based index")
    note = p.msg("sample_note", COL["note"], y, ui=True, w=80)
    path = p.msg("sample_path", COL["path"], y, ui=True, w=80)
    fresh = p.toggle(COL["fresh"] + 2, y)
    temp = p.flonum(COL["temp"], y, 50, minimum=0.0, maximum=10.0,
                    hint="temperature 0..10: low = typical hits, high = unusual ones")
    seed = p.number(COL["seed"], y, 50, minimum=-1, hint="-1: a new random hit each time; 0 or more: repeatable")
    level = p.ui("slider", COL["level"], y + 2, 85, 18, parameter_enable=0, hint="track volume")
    samples = p.number(COL["samples"], y, 55, hint="length of the loaded buffer in samples")
    drop = p.ui("dropfile", COL["drop"], y, 120, 22,
                hint="drop an audio file to resynthesise it (ngs serve --allow-dir <its folder>)")

    # Logic column of this track: A = request parameters, B = steps, C = path/resynthesis/level.
    x, ly = 10.0 + 500.0 * k, LOGIC_Y + 220.0
    xb, xc = x + 150, x + 310
    p.comment(f"track {track}", x + 80, ly - 30, 100, ui=False)
    # Steps: the 16 toggles as one list; the global step number looks its value up.
    pattern = p.msg(" ".join(DEFAULT_PATTERN[k % len(DEFAULT_PATTERN)]), x, ly)
    unpack = p.obj("unpack " + " ".join(["0"] * N_STEPS), x, ly + 30)
    pak = p.obj("pak " + " ".join(["0"] * N_STEPS), x, ly + 60)
    step_r = p.obj("r ngs_step", xb, ly + 90)
    lookup = p.obj("zl lookup", xb, ly + 120)
    on = p.obj("sel 1", xb, ly + 150)
    load = p.obj("loadbang", x, ly - 30)
    p.connect(load, 0, pattern, 0)
    p.chain(pattern, unpack)
    for i, t in enumerate(steps):
        p.connect(unpack, i, t, 0)
        p.connect(t, 0, pak, i)
    p.connect(pak, 0, lookup, 1)
    p.connect(step_r, 0, lookup, 0)
    p.chain(lookup, on)
    # Fresh off: the step plays the buffer now. Fresh on: the step asks for a new hit, which plays on arrival.
    fresh_init = p.obj("loadmess 0", xb + 60, ly + 180)
    plus = p.obj("+ 1", xb + 60, ly + 210)
    gate = p.obj("gate 2", xb, ly + 240)
    p.chain(fresh_init, fresh, plus)
    p.connect(plus, 0, gate, 0)
    p.connect(on, 0, gate, 1)
    # Request parameters, kept as "seed class temperature"; seed -1 means a new random seed every time.
    cls_init = p.obj(f"loadmess {k}", x, ly + 90)
    temp_init = p.obj("loadmess 1.", x, ly + 120)
    seed_init = p.obj("loadmess -1", x, ly + 150)
    level_init = p.obj("loadmess 100", xc, ly + 90)
    p.chain(cls_init, cls)
    p.chain(temp_init, temp)
    p.chain(seed_init, seed)
    p.chain(level_init, level)
    p.connect(menu, 0, cls, 0)
    menu_set = p.msg("set $1", x + 80, ly + 210)
    reselect = p.obj("r ngs_reselect", x, ly + 180)
    p.connect(reselect, 0, cls, 0)
    p.connect(cls, 0, menu_set, 0)
    p.connect(menu_set, 0, menu, 0)
    params = p.obj("pak -1 0 1.", x, ly + 240)
    p.connect(seed, 0, params, 0)
    p.connect(cls, 0, params, 1)
    p.connect(temp, 0, params, 2)
    store = p.obj("zl reg", x, ly + 270)
    p.connect(params, 0, store, 1)
    ask = p.obj("t b", xb, ly + 270)
    p.connect(note, 0, ask, 0)
    p.connect(gate, 1, ask, 0)
    p.connect(ask, 0, store, 0)
    random_seed = p.obj("route -1", x, ly + 300)
    p.chain(store, random_seed)
    note_random = p.msg(f"/sample_note {track} $1 $2", x, ly + 330)
    note_seeded = p.msg(f"/sample_note {track} $2 $3 $1", x, ly + 360)
    p.connect(random_seed, 0, note_random, 0)
    p.connect(random_seed, 1, note_seeded, 0)
    send = p.obj("s ngs_osc", x, ly + 400)
    p.connect(note_random, 0, send, 0)
    p.connect(note_seeded, 0, send, 0)
    # sample_path: a random straight path through the class's grain space.
    path_t = p.obj("t b", xc, ly + 180)
    path_cls = p.obj("i", xc, ly + 210)
    path_msg = p.msg(f"/sample_path {track} $1", xc, ly + 240)
    p.chain(path, path_t, path_cls, path_msg, send)
    p.connect(cls, 0, path_cls, 1)
    # Resynthesis: a dropped file (Max path -> POSIX path) is encoded and decoded by the model.
    posix = p.obj("conformpath slash boot", xc, ly + 300)
    resyn = p.obj(f"prepend /resynthesis {track}", xc, ly + 330)
    p.chain(drop, posix, resyn, send)
    # /buffer <track> <path> <n> <sr> -> "replace <path>" into this track's buffer~; a loaded buffer plays once.
    p_slice = p.obj("zl slice 1", x, ly + 450)
    p.connect(by_track, k, p_slice, 0)
    replace = p.obj("prepend replace", x, ly + 480)
    buffer = p.obj(f"buffer~ ngs_track{track}", x, ly + 510)
    p.chain(p_slice, replace, buffer)
    count = p.obj("unpack 0 0", xb, ly + 480)
    p.connect(p_slice, 1, count, 0)
    p.connect(count, 0, samples, 0)
    start = p.msg("start", xb, ly + 540)
    p.connect(buffer, 1, start, 0)
    p.connect(gate, 0, start, 0)
    player = p.obj(f"play~ ngs_track{track}", x, ly + 570)
    p.connect(start, 0, player, 0)
    gain = p.obj("*~ 0.8", x, ly + 600)
    scale = p.obj("/ 127.", xc, ly + 120)
    p.chain(level, scale)
    p.connect(scale, 0, gain, 1)
    p.chain(player, gain)
    p.connect(gain, 0, dac, 0)
    p.connect(gain, 0, dac, 1)
    return menu


# ============================================================================================ Pd

class PdCanvas:
    """A Pd canvas under construction: boxes numbered in creation order (what `#X connect` refers to)."""

    def __init__(self, header: str) -> None:
        self.lines = [header]
        self.count = 0
        self.conns: list[str] = []

    def add(self, line: str) -> int:
        self.lines.append(line)
        self.count += 1
        return self.count - 1

    def obj(self, x: int, y: int, text: str) -> int:
        return self.add(f"#X obj {x} {y} {text};")

    def msg(self, x: int, y: int, text: str) -> int:
        return self.add(f"#X msg {x} {y} {text};")

    def text(self, x: int, y: int, text: str, width: int = 0) -> int:
        """A comment; `width` in characters (0: Pd's default wrapping at 60)."""
        return self.add(f"#X text {x} {y} {pd_escape(text)}" + (f", f {width};" if width else ";"))

    def graph(self, x: int, y: int, array: str, w: int, h: int) -> int:
        """A graph holding one array (not saved with the patch); the subcanvas counts as one box."""
        self.lines += ["#N canvas 0 50 450 250 (subpatch) 0;", f"#X array {array} 100 float 10;",
                       f"#X coords 0 1 100 -1 {w} {h} 1 0 0;"]
        return self.add(f"#X restore {x} {y} graph;")

    def connect(self, a: int, outlet: int, b: int, inlet: int) -> None:
        self.conns.append(f"#X connect {a} {outlet} {b} {inlet};")

    def chain(self, *ids: int) -> None:
        for a, b in zip(ids, ids[1:]):
            self.connect(a, 0, b, 0)

    def render(self, footer: str = "") -> str:
        return "\n".join(self.lines + self.conns + ([footer] if footer else [])) + "\n"


def pd_escape(text: str) -> str:
    return text.replace("$", "\\$").replace(",", " \\,").replace(";", " \\;")


COLORS = "#fcfcfc #000000 #000000"
PD_STEP = 18     # toggle pitch = playhead radio cell size, so the steps line up under the playhead
PD_STEP_X = 70   # x of the first step toggle inside a track
PD_TRACK_W, PD_TRACK_H = 1000, 46
SEED_MAX_PD = 2**24  # Pd numbers are 32-bit floats: larger seeds would not arrive exactly
PD_CLASS_CELLS = 8   # class radio cells: the default model's 8 classes (the server refuses an index it lacks)


def tgl(x: int, y: int, label: str = "empty", size: int = PD_STEP - 2, init: int = 1, send: str = "empty",
        receive: str = "empty") -> str:
    # init 1: the saved state (off) is sent when the patch loads, so what depends on it starts consistent
    return f"#X obj {x} {y} tgl {size} {init} {send} {receive} {label} 0 -8 0 10 {COLORS} 0 1;"


def bng(x: int, y: int, label: str, receive: str = "empty") -> str:
    return f"#X obj {x} {y} bng 16 250 50 0 empty {receive} {label} 0 -8 0 10 {COLORS};"


def nbx(x: int, y: int, width: int, lo: float, hi: float, value: float, label: str, init: int = 1,
        send: str = "empty") -> str:
    return f"#X obj {x} {y} nbx {width} 16 {lo} {hi} 0 {init} {send} empty {label} 0 -8 0 10 {COLORS} {value} 256;"


def build_pd_track() -> str:
    """ngs_track.pd, used as `[ngs_track <track>]`: its graph-on-parent face shows the track's controls and
    waveform; its logic mirrors one Max track (same OSC messages, sent through `[s ngs-osc]`)."""
    c = PdCanvas("#N canvas 60 60 980 700 10;")
    c.add(f"#X obj 0 0 cnv 15 {PD_TRACK_W} {PD_TRACK_H} empty empty track\\ \\$1 4 12 1 12 #dcdcdc #303030 0;")
    steps = [c.add(tgl(PD_STEP_X + PD_STEP * i, 20, init=0)) for i in range(N_STEPS)]
    x = PD_STEP_X + PD_STEP * N_STEPS + 14
    cls = c.add(f"#X obj {x} 20 hradio 12 1 0 {PD_CLASS_CELLS} empty empty class 0 -8 0 10 {COLORS} 0;")
    note = c.add(bng(x + 104, 20, "note", receive="ngs-note-\\$1"))
    path = c.add(bng(x + 140, 20, "path", receive="ngs-path-\\$1"))
    fresh = c.add(tgl(x + 176, 20, label="fresh", size=16, receive="ngs-fresh-\\$1"))
    temp = c.add(nbx(x + 212, 20, 4, 0, 10, 1, "temp"))
    seed = c.add(nbx(x + 260, 20, 8, -1, SEED_MAX_PD, -1, "seed"))
    level = c.add(f"#X obj {x + 336} 22 hsl 50 12 0 1 0 1 empty empty level 0 -8 0 10 {COLORS} 3920 1;")
    file_ = c.add(bng(x + 398, 20, "file"))
    c.graph(x + 428, 4, "ngs-track-\\$1", 120, 38)  # the track's sound, as loaded
    samples = c.add(nbx(x + 558, 20, 6, 0, 1e+07, 0, "samples", init=0))

    ly = 70
    c.text(10, ly, "Logic (the face above is what the main patch shows). A step plays the track's array "
                   "or, with fresh on, asks the server for a new hit that plays when it arrives.")
    # Steps: each toggle writes its state into a 16-slot table that the global step number reads.
    c.obj(10, ly + 280, f"array define \\$0-steps {N_STEPS}")
    writer = c.obj(10, ly + 250, "tabwrite \\$0-steps")
    for i, t in enumerate(steps):
        idx = c.obj(10 + 75 * (i % 8), ly + 190 + 25 * (i // 8), f"list append {i}")
        c.connect(t, 0, idx, 0)
        c.connect(idx, 0, writer, 0)
    step_r = c.obj(640, ly + 30, "r ngs-step")
    read = c.obj(640, ly + 55, "tabread \\$0-steps")
    on = c.obj(640, ly + 80, "sel 1")
    split = c.obj(640, ly + 105, "t b b")
    c.chain(step_r, read, on, split)
    ask_gate = c.obj(640, ly + 135, "spigot")
    play_gate = c.obj(700, ly + 135, "spigot 1")
    not_fresh = c.obj(760, ly + 105, "== 0")
    c.connect(split, 0, ask_gate, 0)
    c.connect(split, 1, play_gate, 0)
    c.connect(fresh, 0, ask_gate, 1)
    c.connect(fresh, 0, not_fresh, 0)
    c.connect(not_fresh, 0, play_gate, 1)
    # sample_note <track> <class> <temperature> [seed]: seed -1 leaves it out (a new random hit every time).
    params = c.obj(10, ly + 30, "pack \\$1 0 1")
    c.connect(note, 0, params, 0)
    c.connect(ask_gate, 0, params, 0)
    c.connect(cls, 0, params, 1)
    c.connect(temp, 0, params, 2)
    both = c.obj(10, ly + 55, "t l l")
    c.chain(params, both)
    with_seed = c.obj(100, ly + 80, "list append -1")
    c.connect(both, 0, with_seed, 0)
    seed_t = c.obj(250, ly + 30, "t f f f")
    c.connect(seed, 0, seed_t, 0)
    c.connect(seed_t, 2, with_seed, 1)
    is_random = c.obj(250, ly + 55, "< 0")
    is_fixed = c.obj(300, ly + 55, ">= 0")
    c.connect(seed_t, 1, is_random, 0)
    c.connect(seed_t, 0, is_fixed, 0)
    note_random = c.obj(10, ly + 105, "list prepend sample_note")
    note_fixed = c.obj(100, ly + 130, "list prepend sample_note")
    c.connect(both, 1, note_random, 0)
    c.chain(with_seed, note_fixed)
    gate_random = c.obj(10, ly + 155, "spigot")
    gate_fixed = c.obj(170, ly + 155, "spigot")
    c.chain(note_random, gate_random)
    c.chain(note_fixed, gate_fixed)
    c.connect(is_random, 0, gate_random, 1)
    c.connect(is_fixed, 0, gate_fixed, 1)
    trim = c.obj(400, ly + 180, "list trim")
    send = c.obj(400, ly + 205, "s ngs-osc")
    c.connect(gate_random, 0, trim, 0)
    c.connect(gate_fixed, 0, trim, 0)
    c.chain(trim, send)
    # sample_path <track> <class>
    path_pack = c.obj(400, ly + 30, "pack \\$1 0")
    c.connect(path, 0, path_pack, 0)
    c.connect(cls, 0, path_pack, 1)
    path_msg = c.obj(400, ly + 55, "list prepend sample_path")
    c.chain(path_pack, path_msg, trim)
    # resynthesis <track> <absolute path of a file chosen in the file dialog>
    panel = c.obj(400, ly + 90, "openpanel")
    resyn = c.obj(400, ly + 115, "list prepend \\$1")
    resyn_msg = c.obj(400, ly + 140, "list prepend resynthesis")
    c.chain(file_, panel, resyn, resyn_msg, trim)
    # /buffer <track> <path> <n> <sr> for this track -> soundfiler reads the WAV into ngs-track-<track>.
    buf_r = c.obj(10, ly + 330, "r ngs-buffer")
    mine = c.obj(10, ly + 355, "route \\$1")
    fields = c.obj(10, ly + 380, "unpack s f f")
    c.chain(buf_r, mine, fields)
    with_array = c.obj(10, ly + 405, "list append ngs-track-\\$1")
    c.chain(fields, with_array)
    read_msg = c.msg(10, ly + 430, "read -resize \\$1 \\$2")
    c.chain(with_array, read_msg)
    filer = c.obj(10, ly + 455, "soundfiler")
    c.chain(read_msg, filer)
    loaded = c.obj(10, ly + 480, "t b f f")
    c.chain(filer, loaded)
    c.connect(loaded, 2, samples, 0)
    report = c.obj(120, ly + 505, "list prepend \\$1")
    c.connect(loaded, 1, report, 0)
    report_t = c.obj(120, ly + 530, "t a a")  # print first: ngs-loaded may end the autotest
    c.chain(report, report_t)
    c.connect(report_t, 1, c.obj(200, ly + 555, "print ngs-loaded"), 0)
    c.connect(report_t, 0, c.obj(120, ly + 555, "s ngs-loaded"), 0)
    player = c.obj(400, ly + 480, "tabplay~ ngs-track-\\$1")
    c.connect(loaded, 0, player, 0)   # a new buffer plays once: an audition, or the fresh hit of this step
    c.connect(play_gate, 0, player, 0)
    gain = c.obj(400, ly + 505, "*~")
    c.chain(player, gain)
    c.connect(level, 0, gain, 1)
    c.chain(gain, c.obj(400, ly + 530, "throw~ ngs-mix"))
    # Defaults: class = track - 1; the step pattern comes from arguments 2..17 (one 0/1 per step).
    init = c.obj(640, ly + 330, "loadbang")
    track_no = c.obj(640, ly + 355, "f \\$1")
    cls_init = c.obj(640, ly + 380, "- 1")
    c.chain(init, track_no, cls_init, cls)
    for i, t in enumerate(steps):
        default = c.obj(720 + 40 * (i % 6), ly + 355 + 25 * (i // 6), f"f \\${i + 2}")
        c.connect(init, 0, default, 0)
        c.connect(default, 0, t, 0)
    c.add("#X coords 0 -1 1 1 %d %d 2 0 0;" % (PD_TRACK_W, PD_TRACK_H))
    return c.render()


def build_pd() -> str:
    """neural_drum_machine.pd: the performer's face (transport, displays, the 8 tracks) and a [pd logic]
    subpatch with the transport, the network (one [netsend], one [netreceive]) and the autotest mode that
    CI drives headless (tests/test_pd_drum_machine.py). Face and logic talk through send/receive names."""
    W = PD_TRACK_W + 20
    ph_y = 245
    H = ph_y + 40 + (PD_TRACK_H + 6) * N_TRACKS
    c = PdCanvas(f"#N canvas 20 40 {W} {H + 40} 10;")
    c.text(10, 8, "ngs neural drum machine - the Pure Data twin of neural_drum_machine.maxpat", width=100)
    for i, line in enumerate(START_HELP + [
            "Pd: turn DSP on. file = choose a file to resynthesise. class = 0-based index into the server's "
            "classes (listed below)."]):
        c.text(10, 28 + 15 * i, line, width=140)
    y = 150
    c.add(tgl(10, y + 14, label="play", size=18, send="ngs-play"))
    c.add(nbx(60, y + 14, 4, 20, 400, BPM, "BPM", send="ngs-bpm"))
    c.add(tgl(120, y + 14, label="DSP", size=18, send="ngs-dsp"))
    c.add(f"#X obj 420 {y + 15} bng 16 250 50 0 ngs-hello empty connect 20 8 0 10 {COLORS};")
    displays = ((170, y, "ngs-show-status", "server:", "waiting for the server... (ngs serve)"),
                (520, y, "ngs-show-error", "last error:", "none"),
                (170, y + 46, "ngs-show-classes", "classes:", "(asked at load)"))
    for x, row, receive, label, text in displays:
        c.text(x, row, label)
        c.connect(c.obj(x + 75, row - 4, f"r {receive}"), 0, c.msg(x, row + 16, text), 0)
    c.text(10, ph_y, "step")
    c.add(f"#X obj {10 + PD_STEP_X} {ph_y} hradio {PD_STEP} 1 0 {N_STEPS} empty ngs-step empty 0 -8 0 10 "
          f"{COLORS} 0;")
    for k, track in enumerate(TRACKS):
        bits = " ".join(DEFAULT_PATTERN[k % len(DEFAULT_PATTERN)])
        c.obj(10, ph_y + 26 + (PD_TRACK_H + 6) * k, f"ngs_track {track} {bits}")
    logic = build_pd_logic()
    c.lines += logic.lines + logic.conns
    c.add(f"#X restore 10 {H} pd logic;")
    return c.render()


def build_pd_logic() -> PdCanvas:
    """The [pd logic] subpatch of the main patch."""
    c = PdCanvas("#N canvas 60 80 1200 700 logic 0;")
    ly = 10
    # Transport: a 16th-note metro drives a 0..15 counter sent to every track as ngs-step.
    metro = c.obj(10, ly + 50, "metro 125")
    c.connect(c.obj(10, ly + 25, "r ngs-play"), 0, metro, 0)
    tempo = c.obj(80, ly + 25, "expr 15000 / \\$f1")
    c.connect(c.obj(80, ly, "r ngs-bpm"), 0, tempo, 0)
    c.connect(tempo, 0, metro, 1)
    count = c.obj(10, ly + 75, "f")
    inc = c.obj(50, ly + 75, "+ 1")
    wrap = c.obj(90, ly + 75, f"mod {N_STEPS}")
    c.chain(metro, count, inc, wrap)
    c.connect(wrap, 0, count, 1)
    c.connect(count, 0, c.obj(10, ly + 100, "s ngs-step"), 0)
    # Audio: every track throws into ngs-mix.
    mix = c.obj(10, ly + 140, "catch~ ngs-mix")
    out = c.obj(10, ly + 165, "dac~")
    c.connect(mix, 0, out, 0)
    c.connect(mix, 0, out, 1)
    c.chain(c.obj(10, ly + 200, "r ngs-dsp"), c.msg(10, ly + 225, "\\; pd dsp \\$1"))

    # Network. The ports appear once, here; `pd -send "ngs-ports <port> <reply-port>"` overrides them.
    nx = 200
    c.connect(c.obj(nx, ly, "loadbang"), 0, c.msg(nx, ly + 25, f"\\; ngs-ports {DEFAULT_PORT} {DEFAULT_REPLY_PORT}"), 0)
    port_pair = c.obj(nx, ly + 75, "unpack f f")
    c.chain(c.obj(nx, ly + 50, "r ngs-ports"), port_pair)
    listen = c.msg(nx + 90, ly + 100, "listen \\$1")
    c.connect(port_pair, 1, listen, 0)
    connect_t = c.obj(nx, ly + 100, "t b f")
    c.connect(port_pair, 0, connect_t, 0)
    connect = c.msg(nx + 30, ly + 125, f"disconnect \\, connect {DEFAULT_HOST} \\$1")
    c.connect(connect_t, 1, connect, 0)
    hello = c.msg(nx, ly + 150, "\\; ngs-osc ping \\; ngs-osc classes")
    c.connect(connect_t, 0, hello, 0)
    c.connect(c.obj(nx + 130, ly + 150, "r ngs-hello"), 0, hello, 0)  # the face's connect button
    netsend = c.obj(nx + 30, ly + 300, "netsend -u -b")
    c.connect(connect, 0, netsend, 0)
    # Requests: [s ngs-osc] <address-without-slash> <args> -> OSC with the argument types the server wants.
    formats = {"sample_note": "iifi", "sample_path": "ii", "resynthesis": "is", "classes": "", "ping": ""}
    route_out = c.obj(nx + 250, ly + 25, "route " + " ".join(formats))
    c.chain(c.obj(nx + 250, ly, "r ngs-osc"), route_out)
    to_send = c.obj(nx + 250, ly + 230, "list prepend send")
    trim = c.obj(nx + 250, ly + 255, "list trim")
    c.chain(to_send, trim, netsend)
    for i, (address, types) in enumerate(formats.items()):
        flag = f"-f {types} " if types else ""
        fmt = c.obj(nx + 250 + 15 * i, ly + 55 + 30 * i, f"oscformat {flag}{address}")
        c.connect(route_out, i, fmt, 0)
        c.connect(fmt, 0, to_send, 0)
    # Replies: /buffer -> tracks, /error and /classes -> shown on the face, /pong -> server status.
    netreceive = c.obj(nx + 560, ly, "netreceive -u -b")
    c.connect(listen, 0, netreceive, 0)
    parse = c.obj(nx + 560, ly + 25, "oscparse")
    reply = c.obj(nx + 560, ly + 50, "list trim")
    route_in = c.obj(nx + 560, ly + 75, "route buffer error classes pong")
    c.chain(netreceive, parse, reply, route_in)
    buffer_t = c.obj(nx + 560, ly + 105, "t a a")  # print the reply, then load it
    c.connect(route_in, 0, buffer_t, 0)
    c.connect(buffer_t, 1, c.obj(nx + 600, ly + 130, "print ngs-buffer"), 0)
    c.connect(buffer_t, 0, c.obj(nx + 560, ly + 155, "s ngs-buffer"), 0)
    for outlet, name in ((1, "error"), (2, "classes")):
        x = nx + 690 + 120 * (outlet - 1)
        show = c.obj(x, ly + 105, "list prepend set")
        show_trim = c.obj(x, ly + 130, "list trim")
        c.connect(route_in, outlet, show, 0)
        c.chain(show, show_trim, c.obj(x, ly + 155, f"s ngs-show-{name}"))
        c.connect(route_in, outlet, c.obj(x, ly + 180, f"print ngs-{name}"), 0)
    pong = c.msg(nx + 930, ly + 105, "set connected: ngs serve answered")
    c.connect(route_in, 3, pong, 0)
    c.connect(pong, 0, c.obj(nx + 930, ly + 130, "s ngs-show-status"), 0)

    # Autotest (CI): `-send "ngs-autotest bang"` asks every track for a buffer (odd tracks /sample_note, even
    # tracks /sample_path), through the same buttons a player clicks, then quits once all are loaded.
    ay = ly + 380
    c.text(10, ay - 25, "autotest (CI): pd -send \"ngs-autotest bang\" requests a buffer on every track and "
                        "quits when all are loaded", width=120)
    auto_t = c.obj(10, ay + 25, "t b b b")
    c.chain(c.obj(10, ay, "r ngs-autotest"), auto_t)
    arm = c.msg(250, ay + 50, "1")
    counting = c.obj(170, ay + 75, "spigot")
    c.connect(auto_t, 2, arm, 0)
    c.connect(arm, 0, counting, 1)
    clicks = " ".join(f"\\; ngs-{'note' if track % 2 else 'path'}-{track} bang" for track in TRACKS)
    c.connect(auto_t, 1, c.msg(300, ay + 25, clicks), 0)
    timeout = c.obj(10, ay + 50, "delay 30000")
    c.connect(auto_t, 0, timeout, 0)
    timed_out = c.msg(10, ay + 75, "timeout")
    c.chain(timeout, timed_out)
    finish = c.obj(10, ay + 200, "t a a")  # print the outcome, then quit
    c.chain(timed_out, finish)
    c.connect(finish, 1, c.obj(60, ay + 225, "print ngs-autotest"), 0)
    c.chain(c.obj(170, ay + 50, "r ngs-loaded"), counting)
    one_more = c.obj(170, ay + 100, "t b")
    n = c.obj(170, ay + 125, "f")
    n_inc = c.obj(210, ay + 125, "+ 1")
    c.chain(counting, one_more, n, n_inc)
    c.connect(n_inc, 0, n, 1)
    all_loaded = c.obj(170, ay + 150, f"sel {N_TRACKS}")
    c.connect(n_inc, 0, all_loaded, 0)
    done = c.msg(170, ay + 175, f"done {N_TRACKS}")
    c.chain(all_loaded, done, finish)
    c.connect(finish, 0, c.msg(10, ay + 250, "\\; pd quit"), 0)
    return c


def main() -> int:
    maxpat = json.dumps(build_max(), indent=1) + "\n"
    outputs = {"neural_drum_machine.maxpat": maxpat, "neural_drum_machine.pd": build_pd(),
               "ngs_track.pd": build_pd_track()}
    for name, text in outputs.items():
        (HERE / name).write_text(text)
        print("wrote", HERE / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
