"""One jieba tokenizer per process, shared by mojibake repair (its word frequencies) and the
Chinese pass (segmentation and tags), so the dictionary is loaded once.

Loading is most of the cost of a small build, so it is trimmed: jieba is imported without
the deprecated ``pkg_resources`` (jieba then opens its data files by path, which is what
``pkg_resources`` resolved to anyway), and the dictionary is loaded from one file graphkit
keeps beside jieba's own cache, holding jieba's prefix frequencies and its word-tag table
together (0.45 s). jieba alone takes 1.0 s: ``marshal.load`` of its cache file reads the file
a few bytes at a time (0.6 s), and ``import jieba.posseg`` parses the 350,000-line dictionary
for the tags of a module-level tagger (0.4 s), which graphkit never uses.

rjieba (jieba-rs) was measured as a replacement: 40x faster on the sample's Chinese sentences
and 0.1 s to load, but its tagger is not jieba.posseg. It tags ``x`` every word jieba.posseg
tags with its own HMM (unknown names), splits unknown words as ``jieba.cut`` does rather than
as ``jieba.posseg.cut`` does, keeps hyphenated Latin words whole, and a user word it already
knows keeps its dictionary tag. It changed 44 of the sample's 99 Chinese sentences (24 in the
words themselves), so jieba stays.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import warnings
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

with warnings.catch_warnings():
    # jieba 0.42 imports the deprecated pkg_resources only to open its own data files, which
    # costs 0.3-0.9 s and warns; without it jieba opens them by path.
    warnings.simplefilter("ignore")
    _blocked = "pkg_resources" not in sys.modules
    if _blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails -> jieba's fallback
    try:
        import jieba

        # The module-level tagger of jieba.posseg reads an empty dictionary here; pos_tokenizer()
        # gives it the real tags, so jieba.posseg.cut still tags as jieba does.
        _default_dictionary = jieba.dt.dictionary
        jieba.dt.dictionary = os.devnull
        try:
            import jieba.posseg
        finally:
            jieba.dt.dictionary = _default_dictionary
    finally:
        if _blocked:
            del sys.modules["pkg_resources"]

jieba.setLogLevel(60)

USER_WORD_FREQ = 100000
_KEPT_FORMAT = 1  # bump when what the kept file holds changes


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    shared = jieba.Tokenizer()
    freq, total, _ = _dictionary()
    # What jieba's initialize() would set; the user words then go into this table itself.
    shared.FREQ, shared.total, shared.initialized = freq, total, True
    return shared


@lru_cache(maxsize=1)
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    shared = tokenizer()
    tags = _dictionary()[2]
    default = jieba.posseg.dt
    if default.tokenizer.dictionary == shared.dictionary and not default.word_tag_tab:
        default.word_tag_tab = dict(tags)  # what `import jieba.posseg` would have read
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = shared
    pos.word_tag_tab = dict(tags)  # a copy: the user words' tags go into it
    return pos


def add_words(words: Iterable[str], tag: str = "nz") -> None:
    """Make ``words`` whole tokens (the user dictionary); adding a word twice is harmless."""
    shared = tokenizer()
    for word in sorted(words):
        if shared.FREQ.get(word, 0) < USER_WORD_FREQ:
            shared.add_word(word, freq=USER_WORD_FREQ, tag=tag)


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's default dictionary: the frequency of every word and word prefix, their total,
    and the tag of every word; from the kept file, else from jieba (and then kept)."""
    source = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    kept = _kept_path(source)
    loaded = _read_kept(kept) if kept is not None else None
    if loaded is not None:
        return loaded
    fresh = jieba.Tokenizer()
    fresh.initialize()
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.load_word_tag(fresh.get_dict_file())
    if kept is not None:
        _write_kept(kept, fresh.FREQ, fresh.total, tagger.word_tag_tab)
    return fresh.FREQ, fresh.total, tagger.word_tag_tab


def _kept_path(source: Path) -> Path | None:
    """The kept file for this jieba and dictionary file (a new one when either changes)."""
    try:
        info = source.stat()
    except OSError:
        return None
    key = f"{_KEPT_FORMAT} {jieba.__version__} {source} {info.st_size} {info.st_mtime_ns}"
    digest = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()
    return Path(tempfile.gettempdir()) / f"graphkit-jieba-{digest}.cache"


def _read_kept(path: Path) -> tuple[dict[str, int], int, dict[str, str]] | None:
    """The kept dictionary, or None when the file is missing, damaged or not this user's
    (marshal trusts what it reads, like jieba's own cache in the same folder)."""
    try:
        with open(path, "rb") as handle:
            owner = os.fstat(handle.fileno()).st_uid
            if hasattr(os, "getuid") and owner != os.getuid():
                return None
            data = handle.read()  # one read: marshal.load on the file would read it piecemeal
        freq, total, tags = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if isinstance(freq, dict) and isinstance(total, int) and isinstance(tags, dict):
        return freq, total, tags
    return None


def _write_kept(path: Path, freq: dict[str, int], total: int, tags: dict[str, str]) -> None:
    """Keep the dictionary for the next process; a folder that cannot be written only costs
    that process the slow load."""
    # The tag table's words as the very string objects of the frequency table, and each tag
    # one object, so that marshal writes a reference instead of the string again: a smaller
    # file that loads faster.
    words = {word: word for word in freq}
    tag_objects: dict[str, str] = {}
    shared_tags = {words.get(word, word): tag_objects.setdefault(tag, tag) for word, tag in tags.items()}
    try:
        fd, tmp = tempfile.mkstemp(prefix=".graphkit-jieba-", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps((freq, total, shared_tags)))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
