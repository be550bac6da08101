"""osc_server.protocol: the OSC decoder, the address table, argument validation and docs/OSC.md in step."""
from __future__ import annotations

import math
import re
import struct
from pathlib import Path

import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from osc_server.protocol import (ADDRESSES, ERRORS, REPLIES, TRACK_MAX, TRACK_MIN, Context, Malformed, Message,
                                 ProtocolError, decode_packet, encode, parse_request)

CLASSES = ("clap", "cowbell", "cymbal", "hat", "kick", "perc", "snare", "tom")
DOCS = Path(__file__).resolve().parent.parent / "docs" / "OSC.md"


def osc(address: str, *args: tuple[str, object]) -> bytes:
    """A datagram built by python-osc with explicit type tags: osc("/a", ("i", 1), ("s", "x"))."""
    b = OscMessageBuilder(address)
    for tag, value in args:
        b.add_arg(value, tag)
    return b.build().dgram


@pytest.fixture
def ctx(tmp_path: Path) -> Context:
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    return Context(CLASSES, 4, (allowed.resolve(),))


def parse(ctx: Context, address: str, *args) -> dict:
    return parse_request(Message(address, tuple(args)), ctx).args


def refused(ctx: Context, address: str, *args) -> ProtocolError:
    with pytest.raises(ProtocolError) as e:
        parse_request(Message(address, tuple(args)), ctx)
    assert e.value.address == address
    return e.value


# ------------------------------------------------------------------------------------------------ decoding

def test_decodes_every_supported_type_like_python_osc():
    data = osc("/x", ("i", -7), ("h", 2**40), ("f", 0.5), ("d", 1e-300), ("s", "kick"), ("T", True), ("F", False),
               ("N", None), ("b", b"\x01\x02\x03"))
    (m,) = decode_packet(data)
    assert m.address == "/x"
    assert m.args == (-7, 2**40, 0.5, 1e-300, "kick", True, False, None, b"\x01\x02\x03")
    assert list(m.args) == OscMessage(data).params


def test_decodes_message_without_type_tags_and_nested_bundles():
    assert decode_packet(b"/ping\0\0\0") == [Message("/ping", ())]
    inner = OscBundleBuilder(IMMEDIATELY)
    inner.add_content(OscMessageBuilder("/classes").build())
    outer = OscBundleBuilder(IMMEDIATELY)
    outer.add_content(OscMessageBuilder("/ping").build())
    outer.add_content(inner.build())
    assert [m.address for m in decode_packet(outer.build().dgram)] == ["/ping", "/classes"]


@pytest.mark.parametrize("data, detail", [
    (b"", "empty datagram"),
    (b"hello world!", "not an OSC message or bundle"),
    (b"/abc", "without a terminating NUL"),
    (b"/ab\0\0", "multiple of 4"),
    (b"/ab\0,i\0\0", "runs past the end"),
    (b"/ab\0,x\0\0", "unsupported type tag 'x'"),
    (b"/ab\0i\0\0\0", "must start with ','"),
    (b"/ab\0,\0\0\0\0\0\0\0", "bytes left"),
    (b"/ab\0,s\0\0\xff\xfe\0\0", "not UTF-8"),
    (b"/ab\0,b\0\0\0\0\0\x10\0\0\0\0", "blob size"),
    (b"#bundle\0\0\0", "time tag"),
    (b"#bundle\0" + bytes(8) + struct.pack(">i", 64) + b"/ab\0", "element size"),
    (b"#bundle\0" + bytes(8) + struct.pack(">i", 4) + b"\x00abc", "not an OSC message"),
])
def test_malformed_datagrams_are_refused_with_a_reason(data, detail):
    with pytest.raises(Malformed, match=re.escape(detail)):
        decode_packet(data)


def test_malformed_message_keeps_its_address_for_the_error_reply():
    with pytest.raises(Malformed) as e:
        decode_packet(b"/sample_note\0\0\0\0,i\0\0")
    assert e.value.address == "/sample_note"


def test_deeply_nested_bundles_are_refused():
    data = OscMessageBuilder("/ping").build().dgram
    for _ in range(20):
        data = b"#bundle\0" + bytes(8) + struct.pack(">i", len(data)) + data
    with pytest.raises(Malformed, match="nested too deep"):
        decode_packet(data)


