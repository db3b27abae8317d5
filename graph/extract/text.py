"""Small text predicates shared by the extraction passes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def is_word_char(ch: str) -> bool:
    return ch.isalnum() and not has_cjk(ch)


def at_word_boundary(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is not glued to a Latin letter or digit on either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (is_word_char(before) and is_word_char(text[start])) and not (
        is_word_char(after) and is_word_char(text[end - 1]))


@lru_cache(maxsize=1 << 17)  # resolution asks for the keys of the same names again and again
def name_key(text: str) -> str:
    """A spelling-insensitive key: NFKC, case-folded, without spaces, hyphens or punctuation.

    >>> name_key("GPT 4") == name_key("gpt-4") == name_key("GPT-4")
    True
    """
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is what str.isalnum() keeps, and "_"


# Markup and machine strings that name nothing: URLs, e-mail addresses, file names, Markdown
# image links and link targets, struck-through text, timestamps of transcripts, inline code.
_NOISE = re.compile(
    # The look-behinds start an address or a file name only at the start of a token, so a long
    # run such as "1.1.1.…" is scanned once, not once per character.
    r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+"
    r"|(?<![\w.-])[\w.-]+\.(?:md|html?|pdf|png|jpe?g|gif|svg|txt|py|json|csv)\b"
    r"|!\[[^\]\n]*\]\([^)\n]*\)|\]\([^)\n]*\)|~~[^~\n]+~~|\[?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b\]?"
    r"|`[^`\n]+`")  # inline code


def noise_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` where no mention may start or end.

    >>> t = "See ![logo](a.png) at https://x.org/OpenAI or ~~Google~~ at 00:12:05."
    >>> [t[s:e] for s, e in noise_spans(t)]
    ['![logo](a.png)', 'https://x.org/OpenAI', '~~Google~~', '00:12:05']
    """
    return [(m.start(), m.end()) for m in _NOISE.finditer(text)]


# A word this common in English (Zipf frequency, wordfreq) is no name by itself.
COMMON_ZIPF = 4.0


@lru_cache(maxsize=1 << 16)  # wordfreq tokenizes the word on every call; names recur
def common_english_word(word: str, zipf: float = COMMON_ZIPF) -> bool:
    """Whether ``word`` is an everyday English word ("Reputation", "Achieving"), by wordfreq.

    >>> common_english_word("Speed"), common_english_word("Ising")
    (True, False)
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= zipf
