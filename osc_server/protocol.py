"""The OSC protocol of `ngs serve`: every address, its argument schema, its reply, and every /error message.

Parsing and validation live here and nowhere else: `decode_packet` turns a UDP datagram into messages,
`parse_request` checks one message against `ADDRESSES` and returns a `Request` whose arguments are
already converted and range-checked, or raises `ProtocolError` carrying the /error text.

The decoder is our own (about 60 lines) rather than python-osc's because a server that must answer every
malformed packet needs it to be strict: python-osc skips unknown type tags with a logged warning (shifting
the remaining arguments) and lets invalid UTF-8 escape as a UnicodeDecodeError. Replies are still encoded
with python-osc's message builder.
"""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from pythonosc.osc_message_builder import OscMessageBuilder

# Drum-machine tracks are numbered 1..16 (the Max drum machine uses 1..8).
TRACK_MIN, TRACK_MAX = 1, 16
SEED_MAX = 2**31 - 1
MAX_GRAINS = 2000             # /sample_path length cap: ~23 s at the default 22.05 kHz / 256 hop
MAX_INPUT_SECONDS = 20.0      # /resynthesis and /vary input cap: longer files would hold the worker for too long
MAX_INPUT_BYTES = 64 * 2**20  # /resynthesis and /vary input cap before the file is even opened
MAX_BUNDLE_DEPTH = 8
MAX_FIELD = 400               # characters of any one value quoted in an /error (a reply must fit a datagram)
# Our own reply addresses arriving as requests are dropped without an answer, so the server and a
# misconfigured peer (or the server and itself) can never bounce /error messages back and forth.
IGNORED = frozenset({"/pong", "/error", "/buffer"})

# Every /error message the server sends, by key. `ProtocolError(address, key, **fields)` formats one.
ERRORS: dict[str, str] = {
    "malformed": "malformed OSC packet: {detail}",
    "unknown_address": "unknown address; known: {known}",
    "arg_count": "expects {usage}, got {n} argument(s)",
    "not_int": "{name} must be an integer, got {got}",
    "not_number": "{name} must be a number, got {got}",
    "not_string": "{name} must be a string, got {got}",
    "not_finite": "{name} must be finite, got {got}",
    "out_of_range": "{name} must be in [{lo}, {hi}], got {got}",
    "unknown_class": "unknown class {got} (known: {known}, or an index 0..{last})",
    "class_required": "{name} needs a class (a name or an index 0..{last}), not -1",
    "z_length": "z needs {want} floats (the latent size), got {n}",
    "path_relative": "{name} must be an absolute path, got {got!r}",
    "path_outside": "{name} {got!r} is outside the allowed folders ({allowed}); start ngs serve with --allow-dir",
    "path_missing": "{name} {got!r} does not exist",
    "path_not_file": "{name} {got!r} is not a regular file",
    "file_too_big": "{path} is too big ({size_mb:.1f} MiB > {limit_mb:.0f} MiB)",
    "file_too_long": "{path} is too long ({seconds:.1f} s > {limit:.0f} s)",
    "file_unreadable": "cannot read audio from {path}: {detail}",
    "file_empty": "{path} holds no audio samples",
    "reply_to_self": "port {port} is this server's own port",
    "busy": "busy: {depth} requests queued, try again",
    "write_failed": "cannot write the buffer in {dir}: {detail}",
    "audio_off": "audio output is off; start ngs serve with --audio",
    "no_buffer": "track {track} has no buffer yet",
    "no_stream": "no stream running; send /stream/start first",
    "synthesis_failed": "synthesis failed: {detail}",
    "internal": "internal error ({detail}); the server is still running",
}


class ProtocolError(ValueError):
    """A request the server refuses; becomes `/error <address> <message>`."""

    def __init__(self, address: str, key: str, **fields: Any):
        self.address = address
        self.key = key
        short = {k: v[:MAX_FIELD] + "..." if isinstance(v, str) and len(v) > MAX_FIELD else v for k, v in fields.items()}
        super().__init__(ERRORS[key].format(**short))


