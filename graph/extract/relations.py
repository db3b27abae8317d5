"""Typed relations from patterns in English and Chinese, each with the sentence that states it.

The patterns of relation_patterns.py read the words between two mentions of one sentence.
Around them, this pass finds what a pattern alone cannot: pronouns and "the former"/"the
latter", clauses that share the subject of their sentence, appositions of a biography, the
résumé lines of a Chinese profile, makers named inside a product's name. Conjuncts share a
relation: in "Altman and Musk raised concerns about AI" both criticised it; in "X founded Y
with A and B" all three founded Y. Whether a relation fits the types of its ends is checked
after resolution, when the types are known from all the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import LexiconEntry
from ..model import Mention, RelationMention, Sentence
from ..vocab import SIGNATURES, EntityType, RelationType, admits
from . import cues
from .base import PassContext, Resources, register_pass
from .relation_patterns import ARTEFACTS, KIND_NAME, LEARNER, PATTERNS, ROLE, Pattern
from .text import has_cjk, name_key

PASS = "relations"
R = RelationType
_MAX_GAP = 90
# Most pairs of mentions match no pattern: one pass of the union rules them out in C.
_ANY_BETWEEN = re.compile("|".join(f"(?:{p.between.pattern})" for p in PATTERNS), re.IGNORECASE)
# "A and B compete", but not "A and B compete with C" (_COMPETE_CUE reads that).
_RIVALRY_AFTER = re.compile(r"^\s*(?:compet(?:e|es|ing)\b(?!\s+(?:with|against))|are\s+(?:fierce\s+|direct\s+)?"
                            r"(?:rivals|competitors)|rival each other|"
                            r"(?:是|互为)?(?:直接的?)?(?:竞争|竞品|对手)|对标|打擂|争夺|(?:之间)?的(?:竞争|竞赛|对决|较量|之争)|之争|"
                            r"之间(?:竞争|较量|对决))", re.I)
_COMPETE_CUE = re.compile(r"\b(?:compet(?:e|es|ing|ed)\s+(?:with|against)|struggle[sd]?\s+to\s+compete\s+with|"
                          r"(?:catch(?:es|ing)?|caught)\s+up\s+with|(?:is\s+|are\s+|was\s+)?benchmarked\s+against)\b", re.I)
_HEAD_NOUNS = frozenset(cues.TYPE_NOUNS) | cues.MODEL_WORDS | {"theories", "architectures"}
_ASIDE = re.compile(r"[（(][^（）()]{1,40}[)）]")
_LEADING_ASIDE = re.compile(r"^\s*\([^()]{1,40}\)")
# "Constitutional AI / RLAIF": a slash between names lists them too
_CONJUNCTION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s/\s|、|和|与|及)\s*$", re.I)


_MAX_APPOSITION = 90
# "Mensch, together with Lample and Lacroix, founded Mistral AI": the partners are read by _cofounders.
_APPOSITION = re.compile(r"^\s*,\s*(?:a|an|the|who|which|whose|formerly|previously|founded|backed|based|"
                         r"headquartered|led|together\s+with|along\s+with|alongside)\b[^,;]{1,80},\s*", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b|(?<![其吉])[他她](?![们人])", re.IGNORECASE)
# "developed by his team": the team's work is its leader's.
# "the startup he founded", "after she left"; "导师是Ruslan Salakhutdinov，他当时在CMU任教"
_LED_BEFORE = re.compile(r"\b(?:led|co-led|joined|backed|funded)\s+$", re.IGNORECASE)
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:after|before|when|while|since|until|where|startup|company|lab|firm|venture|fund)\s+"
                                  r"(?:he|she)$|[，,]\s*[他她]$", re.IGNORECASE)
_HIS_TEAM = re.compile(r"\b(?:his|her)\s+(?:own\s+|research\s+)?(?:team|lab|laboratory|group|students)\b", re.IGNORECASE)
# "his CRATE architecture", "her paper “…”": what a person's own theory or writing is called.
_HIS_OWN = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+)?"
                      r"(?:(?:paper|book|essay|article|talk|lecture|thesis)\s*,?\s*[“\"‘]?\s*)?$", re.IGNORECASE)
_OWN_HEAD = re.compile(r"^\s*[”\"’]|^\s+(?:theory|architecture|method|algorithm|framework|hypothesis|conjecture|"
                       r"principle|theorem|law|paradigm|paper|book|essay)\b", re.IGNORECASE)
# "Their Yi-34B got some heat": "their" before a name is the company's, in this genre.
_POSSESSIVE_ORG = re.compile(r"\b(?:its|the company's|the company’s)\b|"
                             r"\btheir(?=\s+(?:(?:own|new|latest|flagship|open|first)\s+)*(?-i:[A-Z]))|"
                             r"其(?=(?:联合)?创始人|CEO|首席|总裁|董事长)", re.IGNORECASE)
# "It raised $1 billion", "它随后发布了…": "it" before what companies do is the company
_THE_COMPANY = re.compile(r"\b[Tt]he company\b(?!['’])|该公司|这家公司|"
                          # "Lena Hoffmann and Tomás Ibarra started it in 2021"
                          r"\b(?:co-?founded|founded|started|set up|established|invested\s+in|backed|funded|acquired|bought)\s+"
                          r"(?P<object>it|them)\b(?!['’])|"
                          # "It was founded in 2023 by Arthur Mensch", "it's funded entirely by High-Flyer"
                          r"\b[Ii]t(?=(?:'s|’s|\s+is|\s+was|\s+has\s+been)\s+(?:(?:entirely|largely|mostly|also|first|originally)\s+)?"
                          r"(?:funded|backed|financed|founded|co-founded|started|set\s+up|established)\b)|"
                          r"\b[Ii]t(?=\s+(?:(?:also|later|then|recently|has|had|just|quickly)\s+)*(?:released|launched|raised|"
                          r"acquired|open-sourced|unveiled|introduced|announced|hired|invested|backed|shipped|debuted)\b)|"
                          r"它(?=(?:也|还|随后|近日|今年|此前)?(?:发布|推出|开源|完成|获得|融资|收购|投资))")
_COMPANY_WORD = re.compile(r"(?i:the company)|该公司|这家公司|(?i:it)\b|它")
_ACADEMIC = re.compile(r"(?i:\b(?:university|college|school|institute|academy|lab|laboratory)\b)|大学|学院|研究院|研究所|实验室")
_THE_MODEL = re.compile(r"\b[Tt](?:he|his) model\b(?!['’])|该模型|这款模型|这个模型|"
                        # "… surprised everyone: it is based on DeepSeek-V3": "it" before what a model is
                        # made from or whom it rivals
                        r"\b[Ii]t(?=\s+(?:is|was)\s+(?:also\s+)?(?:based|built)\s+on\b|\s+builds\s+on\b|"
                        r"\s+(?:is|was)\s+(?:a\s+)?(?:fine-?tuned|distilled)\b|"
                        r"\s+(?:competes|rivals|outperforms|beats|surpasses)\b|"
                        # "Mistral 7B was small, but it used grouped-query attention"
                        r"\s+(?:uses|used|adopts|adopted|employs|employed)\b)")
_EN_PARTICIPLE = re.compile(r",\s*(?:and\s+)?(?:[a-z]+ly\s+)?(?=(?:proposing|developing|founding|co-founding|launching|releasing|"
                            r"criticizing|criticising|investing|joining|announcing|surpassing|outperforming|beating|"
                            r"rivaling|rivalling|trailing)\b)()|"
                            # "…turned to open source, successively released Kimi k1.5" (先后发布了, as translated)
                            r",\s*(?:successively|subsequently|then|later|also|soon|and\s+then)\s+(?=(?:released|launched|"
                            r"open-sourced|introduced|unveiled|proposed|founded|co-founded|developed|trained)\b)()|"
                            # "…, afterwards in Carnegie Mellon University read doctor" (然后在…读博, as translated)
                            r",\s*(?:afterwards|later|then|subsequently)\s+(?=(?:in|at)\s+[A-Z])()")
# "Sutskever co-founded OpenAI and later left to start SSI": a second verb of the same subject.
_EN_COORDINATION = re.compile(r"\s(?:and|but)\s+(?:later\s+|then\s+|also\s+|subsequently\s+|eventually\s+|"
                              r"in\s+\d{4}\s+)?(?=(?:co-?founded|founded|launched|released|developed|built|trained|"
                              r"open-sourced|joined|left|quit|criticized|criticised|invested|proposed|introduced|"
                              r"acquired)\b)()|"
                              # "… left DeepMind and, together with A and B, founded Y": before the partners
                              r"\s(?:and|but)\s*()(?=,\s*(?:together|along)\s+with\s+[^,;]{1,80},\s*(?:co-?founded|founded|"
                              r"started|launched|built|created)\b)")
# "Sogou founder Wang Xiaochuan …": an organisation before a role names the person's employer,
# and the person is the subject.
_ROLE_BETWEEN = re.compile(r"^\s*(?:'s|’s)?\s*(?:former\s+|then\s+)?(?:co-?founder|founder|" + ROLE + r")\s*,?\s*$",
                           re.IGNORECASE)
# The connective ("并", "随后") stays before the clause's subject, so the clause reads as a sentence would.
_ZH_VERB_CLAUSE = re.compile(r"(?:[,，;；]|(?<=[\u4e00-\u9fffA-Za-z0-9])(?:之后|以后|后))\s*(?:并且?|还|也|随后|同时|又|后来?)?()"
                             r"(?=(?:在[^，。,;；]{0,20}?)?(?:正式|已)?(?:发布|推出|"
                             r"开发|研发|开源|训练|投资|收购|创立|创办|提出|超越|超过|击败|采用|基于|加入|毕业于|参与)|"
                             r"(?:曾经?|先后|现|目前)?(?:在|于)[^，。,;；]{1,20}?(?:工作|任职|担任|任教|就职|读博|读研|读书|"
                             r"求学|留学|攻读)|(?:曾经?|先后|现|目前)(?:加入|担任|任职于|就职于|毕业于|任)|"
                             r"(?:联合)?创始人|(?:CEO|首席执行官|董事长|总裁|首席科学家|首席技术官)(?=[\u4e00-\u9fff]{2,4})|"
                             # "阶跃星辰成立于2023年，总部位于上海，由前微软全球副总裁姜大昕创立"
                             r"由[^，。；,;]{1,30}?(?:创立|创办|创建|开发|研发|提出|发布|推出|领投))")
_ANTECEDENT_WINDOW = 3
# "his theory" reaches further back than "he": no other person may have been named since, and
# a blog keeps its protagonist for a paragraph.
_OWNER_WINDOW = 8


@dataclass(frozen=True)
class _Slot:
    """A place in a sentence that names an entity: a mention, or a pronoun standing for one."""

    start: int
    end: int
    mention: Mention

    @property
    def type(self) -> EntityType | None:
        return self.mention.type

    @property
    def pronoun(self) -> bool:
        return (self.start, self.end) != (self.mention.start, self.mention.end)


_Add = Callable[[_Slot, RelationType, _Slot, float], None]


@register_pass(PASS)
def relation_mentions(ctx: PassContext) -> Iterator[RelationMention | Mention]:
    views = [_without_links(s) for s in ctx.sentences]
    for found in _read(ctx, views):
        if isinstance(found, RelationMention) and found.sentence is views[found.sentence.index] and \
                found.sentence is not ctx.sentences[found.sentence.index]:
            found = replace(found, sentence=ctx.sentences[found.sentence.index])  # evidence as the text has it
        yield found


def _without_links(sentence: Sentence) -> Sentence:
    """The sentence with Markdown's link syntax blanked out, at the same offsets: "chief executive
    of [Mistral AI](https://mistral.ai)" reads as "chief executive of  Mistral AI"; an image is no text."""
    if "](" not in sentence.text:
        return sentence
    return replace(sentence, text=_LINK.sub(_blank_link, sentence.text))


_LINK = re.compile(r"(!?)\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*\)")


def _blank_link(link: re.Match[str]) -> str:
    if link.group(1):
        return " " * len(link.group())
    return " " + link.group(2) + " " * (len(link.group()) - len(link.group(2)) - 1)


def _one_per_span(mentions: Iterable[Mention]) -> list[Mention]:
    """A span that later passes typed again ("Tiger Global" of a list of firms) is one place in
    its sentence: its typed mention of most weight."""
    best: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        held = best.get((m.start, m.end))
        if held is None or (m.type is not None, m.weight) > (held.type is not None, held.weight):
            best[(m.start, m.end)] = m
    return list(best.values())


def _read(ctx: PassContext, sentences: list[Sentence]) -> Iterator[RelationMention | Mention]:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in _one_per_span(ctx.mentions):
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in _makers_in_names(ctx.mentions, _curated_organisations(ctx.resources)) + \
            _parents_in_names(ctx.mentions, ctx.resources.curated):
        by_sentence[mention.sentence].append(mention)
        yield mention
    last: dict[EntityType, tuple[int, Mention]] = {}
    pair: tuple[Mention, Mention] | None = None
    people = {m.start: m for m in ctx.mentions if m.type is EntityType.PERSON}
    models_before: list[Mention] = []
    affiliations: dict[str, RelationMention] = {}  # a person's organisation: the first founded, else the first employer
    founded: Mention | None = None  # the last company the document said was founded
    funded: dict[int, list[RelationMention]] = {}  # investments read, by sentence
    listed_before: set[Mention] = set()  # organisations the sentence before lists together
    section: Mention | None = None  # what the heading above names, when it names one thing only
    for sentence in sentences:
        mentions = sorted(by_sentence.get(sentence.index, []), key=lambda m: (m.start, -m.end))
        models = [m for m in mentions if m.type is EntityType.MODEL]
        previous = sentences[sentence.index - 1] if sentence.index else None
        yield from _versions(ctx.doc.text, sentence, previous, models, models_before)
        models_before = models
        slots = [_Slot(m.start, m.end, m) for m in mentions]
        recent = {t: m for t, (index, m) in last.items() if sentence.index - index <= _ANTECEDENT_WINDOW}
        topic = founded if founded is not None and sentence.index - founded.sentence <= _COMPANY_WINDOW else None
        slots = sorted(slots + _pronouns(sentence, slots, recent, topic) + _former_latter(sentence, slots, pair)
                       + _first_person(ctx.doc.text, sentence, people, affiliations), key=lambda s: (s.start, -s.end))
        pair = _last_pair(sentence, mentions) or pair
        # "月之暗面（Moonshot AI）。2023年由杨植麟创立": a sentence that is one name opens a section too
        named = _section_subject(sentence, mentions)
        if sentence.heading or named is not None:
            section = named
        elif section is not None and (item := _section_item(sentence, slots, section)) is not None:
            yield item
        elif section is not None and not (slots and slots[0].start - sentence.start <= 1):
            slots.insert(0, _Slot(sentence.start, sentence.start, section))
        slots = sorted(slots + _zero_subjects(sentence, slots), key=lambda s: (s.start, -s.end))
        if len(slots) >= 2:
            for found in _sentence_relations(sentence, slots):
                if isinstance(found, RelationMention):
                    _affiliate(found, affiliations)
                    if found.relation is R.FOUNDED and found.tail.sentence == sentence.index:
                        founded = found.tail
                    elif found.relation is R.INVESTED_IN:
                        funded.setdefault(sentence.index, []).append(found)
                yield found
        yield from _resume_entries(sentence, slots, recent.get(EntityType.PERSON))
        company = _funded_before(funded.get(sentence.index - 1, []), recent.get(EntityType.ORGANIZATION),
                                 listed_before)
        if company is not None and previous is not None and company.sentence == previous.index:
            # "…宣布完成新一轮融资，由A领投，B跟投": who this sentence says funded whom is no investor of the one before
            # (nor is a name inside one it names: 智谱 of 北京智谱华章科技股份有限公司)
            read = [m.text for r in funded.get(sentence.index, []) for m in (r.head, r.tail)]
            yield from _investors_alone(ctx.doc.text, sentence, previous,
                                        [s for s in slots if not any(s.mention.text in name for name in read)], company)
        owner = last.get(EntityType.PERSON)
        yield from _possessive_pronouns(sentence, slots, owner[1] if owner and
                                        sentence.index - owner[0] <= _OWNER_WINDOW else None)
        # The first of a kind in a sentence is most often its subject, and what a pronoun after
        # it stands for ("Ma criticized Ilya … . He asserted …" is about Ma).
        for m in reversed(mentions):
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL):
                last[m.type] = (sentence.index, m)
        listed_before = _listed_organisations(sentence, mentions)
    yield from _eponyms(ctx.mentions, sentences)


