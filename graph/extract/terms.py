"""Technical terms that name concepts: "reinforcement learning", "video generation", "Ising model".

A term is a short noun phrase whose head is a word that heads technical terms (learning,
generation, network, theorem …) and whose modifiers are content words, not determiners or
words of size and scope ("large models" is no concept). Proper-named concepts pair a
capitalised word with such a head ("Hopfield network", "Moore's Law"). Every candidate is a
Concept mention; resolution keeps those the corpus repeats or a heading states (termhood).
A single word is a term when it is a rare noun of quality or process the document repeats.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..model import Mention
from ..vocab import EntityType
from . import cues
from .base import PassContext, Resources, register_pass
from .text import common_english_word, name_key

PASS = "terms"
WEIGHT = 2.0  # the pass applies termhood itself, so its terms stand on their own

HEADS = frozenset("""
learning training tuning network networks algorithm algorithms theorem theory law complexity generation
recognition synthesis processing computing intelligence optimization optimisation architecture mechanism
scaling engineering driving segmentation classification detection translation alignment distillation
quantization embedding embeddings attention inference reasoning retrieval physics memory vision modeling
modelling regression clustering compression sync robotics mining graph graphs model models machine machines
transformer transformers search induction entropy descent propagation backpropagation encoding decoding
understanding agents agent programming window windows cleaning parallelism prediction probability
""".split())
# Heads so specific that a single use of the phrase makes a term ("distributed training").
STRONG_HEADS = frozenset("""
learning training generation recognition synthesis computing physics engineering segmentation
classification detection translation driving scaling processing optimization optimisation compression
programming encoding cleaning parallelism tuning modeling modelling
""".split())
PROPER_HEADS = frozenset("""
model network machine law theorem algorithm principle equation test complexity distribution effect
conjecture hypothesis paradox machine transform
""".split())
# Modifiers that make a phrase generic rather than a term.
GENERIC = frozenset("""
large big small huge general personal professional foundational domestic foreign own new old current future
good better best bad great main core key basic simple complex advanced traditional modern previous next
different various several many more most other same such certain specific whole entire full real true
ai human humans our their his her its this that these those some any all each every no one two three
commercial industrial chinese american global local vertical leading top latest early later final
single multiple capable powerful strong weak high low fast slow cheap expensive efficient visual
use using used make replace align improve enhance support enable achieve require reduce increase provide
specialized specialised targeted continued unified improved optimized optimised customized customised tailored
dedicated combined enhanced extended limited related required detailed expected increased reduced refined
repeated sustained assisted powered driven
""".split())
_WORD = r"(?<!['’-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*"  # "open-source model" holds no "source model"
_HEAD_WORDS = "|".join(sorted(HEADS, key=lambda h: (-len(h), h)))
# A phrase ends at a head word, so "scale up, distributed training becomes" still yields its term.
_LOWER_TERM = re.compile(rf"\b((?:{_WORD}\s){{1,3}}(?:{_HEAD_WORDS}))\b")
_TITLE_TERM = re.compile(r"\b((?:[A-Z][a-z]+(?:-[A-Za-z]+)*\s){1,3}(?:"
                         + "|".join(h.capitalize() for h in sorted(HEADS, key=lambda h: (-len(h), h))) + r"))\b")
# "Ising model", "Cook-Levin theorem": a name (two, for an eponym of two people) before a head
_PROPER = re.compile(r"\b((?:[A-Z][a-z]+[–-])?[A-Z][a-z]+(?:['’]s)?)\s(" + "|".join(sorted(PROPER_HEADS)) + r"|"
                     + "|".join(h.capitalize() for h in sorted(PROPER_HEADS)) + r")\b")


@register_pass(PASS)
def term_mentions(ctx: PassContext) -> Iterator[Mention]:
    """Termhood within the document: of each phrase, the longest tail the document repeats,
    or, in a heading, a tail of two words."""
    candidates: list[tuple[int, int, int, bool]] = []  # sentence index, start, end, proper
    run_start: dict[tuple[int, int], int] = {}
    # "the Doubao model" is a model, not a concept named after something.
    things = {m.start for m in ctx.mentions
              if m.canonical is not None and m.type not in (EntityType.CONCEPT, EntityType.PERSON)}
    for sentence in ctx.sentences:
        text = sentence.text
        for match in _PROPER.finditer(text):
            modifier = match.group(1).lower()
            title_case = match.group(2)[0].isupper()  # "Video Model" is a heading's capitals, "Ising model" a name
            if "-" in match.group(1) and match.group(2).lower() in KIND_HEADS:
                continue  # "Yi-Large model" is a model's name; two people write "Bradley–Terry model"
            if sentence.start + match.start() not in things and (
                    modifier not in cues.FUNCTION_WORDS and modifier not in GENERIC
                    and match.group(1) not in cues.NOT_NAMES
                    and not (modifier.endswith(("ing", "ed")) and common_english_word(modifier, 3.0))
                    and not (title_case and common_english_word(modifier, 3.0))
                    and not _LARGER_NAME.match(text, match.end())):
                candidates.append((sentence.index, match.start(), match.end(), True))
                run_start[(sentence.index, match.end())] = match.start()
        searched = text if sentence.heading else _lower_opening(text)
        pattern = _TITLE_TERM if sentence.heading else _LOWER_TERM
        for match in pattern.finditer(searched):
            run_start.setdefault((sentence.index, match.end(1)), match.start(1))
            for start in _tails(searched, match.start(1), match.end(1)):
                candidates.append((sentence.index, start, match.end(1), False))
    counts = Counter(name_key(ctx.sentences[i].text[s:e]) for i, s, e, _ in candidates)
    coordinated = _coordinated(ctx, candidates)
    modifiers = term_modifiers(ctx.resources)
    best: dict[tuple[int, int], tuple[int, bool]] = {}
    for index, start, end, proper in candidates:
        sentence = ctx.sentences[index]
        words = sentence.text[start:end].count(" ") + 1
        whole_run = start == run_start[(index, end)]
        phrase = sentence.text[start:end]
        termhood = (proper or counts[name_key(phrase)] >= 2 or (sentence.heading and words == 2 and whole_run
                                                                and not _section_topic(phrase))
                    or words == 2 and not sentence.heading and _strong(phrase, modifiers)
                    and not _VERB_CONTEXT.search(sentence.text[:start]) or (index, start, end) in coordinated)
        if termhood and not proper and phrase.rsplit(" ", 1)[-1].lower() in KIND_HEADS:
            termhood = _technical(phrase.split(" ", 1)[0].lower(), modifiers)
        if termhood and (index, end) not in best or termhood and best[(index, end)][0] > start:
            best[(index, end)] = (start, proper)
    for (index, end), (start, _) in sorted(best.items()):
        sentence = ctx.sentences[index]
        yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + end, sentence.text[start:end],
                      EntityType.CONCEPT, PASS, sentence.index, WEIGHT)
    yield from _abbreviated_terms(ctx)
    yield from _rare_nominals(ctx)
    yield from _named_concepts(ctx)
    yield from _glossed_terms(ctx)


# "负采样（negative sampling）", "编码器-解码器（encoder-decoder）": Chinese technical writing
# glosses a term with its English form in brackets, in lower case where it is no name.
_ENGLISH_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\s?[（(]\s*([a-z][a-z0-9]*(?:[- ][a-z][a-z0-9]*){0,4})\s*[）)]")
GLOSSED_WEIGHT = 2.5  # the bracket says the writer names a term: one sighting is enough


def _glossed_terms(ctx: PassContext) -> Iterator[Mention]:
    for sentence in ctx.sentences:
        for match in _ENGLISH_GLOSS.finditer(sentence.text):
            term = match.group(1)
            words = re.split(r"[- ]", term)
            # One word ("encoder", "perplexity") is more often a gloss of a plain word than a term.
            if len(words) == 1 or any(w in cues.FUNCTION_WORDS or w in GENERIC for w in words):
                continue
            yield Mention(ctx.doc.doc_id, sentence.start + match.start(1), sentence.start + match.end(1), term,
                          EntityType.CONCEPT, PASS, sentence.index, GLOSSED_WEIGHT)


# "the concept of logical depth", "a new approach called distribution matching", "the notion of
# “no regret”": a noun of idea, then the idea's name. Unquoted, the name is a lower-case noun
# phrase of up to three words that punctuation or a function word closes.
_IDEA_NOUN = (r"(?:concept|notion|idea|principle|approach|method|technique|paradigm|phenomenon|term|theory|"
              r"framework|hypothesis|strategy)")
_NAMED_IDEA = re.compile(r"\b(?:the|a|an)\s+(?:new\s+|novel\s+|so-called\s+)?" + _IDEA_NOUN
                         + r"\s+(?:of|called|named|dubbed|known\s+as)\s+(?:“([^”\n]{3,40})”|\"([^\"\n]{3,40})\"|"
                         r"(" + _WORD + r"(?:\s" + _WORD + r"){0,2}?)(?=\s*[,.;:()，。]|\s*$|\s+(?:is|was|are|in|that|"
                         r"which|to|for|and|or|as|by|from|where|with|into)\b))")


def _named_concepts(ctx: PassContext) -> Iterator[Mention]:
    for sentence in ctx.sentences:
        for match in _NAMED_IDEA.finditer(sentence.text):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            name = match.group(group).strip()
            words = name.lower().split()
            if not words or len(words) > 4 or not name[0].isalpha() or group == 3 and (
                    words[0] in cues.FUNCTION_WORDS or words[0] in GENERIC or words[0].endswith("ly")
                    or words[0].endswith("ing") and common_english_word(words[0], 3.5)):
                continue  # "the idea of using …", "the idea of continually scaling …": a clause, not a name
            start = sentence.start + match.start(group) + match.group(group).index(name)
            yield Mention(ctx.doc.doc_id, start, start + len(name), name, EntityType.CONCEPT, PASS,
                          sentence.index, WEIGHT)


# Nouns made from adjectives and verbs ("sparsity", "interpretability", "deduplication"): when
# such a word is rare in English at large yet recurs in a document, it is that document's term.
_NOMINAL = re.compile(r"\b[A-Za-z][a-z]{3,}(?:ity|ization|isation|ism|ation|ence)\b")
_RARE_ZIPF = 2.3


def _rare_nominals(ctx: PassContext) -> Iterator[Mention]:
    found = [(sentence, match) for sentence in ctx.sentences for match in _NOMINAL.finditer(sentence.text)]
    counts = Counter(match.group().lower() for _, match in found)
    terms = {word for word, count in counts.items() if count >= 2 and not common_english_word(word, _RARE_ZIPF)}
    for sentence, match in found:
        if match.group().lower() in terms:
            yield Mention(ctx.doc.doc_id, sentence.start + match.start(), sentence.start + match.end(), match.group(),
                          EntityType.CONCEPT, PASS, sentence.index, WEIGHT)


def _section_topic(phrase: str) -> bool:
    """ "Model Architecture", "Network Optimization": a heading that pairs two head words names a
    part of the text, not a term (unless the text uses it again)."""
    return phrase.split(" ", 1)[0].lower() in HEADS


_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")


def _coordinated(ctx: PassContext, candidates: list[tuple[int, int, int, bool]]) -> set[tuple[int, int, int]]:
    """Two-word phrases listed with another of the same head ("tensor parallelism, pipeline
    parallelism and data parallelism"): a list of kinds of one thing names terms."""
    pairs = sorted({(i, s, e) for i, s, e, proper in candidates
                    if not proper and ctx.sentences[i].text.count(" ", s, e) == 1})
    found: set[tuple[int, int, int]] = set()
    for first, second in zip(pairs, pairs[1:]):
        text = ctx.sentences[first[0]].text
        if first[0] == second[0] and first[2] < second[1] and \
                text[first[1]:first[2]].rsplit(" ", 1)[1].lower() == text[second[1]:second[2]].rsplit(" ", 1)[1].lower() \
                and _COORDINATION.fullmatch(text, first[2], second[1]):
            found.update((first, second))
    return found


# What may open a sentence before its first word: list markers ("- ", "2. ", "b) ") and markup.
_OPENING = re.compile(r"^[\s>*#_-]*(?:(?:[-•*]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z]\))\s+)?\**([A-Z])(?=[a-z]+\s)")


def _lower_opening(text: str) -> str:
    """``text`` with the capital that opens it in lower case (same length, so offsets hold):
    "Image recognition: training …" and "- Speech processing: …" open with terms too.

    >>> _lower_opening("- Video understanding: adapters")
    '- video understanding: adapters'
    """
    opening = _OPENING.match(text)
    if opening is None:
        return text
    return text[:opening.start(1)] + text[opening.start(1)].lower() + text[opening.end(1):]


def _abbreviated_terms(ctx: PassContext) -> Iterator[Mention]:
    """ "neural MT", "self-play RL": a modifier before the acronym of a curated term names the
    narrower term written out ("neural machine translation"), curated or not."""
    acronyms, owners = _term_acronyms(ctx.resources)
    for sentence in ctx.sentences:
        for match in _MODIFIED_ACRONYM.finditer(sentence.text):
            modifier, acronym = match.group(1), match.group(2)
            lowered = modifier.lower()
            if acronym not in acronyms or lowered in GENERIC or lowered in cues.FUNCTION_WORDS or (
                    "-" not in modifier and (lowered.endswith(("ly", "ing", "ed")) or len(modifier) < 4 or
                                             _everyday_modifier(lowered, ctx.resources))):
                continue
            written_out = f"{lowered} {acronyms[acronym]}"
            start, end = sentence.start + match.start(1), sentence.start + match.end(2)
            yield Mention(ctx.doc.doc_id, start, end, ctx.doc.text[start:end], EntityType.CONCEPT, PASS,
                          sentence.index, WEIGHT, canonical=owners.get(name_key(written_out)),
                          same_as=f"{EXPANDED}{name_key(written_out)}")


def _everyday_modifier(word: str, resources: Resources) -> bool:
    """ "further RL", "newer RL", "similar RL": a comparative or an everyday adjective says how
    much or which, not what kind; the curated terms' own modifiers ("deep RL") always do."""
    if word in term_modifiers(resources):
        return False
    return common_english_word(word, 3.5) and word.endswith("er") or common_english_word(word, 4.3)


EXPANDED = "expanded:"
_MODIFIED_ACRONYM = re.compile(r"(?<![\w-])([a-z][a-z]+(?:-[a-z]+)?) ([A-Z]{2,4})\b")


def _term_acronyms(resources: Resources) -> tuple[dict[str, str], dict[str, str]]:
    """Acronyms of curated concepts whose head makes terms ("RL": "reinforcement learning"), and
    the entry each spelling-insensitive curated name belongs to."""
    key = f"{PASS}:acronyms"
    if key not in resources.cache:
        entries = resources.lexicon.entries
        acronyms = {alias: entry.name.lower() for entry in entries
                    if entry.type is EntityType.CONCEPT and entry.name.split()[-1].lower() in STRONG_HEADS
                    for alias in entry.aliases if alias.isupper() and alias.isalpha() and len(alias) <= 4}
        owners = {name_key(form): entry.name for entry in entries for form in entry.surface_forms}
        resources.cache[key] = (acronyms, owners)
    return resources.cache[key]  # type: ignore[return-value]


_VERB = re.compile(r"(?:ize|ise|ify)$")
_OPEN_OR_CLOSED = re.compile(r"(?:open|closed) (?:source|weights?)", re.IGNORECASE)
# "the Sohu network building": a place or an organisation named after the phrase, not a concept.
_LARGER_NAME = re.compile(r"\s+(?:building|tower|campus|headquarters|office|offices|park|plaza|company|group|team|"
                          r"lab|laboratory|institute)\b", re.IGNORECASE)
VERBS = frozenset("train build deploy run develop serve evaluate release launch adopt".split())
# Heads that name a kind of thing: only a technical modifier makes a term of them ("diffusion
# model", not "video model" or "domain models").
KIND_HEADS = frozenset({"model", "models", "machine", "machines", "agent", "agents"})

# A modal, "to" or an adverb before the modifier makes it a verb: "can fully replace engineering".
_VERB_CONTEXT = re.compile(r"\b(?:to|can|cannot|could|will|would|should|must|may|might|not|\w+ly)\s+$", re.I)


_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ity|ics|ance|ence|ure|ogy|ism|ness|ship|age|ery)$")


