"""`ngs resynth` and its engine (granular_vae/batch.py) on real drum files and deliberately bad ones."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from granular_vae import batch
from granular_vae.batch import BatchOptions, Joiner, crossfade_join, find_files, run_batch
from granular_vae.cli import main
from granular_vae.data import resample

SR = 22050


def _manifest(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "manifest.csv", newline="") as f:
        return {Path(row["input"]).name: row for row in csv.DictReader(f)}


def _real_tree(data_dir: Path, root: Path) -> Path:
    """A copy of tests/data (class sub-folders) plus one hit as 44.1 kHz stereo FLAC at the top."""
    shutil.copytree(data_dir, root, ignore=shutil.ignore_patterns("*.md"))
    audio, sr = sf.read(data_dir / "tom" / "VariBreaks__VariBreaks-Tom-Mid__01.wav", dtype="float32")
    up = resample(audio, sr, 44100)
    sf.write(root / "tom_stereo.flac", np.stack([up, 0.5 * up], axis=1), 44100)
    return root


def _long_file(data_dir: Path, path: Path, seconds: float) -> Path:
    """Real hits back to back (no gaps, so every join lands in sound), tiled to `seconds`."""
    hits = [sf.read(p, dtype="float32")[0] for p in sorted(data_dir.glob("*/*.wav"))]
    n = round(seconds * SR)
    audio = np.concatenate(hits * (n // sum(map(len, hits)) + 1))[:n]
    sf.write(path, audio, SR)
    return path


@pytest.fixture
def opts(tiny_checkpoint: Path):
    def make(**kw) -> BatchOptions:
        return BatchOptions(checkpoint=tiny_checkpoint, progress=False, **{"seed": 7, **kw})
    return make


def test_mirror_tree_manifest_and_bad_files(data_dir, tiny_checkpoint, tmp_path, capsys):
    src = _real_tree(data_dir, tmp_path / "in")
    (src / "corrupt.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(200)))
    (src / "empty.wav").write_bytes(b"")
    sf.write(src / "no_frames.wav", np.zeros((0, 1), np.float32), SR)
    (src / "phone.m4a").write_bytes(b"\x00\x00\x00\x20ftypM4A " + b"\x00" * 64)
    (src / "notes.txt").write_text("not audio")
    out = tmp_path / "out"

    rc = main(["resynth", str(src), str(tmp_path / "missing.wav"), "-o", str(out), "--recursive", "--seed", "1",
               "--checkpoint", str(tiny_checkpoint), "--no-progress"])
    printed = capsys.readouterr().out

    assert rc == 1
    good = sorted(data_dir.glob("*/*.wav"))
    for p in good:   # every real file done, same relative path, model rate, same length as the input
        dst = out / p.relative_to(data_dir)
        info = sf.info(dst)
        assert (info.samplerate, info.channels, info.frames) == (SR, 1, sf.info(p).frames)
    flac = sf.info(out / "tom_stereo.wav")
    assert flac.frames == round(sf.info(src / "tom_stereo.flac").frames * SR / 44100)
    written = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert len(written) == len(good) + 2    # + tom_stereo.wav + manifest.csv: no temp files, nothing for bad files
    assert not list(src.rglob("*.tmp"))

    rows = _manifest(out)
    assert {rows[p.name]["status"] for p in good} == {"done"} and rows["tom_stereo.flac"]["status"] == "done"
    for name, why in [("corrupt.wav", "unreadable"), ("empty.wav", "empty"), ("no_frames.wav", "no audio"),
                      ("phone.m4a", "unsupported"), ("missing.wav", "no such file")]:
        assert rows[name]["status"] == "failed" and why in rows[name]["reason"], rows[name]
        assert f"failed: {Path(rows[name]['input'])}: {rows[name]['reason']}" in printed
    assert "notes.txt" not in rows and "ignored 1 file(s) without an audio extension" in printed
    kick = rows["HardElectro1__Kick-3__01.wav"]
    assert float(kick["duration_s"]) == pytest.approx(sf.info(data_dir / "kick" / "HardElectro1__Kick-3__01.wav").duration, abs=1e-3)
    assert float(kick["seconds_taken"]) > 0
    assert f"{len(good) + 1} done, 0 skipped, 5 failed of {len(good) + 6} file(s)" in printed
    assert "x real time" in printed


def test_no_overwrite_unless_asked(data_dir, tiny_checkpoint, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["resynth", str(data_dir / "kick"), "-o", str(out), "--checkpoint", str(tiny_checkpoint), "--no-progress"]
    assert main(args + ["--seed", "1"]) == 0
    first = {p: p.read_bytes() for p in out.glob("*.wav")}
    assert len(first) == 2
    assert main(args + ["--seed", "2"]) == 0   # nothing replaced, both reported as skipped
    assert {p: p.read_bytes() for p in out.glob("*.wav")} == first
    assert {r["status"] for r in _manifest(out).values()} == {"skipped"}
    assert "0 done, 2 skipped, 0 failed" in capsys.readouterr().out
    assert main(args + ["--seed", "2", "--overwrite"]) == 0
    assert all(p.read_bytes() != first[p] for p in first)


def test_refuses_to_write_next_to_inputs(data_dir, tiny_checkpoint, tmp_path, capsys):
    src = tmp_path / "kick"
    shutil.copytree(data_dir / "kick", src)
    before = {p: p.read_bytes() for p in src.iterdir()}
    for item in (src, next(iter(before))):   # the folder itself, and one file of it, into that folder
        assert main(["resynth", str(item), "-o", str(src), "--checkpoint", str(tiny_checkpoint), "--no-progress"]) == 2
        assert "refusing to write" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in src.iterdir()} == before


def test_output_inside_input_folder_is_not_read_back(data_dir, opts, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(data_dir / "snare", src)
    for _ in range(2):
        report = run_batch([src], src / "resynth", opts(recursive=True, overwrite=True))
        assert report.count("done") == 2 and len(report.results) == 2


def test_same_output_name_is_a_failure(data_dir, tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(data_dir / "kick" / "HardElectro1__Kick-3__01.wav", tmp_path / "in" / "hit.wav")
    audio, sr = sf.read(tmp_path / "in" / "hit.wav")
    sf.write(tmp_path / "in" / "hit.flac", audio, sr)
    found = find_files([tmp_path / "in", tmp_path / "in" / "hit.flac"], tmp_path / "out")
    assert [p.name for p, _ in found.pairs] == ["hit.flac"] and len(found.failed) == 1
    assert found.failed[0].input.name == "hit.wav" and "same output name" in found.failed[0].reason


def test_class_and_bad_options(data_dir, tiny_checkpoint, opts, tmp_path, capsys):
    kick = data_dir / "kick"
    plain = run_batch([kick], tmp_path / "plain", opts())
    snare = run_batch([kick], tmp_path / "snare", opts(cls="snare"))
    assert plain.count("done") == snare.count("done") == 2
    for p in (tmp_path / "plain").glob("*.wav"):
        a, b = sf.read(p)[0], sf.read(tmp_path / "snare" / p.name)[0]
        assert len(a) == len(b) and not np.allclose(a, b)   # same noise (seed), other decoder conditioning
    for bad, message in [(["--class", "banjo"], "unknown class"), (["--stretch", "0"], "stretch"),
                         (["--jobs", "0"], "--jobs"), (["--sr", "5"], "--sr")]:
        rc = main(["resynth", str(kick), "-o", str(tmp_path / "bad"), "--checkpoint", str(tiny_checkpoint),
                   "--no-progress", *bad])
        assert rc == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "bad").exists()
    assert main(["resynth", str(kick), "-o", str(tmp_path / "bad"), "--checkpoint", str(tmp_path / "nope.safetensors")]) == 2
    assert "checkpoint not found" in capsys.readouterr().err


def test_stretch_and_output_rate(data_dir, opts, tmp_path):
    src = _long_file(data_dir, tmp_path / "long.wav", 7.0)
    n = sf.info(src).frames
    for stretch in (0.5, 2.0):   # one piece and, with 2 s segments, several joined pieces
        for seconds in (100.0, 2.0):
            out = tmp_path / f"s{stretch}_{seconds}"
            run_batch([src], out, opts(stretch=stretch, segment_seconds=seconds))
            assert sf.info(out / "long.wav").frames == round(n * stretch)
    run_batch([src], tmp_path / "hi", opts(out_sr=44100, segment_seconds=2.0))
    info = sf.info(tmp_path / "hi" / "long.wav")
    assert info.samplerate == 44100 and abs(info.frames - 2 * n) <= 2


def test_crossfade_weights_keep_power():
    """Squared weights of neighbouring pieces sum to one everywhere: independent noises keep their level."""
    cuts, offsets, ends = [0, 1000, 2500, 4000], [0, 900, 2400], [1100, 2600, 4000]
    weights = []
    for k in range(3):
        pieces = [np.full(e - o, float(j == k), np.float32) for j, (o, e) in enumerate(zip(offsets, ends))]
        weights.append(crossfade_join(pieces, offsets, cuts, crossfade=200))
    assert np.allclose(np.sum(np.square(weights), axis=0), 1.0, atol=1e-6)
    assert np.all(weights[0][:900] == 1) and np.all(weights[1][1100:2400] == 1) and np.all(weights[2][2600:] == 1)
    with pytest.raises(ValueError, match="must cover"):
        crossfade_join([np.ones(1000), np.ones(3000)], [0, 1000], [0, 1000, 4000], crossfade=200)


def test_joiner_takes_pieces_in_any_order():
    """Workers finish out of order: nothing is emitted before its turn, and the result is the same."""
    rng = np.random.default_rng(0)
    cuts, offsets, ends = [0, 1000, 2500, 4000], [0, 900, 2400], [1100, 2600, 4000]
    pieces = [rng.standard_normal(e - o).astype(np.float32) for o, e in zip(offsets, ends)]
    joiner = Joiner(offsets, cuts, crossfade=200)
    assert joiner.add(2, pieces[2]) == [] and joiner.add(1, pieces[1]) == [] and not joiner.done
    chunks = joiner.add(0, pieces[0])
    assert joiner.done and len(chunks) == 3
    np.testing.assert_array_equal(np.concatenate(chunks), crossfade_join(pieces, offsets, cuts, crossfade=200))


def test_long_file_joins_are_click_free(data_dir, opts, tmp_path):
    src = _long_file(data_dir, tmp_path / "long.wav", 12.0)
    joins = [round(2.0 * SR * k) for k in range(1, 6)]
    seeds = (7, 8, 9, 10)
    whole_power, cut_power = np.zeros(len(joins)), np.zeros(len(joins))
    for seed in seeds:
        run_batch([src], tmp_path / f"whole{seed}", opts(seed=seed))
        report = run_batch([src], tmp_path / f"cut{seed}", opts(seed=seed, segment_seconds=2.0))
        whole = sf.read(tmp_path / f"whole{seed}" / "long.wav")[0]
        cut = sf.read(tmp_path / f"cut{seed}" / "long.wav")[0]
        assert report.count("done") == 1 and len(cut) == len(whole)

        # No step at a join: the sharpest sample-to-sample jump near each join is no larger than the
        # sharpest one in windows of the same size anywhere in the unsegmented render.
        w = 256
        jump_whole = np.abs(np.diff(whole))
        reference = max(jump_whole[i : i + 2 * w].max() for i in range(0, len(jump_whole) - 2 * w, w))
        assert max(np.abs(np.diff(cut[j - w : j + w])).max() for j in joins) <= reference

        # Power in the middle 90 ms of each crossfade, summed over seeds: one noise render's level
        # over 90 ms is too random to compare on its own.
        whole_power += [np.mean(whole[j - 1000 : j + 1000] ** 2) for j in joins]
        cut_power += [np.mean(cut[j - 1000 : j + 1000] ** 2) for j in joins]

    # No dip, gap or bump in level across a join: the level follows the unsegmented render (a linear
    # crossfade of the two independent noises dips to ~0.75 here).
    ratios = np.sqrt(cut_power / np.maximum(whole_power, 1e-18))
    assert 0.85 < np.mean(ratios) < 1.2 and all(0.7 < r < 1.4 for r in ratios), ratios


def test_two_jobs_give_the_same_outputs(data_dir, opts, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "TASK_SECONDS", 0.5)   # many small tasks, so both workers get some
    src = _real_tree(data_dir, tmp_path / "in")
    _long_file(data_dir, src / "long.wav", 6.0)
    one = run_batch([src], tmp_path / "one", opts(recursive=True, segment_seconds=1.5))
    two = run_batch([src], tmp_path / "two", opts(recursive=True, segment_seconds=1.5, jobs=2))
    assert one.count("done") == two.count("done") == len(one.results) == 14
    for p in (tmp_path / "one").rglob("*.wav"):
        q = tmp_path / "two" / p.relative_to(tmp_path / "one")
        np.testing.assert_array_equal(sf.read(p)[0], sf.read(q)[0])


def test_file_gone_after_planning_fails_alone(data_dir, opts, tmp_path, monkeypatch):
    """A file the worker cannot read any more (deleted mid-run) fails alone; the others complete."""
    src = tmp_path / "in"
    shutil.copytree(data_dir / "snare", src)
    victim = sorted(src.iterdir())[0]
    real_plan = batch._plan

    def plan_then_delete(*args):
        planned = real_plan(*args)
        victim.unlink()
        return planned
    monkeypatch.setattr(batch, "_plan", plan_then_delete)
    report = run_batch([src], tmp_path / "out", opts())
    rows = {r.input.name: r for r in report.results}
    assert rows[victim.name].status == "failed" and "unreadable" in rows[victim.name].reason
    assert report.count("done") == 1 and not (tmp_path / "out" / victim.name).exists()


def test_spawned_workers_match(data_dir, opts, tmp_path, monkeypatch):
    """The start method used for GPU models and where fork is missing: workers load their own Synth."""
    monkeypatch.setattr(batch, "TASK_SECONDS", 0.5)
    monkeypatch.setattr(batch, "start_method", lambda device: "spawn")
    one = run_batch([data_dir], tmp_path / "one", opts(recursive=True))
    two = run_batch([data_dir], tmp_path / "two", opts(recursive=True, jobs=2))
    assert one.count("done") == two.count("done") == 12
    for p in (tmp_path / "one").rglob("*.wav"):
        np.testing.assert_array_equal(sf.read(p)[0], sf.read(tmp_path / "two" / p.relative_to(tmp_path / "one"))[0])
