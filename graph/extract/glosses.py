"""A name and its gloss in brackets name one thing: "Business Soup (SenseTime)" in a machine
translation, "威廉·皮布尔斯（William Peebles）" in Chinese, "Zero One Everything (01.AI)".

The bracket must hold names and nothing else ("(深度求索, DeepSeek)"), right after the first.
Names of different kinds are no gloss ("Baidu (ERNIE)" names a maker and its model), nor are
two names the lexicon already tells apart ("ChatGPT (GPT-4)"), nor an acronym (the acronyms
pass pairs it letter by letter). A name of no known type takes the type of its gloss when it reads
as a translation; a person's gloss is the name in the other script, since "Noah Shinn
(Northeastern)" says where he works. A translated name, once glossed, names its thing wherever
the document writes it again.
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
    by_start = {m.start: m for m in ctx.mentions}
    translations: dict[str, Mention] = {}
    for first in ctx.mentions:
        opening = _OPENING.search(text, max(0, first.start - 16), first.start)
        glosses = _bracketed(text, first, by_start) if opening is not None else []
        if not glosses:
            continue
        name = by_end.get(opening.start())
        run = _capitalised_run(ctx, first, opening.start())
        if run is not None and (name is None or run.start < name.start):
            name = run  # "Wisdom Spectrum AI (智谱)": the whole name, not the curated "AI" it ends in
        if name is None:
            continue
        glossed = [(gloss, kind) for gloss in glosses for kind in [_gloss_type(name, gloss)] if kind is not None]
        if not glossed:
            continue
        key = f"{GLOSS}{name_key(glossed[0][0].text)}"
        named = replace(name, type=glossed[0][1], pass_name=PASS, weight=min(name.weight, 1.5), same_as=key)
        yield named
        for gloss, kind in glossed:
            yield replace(gloss, type=kind, pass_name=PASS, weight=min(gloss.weight, 1.5), same_as=key)
        if name is run:
            translations.setdefault(run.text, named)
    yield from _said_again(ctx, translations, by_start)


def _said_again(ctx: PassContext, translations: dict[str, Mention], by_start: dict[int, Mention]) -> Iterator[Mention]:
    """ "Deep Seeking founder Liang Wenfeng": a translated name, glossed once, names the same thing
    wherever the document writes it again, though its words alone are everyday words."""
    text = ctx.doc.text
    for name, first in sorted(translations.items()):
        for found in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if found.start() == first.start or found.start() in by_start:
                continue
            sentence = ctx.sentence_of(found.start())
            if sentence.start <= found.start() and found.end() <= sentence.end:
                yield Mention(first.doc_id, found.start(), found.end(), name, first.type, PASS, sentence.index, 1.0,
                              same_as=first.same_as)


def _bracketed(text: str, first: Mention, by_start: dict[int, Mention]) -> list[Mention]:
    """The names a bracket holds, and nothing else: "(SenseTime)", "(深度求索, DeepSeek)",
    "(稀宇科技, namely MiniMax)"; a citation's year makes it no gloss."""
    held = [first]
    while not text.startswith(_CLOSERS, held[-1].end):
        between = _BETWEEN_GLOSSES.match(text, held[-1].end)
        following = by_start.get(between.end()) if between else None
        if following is None or len(held) == 3:
            return []
        held.append(following)
    return held


_BETWEEN_GLOSSES = re.compile(r"\s*[,，、;；]\s*(?:(?:namely|i\.e\.|aka|or|also known as|即|又称)\s*)?")


def _gloss_type(name: Mention, gloss: Mention) -> EntityType | None:
    """The type a name and its gloss share, if the gloss glosses it."""
    kind = _shared_type(name, gloss)
    if kind is None or (name.canonical is not None and gloss.canonical is not None) or \
            _ACRONYM.fullmatch(gloss.text) or not all(_translated(m) for m in (name, gloss) if m.type is None) or \
            kind is EntityType.PERSON and has_cjk(name.text) == has_cjk(gloss.text) or \
            kind is EntityType.CONCEPT and (_narrower(gloss, name) or _narrower(name, gloss)):
        return None
    return kind


def _narrower(curated: Mention, other: Mention) -> bool:
    """ "掩码语言模型（masked language model）": the bracket glosses a longer name than the curated
    one that ends before it (语言模型, "language model"), and names a narrower thing."""
    if curated.canonical is None or other.canonical is not None:
        return False
    name, text = curated.canonical.casefold(), other.text.casefold()
    return name in text and name != text


def _capitalised_run(ctx: PassContext, gloss: Mention, end: int) -> Mention | None:
    """ "Step Leap Star company (StepFun)": words translated one by one, each capitalised, are a
    name though every one of them is a common word."""
    sentence = ctx.sentence_of(gloss.start)
    run = _RUN.search(ctx.doc.text, max(sentence.start, end - 120), end)  # six words at most: no rescan
    if run is None or gloss.type is None:
        return None
    words = run.group().split(" ")
    places = {m.text for m in ctx.mentions if m.type is EntityType.PLACE and run.start() <= m.start < run.end()}
    while words and (words[0].lower() in _LEADING or words[0] in places):
        words = words[1:]  # "Hangzhou Deep Seeking (深度求索)": where the company is, then its name
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
