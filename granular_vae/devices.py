"""Device choice (CUDA, then Apple MPS, then the CPU, unless the user names one) and CPU thread pools."""
from __future__ import annotations

import contextlib
from typing import Iterator

import torch
from threadpoolctl import threadpool_limits


def pick_device(name: str | None = None) -> torch.device:
    if name:
        if name.startswith("cuda") and not torch.cuda.is_available():
            raise ValueError("--device cuda asked for, but PyTorch sees no CUDA GPU")
        return torch.device(name)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


@contextlib.contextmanager
def cpu_threads(n: int | None) -> Iterator[None]:
    """Within the block, torch (encoding, training) uses n CPU threads and numpy's BLAS (rendering,
    render.py) one; both are put back after it. None changes nothing.

    The render engine's matrix products are small ([84, 256] @ [256, 256] for a 1 s hit), yet OpenBLAS
    splits them over every core, and its idle threads spin after each render: with 2 threads,
    `ngs serve` used 85 % of a core while a sequencer asked for 8 hits/s, against 3 % with one.
    """
    if n is None:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        with threadpool_limits(1, user_api="blas"):
            yield
    finally:
        torch.set_num_threads(before)
