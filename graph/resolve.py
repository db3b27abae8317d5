"""Resolution: one entity per real-world thing, across languages, spellings and documents.

Mentions are grouped with a union–find over their spelling-insensitive keys. Two keys join
when the lexicon lists both as names of one entry, when a text pairs an acronym with its
expansion, when they are one person's name in the other order or in pinyin (李志飞 / Li Zhifei /
Zhifei Li), when a lone family name ("Zhou") matches exactly one person of the same document,
or when two person names share a family name and their given names differ by a spelling slip
("Jeffrey" / "Geoffrey", "Huewen" / "Huiwen"). Each join is written to the merge log.

An entity's type is the type with the most evidence over all its mentions, not the first one.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .extract.base import DocumentFindings
from .extract.glosses import GLOSS
from .extract.terms import EXPANDED
from .extract.text import has_cjk, name_key
from .extract.wordlists import chinese_surnames, is_pinyin_word, romanised_surnames
from .iri import mint
from .lexicon import Lexicon, LexiconEntry
from .model import Entity, Mention, Merge
from .vocab import EntityType

_GIVEN_NAME_SIMILARITY = 0.8
_MIN_PINYIN_KEY = 6  # letters: "baidu" alone could be a word of any language
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]{2,}")
_SLIP_LENGTH = 9
_TERM_SIMILARITY = 0.91  # one letter in a word of a dozen: "explanability", "generalisation"
_MODEL_NAME_SIMILARITY = 0.88
# Words that say what kind of organisation a name is, which translations add or drop.
_ORG_HEAD_WORDS = frozenset("inc corp corporation company co ltd llc group institute institution laboratory lab labs "
                            "of the and".split())
_ZH_COMPANY_WORDS = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团")
# An entity found by discovery alone needs this much evidence of its type to become a node.
_MIN_EVIDENCE = 2.0


@dataclass(frozen=True)
class Resolution:
    entities: tuple[Entity, ...]
    entity_of: dict[tuple[str, int, int], str]  # (doc, start, end) of a mention -> entity IRI
    merges: tuple[Merge, ...]

    def of(self, mention: Mention) -> str | None:
        return self.entity_of.get((mention.doc_id, mention.start, mention.end))

    @cached_property
    def types(self) -> dict[str, EntityType | None]:
        """Entity IRI -> its type."""
        return {entity.iri: entity.type for entity in self.entities}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.joins: list[tuple[str, str, str]] = []  # key, key, reason

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            kept, merged = sorted((ra, rb))
            self.parent[merged] = kept
            self.joins.append((a, b, reason))


def mention_key(mention: Mention) -> str:
    text = mention.text
    for suffix in ("'s", "’s"):
        if text.endswith(suffix) and mention.type is not EntityType.CONCEPT:
            text = text[: -len(suffix)]
    if mention.type is EntityType.ORGANIZATION:
        text = _without_company_word(text)
    key = name_key(text)
    if mention.type is EntityType.CONCEPT and key.endswith("s") and not key.endswith("ss") and not text.isupper():
        key = key[:-1]
    elif len(text) >= 3 and text.endswith("s") and text[:-1].isupper():
        key = key[:-1]  # the plural of an acronym: "GPTs", "LLMs"
    return key


def _without_company_word(text: str) -> str:
    """ "搜狗公司" is 搜狗: the generic word for a company is no part of a Chinese name."""
    for suffix in _ZH_COMPANY_WORDS:
        if text.endswith(suffix) and len(text) - len(suffix) >= 2 and has_cjk(text):
            return text[: -len(suffix)]
    return text


def resolve(findings: Iterable[DocumentFindings], lexicon: Lexicon) -> Resolution:
    all_findings = list(findings)
    mentions = [m for f in all_findings for m in f.mentions]
    uf = _UnionFind()
    entries = {entry.name: entry for entry in lexicon.entries}
    alias_owner = {name_key(form): entry.name for entry in lexicon.entries for form in entry.surface_forms}
    # The joins read a mention's name only, and the same names recur in every document: they
    # run over the first mention of each name (of each name in each document, for the joins
    # that look at the document). That makes the same joins in the same order, as repeating a
    # union changes nothing.
    form_of, names, counts = _distinct_names(mentions)
    capitals_only = _capitals_only(lexicon)
    keys = {id(m): _cased_key(m, capitals_only) for m in names}
    romanised = _romanised_owners(lexicon) if any(not has_cjk(m.text) for m in names) else {}
    for mention in names:
        key = keys[id(mention)]
        uf.find(key)
        owner = mention.canonical or alias_owner.get(key)
        if owner is not None:
            uf.union(f"lexicon:{owner}", key, f"lexicon entry {owner!r}")
        elif key in romanised:  # only a Latin spelling has a pinyin key
            uf.union(f"lexicon:{romanised[key]}", key, f"the pinyin of a Chinese name of {romanised[key]!r}")
        if mention.same_as is not None:
            if mention.same_as.startswith(EXPANDED):
                uf.union(mention.same_as.removeprefix(EXPANDED), key, "a term with its acronym written out")
                continue
            reason = ("acronym and its expansion in one sentence" if mention.same_as.startswith("acronym:")
                      else "a name and its gloss in brackets" if mention.same_as.startswith(GLOSS)
                      else "the same name with and without its maker's")
            uf.union(mention.same_as, key, reason)
    in_documents = _names_by_document(mentions, form_of, names, keys)
    _join_person_names(names, in_documents, keys, uf)
    _join_pinyin_spellings(names, keys, uf)
    _join_organisation_word_orders(names, keys, uf, lexicon)
    _join_model_spelling_slips(names, keys, uf)
    _join_model_versions_alone(in_documents, keys, uf)
    _join_short_company_names(in_documents, keys, uf)
    _join_sound_alikes(names, keys, uf, lexicon)
    _join_term_spelling_slips(names, keys, uf)
    return _entities(mentions, form_of, names, counts, keys, uf, entries)


@lru_cache(maxsize=4)
def _capitals_only(lexicon: Lexicon) -> frozenset[str]:
    """The keys of names the lexicon writes in capitals only: acronyms such as DAO."""
    spelt: defaultdict[str, set[bool]] = defaultdict(set)
    for entry in lexicon.entries:
        for form in entry.surface_forms:
            spelt[name_key(form)].add(form.isupper())
    return frozenset(key for key, upper in spelt.items() if upper == {True})


def _cased_key(mention: Mention, capitals_only: frozenset[str]) -> str:
    """ "Dao" of "(Dao et al., 2022)" is a family name, not DAO: a capitalised word the lexicon
    does not name is no spelling of an acronym it writes only in capitals."""
    key = mention_key(mention)
    if key in capitals_only and mention.canonical is None and mention.text.istitle():
        return "capitalised:" + key
    return key


def _distinct_names(mentions: list[Mention]) -> tuple[list[int], list[Mention], list[int]]:
    """For each mention, the number of its name: the first mention with the same text, type,
    canonical name and same_as key, in ``names``; ``counts`` says how many mentions have it."""
    number: dict[tuple[str, EntityType | None, str | None, str | None], int] = {}
    form_of: list[int] = []
    names: list[Mention] = []
    counts: list[int] = []
    for m in mentions:
        form = (m.text, m.type, m.canonical, m.same_as)
        i = number.get(form)
        if i is None:
            i = number[form] = len(names)
            names.append(m)
            counts.append(0)
        counts[i] += 1
        form_of.append(i)
    return form_of, names, counts


def _names_by_document(mentions: list[Mention], form_of: list[int], names: list[Mention],
                       keys: dict[int, str]) -> list[Mention]:
    """The first mention of each name in each document, of the names a person's, a model's or an
    organisation's may be (the joins that look at the document join those); the ``keys`` of the
    names serve them too."""
    seen: set[tuple[str, int]] = set()
    found = []
    for m, i in zip(mentions, form_of):
        if m.type in _BY_DOCUMENT:
            if (m.doc_id, i) not in seen:
                seen.add((m.doc_id, i))
                found.append(m)
                keys[id(m)] = keys[id(names[i])]
    return found


_BY_DOCUMENT = frozenset({EntityType.PERSON, EntityType.MODEL, EntityType.ORGANIZATION, None})


@lru_cache(maxsize=4)
def _romanised_owners(lexicon: Lexicon) -> dict[str, str]:
    """The pinyin of every curated Chinese name ("zhipuhuazhang" for 智谱华章), to the entry it
    names; a transliterated text writes names so. Short or shared spellings name nothing."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for entry in lexicon.entries:
        for form in entry.surface_forms:
            key = _pinyin_key(form)
            if key is not None:
                owners[key].add(entry.name)
    taken = {name_key(form) for entry in lexicon.entries for form in entry.surface_forms}
    return {key: next(iter(names)) for key, names in owners.items() if len(names) == 1 and key not in taken}