def _eponyms(mentions: tuple[Mention, ...], sentences: list[Sentence]) -> Iterator[RelationMention | Mention]:
    """ "Solomonoff induction", "Kolmogorov complexity", "Shannon's entropy": an idea named after a
    person the document names proposed it; the surname in the idea's name stands for the person."""
    surnames = {m.text.rsplit(" ", 1)[-1] for m in mentions
                if m.type is EntityType.PERSON and not has_cjk(m.text) and m.text[:1].isupper()}
    for m in mentions:
        if m.type is not EntityType.CONCEPT or " " not in m.text:
            continue
        first = _EPONYM.match(m.text)
        if first is None or first.group(1) not in surnames:
            continue
        person = Mention(m.doc_id, m.start, m.start + len(first.group(1)), first.group(1), EntityType.PERSON, PASS,
                         m.sentence, 1.0)
        yield person
        yield RelationMention(person, R.PROPOSED, m, sentences[m.sentence], PASS, 0.6)


_EPONYM = re.compile(r"((?-i:[A-Z])[\w\u00c0-\u024f-]+?)(?:['’]s)?\s")


# How far back a company just founded stays what "the company" means: a profile goes on about
# the company its subject founded, not the lab the founders came from.
_COMPANY_WINDOW = 5


def _affiliate(found: RelationMention, affiliations: dict[str, RelationMention]) -> None:
    """Keep a person's organisation for "we" in the person's lines: what the person founded is
    more theirs than where they once worked."""
    if found.relation not in (R.FOUNDED, R.WORKS_FOR) or found.head.type is not EntityType.PERSON or \
            found.tail.type is not EntityType.ORGANIZATION:
        return
    person = name_key(found.head.text)
    known = affiliations.get(person)
    if known is None or found.relation is R.FOUNDED and known.relation is not R.FOUNDED:
        affiliations[person] = found


