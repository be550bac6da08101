"""`ngs morph` and `ngs plot` on real drum hits."""
from __future__ import annotations

from pathlib import Path

import matplotlib.image
import numpy as np
import soundfile as sf

from granular_vae.cli import main
from granular_vae.data import resample

SR = 22050


def test_morph_steps_and_alpha(data_dir, tiny_checkpoint, synth, tmp_path, capsys):
    a_path = data_dir / "kick" / "HardElectro1__Kick-3__01.wav"
    a, _ = sf.read(a_path, dtype="float32")
    b, _ = sf.read(data_dir / "cymbal" / "AVL-Black-Pearl-4pc__50-SabianAA16CrashCh__01.wav", dtype="float32")
    b_path = tmp_path / "b_stereo_44k.flac"      # another rate and channel count: resampled, mixed down
    b44 = resample(b, SR, 44100)
    sf.write(b_path, np.stack([b44, b44], axis=1), 44100)
    common = ["--checkpoint", str(tiny_checkpoint), "--seed", "5"]

    assert main(["morph", str(a_path), str(b_path), "-o", str(tmp_path / "m.wav"), "--steps", "3", *common]) == 0
    outs = [tmp_path / f"m_{k:02d}.wav" for k in range(3)]
    assert all(p.exists() for p in outs) and not (tmp_path / "m.wav").exists()
    first, middle, last = (sf.read(p, dtype="float32")[0] for p in outs)
    np.testing.assert_allclose(first, synth.morph(a, resample(b44, 44100, SR), 0.0, seed=5, sr=SR), atol=1e-6)
    assert len(first) == len(a) and abs(len(last) - len(b)) <= 2 and abs(len(middle) - (len(a) + len(b)) / 2) <= 2
    assert "alpha=0.500" in capsys.readouterr().out

    assert main(["morph", str(a_path), str(b_path), "-o", str(tmp_path / "one.wav"), "--alpha", "0.25", *common]) == 0
    assert sorted(p.name for p in tmp_path.glob("one*")) == ["one.wav"]

    before = outs[0].read_bytes()
    assert main(["morph", str(a_path), str(b_path), "-o", str(tmp_path / "m.wav"), "--steps", "3", *common]) == 2
    assert "exists" in capsys.readouterr().err and outs[0].read_bytes() == before
    assert main(["morph", str(a_path), str(b_path), "-o", str(tmp_path / "m.wav"), "--steps", "3", "--overwrite",
                 "--checkpoint", str(tiny_checkpoint), "--seed", "6"]) == 0
    assert outs[0].read_bytes() != before
    assert main(["morph", str(a_path), str(b_path), "-o", str(a_path), "--alpha", "0.5", "--overwrite", *common]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert main(["morph", str(a_path), str(b_path), "-o", str(tmp_path / "m.flac"), *common]) == 2
    assert main(["morph", str(a_path), str(tmp_path / "missing.wav"), "-o", str(tmp_path / "x.wav"), *common]) == 1
    assert "missing.wav" in capsys.readouterr().err


def test_plot_writes_a_png(data_dir, tiny_checkpoint, tmp_path, capsys):
    png = tmp_path / "fig" / "snare.png"
    args = ["plot", str(data_dir / "snare" / "FluidR3-GM__Brush-Snr-1__01.wav"), "-o", str(png),
            "--checkpoint", str(tiny_checkpoint), "--seed", "0"]
    assert main(args) == 0
    image = matplotlib.image.imread(png)
    assert image.shape[0] > 400 and image.shape[1] > 1000 and image[..., :3].std() > 0.1
    assert main(args) == 2 and "exists" in capsys.readouterr().err
    assert main(args + ["--overwrite", "--class", "snare", "--stretch", "2"]) == 0
    assert main(args[:3] + [str(tmp_path / "short.png"), *args[4:], "--seconds", "0.1"]) == 0   # a long input, cropped
    assert main(["plot", str(Path(tmp_path / "nope.wav")), "-o", str(tmp_path / "n.png"), "--checkpoint", str(tiny_checkpoint)]) == 1
