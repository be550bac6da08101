"""The bounded request queue and the worker thread between the socket and the model.

The receiver never waits on synthesis: it `submit`s a job and goes back to the socket. When the queue
is full, `submit` refuses at once (the caller answers `/error ... busy`), so a flood costs a bounded
amount of memory instead of a growing backlog.

While the queue is empty the worker renders ahead (`HitPool`): unseeded requests are random draws, so
a hit drawn before the request is exactly as fresh as one drawn after it, and a step sequencer asking
for a new hit every step gets it without waiting for the model. Seeded requests are deterministic, so
the last ones are remembered (`RecentRenders`): a live-coded pattern that repeats a seeded hit every
cycle renders it once.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Hashable

from .protocol import ProtocolError, Request

log = logging.getLogger(__name__)
IDLE_AFTER_S = 0.005  # idle work waits this long after the last job, leaving the CPU to the client reading its reply


@dataclass(frozen=True)
class Job:
    request: Request
    reply_to: tuple[str, int]   # where the answer goes (sender IP, reply port)


class JobQueue:
    """A bounded FIFO of jobs served in order by one worker thread calling `handle(job)`.

    `handle` is expected to answer the job itself (reply or /error); anything it raises is logged and
    the worker carries on with the next job.
    """

    def __init__(self, handle: Callable[[Job], Any], size: int = 32, idle: Callable[[], bool] | None = None):
        """idle: called while no job waits; returns True if it did some work (then it is called again)."""
        if size < 1:
            raise ValueError("queue size must be at least 1")
        self.size = size
        self._handle = handle
        self._idle = idle
        self._queue: queue.Queue[Job | None] = queue.Queue(maxsize=size)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ngs-worker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def depth(self) -> int:
        """Jobs waiting (not counting the one being served)."""
        return self._queue.qsize()

    def submit(self, job: Job) -> None:
        """Queue a job, or raise ProtocolError('busy') at once when the queue is full."""
        try:
            self._queue.put_nowait(job)
        except queue.Full:
            raise ProtocolError(job.request.address, "busy", depth=self.size) from None

    def _run(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=IDLE_AFTER_S) if self._idle is not None else self._queue.get()
            except queue.Empty:
                try:
                    if not self._stop.is_set() and self._idle():
                        continue
                except Exception:
                    log.exception("idle work failed")
                job = self._queue.get()
            if job is None or self._stop.is_set():
                return
            try:
                self._handle(job)
            except Exception:  # the worker must outlive any bug in one job
                log.exception("job %s failed", job.request.address)

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the job in progress, drop the waiting ones, and join the worker."""
        self._stop.set()
        while True:  # make room for the wake-up sentinel
            try:
                self._queue.put_nowait(None)
                break
            except queue.Full:
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    pass
        if self._thread.is_alive():
            self._thread.join(timeout)


class HitPool:
    """Sounds rendered ahead for the request kinds (keys) asked for recently, a few per key.

    Used by the worker thread only. `take(key)` returns a ready sound or None and counts the ask;
    `refill_one()` renders one missing sound for the most recently asked key that was asked at least
    twice (a key asked once, say by a dial sweeping the temperature, is not worth rendering ahead).
    """

    def __init__(self, render: Callable[[Hashable], Any], per_key: int = 2, max_keys: int = 16):
        self._render = render
        self.per_key, self.max_keys = per_key, max_keys
        self._ready: OrderedDict[Hashable, list[Any]] = OrderedDict()
        self._asks: dict[Hashable, int] = {}

    def take(self, key: Hashable) -> Any | None:
        ready = self._ready.setdefault(key, [])
        self._asks[key] = self._asks.get(key, 0) + 1
        self._ready.move_to_end(key)
        while len(self._ready) > self.max_keys:
            del self._asks[self._ready.popitem(last=False)[0]]
        return ready.pop(0) if ready else None

    def refill_one(self) -> bool:
        for key in reversed(self._ready):
            if self._asks[key] >= 2 and len(self._ready[key]) < self.per_key:
                try:
                    sound = self._render(key)
                except Exception:
                    del self._ready[key], self._asks[key]  # never retry a key that cannot render
                    raise
                self._ready[key].append(sound)
                return True
        return False


class RecentRenders:
    """The most recent renders by key, up to `max_samples` samples in all (the oldest are forgotten first).

    Used by the worker thread only. A key must determine the sound (a seeded request without its track).
    """

    def __init__(self, max_samples: int = 1 << 22):
        self.max_samples = max_samples
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._samples = 0

    def get(self, key: Hashable) -> Any | None:
        sound = self._items.get(key)
        if sound is not None:
            self._items.move_to_end(key)
        return sound

    def put(self, key: Hashable, sound: Any) -> None:
        if len(sound) > self.max_samples:
            return
        old = self._items.pop(key, None)
        self._samples += len(sound) - (0 if old is None else len(old))
        self._items[key] = sound
        while self._samples > self.max_samples:
            self._samples -= len(self._items.popitem(last=False)[1])

    def __len__(self) -> int:
        return len(self._items)