def _pinyin_key(text: str) -> str | None:
    from pypinyin import lazy_pinyin

    if not _ALL_CJK.fullmatch(text):
        return None
    key = "".join(lazy_pinyin(text))
    return key if key.isascii() and len(key) >= _MIN_PINYIN_KEY else None


def _join_pinyin_spellings(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind) -> None:
    """ "Baichuan" / 百川: a name the corpus writes in Chinese and in pinyin is one name."""
    latin = {keys[id(m)] for m in mentions if not has_cjk(m.text)}
    pinyin: dict[str, str | None] = {}
    for m in mentions:
        if m.type is EntityType.PERSON or m.canonical is not None or not has_cjk(m.text):
            continue  # people have their own rule, with both name orders
        text = _without_company_word(m.text.strip())
        if text not in pinyin:
            pinyin[text] = _pinyin_key(text)
        key = pinyin[text]
        if key is not None and key in latin:
            uf.union(key, keys[id(m)], "the Chinese name's pinyin")


def _join_organisation_word_orders(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind,
                                   lexicon: Lexicon) -> None:
    """ "Microsoft Asia Research Institute" / "Microsoft Research Asia": translations of one
    name put its words in different orders and add or drop the head word; the same set of
    two or more distinctive words names the same organisation."""
    by_words: defaultdict[frozenset[str], set[str]] = defaultdict(set)
    names = [(m.text, keys[id(m)]) for m in mentions if m.type is EntityType.ORGANIZATION and m.canonical is None]
    if not names:
        return
    names += [(form, f"lexicon:{entry.name}") for entry in lexicon.entries if entry.type is EntityType.ORGANIZATION
              for form in entry.surface_forms]
    for text, key in names:
        words = frozenset(w for w in _name_key_words(text) if w not in _ORG_HEAD_WORDS)
        if len(words) >= 2 and not has_cjk(text):
            by_words[words].add(key)
    for words, group in sorted(by_words.items(), key=lambda item: sorted(item[1])):
        if sum(key.startswith("lexicon:") for key in group) > 1 or all(key.startswith("lexicon:") for key in group):
            continue  # two curated entries stay two
        first, *others = sorted(group)
        for other in others:
            uf.union(first, other, f"the same words in another order or without a head word ({' '.join(sorted(words))})")


