"""One jieba tokenizer per process, shared by mojibake repair (its word frequencies) and the
Chinese pass (segmentation and tags), so the dictionary is loaded once.

Loading is most of the cost of a small build, so it is trimmed: jieba is imported without
the deprecated ``pkg_resources`` (jieba then opens its data files by path, which is what
``pkg_resources`` resolved to anyway), and the POS tagger reuses the word-tag table that
``import jieba.posseg`` has already read instead of reading the 350,000-line dictionary a
second time.

rjieba (jieba-rs) was measured as a replacement: 40x faster on the sample's Chinese sentences
and 0.1 s to load, but its tagger is not jieba.posseg. It tags ``x`` every word jieba.posseg
tags with its own HMM (unknown names), splits unknown words as ``jieba.cut`` does rather than
as ``jieba.posseg.cut`` does, keeps hyphenated Latin words whole, and a user word it already
knows keeps its dictionary tag. It changed 44 of the sample's 99 Chinese sentences (24 in the
words themselves), so jieba stays.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterable
from functools import lru_cache

with warnings.catch_warnings():
    # jieba 0.42 imports the deprecated pkg_resources only to open its own data files, which
    # costs 0.3-0.9 s and warns; without it jieba opens them by path.
    warnings.simplefilter("ignore")
    _blocked = "pkg_resources" not in sys.modules
    if _blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails -> jieba's fallback
    try:
        import jieba
        import jieba.posseg
    finally:
        if _blocked:
            del sys.modules["pkg_resources"]

jieba.setLogLevel(60)

USER_WORD_FREQ = 100000


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    shared = jieba.Tokenizer()
    shared.initialize()
    return shared


@lru_cache(maxsize=1)
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    shared = tokenizer()
    loaded = jieba.posseg.dt
    if loaded.tokenizer.dictionary != shared.dictionary:
        return jieba.posseg.POSTokenizer(shared)
    # The same dictionary file: copy the table ``import jieba.posseg`` read (10 ms, not 0.5 s).
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = shared
    pos.word_tag_tab = dict(loaded.word_tag_tab)
    return pos


def add_words(words: Iterable[str], tag: str = "nz") -> None:
    """Make ``words`` whole tokens (the user dictionary); adding a word twice is harmless."""
    shared = tokenizer()
    for word in sorted(words):
        if shared.FREQ.get(word, 0) < USER_WORD_FREQ:
            shared.add_word(word, freq=USER_WORD_FREQ, tag=tag)
