"""Discovery of names the lexicon does not have, in Latin script (English text and the Latin
names inside Chinese text).

A name is a run of capitalised or alphanumeric tokens ("Light Years Away", "Llama 3.1",
"o1-preview", "GPT-3.5", "Zhou Hongyi"), joined by "of"/"for"/"de"… The capital at the start
of a sentence or a heading is no evidence, so such a run is kept only when the document also
writes it mid-sentence. Its type comes from its shape (a version number, a pinyin name, an
organisation head word) and its context ("Professor X", "X said", "the X model", "X chips").
A run with no evidence of type is still a mention; resolution weighs all mentions of a name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..corpus.casing import caseless
from ..model import Mention, Sentence
from ..vocab import EntityType
from . import cues
from .base import PassContext, Resources, register_pass
from .text import common_english_word, has_cjk, name_key
from .wordlists import given_names, is_pinyin_word, romanised_surnames

PASS = "names"
# Latin letters with diacritics too ("Timothée", "Jürgen", "Gödel"); U+00D7 and U+00F7 are × and ÷.
_LETTER = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_TOKEN = re.compile(f"[{_LETTER}]+(?:[-.&+][{_LETTER}]+)*")
_CONNECTORS = frozenset({"of", "for", "de", "von", "van", "der", "du", "la", "&", "on"})
_VERSION = re.compile(r"(?:v?\d{1,2}(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMKbmk]|\d+x\d+(?:\.\d+)?[BMbm]|\d{2,4}[A-Za-z]{1,2})$")
_MODEL_SUFFIX = re.compile(r"(?i)^(?:preview|mini|turbo|pro|max|plus|ultra|flash|instruct|chat|lite|nano|sonnet|"
                           r"opus|haiku|base|large|small|medium|xl|thinking|coder|reasoner|vision|omni)$")
_HAS_DIGIT = re.compile(r"\d")
# A name whose last word ends in one of these (glued, as in "PagedAttention", or alone) names a
# method or a component, whatever version follows it.
_METHOD_HEAD = re.compile(r"(?:Attention|Norm|Tuning|Quantization|Embeddings?|Encoding|Decoding|Sampling|Parallelism|"
                          r"Optimizer|Distillation|Pruning|Dropout|Pooling|Routing)$")
_VERSION_SUFFIX = re.compile(r"[-\s]?v?\d[\w.]*$")
_PERSON_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)['’]s $")
_TO_ABBREVIATION = re.compile(r"[A-Za-z]{2,}2[A-Za-z]{2,}$")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_EVERYDAY = 4.8  # zipf of "game", "long"; "Fang", "Ming", "Dan" are rarer
_PRIZES = frozenset({"prize", "award", "medal"})  # "Nobel Prize in Physics"
_KINSHIP = frozenset({"brother", "sister", "uncle", "auntie", "aunt", "grandpa", "granny"})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten hundred thousand".split())
_ADJECTIVE = re.compile(r"[a-z](?:al|ive|able|ible|ic|ous|ary|ful|ent|ant|ed)$")
# "Self-regressive", "Cross-lingual": a compound adjective capitalised only to open a sentence.
_HYPHENATED_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)*-[a-z]+(?:ive|al|ous|ic|able|ible|ful|less|ary)$")
# Acronyms of kinds of technology, not of names: "SWE-agent" and "MT-bench" are names.
_ACRONYM_MODIFIER = re.compile(r"(?:AI|LLM|ML|GPU|CPU)-([a-z]{3,})")
_VARIANT_WORDS = frozenset("base large small medium tiny mini nano preview instruct chat pro turbo lite max plus".split())
_HARDWARE = re.compile(r"^[A-Z]{1,3}\d{2,4}[A-Za-z]?$")
_EMPHASIS = re.compile(r"\*\*|__")
_WORD_NUMBER = re.compile(r"(?:top|day|level|phase|round|step|type|stage|pass|rank|tier|part|year|week)-?\d{1,2}")
_ORDINAL = re.compile(r"[a-z]+\d+(?:st|nd|rd|th|s)")
_WORD_BEFORE = re.compile(r"[\w.'’-]+|,")
_WORD_AFTER = re.compile(r"'s|[\w-]+(?:\.\w+)*|,")
_PAPER_LINK_AFTER = re.compile(r"[*_]*\s*\(?\[(?:paper|pdf|arxiv|preprint)\]\(", re.IGNORECASE)
_CITED_AFTER = re.compile(r"[*_]*\s*\(\s*[A-Z][\w'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s*(?:19|20)\d\d\b")
_SCORE_ON = re.compile(r"\d(?:\.\d+)?\s*(?:%|points?)\s+on\s+(?:the\s+)?\Z")
_TASK_PAREN = re.compile(r"\b(?:tasks?|benchmarks?|tests?|evaluations?|comprehension|reasoning|understanding)\s*\(\Z",
                         re.IGNORECASE)
_FIELD_HEADS = frozenset({"technology", "technologies", "tech", "research", "intelligence", "network", "networks",
                          "systems", "robotics", "media", "news", "review", "community"})
_SERIAL_HEADS = frozenset({"journal", "proceedings", "annals", "transactions"})
_NOT_NAMES = cues.NOT_NAMES | {"e.g", "i.e", "etc", "vs", "a.m", "p.m", "ok"}

_NATIONALITY_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(sorted(cues.NATIONALITIES)) + r") $")
_OPEN_QUOTES = "\"“‘'(（「『《【[:："


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    tokens: tuple[str, ...]
    doubtful: bool


_AFFILIATION_AFTER = re.compile(r"\s*\((?:[A-Z][\w.&'-]*\s){0,4}(?:" + "|".join(
    sorted(w.capitalize() for w in cues.ORG_HEADS if w.isalpha() and len(w) > 3)) + r")(?:\s(?:of\s)?[A-Z][\w.&'-]*){0,3}\)")
# "Sid Sheth, d-Matrix's co-founder and chief executive, said": a pair of names, then whose founder or officer it is
_ROLE_OF_AFTER = re.compile(r"\s*,\s*(?:the\s+)?[\w.&-]+(?:\s[A-Z][\w.&-]*){0,3}['’]s\s+(?:former\s+|new\s+)?(?:co-?founder|founder|"
                            r"chief\s+[a-z]+(?:\s+officer)?|ceo|cto|cfo|coo|president|chairman|chairwoman|head\s+of|director)\b",
                            re.IGNORECASE)
# "former Fidelity portfolio manager Gavin Baker": a name before a role and a person is an employer.
_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(cues.ROLE_NOUNS | {"manager", "executive", "officer"}))
                             + r")\s+(?-i:[A-Z][a-z]+\s[A-Z])", re.IGNORECASE)
# "the framework Harrison Chase started": a name before a verb of making is the clause's subject.
_MAKING_VERB = re.compile(r"\s+(?:(?:first|originally|also|later)\s+)?(?:co-?)?(?:started|created|built|wrote|developed|designed|"
                          r"launched|made|founded|released|bought|acquired|runs|leads|led)\b")


@register_pass(PASS)
def name_mentions(ctx: PassContext) -> Iterator[Mention]:
    spans_by_sentence = [(s, list(_spans(s))) for s in ctx.sentences]
    confirmed = Counter(" ".join(span.tokens) for _, spans in spans_by_sentence for span in spans
                        if not span.doubtful)
    lowered = _lowercase_words(ctx)
    organisations = _lexicon_organisations(ctx)
    places = _lexicon_places(ctx)
    families = _family_names(ctx, spans_by_sentence)
    for sentence, spans in spans_by_sentence:
        for span in spans:
            product = _without_maker(span, sentence, organisations)
            if _numbered_common_word(span.tokens):
                continue
            entity_type, weight = _type_of(product, sentence, span.start, maker_named=product is not span)
            if entity_type is cues.C and _adjective_ai(span.tokens) and \
                    f"{span.tokens[0].lower()} AI" not in ctx.doc.text:
                # "Essential AI", "Recurrent AI": the ideas ("generative AI") are curated, and a
                # document that writes one writes it in lower case too
                entity_type = cues.O
            elif entity_type is None and _unit_of_place(span, sentence, places):
                entity_type, weight = cues.O, 2.5
            line = _product_line(span.tokens, ctx.resources) or _product_line(product.tokens, ctx.resources)
            if line is not None and line in (cues.M, cues.PR):
                entity_type, weight = line, max(weight, 3.0)
            elif entity_type is None and _derived_model(span.tokens, ctx.resources):
                entity_type, weight = cues.M, 2.5
            if len(span.tokens) == 1 and span.tokens[0] in families and entity_type in (None, cues.P):
                # "Mensch previously worked at …": the family name of a person the document named.
                entity_type, weight = cues.P, max(weight, 1.5)
            elif span.doubtful and not confirmed[" ".join(span.tokens)] and not (
                    _strong_shape(span.tokens) or _model_shape(span.tokens) or _person_shape(span.tokens)
                    or weight >= 2.5 and not all(common_english_word(part) for part in span.tokens[0].split("-"))
                    or weight >= 4.0):  # "Wisdom Spectrum AI, which was incubated from …": context outweighs capitals
                continue
            if len(span.tokens) == 1 and not _strong_shape(span.tokens) and (
                    span.tokens[0].lower() in lowered or common_english_word(span.tokens[0])) and (
                    entity_type is None or weight < 2.5 or entity_type is cues.M):
                continue
            start, end = sentence.start + span.start, sentence.start + span.end
            same_as = name_key(" ".join(product.tokens)) if product is not span else None
            yield Mention(ctx.doc.doc_id, start, end, ctx.doc.text[start:end], entity_type, PASS,
                          sentence.index, weight, same_as=same_as)
    yield from _organisation_units(ctx)
    if caseless(ctx.doc.text):
        yield from _caseless_people(ctx)
    yield from _speakers_in_capitals(ctx)


# "ELIAS VANTERPOOL: Honestly? …": a transcript labels a line with its speaker's name, in capitals
_CAPITAL_SPEAKER = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2})\s*[:：]")
_SPEAKER_WEIGHT = 2.5


def _speakers_in_capitals(ctx: PassContext) -> Iterator[Mention]:
    for sentence in ctx.sentences:
        match = _CAPITAL_SPEAKER.match(sentence.text)
        if match is None:
            continue
        words = match.group(1).split()
        if any(w.lower() in _GENERIC_SPEAKERS or w.lower() in cues.FUNCTION_WORDS or len(w) < 2 for w in words) or \
                not all(w.capitalize() in given_names() or not common_english_word(w) for w in words):
            continue  # "AUDIENCE MEMBER:", "Q AND A:", "BREAKING NEWS:"
        start, end = sentence.start + match.start(1), sentence.start + match.end(1)
        yield Mention(ctx.doc.doc_id, start, end, ctx.doc.text[start:end], cues.P, PASS, sentence.index, _SPEAKER_WEIGHT)


_LOWER_PAIR = re.compile(r"\b([a-z]{2,})(?=[ \t]+([a-z]{3,})\b)")  # overlapping: "with daniel levy"
_CASELESS_PERSON_WEIGHT = 2.5


def _caseless_people(ctx: PassContext) -> Iterator[Mention]:
    """ "paul cristiano", "jan leakey": where nothing is capitalised, a given name before a word
    that is no everyday word is a person."""
    names = given_names()
    for sentence in ctx.sentences:
        for match in _LOWER_PAIR.finditer(sentence.text):
            given, family = match.groups()
            if given.capitalize() in names and family not in cues.FUNCTION_WORDS and not common_english_word(family):
                start, end = sentence.start + match.start(), sentence.start + match.end(2)
                yield Mention(ctx.doc.doc_id, start, end, ctx.doc.text[start:end], cues.P, PASS, sentence.index,
                              _CASELESS_PERSON_WEIGHT)


def _organisation_units(ctx: PassContext) -> Iterator[Mention]:
    """ "Tsinghua's NLP lab", "Google's research department": a unit named by its organisation."""
    organisations = {m.end: m for m in ctx.mentions if m.type is cues.O}
    for sentence in ctx.sentences:
        for match in _UNIT.finditer(sentence.text):
            owner = organisations.get(sentence.start + match.start())
            if owner is None or any(w.lower() in cues.FUNCTION_WORDS for w in match.group(1).split()):
                continue
            end = sentence.start + match.end()
            yield Mention(ctx.doc.doc_id, owner.start, end, ctx.doc.text[owner.start:end], cues.O, PASS,
                          sentence.index, 2.5)


# The words before the head are common words or acronyms: "Google's DeepMind lab" is DeepMind.
_UNIT = re.compile(r"['’]s\s+((?:(?:[a-z][\w-]*|[A-Z]{2,6})\s+){0,3}?)(?:lab|laboratory|department|institute|school|"
                   r"college|division|faculty)\b")


def _family_names(ctx: PassContext, spans_by_sentence: list[tuple[Sentence, list[_Span]]]) -> frozenset[str]:
    """Family names of the people the document names in full (either name order)."""
    people = [m.text.split() for m in ctx.mentions if m.type is cues.P and " " in m.text]
    people += [list(span.tokens) for sentence, spans in spans_by_sentence for span in spans
               if _person_shape(span.tokens) or _ROLE_OF_AFTER.match(sentence.text, span.end)]
    return frozenset(w for words in people if 2 <= len(words) <= 3 for w in (words[0], words[-1])
                     if not common_english_word(w))


def _lexicon_organisations(ctx: PassContext) -> dict[int, int]:
    """Start -> end of the organisations the lexicon found, to see the maker in "Google TPUv6"."""
    return {m.start: m.end for m in ctx.mentions if m.type is cues.O and m.canonical is not None}


def _product_line(tokens: tuple[str, ...], resources: Resources) -> EntityType | None:
    """ "Ascend 910B", "Gemini 2.0": a curated model or product line with a version is of its kind,
    and so is the line with one more name of its own ("Llama Guard", "Gemini Nano")."""
    # "Kimi K2 Thinking", "Qwen3 Coder": a curated model with a word for its variant is a model too
    if len(tokens) < 2 or not (_HAS_DIGIT.search(tokens[-1]) or _MODEL_SUFFIX.match(tokens[-1]) and tokens[-1][0].isupper()
                               or len(tokens) == 2 and len(tokens[0]) >= 3 and _variant_word(tokens[-1])):
        return None
    key = f"{PASS}:lines"
    if key not in resources.cache:
        entries = resources.lexicon.entries
        makers = {name_key(form) for entry in entries if entry.type is cues.O for form in entry.surface_forms}
        lines: dict[str, EntityType] = {}
        for entry in entries:
            if entry.type in (cues.M, cues.PR):
                for form in entry.surface_forms:
                    lines[name_key(form)] = entry.type
                    maker, _, rest = form.partition(" ")
                    if rest and name_key(maker) in makers:
                        lines.setdefault(name_key(rest), entry.type)  # "Huawei Ascend" is sold as "Ascend"
        resources.cache[key] = (lines, makers)
    lines, makers = resources.cache[key]  # type: ignore[misc]
    line = lines.get(name_key(" ".join(tokens[:-1])))
    if line is None and len(tokens) >= 3 and name_key(tokens[0]) in makers and not _YEAR.match(tokens[-1]) \
            and all(_variant_word(t) for t in tokens[1:-1]):
        return cues.M  # "Mistral Small 3", "Mistral Medium 3": a maker's line and its version
    return line


_CAMEL_PREFIX = re.compile(r"^[A-Z][a-z]+(?=[A-Z])")


def _derived_model(tokens: tuple[str, ...], resources: Resources) -> bool:
    """ "DistilRoberta", "TinyLlama", "CodeLlama": a word glued before a curated model's name
    names a model made from it, the way model builders name their derivatives."""
    prefix = _CAMEL_PREFIX.match(tokens[0]) if len(tokens) == 1 else None
    if prefix is None:
        return False
    key = f"{PASS}:models"
    if key not in resources.cache:
        resources.cache[key] = frozenset(name_key(form) for entry in resources.lexicon.entries
                                         if entry.type is cues.M for form in entry.surface_forms
                                         if len(name_key(form)) >= 4)
    return name_key(tokens[0][prefix.end():]) in resources.cache[key]  # type: ignore[operator]


def _variant_word(word: str) -> bool:
    """A capitalised word that can name a variant of a line: not who makes it, works on it or
    writes about it ("the Llama Team", "the Gemini Paper"), nor part of a person's name ("Yi Ma")."""
    lowered = word.lower()
    return word[:1].isupper() and word[1:].islower() and lowered not in cues.ORG_HEADS and \
        not is_pinyin_word(word) and word not in given_names() and \
        lowered not in cues.PERSON_TITLES and lowered not in cues.FUNCTION_WORDS and lowered not in _NOT_VARIANTS