def _join_model_spelling_slips(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind) -> None:
    """ "Llamma 3" / "Llama 3": model names with the same version whose base names differ by a
    slip of transcription or translation."""
    by_version: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in mentions:
        text, key = m.text, keys[id(m)]
        if _has_maker(m):
            text, key = _without_maker(m), m.same_as  # "Meta Llamma 3" without its maker
        words = text.split()
        if m.type is EntityType.MODEL and len(words) >= 2 and any(ch.isdigit() for ch in words[-1]):
            base = name_key(" ".join(words[:-1]))
            if len(base) >= 5 and base.isalpha():
                # A slip keeps the first letter: compare only names that share it.
                by_version[f"{words[-1].lower()} {base[0]}"].add((base, key))
    _join_similar(by_version, _MODEL_NAME_SIMILARITY, uf,
                  lambda bucket, a, b: f"model names {a!r} ~ {b!r} with version {bucket.split(' ')[0]!r}")


def _join_model_versions_alone(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind) -> None:
    """ "R1 was trained on top of V3", "Sonnet 4 is cheaper", "the A3B one": a model named by its
    last part, or without the word that opens its name, is the one model of the document whose
    name ends so ("DeepSeek-R1", "Claude Sonnet 4", "Qwen3-30B-A3B"), as the family name alone is a
    person; failing one in the document, the one model of the corpus."""
    by_doc: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.type is EntityType.MODEL:
            head, _, version = m.text.strip().rpartition("-" if "-" in m.text else " ")
            rest = _WITHOUT_OPENING_WORD.fullmatch(m.text.strip())
            for short in (version if head and _VERSION.fullmatch(version) else None, rest and rest.group(1)):
                if short:
                    by_doc[(m.doc_id, name_key(short))].add(uf.find(keys[id(m)]))
    in_corpus: defaultdict[str, set[str]] = defaultdict(set)
    for (_, rest), roots in by_doc.items():
        in_corpus[rest] |= roots
    for m in mentions:
        if m.type in (EntityType.MODEL, None) and m.canonical is None and _SHORT_MODEL_NAME.fullmatch(m.text.strip()):
            roots = by_doc.get((m.doc_id, name_key(m.text)), set()) or in_corpus.get(name_key(m.text), set())
            if len(roots) == 1:
                uf.union(next(iter(roots)), keys[id(m)], f"a model named without its opening word in {m.doc_id}")


