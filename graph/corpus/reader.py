"""Find, decode and clean the documents of a corpus folder.

Readers yield one item per file, in sorted path order, so a build is deterministic and
memory follows the largest document: a ``Document`` or, for a file that cannot be read, a
``Skipped`` naming the file and the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from ..model import Document
from .clean import hidden_spans
from .repair import repair_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def iter_paths(root: Path) -> Iterator[Path]:
    """Text files under ``root`` in a stable order; symlink loops are not followed."""
    if root.is_file():
        yield root
        return
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        stat = os.stat(dirpath)
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield Path(dirpath, name)


def read_corpus(root: str | os.PathLike[str]) -> Iterator[Document | Skipped]:
    """Yield every document of a corpus folder (or a single file).

    Raises ``CorpusError`` when the folder itself is missing or not readable.
    """
    root_path = Path(root)
    if not root_path.exists():
        raise CorpusError(f"corpus {root_path} does not exist: give a folder of .txt or .md files")
    if root_path.is_dir() and not os.access(root_path, os.R_OK | os.X_OK):
        raise CorpusError(f"corpus {root_path} is not readable: check its permissions")
    for path in iter_paths(root_path):
        doc_id = path.name if root_path.is_file() else path.relative_to(root_path).as_posix()
        yield read_document(path, doc_id)


def read_document(path: Path, doc_id: str) -> Document | Skipped:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(str(path), f"larger than {MAX_BYTES // 2**20} MiB; split it into smaller files")
        data = path.read_bytes()
    except OSError as err:
        return Skipped(str(path), f"cannot be read ({err.strerror or err}); check that it exists and is readable")
    decoded = decode(data)
    if decoded is None:
        return Skipped(str(path), "is binary or in an unknown encoding; convert it to UTF-8 text")
    text, encoding = decoded
    text, repairs = repair_text(text)
    if not text.strip():
        return Skipped(str(path), "is empty")
    return Document(doc_id=doc_id, path=str(path), text=text, encoding=encoding,
                    hidden=hidden_spans(text), repairs=repairs)


def decode(data: bytes) -> tuple[str, str] | None:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 by BOM, else by detection."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return len(sample) >= 2 and (sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4)