def _two_sentences(text: str, first: Sentence, second: Sentence) -> Sentence:
    """The evidence of a fact two adjacent sentences state together: both of them."""
    return Sentence(second.doc_id, second.index, first.start, second.end, text[first.start:second.end], second.heading)


def _versions(text: str, sentence: Sentence, previous: Sentence | None, models: list[Mention],
              models_before: list[Mention]) -> Iterator[RelationMention]:
    """ "OpenAI's GPT series … GPT, GPT2 and GPT3", "可灵 … 快手又发布了可灵1.5": a model named as a
    family the same or the sentence before names, with a version or a size after it, is one of
    that family; the evidence holds both names."""
    families = {m.text.casefold(): m for m in models_before + models}
    for member in models:
        name = member.text.casefold()
        for length in range(len(name) - 1, 1, -1):
            family = families.get(name[:length])
            if family is not None and _VERSION_TAIL.fullmatch(name, length):
                evidence = sentence if family.sentence == sentence.index or previous is None else \
                    _two_sentences(text, previous, sentence)
                yield RelationMention(member, R.PART_OF, family, evidence, PASS, 0.7)
                break


def _funded_before(investments: list[RelationMention], company: Mention | None, listed: set[Mention]
                  ) -> Mention | None:
    """The company that investors with no object ("腾讯、阿里巴巴都参与了") put money in: the one the
    sentence before said was invested in ("红杉中国陆续投了我们"), not its first investor; else its
    company, unless it was one of a list ("users include Princeton, Stanford and Redwood Research"
    is about none of them)."""
    if investments:
        return investments[0].tail
    return None if company in listed else company


def _listed_organisations(sentence: Sentence, mentions: list[Mention]) -> set[Mention]:
    organisations = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    listed = set()
    for a, b in zip(organisations, organisations[1:]):
        if a.end <= b.start and \
                cues.BETWEEN_LIST_ITEMS.fullmatch(sentence.text, a.end - sentence.start, b.start - sentence.start):
            listed.update((a, b))
    return listed


_VERSION_TAIL = re.compile(r"[ -]?(?:v?\d{1,3}(?:\.\d{1,2})?[a-z]?|\d{1,4}(?:\.\d)?[bm])")


def _investors_alone(text: str, sentence: Sentence, previous: Sentence, slots: list[_Slot], company: Mention
                     ) -> Iterator[RelationMention | Mention]:
    """ "… in a round led by Disruptive. BlackRock, Samsung and Cisco also invested.": investors
    with no object put their money in the company the sentence before was about (the evidence is
    both sentences); a name of no known type among them is a firm."""
    led = _ROUND_LED_BY.search(sentence.text)
    if led is not None and not any(s.type is EntityType.ORGANIZATION and s.end <= sentence.start + led.start()
                                   for s in slots):
        # "The Series G round was led by Fidelity and Atreides": the round of the company before
        first = next((s for s in slots if s.start >= sentence.start + led.end() and not s.pronoun), None)
        investors = _conjuncts(slots, first, sentence.text, sentence.start) if first is not None else []
        investors += _participants(sentence, slots)
    else:
        cue = _INVESTED_ALONE.search(sentence.text)
        if cue is None:
            return
        investors = [s for s in slots if s.end <= sentence.start + cue.start()]
    investors = [s for s in investors if s.type in (EntityType.ORGANIZATION, None) and s.mention is not company
                 and not s.pronoun]
    both = _two_sentences(text, previous, sentence) if investors else sentence
    for slot in investors:
        m = slot.mention
        if m.type is None:
            yield Mention(m.doc_id, m.start, m.end, m.text, EntityType.ORGANIZATION, PASS, m.sentence, 1.5)
        yield RelationMention(m, R.INVESTED_IN, company, both, PASS, 0.6)


def _participants(sentence: Sentence, slots: list[_Slot]) -> list[_Slot]:
    """ "…, with participation from Tiger Global, Valor and 1789 Capital", "红杉中国、美团等跟投", "and
    Tencent came in later": the other investors of a round."""
    cue = _PARTICIPATION.search(sentence.text)
    if cue is None:
        follow = _FOLLOWERS.search(sentence.text)
        last = next((s for s in reversed(slots) if s.end <= sentence.start + follow.start() and not s.pronoun), None) \
            if follow is not None else None
        if last is None or sentence.text[last.end - sentence.start:follow.start()].strip():
            return []
        return _conjuncts(slots, last, sentence.text, sentence.start, any_type=True)
    first = next((s for s in slots if s.start >= sentence.start + cue.end() and not s.pronoun), None)
    if first is None or first.start > sentence.start + cue.end() + 1:
        return []
    return _conjuncts(slots, first, sentence.text, sentence.start)


def _triggered(sentence: Sentence, slots: list[_Slot], found: dict[object, RelationMention], add: _Add) -> None:
    """A word of a relation right beside one of two names of the right kinds, close together with
    nothing named between them, where no pattern read the pair."""
    text = sentence.text
    paired = {frozenset((id(r.head), id(r.tail))) for r in found.values()}
    typed = [s for s in slots if s.type is not None and not s.pronoun]
    for i, first in enumerate(typed):
        for j in range(i + 1, len(typed)):
            second = typed[j]
            if second.start < first.end:
                continue
            if second.start - first.end > _TRIGGER_GAP or any(first.end <= s.start and s.end <= second.start
                                                             for s in typed[i + 1:j]):
                break  # the names further on are further away, or have this one between
            between = text[first.end - sentence.start:second.start - sentence.start]
            if frozenset((id(first.mention), id(second.mention))) in paired or _CLAUSE_BREAK.search(between) or \
                    has_cjk(between) and len(between) > _TRIGGER_GAP_ZH:
                continue
            for relation, trigger, reverse in _TRIGGERS:
                if not trigger.search(between):
                    continue
                passive = reverse is not None and reverse.search(between)
                head, tail = (second, first) if passive else (first, second)
                if not admits(relation, head.type, tail.type):  # type: ignore[arg-type]
                    head, tail = tail, head
                # what is made beside a word of making is a model or a product, not an idea
                if admits(relation, head.type, tail.type) and (relation is not R.DEVELOPED or tail.type in ARTEFACTS) \
                        and (relation is not R.EDUCATED_AT or _ACADEMIC.search(tail.mention.text)):  # type: ignore[arg-type]
                    add(head, relation, tail, 0.45)
                    break


