"""`ngs check-patch FILE...`: validate the drum machine patches without Max or Pd's GUI.

A `.maxpat` is checked for what makes Max refuse or silently break a patch: JSON shape, unique box ids,
every patchline from an existing outlet to an existing inlet, and the inlet/outlet counts and outlet types
of every object against a table of what Max gives that object (objects not in the table are reported:
nothing here can check them). Then against the server: the `[udpsend]`/`[udpreceive]` ports are `ngs
serve`'s defaults (read from its own argument parser) and appear nowhere else, every OSC address the patch
sends is one the server's dispatcher handles (`osc_server.protocol.ADDRESSES`), every reply it routes is
one the server sends, and it has one `[buffer~]` and one row of step toggles per track.

A `.pd` gets the checks that need no table: connections between existing boxes, the OSC addresses its
`[oscformat]`s send and its `[route]` after `[oscparse]` receives, and the ports.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

from .protocol import ADDRESSES, REPLIES, TRACK_MAX, TRACK_MIN

N_TRACKS = 8   # the drum machine's tracks: 1..8
N_STEPS = 16
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def server_defaults() -> tuple[str, int, int]:
    """(host, port, reply port) that `ngs serve` uses without arguments, read from its own parser."""
    from . import cli

    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    args = parser.parse_args(["serve"])
    return args.host, args.port, args.reply_port


# ------------------------------------------------------------------------------------- Max object table
# name -> (arguments -> (numinlets, outlettype)). Counts as Max 8/9 create them (e.g. [route a b] has one
# inlet per argument plus one; [r name] has no inlet); outlettype "" is "anything".

Spec = Callable[[list[str]], tuple[int, list[str]]]


def _fixed(inlets: int, outlets: list[str]) -> Spec:
    return lambda args: (inlets, outlets)


def _trigger(args: list[str]) -> tuple[int, list[str]]:
    kinds = {"b": "bang", "i": "int", "f": "float", "l": "", "s": "", "a": ""}
    return 1, [kinds.get(a, "") for a in (args or ["b", "b"])]


def _unpack(args: list[str]) -> tuple[int, list[str]]:
    def kind(a: str) -> str:
        if re.fullmatch(r"-?\d+", a) or a == "i":
            return "int"
        if re.fullmatch(r"-?\d*\.\d*", a) or a == "f":
            return "float"
        return ""
    return 1, [kind(a) for a in (args or ["0", "0"])]


def _channels(args: list[str]) -> int:
    return int(args[1]) if len(args) > 1 and args[1].isdigit() else 1


def _arith(args: list[str]) -> tuple[int, list[str]]:
    return 2, ["float" if args and "." in args[0] else "int"]


MAX_OBJECTS: dict[str, Spec] = {
    "udpsend": _fixed(1, []),
    "udpreceive": _fixed(1, [""]),
    "buffer~": _fixed(1, ["float", "bang"]),
    "play~": lambda a: (1, ["signal"] * _channels(a) + ["bang"]),
    "groove~": lambda a: (3, ["signal"] * _channels(a) + ["signal"]),
    "dac~": lambda a: (len(a) or 2, []),
    "*~": _fixed(2, ["signal"]),
    "metro": _fixed(2, ["bang"]),
    "counter": _fixed(5, ["int", "", "", "int"]),
    "delay": _fixed(2, ["bang"]),
    "route": lambda a: (len(a) + 1, [""] * (len(a) + 1)),
    "sel": lambda a: (len(a) + 1, ["bang"] * len(a) + [""]),
    "select": lambda a: (len(a) + 1, ["bang"] * len(a) + [""]),
    "gate": lambda a: (2, [""] * (int(a[0]) if a else 1)),
    "t": _trigger,
    "trigger": _trigger,
    "unpack": _unpack,
    "pak": lambda a: (len(a) or 2, [""]),
    "pack": lambda a: (len(a) or 2, [""]),
    "zl": _fixed(2, ["", ""]),
    "iter": _fixed(1, [""]),
    "prepend": _fixed(1, [""]),
    "i": _fixed(2, ["int"]),
    "+": _arith,
    "/": _arith,
    "!/": _fixed(2, ["float"]),
    "loadbang": _fixed(1, ["bang"]),
    "loadmess": _fixed(1, [""]),
    "print": _fixed(1, []),
    "s": _fixed(1, []),
    "send": _fixed(1, []),
    "r": _fixed(0, [""]),
    "receive": _fixed(0, [""]),
    "conformpath": _fixed(1, ["", "int"]),
}

MAX_UI: dict[str, tuple[int, list[str]]] = {
    "message": (2, [""]),
    "comment": (1, []),
    "toggle": (1, ["int"]),
    "button": (1, ["bang"]),
    "number": (1, ["", "bang"]),
    "flonum": (1, ["", "bang"]),
    "umenu": (1, ["int", "", ""]),
    "slider": (1, [""]),
    "ezdac~": (2, []),
    "dropfile": (1, ["", ""]),
}


def _boxes(patcher: dict[str, Any], where: str, problems: list[str]) -> list[dict[str, Any]]:
    """The patcher's boxes, checking the JSON shape of each; nested patchers are included."""
    out = []
    boxes = patcher.get("boxes")
    if not isinstance(boxes, list):
        problems.append(f"{where}: 'boxes' must be a list")
        return out
    for n, item in enumerate(boxes):
        box = item.get("box") if isinstance(item, dict) else None
        if not isinstance(box, dict):
            problems.append(f"{where}: boxes[{n}] is not {{'box': {{...}}}}")
            continue
        ok = (isinstance(box.get("id"), str) and isinstance(box.get("maxclass"), str)
              and all(isinstance(box.get(k), int) and box[k] >= 0 for k in ("numinlets", "numoutlets"))
              and isinstance(box.get("patching_rect"), list) and len(box["patching_rect"]) == 4)
        if not ok:
            problems.append(f"{where}: boxes[{n}] needs id, maxclass, numinlets, numoutlets and a 4-number "
                            f"patching_rect")
            continue
        out.append(box)
    return out


