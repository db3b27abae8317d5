"""One jieba tokenizer per process, shared by mojibake repair (its word frequencies) and the
Chinese pass (segmentation and tags), so the dictionary is loaded once."""

from __future__ import annotations

import warnings
from functools import lru_cache

with warnings.catch_warnings():
    # jieba 0.42 imports the deprecated pkg_resources, which warns on every run.
    warnings.simplefilter("ignore")
    import jieba
    import jieba.posseg

jieba.setLogLevel(60)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    shared = jieba.Tokenizer()
    shared.initialize()
    return shared


@lru_cache(maxsize=1)
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(tokenizer())


def add_words(words: frozenset[str], tag: str = "nz") -> None:
    """Make ``words`` whole tokens (the user dictionary); adding a word twice is harmless."""
    shared = tokenizer()
    for word in sorted(words):
        if shared.FREQ.get(word, 0) < 100000:
            shared.add_word(word, freq=100000, tag=tag)