_TRIGGER_GAP = 30
_TRIGGER_GAP_ZH = 12
_CLAUSE_BREAK = re.compile(r"[;；。!?！？,，]|\b(?:but|while|whereas|although|though|unlike|and|or)\b|但|而|不过|和|与")
_PASSIVE = re.compile(r"\b(?:by|from)\b|由|被", re.IGNORECASE)
# A relation's words within two words of one of the names: "Kestrel-2 was quietly released by …".
_TRIGGERS: tuple[tuple[RelationType, re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (relation, re.compile(r"^\W*(?:\w+\s+){0,2}?(?:" + words + r")|(?:" + words + r")\W*(?:\w+\s*){0,2}?$", re.IGNORECASE),
     reverse) for relation, words, reverse in (
        (R.FOUNDED, r"\b(?:co-?)?found(?:ed|er|ers)\b|\bcofound\w*|创立|创办|创始人", _PASSIVE),
        (R.DEVELOPED, r"\b(?:released|launched|developed|built|trained|unveiled|open-sourced|shipped)\b|推出|发布|开源|研发|开发",
         _PASSIVE),
        (R.WORKS_FOR, r"\b(?:" + ROLE + r"|joined|hired)\b|加入|加盟|首席|教授|研究员|科学家|工程师|总裁", _PASSIVE),
        (R.INVESTED_IN, r"\b(?:invested|backed|funded)\b|领投|跟投|投资",
         re.compile(r"\b(?:backed|funded|invested)\s+by\b|由", re.IGNORECASE)),
        (R.BASED_ON, r"\b(?:based\s+on|built\s+on|fine-?tuned\s+from|distilled\s+from)\b|基于", None),
        (R.COMPETES_WITH, r"\b(?:rivals?|competes|competing|versus|vs)\b|竞争|对手", None),
        (R.CRITICIZED, r"\b(?:criticized|criticised|criticizes|slammed|dismissed)\b|批评|质疑", None),
    ))


def _co_investors(sentence: Sentence, slots: list[_Slot], found: dict[object, RelationMention], add: _Add) -> None:
    """ "X raised $1 billion in a round led by A, with participation from B and C": B and C invested too,
    in the company named last before them ("月之暗面…红杉中国等跟投；MiniMax…": not in MiniMax)."""
    investors = _participants(sentence, slots)
    if not investors:
        return
    by_mention = {id(s.mention): s for s in slots if not s.pronoun}
    companies = [by_mention[id(r.tail)] for r in found.values()
                 if r.relation is R.INVESTED_IN and id(r.tail) in by_mention]
    if not companies:
        return
    first = min(i.start for i in investors)
    before = [c for c in companies if c.start < first]
    company = max(before, key=lambda c: c.start) if before else min(companies, key=lambda c: c.start)
    confidence = max(r.confidence for r in found.values() if r.relation is R.INVESTED_IN and r.tail is company.mention)
    for investor in investors:
        if investor.mention is not company.mention:
            add(investor, R.INVESTED_IN, company, confidence * 0.9)


# What stands between a list of makers and the list of what they made, item for item.
_RESPECTIVELY = re.compile(r"分别|各自|以|推出|发布|released|launched|built|developed|respectively|with their|with its", re.I)


def _respective_makers(sentence: Sentence, slots: list[_Slot], found: dict[object, RelationMention], add: _Add) -> None:
    """ "字节跳动、阿里巴巴等大厂以豆包、通义千问为代表", "Google and Meta released Gemini and Llama":
    two lists of one length, organisations and then their models, pair item by item, and no
    company made the other's model. A link made this way also keeps the relation model from
    pairing each company with both models."""
    groups = _list_groups(slots, sentence)
    for makers, made in zip(groups, groups[1:]):
        between = sentence.text[makers[-1].end - sentence.start:made[0].start - sentence.start]
        if len(makers) == len(made) and {m.type for m in makers} == {EntityType.ORGANIZATION} and \
                {m.type for m in made} <= ARTEFACTS and _RESPECTIVELY.search(between) and not re.search(r"[;；。]", between):
            for i, maker in enumerate(makers):
                for j, artefact in enumerate(made):
                    if i != j:
                        found.pop((id(maker.mention), R.DEVELOPED, id(artefact.mention)), None)
                add(maker, R.DEVELOPED, made[i], 0.7)


def _list_groups(slots: list[_Slot], sentence: Sentence) -> list[list[_Slot]]:
    """The lists of two or more names of a sentence, in order, each a run of one kind. One scan,
    not ``_conjuncts`` per name: a line of hundreds of names stays linear."""
    groups: list[list[_Slot]] = []
    named = [s for s in slots if not s.pronoun and s.type is not None]
    for slot in named:
        last = groups[-1][-1] if groups else None
        if last is not None and last.end <= slot.start and last.type is slot.type and \
                _CONJUNCTION.match(sentence.text[last.end - sentence.start:slot.start - sentence.start].translate(_NO_EMPHASIS)):
            groups[-1].append(slot)
        elif last is None or last.end <= slot.start:
            groups.append([slot])
    return [g for g in groups if len(g) >= 2]


_PARTICIPATION = re.compile(r"\b(?:with\s+)?(?:the\s+)?participation\s+(?:from|by|of)\s+(?:the\s+)?|\bjoined\s+by\s+", re.I)
# "红杉中国、美团等跟投", "and Tencent came in later as well": investors that follow a round's lead
_ZH_FOLLOWING = r"(?:等)?(?:老股东|机构|投资方)?(?:也|均|都|继续|同样)?"  # "等老股东继续" before 跟投
_FOLLOWERS = re.compile(_ZH_FOLLOWING + r"(?:跟投|参投)|"
                        r"\s+(?:also\s+)?(?:came|comes|piled|jumped)\s+in\b(?!\s+(?:first|second|third|last)\b)")
_ROUND_LED_BY = re.compile(r"\b(?:the|this|that)\s+(?:[\w$.-]+\s+){0,4}?(?:round|financing)\s+(?:was\s+)?(?:co-)?led\s+by\s+"
                           r"(?:the\s+)?", re.IGNORECASE)
_INVESTED_ALONE = re.compile(r"\b(?:also|too|as well)?\s*(?:invested|participated|took part|joined in)"
                             r"(?:\s+in\s+the\s+(?:round|financing|deal))?(?:\s+as\s+well|\s+too)?\s*[.。!]?\s*$|"
                             # "Jeff Bezos and Nvidia are both on the cap table", "… was among the early shareholders"
                             r"\b(?:are|were|is|was)\s+(?:both\s+|all\s+|also\s+)*(?:on\s+the\s+cap\s+table|among\s+(?:the\s+|its\s+)?"
                             r"(?:early\s+|first\s+)?(?:shareholders|investors|backers))\b[^.。]*[.。!]?\s*$|"
                             r"\btook\s+(?:a|an)\s+(?:[\w-]+\s+)?stake\b(?!\s+in\s+(?!(?:January|February|March|April|May|June|July|"
                             r"August|September|October|November|December)\b)[A-Z])[^.。]*[.。!]?\s*$|"
                             # "红杉中国、小红书、美团也都在股东名单里"
                             r"(?:也|都|均)*(?:在|进入|加入了?|出现在)(?:其)?股东名单(?:里|中|上|之中)?[。.!！]?\s*$|"
                             # "腾讯投资、启明创投等老股东继续跟投"
                             + _ZH_FOLLOWING + r"(?:跟投|参投|参与(?:了)?(?:本轮)?(?:投资|融资)?)了?"
                             r"[。.!！]?\s*$")


def _curated_organisations(resources: Resources) -> dict[str, str]:
    """One-word names of curated organisations ("google", "nvidia"), each to its canonical name."""
    key = f"{PASS}:organisations"
    if key not in resources.cache:
        resources.cache[key] = {form: entry.name for entry in resources.lexicon.entries
                                if entry.type is EntityType.ORGANIZATION
                                for form in entry.surface_forms if " " not in form and not has_cjk(form)}
    return resources.cache[key]  # type: ignore[return-value]


def _parents_in_names(mentions: tuple[Mention, ...], curated: dict[str, LexiconEntry]) -> list[Mention]:
    """ "微软亚洲研究院", "腾讯投资": a Chinese unit named by its parent, a curated organisation, and
    a word for a unit, holds the parent (see _nested: it is part of it)."""
    starts = {(m.start, m.end) for m in mentions}
    found = []
    for m in mentions:
        if m.type is not EntityType.ORGANIZATION or not has_cjk(m.text) or not m.text.endswith(_UNIT_WORDS):
            continue
        for length in range(len(m.text) - 2, 1, -1):
            parent = curated.get(m.text[:length])
            if parent is not None and parent.type is EntityType.ORGANIZATION and parent.name != m.canonical:
                if (m.start, m.start + length) not in starts:
                    found.append(Mention(m.doc_id, m.start, m.start + length, m.text[:length], EntityType.ORGANIZATION,
                                         PASS, m.sentence, 1.0, parent.name))
                break
    return found


_UNIT_WORDS = ("研究院", "研究所", "实验室", "工程院", "研究中心", "事业部", "事业群", "投资", "资本", "云")


def _makers_in_names(mentions: tuple[Mention, ...], curated: dict[str, str]) -> list[Mention]:
    """ "Google TPUv6", "Apple Intelligence": a model or product whose name opens with an
    organisation (named in the document or curated) holds that organisation, which made it (see
    _nested), even where the passes kept only the longer name."""
    named = {m.text: m.canonical for m in mentions if m.type is EntityType.ORGANIZATION}
    starts = {(m.start, m.end) for m in mentions}
    found = []
    for m in mentions:
        if m.type not in ARTEFACTS or " " not in m.text:
            continue
        # Prefixes that end before a space, longest first: "Google DeepMind Gemini" → "Google DeepMind".
        prefixes = [m.text[:i] for i in range(len(m.text) - 1, 0, -1) if m.text[i] == " "]
        if not prefixes:
            continue  # the only space opens or closes the name
        maker = next((p for p in prefixes if p in named), None)
        if maker is not None:
            canonical = named[maker]
        elif prefixes[-1] in curated:
            maker, canonical = prefixes[-1], curated[prefixes[-1]]
        else:
            continue
        if (m.start, m.start + len(maker)) not in starts:
            found.append(Mention(m.doc_id, m.start, m.start + len(maker), maker, EntityType.ORGANIZATION, PASS,
                                 m.sentence, 1.0, canonical))
    return found


def _pronouns(sentence: Sentence, slots: list[_Slot], recent: dict[EntityType, Mention],
              topic: Mention | None) -> list[_Slot]:
    """ "He founded X" / "its founder X" / "其创始人X": a pronoun stands for the last person (or
    organisation) named before it, in its sentence or the few just before (the most salient
    one, in this genre); "the company" for the company just founded, if any."""
    found = []
    for pattern, wanted in ((_PRONOUN, EntityType.PERSON), (_HIS_TEAM, EntityType.PERSON),
                            (_POSSESSIVE_ORG, EntityType.ORGANIZATION),
                            (_THE_COMPANY, EntityType.ORGANIZATION), (_THE_MODEL, EntityType.MODEL)):
        for match in pattern.finditer(sentence.text):
            word = "object" if "object" in pattern.groupindex and match.group("object") else 0
            start, end = (sentence.start + at for at in match.span(word))
            # "Microsoft invested in them", "a16z led its Series A": an object, or whose round
            # another led, is not the subject before it
            funded = pattern is _POSSESSIVE_ORG and _LED_BEFORE.search(sentence.text, 0, match.start()) is not None
            before = [] if word or funded else [s.mention for s in slots if s.end <= start and s.type is wanted]
            company = _COMPANY_WORD.match(match.group(word)) is not None or bool(word)
            if company:
                # "the company" is no university, nor the owner inside "Tsinghua's NLP lab"
                before = [m for m in before if not _ACADEMIC.search(m.text) and not any(
                    s.start <= m.start and m.end < s.end for s in slots)]
            if pattern is _PRONOUN and before and not (
                    len(before) == 1 and _SUBORDINATE_PRONOUN.search(sentence.text, 0, match.end())):
                # a person of the sentence itself comes first: leave "he" to the reader, unless
                # "he" opens a clause of that person's sentence ("the startup he founded", "after he left")
                break
            antecedent = before[0] if before else topic if company and topic is not None else recent.get(wanted)
            if antecedent is not None and not (company and _ACADEMIC.search(antecedent.text)):
                found.append(_Slot(start, end, antecedent))
    return found[:4]


# "Zhang Wei: I joined Google in 2016." A transcript line opens with its speaker's name.
_SPEAKER = re.compile(r"[ \t*#>\[\]\d:.-]*")
_SPEAKER_MARK = re.compile(r"\**\s*[:：]")
_TURN = 4000  # characters a speaker's turn may run before its line start is out of sight
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us)\b|我们(?:的)?", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?-i:\bI\b)|\b(?:me|my)\b|我(?![们国])", re.IGNORECASE)


