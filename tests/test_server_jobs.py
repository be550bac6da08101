"""osc_server.jobs: the bounded queue, the worker that outlives failures, and the render-ahead pool."""
from __future__ import annotations

import io
import threading

import numpy as np
import pytest
import soundfile as sf

from osc_server.buffers import BufferStore
from osc_server.jobs import HitPool, Job, JobQueue, RecentRenders
from osc_server.protocol import ADDRESSES, ProtocolError, Request


def job(n: int) -> Job:
    return Job(Request("/sample_note", ADDRESSES["/sample_note"], {"track": 1, "n": n}), ("127.0.0.1", 1))


def test_full_queue_refuses_at_once_and_the_worker_serves_in_order():
    gate, done = threading.Event(), []
    finished = threading.Event()

    def handle(j: Job) -> None:
        gate.wait(10)
        done.append(j.request.args["n"])
        if len(done) == 3:
            finished.set()

    q = JobQueue(handle, size=2)
    q.start()
    q.submit(job(0))
    for _ in range(100):  # wait until the worker holds job 0, so exactly two more fit
        if q.depth == 0:
            break
        threading.Event().wait(0.01)
    q.submit(job(1))
    q.submit(job(2))
    with pytest.raises(ProtocolError, match="busy: 2 requests queued") as e:
        q.submit(job(3))
    assert e.value.address == "/sample_note" and q.depth == 2
    gate.set()
    assert finished.wait(10) and done == [0, 1, 2]
    q.stop()


def test_worker_outlives_a_failing_job_and_stops_cleanly():
    done = threading.Event()

    def handle(j: Job) -> None:
        if j.request.args["n"] == 0:
            raise RuntimeError("bug")
        done.set()

    q = JobQueue(handle, size=4)
    q.start()
    q.submit(job(0))
    q.submit(job(1))
    assert done.wait(10)
    q.stop()
    assert not q._thread.is_alive()


def test_idle_work_runs_only_while_no_job_waits():
    calls = []
    pool = HitPool(lambda key: (calls.append(key), f"sound-{len(calls)}")[1], per_key=2, max_keys=2)
    assert pool.take("a") is None and not pool.refill_one()   # asked once: not worth rendering ahead
    assert pool.take("a") is None          # asked twice: "a" is wanted
    assert pool.refill_one() and pool.refill_one() and not pool.refill_one()
    assert pool.take("a") == "sound-1" and pool.take("a") == "sound-2" and pool.take("a") is None
    for key in "bbcc":                     # max_keys=2: "a", the least recently asked, is forgotten
        pool.take(key)
    while pool.refill_one():
        pass
    assert calls == ["a", "a", "c", "c", "b", "b"]


def test_a_key_that_cannot_render_is_dropped():
    def render(key):
        raise ValueError("no")

    pool = HitPool(render)
    pool.take("x")
    pool.take("x")
    with pytest.raises(ValueError):
        pool.refill_one()
    assert not pool.refill_one()


def test_queue_calls_idle_work_between_jobs():
    ran = threading.Event()
    q = JobQueue(lambda j: None, size=2, idle=lambda: (ran.set(), False)[1])
    q.start()
    assert ran.wait(5)
    q.stop()


def test_recent_renders_forget_the_oldest_beyond_their_sample_budget():
    recent = RecentRenders(max_samples=10)
    recent.put("a", [0] * 4)
    recent.put("b", [0] * 4)
    assert recent.get("a") is not None   # now the most recent
    recent.put("c", [0] * 4)             # 12 > 10: "b", the least recent, goes
    assert recent.get("b") is None and recent.get("a") is not None and len(recent) == 2
    recent.put("huge", [0] * 11)         # larger than the whole budget: not kept, nothing evicted
    assert recent.get("huge") is None and len(recent) == 2
    recent.put("a", [0] * 6)             # replacing an entry counts its new size only
    assert len(recent) == 2 and recent.get("c") is not None


def test_buffer_files_are_float_wavs_as_libsndfile_writes_them(tmp_path):
    """The hand-packed WAV header: libsndfile reads every sample back bit-exactly, and the fmt and fact
    chunks are the ones libsndfile itself writes."""
    store = BufferStore(tmp_path, 22050, 44100, keep=2)
    rng = np.random.default_rng(0)
    for n in (1, 777, 44100):
        audio = (rng.standard_normal(n) * 0.3).astype(np.float32)
        audio[0] = 1.7                                           # float WAVs keep values beyond full scale
        path, count = store.save(3, audio)
        back, sr = sf.read(path, dtype="float32")
        info = sf.info(path)
        assert (sr, count, info.subtype, info.channels) == (44100, n, "FLOAT", 1)
        np.testing.assert_array_equal(back, audio)
        theirs = io.BytesIO()
        sf.write(theirs, audio, 44100, subtype="FLOAT", format="WAV")
        ours = path.read_bytes()
        assert ours[12:48] == theirs.getvalue()[12:48]          # fmt (16 bytes) and fact chunks
        assert ours[48:52] == b"data" and len(ours) == 56 + 4 * n
    assert len(list(tmp_path.glob("*.wav"))) == 3
    store.prune()
    assert len(list(tmp_path.glob("*.wav"))) == 2


def test_buffers_written_into_the_file_made_ahead_are_exact_at_any_length(tmp_path):
    """save() overwrites the zero-filled temporary file prepare() made (as long as the last buffer) and cuts it to
    its own length; close() removes the unused one; a crash's leftover is removed by the next store."""
    store = BufferStore(tmp_path, 44100, 44100, keep=8)
    rng = np.random.default_rng(1)
    for n in (44100, 100, 30000, 50000):   # first into an empty file, then shorter and longer than the last
        store.prepare()
        spare = [p.name for p in tmp_path.glob(".next-*.tmp")]
        assert len(spare) == 1
        audio = rng.standard_normal(n).astype(np.float32)
        path, count = store.save(0, audio)
        back, _ = sf.read(path, dtype="float32")
        np.testing.assert_array_equal(back, audio)
        assert count == n and path.stat().st_size == 56 + 4 * n
        assert not (tmp_path / spare[0]).exists(), "the spare became the buffer"
    store.prepare()
    store.close()
    assert not list(tmp_path.glob(".*")), "close() removes the unused spare"
    (tmp_path / ".next-abcdef.wav.123-0123abcd.tmp").write_bytes(b"\0" * 10)   # as a crash would leave it
    BufferStore(tmp_path, 44100, 44100).close()
    assert not list(tmp_path.glob(".*"))
