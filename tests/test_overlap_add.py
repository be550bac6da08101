import numpy as np
import pytest
import soundfile as sf
import torch

from granular_vae.grains import frame, grain_windows, num_grains, span
from granular_vae.overlap_add import overlap_add, window_and_overlap_add


@pytest.mark.parametrize("grain_size,hop", [(1024, 256), (512, 128), (256, 64)])
@pytest.mark.parametrize("n", [1, 300, 1024, 1025, 5000, 22050])
def test_framing_then_overlap_add_is_identity_everywhere(grain_size, hop, n):
    x = torch.randn(2, n, dtype=torch.float64).float()
    y = window_and_overlap_add(frame(x, grain_size, hop), hop)[:, :n]
    torch.testing.assert_close(y, x, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("grain_size,hop", [(1024, 256), (1024, 300), (7, 3), (8, 8)])
def test_overlap_add_equals_a_loop_over_grains(grain_size, hop):
    # Both code paths (hop dividing the grain size, and not) against the definition.
    grains = torch.randn(2, 9, grain_size, dtype=torch.float64)
    expected = torch.zeros(2, span(9, grain_size, hop), dtype=torch.float64)
    for i in range(9):
        expected[:, i * hop : i * hop + grain_size] += grains[:, i]
    torch.testing.assert_close(overlap_add(grains, hop), expected)


def test_identity_on_real_drum(drum_files):
    audio, _ = sf.read(drum_files[0], dtype="float32")
    x = torch.from_numpy(audio).unsqueeze(0)
    y = window_and_overlap_add(frame(x, 1024, 256), 256)[:, : x.shape[1]]
    assert torch.max(torch.abs(y - x)) < 1e-5


def test_interior_windows_sum_to_constant():
    w = grain_windows(16, 1024)
    total = overlap_add(w.unsqueeze(0), 256)[0]
    interior = total[1024:-1024]
    torch.testing.assert_close(interior, torch.full_like(interior, 2.0))


def test_first_grain_does_not_fade_in_and_last_does_not_fade_out():
    w = grain_windows(8, 1024)
    assert torch.all(w[0, :512] == 1.0)
    assert torch.all(w[-1, 512:] == 1.0)
    assert w[1, 0] == 0.0  # other grains are plain Hann


def test_attack_survives_decoding_of_constant_grains():
    # Identical grains of constant amplitude must give a constant signal from sample 0 on: no fade-in.
    g = torch.ones(1, 10, 1024)
    y = window_and_overlap_add(g, 256)[0]
    torch.testing.assert_close(y, torch.ones_like(y))


@pytest.mark.parametrize("n", [1, 1024, 1025, 1280, 1281, 22050])
def test_num_grains_covers_signal(n):
    g = num_grains(n, 1024, 256)
    assert span(g, 1024, 256) >= n
    assert g == 1 or span(g - 1, 1024, 256) < n


def test_frame_matches_numpy_slices():
    x = torch.arange(3000.0).unsqueeze(0)
    f = frame(x, 1024, 256)
    for k in range(f.shape[1]):
        seg = np.zeros(1024)
        chunk = np.arange(3000.0)[k * 256 : k * 256 + 1024]
        seg[: len(chunk)] = chunk
        np.testing.assert_array_equal(f[0, k].numpy(), seg)
