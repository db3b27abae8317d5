"""Acronym–expansion pairs ("Direct Preference Optimization (DPO)", "USTC (University of …)").

The expansion is found by the Schwartz–Hearst algorithm (Schwartz & Hearst, PSB 2003): walk
the acronym's characters right to left and match each to a character of the words before the
parenthesis, the first one at the start of a word. Both spans become mentions; resolution
merges them. The expansion's head word gives the type ("… Laboratory" an organisation),
otherwise a defined acronym names a concept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Mention, Sentence
from ..vocab import EntityType
from . import cues
from .base import PassContext, register_pass

PASS = "acronyms"
WEIGHT = 2.0
_PAREN = re.compile(r"\(([^()]{1,80})\)|（([^（）]{1,80})）")
_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]{1,9}$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")


@register_pass(PASS)
def acronym_mentions(ctx: PassContext) -> Iterator[Mention]:
    for sentence in ctx.sentences:
        for match in _PAREN.finditer(sentence.text):
            inner = match.group(1) or match.group(2)
            inner_start = match.start(1) if match.group(1) else match.start(2)
            yield from _pair(ctx, sentence, inner, inner_start, match.start())


def _pair(ctx: PassContext, sentence: Sentence, inner: str, inner_start: int, paren_start: int) -> Iterator[Mention]:
    # "ISTA (Iterative Soft-Thresholding Algorithm, 迭代软阈值算法)": the first part pairs with
    # the acronym, a Chinese part after it is a translation of the same name.
    first, *glosses = _GLOSS_SEPARATOR.split(inner)
    inner_start += len(first) - len(first.lstrip())
    inner = first.strip()
    found = list(_pair_parts(ctx, sentence, inner, inner_start, paren_start))
    yield from found
    if found:
        offset = inner_start + len(first)
        for separator, gloss in zip(glosses[::2], glosses[1::2]):
            offset += len(separator)
            start = offset + len(gloss) - len(gloss.lstrip())
            gloss_text = gloss.strip()
            offset += len(gloss)
            if 2 <= len(gloss_text) <= 20 and _CJK_NAME.fullmatch(gloss_text):
                yield replace(found[0], start=sentence.start + start, end=sentence.start + start + len(gloss_text),
                              text=gloss_text)


_GLOSS_SEPARATOR = re.compile(r"(\s*[,，;；]\s*)")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\w\-]*")


def _pair_parts(ctx: PassContext, sentence: Sentence, inner: str, inner_start: int, paren_start: int
                ) -> Iterator[Mention]:
    text = sentence.text
    if _is_acronym(inner):
        # "long form (SF)"
        before = text[:paren_start].rstrip()
        found = expansion(inner, before)
        if found is not None:
            start, end = found
            yield from _mentions(ctx, sentence, (start, end), (inner_start, inner_start + len(inner)))
        return
    # "SF (long form)"
    words_before = list(_WORD.finditer(text[:paren_start]))
    if not words_before or text[words_before[-1].end():paren_start].strip():
        return
    short = words_before[-1]
    if _is_acronym(short.group()):
        found = expansion(short.group(), inner)
        if found is not None and found[0] == 0 and _initials_follow(short.group(), inner[:found[1]]):
            yield from _mentions(ctx, sentence, (inner_start, inner_start + found[1]), (short.start(), short.end()))
        elif found is None and _initials_permuted(short.group(), inner):
            yield from _mentions(ctx, sentence, (inner_start, inner_start + len(inner)), (short.start(), short.end()))


def _initials_permuted(short: str, long_form: str) -> bool:
    """Whether the capitalised words of ``long_form`` open with the letters of ``short`` in
    another order: machine translation reorders an expansion ("AGI (General Artificial
    Intelligence)") but keeps its acronym.

    >>> _initials_permuted("AGI", "General Artificial Intelligence"), _initials_permuted("AGI", "Good Ideas")
    (True, False)
    """
    words = long_form.split()
    letters = [ch.lower() for ch in short if ch.isalpha()]
    return len(words) == len(letters) >= 3 and all(word[0].isupper() for word in words) and \
        sorted(word[0].lower() for word in words) == sorted(letters)


def _initials_follow(short: str, long_form: str) -> bool:
    """Whether every content word of ``long_form`` opens with a letter of ``short``, in order:
    after the acronym, a parenthesis may hold a gloss longer than the expansion ("SOTA
    (state-of-the-art international level)")."""
    letters = iter(ch.lower() for ch in short if ch.isalnum())
    return all(any(ch == word[0] for ch in letters) for word in long_form.lower().split()
               if word not in cues.FUNCTION_WORDS)


def _is_acronym(candidate: str) -> bool:
    letters = [ch for ch in candidate if ch.isalpha()]
    return (_ACRONYM.match(candidate) is not None and len(letters) >= 2 and
            sum(ch.isupper() for ch in letters) >= max(2, len(letters) // 2) and " " not in candidate)


def expansion(short: str, before: str) -> tuple[int, int] | None:
    """The span of ``before`` that ``short`` abbreviates, by Schwartz–Hearst.

    >>> text = "we use Direct Preference Optimization"
    >>> start, end = expansion("DPO", text); text[start:end]
    'Direct Preference Optimization'
    >>> expansion("MoE", "a Mixture of Experts") is not None
    True
    >>> expansion("XYZ", "nothing to see") is None
    True
    """
    letters = [ch.lower() for ch in short if ch.isalnum()]
    words = list(_WORD.finditer(before))
    limit = min(len(letters) + 5, len(letters) * 2)
    window = words[-limit:] if words else []
    if not window:
        return None
    region_start = window[0].start()
    region = before[region_start:].lower()
    s, r = len(letters) - 1, len(region) - 1
    while s >= 0:
        ch = letters[s]
        while r >= 0 and (region[r] != ch or (s == 0 and r > 0 and region[r - 1].isalnum())):
            r -= 1
        if r < 0:
            return None
        r -= 1
        s -= 1
    start = region_start + r + 1
    # Start at the beginning of the word holding the first matched letter.
    while start > 0 and before[start - 1].isalnum():
        start -= 1
    end = len(before.rstrip(" ,:;-—"))
    phrase = before[start:end]
    if len(phrase.split()) > len(letters) + 3 or len(phrase) <= len(short):
        return None
    if phrase.split()[0].lower() in cues.FUNCTION_WORDS:
        return None
    if not _initials_follow(short, phrase):
        return None  # "model adopts mixed expert (MoE)": "adopts" opens with no letter of the acronym
    return start, end


def _mentions(ctx: PassContext, sentence: Sentence, long_span: tuple[int, int],
              short_span: tuple[int, int]) -> Iterator[Mention]:
    long_text = sentence.text[long_span[0]:long_span[1]]
    short_text = sentence.text[short_span[0]:short_span[1]]
    # A curated acronym or expansion keeps its entry: "AGI (General Artificial Intelligence)" is
    # the concept, though "Intelligence" ends many a company's name.
    curated = ctx.resources.curated.get(short_text) or ctx.resources.curated.get(long_text)
    entity_type = _type_of(long_text) if curated is None else curated.type
    for start, end in (long_span, short_span):
        yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + end,
                      sentence.text[start:end], entity_type, PASS, sentence.index, WEIGHT,
                      canonical=None if curated is None else curated.name,
                      same_as=f"acronym:{short_text}={long_text}")


def _type_of(long_form: str) -> EntityType:
    words = long_form.lower().split()
    if words[-1] in cues.ORG_HEADS or words[0] in cues.ORG_FIRST:
        return EntityType.ORGANIZATION
    if words[-1] in cues.MODEL_WORDS and long_form[0].isupper() and len(words) <= 2:
        return EntityType.MODEL
    return EntityType.CONCEPT