def _join_short_company_names(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind) -> None:
    """ "Wisdom Spectrum AI (智谱) … Wisdom Spectrum released GLM-4.5": a company named without the
    word that closes its name is the one company of the document so named."""
    by_doc: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.type is EntityType.ORGANIZATION:
            short, _, closer = m.text.strip().rpartition(" ")
            if short and closer.lower() in _COMPANY_CLOSERS:
                by_doc[(m.doc_id, name_key(short))].add(uf.find(keys[id(m)]))
    for m in mentions:
        if m.type in (EntityType.ORGANIZATION, None) and m.canonical is None and " " in m.text.strip():
            roots = by_doc.get((m.doc_id, name_key(m.text)), set())
            if len(roots) == 1:
                uf.union(next(iter(roots)), keys[id(m)], f"a company's name without its closing word in {m.doc_id}")


_COMPANY_CLOSERS = frozenset({"ai", "technology", "technologies", "intelligence", "inc", "inc.", "corp", "corp.",
                              "ltd", "ltd.", "labs", "robotics", "systems"})
_VERSION = re.compile(r"[A-Za-z]{0,2}\d(?:\.\d)?[A-Za-z]{0,2}")
# "R1", "V3", "Sonnet 4", "Opus 4": a version, or one word and a version
_SHORT_MODEL_NAME = re.compile(r"(?:[A-Za-z]+ )?" + _VERSION.pattern)
# "DeepSeek-R1" -> "R1", "Claude Sonnet 4" -> "Sonnet 4": a name of a word without digits, then the short name
_WITHOUT_OPENING_WORD = re.compile(r"[A-Za-z]+[ -](" + _SHORT_MODEL_NAME.pattern + ")")


def _join_sound_alikes(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind, lexicon: Lexicon) -> None:
    """ "Jia Yang Ching" / Jia Yangqing, "Liang when Feng" / Liang Wenfeng: speech recognition
    writes a Chinese name as English sounds. A name spelt the way one curated name sounds is that
    name; so is a person with a curated person's family name and a given name one sound apart
    ("Yang Jolin" / Yang Zhilin: "jolin" / "jilin")."""
    curated = _sounds_of_curated(lexicon)
    people = _curated_people_by_family(lexicon)
    seen: set[tuple[str, EntityType | None]] = set()
    for m in mentions:
        if m.canonical is not None or m.type not in _SOUNDED or (m.text, m.type) in seen or has_cjk(m.text):
            continue
        seen.add((m.text, m.type))  # the same names recur in every document
        found = curated.get(_sound(m.text))
        if found is not None and m.type in (found[1], None):
            uf.union(f"lexicon:{found[0]}", keys[id(m)], f"{m.text.strip()!r} sounds like {found[0]!r}")
        elif m.type in (EntityType.PERSON, None) and len(words := m.text.split()) == 2:
            near = {name for family, given in ((words[0], words[1]), (words[1], words[0]))
                    for name, other in people.get(family.lower(), ())
                    if _one_sound_apart(_sound(given), other)}
            if len(near) == 1:
                name = near.pop()
                uf.union(f"lexicon:{name}", keys[id(m)], f"{m.text.strip()!r} sounds nearly like {name!r}")