def _words(box: dict[str, Any]) -> list[str]:
    return str(box.get("text", "")).split()


def _name(box: dict[str, Any]) -> str:
    return str(box.get("text", box["maxclass"]))


def _check_counts(box: dict[str, Any], where: str, problems: list[str]) -> None:
    outlettype = box.get("outlettype", [])
    label = f"{where}: {box['id']} [{_name(box)}]"
    if len(outlettype) != box["numoutlets"]:
        problems.append(f"{label}: numoutlets {box['numoutlets']} but {len(outlettype)} outlettype entries")
    if box["maxclass"] == "newobj":
        words = _words(box)
        spec = MAX_OBJECTS.get(words[0]) if words else None
        if spec is None:
            problems.append(f"{label}: unknown object (not in patch_check.MAX_OBJECTS, so it cannot be checked)")
            return
        inlets, types = spec(words[1:])
    elif box["maxclass"] in MAX_UI:
        inlets, types = MAX_UI[box["maxclass"]]
    else:
        problems.append(f"{label}: unknown maxclass {box['maxclass']!r}")
        return
    if (box["numinlets"], box["numoutlets"]) != (inlets, len(types)):
        problems.append(f"{label}: Max gives it {inlets} inlet(s) and {len(types)} outlet(s), the file says "
                        f"{box['numinlets']} and {box['numoutlets']}")
    elif list(outlettype) != types:
        problems.append(f"{label}: outlettype should be {types}, is {outlettype}")


def _messages(box: dict[str, Any]) -> list[list[str]]:
    """The messages a message box sends (split at commas), or what a [prepend ...] puts in front."""
    words = _words(box)
    if box["maxclass"] == "message":
        return [m.split() for m in " ".join(words).replace(",", " , ").split(" , ") if m.split()]
    if box["maxclass"] == "newobj" and words[:1] == ["prepend"]:
        return [words[1:]]
    return []