# ---------------------------------------------------------------------------------------------- decoding

_INT32 = struct.Struct(">i")
_INT64 = struct.Struct(">q")
_FLOAT32 = struct.Struct(">f")
_FLOAT64 = struct.Struct(">d")


class Malformed(ValueError):
    """The datagram is not valid OSC 1.0; `address` is its leading address when one could be read."""

    def __init__(self, detail: str, address: str = "?"):
        self.address = address
        super().__init__(detail)


@dataclass(frozen=True)
class Message:
    address: str
    args: tuple[Any, ...]


def _string(data: bytes, i: int) -> tuple[str, int]:
    end = data.find(b"\0", i)
    if end < 0:
        raise Malformed("string without a terminating NUL")
    nxt = (end + 4) & ~3
    if nxt > len(data):
        raise Malformed("string padding runs past the end")
    try:
        return data[i:end].decode("utf-8"), nxt
    except UnicodeDecodeError:
        raise Malformed("string is not UTF-8") from None


def _fixed(data: bytes, i: int, codec: struct.Struct) -> tuple[Any, int]:
    if i + codec.size > len(data):
        raise Malformed("argument runs past the end")
    return codec.unpack_from(data, i)[0], i + codec.size


def _message(data: bytes) -> Message:
    address, i = _string(data, 0)
    if not address.startswith("/"):
        raise Malformed("address must start with '/'")
    if i == len(data):  # OSC 1.0 allows omitting the type tag string when there are no arguments
        return Message(address, ())
    try:
        tags, i = _string(data, i)
        if not tags.startswith(","):
            raise Malformed("type tag string must start with ','")
        args: list[Any] = []
        for tag in tags[1:]:
            if tag == "i":
                v, i = _fixed(data, i, _INT32)
            elif tag == "h":
                v, i = _fixed(data, i, _INT64)
            elif tag == "f":
                v, i = _fixed(data, i, _FLOAT32)
            elif tag == "d":
                v, i = _fixed(data, i, _FLOAT64)
            elif tag in "sS":
                v, i = _string(data, i)
            elif tag == "b":
                size, i = _fixed(data, i, _INT32)
                if size < 0 or i + size > len(data):
                    raise Malformed("blob size runs past the end")
                v, i = bytes(data[i:i + size]), (i + size + 3) & ~3
            elif tag in "TFN":
                v = {"T": True, "F": False, "N": None}[tag]
            else:
                raise Malformed(f"unsupported type tag {tag!r}")
            args.append(v)
        if i != len(data):
            raise Malformed("bytes left after the last argument")
        return Message(address, tuple(args))
    except Malformed as e:
        raise Malformed(str(e), address) from None


def decode_packet(data: bytes, depth: int = 0) -> list[Message]:
    """One UDP datagram (a message or a bundle, possibly nested) -> its messages in order.

    Bundle time tags are ignored: every message is handled as soon as it arrives.
    Raises `Malformed` for anything that is not valid OSC 1.0.
    """
    if not data.startswith(b"#bundle\0"):
        if not data.startswith(b"/"):
            raise Malformed("not an OSC message or bundle" if data else "empty datagram")
        if len(data) % 4:
            raise Malformed("size is not a multiple of 4")
        return [_message(data)]
    if depth >= MAX_BUNDLE_DEPTH:
        raise Malformed("bundles nested too deep")
    i, out = 16, []  # "#bundle\0" + 8-byte time tag
    if len(data) < i:
        raise Malformed("bundle without a time tag")
    while i < len(data):
        size, i = _fixed(data, i, _INT32)
        if size <= 0 or size % 4 or i + size > len(data):
            raise Malformed("bundle element size is invalid")
        out += decode_packet(data[i:i + size], depth + 1)
        i += size
    return out