def test_encode_is_read_back_by_python_osc():
    m = OscMessage(encode("/buffer", 3, "/tmp/x.wav", 44100, 44100))
    assert m.address == "/buffer" and m.params == [3, "/tmp/x.wav", 44100, 44100]


# ------------------------------------------------------------------------------------------------ validation

def test_sample_note_arguments_are_converted_with_defaults(ctx):
    assert parse(ctx, "/sample_note", 2, "kick") == {"track": 2, "class": 4, "temperature": 1.0, "seed": None}
    # Pd sends every number as a float; whole floats are accepted as ints, class indices too
    assert parse(ctx, "/sample_note", 2.0, 6.0, 0, 7.0) == {"track": 2, "class": 6, "temperature": 0.0, "seed": 7}


def test_every_address_parses_a_valid_message(ctx):
    path = ctx.allowed_dirs[0] / "in.wav"
    path.write_bytes(b"RIFF")
    valid = {
        "/ping": (), "/classes": (), "/status": (), "/reply_to": (9000,), "/sample_note": (1, "snare", 0.5, 3),
        "/sample_path": (16, -1, 10, 0), "/resynthesis": (1, str(path), "tom", 2.0),
        "/vary": (1, str(path), "kick", 0.5, 4), "/morph": (1, "kick", 2, 0.25, 9),
        "/play": (8,), "/stream/start": ("hat",), "/stream/xy": (-1, 1.0), "/stream/z": (0.1, -0.2, 0.3, 4),
        "/stream/stop": (),
    }
    assert set(valid) == set(ADDRESSES)
    for address, args in valid.items():
        req = parse_request(Message(address, args), ctx)
        assert req.spec is ADDRESSES[address]
    assert parse(ctx, "/sample_path", 1) == {"track": 1, "class": None, "n_grains": None, "seed": None}
    assert parse(ctx, "/resynthesis", 1, str(path))["input_path"] == path.resolve()
    assert parse(ctx, "/vary", 1, str(path)) == {"track": 1, "input_path": path.resolve(), "class": None,
                                                 "temperature": 0.3, "seed": None}
    assert parse(ctx, "/stream/z", 0, 1, 2, 3)["z"] == [0.0, 1.0, 2.0, 3.0]


def test_unknown_address_and_argument_counts(ctx):
    assert "unknown address" in str(refused(ctx, "/sample"))
    err = refused(ctx, "/sample_note", 1)
    assert str(err) == "expects /sample_note <track:int> <class:class> [temperature:float] [seed:int], got 1 argument(s)"
    assert "got 5" in str(refused(ctx, "/sample_note", 1, "kick", 1.0, 2, 3))
    assert "got 1" in str(refused(ctx, "/ping", 1))


@pytest.mark.parametrize("address, args, message", [
    ("/sample_note", (TRACK_MIN - 1, "kick"), f"track must be in [{TRACK_MIN}, {TRACK_MAX}], got 0"),
    ("/sample_note", (TRACK_MAX + 1, "kick"), "track must be in"),
    ("/sample_note", (1.5, "kick"), "track must be an integer, got 1.5"),
    ("/sample_note", ("1", "kick"), "track must be an integer, got string '1'"),
    ("/sample_note", (True, "kick"), "track must be an integer, got a boolean"),
    ("/sample_note", (None, "kick"), "track must be an integer, got nil"),
    ("/sample_note", (b"\x01", "kick"), "track must be an integer, got a blob"),
    ("/sample_note", (1, "kick", math.nan), "temperature must be finite, got nan"),
    ("/sample_note", (1, "kick", math.inf), "temperature must be finite"),
    ("/sample_note", (1, "kick", "hot"), "temperature must be a number"),
    ("/sample_note", (1, "kick", 11.0), "temperature must be in [0.0, 10.0]"),
    ("/sample_note", (1, "kick", 1.0, -1), "seed must be in [0, 2147483647], got -1"),
    ("/sample_note", (1, "kik"), "unknown class 'kik' (known: clap, cowbell, cymbal, hat, kick, perc, snare, tom, or an index 0..7)"),
    ("/sample_note", (1, 8), "unknown class 8"),
    ("/sample_note", (1, -1), "class needs a class (a name or an index 0..7), not -1"),
    ("/sample_note", (1, 2.5), "class must be an integer, got 2.5"),
    ("/sample_path", (1, -1, 0), "n_grains must be in [1, 2000], got 0"),
    ("/sample_path", (1, -1, 100000), "n_grains must be in"),
    ("/resynthesis", (1, 5), "input_path must be a string, got 5"),
    ("/resynthesis", (1, "relative/file.wav"), "input_path must be an absolute path"),
    ("/resynthesis", (1, "{allowed}/in.wav", "kick", 5.0), "stretch must be in [0.25, 4.0]"),
    ("/morph", (1, "kick", "snare", 1.5), "alpha must be in [0.0, 1.0], got 1.5"),
    ("/morph", (1, "kick", "snare", math.nan), "alpha must be finite"),
    ("/reply_to", (70000,), "port must be in [0, 65535]"),
    ("/stream/xy", (0.0, 1.01), "y must be in [-1.0, 1.0], got 1.01"),
    ("/stream/z", (0.0, 1.0, 2.0), "z needs 4 floats (the latent size), got 3"),
    ("/stream/z", (0.0, 1.0, math.nan, 2.0), "z[2] must be finite"),
    ("/stream/z", (0.0, 1.0, 20.0, 2.0), "z[2] must be in [-10.0, 10.0]"),
])
def test_bad_arguments_get_a_clear_message(ctx, address, args, message):
    (ctx.allowed_dirs[0] / "in.wav").write_bytes(b"RIFF")
    args = tuple(a.format(allowed=ctx.allowed_dirs[0]) if isinstance(a, str) else a for a in args)
    assert message in str(refused(ctx, address, *args))


