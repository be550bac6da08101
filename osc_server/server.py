"""The OSC server: one UDP socket, the receive loop, replies, and the wiring of protocol/jobs/buffers/stream.

The receiving thread decodes and validates every datagram (protocol.py), answers control messages
itself, and hands synthesis requests to the worker (jobs.py), which writes the buffer (buffers.py)
and replies `/buffer`. Replies go out of the same socket to the sender's IP on its reply port.
"""
from __future__ import annotations

import collections
import logging
import socket
import threading
from pathlib import Path
from typing import Any, Callable

import numpy as np

from granular_vae.data import describe_error

from .buffers import BufferStore
from .jobs import HitPool, Job, JobQueue, RecentRenders
from .protocol import (ADDRESSES, IGNORED, Address, Context, Malformed, ProtocolError, Request, decode_packet, encode,
                       parse_request)

log = logging.getLogger(__name__)
MAX_SENDERS = 1024      # remembered /reply_to settings; the oldest is forgotten first
MAX_ECHO = 256          # characters of a request's address repeated in its /error (a reply must fit a datagram)
SOURCE_PORT = 0         # /reply_to 0: reply to the port each request came from


class Server:
    """Serves one Synth over OSC/UDP. `serve_forever` runs the receive loop; `close` stops everything."""

    def __init__(self, synth: Any, *, host: str = "127.0.0.1", port: int = 7400, reply_port: int = 7401,
                 out_dir: str | Path, out_sr: int = 44100, keep: int = 8, allow_dirs: tuple[str | Path, ...] = (),
                 queue_size: int = 32, audio: Any = None):
        self.synth = synth
        self.buffers = BufferStore(Path(out_dir), synth.sample_rate, out_sr, keep)
        allowed = [Path(d).expanduser().resolve(strict=True) for d in allow_dirs]
        self.context = Context(tuple(synth.classes), synth.latent_dim, tuple(dict.fromkeys([*allowed, self.buffers.out_dir])))
        self.reply_port = reply_port
        self.audio = audio  # an AudioEngine, or None without --audio
        # With audio: each track's last buffer and its rate (the device's once resampled), for /play (written
        # by the worker).
        self._playable: dict[int, tuple[np.ndarray, int]] = {}
        self.served = 0
        self.errors = 0
        self._reply_ports: collections.OrderedDict[str, int] = collections.OrderedDict()
        self._running = threading.Event()
        self.pool = HitPool(self._render_ahead)
        self.recent = RecentRenders()
        self.jobs = JobQueue(self._run_job, queue_size, idle=self.pool.refill_one)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, port))
        self.sock.settimeout(0.25)  # lets serve_forever notice close() without a wake-up packet
        self.address: tuple[str, int] = self.sock.getsockname()
        # Control messages, answered on the receiving thread: (request, sender) -> None.
        self._control: dict[str, Callable[[Request, tuple[str, int]], None]] = {
            "/ping": lambda r, sender: self._reply(sender, "/pong"),
            "/classes": lambda r, sender: self._reply(sender, "/classes", *self.synth.classes),
            "/status": self._status,
            "/reply_to": self._reply_to,
            "/play": self._play,
            "/stream/start": lambda r, sender: self.audio.stream_start(r.args["class"]),
            "/stream/xy": lambda r, sender: self._stream_z(r, self.synth.xy_to_latent(r.args["x"], r.args["y"])),
            "/stream/z": lambda r, sender: self._stream_z(r, r.args["z"]),
            "/stream/stop": self._stream_stop,
        }
        missing = {a for a, spec in ADDRESSES.items() if spec.synth is None} ^ set(self._control)
        assert not missing, f"addresses without a handler: {missing}"

    # ------------------------------------------------------------------ lifecycle
    def serve_forever(self) -> None:
        """Receive and answer datagrams until close(); the worker runs alongside."""
        self.buffers.prepare()   # before the worker exists, which is then the only thread using buffers
        self.jobs.start()
        if self.audio is not None:
            self.audio.start()
        self._running.set()
        while self._running.is_set():
            try:
                data, sender = self.sock.recvfrom(65536)
            except socket.timeout:
                continue
            except OSError as e:
                if not self._running.is_set():  # close() closed the socket
                    return
                log.warning("receive failed: %s", e)  # e.g. an ICMP error surfacing; the socket still works
                continue
            self.handle_datagram(data, sender)

    def start(self) -> threading.Thread:
        """serve_forever in a background thread (tests, embedding); returns the thread."""
        t = threading.Thread(target=self.serve_forever, name="ngs-receiver", daemon=True)
        t.start()
        return t

    def close(self) -> None:
        self._running.clear()
        self.jobs.stop()
        if self.audio is not None:
            self.audio.close()
        self.buffers.close()
        self.sock.close()

    # ------------------------------------------------------------------ receiving
    def reply_address(self, sender: tuple[str, int]) -> tuple[str, int]:
        port = self._reply_ports.get(sender[0], self.reply_port)
        return sender[0], sender[1] if port == SOURCE_PORT else port

    def handle_datagram(self, data: bytes, sender: tuple[str, int]) -> None:
        """Decode, validate and answer (or queue) every message of one datagram. Never raises."""
        try:
            messages = decode_packet(data)
        except Malformed as e:
            self._error(self.reply_address(sender), e.address, ProtocolError(e.address, "malformed", detail=str(e)))
            return
        for msg in messages:
            if msg.address in IGNORED:
                continue
            try:
                req = parse_request(msg, self.context)
                if req.spec.synth is not None:
                    self.jobs.submit(Job(req, self.reply_address(sender)))
                else:
                    if req.spec.audio and self.audio is None:
                        raise ProtocolError(req.address, "audio_off")
                    self._control[req.address](req, sender)
            except ProtocolError as e:
                self._error(self.reply_address(sender), msg.address, e)
            except Exception as e:  # a bug must cost one /error, not the server
                log.exception("handling %s failed", msg.address)
                self._error(self.reply_address(sender), msg.address,
                            ProtocolError(msg.address, "internal", detail=f"{type(e).__name__}: {e}"))

    # ------------------------------------------------------------------ replies
    def _send(self, dest: tuple[str, int], address: str, *args: Any) -> None:
        try:
            self.sock.sendto(encode(address, *args), dest)
        except OSError as e:  # e.g. the client's port is closed (ICMP) or the socket is shutting down
            log.debug("reply %s to %s failed: %s", address, dest, e)

    def _reply(self, sender: tuple[str, int], address: str, *args: Any) -> None:
        self._send(self.reply_address(sender), address, *args)

    def _error(self, dest: tuple[str, int], address: str, err: ProtocolError) -> None:
        self.errors += 1
        log.debug("/error %s %s", address, err)
        self._send(dest, "/error", address[:MAX_ECHO], str(err))

    # ------------------------------------------------------------------ control messages
    def _status(self, req: Request, sender: tuple[str, int]) -> None:
        model = str(getattr(self.synth, "path", None) or "")
        audio = self.audio
        self._reply(sender, "/status", model, self.synth.sample_rate, self.buffers.out_sr, self.jobs.depth, self.jobs.size,
                   self.served, self.errors, int(audio is not None), int(bool(audio and audio.streaming)),
                   audio.underruns if audio else 0)

    def _reply_to(self, req: Request, sender: tuple[str, int]) -> None:
        ip, port = sender[0], req.args["port"]
        if port == self.address[1]:
            raise ProtocolError(req.address, "reply_to_self", port=port)
        self._reply_ports[ip] = port
        self._reply_ports.move_to_end(ip)
        while len(self._reply_ports) > MAX_SENDERS:
            self._reply_ports.popitem(last=False)
        self._reply(sender, "/reply_to", port)

    def _play(self, req: Request, sender: tuple[str, int]) -> None:
        track = req.args["track"]
        playable = self._playable.get(track)
        if playable is None:
            raise ProtocolError(req.address, "no_buffer", track=track)
        self.audio.play(*playable)

    def _need_stream(self, req: Request) -> None:
        if not self.audio.streaming:
            raise ProtocolError(req.address, "no_stream")

    def _stream_z(self, req: Request, z: np.ndarray | list[float]) -> None:
        self._need_stream(req)
        self.audio.stream_z(z)

    def _stream_stop(self, req: Request, sender: tuple[str, int]) -> None:
        self._need_stream(req)
        self.audio.stream_stop()

    # ------------------------------------------------------------------ the worker
    @staticmethod
    def _sound_key(req: Request) -> tuple | None:
        """(address, arguments but the track) for requests the model answers without reading files."""
        if not req.spec.prerender:
            return None
        return req.address, tuple(sorted((k, v) for k, v in req.args.items() if k != "track"))

    def _render_ahead(self, key: tuple) -> np.ndarray:
        address, args = key
        return self._render(ADDRESSES[address], dict(args))

    def _render(self, spec: Address, args: dict[str, Any]) -> np.ndarray:
        """The model's answer to an address and its arguments, at the output rate."""
        return self.buffers.resample(spec.synth(self.synth, args))

    def _run_job(self, job: Job) -> None:
        req = job.request
        try:
            # Unseeded: a hit rendered ahead, if one is ready. Seeded: the same sound as last time, if recent.
            key = self._sound_key(req)
            if key is None:
                out = self._render(req.spec, req.args)
            elif req.args.get("seed") is not None:
                if (out := self.recent.get(key)) is None:
                    out = self._render(req.spec, req.args)
                    self.recent.put(key, out)
            elif (out := self.pool.take(key)) is None:
                out = self._render(req.spec, req.args)
            try:
                path, n = self.buffers.save(req.args["track"], out)
            except OSError as e:  # e.g. the folder was removed or the disk is full
                raise ProtocolError(req.address, "write_failed", dir=self.buffers.out_dir, detail=describe_error(e)) from None
        except ProtocolError as e:
            self._error(job.reply_to, req.address, e)
            return
        except (ValueError, RuntimeError) as e:  # the model refused the request
            self._error(job.reply_to, req.address, ProtocolError(req.address, "synthesis_failed", detail=str(e)))
            return
        except Exception as e:
            log.exception("%s failed", req.address)
            self._error(job.reply_to, req.address, ProtocolError(req.address, "internal", detail=f"{type(e).__name__}: {e}"))
            return
        self.served += 1
        track, out_sr = req.args["track"], self.buffers.out_sr
        if self.audio is not None:   # before the reply: a /play sent as soon as it arrives finds this buffer
            self._playable[track] = (out, out_sr)
        self._send(job.reply_to, "/buffer", track, str(path), n, out_sr)
        if self.audio is not None:   # resampled after the reply, off the request path (a /play before it resamples)
            self._playable[track] = (self.audio.to_device_rate(out, out_sr), self.audio.rate)
        self.buffers.prune()
        self.buffers.prepare()
