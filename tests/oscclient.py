"""A small python-osc client over a real UDP socket, and an in-process server on free ports, for the server tests."""
from __future__ import annotations

import contextlib
import socket
from pathlib import Path
from typing import Any, Iterator

from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder


def build(address: str, *args: Any) -> bytes:
    """python-osc message; an arg may be (tag, value) to force its OSC type."""
    b = OscMessageBuilder(address)
    for a in args:
        if isinstance(a, tuple):
            b.add_arg(a[1], a[0])
        else:
            b.add_arg(a)
    return b.build().dgram


class OscClient:
    """Sends from its own socket; receives on it too unless `listen` is another socket (the reply port)."""

    def __init__(self, server: tuple[str, int], listen: socket.socket | None = None):
        self.server = server
        self.sock = udp_socket()
        self.listen = listen or self.sock

    def send(self, address: str, *args: Any) -> None:
        self.sock.sendto(build(address, *args), self.server)

    def send_raw(self, data: bytes) -> None:
        self.sock.sendto(data, self.server)

    def recv(self, timeout: float = 10.0) -> tuple[str, list]:
        self.listen.settimeout(timeout)
        data, sender = self.listen.recvfrom(65536)
        assert sender[0] == self.server[0], f"reply from {sender}, not from the server's host {self.server[0]}"
        m = OscMessage(data)
        return m.address, m.params

    def ask(self, address: str, *args: Any, timeout: float = 10.0) -> tuple[str, list]:
        self.send(address, *args)
        return self.recv(timeout)

    def close(self) -> None:
        self.sock.close()


def udp_socket() -> socket.socket:
    """A socket bound to a free port on 127.0.0.1."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    return s


def free_port() -> int:
    with contextlib.closing(udp_socket()) as s:
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(synth: Any, out_dir: Path, **kwargs: Any) -> Iterator[Any]:
    """An osc_server.server.Server on a free port (replies to each request's source port unless told)."""
    from osc_server.server import Server

    kwargs.setdefault("reply_port", 0)
    server = Server(synth, port=0, out_dir=out_dir, **kwargs)
    server.start()
    try:
        yield server
    finally:
        server.close()
