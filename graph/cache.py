"""A content-addressed cache of what extraction found in each document, for incremental builds.

An entry is keyed by the document's id and the hash of its bytes, inside a folder named after
the *pipeline version*: a hash of graphkit's version and source code, the pass names, the
lexicon, every ontology file and the versions of the libraries extraction uses. Changing any of
them starts a new folder, so an entry can never be used by a pipeline that would extract
something else from the same bytes.

An entry is three pickled parts (mentions, relations, the sentences they refer to) behind a
header with a checksum. It is written to a temporary file and renamed into place, so a reader
sees a whole entry or none; an entry whose checksum does not match (a torn disk write, an edit)
is ignored, recomputed and replaced. ``prune`` removes what the latest build did not use: the
entries of deleted or changed documents and the folders of other pipeline versions.

The cache is trusted the way ``__pycache__`` is: entries are pickles, so keep the folder where
only the build can write (the checksum finds corruption, not tampering).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import struct
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import Lexicon

MAGIC = b"GKCACHE1"
_HEADER = struct.Struct("<8s16sQQQ")  # magic, checksum of the parts, length of each of the 3 parts
# Libraries whose version can change what extraction finds in the same bytes.
EXTRACTION_LIBRARIES = ("jieba", "wordfreq", "pypinyin", "ftfy", "charset-normalizer", "ahocorasick-rs")


@dataclass(frozen=True)
class Entry:
    """One document's findings as stored: three pickles, unpickled only by who needs them."""

    mentions: bytes  # (by_pass, mentions)
    relations: bytes  # relations
    sentences: bytes  # sentences, None where no mention or relation refers to the sentence

    def pack(self) -> bytes:
        parts = (self.mentions, self.relations, self.sentences)
        checksum = hashlib.blake2b(b"".join(parts), digest_size=16).digest()
        return _HEADER.pack(MAGIC, checksum, *(len(p) for p in parts)) + b"".join(parts)

    @classmethod
    def unpack(cls, data: bytes) -> Entry | None:
        """The entry in ``data``, or None when it is not a whole, intact entry."""
        if len(data) < _HEADER.size:
            return None
        magic, checksum, *lengths = _HEADER.unpack_from(data)
        body = memoryview(data)[_HEADER.size:]
        if magic != MAGIC or sum(lengths) != len(body):
            return None
        if hashlib.blake2b(body, digest_size=16).digest() != checksum:
            return None
        a, b = lengths[0], lengths[0] + lengths[1]
        return cls(bytes(body[:a]), bytes(body[a:b]), bytes(body[b:]))


def document_key(doc_id: str, data: bytes) -> str:
    """The cache key of a document: its id (offsets and findings name it) and its bytes."""
    digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=20)
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def pipeline_version(passes: Sequence[str], lexicon: Lexicon) -> str:
    """A hash of everything besides a document's bytes that decides what extraction finds in it."""
    digest = hashlib.blake2b(digest_size=10)
    for part in _static_version_parts():
        digest.update(part)
    digest.update("\0".join(passes).encode("utf-8") + b"\1")
    digest.update(repr(lexicon.entries).encode("utf-8"))
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _static_version_parts() -> tuple[bytes, ...]:
    """graphkit's version and sources, the ontology files and the extraction libraries' versions.

    The sources count, not only the version number: an edited pass must not reuse what the old
    pass found (an editable install keeps its version number while its code changes).
    """
    from importlib import metadata

    package = Path(__file__).resolve().parent
    from .resources import ontology_file

    ontology = ontology_file("lexicon.tsv").parent
    parts = [f"python {sys.version_info[0]}.{sys.version_info[1]}".encode()]
    for name in ("graphkit", *EXTRACTION_LIBRARIES):
        try:
            parts.append(f"{name} {metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            parts.append(f"{name} absent".encode())
    for root in (package, ontology):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".txt", ".ttl")):
            relative = path.relative_to(root).as_posix()
            if "__pycache__" not in path.parts and not (root == package and _after_extraction(relative)) and \
                    not (root == ontology and relative in _LATER_DATA):
                parts.append(relative.encode() + b"\0" + path.read_bytes())
    return tuple(parts)


# Modules that run only after extraction (an edit there leaves the cache valid). Anything not
# listed counts, so a new module errs on the side of extracting again.
_LATER_STAGES = ("cli/", "export/", "analysis.py", "build.py", "resolve.py", "classify.py", "diff.py", "query.py",
                 "store.py", "validate.py", "parallel.py")
# Ontology files read only after extraction: the relation model keys its own cached output.
_LATER_DATA = ("relation_model.tsv",)


def _after_extraction(relative: str) -> bool:
    return relative.startswith(_LATER_STAGES)


class Cache:
    """The entries of one pipeline version under a cache folder."""

    def __init__(self, root: str | os.PathLike[str], version: str) -> None:
        self.root = Path(root)
        self.version = version
        self.folder = self.root / version
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> Entry | None:
        """The entry for ``key``; None when there is none or it is damaged (counted in ``corrupt``)."""
        try:
            data = self.path(key).read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError:
            self.corrupt += 1  # unreadable: recomputed and rewritten like a damaged entry
            return None
        entry = Entry.unpack(data)
        if entry is None:
            self.corrupt += 1
        else:
            self.hits += 1
        return entry

    def put(self, key: str, entry: Entry) -> None:
        """Write an entry atomically. A cache that cannot be written is not an error: the build
        goes on, and the next one recomputes what is missing."""
        target = self.path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", dir=target.parent)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(entry.pack())
            os.replace(tmp, target)
        except OSError:
            Path(tmp).unlink(missing_ok=True)

    def prune(self, used: Iterable[str]) -> int:
        """Delete every entry not in ``used`` and every other version's folder; return how many
        files went. Entries that other builds sharing the folder still need are recomputed."""
        keep = set(used)
        removed = 0
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir() and child.name != self.version and _looks_like_version(child.name):
                    shutil.rmtree(child, ignore_errors=True)
                    removed += 1
        if self.folder.is_dir():
            for shard in self.folder.iterdir():
                if not shard.is_dir():
                    continue
                for path in shard.iterdir():
                    if path.name not in keep:
                        path.unlink(missing_ok=True)
                        removed += 1
        return removed


def _looks_like_version(name: str) -> bool:
    return len(name) == 20 and all(c in "0123456789abcdef" for c in name)


def dumps(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def loads(data: bytes) -> object:
    return pickle.loads(data)
