"""Find, decode and clean the documents of a corpus folder.

Readers yield one item per file, in sorted path order, so a build is deterministic and
memory follows the largest document: a ``Document`` or, for a file that cannot be read, a
``Skipped`` naming the file, the reason and what to do about it. Nothing a file holds makes
reading raise: not its bytes, its size, its kind (a pipe or a folder named ``*.txt``), its
permissions or its name.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from ..model import Document
from .clean import hidden_spans
from .repair import repair_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
# A document is read, decoded, repaired and extracted whole: a 32 MB file takes about a minute
# and 700 MiB (bench/bench_patterns.py --large 30). A larger file is named and skipped, with the
# advice to split it, rather than taking a build's memory and an hour.
MAX_BYTES = 32 * 2**20
# Above this share of control characters (NUL aside) decoded bytes are no text.
_BINARY_CONTROLS = 0.05
# C0 controls but NUL and the whitespace ones, DEL and C1 controls.
_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_SAMPLE = 4096
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Encodings detection may name: Unicode, Chinese, Japanese and Korean, and the Windows and ISO
# code pages of European text. Not EBCDIC or DOS code pages, which random bytes decode into
# something that looks like words.
_DETECTABLE = ("utf", "gb", "hz", "big5", "cp950", "cp936", "cp932", "cp949", "euc", "shift_jis", "iso2022",
               "johab", "cp125", "latin", "iso8859", "koi8", "ascii")
# Bidirectional controls would make a printed name read differently from what it is.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def iter_paths(root: Path) -> Iterator[Path]:
    """Text files under ``root`` in a stable order (a folder's files, then its subfolders, each
    sorted by name); hidden files and folders are left out, symlink loops are not followed.

    The walk keeps its own stack, so a corpus nested a thousand folders deep is no
    RecursionError. A folder that cannot be listed is yielded too: reading it then says why it
    was skipped, so no part of the corpus disappears without a message.
    """
    if not root.is_dir():
        yield root
        return
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            with os.scandir(folder) as scan:
                entries = sorted((entry.name, _is_dir(entry)) for entry in scan if not entry.name.startswith("."))
        except OSError:
            yield folder
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:  # reached again through a symbolic link: a loop or a second way in
            continue
        seen.add(key)
        for name, is_dir in entries:
            if not is_dir and Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield folder / name
        stack.extend(folder / name for name, is_dir in reversed(entries) if is_dir)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links
    except OSError:
        return False  # a link that cannot be followed is read as a file, which says why not


def read_corpus(root: str | os.PathLike[str], *, max_bytes: int | None = None) -> Iterator[Document | Skipped]:
    """Yield every document of a corpus folder (or a single file).

    Raises ``CorpusError`` when the folder itself is missing or not readable.
    """
    root_path = Path(root)
    if not root_path.exists():
        raise CorpusError(f"corpus {display_name(str(root_path))} does not exist: give a folder of .txt or .md files")
    if root_path.is_dir() and not os.access(root_path, os.R_OK | os.X_OK):
        raise CorpusError(f"corpus {display_name(str(root_path))} is not readable: check its permissions")
    for path in iter_paths(root_path):
        yield read_document(path, document_id(root_path, path), max_bytes=max_bytes)


def document_id(root: Path, path: Path) -> str:
    """The id of the document at ``path`` of a corpus ``root``: its relative path, printable."""
    relative = path.name if not root.is_dir() else path.relative_to(root).as_posix()
    return display_name(relative)


def read_document(path: Path, doc_id: str, *, max_bytes: int | None = None) -> Document | Skipped:
    """Read one file into a Document, or say why it cannot be read (never raises)."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    name = display_name(str(path))
    data = _read_bytes(path, limit)
    if isinstance(data, str):
        return Skipped(name, data)
    decoded = decode(data)
    if decoded is None or _is_binary(decoded[0]):
        return Skipped(name, "is binary or in an unknown encoding; convert it to UTF-8 text, or remove it from the "
                             "corpus")
    text, encoding = decoded
    text, repairs = repair_text(text)
    if not text.strip():
        return Skipped(name, "has no text (it is empty, blank or only control characters); add text or remove it")
    return Document(doc_id=display_name(doc_id), path=name, text=text, encoding=encoding,
                    hidden=hidden_spans(text), repairs=repairs)


