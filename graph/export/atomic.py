"""Atomic file writes: a reader sees the previous complete file or the new complete one.

Each file is written to a temporary ``.graphkit-<name>.<random>`` beside it, flushed to disk
and renamed over the old one. A build killed mid-write leaves its temporary file behind and
the old file whole; the next build into the folder removes such leftovers. Builds into one
folder take turns (an advisory lock on the folder), so one never removes the temporary file
another is still writing.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExportError

try:
    import fcntl
except ImportError:  # pragma: no cover (Windows: builds into one folder do not take turns)
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".graphkit-"


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over ``path``."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{target.name}.", dir=target.parent)
    except OSError as err:
        raise ExportError(f"cannot write into {target.parent}: {err.strerror or err}; check that --out names a "
                          "folder you may write to") from err
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, _mode_for(target))  # mkstemp makes files only their owner may read
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {err.strerror or err}; {_advice(err, target)}, then build "
                          "again") from err
    _sync_folder(target.parent)
    return target


def _advice(err: OSError, target: Path) -> str:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some space"
    if err.errno == errno.EISDIR or target.is_dir():
        return f"remove or rename the folder {target}"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"check that you may write to {target.parent}"
    return "check the --out folder and the disk"


def remove_stale(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that killed builds left in ``folder``; return them.

    Call it while holding ``folder_lock(folder)``: then no live build has temporary files there.
    """
    removed = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    except OSError as err:
        raise ExportError(f"cannot list {folder}: {err.strerror or err}; check the --out folder") from err
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                continue
            except OSError as err:
                raise ExportError(f"cannot remove the leftover {entry.path}: {err.strerror or err}; remove it by "
                                  "hand") from err
            removed.append(Path(entry.path))
    return removed


@contextmanager
def folder_lock(folder: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``folder`` (created if missing) while writing into it.

    The lock is on the folder itself, so it adds no file; the system releases it when the
    process ends, however it ends.
    """
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDONLY) if fcntl is not None else None
    except OSError as err:
        raise ExportError(f"cannot write into {path}: {err.strerror or err}; check that --out names a folder "
                          "you may write to") from err
    if fd is None:  # pragma: no cover (Windows)
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as err:
            if err.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL):
                raise ExportError(f"cannot lock {path}: {err.strerror or err}; check the --out folder") from err
            # a file system without locks (some network ones): builds into it do not take turns
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _mode_for(target: Path) -> int:
    """The mode of the file being replaced, or that of a new file under the current umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk, so that a power cut after it keeps the new file."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open a folder; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass  # a file system that cannot sync folders (EINVAL): the rename stands all the same
    finally:
        os.close(fd)