_SOUNDED = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL, EntityType.PRODUCT, None})
# English spellings of the sounds of pinyin, applied to both sides: zh/j, q/ch, x(i)/sh, wh/w, ai/y;
# and a hard c written k ("Anthropik").
_SOUND_RULES = ((re.compile(r"wh"), "w"), (re.compile(r"zh"), "j"), (re.compile(r"q"), "ch"),
                (re.compile(r"xi(?=[aeiou])"), "sh"), (re.compile(r"x"), "sh"), (re.compile(r"ai"), "y"),
                (re.compile(r"ph"), "f"), (re.compile(r"c(?![eihy])"), "k"), (re.compile(r"(.)\1"), r"\1"),
                (re.compile(r"y$"), "i"))
_MIN_SOUND = 6


def _one_sound_apart(a: str, b: str) -> bool:
    """Two sounds of the same length, five or more, that differ in one letter only."""
    return len(a) == len(b) >= 5 and sum(x != y for x, y in zip(a, b)) == 1


@lru_cache(maxsize=4)
def _curated_people_by_family(lexicon: Lexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    """Family name -> (curated person, the sound of the given name), for two-word Latin names in
    either order."""
    found: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry in lexicon.entries:
        if entry.type is EntityType.PERSON:
            for form in entry.surface_forms:
                words = form.split()
                if len(words) == 2 and not has_cjk(form):
                    found[words[0].lower()].add((entry.name, _sound(words[1])))
                    found[words[1].lower()].add((entry.name, _sound(words[0])))
    return {family: tuple(sorted(names)) for family, names in found.items()}


def _sound(name: str) -> str:
    key = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())  # a version is no sound: keep it
    for pattern, replacement in _SOUND_RULES:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=4)
def _sounds_of_curated(lexicon: Lexicon) -> dict[str, tuple[str, EntityType]]:
    """The sound of every Latin curated name, to its entry, where only one entry sounds so."""
    owners: defaultdict[str, set[tuple[str, EntityType]]] = defaultdict(set)
    for entry in lexicon.entries:
        if entry.type in _SOUNDED:
            for form in entry.surface_forms:
                sound = _sound(form)
                if not has_cjk(form) and len(sound) >= _MIN_SOUND:
                    owners[sound].add((entry.name, entry.type))
    return {sound: next(iter(names)) for sound, names in owners.items() if len(names) == 1}


def _join_term_spelling_slips(mentions: list[Mention], keys: dict[int, str], uf: _UnionFind) -> None:
    """ "explanability" / "explainability", "generalisation" / "generalization": one-word
    concepts long enough that a letter more or less is a slip or a spelling, not another word."""
    by_letter: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in mentions:
        if m.type is EntityType.CONCEPT and m.text.isalpha() and m.text.isascii() and len(m.text) >= _SLIP_LENGTH:
            by_letter[m.text[0].lower()].add((m.text.lower(), keys[id(m)]))
    _join_similar(by_letter, _TERM_SIMILARITY, uf, lambda _, a, b: f"one-word terms {a!r} ~ {b!r}")


def _join_similar(buckets: dict[str, set[tuple[str, str]]], threshold: float, uf: _UnionFind,
                  reason: Callable[[str, str, str], str]) -> None:
    """Join the keys of every two different spellings in a bucket that are ``_similar``."""
    letters: dict[str, dict[str, int]] = {}
    for bucket, spellings in sorted(buckets.items()):
        ordered = sorted(spellings)
        for a, _ in ordered:
            if a not in letters:
                letters[a] = Counter(a)
        for i, (a, key_a) in enumerate(ordered):
            for b, key_b in ordered[i + 1:]:
                if key_a != key_b and _similar(a, b, threshold, letters[a], letters[b]):
                    uf.union(key_a, key_b, reason(bucket, a, b))


_INITIALLED = re.compile(r"((?:[A-Z]\.\s?-?){1,3})\s?([A-Z][\w'’-]+)")