def _first_person(text: str, sentence: Sentence, people: dict[int, Mention],
                  affiliations: dict[str, RelationMention]) -> list[_Slot]:
    """ "I", "my" and 我 in a line of a transcript stand for the speaker the line opens with;
    "we", "our" and 我们 for the organisation the document said the speaker founded or works for."""
    window = max(0, sentence.start - _TURN)
    line = text.rfind("\n", window, sentence.start) + 1
    if line == 0 and window > 0:
        return []  # no line start within a turn's length: prose, not a transcript
    lead = _SPEAKER.match(text, line, min(len(text), line + 40))
    speaker = people.get(lead.end()) if lead else None
    if speaker is None or speaker.end > sentence.end or not _SPEAKER_MARK.match(text, speaker.end):
        return []
    slots = [_Slot(sentence.start + m.start(), sentence.start + m.end(), speaker)
             for m in _FIRST_PERSON.finditer(sentence.text) if sentence.start + m.start() > speaker.end][:4]
    affiliation = affiliations.get(name_key(speaker.text))
    if affiliation is not None:
        slots += [_Slot(sentence.start + m.start(), sentence.start + m.end(), affiliation.tail)
                  for m in _FIRST_PERSON_PLURAL.finditer(sentence.text) if sentence.start + m.start() > speaker.end][:4]
    return slots


_FORMER_LATTER = re.compile(r"\b[Tt]he (former|latter)\b|(前者|后者)")
_PAIR_JOINER = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s*$|^\s*(?:和|与|及|、)\s*$")


def _last_pair(sentence: Sentence, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """The last two names of one kind joined by "and" in a sentence: what "the former" and
    "the latter" (前者, 后者) of the next one stand for."""
    text = sentence.text
    for a, b in reversed(list(zip(mentions, mentions[1:]))):
        if a.type is not None and a.type is b.type and a.end <= b.start and \
                _PAIR_JOINER.match(text[a.end - sentence.start:b.start - sentence.start]):
            return a, b
    return None


def _former_latter(sentence: Sentence, slots: list[_Slot], pair: tuple[Mention, Mention] | None) -> list[_Slot]:
    found = []
    for match in _FORMER_LATTER.finditer(sentence.text):
        start = sentence.start + match.start()
        antecedents = _last_pair(sentence, [s.mention for s in slots if s.end <= start]) or pair
        if antecedents is None:
            continue
        former = (match.group(1) or "").lower() == "former" or match.group(2) == "前者"
        which = antecedents[0] if former else antecedents[1]
        found.append(_Slot(start, sentence.start + match.end(), which))
    return found


def _possessive_pronouns(sentence: Sentence, slots: list[_Slot], recent: Mention | None) -> list[RelationMention]:
    """ "In his CRATE architecture, …", "her paper “Attention …”": a concept or a work that a
    possessive pronoun ties to a person, the first one of the sentence or else the last subject."""
    found = []
    for slot in slots:
        if slot.type not in (EntityType.CONCEPT, EntityType.WORK, None):
            continue
        local = slot.start - sentence.start
        owner = _HIS_OWN.search(sentence.text[max(0, local - 40):local])
        titled = owner and re.search(r"(?:paper|book|essay|article|talk|lecture|thesis)\s*,?\s*[“\"‘]?\s*$", owner.group(),
                                     re.IGNORECASE)
        if not owner or not (titled or _OWN_HEAD.match(sentence.text[slot.end - sentence.start:])):
            continue
        people = [s.mention for s in slots if s.end <= slot.start and s.type is EntityType.PERSON]
        person = people[0] if people else recent
        if person is not None:
            found.append(RelationMention(person, R.PROPOSED, slot.mention, sentence, PASS, 0.65))
    return found


_ZH_ROLES = "|".join(sorted(cues.ZH_ROLE_AFTER, key=lambda r: (-len(r), r)))
# "Netbase前首席科学家10年": a role at an organisation, then how long or a pause, and no name.
_RESUME_ROLE = re.compile(r"^(?:的)?(?:前|原|现)?(" + _ZH_ROLES + r")(?:\d+|[一二三四五六七八九十两]+)?(?:年|[,，。;；]|$)")
_CLAUSE_START = re.compile(r"[,，;；]\s*(?:曾任|曾担任|现任|担任|任)?$")


def _resume_entries(sentence: Sentence, slots: list[_Slot], person: Mention | None) -> list[RelationMention]:
    """ "立委博士,问问副总裁。Netbase前首席科学家10年,…": a Chinese biography drops its subject, so
    a clause that opens with an organisation and a role, in a sentence that names nobody, is a
    line of the résumé of the person named just before."""
    if person is None or not has_cjk(sentence.text) or any(s.type is EntityType.PERSON for s in slots):
        return []
    found = []
    for slot in slots:
        if slot.type is not EntityType.ORGANIZATION:
            continue
        local = slot.start - sentence.start
        role = _RESUME_ROLE.match(sentence.text[slot.end - sentence.start:])
        prefix = sentence.text[:local]
        if role and (not prefix.strip() or _CLAUSE_START.search(prefix[-8:])):
            relation = R.FOUNDED if role.group(1).endswith("创始人") else R.WORKS_FOR
            found.append(RelationMention(person, relation, slot.mention, sentence, PASS, 0.65))
    return found


_SECTION_MARKS = re.compile(r"[\s#*_>\-–—:：.。、()（）\[\]\d一二三四五六七八九十]*")
_SECTION_KINDS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL, EntityType.PRODUCT)


def _section_subject(heading: Sentence, mentions: list[Mention]) -> Mention | None:
    """ "## 3. Anthropic", "5. DeepSeek": a heading that is one name makes it the subject of the
    section's sentences that open with no name of their own ("创始人梁文锋", "由王小川创立",
    "Founded by Dario Amodei in 2021")."""
    named = [m for m in mentions if m.type in _SECTION_KINDS]
    if len({m.canonical or m.text for m in named}) != 1:  # "月之暗面（Moonshot AI）" is one name
        return None
    rest = heading.text[:named[0].start - heading.start] + heading.text[named[-1].end - heading.start:]
    return named[0] if _SECTION_MARKS.fullmatch(rest) else None


_ITEM_LABEL = re.compile(r"\**\s*[：:]")


def _section_item(sentence: Sentence, slots: list[_Slot], section: Mention) -> RelationMention | None:
    """ "DeepSeek-V2：把API价格打到地板" under "5. DeepSeek": a line of a company's section that is
    labelled with a model's name is about a model of that company."""
    if not slots:
        return None
    first = slots[0]
    if section.type is not EntityType.ORGANIZATION or first.type not in ARTEFACTS or first.pronoun or \
            not _SECTION_MARKS.fullmatch(sentence.text, 0, first.start - sentence.start) or \
            not _ITEM_LABEL.match(sentence.text, first.end - sentence.start):
        return None
    return RelationMention(section, R.DEVELOPED, first.mention, sentence, PASS, 0.6)


def _zero_subjects(sentence: Sentence, slots: list[_Slot]) -> list[_Slot]:
    """ "月之暗面由杨植麟创立,发布了Kimi", "LeCun criticized GPT, proposing his world model": a
    clause that opens with a verb (a participle, in English) shares the subject of the sentence;
    so does a role that opens one ("DeepSeek成立于2023年,创始人梁文锋…": DeepSeek's founder)."""
    actors = [s for s in slots if s.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL)]
    if not actors:
        return []
    topic = actors[0]
    if len(actors) > 1 and topic.type is EntityType.ORGANIZATION and actors[1].type is EntityType.PERSON and \
            _ROLE_BETWEEN.match(sentence.text[topic.end - sentence.start:actors[1].start - sentence.start]):
        topic = actors[1]
    found = []
    for match in (_ZH_VERB_CLAUSE if has_cjk(sentence.text) else _EN_PARTICIPLE).finditer(sentence.text):
        position = sentence.start + match.start(match.lastindex or 1)
        # "月之暗面完成融资，由阿里领投；智谱则…，投资方包括美团": a semicolon opens a new topic
        opened = sentence.start + max(sentence.text.rfind(";", 0, position - sentence.start),
                                      sentence.text.rfind("；", 0, position - sentence.start))
        subject = topic if opened < topic.start else next((a for a in actors if a.start > opened), None)
        if subject is not None and position > subject.end:
            found.append(_Slot(position, position, subject.mention))
    if not has_cjk(sentence.text):
        for match in _EN_COORDINATION.finditer(sentence.text):
            position = sentence.start + (match.start(1) if match.group(1) is not None else match.start(2))
            # The subject of "… and later left to start Y" is the last actor a verb follows.
            subjects = [a for a in actors if a.end < position and _verb_after(sentence.text[a.end - sentence.start:])]
            if subjects:
                found.append(_Slot(position, position, subjects[-1].mention))
    return found