def _strong(phrase: str, modifiers: frozenset[str]) -> bool:
    """A single use makes a term when its head is specific and its modifier is a noun, a
    participle or a word the curated concepts use ("distributed training", "speech synthesis",
    not "perfect compression")."""
    modifier, head = phrase.lower().split(" ")
    return (head in STRONG_HEADS and modifier.replace("-", "").isalpha() and len(modifier) > 2 and modifier not in GENERIC
            and (_technical(modifier, modifiers) or modifier.endswith("ed") or _COMPOUND_MODIFIER.fullmatch(modifier) is not None))


# "few-shot", "case-based", "rule-based": a hyphenated modifier of a method.
_COMPOUND_MODIFIER = re.compile(r"[a-z]+-(?:shot|based|driven|supervised|aware|free|guided|level|grained)")


def _technical(modifier: str, modifiers: frozenset[str]) -> bool:
    return modifier in modifiers or _NOUN_SUFFIX.search(modifier) is not None


def term_modifiers(resources: Resources) -> frozenset[str]:
    """Words that modify heads in the lexicon's concept names: the vocabulary of technical terms."""
    key = f"{PASS}:modifiers"
    if key not in resources.cache:
        words = {word for entry in resources.lexicon.entries if entry.type is EntityType.CONCEPT
                 for form in entry.surface_forms for word in form.lower().split()[:-1] if word.isalpha()}
        resources.cache[key] = frozenset(words - GENERIC - cues.FUNCTION_WORDS)
    return resources.cache[key]


def _tails(text: str, start: int, end: int) -> Iterator[int]:
    """Starts of the tails of a phrase that are terms: content-word modifiers and a term head."""
    words = text[start:end].split(" ")
    if words[-1].lower() not in HEADS:
        return
    position = end - len(words[-1])
    modifiers = words[:-1]
    for count, word in enumerate(reversed(modifiers), 1):
        lowered = word.lower()
        if (lowered in GENERIC or lowered in cues.FUNCTION_WORDS or lowered.endswith("ly")
                or lowered in HEADS and count > 1 or _VERB.search(lowered) or lowered in VERBS):
            return  # "maximize training", "train models": a verb and its object
        if count < len(modifiers) and _OPEN_OR_CLOSED.fullmatch(f"{modifiers[-count - 1]} {word}"):
            return  # "open source model" is "open-source model" unhyphenated: no "source model" in it
        position -= len(word) + 1
        yield position