def check_maxpat(data: Any) -> list[str]:
    """Problems found in a parsed .maxpat (an empty list: it passes)."""
    problems: list[str] = []
    patcher = data.get("patcher") if isinstance(data, dict) else None
    if not isinstance(patcher, dict):
        return ["top level must be {'patcher': {...}}"]
    if not isinstance(patcher.get("lines"), list):
        problems.append("patcher: 'lines' must be a list")
    all_boxes: list[dict[str, Any]] = []
    pending = [(patcher, "patcher")]
    while pending:  # the patcher and any subpatchers, each with its own ids and lines
        current, where = pending.pop()
        boxes = _boxes(current, where, problems)
        all_boxes += boxes
        ids = Counter(b["id"] for b in boxes)
        problems += [f"{where}: duplicate box id {i!r} ({n} boxes)" for i, n in ids.items() if n > 1]
        by_id = {b["id"]: b for b in boxes}
        for b in boxes:
            _check_counts(b, where, problems)
            if isinstance(b.get("patcher"), dict):
                pending.append((b["patcher"], f"{where}/{b['id']}"))
        for n, item in enumerate(current.get("lines") or []):
            line = item.get("patchline") if isinstance(item, dict) else None
            try:
                (src, outlet), (dst, inlet) = line["source"], line["destination"]
            except (TypeError, KeyError, ValueError):
                problems.append(f"{where}: lines[{n}] is not a patchline with source and destination [id, n]")
                continue
            if src not in by_id or dst not in by_id:
                problems.append(f"{where}: lines[{n}] connects {src!r} -> {dst!r}, a box that does not exist")
            elif not (isinstance(outlet, int) and 0 <= outlet < by_id[src]["numoutlets"]):
                problems.append(f"{where}: lines[{n}] leaves outlet {outlet} of {src} [{_name(by_id[src])}], "
                                f"which has {by_id[src]['numoutlets']}")
            elif not (isinstance(inlet, int) and 0 <= inlet < by_id[dst]["numinlets"]):
                problems.append(f"{where}: lines[{n}] enters inlet {inlet} of {dst} [{_name(by_id[dst])}], "
                                f"which has {by_id[dst]['numinlets']}")
    problems += _check_against_server(all_boxes)
    return problems


def _evenly_spaced(xs: list[float], n: int) -> bool:
    """n toggles side by side at one pitch: a row of steps (other toggles may follow on the same row)."""
    return len(xs) == n and len({round(b - a, 3) for a, b in zip(xs, xs[1:])}) == 1