def _verb_after(rest: str) -> bool:
    word = re.match(r"^\s+(?:[a-z]+ly\s+)?([a-z][\w-]*)", rest)
    return bool(word) and word.group(1) not in cues.FUNCTION_WORDS and word.group(1) not in _HEAD_NOUNS


def _sentence_relations(sentence: Sentence, slots: list[_Slot]) -> Iterator[RelationMention | Mention]:
    text = sentence.text
    found: dict[tuple[int, RelationType, int], RelationMention] = {}

    def add(head: _Slot, relation: RelationType, tail: _Slot, confidence: float) -> None:
        if head.mention is tail.mention or (head.start, head.end) == (tail.start, tail.end):
            return
        key = (id(head.mention), relation, id(tail.mention))
        if key not in found:
            found[key] = RelationMention(head.mention, relation, tail.mention, sentence, PASS, confidence)

    owned_by = {id(s): _possessed(s, slots, text, sentence.start) for s in slots}
    for i, first in enumerate(slots):
        for second in slots[i + 1:]:
            if second.start < first.end:
                _nested(first, second, add)
                continue
            # Quotes around a name are no part of what links it: "the platform “X”, which is based on Y".
            between = text[first.end - sentence.start:second.start - sentence.start].lstrip("”\"」》*_`").rstrip("“\"「《*_`")
            if len(between) > _MAX_GAP + _MAX_APPOSITION:
                break
            if _CLAUSE_CLOSED.match(between) and _CLAUSE_OPEN.search(text, 0, first.start - sentence.start):
                continue  # "Step-2, which is a MoE, was released by StepFun": the MoE was not
            owned = owned_by[id(second)]
            # "香农在贝尔实验室发表《…》": what stands after 在 is where, not who
            located = _LOCATIVE.search(text, max(0, first.start - sentence.start - 2), first.start - sentence.start)
            for pattern in _patterns_between(between):
                if located and pattern.forward:
                    continue
                if pattern.after and not pattern.after.search(_chinese_after(text[second.end - sentence.start:])):
                    continue
                if pattern.before and not pattern.before.search(_chinese_before(
                        text[max(0, first.start - sentence.start - _MAX_GAP):first.start - sentence.start])):
                    continue
                confidence = pattern.confidence
                if pattern.relation is R.COMPETES_WITH and confidence < 0.5:
                    if not _RIVALRY_AFTER.search(text[second.end - sentence.start:]):
                        continue
                    confidence = 0.7
                elif confidence < 0.4:
                    continue
                head, tail = (first, second) if pattern.forward else (second, first)
                if owned is not None and pattern.forward and first.type is not None and owned.type is not None \
                        and admits(pattern.relation, first.type, owned.type):
                    # "competes with OpenAI's GPT-4o": the rival is the model, not its maker; but one
                    # who works at "Huawei's Network Laboratory" works for both, and what is "built on
                    # DeepSeek-V2's MoE architecture" is built on both.
                    if SIGNATURES[pattern.relation][1] == {EntityType.ORGANIZATION} or pattern.relation is R.BASED_ON:
                        add(first, pattern.relation, owned, pattern.confidence)
                    else:
                        tail = owned
                elif owned is not None and not pattern.forward and second.type is EntityType.PERSON and \
                        owned.type is EntityType.ORGANIZATION and first.type is not None and \
                        admits(pattern.relation, owned.type, first.type):
                    head = owned  # "Grok 3 from Elon Musk's xAI": the company he owns made it
                # "a MoE model" is made on MoE, but "a video generation model" is no video generation made
                if not pattern.admits_tail(tail.type, tail.mention.text) or not pattern.admits_head(head.type, head.mention.text) or \
                        _truncated(tail, text, sentence.start) or \
                        pattern.relation is not R.BASED_ON and (_modifies_a_kind(tail, text, sentence.start) or
                                                               _hyphenated_modifier(tail, text, sentence.start)):
                    continue
                if pattern.relation in (R.FOUNDED, R.INVESTED_IN) and head.type is EntityType.ORGANIZATION and \
                        _ROLE_AFTER.match(text, head.end - sentence.start):
                    continue  # "co-founded by Stanford University professors A and B": A and B did
                # One can criticise a person and a theory in one breath; other lists hold one kind.
                mixed = pattern.relation is R.CRITICIZED
                heads = [head] if head is first and not pattern.listed else _conjuncts(slots, head, text, sentence.start)
                tails = [tail] if tail is first and not pattern.listed else \
                    _conjuncts(slots, tail, text, sentence.start, any_type=mixed)
                for h in heads:
                    for t in tails:
                        add(h, pattern.relation, t, confidence)
            _shared_subject(slots, first, second, between, add)
    _competition(sentence, slots, add)
    _triggered(sentence, slots, found, add)
    _cofounders(sentence, slots, found, add)
    _co_investors(sentence, slots, found, add)
    _respective_makers(sentence, slots, found, add)
    _citations(sentence, slots, add)
    yield from _appositions(sentence, slots, add)
    yield from _list_types(sentence, slots)
    yield from _role_types(found.values())
    yield from found.values()


_LOCATIVE = re.compile(r"(?:在|于)\s*$")
# A relative clause closed by a comma before its main verb: what it names is not the subject.
_CLAUSE_CLOSED = re.compile(r"^\s*,\s*(?:was|were|is|are|has|have|had)\b")
_CLAUSE_OPEN = re.compile(r",\s*(?:which|who|that)\b[^,]*$")


# "Yang graduated from Tsinghua and obtained a doctorate from CMU": a second verb after "and".
_AND_VERB = re.compile(r"^\s*,?\s*and\s+(?:then\s+|later\s+|also\s+)?(?P<passive>(?:was|is|were|are|has\s+been)\s+)?"
                       r"(?=[a-z]+(?:ed|ded|ted)\b|"
                       r"(?:got|won|left|joined|built|made|led|took|became|founded|holds|earned)\b)")
_SUBJECTS = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})


def _shared_subject(slots: list[_Slot], first: _Slot, second: _Slot, between: str, add: _Add) -> None:
    """A verb coordinated with an earlier one shares its subject: the nearest person or
    organisation before the first verb that can be the head of what the second verb says,
    when no other actor stands between."""
    shared = _AND_VERB.match(between)
    if shared is None or any(s.type in _SUBJECTS for s in slots if first.end <= s.start < second.start):
        return
    for pattern in _patterns_between(between[shared.end():]):
        if not pattern.forward or pattern.after is not None or pattern.before is not None or \
                not pattern.admits_tail(second.type, second.mention.text):
            continue
        if shared.group("passive") and pattern.relation not in (R.BASED_ON, R.PART_OF):
            continue  # "… and was trained with RL": the subject is what was made, not who made it
        heads = SIGNATURES[pattern.relation][0]
        subject = next((s for s in reversed(slots) if s.end <= first.start and s.type in heads), None)
        if subject is not None:
            add(subject, pattern.relation, second, pattern.confidence * 0.9)


@lru_cache(maxsize=1 << 14)  # the same few words sit between many pairs of mentions
def _patterns_between(between: str) -> tuple[Pattern, ...]:
    """The patterns, in order, that match the text between two mentions."""
    # "Zorbix, an AI startup based in Paris, launched Quillo": read past the apposition,
    # which does not count towards the gap.
    core = _APPOSITION.sub(" ", between, count=1) if between.lstrip().startswith(",") else between
    if core.startswith((" (", "(")):  # "The chairman of Keda Xunfei (iFlytek), Liu Qingfeng"
        core = _LEADING_ASIDE.sub("", core, count=1)
    if has_cjk(between):
        core = _plain_chinese(core)
    if len(core) > _MAX_GAP or not (_ANY_BETWEEN.match(between) or core != between and _ANY_BETWEEN.match(core)):
        return ()
    return tuple(pattern for pattern in PATTERNS
                 if pattern.between.match(between) or core != between and pattern.between.match(core))


# Spaces that set Latin names apart from Chinese ("Noam Shazeer 和 Daniel De Freitas 一起创办了"),
# dates ("在2024年12月") and the adverbs that open a predicate ("则", "又", "此前曾", "一起") say
# nothing of the relation: the patterns read the clause without them.
_CJK_SPACE = re.compile(r"\s+(?=[\u4e00-\u9fff，。、；：（）])|(?<=[\u4e00-\u9fff，。、；：（）])\s+")
# "杨立昆（Yann LeCun）公开批评Sora": a name's gloss in brackets, read past like an apposition.
_ZH_ASIDE = re.compile(r"（[^（）]{1,40}）|\((?=[^()]*[A-Za-z\u4e00-\u9fff])[^()]{1,40}\)(?=[\u4e00-\u9fff])")
_ZH_DATE = re.compile(r"(?:在|于)?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?")
_ZH_ADVERBS = re.compile(r"^(?:则|又|也|同样|此前|之前|曾经|曾|后来|随后|随即|随之|还|已经|已|近日|日前|正式|再次|就是|一起|共同|均|都|"
                         r"一直|长期|多次|屡次|始终|公开|陆续|先后|纷纷|却|坚决|明确)+"
                         r"(?=[\u4e00-\u9fff])")