_NOT_VARIANTS = frozenset("team teams paper papers report series family community users user developers blog "
                          "model models era moment".split())


def _lexicon_places(ctx: PassContext) -> dict[int, int]:
    """End -> start of the places the lexicon found, to see the place in "Sequoia USA"."""
    return {m.end: m.start for m in ctx.mentions if m.type is cues.PL and m.canonical is not None}


def _unit_of_place(span: _Span, sentence: Sentence, places: dict[int, int]) -> bool:
    """ "Open Source China", "Sequoia USA", "Google Japan": a name closed by a curated place
    is an organisation's unit there, unless the words before it only narrow the place
    ("South China", "Greater Tokyo")."""
    place_start = places.get(sentence.start + span.end)
    if place_start is None or place_start <= sentence.start + span.start:
        return False
    before = sentence.text[span.start:place_start - sentence.start].split()
    return not all(w in cues.PLACE_QUALIFIERS or w in _CONNECTORS for w in before)


def _without_maker(span: _Span, sentence: Sentence, organisations: dict[int, int]) -> _Span:
    """ "Nvidia A100", "OpenAI o1", "Intel Habana 3": the product without its maker's name, whose
    shape and context give the type; the whole name stays the mention and names the same thing."""
    if len(span.tokens) < 2:
        return span
    maker_end = organisations.get(sentence.start + span.start)
    if maker_end is None and not (_strong_shape(span.tokens[1:]) and not _HAS_DIGIT.search(span.tokens[0])
                                  and span.tokens[0][0].isupper() and len(span.tokens) == 2):
        return span
    offset = span.start + len(span.tokens[0]) + 1 if maker_end is None else maker_end - sentence.start + 1
    rest = sentence.text[offset:span.end]
    words = tuple(rest.split(" "))
    if not rest or not words[0] or words[0] in _CONNECTORS:
        return span
    return _Span(offset, span.end, words, False)


