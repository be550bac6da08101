"""Two CPU processes under torchrun (DDP with gloo) train a tiny model end to end."""
import subprocess
import sys
from pathlib import Path

from granular_vae import Synth

ROOT = Path(__file__).resolve().parent.parent


def test_two_process_ddp_training(data_dir, tmp_path):
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
           "-m", "granular_vae.cli", "train", str(data_dir), "--out", str(tmp_path / "run"), "--steps", "6", "4", "2",
           "--batch-size", "2", "--device", "cpu", "--threads", "1", "--no-progress"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    synth = Synth.load(tmp_path / "run" / "model.safetensors")
    assert synth.summary["world_size"] == 2 and synth.summary["stage"] == 4
    assert abs(synth.sample_note("kick", seed=0)).max() > 0