def _chinese_after(text: str) -> str:
    """ " 创立": the space before a Chinese word after a Latin name is no part of the clause, nor
    is a gloss in brackets ("Arthur Mensch（前 DeepMind）、Guillaume Lample … 创立")."""
    stripped = text.lstrip()
    if not has_cjk(stripped[:1]) and not stripped.startswith("（"):
        return text
    return _CJK_SPACE.sub("", _ZH_ASIDE.sub("", stripped))


def _chinese_before(text: str) -> str:
    stripped = text.rstrip()
    return stripped if has_cjk(stripped[-1:]) else text


def _plain_chinese(between: str) -> str:
    plain = _ZH_DATE.sub("", _CJK_SPACE.sub("", _ZH_ASIDE.sub("", between)))
    if has_cjk(plain):  # "Anthropic的CEO Dario Amodei": the space before a Latin name is no part of a Chinese clause
        plain = plain.strip()
    return _ZH_ADVERBS.sub("", plain) or plain


_SEGMENT = re.compile(r"[^,;，；、]+")
_LEAD = r"^\s*(?:and\s+)?(?:a|an|the)?\s*"
_BIO = (
    (re.compile(_LEAD + r"(?:former\s+)?(?:co-?founder|founder)s?\s+of\s+(?:the\s+)?$", re.I), R.FOUNDED, None),
    (re.compile(_LEAD + r"(?:former\s+|then\s+)?(?:[\w-]+\s+){0,2}" + ROLE + r"\s+(?:of|at)\s+(?:the\s+)?$", re.I),
     R.WORKS_FOR, None),
    (re.compile(_LEAD + r"(?:[A-Z][\w]*)?-?$"), R.EDUCATED_AT,
     re.compile(r"^(?:[\s\d]+|-\w+\s+)?(?:joint\s+)?(?:alumnus|alumna|alumni|graduate|phd|ph\.d\.|student)\b", re.I)),
)
# "co-founder of the USTC course evaluation community": a name that runs on in lower case to
# an organisation head word.
_ORG_TAIL = re.compile(r"^((?:\s+[a-z][\w-]*){1,4}?\s+(?:" + "|".join(sorted(cues.ORG_HEADS - {"tech"})) + r"))\b")


def _appositions(sentence: Sentence, slots: list[_Slot], add: _Add) -> list[Mention]:
    """ "Li Bojie, a USTC alumnus, USTC-MSRA joint PhD, … and co-founder of X": each segment of
    a comma-separated apposition after a person's name states one fact about that person.
    Returns the organisation names it had to complete."""
    text = sentence.text
    created: list[Mention] = []
    for person in [s for s in slots if s.type is EntityType.PERSON]:
        rest_start = person.end - sentence.start
        if not text[rest_start:].lstrip(" )").startswith((",", "(")):
            continue
        for segment in _SEGMENT.finditer(text, rest_start):
            seg_start, seg_end = sentence.start + segment.start(), sentence.start + segment.end()
            if re.match(r"^\s*(?:who|which|and\s+(?:he|she)|he|she|it|they)\b", segment.group(), re.I):
                break
            previous_end = seg_start
            for target in [s for s in slots if seg_start <= s.start and s.end <= seg_end and s is not person]:
                # "founder of X and former vice president of Y": each target reads from the one before.
                lead = text[previous_end - sentence.start:target.start - sentence.start]
                previous_end = max(previous_end, target.end)
                trail = text[target.end - sentence.start:segment.end()]
                for pattern, relation, trail_pattern in _BIO:
                    if not pattern.match(lead):
                        continue
                    if trail_pattern is not None and not trail_pattern.match(trail):
                        continue
                    tail = target
                    if trail_pattern is None and trail.strip(" .。"):
                        longer = _ORG_TAIL.match(trail)
                        if not longer or trail[longer.end():].strip(" .。"):
                            continue
                        end = target.end + longer.end()
                        mention = Mention(target.mention.doc_id, target.start, end,
                                          text[target.start - sentence.start:end - sentence.start],
                                          EntityType.ORGANIZATION, PASS, sentence.index, 2.0)
                        created.append(mention)
                        tail = _Slot(target.start, end, mention)
                    add(person, relation, tail, 0.7)
                    break
    return created


# "the white-box Transformer": a hyphenated modifier before a concept makes a longer, other term.
# "a trillion-parameter MoE", "large-scale reinforcement learning": a size is no part of the term.
_MODIFIER_BEFORE = re.compile(r"\b(?!so-called|well-known|now-famous|much-hyped|[a-z]+-(?:parameters?|scale|sized?|layers?|"
                              r"tokens?)\s)[a-z]+-[a-z]+\s$")


_ROLE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + ROLE + "|" + LEARNER + r")s?\s+(?=[A-Z])", re.IGNORECASE)


def _modifies_a_kind(slot: _Slot, text: str, offset: int) -> bool:
    """ "推出了视频生成模型video-01", "released a video generation model": a concept before a word for
    a kind of artefact says what kind it is; what was made is named after it, or nowhere. So is a
    concept named as a kind of model right before a name ("released reasoning model DeepSeek-R1")."""
    return slot.type is EntityType.CONCEPT and (_KIND_AFTER.match(text, slot.end - offset) is not None or
                                                 _KIND_OF_NAME.search(slot.mention.text) is not None and
                                                 _NAME_AFTER.match(text, slot.end - offset) is not None)


