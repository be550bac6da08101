"""ngs granular_vae: a grain-level VAE with a filtered-noise decoder and a recurrent path embedding."""
from .checkpoint import CheckpointError
from .data import AudioError
from .synth import Synth

__all__ = ["Synth", "CheckpointError", "AudioError"]
