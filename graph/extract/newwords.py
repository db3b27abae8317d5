"""New-word discovery in Chinese text: character strings that behave like words though the
dictionary does not know them (unknown names, product names, coined terms).

A string is a word when it is frequent, cohesive and free: its characters occur together far
more often than chance would put them side by side (the pointwise mutual information of its
weakest split), and it is used in varied contexts (the entropy of the characters to its left
and to its right). This is the method of Matrix67's "Sociolinguistics of the Internet Age"
(2012), after Sproat & Shih (1990) for cohesion and Harris (1955) for branching entropy.
Statistics are those of one document, so the result does not depend on what else is read.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

MIN_COUNT = 3
MAX_LENGTH = 4
MIN_COHESION = 2.5  # natural log of the count ratio of the string to its weakest split
MIN_ENTROPY = 0.9  # nats, on both sides: three or more different neighbours, fairly even
_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Characters that are function words of their own, never inside a name or term.
_FUNCTION_CHARS = frozenset("的了是在和与及或等这那个也都就被把从向对为将让我你他她它们之而且但如果因所以")


def new_words(texts: Iterable[str], known: Callable[[str], bool]) -> frozenset[str]:
    """The strings of two to four Chinese characters that are words by their statistics in
    ``texts`` and that ``known`` (the dictionary) does not already have.

    >>> text = ("我们上线了元创岛。用户用元创岛做视频，说元创岛很快，大家觉得元创岛好用。"
    ...         "今天天气很好，我们去公园散步，然后回家吃饭，晚上看书写字，周末再去爬山。")
    >>> sorted(new_words([text], known=lambda w: False))
    ['元创岛']
    """
    runs = [f"\0{run}\0" for text in texts for run in _RUN.findall(text)]
    grams: Counter[str] = Counter(ch for run in runs for ch in run[1:-1])
    total = sum(grams.values()) or 1
    frequent = {ch for ch, count in grams.items() if count >= MIN_COUNT}
    found = set()
    for size in range(2, MAX_LENGTH + 1):
        # Apriori: a string is frequent only if both its shorter parts are.
        counted = Counter(run[i:i + size] for run in runs for i in range(1, len(run) - size)
                          if run[i:i + size - 1] in frequent and run[i + 1:i + size] in frequent)
        grams.update(counted)
        frequent = {gram for gram, count in counted.items() if count >= MIN_COUNT}
        # Neighbours are counted only for the cohesive strings the dictionary lacks.
        cohesive = {gram for gram in frequent if not _FUNCTION_CHARS & set(gram) and not known(gram)
                    and _cohesion(gram, grams, total) >= MIN_COHESION}
        left: dict[str, Counter[str]] = {gram: Counter() for gram in cohesive}
        right: dict[str, Counter[str]] = {gram: Counter() for gram in cohesive}
        if cohesive:
            for run in runs:
                for i in range(1, len(run) - size):
                    gram = run[i:i + size]
                    if gram in left:
                        left[gram][run[i - 1]] += 1
                        right[gram][run[i + size]] += 1
        found |= {gram for gram in cohesive if min(_entropy(left[gram]), _entropy(right[gram])) >= MIN_ENTROPY}
    # Keep the longest: a discovered word's parts are no words of their own here.
    parts = {word[i:j] for word in found for i in range(len(word)) for j in range(i + 2, len(word) + 1)
             if j - i < len(word)}
    return frozenset(found - parts)


def _cohesion(gram: str, counts: Counter[str], total: int) -> float:
    """The pointwise mutual information of the weakest split of ``gram``, in nats."""
    return min(math.log(counts[gram] * total / (counts[gram[:k]] * counts[gram[k:]])) for k in range(1, len(gram)))


def _entropy(neighbours: Counter[str]) -> float:
    total = sum(neighbours.values())
    return -sum(c / total * math.log(c / total) for c in neighbours.values())