_KIND_OF_NAME = re.compile(KIND_NAME, re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s*(?-i:[A-Z0-9])|\s*[“\"「《]")
_KIND_AFTER = re.compile(r"(?:大模型|模型|产品|平台|芯片|应用|\s+(?:models?|products?|platforms?|chips?|apps?|tools?)\b)")


def _hyphenated_modifier(slot: _Slot, text: str, offset: int) -> bool:
    """ "lobbied against the foundation-model provisions": a term hyphenated before a noun modifies
    it; what the sentence is about is the noun."""
    canonical = slot.mention.canonical
    return slot.type is EntityType.CONCEPT and canonical is not None and " " in canonical and "-" in slot.mention.text \
        and _NOUN_AFTER.match(text, slot.end - offset) is not None


_NOUN_AFTER = re.compile(r" (?!(?:is|was|are|were|and|or|of|in|on|by|for|to|with|that|which)\b)[a-z]{3,}")


def _truncated(slot: _Slot, text: str, offset: int) -> bool:
    """Whether a concept mention is only the head of a longer term the passes did not find."""
    local = slot.start - offset
    return slot.type is EntityType.CONCEPT and bool(_MODIFIER_BEFORE.search(text[max(0, local - 30):local]))


def _nested(outer: _Slot, inner: _Slot, add: _Add) -> None:
    """An organisation at the start of a longer name: its unit or what it makes."""
    if inner.start != outer.start or inner.type is not EntityType.ORGANIZATION:
        return
    if outer.type is EntityType.ORGANIZATION:
        add(outer, R.PART_OF, inner, 0.7)
    elif outer.type in (EntityType.MODEL, EntityType.PRODUCT):
        add(inner, R.DEVELOPED, outer, 0.7)


_NO_EMPHASIS = str.maketrans("", "", "*_`")


def _conjuncts(slots: list[_Slot], anchor: _Slot, text: str, offset: int, any_type: bool = False) -> list[_Slot]:
    """The anchor and the mentions joined to it by "and", "or", commas or 、 on either side."""
    group = [anchor]
    if anchor.pronoun:
        return group  # "incubated from Tsinghua, and its chairman": a pronoun is no list item
    # "A（前 DeepMind）、B 和 C": what a bracket says of one item is no item of the list.
    asides = [(offset + m.start(), offset + m.end()) for m in _ASIDE.finditer(text)]
    # "微软研究院、谷歌和字节跳动": the parent named inside a unit's name is no list item either.
    inner = _inside_longer(slots)
    slots = [s for s in slots if s is anchor or not any(a <= s.start and s.end <= b for a, b in asides) and
             id(s) not in inner]
    index = slots.index(anchor)
    for step in (-1, 1):
        k = index
        while 0 <= k + step < len(slots):
            a, b = (slots[k + step], slots[k]) if step < 0 else (slots[k], slots[k + step])
            # "**Claude Opus 4** and **Claude Sonnet 4**": Markdown emphasis is no part of the list
            joiner = _ASIDE.sub("", text[a.end - offset:b.start - offset]).translate(_NO_EMPHASIS)
            if a.end > b.start or not _CONJUNCTION.match(joiner) or slots[k + step].pronoun or (
                    slots[k + step].type not in (anchor.type, None) and anchor.type is not None and not any_type):
                break
            # "…in Anthropic, and Apple partnered with …": a new clause, not a list, begins.
            # A head noun after it ("…, and Kolmogorov complexity theory") still closes a list item.
            if step > 0 and re.match(r"^\s*,\s*(?:and|or)\s*$", joiner) and len(group) == 1:
                word = re.match(r"^\s+(?!and\b|or\b)([a-z][\w-]*)", text[b.end - offset:])
                if word and word.group(1) not in _HEAD_NOUNS:
                    break
            k += step
            group.append(slots[k])
    return group


def _inside_longer(slots: list[_Slot]) -> set[int]:
    """The ids of the slots within a longer one, in one sweep over slots in order of start,
    longest first."""
    inside: set[int] = set()
    reach, previous, nested = -1, None, False
    for slot in slots:
        if (slot.start, slot.end) != previous:
            nested = slot.end <= reach
            reach, previous = max(reach, slot.end), (slot.start, slot.end)
        if nested:
            inside.add(id(slot))
    return inside


def _possessed(owner: _Slot, slots: list[_Slot], text: str, offset: int) -> _Slot | None:
    """The mention right after "owner's", if any: "OpenAI's GPT-4o"."""
    if not _POSSESSIVE_S.match(text, owner.end - offset):
        return None
    return next((s for s in slots if 0 < s.start - owner.end <= 4 and not s.pronoun
                 and _POSSESSIVE_S.fullmatch(text, owner.end - offset, s.start - offset)), None)


_POSSESSIVE_S = re.compile(r"['’]s?\s+")


def _citations(sentence: Sentence, slots: list[_Slot], add: _Add) -> None:
    """ "BERT（Google，Jacob Devlin，2018）", "LoRA (Edward Hu et al., Microsoft, 2021)": a bracket
    with a year after a model or an idea cites who made it, and the people it names worked where
    it names. After a person ("Jared Kaplan 等（OpenAI，2020）") it says where the person worked."""
    text = sentence.text
    for bracket in _CITED.finditer(text):
        start, end = sentence.start + bracket.start(), sentence.start + bracket.end()
        inside = [s for s in slots if start < s.start and s.end < end and not s.pronoun]
        cited = next((s for s in reversed(slots) if s.end <= start and not s.pronoun
                      and _CITED_GAP.fullmatch(text, s.end - sentence.start, bracket.start())), None)
        if cited is None or not inside:
            continue
        people = [s for s in inside if s.type is EntityType.PERSON]
        makers = people + [s for s in inside if s.type is EntityType.ORGANIZATION]
        if cited.type is EntityType.PERSON:
            people, makers = [cited], []
            work = next((s for s in slots if 0 <= s.start - end <= 2 and s.type is EntityType.WORK), None)
            if work is not None:  # "Jared Kaplan 等（OpenAI，2020）“Scaling Laws for …”": the paper cited
                add(cited, R.PROPOSED, work, 0.7)
        elif cited.type in ARTEFACTS or cited.type is EntityType.CONCEPT:
            relation = R.DEVELOPED if cited.type in ARTEFACTS else R.PROPOSED
            for maker in makers:
                add(maker, relation, cited, 0.7)
        for person in people:
            for organisation in (s for s in inside if s.type is EntityType.ORGANIZATION):
                add(person, R.WORKS_FOR, organisation, 0.65)


_CITED = re.compile(r"[(（](?=[^()（）]*\b(?:19|20)\d\d\b)[^()（）]{4,80}[)）]")
_CITED_GAP = re.compile(r"\s*(?:等人?|et\s+al\.?)?\s*")  # between what is cited and the bracket


def _role_types(found: Iterable[RelationMention]) -> Iterator[Mention]:
    """ "who did his PhD at Carnegie Mellon", "joined Cognition": a name of no known type in a
    role only one type can fill (where one studies or works) is of that type. A name of a type
    on weak evidence that a clear pattern reads in a role its type fills ("Hinton 的 "Adaptive
    Mixtures of Local Experts"", a quoted title seen once) has that evidence confirmed."""
    typed: dict[int, tuple[Mention, EntityType, float]] = {}
    for relation in found:
        heads, tails = SIGNATURES[relation.relation]
        for mention, types in ((relation.head, heads), (relation.tail, tails)):
            if relation.confidence < 0.7:
                continue
            if mention.type is None and len(types) == 1:
                typed.setdefault(id(mention), (mention, next(iter(types)), 1.5))
            elif mention.type in types and mention.weight < _CONFIRMED and mention.canonical is None:
                typed.setdefault(id(mention), (mention, mention.type, _CONFIRMED - mention.weight))
    for m, kind, weight in typed.values():
        yield Mention(m.doc_id, m.start, m.end, m.text, kind, PASS, m.sentence, weight)


_CONFIRMED = 2.0  # what resolution asks of a name seen once


_FOUNDING_VERB = re.compile(r"\s+(?:(?:also|later|then)\s+)?(?:co-?founded|founded|started|set\s+up|launched)\b")
# "… founded Y in 2016 with A, B and C", "… together with chief executive D"
# "with participation from Tiger Global" names investors, not partners.
_WITH_PARTNERS = re.compile(r"\s*,?\s*(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:with|along with|together with)\s+"
                            r"(?!(?:the\s+)?(?:participation|backing|support|funding|investment|help)\b)"
                            r"(?:(?!(?:from|by|of)\b)[\w-]+\s+){0,4}?(?:[\w-]+,\s+)?(?=[A-Z\u4e00-\u9fff])")


def _list_types(sentence: Sentence, slots: list[_Slot]) -> Iterator[Mention]:
    """ "co-founded by Arthur Mensch, Guillaume Lample and Timothée Lacroix": a name of no known
    type in a list takes the type of the names it is listed with."""
    typed: dict[int, EntityType] = {}
    for anchor in slots:
        if anchor.type in _LISTED and not anchor.pronoun:
            group = sorted(_conjuncts(slots, anchor, sentence.text, sentence.start), key=lambda s: s.start)
            joiners = [sentence.text[a.end - sentence.start:b.start - sentence.start] for a, b in zip(group, group[1:])]
            if all(j.strip() == "," for j in joiners):
                continue  # "In mid-March, GPT4 …": commas alone may close a phrase, not a list item
            for member in group:
                if member.type is None and not _HEADS_A_PHRASE.match(sentence.text, member.end - sentence.start):
                    typed.setdefault(id(member.mention), anchor.type)
    for slot in slots:
        if id(slot.mention) in typed:
            m = slot.mention
            yield Mention(m.doc_id, m.start, m.end, m.text, typed.pop(id(m)), PASS, m.sentence, 1.5)


# "CogAgent from Zhipu AI and UI-TARS from ByteDance": a name with its own "from" heads a phrase
# of the list; it is no item of the names it stands beside.
_HEADS_A_PHRASE = re.compile(r"\s+(?:from|by|of|at|under)\b")
_LISTED = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL, EntityType.PRODUCT})


def _competition(sentence: Sentence, slots: list[_Slot], add: _Add) -> None:
    """ "A, B and C … struggle to compete with D": every rival named before the cue competes with D;
    a model or product only from its own clause ("…, and its GLM-4 has caught up with GPT-4")."""
    text = sentence.text
    for cue in _COMPETE_CUE.finditer(text):
        after = [s for s in slots if s.start - sentence.start >= cue.end()]
        before = [s for s in slots if s.end - sentence.start <= cue.start() and (
            s.type in (EntityType.ORGANIZATION, None) or
            s.type in ARTEFACTS and not re.search(r"[,;，；]", text[s.end - sentence.start:cue.start()]))]
        if after and before:
            rival = _possessed(after[0], slots, text, sentence.start) or after[0]
            for s in before:
                add(s, R.COMPETES_WITH, rival, 0.6)


def _cofounders(sentence: Sentence, slots: list[_Slot], found: dict[object, RelationMention], add: _Add) -> None:
    """ "X founded Y with A and B", "Y, co-founded by X together with A": A and B founded Y too."""
    text = sentence.text
    by_mention = {id(s.mention): s for s in slots}
    for relation in list(found.values()):
        tail, head = by_mention.get(id(relation.tail)), by_mention.get(id(relation.head))
        if relation.relation is not R.FOUNDED or tail is None:
            continue
        # The partners follow what was founded ("founded Y with …") or the founders ("by X and Z with …").
        ends = [tail.end]
        if head is not None and head.start > tail.end:
            ends.append(max(s.end for s in _conjuncts(slots, head, text, sentence.start)))
            verb = _FOUNDING_VERB.match(text, ends[-1] - sentence.start)
            if verb:  # "Cognition, the company Scott Wu co-founded with Steven Hao and Walden Yan"
                ends.append(sentence.start + verb.end())
        elif head is not None:
            ends.append(head.end)  # "X, together with A and B, founded Y"
        for end in ends:
            match = _WITH_PARTNERS.match(text, end - sentence.start)
            if not match:
                continue
            first_partner = sentence.start + match.end()
            partners = [s for s in slots if first_partner <= s.start <= first_partner + 1
                        and s.type in (EntityType.PERSON, None)]
            for partner in partners:
                for p in _conjuncts(slots, partner, text, sentence.start):
                    add(p, R.FOUNDED, tail, relation.confidence)