def _join_initials(people: list[Mention], keys: dict[int, str], uf: _UnionFind) -> None:
    """ "E. J. Hu" of a reference list joins the one person of its document whose family name is
    Hu and whose given names start with those initials ("Edward J. Hu", "Edward Hu")."""
    initialled = [(m, match) for m in people if (match := _INITIALLED.fullmatch(m.text))]
    if not initialled:
        return
    spelt_out: defaultdict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for m in people:
        name = m.canonical or m.text  # "Hinton" of the lexicon is Geoffrey Hinton
        words = name.split()
        if 2 <= len(words) <= 4 and not has_cjk(name) and not _INITIALLED.fullmatch(name) and words[0][1:2] != ".":
            initials = "".join(word[0] for word in words[:-1]).upper()
            spelt_out[(m.doc_id, words[-1].lower())].add((initials, uf.find(keys[id(m)])))
    for m, match in initialled:
        initials = re.sub(r"[^A-Z]", "", match.group(1))
        roots = {root for spelt, root in spelt_out.get((m.doc_id, match.group(2).lower()), ())
                 if spelt.startswith(initials) or initials.startswith(spelt)}
        if len(roots) == 1:
            uf.union(roots.pop(), keys[id(m)], f"initials {match.group(1).strip()!r} of a name spelt out")


def _name_key_words(text: str) -> list[str]:
    return [name_key(word) for word in text.replace("-", " ").split() if name_key(word)]


