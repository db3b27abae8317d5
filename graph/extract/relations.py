"""Typed relations from patterns in English and Chinese, each with the sentence that states it.

A pattern reads the words between two mentions of one sentence ("X, co-founder of Y",
"Y's chief scientist X", "X released Y", "Y, developed by X", "X基于Y", "Y创始人X"), and
says which relation holds and in which direction. Conjuncts share a relation: in "Altman and
Musk raised concerns about AI" both criticised it; in "X founded Y with A and B" all three
founded Y. Whether a relation fits the types of its ends is checked after resolution, when
the types are known from all the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention, RelationMention, Sentence
from ..vocab import EntityType, RelationType
from . import cues
from .base import PassContext, register_pass
from .text import has_cjk

PASS = "relations"
R = RelationType
_MAX_GAP = 90
_ARTICLE = r"(?:(?:the|a|an|its|their|his|her)\s+)?"
# What may stand between a subject and its verb: "Yann LeCun in the U.S. sharply criticized …".
_LEAD_IN = r"^\s*(?:,\s*who\s+)?(?:(?:in|at|from|of)\s+(?:the\s+)?[\w.]+(?:\s[\w.]+)?\s+)?(?:[a-z]+ly\s+)?"
# "at Huawei's Computer Network Laboratory": a possessor may stand between the verb and the unit.
_POSSESSOR = r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}['’]s?\s+)?"
# Founders are not listed: "founder of" states founded, which the founded patterns read.
_ROLE = (r"(?:ceo|cto|cfo|coo|chairman|chairwoman|president|vice[- ]president|vp|professor|"
         r"associate professor|assistant professor|scientist|chief scientist|researcher|research scientist|engineer|"
         r"director|head|partner|chief [a-z]+ officer|chief [a-z]+|employee|member|fellow|dean|lead|boss|manager|"
         r"expert|deputy chief expert|assistant scientist|analyst|architect|intern|advisor|adviser)")


@dataclass(frozen=True)
class Pattern:
    between: re.Pattern[str]
    relation: RelationType
    forward: bool  # True: first mention is the head
    confidence: float
    after: re.Pattern[str] | None = None  # what must follow the second mention
    tail_types: frozenset[EntityType] | None = None  # weak patterns: what the tail must already be

    def admits_tail(self, tail: EntityType | None) -> bool:
        return self.tail_types is None or tail in self.tail_types


def _p(regex: str, relation: RelationType, forward: bool = True, confidence: float = 0.8,
       after: str | None = None, tails: frozenset[EntityType] | None = None) -> Pattern:
    return Pattern(re.compile(regex, re.IGNORECASE), relation, forward, confidence,
                   re.compile(after, re.IGNORECASE) if after else None, tails)



_ARTEFACTS = frozenset({EntityType.MODEL, EntityType.PRODUCT})

PATTERNS: tuple[Pattern, ...] = (
    # founded
    _p(_LEAD_IN + r"(?:has\s+|had\s+|later\s+|then\s+|also\s+)*(?:co-?founded|founded|co-?founding|founding|"
       r"established|set up|started|created)\s+" + _ARTICLE + r"(?:company\s+|startup\s+|lab\s+)?$", R.FOUNDED),
    _p(r"^\s*,?\s*(?:is\s+|was\s+)?(?:also\s+)?" + _ARTICLE + r"(?:co-?founders?|founders?)(?:\s+and\s+[a-z]+)?\s+of\s+"
       + _ARTICLE + "$", R.FOUNDED),
    _p(r"^\s*(?:'s|’s)?\s*(?:co-?founders?|founders?)(?:\s+and\s+(?:ceo|chairman))?\s*,?\s*$", R.FOUNDED, False, 0.85),
    _p(r"^\s*,?\s*(?:which\s+|that\s+)?(?:was\s+|is\s+)?(?:co-?founded|founded|established|started|set up)\s+by\s+$",
       R.FOUNDED, False),
    # "Moonshot AI, the Beijing-based startup founded by Yang Zhilin"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:co-?founded|founded|established|started|set up)\s+(?:in\s+\d{4}\s+)?"
       r"by\s+$", R.FOUNDED, False),
    # worksFor
    _p(r"^\s*,\s*(?:the\s+|a\s+|an\s+|former\s+|then\s+|now\s+)*(?:[\w-]+\s+){0,2}" + _ROLE +
       r"(?:\s+of(?:\s+[a-z-]+){1,3}?)?\s+(?:of|at|for|in)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.75),
    # "X, a Google scientist"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:former\s+|senior\s+|then\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^\s+(?:[\w-]+\s+)?" + _ROLE + r"\b"),
    _p(r"^\s*(?:'s|’s)?\s+(?:former\s+|then\s+|current\s+)?(?:[\w-]+\s+){0,1}(?:ceo|cto|boss|chairman|president|"
       r"chief scientist|scientist|researcher|engineer|director|vp|vice president|professor|head|employee|"
       r"chief [a-z]+ officer)\s*,?\s*$", R.WORKS_FOR, False, 0.75),
    # "X, Y's chief scientist"
    _p(r"^\s*,\s*(?:the\s+)?$", R.WORKS_FOR, True, 0.75,
       after=r"^(?:'s|’s)\s+(?:former\s+|then\s+|current\s+)?(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b"),
    _p(r"^\s*,\s*(?:the\s+)?$", R.FOUNDED, True, 0.8,
       after=r"^(?:'s|’s)\s+(?:co-?)?founder\b"),
    _p(r"^\s*(?:,\s*who\s+)?(?:now\s+|currently\s+|previously\s+|once\s+|also\s+)?(?:works|worked|working|serves|"
       r"served|is|was)\s+(?:as\s+" + _ARTICLE + r"(?:[\w-]+\s+){0,4})?(?:at|for|in)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.65),
    _p(r"^\s*(?:,\s*who\s+)?(?:later\s+|then\s+|has\s+|had\s+)?(?:joined|left|leaving|joins)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.7),
    _p(r"^\s*(?:was|is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?" + _ROLE + r"\s+(?:at|of|in)\s+" + _ARTICLE + _POSSESSOR
       + "$", R.WORKS_FOR, True, 0.75),
    # educatedAt
    _p(r"^\s*(?:,\s*who\s+)?(?:graduated|graduating|graduates)\s+(?:from\s+)?" + _ARTICLE + "$", R.EDUCATED_AT),
    _p(r"^\s*(?:studied|studies|studying)\s+(?:[\w-]+\s+){0,3}(?:at|in)\s+" + _ARTICLE + "$", R.EDUCATED_AT, True, 0.7),
    _p(r"^\s*(?:received|got|earned|obtained)\s+(?:his|her|a)\s+(?:ph\.?d\.?|doctorate|master'?s|bachelor'?s|"
       r"degree)\s+(?:[\w-]+\s+){0,3}(?:from|at)\s+" + _ARTICLE + "$", R.EDUCATED_AT),
    _p(r"^\s*,?\s*(?:a|an)\s+(?:\w+\s+){0,2}?(?:alumnus|alumna|graduate|phd|student)\s+of\s+" + _ARTICLE + "$",
       R.EDUCATED_AT),
    # developed
    _p(_LEAD_IN + r"(?:has\s+|have\s+|had\s+|recently\s+|just\s+|officially\s+|first\s+|also\s+)*(?:released|"
       r"launched|releasing|launching|developing|building|training|"
       r"developed|develops|built|builds|trained|trains|introduced|unveiled|open-sourced|open sourced|announced|"
       r"wrote|coded|programmed|designed|"
       r"created|creates|rolled out|shipped|made|makes|releases|launches|debuted)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+|"
       r"new\s+|latest\s+|own\s+|first\s+)*(?:[a-z-]+\s+){0,2}?[“\"]?$", R.DEVELOPED, True, 0.8),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?(?:developed|released|built|trained|launched|"
       r"created|made|introduced|open-sourced)\s+by\s+" + _ARTICLE + "$", R.DEVELOPED, False, 0.8),
    _p(r"^\s*(?:'s|’s|'|’)\s+(?:latest\s+|new\s+|own\s+|flagship\s+)?$", R.DEVELOPED, True, 0.6, tails=_ARTEFACTS),
    _p(r"^\s*(?:'s|’s|'|’)\s+$", R.PART_OF, False, 0.6),
    _p(r"^ $", R.DEVELOPED, True, 0.6, tails=_ARTEFACTS),
    _p(r"^\s*\(\s*$", R.DEVELOPED, False, 0.5, tails=frozenset({EntityType.ORGANIZATION})),
    # basedOn
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:based\s+on|built\s+(?:up)?on|built\s+with|"
       r"powered\s+by|derived\s+from|fine-?tuned\s+from|distilled\s+from|uses|used|using|relies\s+on|relied\s+on|"
       r"utilized|utilizes|utilised|adopts|adopted|inspired\s+by)\s+" + _ARTICLE + "$", R.BASED_ON, True, 0.75),
    _p(r"^-based\s+$", R.BASED_ON, False, 0.7),
    # proposed
    _p(_LEAD_IN + r"(?:first\s+|originally\s+|also\s+)?(?:proposed|proposing|invented|coined|pioneered|introduced|"
       r"formulated|conceived|authored|wrote|published|put forward|came up with|developed)\s+" + _ARTICLE + "$",
       R.PROPOSED, True, 0.75),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is)\s+)?(?:proposed|invented|coined|pioneered|introduced|"
       r"formulated|authored|written)\s+by\s+$", R.PROPOSED, False, 0.8),
    # "“Dialogue” is a series of in-depth interviews launched by the Woke Advanced Alliance"
    _p(r"^[”\"’]?\s*(?:,\s*)?(?:is|was|are|were)?\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:proposed|invented|"
       r"introduced|authored|written|launched|created|published|hosted|produced|organi[sz]ed)\s+by\s+" + _ARTICLE + "$",
       R.PROPOSED, False, 0.75),
    # criticized
    _p(_LEAD_IN + r"(?:has\s+|have\s+|had\s+|also\s+|publicly\s+|repeatedly\s+|openly\s+)*(?:criticized|criticised|"
       r"criticizes|criticises|criticizing|criticising|questioned|questions|disputed|disputes|attacked|dismissed|slammed|"
       r"opposed|opposes|mocked|rejected|warned\s+(?:about|against|of)|raised\s+concerns?\s+(?:about|over)|"
       r"(?:is|was|are|were)\s+skeptical\s+of|(?:is|was|are|were)\s+critical\s+of|expressed\s+concerns?\s+"
       r"(?:about|over))\s+(?:the\s+)?(?:(?:safety|dangers?|risks?|hype|limits?|limitations?|claims?)\s+"
       r"(?:of|around|about|over|surrounding)\s+)?(?:[\w-]+(?:\s[\w-]+){0,3},\s+)?$", R.CRITICIZED, True, 0.75),
    # investedIn
    _p(r"^\s*(?:has\s+|have\s+|had\s+|also\s+|heavily\s+)*(?:invested|invests|investing)\s+(?:[\w$.,-]+\s+){0,4}"
       r"in\s+" + _ARTICLE + "$", R.INVESTED_IN),
    _p(r"^\s*(?:led|backed|funded|financed)\s+" + _ARTICLE + "$", R.INVESTED_IN, True, 0.65),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was)\s+)?(?:backed|funded|financed)\s+by\s+$", R.INVESTED_IN, False),
    _p(r"^\s*,?\s*(?:an\s+)?investors?\s+in\s+$", R.INVESTED_IN),
    # partOf
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:subsidiary|division|unit|part|member|department|lab|"
       r"laboratory|branch|arm|version|variant|component)\s+of\s+" + _ARTICLE + "$", R.PART_OF),
    _p(r"^\s*(?:is|are|was|were)\s+part\s+of\s+" + _ARTICLE + "$", R.PART_OF),
    # competesWith
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:competes|compete|competing|competed)\s+(?:directly\s+)?"
       r"(?:with|against)\s+" + _ARTICLE + "$", R.COMPETES_WITH),
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:(?:a|an|the)\s+)?(?:main\s+|chief\s+|direct\s+|biggest\s+)?"
       r"(?:rival|rivals|competitor|competitors)\s+(?:of|to)?\s*" + _ARTICLE + "$", R.COMPETES_WITH),
    _p(r"^\s*(?:vs\.?|versus|v\.)\s+$", R.COMPETES_WITH, True, 0.7),
    _p(r"^\s*(?:has\s+|have\s+|also\s+|reportedly\s+)?(?:outperforms?|outperformed|surpass(?:es|ed)?|beats?|beat|rivals?|"
       r"rivaled|rivalled|takes on|took on|challenges|challenged)\s+" + _ARTICLE + "$", R.COMPETES_WITH, True, 0.7),
    _p(r"^\s*(?:and|or)\s+$", R.COMPETES_WITH, True, 0.3),  # only kept when a rivalry word follows; see below
    # Chinese
    _p(r"^(?:曾|先后|早年|于\d+年)?(?:创立|创办|创建|成立|联合创办|联合创立)(?:了|的)?$", R.FOUNDED, True, 0.8),
    _p(r"^(?:的)?(?:联合)?创始人(?:兼CEO|兼首席执行官)?[、，]?$", R.FOUNDED, False, 0.85),
    _p(r"^(?:的)?(?:前|原)?(?:CEO|首席执行官|首席科学家|首席技术官|副总裁|总裁|董事长|教授|研究员|科学家|工程师|"
       r"总经理|负责人|合伙人|院长|主任|副总|研发副总|首席[\u4e00-\u9fff]{1,4})[、，]?$", R.WORKS_FOR, False, 0.75),
    _p(r"^(?:曾|现|目前|后来|先后)?(?:加入|就职于|任职于|供职于|效力于|入职)了?$", R.WORKS_FOR, True, 0.75),
    # "立委博士,问问副总裁"
    _p(r"^(?:博士|教授|老师|先生|女士)?\s*[,，]\s*$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:前|原|现)?(?:首席|副总|总裁|CEO|CTO|COO|创始人|联合创始人|董事长|研究员|科学家|教授|工程师)"),
    _p(r"^(?:曾|现|目前)?在$", R.WORKS_FOR, True, 0.3),
    _p(r"^(?:本科|硕士|博士)?毕业于$", R.EDUCATED_AT, True, 0.85),
    # Passives with 由: "月之暗面由杨植麟创立", "GLM由智谱开发"
    _p(r"^(?:是|则)?由$", R.FOUNDED, False, 0.8, after=r"^(?:联合|共同)?(?:创立|创办|创建|成立)"),
    _p(r"^(?:是|则)?由$", R.DEVELOPED, False, 0.8, after=r"^(?:自主|独立)?(?:开发|研发|推出|发布|训练|打造)"),
    _p(r"^(?:是|则)?由$", R.PROPOSED, False, 0.8, after=r"^(?:首先|最早)?(?:提出|发明)"),
    _p(r"^(?:是|则)?由$", R.INVESTED_IN, False, 0.8, after=r"^(?:领投|投资|注资)"),
    _p(r"^是$", R.PART_OF, True, 0.75, after=r"^(?:旗下|下属|的子公司|的一部分)"),
    _p(r"^(?:正式|最近|近日|刚刚|已经|率先)?(?:发布|推出|开发|研发|训练|开源|上线|打造)了?(?:新一代|最新的|自家的|新的|全新)?"
       r"(?:大模型|模型|产品|芯片|应用|系统)?$", R.DEVELOPED, True, 0.8),
    _p(r"^(?:在[^，。,]{0,20})?(?:超越|超过|击败|对标|追赶|比肩|挑战)了?$", R.COMPETES_WITH, True, 0.7),
    _p(r"^(?:的)$", R.DEVELOPED, True, 0.5, tails=_ARTEFACTS),
    _p(r"^(?:是)?基于$", R.BASED_ON, True, 0.8),
    _p(r"^(?:在[^，。,]{0,20}?)?(?:采用|使用|借鉴|沿用)了?$", R.BASED_ON, True, 0.7),
    _p(r"^(?:最早|首先|率先)?(?:提出|发明|创立)了?$", R.PROPOSED, True, 0.75),
    _p(r"^(?:公开|多次)?(?:批评|质疑|抨击|反对|怼)了?$", R.CRITICIZED, True, 0.75),
    _p(r"^(?:领投|投资|注资|参投)了?$", R.INVESTED_IN, True, 0.8),
    _p(r"^(?:旗下的?|下属的?)$", R.PART_OF, False, 0.75),
    _p(r"^(?:与|和|跟)$", R.COMPETES_WITH, True, 0.3),
)
_RIVALRY_AFTER = re.compile(r"^\s*(?:compete|competing|are\s+rivals|rival each other|竞争|对标|打擂|争夺)", re.I)
_COMPETE_CUE = re.compile(r"\b(?:compet(?:e|es|ing|ed)\s+(?:with|against)|struggle[sd]?\s+to\s+compete\s+with|"
                          r"catch(?:ing)?\s+up\s+with)\b", re.I)
_CONJUNCTION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|、|和|与|及)\s*$", re.I)


_APPOSITION = re.compile(r"^\s*,\s*(?:a|an|the|who|which|whose)\b[^,;]{1,80},\s*", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b|(?<![其吉])[他她](?![们人])", re.IGNORECASE)
_POSSESSIVE_ORG = re.compile(r"\b(?:its|the company's|the company’s)\b|其(?=(?:联合)?创始人|CEO|首席|总裁|董事长)", re.IGNORECASE)
_THE_COMPANY = re.compile(r"\b[Tt]he company\b(?!['’])|该公司|这家公司")
_THE_MODEL = re.compile(r"\b[Tt]he model\b(?!['’])|该模型|这款模型|这个模型")
_EN_PARTICIPLE = re.compile(r",\s*(?:and\s+)?(?=(?:proposing|developing|founding|co-founding|launching|releasing|"
                            r"criticizing|criticising|investing|joining)\b)()")
_ZH_VERB_CLAUSE = re.compile(r"[,，;；]\s*(?=(?:在[^，。,;；]{0,20}?)?(?:并|还|也|随后|同时|正式|已)?(?:发布|推出|开发|研发|开源|训练|投资|收购|"
                             r"创立|创办|提出|超越|超过|击败|采用|基于))()")
_ANTECEDENT_WINDOW = 3


@dataclass(frozen=True)
class _Slot:
    """A place in a sentence that names an entity: a mention, or a pronoun standing for one."""

    start: int
    end: int
    mention: Mention

    @property
    def type(self) -> EntityType | None:
        return self.mention.type


_Add = Callable[[_Slot, RelationType, _Slot, float], None]


@register_pass(PASS)
def relation_mentions(ctx: PassContext) -> Iterator[RelationMention | Mention]:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in ctx.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    last: dict[EntityType, tuple[int, Mention]] = {}
    for sentence in ctx.sentences:
        mentions = sorted(by_sentence.get(sentence.index, []), key=lambda m: (m.start, -m.end))
        slots = [_Slot(m.start, m.end, m) for m in mentions]
        recent = {t: m for t, (index, m) in last.items() if sentence.index - index <= _ANTECEDENT_WINDOW}
        slots = sorted(slots + _pronouns(sentence, slots, recent), key=lambda s: (s.start, -s.end))
        slots = sorted(slots + _zero_subjects(sentence, slots), key=lambda s: (s.start, -s.end))
        if len(slots) >= 2:
            yield from _sentence_relations(sentence, slots)
        for m in mentions:
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL):
                last[m.type] = (sentence.index, m)


def _pronouns(sentence: Sentence, slots: list[_Slot], recent: dict[EntityType, Mention]) -> list[_Slot]:
    """ "He founded X" / "its founder X" / "其创始人X": a pronoun stands for the last person (or
    organisation) named before it, in its sentence or the few just before (the most salient
    one, in this genre)."""
    found = []
    for pattern, wanted in ((_PRONOUN, EntityType.PERSON), (_POSSESSIVE_ORG, EntityType.ORGANIZATION),
                            (_THE_COMPANY, EntityType.ORGANIZATION), (_THE_MODEL, EntityType.MODEL)):
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            before = [s.mention for s in slots if s.end <= start and s.type is wanted]
            if wanted is EntityType.PERSON and before:
                break  # a person of the sentence itself comes first: leave "he" to the reader
            antecedent = before[0] if before else recent.get(wanted)  # the subject, not the nearest
            if antecedent is not None:
                found.append(_Slot(start, sentence.start + match.end(), antecedent))
    return found[:4]


def _zero_subjects(sentence: Sentence, slots: list[_Slot]) -> list[_Slot]:
    """ "月之暗面由杨植麟创立,发布了Kimi", "LeCun criticized GPT, proposing his world model": a
    clause that opens with a verb (a participle, in English) shares the subject of the sentence."""
    actors = [s for s in slots if s.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL)]
    if not actors:
        return []
    topic = actors[0]
    found = []
    for match in (_ZH_VERB_CLAUSE if has_cjk(sentence.text) else _EN_PARTICIPLE).finditer(sentence.text):
        position = sentence.start + match.start(1)
        if position > topic.end:
            found.append(_Slot(position, position, topic.mention))
    return found


def _sentence_relations(sentence: Sentence, slots: list[_Slot]) -> Iterator[RelationMention | Mention]:
    text = sentence.text
    found: dict[tuple[int, RelationType, int], RelationMention] = {}

    def add(head: _Slot, relation: RelationType, tail: _Slot, confidence: float) -> None:
        if head.mention is tail.mention or (head.start, head.end) == (tail.start, tail.end):
            return
        key = (id(head.mention), relation, id(tail.mention))
        if key not in found:
            found[key] = RelationMention(head.mention, relation, tail.mention, sentence, PASS, confidence)

    for i, first in enumerate(slots):
        for second in slots[i + 1:]:
            if second.start < first.end:
                _nested(first, second, add)
                continue
            between = text[first.end - sentence.start:second.start - sentence.start]
            if len(between) > _MAX_GAP:
                break
            for pattern in _patterns_between(between):
                if pattern.after and not pattern.after.search(text[second.end - sentence.start:]):
                    continue
                confidence = pattern.confidence
                if pattern.relation is R.COMPETES_WITH and confidence < 0.5:
                    if not _RIVALRY_AFTER.search(text[second.end - sentence.start:]):
                        continue
                    confidence = 0.7
                elif confidence < 0.4:
                    continue
                head, tail = (first, second) if pattern.forward else (second, first)
                if not pattern.admits_tail(tail.type):
                    continue
                # One can criticise a person and a theory in one breath; other lists hold one kind.
                mixed = pattern.relation is R.CRITICIZED
                for h in _conjuncts(slots, head, text, sentence.start):
                    for t in _conjuncts(slots, tail, text, sentence.start, any_type=mixed):
                        add(h, pattern.relation, t, confidence)
    _competition(sentence, slots, add)
    _cofounders(sentence, slots, found, add)
    yield from _appositions(sentence, slots, add)
    yield from found.values()


@lru_cache(maxsize=1 << 14)  # the same few words sit between many pairs of mentions
def _patterns_between(between: str) -> tuple[Pattern, ...]:
    """The patterns, in order, that match the text between two mentions."""
    # "Zorbix, an AI startup based in Paris, launched Quillo": read past the apposition.
    core = _APPOSITION.sub(" ", between, count=1)
    return tuple(pattern for pattern in PATTERNS
                 if pattern.between.search(between) or core != between and pattern.between.search(core))


_SEGMENT = re.compile(r"[^,;，；、]+")
_LEAD = r"^\s*(?:and\s+)?(?:a|an|the)?\s*"
_BIO = (
    (re.compile(_LEAD + r"(?:former\s+)?(?:co-?founder|founder)s?\s+of\s+(?:the\s+)?$", re.I), R.FOUNDED, None),
    (re.compile(_LEAD + r"(?:former\s+|then\s+)?(?:[\w-]+\s+){0,2}" + _ROLE + r"\s+(?:of|at)\s+(?:the\s+)?$", re.I),
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


def _nested(outer: _Slot, inner: _Slot, add: _Add) -> None:
    """An organisation at the start of a longer name: its unit or what it makes."""
    if inner.start != outer.start or inner.type is not EntityType.ORGANIZATION:
        return
    if outer.type is EntityType.ORGANIZATION:
        add(outer, R.PART_OF, inner, 0.7)
    elif outer.type in (EntityType.MODEL, EntityType.PRODUCT):
        add(inner, R.DEVELOPED, outer, 0.7)


def _conjuncts(slots: list[_Slot], anchor: _Slot, text: str, offset: int, any_type: bool = False) -> list[_Slot]:
    """The anchor and the mentions joined to it by "and", "or", commas or 、 on either side."""
    group = [anchor]
    index = slots.index(anchor)
    for step in (-1, 1):
        k = index
        while 0 <= k + step < len(slots):
            a, b = (slots[k + step], slots[k]) if step < 0 else (slots[k], slots[k + step])
            joiner = text[a.end - offset:b.start - offset]
            if a.end > b.start or not _CONJUNCTION.match(joiner) or (
                    slots[k + step].type != anchor.type and not any_type):
                break
            # "…in Anthropic, and Apple partnered with …": a new clause, not a list, begins.
            if step > 0 and re.match(r"^\s*,\s*(?:and|or)\s*$", joiner) and len(group) == 1 and \
                    re.match(r"^\s+(?!and\b|or\b)[a-z]", text[b.end - offset:]):
                break
            k += step
            group.append(slots[k])
    return group


def _competition(sentence: Sentence, slots: list[_Slot], add: _Add) -> None:
    """ "A, B and C … struggle to compete with D": every rival named before the cue competes with D."""
    text = sentence.text
    for cue in _COMPETE_CUE.finditer(text):
        after = [s for s in slots if s.start - sentence.start >= cue.end()]
        before = [s for s in slots if s.end - sentence.start <= cue.start()
                  and s.type in (EntityType.ORGANIZATION, None)]
        if after and before:
            for s in before:
                add(s, R.COMPETES_WITH, after[0], 0.6)


def _cofounders(sentence: Sentence, slots: list[_Slot], found: dict[object, RelationMention], add: _Add) -> None:
    """ "X founded Y with A and B": A and B founded Y too."""
    text = sentence.text
    by_mention = {id(s.mention): s for s in slots}
    for relation in list(found.values()):
        tail = by_mention.get(id(relation.tail))
        if relation.relation is not R.FOUNDED or tail is None:
            continue
        rest = text[tail.end - sentence.start:]
        match = re.match(r"^\s*(?:with|along with|together with)\s+(?:[\w-]+\s+){0,4}?(?:[\w-]+,\s+)?(?=[A-Z\u4e00-\u9fff])",
                         rest)
        if not match:
            continue
        first_partner = tail.end + match.end()
        partners = [s for s in slots if first_partner <= s.start <= first_partner + 1 and s.type is EntityType.PERSON]
        for partner in partners:
            for p in _conjuncts(slots, partner, text, sentence.start):
                add(p, R.FOUNDED, tail, relation.confidence)