def test_input_paths_must_resolve_inside_an_allowed_folder(ctx, tmp_path):
    allowed = ctx.allowed_dirs[0]
    inside = allowed / "hit.wav"
    inside.write_bytes(b"data")
    outside = tmp_path / "secret.wav"
    outside.write_bytes(b"data")
    (allowed / "link.wav").symlink_to(outside)          # a link inside pointing outside
    (allowed / "sub").mkdir()
    assert parse(ctx, "/resynthesis", 1, str(inside))["input_path"] == inside.resolve()
    for path in (outside, allowed / "link.wav", allowed / ".." / "secret.wav", Path("/etc/passwd")):
        assert "is outside the allowed folders" in str(refused(ctx, "/resynthesis", 1, str(path)))
    assert "does not exist" in str(refused(ctx, "/resynthesis", 1, str(allowed / "missing.wav")))
    assert "is not a regular file" in str(refused(ctx, "/resynthesis", 1, str(allowed / "sub")))
    (allowed / "loop").symlink_to(allowed / "loop")
    assert "does not exist" in str(refused(ctx, "/resynthesis", 1, str(allowed / "loop")))
    assert "is outside" in str(refused(ctx, "/resynthesis", 1, str(tmp_path / "missing.wav")))  # no existence probe


def test_no_allowed_folder_refuses_every_path(tmp_path):
    f = tmp_path / "a.wav"
    f.write_bytes(b"x")
    err = refused(Context(CLASSES, 4, ()), "/resynthesis", 1, str(f))
    assert "allowed folders (none)" in str(err)


# ------------------------------------------------------------------------------------------------ the table and the docs

def test_table_shape_for_patch_validators():
    for address, spec in ADDRESSES.items():
        assert address.startswith("/")
        assert 0 <= spec.min_args <= (spec.max_args if spec.max_args is not None else 99)
        assert spec.usage(address).startswith(address)
        assert (spec.synth is not None) == spec.reply.startswith("/buffer")
    assert ADDRESSES["/stream/z"].max_args is None
    assert REPLIES["/error"] == "/error <address:string> <message:string>"


def test_docs_describe_every_address_reply_and_the_track_range():
    text = DOCS.read_text()
    for address in [*ADDRESSES, *REPLIES]:
        assert f"`{address}" in text, f"docs/OSC.md does not mention {address}"
    assert f"**{TRACK_MIN}..{TRACK_MAX}**" in text
    assert ADDRESSES["/status"].reply in text
    for key in ERRORS:  # every message's fixed leading words appear in the errors table
        words = re.split(r"\{", ERRORS[key])[0].strip() or ERRORS[key].split("}", 1)[1].split("{")[0].strip()
        assert words in text, f"docs/OSC.md does not show the {key!r} error ({words!r})"