def _check_against_server(boxes: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    host, port, reply_port = server_defaults()
    words = [(b, _words(b)) for b in boxes if b["maxclass"] in ("newobj", "message")]   # split once
    objects = [(b, w) for b, w in words if b["maxclass"] == "newobj" and w]
    senders = [w for _, w in objects if w[0] == "udpsend"]
    receivers = [w for _, w in objects if w[0] == "udpreceive"]
    if len(senders) != 1 or len(receivers) != 1:
        problems.append(f"expected one [udpsend] and one [udpreceive], found {len(senders)} and {len(receivers)}")
    for w in senders:
        if len(w) != 3 or w[1] not in LOCAL_HOSTS | {host} or w[2] != str(port):
            problems.append(f"[{' '.join(w)}] should be [udpsend {host} {port}] (ngs serve's --host/--port)")
    for w in receivers:
        if w[1:2] != [str(reply_port)]:
            problems.append(f"[{' '.join(w)}] should be [udpreceive {reply_port}] (ngs serve's --reply-port)")
    problems += _port_problems([w for _, ws in words for w in ws], (port, reply_port))

    for b in boxes:
        for m in _messages(b):
            address = m[0]
            if not address.startswith("/"):
                continue
            if address not in ADDRESSES:
                problems.append(f"{b['id']} sends {address}, which ngs serve does not handle "
                                f"(known: {' '.join(ADDRESSES)})")
            elif ADDRESSES[address].args and ADDRESSES[address].args[0].name == "track" and len(m) > 1:
                if m[1].lstrip("-").isdigit() and not TRACK_MIN <= int(m[1]) <= TRACK_MAX:
                    problems.append(f"{b['id']} sends {address} to track {m[1]}, outside {TRACK_MIN}..{TRACK_MAX}")
    for b, w in objects:
        if w[0] == "route":
            unknown = [a for a in w[1:] if a.startswith("/") and a not in REPLIES]
            if unknown:
                problems.append(f"{b['id']} [{' '.join(w)}] waits for {' '.join(unknown)}, which ngs serve never sends")

    buffers = {w[1] for _, w in objects if w[0] == "buffer~" and len(w) > 1}
    if len(buffers) != N_TRACKS:
        problems.append(f"expected {N_TRACKS} [buffer~]s with distinct names (one per track), found {len(buffers)}")
    rows: dict[float, list[float]] = defaultdict(list)
    for b in boxes:
        if b["maxclass"] == "toggle":
            rows[round(b["patching_rect"][1])].append(b["patching_rect"][0])
    step_rows = sum(1 for xs in rows.values() if _evenly_spaced(sorted(xs)[:N_STEPS], N_STEPS))
    if step_rows != N_TRACKS:
        problems.append(f"expected {N_TRACKS} rows of {N_STEPS} step toggles, found {step_rows}")
    return problems


# ------------------------------------------------------------------------------------- Pd

_PD_BOX = ("obj", "msg", "text", "floatatom", "symbolatom", "listbox")


def _pd_scan(text: str, name: str, problems: list[str]) -> tuple[list[str], list[list[str]], list[str]]:
    """Check one .pd file's connections -> (oscformat addresses, route arguments, obj/msg words)."""
    stack: list[int] = []   # per open canvas: its box count so far
    records = [r.strip() for r in re.split(r"(?<!\\);\s*\n?", text) if r.strip()]
    sends: list[str] = []
    routes: list[list[str]] = []
    words_seen: list[str] = []
    for rec in records:
        words = rec.split()
        if words[0] == "#N" and words[1:2] == ["canvas"]:
            stack.append(0)
            continue
        if words[0] != "#X" or not stack:
            continue
        kind = words[1]
        if kind == "restore":
            stack.pop()
            if stack:
                stack[-1] += 1   # the subpatch is a box of its parent
            continue
        if kind in _PD_BOX:
            stack[-1] += 1
            if kind in ("obj", "msg"):
                body = words[4:]
                words_seen += body
                if kind == "obj" and body[:1] == ["oscformat"]:
                    args = body[1:]
                    while args and args[0].startswith("-"):
                        args = args[2:]
                    sends += ["/" + "/".join(args)] if args else []
                if kind == "obj" and body[:1] == ["route"]:
                    routes.append(body[1:])
        elif kind == "connect":
            a, _, b, _ = (int(w) for w in words[2:6])
            if not (0 <= a < stack[-1] and 0 <= b < stack[-1]):
                problems.append(f"{name}: connect {' '.join(words[2:6])}: box {a if a >= stack[-1] else b} "
                                f"does not exist (the canvas has {stack[-1]} boxes)")
    return sends, routes, words_seen


def check_pd(text: str, abstractions: dict[str, str] | None = None) -> list[str]:
    """Problems found in a .pd patch and the abstractions it uses ({name: text}): connections, the OSC
    addresses its [oscformat]s send, a [route] of the server's replies, the ports in one place."""
    problems: list[str] = []
    sends: list[str] = []
    routes: list[list[str]] = []
    words: list[str] = []
    for name, patch in {"patch": text, **(abstractions or {})}.items():
        s, r, w = _pd_scan(patch, name, problems)
        sends += s
        routes += r
        words += w
    problems += [f"[oscformat] sends {a}, which ngs serve does not handle" for a in sends if a not in ADDRESSES]
    if not sends:
        problems.append("no [oscformat]: the patch sends nothing to the server")
    replies = {a.lstrip("/") for a in REPLIES}
    if not any(r and set(r) <= replies for r in routes):
        problems.append(f"no [route] of server replies ({' '.join(sorted(replies))}) after [oscparse]")
    _, port, reply_port = server_defaults()
    return problems + _port_problems(words, (port, reply_port))


def _port_problems(words: list[str], ports: tuple[int, int]) -> list[str]:
    """The server's port and reply port must each appear once among a patch's words: one place to change them."""
    return [f"port {p} should appear once, in the box that sends to or listens on it; it appears {n} times"
            for p in ports if (n := words.count(str(p))) != 1]


# ------------------------------------------------------------------------------------- CLI

def check_file(path: Path) -> list[str]:
    """Problems in one patch file, by its suffix; unreadable files are a problem too."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return [f"cannot read: {e}"]
    if path.suffix == ".maxpat":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            return [f"not JSON: {e}"]
        return check_maxpat(data)
    if path.suffix == ".pd":  # with the abstractions next to it that it uses, e.g. [ngs_track 1]
        used = set(re.findall(r"#X obj -?\d+ -?\d+ (\S+)", text))
        subs = {p.name: p.read_text(encoding="utf-8") for p in path.parent.glob("*.pd") if p.stem in used}
        return check_pd(text, subs)
    return [f"unknown patch type {path.suffix!r} (expected .maxpat or .pd)"]


def run(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.files:
        problems = check_file(path)
        if problems:
            bad += 1
            print(f"{path}: {len(problems)} problem(s)")
            for p in problems:
                print(f"  - {p}")
        else:
            print(f"{path}: ok")
    return 1 if bad else 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check-patch", help="validate the Max/Pd drum machine patches without Max",
        description="Check a .maxpat (structure, inlet/outlet counts of every object, patchlines, 8 buffers "
        "and 8 rows of 16 steps) or a main .pd patch with the abstractions next to it (connections) against ngs "
        "serve: its default ports, the OSC addresses sent and the replies routed. Exits 1 when any file has a "
        "problem.")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".maxpat or .pd file")
    p.set_defaults(func=run)
