"""Training: loss falls, seeded runs repeat exactly, --resume survives kill -9, data errors are clear."""
import csv
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import torch

from granular_vae import AudioError, Synth
from granular_vae.config import TrainConfig
from granular_vae.data import load_drums
from granular_vae.train import Trainer

ROOT = Path(__file__).resolve().parent.parent


def rows(run: Path) -> list[dict]:
    with open(run / "log.csv") as f:
        return list(csv.DictReader(f))


def test_stage1_loss_falls(tiny_run):
    stage1 = [float(r["spectral"]) for r in rows(tiny_run) if r["stage"] == "1"]
    assert len(stage1) >= 5
    assert np.mean(stage1[-2:]) < 0.7 * np.mean(stage1[:2])
    stage2 = [float(r["path_mse"]) for r in rows(tiny_run) if r["stage"] == "2"]
    assert stage2[-1] < stage2[0]
    assert (tiny_run / "losses.png").stat().st_size > 10_000


@pytest.mark.parametrize("term, on_by_default", [("mel", False), ("onset", True), ("grain", False)])
def test_weighted_terms_add_to_the_loss(term, on_by_default, tiny_run, data_dir, tmp_path):
    assert all((r[term] != "") == on_by_default for r in rows(tiny_run) if r["stage"] == "1")
    cfg = TrainConfig(batch_size=4, stage1_steps=20, stage2_steps=1, stage3_steps=1, checkpoint_every=1000,
                      **{"mel_weight": 0.0, "onset_weight": 0.0, "grain_weight": 0.0, f"{term}_weight": 2.0})   # this term alone
    Trainer(data_dir, tmp_path / term, cfg, seed=0, device="cpu", progress=False).run()
    stage1 = [r for r in rows(tmp_path / term) if r["stage"] == "1"]
    for r in stage1:
        parts = float(r["spectral"]) + float(r["loudness"]) + 2.0 * float(r[term]) + float(r["beta"]) * float(r["kl"])
        assert float(r[term]) > 0 and float(r["loss"]) == pytest.approx(parts, abs=1e-3)
    done = subprocess.run([sys.executable, "-m", "granular_vae.cli", "train", str(data_dir), "--out", str(tmp_path / "r"),
                           f"--{term}-weight", "nan"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and f"--{term}-weight" in done.stderr and not (tmp_path / "r").exists()


def test_same_seed_same_model(data_dir, tmp_path):
    cfg = TrainConfig(batch_size=4, stage1_steps=6, stage2_steps=4, stage3_steps=2, checkpoint_every=1000)
    a = Trainer(data_dir, tmp_path / "a", cfg, seed=3, device="cpu", progress=False).run()
    b = Trainer(data_dir, tmp_path / "b", cfg, seed=3, device="cpu", progress=False).run()
    sa, sb = Synth.load(a), Synth.load(b)
    for k, v in sa.state_tensors().items():
        torch.testing.assert_close(v, sb.state_tensors()[k], rtol=0, atol=0)


def test_resume_after_kill_9(data_dir, tmp_path):
    """Also: a resumed run keeps the model it started with (here two noise layers) without being told again."""
    run = tmp_path / "run"
    cmd = [sys.executable, "-m", "granular_vae.cli", "train", str(data_dir), "--out", str(run), "--steps", "40", "6", "2",
           "--batch-size", "2", "--checkpoint-every", "5", "--threads", "1", "--no-progress", "--seed", "1"]
    proc = subprocess.Popen(cmd + ["--noise-layers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while not (run / "state.pt").exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    first = torch.load(run / "state.pt", weights_only=True)
    assert first["stage"] == 1 and 0 < first["step"] < 40  # killed mid-stage
    done = subprocess.run(cmd + ["--resume"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    steps = [(int(r["stage"]), int(r["step"])) for r in rows(run)]
    assert steps == sorted(set(steps)), "log has duplicated or out-of-order steps after resume"
    assert (1, 40) in steps and (2, 6) in steps
    synth = Synth.load(run / "model.safetensors")
    assert synth.summary["stage"] == 4 and synth.config.vae.noise_layers == 2
    hit = synth.sample_note(synth.classes[0], seed=0)
    assert np.all(np.isfinite(hit)) and np.abs(hit).max() > 0


def test_no_temp_files_left_behind(tiny_run):
    assert not [p for p in tiny_run.iterdir() if p.name.endswith(".tmp") or ".tmp." in p.name]


def test_empty_and_classless_folders_are_clear_errors(tmp_path):
    with pytest.raises(AudioError, match="not a folder"):
        load_drums(tmp_path / "missing", 22050, 22050)
    with pytest.raises(AudioError, match="no class folders"):
        load_drums(tmp_path, 22050, 22050)
    (tmp_path / "loose.wav").write_bytes(b"")  # files directly in the root are not a class
    with pytest.raises(AudioError, match="no class folders"):
        load_drums(tmp_path, 22050, 22050)


def test_unreadable_and_silent_files_are_skipped_with_a_warning(drum_files, tmp_path, caplog):
    (tmp_path / "kick").mkdir()
    (tmp_path / "kick" / "good.wav").write_bytes(drum_files[0].read_bytes())
    (tmp_path / "kick" / "broken.wav").write_bytes(b"RIFF\x00\x00garbage")
    sf.write(tmp_path / "kick" / "silent.wav", np.zeros(2000, dtype=np.float32), 22050)
    audio44, sr = sf.read(drum_files[1], dtype="float32")
    sf.write(tmp_path / "kick" / "stereo44k.flac", np.stack([audio44, audio44], 1), 44100)  # other rate/format
    with caplog.at_level("WARNING", logger="ngs"):
        data = load_drums(tmp_path, 22050, 22050)
    assert len(data.files) == 2 and data.classes == ["kick"]
    assert any("broken.wav" in s and "unreadable" in s for s in data.skipped)
    assert any("silent.wav" in s and "silent" in s for s in data.skipped)
    assert "broken.wav" in caplog.text and "silent.wav" in caplog.text
    # onset trimmed: every item starts within a few ms of its attack
    for x in data.audio:
        assert torch.argmax((x.abs() > 0.1 * x.abs().max()).int()) < 0.005 * 22050


def test_cli_reports_bad_data_dir(tmp_path):
    done = subprocess.run([sys.executable, "-m", "granular_vae.cli", "train", str(tmp_path), "--out", str(tmp_path / "r")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "no class folders" in done.stderr


def test_ngs_sample_writes_wavs(tiny_checkpoint, tmp_path):
    done = subprocess.run([sys.executable, "-m", "granular_vae.cli", "sample", "--class", "snare", "-n", "3", "-o", str(tmp_path),
                           "--seed", "10", "--checkpoint", str(tiny_checkpoint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    files = sorted(tmp_path.glob("snare_*.wav"))
    assert [f.name for f in files] == ["snare_10.wav", "snare_11.wav", "snare_12.wav"]
    audio, sr = sf.read(files[0])
    assert sr == 22050 and np.abs(audio).max() > 0
    bad = subprocess.run([sys.executable, "-m", "granular_vae.cli", "sample", "--class", "banjo", "-n", "1", "-o", str(tmp_path),
                          "--checkpoint", str(tiny_checkpoint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "unknown class" in bad.stderr


def test_ngs_sample_lists_classes_and_help_shows_only_real_defaults(tiny_checkpoint, tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "granular_vae.cli", *a], cwd=ROOT, capture_output=True,  # noqa: E731
                                    text=True, timeout=120)
    listed = run("sample", "--list", "--checkpoint", str(tiny_checkpoint))
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == Synth.load(tiny_checkpoint).classes
    missing = run("sample", "-n", "1", "--checkpoint", str(tiny_checkpoint))
    assert missing.returncode == 2 and "--class and --out required" in missing.stderr
    for cmd in ("train", "sample"):
        help_text = " ".join(run(cmd, "--help").stdout.split())   # argparse wraps lines
        assert "(default: None)" not in help_text and "(default: False)" not in help_text
    assert "notes per training step (default: 16)" in " ".join(run("train", "--help").stdout.split())


def test_ngs_sample_like_varies_a_file(tiny_checkpoint, tmp_path):
    like = ROOT / "tests" / "data" / "kick" / "HardElectro1__Kick-3__01.wav"
    cmd = [sys.executable, "-m", "granular_vae.cli", "sample", "--class", "kick", "-n", "2", "--seed", "4",
           "--checkpoint", str(tiny_checkpoint)]
    done = subprocess.run(cmd + ["--like", str(like), "-o", str(tmp_path / "out")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    files = sorted((tmp_path / "out").glob("*.wav"))
    assert [f.name for f in files] == [f"{like.stem}_kick_4.wav", f"{like.stem}_kick_5.wav"]
    assert np.abs(sf.read(files[0])[0]).max() > 0
    not_audio = tmp_path / "notes.wav"
    not_audio.write_text("not audio")
    bad = subprocess.run(cmd + ["--like", str(not_audio), "-o", str(tmp_path / "bad")], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and "cannot read audio" in bad.stderr and not (tmp_path / "bad").exists()
    both = subprocess.run(cmd + ["--like", str(like), "--emphasis", "2", "-o", str(tmp_path / "both")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert both.returncode == 2 and "--emphasis" in both.stderr and not (tmp_path / "both").exists()
