"""Choose among overlapping mentions, so that every span of text names at most one thing.

Evidence tiers decide first (curated names, acronym pairs and names with a clear type, then
terms, then names with no type), the longer span next: "Claude 3.5 Sonnet" beats "Claude",
"Llama 3.1" beats "Llama". One nesting is kept: an organisation at the start of a longer
name, the name of one of its units ("Huawei" in "Huawei Computer Network and Protocol
Laboratory") or of what it makes ("Nvidia" in "Nvidia A100"). Mentions inside URLs, file names,
image links, struck-through text and timestamps are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Mention
from ..vocab import EntityType
from .base import PassContext, register_pass
from .text import noise_spans
from .names import PASS as NAMES
from .wordlists import is_pinyin_word
from .works import PASS as WORKS

PASS = "select"
STRONG_WEIGHT = 2.0


@register_pass(PASS, replaces_mentions=True)
def select_mentions(ctx: PassContext) -> Iterator[Mention]:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in ctx.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    kept: list[Mention] = []
    for index, mentions in sorted(by_sentence.items()):
        sentence = ctx.sentences[index]
        noise = [(sentence.start + s, sentence.start + e) for s, e in noise_spans(sentence.text)]
        accepted: list[Mention] = []
        for mention in sorted(mentions, key=_rank):
            if any(mention.start < end and start < mention.end for start, end in noise):
                continue
            if all(_compatible(mention, other) for other in accepted):
                accepted.append(mention)
        kept.extend(m for m in accepted if not _classifier(m, accepted, ctx.doc.text))
    yield from sorted(kept, key=lambda m: (m.start, m.end, m.pass_name))


def _classifier(mention: Mention, accepted: list[Mention], text: str) -> bool:
    """ "DeepSeek's R1 reasoning model", "the Kimi chatbot": a concept of a kind of model right
    after a model's name says what that model is; it names no second thing."""
    if mention.type is not EntityType.CONCEPT or mention.text.rsplit(" ", 1)[-1].lower() not in _KINDS:
        return False
    return any(other.end + 1 == mention.start and text[other.end] == " " and other.type in _ARTEFACTS
               for other in accepted)


_KINDS = frozenset({"model", "models", "llm", "llms", "chatbot", "chatbots", "assistant"})
_ARTEFACTS = frozenset({EntityType.MODEL, EntityType.PRODUCT})


def _rank(mention: Mention) -> tuple[int, int, bool, int, str]:
    # A quoted title outranks the names inside it ("“2024 OSChina Annual AI Review”"): its
    # quotes delimit it better than capitals do, though one sighting is weak evidence of a work.
    if mention.canonical is not None or (mention.type is not None and mention.weight >= STRONG_WEIGHT) or \
            mention.pass_name == WORKS or _spelled_in_syllables(mention):
        tier = 0
    elif mention.type is not None:
        tier = 1
    else:
        tier = 2
    # Of two spans alike, the curated one: its type and entry are known.
    return tier, -(mention.end - mention.start), mention.canonical is None, mention.start, mention.pass_name


def _spelled_in_syllables(mention: Mention) -> bool:
    """ "Wen Xin Yi Yan": a Chinese name spelt out one pinyin syllable a word is one name, though
    a syllable inside it ("Yi") is a curated name too."""
    words = mention.text.split(" ")
    return mention.pass_name == NAMES and len(words) >= 3 and all(is_pinyin_word(w, 1) for w in words)


def _compatible(new: Mention, old: Mention) -> bool:
    if new.end <= old.start or old.end <= new.start:
        return True
    outer, inner = (old, new) if old.start <= new.start and new.end <= old.end else (new, old)
    nested = outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)
    return nested and inner.type is EntityType.ORGANIZATION and inner.start == outer.start and outer.type in (
        EntityType.ORGANIZATION, EntityType.MODEL, EntityType.PRODUCT, EntityType.WORK) and \
        any(ch.isalnum() for ch in outer.text[inner.end - outer.start:])  # "X Inc" is no unit of "X Inc."