def _join_person_names(names: list[Mention], in_documents: list[Mention], keys: dict[int, str],
                       uf: _UnionFind) -> None:
    """Join the names of one person: ``names`` holds one mention of each name, ``in_documents``
    one of each name that may be a person's in each document."""
    people = [m for m in names if m.type is EntityType.PERSON]
    pinyin = {m.text: _pinyin_keys(m.text) for m in people if has_cjk(m.text)}
    known = set(keys.values())
    # Name order and pinyin: "Zhifei Li" / "Li Zhifei" / 李志飞.
    for m in people:
        words = m.text.split()
        if len(words) == 2:
            swapped = name_key(f"{words[1]} {words[0]}")
            if swapped in known and swapped != keys[id(m)]:
                uf.union(keys[id(m)], swapped, "the same name in the other order")
        if m.text in pinyin:
            for variant in pinyin[m.text]:
                if variant in known:
                    uf.union(keys[id(m)], variant, "the Chinese name's pinyin")
    # An older romanisation of the surname ("Robin Lee" / "Robin Li", "Kaifu Lee" / "Kaifu Li").
    pinyin_of = _pinyin_of_romanisations()
    for m in people:
        words = m.text.split()
        if len(words) == 2 and not has_cjk(m.text):
            for k in (0, 1):
                candidates = {name_key(" ".join(words[:k] + [form] + words[k + 1:])) for form in pinyin_of.get(words[k], ())}
                found = (candidates & known) - {keys[id(m)]}
                if len(found) == 1:
                    uf.union(keys[id(m)], found.pop(), f"{words[k]!r} is an older spelling of the surname")
    # Spelling slips in the given name ("Jeffrey Hinton" / "Geoffrey Hinton").
    by_family: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in people:
        words = m.text.split()
        if len(words) == 2 and not has_cjk(m.text):
            for family, given in ((words[1], words[0]), (words[0], words[1])):
                by_family[family.lower()].add((given.lower(), keys[id(m)]))
    _join_similar(by_family, _GIVEN_NAME_SIMILARITY, uf,
                  lambda family, a, b: f"family name {family!r} and given names {a!r} ~ {b!r}")
    people = [m for m in in_documents if m.type is EntityType.PERSON]
    _join_initials(people, keys, uf)
    # A lone family name joins the one person of that document who carries it.
    by_doc: defaultdict[str, defaultdict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in people:
        words = m.text.split()
        if 2 <= len(words) <= 3 and not has_cjk(m.text):
            root = uf.find(keys[id(m)])
            for word in (words[0], words[-1]):
                by_doc[m.doc_id][word.lower()].add(root)
    for m in in_documents:
        if m.type not in (EntityType.PERSON, None) or " " in m.text or has_cjk(m.text) or m.canonical:
            continue
        roots = by_doc[m.doc_id].get(m.text.lower().removesuffix("'s").removesuffix("’s"), set())
        if len(roots) == 1:
            uf.union(next(iter(roots)), keys[id(m)], f"family name alone in {m.doc_id}")
    # A Chinese given name alone ("开复", "小川" after 李开复, 王小川): the one person of the
    # document whose full name ends in it, as Chinese writers call people they know.
    by_given: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for m in people:
        if len(m.text) == 3 and has_cjk(m.text):
            by_given[(m.doc_id, m.text[1:])].add(uf.find(keys[id(m)]))
    for m in people:
        if len(m.text) == 2 and has_cjk(m.text) and m.canonical is None:
            roots = by_given.get((m.doc_id, m.text), set())
            if len(roots) == 1:
                uf.union(next(iter(roots)), keys[id(m)], f"given name alone in {m.doc_id}")


@lru_cache(maxsize=1)
def _pinyin_of_romanisations() -> dict[str, tuple[str, ...]]:
    """Older romanisations of Chinese surnames -> their pinyin: "Lee" -> ("Li",), "Chang" -> ("Zhang",)."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for forms in chinese_surnames().values():
        for form in forms[1:]:
            if form != forms[0] and not is_pinyin_word(form, 1):  # "Lei" is also the pinyin of 雷
                found[form].add(forms[0])
    return {form: tuple(sorted(pinyin)) for form, pinyin in found.items()}


def _similar(a: str, b: str, threshold: float, letters_a: dict[str, int], letters_b: dict[str, int]) -> bool:
    """Whether SequenceMatcher's ratio of two names reaches ``threshold``; ``letters_a`` and
    ``letters_b`` count the letters of each.

    Its real_quick_ratio (the lengths alone) and quick_ratio (the letters in common, counted
    from ``letters_*`` instead of by a matcher for each pair) bound the ratio from above, and
    most pairs of names already fail them. Both are computed as difflib computes them.
    """
    length = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / length < threshold:
        return False
    common = sum(min(count, letters_b.get(letter, 0)) for letter, count in letters_a.items())
    return 2.0 * common / length >= threshold and difflib.SequenceMatcher(None, a, b).ratio() >= threshold


def _pinyin_keys(chinese_name: str) -> list[str]:
    """Keys of a Chinese person name in pinyin, in both orders: 李志飞 -> lizhifei, zhifeili."""
    from pypinyin import lazy_pinyin

    name = chinese_name.strip()
    surnames = chinese_surnames()
    split = 2 if name[:2] in surnames else 1
    family = "".join(lazy_pinyin(name[:split]))
    given = "".join(lazy_pinyin(name[split:]))
    if not given.isascii() or not family.isascii():
        return []
    return [family + given, given + family]


def _entities(mentions: list[Mention], form_of: list[int], names: list[Mention], counts: list[int],
              keys: dict[int, str], uf: _UnionFind, entries: dict[str, LexiconEntry]) -> Resolution:
    root_of = [uf.find(keys[id(m)]) for m in names]
    groups: defaultdict[str, list[Mention]] = defaultdict(list)
    for m, i in zip(mentions, form_of):
        groups[root_of[i]].append(m)
    names_of: defaultdict[str, list[int]] = defaultdict(list)  # the names of each group, by number
    for i, root in enumerate(root_of):
        names_of[root].append(i)
    # Lexicon entries reached through a group (an alias may join it without being mentioned).
    lexicon_of: dict[str, str] = {}
    for key in sorted(uf.parent):
        if key.startswith("lexicon:"):
            lexicon_of.setdefault(uf.find(key), key.removeprefix("lexicon:"))
    surface = _surface_of_keys(names, counts, keys)
    joins_of: defaultdict[str, set[Merge]] = defaultdict(set)
    for a, b, reason in uf.joins:
        joins_of[uf.find(a)].add(Merge(_display(a, surface), _display(b, surface), reason))
    entities: list[Entity] = []
    entity_of: dict[tuple[str, int, int], str] = {}
    used_iris: set[str] = set()
    for root, group in sorted(groups.items()):
        entry = entries.get(lexicon_of.get(root, ""))
        entity_type, evidence = _type(group, entry)
        spellings = [names[i] for i in names_of[root]]
        if entry is None and not _enough(spellings, len(group), entity_type, evidence):
            continue
        name = entry.name if entry else _best_name(spellings, [counts[i] for i in names_of[root]], entity_type)
        labels = sorted({name, *(m.text.strip() for m in spellings),
                         *(_without_maker(m) for m in spellings if _has_maker(m)),
                         *(entry.surface_forms if entry else ())}, key=lambda s: (s != name, s.casefold(), s))
        labels = [label for label in labels if label == name or not _same_label(label, name, labels)]
        iri = mint("entity", name)
        if iri in used_iris:
            iri = mint("entity", f"{name} {entity_type.value if entity_type else 'thing'}")
        used_iris.add(iri)
        docs = tuple(sorted({m.doc_id for m in group}))
        merges = tuple(sorted((m for m in joins_of[root] if m.name != m.other), key=lambda m: (m.name, m.other, m.reason)))
        entities.append(Entity(iri, name, entity_type, tuple(labels), docs, len(group),
                               source=entry.source if entry else None, merges=merges,
                               passes=tuple(sorted({m.pass_name for m in group}))))
        for m in group:
            entity_of[(m.doc_id, m.start, m.end)] = iri
    merges = tuple(m for e in sorted(entities, key=lambda e: e.iri) for m in e.merges)
    return Resolution(tuple(sorted(entities, key=lambda e: e.iri)), entity_of, merges)


def _has_maker(mention: Mention) -> bool:
    return mention.same_as is not None and not mention.same_as.startswith(("acronym:", EXPANDED, GLOSS)) \
        and " " in mention.text.strip()


def _without_maker(mention: Mention) -> str:
    """ "TPUv6" of "Google TPUv6": the product's name without its maker's is a name of it too."""
    return mention.text.strip().split(" ", 1)[1]


def _surface_of_keys(names: list[Mention], counts: list[int], keys: dict[int, str]) -> dict[str, str]:
    """The most frequent spelling of each key, to write merges with names, not keys; ``counts``
    says how many mentions each of the ``names`` stands for."""
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for m, count in zip(names, counts):
        spellings[keys[id(m)]][m.text.strip()] += count
        if _has_maker(m):
            spellings[m.same_as][_without_maker(m)] += count  # "Nvidia A100" without its maker
    return {key: max(c, key=lambda s: (c[s], s)) for key, c in spellings.items()}


def _display(key: str, surface: dict[str, str]) -> str:
    if key.startswith("lexicon:"):
        return key.removeprefix("lexicon:")
    if key.startswith("acronym:"):
        return key.removeprefix("acronym:").split("=", 1)[0]
    if key.startswith(GLOSS):
        key = key.removeprefix(GLOSS)
    return surface.get(key, key)


def _same_label(label: str, name: str, labels: list[str]) -> bool:
    """Drop a label that differs from an earlier one only by case ("Deep Learning" / "deep learning")."""
    first = next(x for x in labels if x.casefold() == label.casefold())
    return first != label


def _type(group: list[Mention], entry: LexiconEntry | None) -> tuple[EntityType | None, float]:
    votes: Counter[EntityType] = Counter()
    for m in group:
        if m.type is not None:
            votes[m.type] += m.weight
    if entry is not None:
        return entry.type, votes[entry.type] + 3.0
    if not votes:
        return None, 0.0
    best = max(sorted(votes, key=lambda t: t.value), key=lambda t: votes[t])
    return best, votes[best]


def _enough(spellings: list[Mention], mentions: int, entity_type: EntityType | None, evidence: float) -> bool:
    """Whether a group of ``mentions`` with these distinct ``spellings`` (one mention of each
    name) is a thing of its own."""
    if any(m.same_as for m in spellings):
        return True
    if entity_type is None:
        return False
    if entity_type is EntityType.PERSON and all(m.text.strip() in romanised_surnames() for m in spellings):
        return False  # "Li" alone, never joined to a full name: nobody in particular
    return evidence >= _MIN_EVIDENCE or mentions >= 2


def _best_name(spellings: list[Mention], mentions: list[int], entity_type: EntityType | None = None) -> str:
    """The form the corpus uses most; an expansion rather than its acronym; a person's full
    name rather than the family name the text goes on with ("Yi Ma", not "Ma") or its initials
    ("Tim Dettmers", not "T. Dettmers"); then the longest.
    ``mentions`` says how many mentions each of the distinct ``spellings`` stands for."""
    counts: Counter[str] = Counter()
    for m, count in zip(spellings, mentions):
        counts[m.text.strip()] += count
    expansions = {m.text.strip() for m in spellings if m.same_as and m.same_as.endswith("=" + m.text)}
    full = entity_type is EntityType.PERSON
    return max(counts, key=lambda s: (s in expansions, full and " " in s and not _INITIALLED.fullmatch(s), counts[s],
                                      len(s), s))
