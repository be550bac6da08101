"""Batch resynthesis of audio files and folders through a `Synth` (the engine behind `ngs resynth`).

One input file becomes one output WAV under OUT_DIR, mirroring the input tree. Long files are cut
into overlapping segments (bounded memory, and `--jobs` can share one long file between workers);
the rendered segments are joined with equal-power crossfades centred on the cuts. Every output is
written to a temp file and renamed, so an interrupted run never leaves a half-written WAV.
"""
from __future__ import annotations

import contextlib
import csv
import io
import math
import multiprocessing
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr
import torch
from threadpoolctl import threadpool_limits
from tqdm import tqdm

from .atomic import AtomicFile, atomic_write
from .data import describe_error, fit_length, read_audio, to_mono
from .devices import cpu_threads
from .synth import Synth

# Extensions looked at inside folders: what libsndfile reads, plus common formats it cannot read, so a
# folder of .m4a files is reported as unsupported instead of silently ignored.
AUDIO_EXTENSIONS = frozenset(
    ".wav .wave .bwf .flac .ogg .oga .opus .mp3 .aif .aiff .aifc .au .snd .caf .w64 .rf64 .sd2 .voc .xi "
    ".m4a .mp4 .aac .alac .wma .ape .wv".split()
)
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("input", "output", "duration_s", "seconds_taken", "status", "reason")
# Longest piece rendered at once: the unit of work for --jobs, and short enough that a render's tensors
# stay in cache (measured ~250x real time per core for 1-5 s pieces, ~100x for 30 s ones).
SEGMENT_SECONDS = 4.0
CROSSFADE_SECONDS = 0.1    # blend between neighbouring segments
TASK_SECONDS = 4.0         # short files are grouped into tasks of about this much audio (fewer round trips)
TASK_MAX_SEGMENTS = 16


class BatchError(ValueError):
    """A run that cannot start (e.g. outputs would land next to the inputs); nothing was written."""


# ------------------------------------------------------------------------------------ audio files
def read_mono(path: str | Path, start: int = 0, stop: int | None = None) -> tuple[np.ndarray, int]:
    """Frames [start, stop) of any file soundfile reads -> (mono float32 [samples], sample rate)."""
    audio, sr = sf.read(str(path), start=start, stop=stop, dtype="float32", always_2d=True)
    return to_mono(audio), sr


class WavWriter:
    """Mono float32 chunks -> a 32-bit float WAV (never clips) at `path`, resampled from `sr` to `out_sr`
    on the fly and written atomically: the file appears complete on commit(), or not at all."""

    def __init__(self, path: Path, sr: int, out_sr: int | None = None):
        self._resampler = None if out_sr in (None, sr) else soxr.ResampleStream(sr, out_sr, 1, dtype="float32")
        path.parent.mkdir(parents=True, exist_ok=True)  # the output tree mirrors the inputs' folders
        self._atomic = AtomicFile(path)
        try:   # through a Python file object: libsndfile's own files are fsynced, which costs ms per file
            self._sound = sf.SoundFile(self._atomic.file, "w", out_sr or sr, 1, "FLOAT", format="WAV")
        except BaseException:
            self._atomic.abort()
            raise

    def write(self, chunk: np.ndarray, last: bool = False) -> None:
        if self._resampler is not None:
            chunk = self._resampler.resample_chunk(chunk, last=last)
        self._sound.write(chunk)

    def commit(self) -> None:
        if self._resampler is not None:
            self.write(np.zeros(0, np.float32), last=True)
        self._sound.close()
        self._atomic.commit()

    def abort(self) -> None:
        self._sound.close()
        self._atomic.abort()


def write_wav_atomic(path: Path, audio: np.ndarray, sr: int, out_sr: int | None = None) -> None:
    """Mono audio [samples] at sr -> a float WAV at out_sr (default sr), written atomically."""
    writer = WavWriter(path, sr, out_sr)
    try:
        writer.write(audio)
        writer.commit()
    except BaseException:
        writer.abort()
        raise


# ------------------------------------------------------------------------------------ segmenting
def split_points(n: int, max_len: int) -> np.ndarray:
    """Cuts [segments + 1] splitting n samples into equal pieces of at most max_len (first 0, last n)."""
    count = max(1, math.ceil(n / max_len))
    return np.round(np.linspace(0, n, count + 1)).astype(np.int64)