def encode(address: str, *args: Any) -> bytes:
    """A reply datagram; ints become 'i', floats 'f', strings 's'."""
    builder = OscMessageBuilder(address)
    for a in args:
        builder.add_arg(a)
    return builder.build().dgram


# ---------------------------------------------------------------------------------------------- schema

@dataclass(frozen=True)
class Context:
    """What validation needs to know about the running server."""

    classes: tuple[str, ...]
    latent_dim: int
    allowed_dirs: tuple[Path, ...]  # resolved folders /resynthesis and /vary may read from


@dataclass(frozen=True)
class Arg:
    """One argument. kind: int, float, class (name or index), path, floats (all remaining arguments)."""

    name: str
    kind: str
    lo: float | None = None
    hi: float | None = None
    default: Any = ...            # `...` = required
    allow_no_class: bool = False  # class kind: -1 means "no class"

    @property
    def required(self) -> bool:
        return self.default is ...

    @property
    def usage(self) -> str:
        s = f"<{self.name}:{self.kind}{'...' if self.kind == 'floats' else ''}>"
        return s if self.required else f"[{s[1:-1]}]"


@dataclass(frozen=True)
class Address:
    """One address: its arguments, what it replies, and for synthesis requests the job it queues.

    `synth` is `(synth: granular_vae.Synth, args: dict) -> float32 audio [samples] at the model rate`;
    addresses without one are answered directly by the server. `audio`: needs `ngs serve --audio`.
    `prerender`: the model answers from its arguments alone (no files): without a seed the result is a
    random draw, so it may be rendered ahead of the request; with one it is deterministic, so a recent
    render may be reused (jobs.py).
    """

    args: tuple[Arg, ...]
    reply: str
    doc: str
    synth: Callable[[Any, dict[str, Any]], Any] | None = field(default=None, compare=False)
    audio: bool = False
    prerender: bool = False

    @property
    def min_args(self) -> int:
        return sum(a.required for a in self.args)

    @property
    def max_args(self) -> int | None:
        """None: any number (a trailing `floats` argument)."""
        return None if self.args and self.args[-1].kind == "floats" else len(self.args)

    def usage(self, address: str) -> str:
        return " ".join([address, *(a.usage for a in self.args)])


TRACK = Arg("track", "int", TRACK_MIN, TRACK_MAX)
SEED = Arg("seed", "int", 0, SEED_MAX, default=None)


def _resynthesize(synth: Any, a: dict[str, Any]) -> Any:
    from .buffers import read_input  # buffers imports soundfile; keep protocol importable on its own
    audio, sr = read_input(a["input_path"], "/resynthesis")
    return synth.resynthesize(audio, sr, cls=a["class"], stretch=a["stretch"])


def _vary(synth: Any, a: dict[str, Any]) -> Any:
    from .buffers import read_input
    audio, sr = read_input(a["input_path"], "/vary")
    return synth.vary(synth.embed(audio, sr, a["class"]), a["class"], temperature=a["temperature"], seed=a["seed"])


BUFFER_REPLY = "/buffer <track:int> <path:string> <n_samples:int> <sr:int>"

