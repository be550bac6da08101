"""Atomic file writes: a hidden temp file beside the target, renamed over it in one step.

Readers (Max's buffer~, a resuming trainer, a user's file browser) never see half a file; a crash
leaves at most a hidden `.NAME.PID-HEX.tmp` file, which TEMP_NAME recognises for clean-up.
"""
from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path
from typing import BinaryIO, Iterator

TEMP_NAME = re.compile(r"\.(?P<name>.+)\.\d+-[0-9a-f]{8}\.tmp")


class AtomicFile:
    """Write to `.file`, a new hidden temp file beside `path`; commit() renames it over path, abort() removes it.

    The folder must exist: creating it is the caller's decision (the server must not recreate a removed --out-dir).
    """

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        self.file: BinaryIO = open(self.tmp, "xb")   # exclusive create, permissions from the umask

    def commit(self, to: Path | None = None) -> None:
        """Close the file and rename it to `to` (default: path), in the same folder."""
        self.file.close()
        os.replace(self.tmp, self.path if to is None else to)

    def abort(self) -> None:
        self.file.close()
        self.tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_write(path: str | Path) -> Iterator[BinaryIO]:
    """`with atomic_write(path) as f: f.write(...)`: path appears complete when the block ends, or not at all."""
    out = AtomicFile(Path(path))
    try:
        yield out.file
        out.commit()
    except BaseException:   # the block or the commit (close or rename) failed: no temp file left behind
        out.abort()
        raise
