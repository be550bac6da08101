"""Shared fixtures: the real drum files in tests/data and a tiny model trained on them once per session."""
from __future__ import annotations

from pathlib import Path

import pytest
import soundfile as sf
import torch

# Tests run many small models next to servers and subprocesses: one intra-op thread each avoids
# oversubscribing a 2-core machine (which slows every test several times over).
torch.set_num_threads(1)

DATA = Path(__file__).parent / "data"
TINY_STEPS = (60, 40, 10)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: <class>/*.wav, 12 real one-shots (see tests/data/ATTRIBUTION.md)."""
    return DATA


@pytest.fixture(scope="session")
def drum_files() -> list[Path]:
    return sorted(DATA.glob("*/*.wav"))


@pytest.fixture(scope="session")
def kick() -> tuple:
    """(audio float32 [samples], sample rate) of a real kick drum."""
    audio, sr = sf.read(DATA / "kick" / "HardElectro1__Kick-3__01.wav", dtype="float32")
    return audio, sr


@pytest.fixture(scope="session")
def tiny_run(tmp_path_factory) -> Path:
    """Run folder of a tiny model trained for a few dozen steps on tests/data (about 20 s on 2 cores)."""
    from granular_vae.config import TrainConfig
    from granular_vae.train import Trainer

    run = tmp_path_factory.mktemp("tiny_run")
    cfg = TrainConfig(batch_size=8, stage1_steps=TINY_STEPS[0], stage2_steps=TINY_STEPS[1], stage3_steps=TINY_STEPS[2],
                      checkpoint_every=1000, kl_warmup=20)
    model = Trainer(DATA, run, cfg, seed=0, device="cpu", progress=False).run()
    assert model.is_file() and (run / "log.csv").is_file(), "the tiny training run left no model or log"
    return run


@pytest.fixture(scope="session")
def tiny_checkpoint(tiny_run: Path) -> Path:
    """A real (tiny, briefly trained) checkpoint file: use it wherever a model is needed."""
    return tiny_run / "model.safetensors"


@pytest.fixture(scope="session")
def synth(tiny_checkpoint: Path):
    from granular_vae import Synth

    return Synth.load(tiny_checkpoint, device="cpu")