ADDRESSES: dict[str, Address] = {
    "/ping": Address((), "/pong", "Liveness check."),
    "/classes": Address((), "/classes <name:string>...", "The model's drum classes; index i is class i."),
    "/status": Address(
        (), "/status <model:string> <sr:int> <out_sr:int> <queue_depth:int> <queue_size:int> <served:int> "
        "<errors:int> <audio:int> <streaming:int> <underruns:int>",
        "Model file, its sample rate, the output rate, jobs waiting, queue capacity, buffers written, "
        "/error replies sent, 1 when audio output is on, 1 while a live stream runs, audio underruns so far."),
    "/reply_to": Address(
        (Arg("port", "int", 0, 65535),), "/reply_to <port:int> (sent to the new port)",
        "Send this sender's replies to <port> from now on; 0 = back to the port each request came from."),
    "/sample_note": Address(
        (TRACK, Arg("class", "class"), Arg("temperature", "float", 0.0, 10.0, default=1.0), SEED),
        BUFFER_REPLY, "A new one-shot (one note long) sampled from the recurrent embedding.",
        synth=lambda s, a: s.sample_note(a["class"], temperature=a["temperature"], seed=a["seed"]), prerender=True),
    "/sample_path": Address(
        (TRACK, Arg("class", "class", default=None, allow_no_class=True),
         Arg("n_grains", "int", 1, MAX_GRAINS, default=None), SEED),
        BUFFER_REPLY, "A randomised linear path through the grain latent space (default: one note long).",
        synth=lambda s, a: s.sample_path(a["class"], n_grains=a["n_grains"], seed=a["seed"]), prerender=True),
    "/resynthesis": Address(
        (TRACK, Arg("input_path", "path"), Arg("class", "class", default=None, allow_no_class=True),
         Arg("stretch", "float", 0.25, 4.0, default=1.0)),
        BUFFER_REPLY, "An audio file (inside --allow-dir or the output folder) encoded and decoded by the model.",
        synth=_resynthesize),
    "/vary": Address(
        (TRACK, Arg("input_path", "path"), Arg("class", "class", default=None, allow_no_class=True),
         Arg("temperature", "float", 0.0, 10.0, default=0.3), SEED),
        BUFFER_REPLY, "A new hit near the one in an audio file (inside --allow-dir or the output folder): "
        "temperature 0 is the file's hit as the model hears it, 1 strays as far as a class's hits spread.",
        synth=_vary),
    "/morph": Address(
        (TRACK, Arg("class_a", "class"), Arg("class_b", "class"), Arg("alpha", "float", 0.0, 1.0), SEED),
        BUFFER_REPLY, "A hit between hits sampled from two classes; alpha 0 = class_a, 1 = class_b.",
        synth=lambda s, a: s.morph(a["class_a"], a["class_b"], a["alpha"], seed=a["seed"]), prerender=True),
    "/play": Address((TRACK,), "nothing (sound)", "Play the track's last buffer on the server's audio output.",
                     audio=True),
    "/stream/start": Address(
        (Arg("class", "class", default=None, allow_no_class=True),), "nothing (sound)",
        "Start live grain-by-grain synthesis at the centre of the 2-D map (restarts a running stream).",
        audio=True),
    "/stream/xy": Address(
        (Arg("x", "float", -1.0, 1.0), Arg("y", "float", -1.0, 1.0)), "nothing (sound)",
        "Move the stream to a point of the 2-D PCA map of the grain latent space; heard one grain hop later.",
        audio=True),
    "/stream/z": Address(
        (Arg("z", "floats", -10.0, 10.0),), "nothing (sound)",
        "Set the stream's grain latent directly (latent_dim floats).", audio=True),
    "/stream/stop": Address((), "nothing (silence)", "Stop the live stream.", audio=True),
}

# What the server sends back, for documentation and patch validators.
REPLIES: dict[str, str] = {
    "/pong": "/pong",
    "/classes": ADDRESSES["/classes"].reply,
    "/status": ADDRESSES["/status"].reply,
    "/reply_to": "/reply_to <port:int>",
    "/buffer": BUFFER_REPLY,
    "/error": "/error <address:string> <message:string>",
}


# ---------------------------------------------------------------------------------------------- validation

@dataclass(frozen=True)
class Request:
    address: str
    spec: Address
    args: dict[str, Any]


def _type_name(v: Any) -> str:
    if isinstance(v, bool):
        return "a boolean"
    if v is None:
        return "nil"
    if isinstance(v, bytes):
        return "a blob"
    if isinstance(v, str):
        return f"string {v!r}"
    return repr(v)