class Joiner:
    """Joins overlapping renders, arriving in any order, into consecutive output chunks.

    Piece k [samples] starts at output sample offsets[k] and owns [cuts[k], cuts[k+1]); across each
    inner cut the two neighbours blend over `crossfade` samples centred on it (clamped to the shortest
    piece). The fades are equal-power (sin/cos): neighbours render the same sound with independent
    noise, so their powers, not their amplitudes, add. Each piece must cover its span plus half a fade.
    Only pieces that arrive ahead of their turn are held, so memory does not grow with the file.
    """

    def __init__(self, offsets: Sequence[int], cuts: Sequence[int], crossfade: int):
        self.offsets, self.cuts, self.last = list(offsets), [int(c) for c in cuts], len(offsets) - 1
        self.crossfade = int(min(crossfade, np.diff(cuts).min())) if self.last else 0
        theta = (np.arange(self.crossfade) + 0.5) / max(self.crossfade, 1) * (np.pi / 2)
        self.fade_in, self.fade_out = np.sin(theta).astype(np.float32), np.cos(theta).astype(np.float32)
        self.waiting: dict[int, np.ndarray] = {}
        self.next = 0
        self.tail = np.zeros(0, np.float32)   # the faded-out end of the previous piece

    @property
    def done(self) -> bool:
        return self.next > self.last

    def add(self, k: int, piece: np.ndarray) -> list[np.ndarray]:
        """Take piece k; return the output chunks that are now final, in order."""
        self.waiting[k] = piece
        chunks = []
        while self.next in self.waiting:
            chunks.append(self._join(self.next, self.waiting.pop(self.next)))
            self.next += 1
        return chunks

    def _join(self, k: int, piece: np.ndarray) -> np.ndarray:
        fade, half, offset = self.crossfade, self.crossfade // 2, self.offsets[k]
        a = self.cuts[k] - (half if k > 0 else 0)
        b = self.cuts[k + 1] + (fade - half if k < self.last else 0)
        if a < offset or b > offset + len(piece):
            raise ValueError(f"piece {k} covers [{offset}, {offset + len(piece)}) but must cover [{a}, {b})")
        chunk = piece[a - offset : b - offset].astype(np.float32, copy=True)
        if k > 0:
            chunk[:fade] = chunk[:fade] * self.fade_in + self.tail
        if k == self.last:
            return chunk
        chunk[len(chunk) - fade :] *= self.fade_out
        self.tail = chunk[len(chunk) - fade :]
        return chunk[: len(chunk) - fade]


def crossfade_join(pieces: Sequence[np.ndarray], offsets: Sequence[int], cuts: Sequence[int], crossfade: int) -> np.ndarray:
    """All pieces joined at once by a Joiner -> [cuts[-1]]."""
    joiner = Joiner(offsets, cuts, crossfade)
    return np.concatenate([chunk for k, piece in enumerate(pieces) for chunk in joiner.add(k, piece)])


@dataclass(frozen=True)
class Segment:
    """Input frames [start, stop) of file number `file` (at rate sr), rendered with `seed`."""
    file: int
    index: int
    path: str
    start: int
    stop: int
    sr: int
    seed: int | None

    @property
    def seconds(self) -> float:
        return (self.stop - self.start) / self.sr


@dataclass
class FilePlan:
    """How one input is rendered: segments read at input frames, joined at output samples."""
    input: Path
    output: Path
    frames: int
    sr: int
    segments: list[Segment]
    offsets: list[int]          # output sample where each segment's render starts ...
    ends: list[int]             # ... and ends
    cuts: list[int]             # output samples each segment owns: [cuts[k], cuts[k+1])
    crossfade: int              # output samples of each blend

    @property
    def duration(self) -> float:
        return self.frames / self.sr


