"""A name and its gloss in brackets name one thing: "Business Soup (SenseTime)" in a machine
translation, "威廉·皮布尔斯（William Peebles）" in Chinese, "Zero One Everything (01.AI)".

The bracket must hold the second name and nothing else, right after the first. Names of
different kinds are no gloss ("Baidu (ERNIE)" names a maker and its model), nor are two
names the lexicon already tells apart ("ChatGPT (GPT-4)"), nor an acronym (the acronyms pass
pairs it letter by letter). A name of no known type takes the type of its gloss when it reads
as a translation; a person's gloss is the name in the other script, since "Noah Shinn
(Northeastern)" says where he works.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Mention
from ..vocab import EntityType
from .base import PassContext, register_pass
from .text import common_english_word, has_cjk, name_key

PASS = "glosses"
GLOSS = "gloss:"
# "Step Leap Star company (StepFun)": a word for a company may stand before the bracket.
_OPENING = re.compile(r"[\"”’']? ?(?:(?i:company|corporation|inc\.?|group|technology|technologies)\s?|公司|集团)?[(（]$")
_CLOSERS = (")", "）")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,2}")
_NAMED = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL, EntityType.PRODUCT,
                    EntityType.CONCEPT, EntityType.WORK})


@register_pass(PASS)
def gloss_mentions(ctx: PassContext) -> Iterator[Mention]:
    text = ctx.doc.text
    by_end = {m.end: m for m in ctx.mentions}
    for gloss in ctx.mentions:
        opening = _OPENING.search(text, max(0, gloss.start - 16), gloss.start)
        if opening is None or not text.startswith(_CLOSERS, gloss.end):
            continue
        name = by_end.get(opening.start())
        run = _capitalised_run(ctx, gloss, opening.start())
        if run is not None and (name is None or run.start < name.start):
            name = run  # "Wisdom Spectrum AI (智谱)": the whole name, not the curated "AI" it ends in
        if name is None:
            continue
        kind = _shared_type(name, gloss)
        if kind is None or (name.canonical is not None and gloss.canonical is not None) or \
                _ACRONYM.fullmatch(gloss.text) or not all(_translated(m) for m in (name, gloss) if m.type is None) or \
                kind is EntityType.PERSON and has_cjk(name.text) == has_cjk(gloss.text):
            continue
        key = f"{GLOSS}{name_key(gloss.text)}"
        yield replace(name, type=kind, pass_name=PASS, weight=min(name.weight, 1.5), same_as=key)
        yield replace(gloss, type=kind, pass_name=PASS, weight=min(gloss.weight, 1.5), same_as=key)


def _capitalised_run(ctx: PassContext, gloss: Mention, end: int) -> Mention | None:
    """ "Step Leap Star company (StepFun)": words translated one by one, each capitalised, are a
    name though every one of them is a common word."""
    sentence = ctx.sentence_of(gloss.start)
    run = _RUN.search(ctx.doc.text, max(sentence.start, end - 120), end)  # six words at most: no rescan
    if run is None or gloss.type is None:
        return None
    words = run.group().split(" ")
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    if len(words) < 2:
        return None
    start = run.end() - len(" ".join(words))
    return Mention(gloss.doc_id, start, run.end(), " ".join(words), None, PASS, gloss.sentence, 1.0)


_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,5}$")
_LEADING = frozenset({"the", "a", "an", "and", "but", "so", "then", "also", "in", "on", "at", "by", "of", "for"})


def _translated(mention: Mention) -> bool:
    """Whether a name of no known type reads as a translation: Chinese, or everyday English words
    each rendering a character ("Business Soup", "Step Leap Star")."""
    return has_cjk(mention.text) or all(common_english_word(word, 3.0) for word in mention.text.split())


def _shared_type(a: Mention, b: Mention) -> EntityType | None:
    types = {m.type for m in (a, b) if m.type is not None and not _weak_title(m)}
    if len(types) > 1:
        return None
    kind = types.pop() if types else a.type or b.type
    return kind if kind in _NAMED else None


def _weak_title(mention: Mention) -> bool:
    """A quoted phrase typed a work for its quotes alone: its gloss says better what it is."""
    return mention.type is EntityType.WORK and mention.weight < 2.5 and mention.canonical is None
