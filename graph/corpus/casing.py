"""Whether a text uses letter case at all."""

from __future__ import annotations

import re
from functools import lru_cache

_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
_MIN_CASELESS_WORDS = 100
_CASELESS_SHARE = 0.01


@lru_cache(maxsize=4)  # asked of each document by the sentence splitter and two passes
def caseless(text: str) -> bool:
    """Whether ``text`` carries no case: automatic captions and some transcripts write every word
    in lower case, so a capital is no sign of a name there.

    >>> caseless("so let me start " * 30), caseless("So OpenAI said " * 30)
    (True, False)
    """
    words = _LATIN_WORD.findall(text)
    if len(words) < _MIN_CASELESS_WORDS:
        return False
    return sum(word[0].isupper() for word in words) < _CASELESS_SHARE * len(words)
