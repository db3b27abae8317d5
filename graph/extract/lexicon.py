"""Lexicon pass: find the curated names and aliases of ontology/lexicon.tsv in both languages.

Matching is leftmost-longest Aho–Corasick over an ASCII-lower-cased copy of the text, so
"Deep Learning" and "deep learning" both match while offsets stay those of the original. A
name written with capitals matches only where the text capitalises it too ("Apple" but not
"apple"), and a short acronym only in its exact case ("RL", not "rl"). Besides the curated forms
it matches the plurals of concepts and their words hyphenated, a company's name without its closing "AI" or "Technology"
("Moonshot"), and a version glued to a Chinese model's or product's name ("通义千问2.5").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick_rs

from ..corpus.casing import caseless
from ..lexicon import LexiconEntry
from ..model import Mention
from ..vocab import EntityType
from .base import PassContext, Resources, register_pass
from .text import ASCII_LOWER, at_word_boundary, common_english_word, has_cjk
from .wordlists import is_pinyin_word

PASS = "lexicon"
_SURROGATE = re.compile("[\ud800-\udfff]")
WEIGHT = 3.0


@register_pass(PASS)
def lexicon_mentions(ctx: PassContext) -> Iterator[Mention]:
    matcher, owners = _matcher(ctx.resources)
    text = ctx.doc.text
    no_case = caseless(text)
    for sentence in ctx.sentences:
        # Same-length replacement keeps offsets; the Rust matcher cannot encode a lone surrogate.
        lowered = _SURROGATE.sub("\ufffd", sentence.text.translate(ASCII_LOWER))
        for index, start, end in matcher.find_matches_as_indexes(lowered):
            form, entry = owners[index]
            surface = sentence.text[start:end]
            if not _acceptable(surface, form, sentence.text, start, end, no_case):
                continue
            yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + end,
                          text[sentence.start + start:sentence.start + end], entry.type, PASS,
                          sentence.index, WEIGHT, canonical=entry.name)
            if entry.type in _VERSIONED and has_cjk(form):
                version = _CJK_VERSION.match(sentence.text, end)
            elif entry.type is EntityType.MODEL:  # "Grok 3 mini", "GPT-4o mini": a smaller release of its own
                version = _TIER.match(sentence.text, end)
            else:  # "NeurIPS 2017", "Huawei Connect 2025": an event and its year name one edition
                version = _EDITION.match(sentence.text, end) if entry.type is EntityType.EVENT else None
            if version is not None:
                # "昇腾910B", "通义千问2.5": a version glued to a curated Chinese name is a release of its own
                yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + version.end(),
                              text[sentence.start + start:sentence.start + version.end()], entry.type, PASS,
                              sentence.index, WEIGHT)
            maker = _maker(ctx.resources, surface, entry)
            if maker is not None:
                yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + start + len(maker[0]),
                              maker[0], maker[1].type, PASS, sentence.index, WEIGHT, canonical=maker[1].name)


# A suffix that makes a variant ("-XL", "-7B", "-Large"), not a second name ("Apple-Microsoft").
_NAMED_SUFFIX = re.compile(r"-(?:[A-Z]{1,4}|[A-Z]?[a-z]{0,3}\d[A-Za-z0-9_.]*|Large|Base|Small|Medium|Tiny|Instruct|Chat|Coder|"
                           r"Vision|Math)(?![A-Za-z0-9])")  # not \b: "Transformer-XL和XLNet"
_CJK_VERSION = re.compile(r"\s?(?:[A-Za-z]{0,2}\d+(?:\.\d+)*[A-Za-z]{0,3}|[A-Z][a-z]?\d*)(?![A-Za-z0-9.])")
_TIER = re.compile(r" (?:mini|nano|turbo|preview|lite)(?![\w-])")
_EDITION = re.compile(r" (?:19|20)\d\d(?![\w.,-]\d)")
_VERSIONED = frozenset({EntityType.MODEL, EntityType.PRODUCT})


def _maker(resources: Resources, surface: str, entry: LexiconEntry) -> tuple[str, LexiconEntry] | None:
    """The organisation that opens a curated name ("Nvidia" in "Nvidia A100"), if it is curated too."""
    if entry.type not in (EntityType.MODEL, EntityType.PRODUCT) or " " not in surface:
        return None
    first = surface.split(" ", 1)[0]
    owner = _organisations(resources).get(first.translate(ASCII_LOWER))
    return (first, owner) if owner is not None else None


def _organisations(resources: Resources) -> dict[str, LexiconEntry]:
    key = f"{PASS}:organisations"
    if key not in resources.cache:
        resources.cache[key] = {form.translate(ASCII_LOWER): entry for entry in resources.lexicon.entries
                                if entry.type is EntityType.ORGANIZATION for form in entry.surface_forms}
    return resources.cache[key]  # type: ignore[return-value]


def _acceptable(surface: str, form: str, text: str, start: int, end: int, no_case: bool = False) -> bool:
    if not has_cjk(form) and not at_word_boundary(text, start, end):
        return False
    if _NAMED_SUFFIX.match(text, end) and not has_cjk(form):
        return False  # "Transformer-XL", "BERT-Large": a name of its own, not a curated one with a hyphen
    if form == form.lower():
        return True
    if no_case:
        # "geoffrey hinton", "deep mind" in captions: a name of several words, or one no everyday
        # word is spelt as ("rlhf", but not "apple")
        return " " in form or len(form) >= 3 and not common_english_word(form)
    if form[0].isupper() and not surface[0].isupper():
        return False  # "large-scale AI" is no "Scale AI"
    if len(form) <= 3:
        return surface == form
    if form.isupper() and len(form) <= 5:
        # "BERT" also as "Bert", but not as "bert".
        return surface == form or surface[0].isupper() and surface[1:].islower()
    return any(ch.isupper() for ch in surface)


def _matcher(resources: Resources) -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[str, LexiconEntry]]]:
    cached = resources.cache.get(PASS)
    if cached is None:
        forms = {(form, entry) for entry in resources.lexicon.entries for form in entry.surface_forms if len(form) >= 2}
        taken = {form.translate(ASCII_LOWER) for form, _ in forms}
        plurals = {(plural, entry) for form, entry in forms if entry.type is EntityType.CONCEPT
                   for plural in [_plural(form)] if plural is not None and plural not in taken}
        # "a mixture-of-experts architecture": a concept's words hyphenated as a modifier
        hyphenated = {(form.replace(" ", "-"), entry) for form, entry in forms | plurals
                      if entry.type is EntityType.CONCEPT and form.isascii() and form == form.lower() and " " in form
                      and form.replace(" ", "-") not in taken}
        owners = sorted(forms | plurals | hyphenated | _short_company_names(forms, taken) | _spaced(forms, taken),
                        key=lambda pair: (pair[0], pair[1].name))
        patterns = [form.translate(ASCII_LOWER) for form, _ in owners]
        cached = (ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST),
                  owners)
        resources.cache[PASS] = cached
    return cached  # type: ignore[return-value]


_PLURAL_READY = re.compile(r"[a-z][a-z-]*[a-z]{3}$")


def _plural(form: str) -> str | None:
    """The English plural of a lower-case concept ("context windows", "attention heads"), which
    the text uses as often as the singular the lexicon lists; None where there is none to make.

    >>> _plural("context window"), _plural("sparse dictionary"), _plural("attention"), _plural("RLHF")
    ('context windows', 'sparse dictionaries', 'attentions', None)
    """
    if not form.isascii() or form != form.lower() or not _PLURAL_READY.search(form) or form.endswith("s"):
        return None
    if form.endswith(("x", "z", "ch", "sh")):
        return form + "es"
    if form.endswith("y") and form[-2] not in "aeiou":
        return form[:-1] + "ies"
    return form + "s"


# Words that close a company's name and are dropped in running text ("Moonshot" for Moonshot AI).
_DROPPED_HEADS = frozenset({"AI", "Technology", "Technologies", "Robotics", "Inc.", "Labs"})


_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _spaced(forms: set[tuple[str, LexiconEntry]], taken: set[str]) -> set[tuple[str, LexiconEntry]]:
    """A name written in camel case, spelt as two words: "Open AI", "Deep Mind", "Chat GPT", as
    machine translation and speech recognition write them. It keeps its capitals, so "open AI
    models" is no OpenAI.

    >>> sorted(form for form, _ in _spaced({("OpenAI", None), ("iPhone", None), ("GPT-4", None)}, set()))
    ['Open AI']
    """
    found = set()
    for form, entry in forms:
        if form[:1].isupper() and form.isascii():
            spaced = _CAMEL_JOINT.sub(" ", form)
            if spaced != form and spaced.translate(ASCII_LOWER) not in taken:
                found.add((spaced, entry))
    return found


def _short_company_names(forms: set[tuple[str, LexiconEntry]], taken: set[str]) -> set[tuple[str, LexiconEntry]]:
    """A curated company's name without the word that closes it, where what is left is no
    everyday word, no given name and names nothing else: texts say "Moonshot" and "Sakana"."""
    found: dict[str, set[LexiconEntry]] = {}
    for form, entry in forms:
        short, _, head = form.rpartition(" ")
        if entry.type is EntityType.ORGANIZATION and head in _DROPPED_HEADS and short.isalpha() and \
                short[0].isupper() and short.lower() not in taken and not common_english_word(short, 3.0) and \
                not is_pinyin_word(short, 2):  # "Zhiyuan" is a given name as often as a company's
            found.setdefault(short, set()).add(entry)
    return {(short, entry) for short, entries in found.items() if len(entries) == 1 for entry in entries}