def _numbered_common_word(words: tuple[str, ...]) -> bool:
    """ "Hall 1", "Part 2", "Theorem 3": a common word numbered is a heading, not a name."""
    return len(words) >= 2 and all(w.isdigit() for w in words[1:]) and (
        words[0].lower() in cues.ENUMERATORS or common_english_word(words[0]))



def _lowercase_words(ctx: PassContext) -> set[str]:
    """Words the document writes in lower case: a capitalised one of them is no name by itself."""
    return {word for s in ctx.sentences for word in _TOKEN.findall(s.text) if word.islower()}


def _spans(sentence: Sentence) -> Iterator[_Span]:
    text = sentence.text
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        if not _starts_name(tokens[i][2]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and (_joined(text, tokens[j - 1][1], tokens[j][0]) or
                                   _ampersand(text, tokens[j - 1], tokens[j])):
            word = tokens[j][2]
            if _starts_name(word) or _VERSION.match(word) or word == "AI" or _given_after_surname(tokens, j) or \
                    _MODEL_SUFFIX.match(word) and _is_model_like(tokens[i:j]) or \
                    _YEAR.match(word) and tokens[j - 1][2].isupper() and len(tokens[j - 1][2]) >= 3:
                j += 1  # "AIME 2024": an acronym and its year name one edition
            elif _model_number(tokens, j, text):
                j += 1  # "Kirin 970", "CloudMatrix 384": a product line and its number
            elif word == "of" and j + 2 < len(tokens) and tokens[j + 1][2] == "the" and _starts_name(tokens[j + 2][2]) \
                    and _joined(text, tokens[j][1], tokens[j + 1][0]) and _joined(text, tokens[j + 1][1], tokens[j + 2][0]):
                j += 3  # "Dark Side of the Moon", "Bank of the West"
            elif word == "of" and _model_shape(tuple(t for _, _, t in tokens[i:j])):
                break  # "the GPT-4o of OpenAI": a model and its maker, as translated
            elif (word in _CONNECTORS or word == "in" and tokens[j - 1][2].lower() in _PRIZES
                  or word == "and" and tokens[j - 1][2].lower() not in cues.ORG_CLOSERS
                  and not _is_model_like(tokens[i:j])  # "Ascend 910C and Cambricon Technologies": two names
                  and not (j - i == 1 and _listed(tokens, i, text))  # "Stanford, Berkeley and Redwood Research"
                  and _org_name_follows(tokens, j + 1, text)) and j + 1 < len(tokens) and _starts_name(tokens[j + 1][2]) \
                    and _joined(text, tokens[j][1], tokens[j + 1][0]) and not _HAS_DIGIT.search(tokens[j + 1][2]):
                j += 2
            else:
                break
        first = i
        if i > 0 and tokens[i - 1][2].isdigit() and 2 <= len(tokens[i - 1][2]) <= 4 and not _YEAR.match(tokens[i - 1][2]) and \
                _joined(text, tokens[i - 1][1], tokens[i][0]) and tokens[j - 1][2].lower() in cues.ORG_HEADS:
            first = i - 1  # "1789 Capital", "360 Security": a number opens a company's name
        yield from _trim(text, tokens[first:j], sentence.heading)
        i = j


_MODEL_NUMBER = re.compile(r"[1-9]\d{2,3}$")
# What a count is of: "Meta 600 employees", "Nvidia 100 million", "384 pieces".
_COUNTED = re.compile(r"\s+(?:[a-z]+s\b|million|billion|thousand|hundred|percent|per\b|%|dollars?|yuan|people)")


def _model_number(tokens: list[tuple[int, int, str]], j: int, text: str) -> bool:
    word, before = tokens[j][2], tokens[j - 1][2]
    return bool(_MODEL_NUMBER.match(word)) and not _YEAR.match(word) and before[:1].isupper() and \
        not common_english_word(before) and not _COUNTED.match(text, tokens[j][1])


def _given_after_surname(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """ "Lei Jun", "Wu Jun": a calendar word that is a pinyin syllable after a Chinese surname is a
    given name, unless a number follows it, as in a date."""
    word = tokens[j][2]
    return word in _NOT_NAMES and word[0].isupper() and is_pinyin_word(word) and \
        tokens[j - 1][2] in romanised_surnames() and not (j + 1 < len(tokens) and tokens[j + 1][2].isdigit())


def _listed(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """The name opening at token ``i`` follows another and a comma: an item of a list, whose
    "and" joins the last item."""
    return i > 0 and _starts_name(tokens[i - 1][2]) and text[tokens[i - 1][1]:tokens[i][0]].strip() in (",", "、")


def _org_name_follows(tokens: list[tuple[int, int, str]], k: int, text: str) -> bool:
    """ "Computer Network and Protocol Laboratory": "and" joins words of one name when the
    capitalised run after it ends in an organisation head word."""
    while k < len(tokens) and _starts_name(tokens[k][2]):
        if tokens[k][2].lower() in cues.ORG_HEADS:
            return True
        if k + 1 < len(tokens) and not _joined(text, tokens[k][1], tokens[k + 1][0]):
            return False
        k += 1
    return False


def _trim(text: str, run: list[tuple[int, int, str]], heading: bool) -> Iterator[_Span]:
    title = _title_before_person(run)
    if title is not None:
        # "Natural Language Chair Scientist Jiaxing Zhang": a role in capitals, then the person.
        yield from _trim(text, run[:title], heading)
        run = run[title + 1:]
    person = _person_of(run)
    if person is not None:
        # "Andrew Ng of Stanford University": a person, then where the person is from.
        yield from _trim(text, run[:person], heading)
        run = run[person + 1:]
    kind = _kind_before_name(run)
    if kind is not None:
        run = run[kind + 1:]  # "Super Large Model Llama 3.1": a description in capitals, then the name
    # Leading function words ("The", "When", "In") and trailing connectors are no part of a name;
    # a bare number left over ("2024") is none either.
    while run and (run[0][2].lower() in cues.FUNCTION_WORDS and not _new_opens_name(text, run)
                   or run[0][2] in _NOT_NAMES
                   or run[0][2].lower() in cues.PERSON_TITLES and len(run) > 1 and not _kinship_name(tuple(t for _, _, t in run))):
        if run[0][2].lower() in _NUMBER_WORDS and len(run) >= 3 and not heading \
                and not _sentence_initial(text, run[0][0]):
            break  # "Six Little Dragons": a capitalised number inside a sentence opens the name
        run = run[1:]
    while run and (run[-1][2] in _CONNECTORS or run[-1][2].lower() in cues.FUNCTION_WORDS):
        run = run[:-1]
    if not run or all(_VERSION.match(t) or t.isdigit() for _, _, t in run):
        return
    initial = heading or _sentence_initial(text, run[0][0]) if run else False
    if initial and run[0][2][1:].islower() and len(run[0][2]) >= 6 and \
            run[0][2].lower().endswith(("ing", "ed", "es", "ize", "izes")) and common_english_word(run[0][2], 2.5) \
            and run[0][2] not in given_names():  # but "Charles Bennett proposed …" opens with a name
        run = run[1:]  # "Combines 100K", "Maximizing model": a verb that opens the sentence
        if not run or all(_VERSION.match(t) or t.isdigit() for _, _, t in run):
            return
    start, end = run[0][0], run[-1][1]
    if len(run) == 1 and len(run[0][2]) < 2:
        return
    nationality = _NATIONALITY_BEFORE.search(text, 0, start)
    if nationality and (run[-1][2].lower() in cues.ORG_HEADS or run[-1][2].lower() in cues.EVENT_WORDS):
        run = [(nationality.start(1), nationality.end(1), nationality.group(1)), *run]
        start = nationality.start(1)
        initial = heading or _sentence_initial(text, start)
    words = tuple(t for _, _, t in run)
    if _SPEAKER_MARK.match(text, end) and all(w.lower() in _GENERIC_SPEAKERS or w.isdigit() for w in words):
        return  # "AUDIENCE MEMBER 1:", "Host:": a transcript's label for whoever speaks
    if len(words) == 2 and words[0] in ("Series", "Round") and _ROUND_LETTER.fullmatch(words[1]):
        return  # "Series G": a financing round, not a name
    if initial and _possessive_follows(text, end) and not common_english_word(words[0]):
        initial = False  # "(Siemens' METAL)": what owns something is named, whatever opens the clause
    if initial and not heading and 2 <= len(words) <= 3 and _ACTS_AFTER.match(text, end) and \
            not any(common_english_word(word) or word.isupper() for word in words):
        initial = False  # "Lena Hoffmann founded …": rare words before what a person does are a name
    if initial and not heading and len(words) >= 3 and all(is_pinyin_word(word, 1) for word in words):
        initial = False  # "Wen Xin Yi Yan has …": syllables capitalised mid-sentence spell a Chinese name
    if initial and not heading and _EMPHASIS.fullmatch(text[end:end + 2]) and (
            start == 0 or text[max(0, start - 2):start] == text[end:end + 2]):
        # "- **Reflexion** (…)": what a list of notes sets in bold is a name (the sentence may
        # begin after the list marker and the opening asterisks)
        initial = False
    yield _Span(start, end, words, initial)


_ACTS_AFTER = re.compile(rf"(?:\s+and(?:\s+[A-Z][{_LETTER}-]*){{1,3}})?"  # "Lena Hoffmann and Tomás Ibarra started"
                         r"\s+(?:(?:also|later|then|once|first)\s+)?(?:" + "|".join(sorted(cues.PERSON_VERBS)) +
                         r"|co-?founded|founded|started|joined|left|quit|spent|worked|led|ran|runs|studied)\b")
_ROUND_LETTER = re.compile(r"[A-K]\d?\+?|[IVX]{1,4}|\d{1,2}")
_SPEAKER_MARK = re.compile(r"\**\s*[:：]")
_GENERIC_SPEAKERS = frozenset("""
audience member host co-host cohost moderator speaker guest interviewer interviewee narrator participant
unknown male female voice reporter caller panelist panellist attendee student presenter announcer
""".split())


def _new_opens_name(text: str, run: list[tuple[int, int, str]]) -> bool:
    """ "The New York Times", "in New Delhi": "New" inside a sentence opens a name."""
    return run[0][2] == "New" and len(run) > 1 and not _sentence_initial(text, run[0][0])


def _possessive_follows(text: str, end: int) -> bool:
    return text.startswith(("'s ", "’s "), end) or text[end - 1:end] == "s" and text.startswith(("' ", "’ "), end)


def _person_of(run: list[tuple[int, int, str]]) -> int | None:
    """The index of an "of" that follows a person's name in a run, if any."""
    words = [t for _, _, t in run]
    for k in range(2, len(run) - 1):
        if words[k] == "of" and (_person_shape(tuple(words[k - 2:k])) or _person_shape(tuple(words[max(0, k - 3):k]))):
            return k
        # "Ravi Menon of Kestrel Point Ventures": two rare words, then a name an organisation's head closes
        if words[k] == "of" and k == 2 and words[-1].lower() in cues.ORG_HEADS and \
                not any(common_english_word(w) or w.lower() in cues.ORG_HEADS for w in words[:2]):
            return k
    return None


def _kind_before_name(run: list[tuple[int, int, str]]) -> int | None:
    """The index of a noun of kind ("Model", "App") that common words lead up to and a name
    follows, if any."""
    for k in range(1, len(run) - 1):
        word = run[k][2].lower()
        if (word in cues.MODEL_WORDS or word in cues.PRODUCT_WORDS) and all(
                common_english_word(t) for _, _, t in run[:k + 1]) and not common_english_word(run[k + 1][2]) and \
                not (k + 2 == len(run) and common_english_word(run[k + 1][2], 3.5)):
            return k  # but "Large Language Model Breakthrough" is a heading's description, no name
    return None


def _title_before_person(run: list[tuple[int, int, str]]) -> int | None:
    """The index of a title inside a run that a person's name closes, if any."""
    for k in range(len(run) - 3, 0, -1):
        if run[k][2].lower() in cues.PERSON_TITLES and _person_shape(tuple(t for _, _, t in run[k + 1:])):
            return k
    return None


def _adjective_ai(words: tuple[str, ...]) -> bool:
    return len(words) > 1 and words[-1] == "AI" and bool(_ADJECTIVE.search(words[-2])) and \
        common_english_word(words[-2], 3.0)


def _kinship_name(words: tuple[str, ...]) -> bool:
    """ "Brother Sun", "Sister Wang": in Chinese usage a kinship word and a family name are how
    one person is called, not a title before a name."""
    return len(words) == 2 and words[0].lower() in _KINSHIP and words[1] in romanised_surnames()


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" *_#>-")
    if before.endswith(("(", "（")):
        # "a bodyguard team (Llama Guard)": a parenthesis inside a sentence opens no sentence
        return _sentence_initial(text, len(before) - 1)
    return not before or before[-1] in _OPEN_QUOTES or before.endswith(("—", "–", "•")) or \
        _LIST_MARKER.search(before) is not None


# "a) Maximizing model accuracy", "2. Training": the item of a list starts like a sentence.
_LIST_MARKER = re.compile(r"(?:^|\s)\(?(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})[.)]$")


@lru_cache(maxsize=1 << 16)  # called for every token; the same words recur
def _starts_name(word: str) -> bool:
    if word in _NOT_NAMES or has_cjk(word) or cues.ADJECTIVE_SUFFIX.search(word) or _HYPHENATED_ADJECTIVE.match(word):
        return False
    if (modifier := _ACRONYM_MODIFIER.fullmatch(word)) and modifier.group(1) not in _VARIANT_WORDS and \
            common_english_word(modifier.group(1)):
        return False  # "the AI-education startup", "LLM-written code": an acronym qualifies a common word
    if word[0].isupper():
        return True
    # "o1", "o3-mini", "iPhone", "gpt-4o": lower-case names carry a digit or an inner capital;
    # "top-1", "day-2": an everyday word and a number do not.
    return word[0].isalpha() and (any(ch.isupper() for ch in word[1:]) or
                                  (_HAS_DIGIT.search(word) is not None and len(word) <= 12 and
                                   not _ORDINAL.fullmatch(word) and not _WORD_NUMBER.fullmatch(word)))


def _joined(text: str, end: int, start: int) -> bool:
    return text[end:start] == " "


def _ampersand(text: str, before: tuple[int, int, str], after: tuple[int, int, str]) -> bool:
    """ "Fidelity Management & Research", "Johnson & Johnson": an ampersand between capitalised
    words joins one name."""
    return text[before[1]:after[0]] == " & " and before[2][:1].isupper() and after[2][:1].isupper()


def _is_model_like(run: list[tuple[int, int, str]]) -> bool:
    return any(_HAS_DIGIT.search(t) for _, _, t in run)


def _strong_shape(tokens: tuple[str, ...]) -> bool:
    """Names whose form alone says they are names: "GPT-4", "o1", "A100", "NotebookLM"."""
    first = tokens[0]
    return (_HAS_DIGIT.search(first) is not None and any(ch.isalpha() for ch in first)) or \
        any(ch.isupper() for ch in first[1:]) and not first.isupper()


def _type_of(span: _Span, sentence: Sentence, name_start: int, maker_named: bool = False
             ) -> tuple[EntityType | None, float]:
    """The type a span's shape and context vote for, with the weight of that evidence."""
    text = sentence.text
    words = span.tokens
    before = _words_before(text, span.start, 3)
    after = _words_after(text, span.end, 3)
    votes: defaultdict[EntityType, float] = defaultdict(float)
    last, first = words[-1].lower(), words[0].lower()

    if last in cues.ORG_HEADS and len(words) > 1 or (first in cues.ORG_FIRST and len(words) > 2):
        # "Inference Technology: the driving force …" is a topic in capitals: a head that also
        # names a field gives an organisation only a distinctive word before it.
        votes[cues.O] += 1.5 if last in _FIELD_HEADS and all(common_english_word(w, 2.5) for w in words[:-1]) else 3
    if len(words) > 2 and (first in _SERIAL_HEADS and words[1] in ("of", "on") or "Transactions" in words[:-2]):
        votes[cues.W] += 3.0  # "Journal of the ACM", "IEEE Transactions on Electronic Computers": a serial
    if words[-1] == "AI" and len(words) > 1:
        # "Sakana AI" is a company, "Constitutional AI" an idea: an adjective says which.
        if _adjective_ai(words):
            votes[cues.C] += 2.0
        else:
            votes[cues.O] += 1.5
    if after[:1] and after[0] in cues.ORG_AFTER:
        votes[cues.O] += 2
    if after[:2] in (["'s", "ceo"], ["'s", "founder"], ["'s", "chief"], ["'s", "co-founder"]):
        votes[cues.O] += 2

    if 2 <= len(words) <= 3 and last not in cues.ORG_HEADS and (_AFFILIATION_AFTER.match(text, span.end) or
                                                                _ROLE_OF_AFTER.match(text, span.end)):
        votes[cues.P] += 2.5  # "Subbarao Kambhampati (Arizona State University) has long argued"
    if _ROLE_THEN_NAME.match(text, span.end) and not _person_shape(words):
        votes[cues.O] += 3  # "former Fidelity portfolio manager Gavin Baker": whose manager he was
    if _person_shape(words) or _kinship_name(words):
        votes[cues.P] += 2.5
    if before and before[-1] in cues.PERSON_TITLES and text[:span.start].rstrip(" ").lower().endswith(before[-1]):
        # "Professor X", but not "Host: Mm-hm", where the title is a speaker's label
        votes[cues.P] += 2.5 if len(words) <= 3 else 0.5
    if after[:1] and after[0] in cues.PERSON_VERBS:
        votes[cues.P] += 1.5
    if text[span.end:span.end + 15].lstrip().startswith("(a pseudonym") or text[span.start - 1:span.start] == "@":
        # "@SIY.Z also explained": a handle on a social network is a person's.
        votes[cues.P] += 3
    if after[:2] and after[0] == "," and len(after) > 1 and after[1] in cues.ROLE_NOUNS:
        votes[cues.P] += 1.5
    if before[-2:] in (["thanks", "to"], ["thank"]) and 2 <= len(words) <= 3 and last not in cues.ORG_HEADS:
        votes[cues.P] += 2.0  # "Thanks to Hunter Leslie for the interview": credits go to people
    model_shape = _model_shape(words)
    if _CITED_AFTER.match(text, span.end):
        # "STaR (Zelikman et al., 2022)": what a paper is cited for is a method, unless its name is
        # shaped like a model's ("Zephyr-7B (Tunstall et al., 2023)")
        votes[cues.C] += 1.0 if model_shape else 2.0
    if _PAPER_LINK_AFTER.match(text, span.end):
        votes[cues.C] += 3.0  # "**Reflexion** ([paper](https://arxiv.org/…))": so is what a linked paper is about
    if _SCORE_ON.search(text, max(0, span.start - 40), span.start) or _TASK_PAREN.search(text, max(0, span.start - 60),
                                                                                        span.start):
        votes[cues.C] += 2.5  # "96.8% on QuALITY", "Multilingual tasks (MGSM)": a benchmark
    if after[:2] == ["et", "al"] and len(words) <= 3:
        votes[cues.P] += 3.0  # "Devlin et al.": the first author of a cited paper
    if before[-2:] in (["posted", "by"], ["written", "by"], ["authored", "by"], ["interviewed", "by"], ["reporting", "by"],
                       ["editing", "by"], ["photos", "by"]) and \
            2 <= len(words) <= 3 and last not in cues.ORG_HEADS:
        votes[cues.P] += 2.5  # a byline: "Posted by Dana Whitfield"

    if _TO_ABBREVIATION.match(words[0]):
        votes[cues.C] += 2.0  # "txt2img", "seq2seq": a task or method written with "2" for "to"
    if model_shape:
        votes[cues.M] += 2
    if _METHOD_HEAD.search(_VERSION_SUFFIX.sub("", words[-1])):
        votes[cues.C] += 2.5  # "FlashAttention-2", "PagedAttention", "Prefix Tuning": the head names a method
    if after[:1] and after[0] in cues.MODEL_WORDS or before[-1:] == ["model"]:
        votes[cues.M] += 2.5
    if after[:1] and after[0] in cues.PRODUCT_WORDS or after[:2] == ["graphics", "cards"]:
        votes[cues.PR] += 3
    elif _described_product(after):
        votes[cues.PR] += 2  # "the NCCLX communication library", "the Tectonic distributed file system"
    if _HARDWARE.match(words[0]) and len(words) == 1:
        votes[cues.PR] += 2.0
    if cues.HARDWARE_CONTEXT.search(text[max(0, span.start - 150):span.start]):
        votes[cues.PR] += 2.5
    if after[:1] and after[0] in cues.CONCEPT_WORDS or cues.ZH_CONCEPT_AFTER.match(text[span.end:span.end + 6]):
        votes[cues.C] += 2.5
    elif len(after) > 1 and after[1] in cues.TEST_WORDS and after[0].isalpha():
        votes[cues.C] += 2.0  # "the AIME 2024 math test"
    if last in cues.PLACE_HEADS and len(words) > 1:
        votes[cues.PL] += 2.5
    if last in cues.WORK_HEADS and len(words) > 1:
        votes[cues.W] += 2.5  # "Six Forks Podcast"
    if after[:1] and after[0] in cues.WORK_WORDS:
        votes[cues.W] += 2
    if last in cues.EVENT_WORDS or after[:1] and after[0] in cues.EVENT_WORDS or \
            len(words) > 2 and words[-2] == "in" and words[-3].lower() in _PRIZES:
        votes[cues.EV] += 2.5

    if cues.ROLE_OF.search(text[max(0, span.start - 40):span.start]) or \
            cues.ROUND_LEADER.search(text[max(0, span.start - 40):span.start]) and not _person_shape(words):
        votes[cues.O] += 2.5
    appositive = cues.APPOSITIVE_TYPE.match(text[span.end:span.end + 80])
    if appositive:
        votes[cues.TYPE_NOUNS[appositive.group(1).lower()]] += 3
    # Before the whole name: "the platform “Zhipu Qingyan”" types the product its maker opens.
    if cues.NAMED_PERSON.search(text, max(0, name_start - 40), name_start) and len(words) <= 3:
        votes[cues.P] += 3  # "a guy named, um, Leon Wenfung"
    preceding = cues.PRECEDING_TYPE.search(text[max(0, name_start - 30):name_start])
    # "the framework Harrison Chase started": the kind is of what the clause's subject made.
    if preceding and len(words) <= 4 and not (_person_shape(words) and _MAKING_VERB.match(text, span.end)):
        votes[cues.TYPE_NOUNS[preceding.group(1).lower()]] += 2.5
    if cues.ORG_SUBJECT.match(text[span.end:span.end + 160]) and not _person_shape(words):
        votes[cues.O] += 1.5
    if cues.ORG_PASSIVE.match(text, span.end) and not _person_shape(words):
        votes[cues.O] += 2.5
    owner = _PERSON_POSSESSIVE.search(text, max(0, span.start - 40), span.start)
    if owner and len(words) >= 2 and _person_shape(owner.group(1, 2)):
        votes[cues.O] += 1.5  # "Wang Huiwen's Light Years Away": what a person has a name for is mostly a company
    if cues.ZH_ORG_AFTER.match(text[span.end:span.end + 8]):
        votes[cues.O] += 2.5
    if cues.ZH_MODEL_AFTER.match(text[span.end:span.end + 6]):
        votes[cues.M] += 2.5
    listed = cues.listed_type(text, name_start) or cues.other_type(text, span.end)
    # In "makers like Google TPUv6" the list types the maker, not the product.
    if listed is not None and not (maker_named and listed is cues.O):
        votes[listed] += 2.5

    if not votes:
        return None, 1.0
    best = max(sorted(votes, key=lambda t: t.value), key=lambda t: votes[t])
    return best, votes[best]


def _described_product(after: list[str]) -> bool:
    """Whether a kind of product follows the name after one or two words that describe it."""
    for k in (1, 2):
        if len(after) > k and after[k] in cues.PRODUCT_WORDS and all(
                word.isalpha() and word not in cues.FUNCTION_WORDS and word not in cues.PERSON_VERBS
                and not word.endswith("s") for word in after[:k]):
            return True
    return False


def _person_shape(words: tuple[str, ...]) -> bool:
    if not 2 <= len(words) <= 3 or any(_HAS_DIGIT.search(w) or w.isupper() for w in words):
        return False
    if words[0] in given_names():
        return words[-1].lower() not in cues.PLACE_HEADS  # "Jane Street" is a firm named after one
    surnames = romanised_surnames()
    if words[0] in surnames or words[-1] in surnames:
        # "Long Game" spells pinyin syllables too: an everyday English word is no given name
        return all(w in surnames or is_pinyin_word(w) and not common_english_word(w, _EVERYDAY) for w in words)
    return False


def _model_shape(words: tuple[str, ...]) -> bool:
    first = words[0]
    if _TO_ABBREVIATION.match(first):
        return False
    if _HAS_DIGIT.search(first) and any(ch.isalpha() for ch in first) and not _HARDWARE.match(first):
        return True
    if len(words) >= 2 and (_VERSION.match(words[-1]) and not words[-1].isdigit() or words[-1].isdigit() and len(
            words[-1]) <= 2) and (words[0].isupper() and len(words[0]) >= 2 or not common_english_word(words[0])):
        return True  # "GPT 4", "Llama 3", "Mistral Large 3", but not "Hall 3"
    return len(words) >= 2 and any(_VERSION.match(w) and ("." in w or w[-1] in "BbMm") for w in words[1:])


def _words_before(text: str, start: int, n: int) -> list[str]:
    return _WORD_BEFORE.findall(text[max(0, start - 60):start].lower().replace("’", "'"))[-n:]


def _words_after(text: str, end: int, n: int) -> list[str]:
    tail = text[end:end + 60].lower().replace("’", "'")
    return _WORD_AFTER.findall(tail)[:n]
