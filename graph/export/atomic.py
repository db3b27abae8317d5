"""Atomic file writes: a reader sees the previous complete file or the new complete one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import ExportError


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over ``path``."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".graphkit-{target.name}.", dir=target.parent)
    except OSError as err:
        raise ExportError(f"cannot write into {target.parent}: {err.strerror or err}; check the --out folder") from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {err.strerror or err}") from err
    return target