def _read_bytes(path: Path, limit: int) -> bytes | str:
    """The bytes of a regular file of at most ``limit`` bytes, or why they cannot be had.

    The file is opened without blocking and checked before it is read: a pipe named
    ``notes.txt`` would otherwise hang the build, and a file that grows past the limit while
    it is read is still refused, since at most ``limit + 1`` bytes are read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        return _unreadable(err)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return "is a folder that could not be listed; check its permissions"
        if not stat.S_ISREG(info.st_mode):
            return "is not a regular file (a pipe, socket or device); remove it from the corpus or save it as a file"
        if info.st_size > limit:
            return _too_large(info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, 2**20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as err:
        return _unreadable(err)
    finally:
        os.close(fd)
    if size > limit:
        return _too_large(size, limit)
    return b"".join(chunks)


def _unreadable(err: OSError) -> str:
    return f"cannot be read ({err.strerror or err}); check that it exists and that you may read it"


def _too_large(size: int, limit: int) -> str:
    return (f"is {_mib(size)}, more than the {_mib(limit)} a document may have; split it into smaller files")


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size} bytes"


def decode(data: bytes) -> tuple[str, str] | None:
    """Decode bytes: by byte-order mark (UTF-8, UTF-16, UTF-32), as UTF-8, as UTF-16 without a
    mark when every other byte is mostly zero, else by detection (GB18030, GBK, Big5, …).
    None when the bytes are no text.

    >>> decode("中文".encode("utf-16"))
    ('中文', 'utf-16-le')
    >>> decode("OpenAI 发布了".encode("utf-8")[:-1])  # cut inside the last character
    ('OpenAI 发布\\ufffd', 'utf-8')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_declared(data[len(bom):], codec)
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if err.end == len(data) and err.reason == "unexpected end of data":
            # Cut inside the last character (a copy stopped early, `head -c`): keep the rest.
            return data[:err.start].decode("utf-8") + "\ufffd", "utf-8"
    if b"\x00" in sample:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None or not best.encoding.startswith(_DETECTABLE):
        return None
    return str(best), codecs.lookup(best.encoding).name


def _decode_declared(data: bytes, codec: str) -> tuple[str, str] | None:
    """Decode by the codec a byte-order mark declares; a few bad sequences become U+FFFD."""
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    return (text, codec) if text.count("\ufffd") <= max(1, len(text) // 100) else None


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: the byte order whose text is plausible, if one is."""
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausible_share(text[:_SAMPLE])
        if score >= 0.9 and (best is None or score > best[0]):
            best = (score, text, codec)
    return None if best is None else (best[1], best[2])


def _plausible_share(text: str) -> float:
    """The share of ``text`` in the scripts of this corpus: ASCII, CJK and their punctuation.
    Binary read as UTF-16 scatters over all of Unicode and scores far lower."""
    if not text:
        return 0.0
    plausible = sum(1 for ch in text if ch in "\t\n\r" or (
        " " <= ch <= "~" or "\u3000" <= ch <= "\u303f" or "\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
        or "\u2010" <= ch <= "\u2027") and unicodedata.category(ch)[0] != "C")
    return plausible / len(text)


def _is_binary(text: str) -> bool:
    """Whether decoded text is mostly control characters (NUL padding aside): no text at all."""
    sample = text[:65536]
    return len(_CONTROLS.findall(sample)) > len(sample) * _BINARY_CONTROLS


def display_name(name: str) -> str:
    r"""``name`` safe to print and to export: the undecodable bytes of a file name (which Python
    keeps as lone surrogates) become ``\xNN``, control and bidirectional characters ``\uNNNN``.

    >>> display_name("中文.txt"), display_name("bad\udcff.txt"), display_name("a\nb\u202e.md")
    ('中文.txt', 'bad\\xff.txt', 'a\\x0ab\\u202e.md')
    """
    if name.isprintable():
        return name
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte code - 0xDC00
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