def plan_file(number: int, src: Path, dst: Path, frames: int, sr: int, synth: Synth, stretch: float,
              seed: int | None, segment_seconds: float, crossfade_seconds: float) -> FilePlan:
    """Cut a file of `frames` at `sr` into segments with enough overlap for the crossfade.

    Each segment reads `pad` extra frames on both sides so that the edge grains and the resampler's
    edge effects fall outside the part of the render that is used.
    """
    ratio = stretch * synth.sample_rate / sr               # output samples per input frame
    crossfade = round(crossfade_seconds * synth.sample_rate * stretch)
    margin = 2 * synth.grain_size * max(1.0, stretch)      # output samples spoilt at a render's edges
    pad = math.ceil((crossfade / 2 + margin) / ratio)
    bounds = split_points(frames, max(1, round(segment_seconds * sr)))
    length = round(frames * ratio)
    cuts = [min(round(b * ratio), length) for b in bounds]
    segments = []
    for k in range(len(bounds) - 1):
        lo, hi = max(0, int(bounds[k]) - pad), min(frames, int(bounds[k + 1]) + pad)
        segments.append(Segment(number, k, str(src), lo, hi, sr, None if seed is None else seed + k))
    offsets = [round(s.start * ratio) for s in segments]
    ends = [round(s.stop * ratio) for s in segments]
    return FilePlan(src, dst, frames, sr, segments, offsets, ends, cuts, crossfade)


# ------------------------------------------------------------------------------------ finding files
@dataclass
class FileResult:
    """One row of the manifest."""
    input: Path
    output: Path | None
    duration: float = 0.0      # seconds of input audio (0 when unknown)
    seconds: float = 0.0       # time spent rendering and writing it (summed over workers)
    status: str = "failed"     # done | skipped | failed
    reason: str = ""