def _number(address: str, arg: Arg, v: Any, integer: bool, name: str | None = None) -> int | float:
    name = name or arg.name
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ProtocolError(address, "not_int" if integer else "not_number", name=name, got=_type_name(v))
    if not math.isfinite(v):
        raise ProtocolError(address, "not_finite", name=name, got=v)
    if integer:
        if isinstance(v, float) and not v.is_integer():  # Pd sends every number as a float
            raise ProtocolError(address, "not_int", name=name, got=v)
        v = int(v)
    else:
        v = float(v)
    if (arg.lo is not None and v < arg.lo) or (arg.hi is not None and v > arg.hi):
        raise ProtocolError(address, "out_of_range", name=name, lo=arg.lo, hi=arg.hi, got=v)
    return v


def _class(address: str, arg: Arg, v: Any, ctx: Context) -> int | None:
    """A class name or index -> its index; -1 -> None where the address allows "no class"."""
    last = len(ctx.classes) - 1
    if isinstance(v, str):
        if v in ctx.classes:
            return ctx.classes.index(v)
        raise ProtocolError(address, "unknown_class", got=repr(v), known=", ".join(ctx.classes), last=last)
    i = _number(address, Arg(arg.name, "int"), v, integer=True)
    if i == -1:
        if arg.allow_no_class:
            return None
        raise ProtocolError(address, "class_required", name=arg.name, last=last)
    if not 0 <= i <= last:
        raise ProtocolError(address, "unknown_class", got=i, known=", ".join(ctx.classes), last=last)
    return i


def _path(address: str, arg: Arg, v: Any, ctx: Context) -> Path:
    """An input file path, resolved (symlinks followed) and checked to lie inside an allowed folder."""
    if not isinstance(v, str):
        raise ProtocolError(address, "not_string", name=arg.name, got=_type_name(v))
    p = Path(v)
    if not p.is_absolute():
        raise ProtocolError(address, "path_relative", name=arg.name, got=v)
    try:  # containment first, so nothing is revealed about files outside the allowed folders
        real = p.resolve()
        if not any(real.is_relative_to(d) for d in ctx.allowed_dirs):
            allowed = ", ".join(map(str, ctx.allowed_dirs)) or "none"
            raise ProtocolError(address, "path_outside", name=arg.name, got=v, allowed=allowed)
        real = p.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, dangling link, symlink loop, permission
        raise ProtocolError(address, "path_missing", name=arg.name, got=v) from None
    if not real.is_file():
        raise ProtocolError(address, "path_not_file", name=arg.name, got=v)
    return real


def parse_request(msg: Message, ctx: Context) -> Request:
    """Check one message against ADDRESSES -> Request with converted arguments, or raise ProtocolError."""
    spec = ADDRESSES.get(msg.address)
    if spec is None:
        raise ProtocolError(msg.address, "unknown_address", known=" ".join(ADDRESSES))
    n = len(msg.args)
    if n < spec.min_args or (spec.max_args is not None and n > spec.max_args):
        raise ProtocolError(msg.address, "arg_count", usage=spec.usage(msg.address), n=n)
    out: dict[str, Any] = {}
    for k, arg in enumerate(spec.args):
        if arg.kind == "floats":
            vals = msg.args[k:]
            if len(vals) != ctx.latent_dim:
                raise ProtocolError(msg.address, "z_length", want=ctx.latent_dim, n=len(vals))
            out[arg.name] = [_number(msg.address, arg, v, False, f"{arg.name}[{j}]") for j, v in enumerate(vals)]
            break
        if k >= n:
            out[arg.name] = arg.default
            continue
        v = msg.args[k]
        if arg.kind in ("int", "float"):
            out[arg.name] = _number(msg.address, arg, v, integer=arg.kind == "int")
        elif arg.kind == "class":
            out[arg.name] = _class(msg.address, arg, v, ctx)
        else:  # path
            out[arg.name] = _path(msg.address, arg, v, ctx)
    return Request(msg.address, spec, out)