@dataclass
class Found:
    pairs: list[tuple[Path, Path]] = field(default_factory=list)    # (input, output)
    failed: list[FileResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def find_files(inputs: Iterable[str | Path], out_dir: str | Path, recursive: bool = False) -> Found:
    """Map input files and folders to outputs under out_dir, mirroring each folder's tree.

    A file F becomes out_dir/F.stem.wav; a file D/sub/F inside a folder input D becomes
    out_dir/sub/F.stem.wav. Folders contribute files with audio extensions (hidden files and anything
    under out_dir excluded), searched recursively only with `recursive`. Missing inputs and two inputs
    wanting the same output are failures; a file named twice counts once. Raises BatchError when an output would be written next to
    (or over) its input.
    """
    out_dir = Path(out_dir)
    out_real = out_dir.resolve()
    found, owner = Found(), {}
    for item in map(Path, inputs):
        if item.is_dir():
            if item.resolve() == out_real:
                raise BatchError(f"refusing to write into the input folder {item}: choose another OUT_DIR")
            # An OUT_DIR inside the folder: skip it, or a second run would resynthesise the first's outputs.
            skip = out_real if item.resolve() in out_real.parents else None
            walk = item.rglob("*") if recursive else item.iterdir()
            files, others, subdirs = [], 0, 0
            for p in sorted(walk):
                if any(part.startswith(".") for part in p.relative_to(item).parts) or (skip and _inside(p.resolve(), skip)):
                    continue
                if p.is_dir():
                    subdirs += 1
                elif p.suffix.lower() in AUDIO_EXTENSIONS:
                    files.append(p)
                else:
                    others += 1
            if others:
                found.notes.append(f"{item}: ignored {others} file(s) without an audio extension")
            if subdirs and not recursive:
                found.notes.append(f"{item}: {subdirs} sub-folder(s) not searched (use --recursive)")
            pairs = [(p, out_dir / p.relative_to(item).with_suffix(".wav")) for p in files]
        elif item.exists():
            pairs = [(item, out_dir / f"{item.stem}.wav")]
        else:
            found.failed.append(FileResult(item, None, reason="no such file or folder"))
            continue
        for src, dst in pairs:
            if dst.parent.resolve() == src.parent.resolve():
                raise BatchError(f"refusing to write {dst} next to its input {src}: choose an OUT_DIR away from the inputs")
            key = dst.resolve()
            if key in owner and owner[key].resolve() == src.resolve():
                continue   # the same file named twice (e.g. on its own and in its folder)
            if key in owner:
                found.failed.append(FileResult(src, dst, reason=f"same output name as {owner[key]}"))
            else:
                owner[key] = src
                found.pairs.append((src, dst))
    return found


# ------------------------------------------------------------------------------------ workers
_SYNTH: Synth | None = None   # the Synth of this process (a worker's own, or the in-process one)


def start_method(device: torch.device) -> str:
    """How workers start: fork for a CPU model where the OS has it, else spawn.

    fork shares the loaded model with the workers at no cost, and torch is safe in them because each
    worker runs single-threaded (the rule torch's DataLoader workers follow). CUDA cannot be used
    in a forked child, so a GPU model makes each spawned worker load its own copy.
    """
    return "fork" if device.type == "cpu" and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _init_worker(checkpoint: str | None, device: str) -> None:
    """Worker start: one thread per process (N jobs = N cores), and one Synth, loaded once.

    Forked workers inherit the parent's already-loaded Synth; spawned ones load it here.
    """
    global _SYNTH
    torch.set_num_threads(1)
    threadpool_limits(1, user_api="blas")   # for the worker's lifetime (devices.cpu_threads)
    if _SYNTH is None:
        _SYNTH = Synth.load(checkpoint, device)


def _render(task: list[Segment], cls: str | None, stretch: float) -> list[tuple[Segment, np.ndarray | None, float, str]]:
    """Render segments -> [(segment, audio at the model rate or None, seconds, error reason)]."""
    results = []
    for seg in task:
        t0 = time.perf_counter()
        try:
            audio, sr = read_mono(seg.path, seg.start, seg.stop)
            out, err = _SYNTH.resynthesize(audio, sr, cls=cls, stretch=stretch, seed=seg.seed), ""
        except Exception as e:  # any bad file is reported by name and the rest carry on
            out, err = None, describe_error(e)
        results.append((seg, out, time.perf_counter() - t0, err))
    return results


def _group(segments: Iterable[Segment]) -> list[list[Segment]]:
    """Group consecutive segments into tasks of about TASK_SECONDS of audio."""
    tasks: list[list[Segment]] = [[]]
    seconds = 0.0
    for seg in segments:
        if tasks[-1] and (seconds >= TASK_SECONDS or len(tasks[-1]) >= TASK_MAX_SEGMENTS):
            tasks.append([])
            seconds = 0.0
        tasks[-1].append(seg)
        seconds += seg.seconds
    return [t for t in tasks if t]


def _pool(jobs: int, synth: Synth) -> ProcessPoolExecutor | contextlib.nullcontext:
    """`jobs` worker processes (a context manager), or a null context for jobs == 1 (render in this process)."""
    if jobs == 1:
        return contextlib.nullcontext()
    checkpoint = None if synth.path is None else str(synth.path)
    return ProcessPoolExecutor(jobs, multiprocessing.get_context(start_method(synth.device)), initializer=_init_worker,
                               initargs=(checkpoint, str(synth.device)))


def _rendered(tasks: list[list[Segment]], cls: str | None, stretch: float, pool: ProcessPoolExecutor | None) -> Iterator[list]:
    """Render all tasks, here or in the pool (all submitted before this returns); yields results as they finish."""
    if pool is None:
        return (_render(task, cls, stretch) for task in tasks)
    futures = {pool.submit(_render, task, cls, stretch): task for task in tasks}
    return (_result(future, futures[future]) for future in as_completed(futures))


def _result(future: Future, task: list[Segment]) -> list:
    try:
        return future.result()
    except BrokenProcessPool:
        return [(seg, None, 0.0, "worker process died (out of memory?)") for seg in task]


# ------------------------------------------------------------------------------------ the run
@dataclass(frozen=True)
class BatchOptions:
    checkpoint: str | Path | None = None
    device: str | None = None        # None: the Synth's choice (a GPU when there is one)
    cls: str | None = None
    stretch: float = 1.0
    seed: int | None = None
    out_sr: int | None = None        # None: the model's rate
    jobs: int = 1
    overwrite: bool = False
    recursive: bool = False
    progress: bool = True
    segment_seconds: float = SEGMENT_SECONDS
    crossfade_seconds: float = CROSSFADE_SECONDS


@dataclass
class BatchReport:
    results: list[FileResult]
    wall_seconds: float
    manifest: Path
    notes: list[str]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def audio_seconds(self) -> float:
        return sum(r.duration for r in self.results if r.status == "done")

    @property
    def speed(self) -> float:
        """Seconds of audio resynthesised per wall-clock second (x real time)."""
        return self.audio_seconds / self.wall_seconds if self.wall_seconds > 0 else 0.0

    def summary(self) -> str:
        done, skipped, failed = self.count("done"), self.count("skipped"), self.count("failed")
        lines = list(self.notes)
        for r in self.results:
            if r.status == "failed":
                lines.append(f"failed: {r.input}: {r.reason}")
        if skipped:
            lines.append(f"skipped {skipped} file(s) whose output exists (use --overwrite to replace them)")
        line = f"{done} done, {skipped} skipped, {failed} failed of {len(self.results)} file(s)"
        if self.audio_seconds:
            line += (f"; {self.audio_seconds:.1f} s of audio in {self.wall_seconds:.2f} s: {self.speed:.0f}x real time "
                     f"(real-time factor {self.wall_seconds / self.audio_seconds:.4f})")
        lines.append(line)
        lines.append(f"manifest: {self.manifest}")
        return "\n".join(lines)


def write_manifest(path: Path, results: Sequence[FileResult]) -> None:
    """manifest.csv: one row per input in input order, written atomically."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(MANIFEST_COLUMNS)
    for r in results:
        writer.writerow([r.input, "" if r.output is None else r.output, f"{r.duration:.4f}", f"{r.seconds:.4f}", r.status, r.reason])
    path.parent.mkdir(parents=True, exist_ok=True)  # OUT_DIR, even when every input failed
    with atomic_write(path) as f:
        f.write(buf.getvalue().encode("utf-8"))


def _plan(found: Found, synth: Synth, opt: BatchOptions) -> tuple[list[FileResult], list[FilePlan | None]]:
    """Results in input order, with a plan for each file still to render (None for skipped/failed)."""
    results, plans = [], []
    for src, dst in found.pairs:
        result, plan = FileResult(src, dst), None
        try:
            if dst.exists() and not opt.overwrite:
                result.status, result.reason = "skipped", "output exists"
            elif src.stat().st_size == 0:
                result.reason = "empty file (0 bytes)"
            else:
                open(src, "rb").close()   # an OSError names the cause (e.g. permission) where libsndfile says "System error"
                info = sf.info(str(src))
                result.duration = info.frames / info.samplerate if info.samplerate else 0.0
                if info.frames <= 0:
                    result.reason = "no audio frames"
                else:
                    plan = plan_file(len(plans), src, dst, info.frames, info.samplerate, synth, opt.stretch,
                                     opt.seed, opt.segment_seconds, opt.crossfade_seconds)
        except Exception as e:  # unreadable header, permission, a folder named like a file, ...
            result.reason = describe_error(e)
        results.append(result)
        plans.append(plan)
    return results, plans


def run_batch(inputs: Sequence[str | Path], out_dir: str | Path, opt: BatchOptions = BatchOptions()) -> BatchReport:
    """Resynthesise every input file into out_dir; returns the per-file results and writes manifest.csv.

    Raises BatchError / ValueError (bad options, unknown class, outputs next to inputs) and
    CheckpointError before anything is written; bad files only fail their own row.
    """
    t_start = time.perf_counter()
    if opt.jobs < 1:
        raise BatchError(f"--jobs must be at least 1, got {opt.jobs}")
    if opt.out_sr is not None and not 1000 <= opt.out_sr <= 768000:
        raise BatchError(f"--sr must be in 1000..768000 Hz, got {opt.out_sr}")
    if not opt.segment_seconds > 0 or not opt.crossfade_seconds >= 0:
        raise BatchError("segment and crossfade lengths must be positive")
    out_dir = Path(out_dir)
    found = find_files(inputs, out_dir, opt.recursive)
    # One CPU thread here and in every worker (N jobs = N cores): torch's thread pool costs far more
    # than it gains on grain-sized work when the other cores are busy (one-shots ~100x slower measured
    # on a loaded 2-core machine). Set before anything runs, so a forked worker never inherits a pool.
    global _SYNTH
    with cpu_threads(1):
        try:
            synth = _SYNTH = Synth.load(opt.checkpoint, opt.device)
            # The Synth's own checks (class name, stretch range) on a tiny render, before any file is touched.
            synth.resynthesize(np.zeros(synth.grain_size, np.float32), synth.sample_rate, opt.cls, opt.stretch, seed=0)
            results, plans = _plan(found, synth, opt)
            work = [p for p in plans if p is not None]
            tasks = _group(s for p in work for s in p.segments)
            with _pool(min(opt.jobs, max(1, len(tasks))), synth) as pool:
                try:
                    _collect(_rendered(tasks, opt.cls, opt.stretch, pool), plans, results, synth, opt)
                finally:   # on Ctrl-C or an error, drop the queued work instead of waiting for it
                    if pool is not None:
                        pool.shutdown(cancel_futures=True)
        finally:
            _SYNTH = None
    results += found.failed
    manifest = out_dir / MANIFEST
    write_manifest(manifest, results)
    return BatchReport(results, time.perf_counter() - t_start, manifest, found.notes)


@dataclass
class _Output:
    """A file being written: its plan, joiner and (once the first chunk is final) its writer."""
    plan: FilePlan
    joiner: Joiner
    writer: WavWriter | None = None


def _collect(stream: Iterator[list], plans: list[FilePlan | None], results: list[FileResult], synth: Synth,
             opt: BatchOptions) -> None:
    """Join rendered segments as they arrive and stream each file to disk; progress bars."""
    outputs = {i: _Output(p, Joiner(p.offsets, p.cuts, p.crossfade)) for i, p in enumerate(plans) if p is not None}
    remaining = {i: len(p.segments) for i, p in enumerate(plans) if p is not None}
    files_bar = tqdm(total=len(outputs), unit="file", desc="files", disable=not opt.progress)
    audio_bar = tqdm(total=round(sum(o.plan.duration for o in outputs.values()), 1), unit="s", desc="audio",
                     disable=not opt.progress,
                     bar_format="{desc}: {percentage:3.0f}%|{bar}| {n:.1f}/{total:.1f} s [{elapsed}<{remaining}]")
    try:
        with files_bar, audio_bar:
            for batch in stream:
                for seg, audio, seconds, err in batch:
                    t0 = time.perf_counter()
                    out, result = outputs[seg.file], results[seg.file]
                    if not result.reason:   # a failed file ignores its later segments
                        err = err or _write(out, seg.index, audio, synth.sample_rate, opt.out_sr)
                        if err:
                            result.reason = err
                            if out.writer is not None:
                                out.writer.abort()
                    remaining[seg.file] -= 1
                    if not remaining[seg.file]:
                        result.status = "failed" if result.reason else "done"
                        files_bar.update(1)
                    result.seconds += seconds + time.perf_counter() - t0
                    audio_bar.update(out.plan.duration / len(out.plan.segments))
    finally:   # interrupted: no half files
        for i, out in outputs.items():
            if remaining[i] and out.writer is not None and not results[i].reason:
                out.writer.abort()


def _write(out: _Output, k: int, piece: np.ndarray, sr: int, out_sr: int | None) -> str:
    """Feed piece k of a file to its joiner and write what became final; '' or the reason it failed."""
    try:
        # A render can differ from its planned span by a sample of resampler rounding.
        chunks = out.joiner.add(k, fit_length(piece, out.plan.ends[k] - out.plan.offsets[k]))
        if chunks and out.writer is None:
            out.writer = WavWriter(out.plan.output, sr, out_sr)
        for chunk in chunks:
            out.writer.write(chunk)
        if out.joiner.done:
            out.writer.commit()
        return ""
    except Exception as e:
        return describe_error(e)


# ------------------------------------------------------------------------------------ morphing
def morph_targets(out: str | Path, steps: int, alpha: float | None) -> list[tuple[float, Path]]:
    """[(alpha, output path)]: OUT.wav for one alpha, else OUT_00.wav .. for `steps` alphas from 0 to 1."""
    out = Path(out)
    if out.suffix.lower() != ".wav":
        if out.suffix:
            raise ValueError(f"{out}: morph writes WAV files; give an OUT ending in .wav")
        out = out.with_suffix(".wav")
    if alpha is not None:
        return [(alpha, out)]
    if steps < 2:
        raise ValueError(f"--steps must be at least 2, got {steps}")
    width = max(2, len(str(steps - 1)))
    return [(k / (steps - 1), out.with_name(f"{out.stem}_{k:0{width}d}.wav")) for k in range(steps)]


def morph_files(synth: Synth, a: str | Path, b: str | Path, targets: Sequence[tuple[float, Path]],
                seed: int | None = None, out_sr: int | None = None) -> list[float]:
    """Write synth.morph(A, B, alpha) to each (alpha, path) target atomically; returns their lengths in seconds.

    Both files are brought to the model's rate first, so neither loses bandwidth to the other's rate.
    """
    xa, xb = read_audio(a, synth.sample_rate), read_audio(b, synth.sample_rate)
    seconds = []
    for (alpha, path), y in zip(targets, synth.morph_series(xa, xb, [alpha for alpha, _ in targets], seed)):
        write_wav_atomic(path, y, synth.sample_rate, out_sr)
        seconds.append(len(y) / synth.sample_rate)
    return seconds
