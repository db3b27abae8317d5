"""The table of relation patterns: what stands between two mentions, and what it states.

A pattern reads the words between two mentions of one sentence ("X, co-founder of Y",
"Y's chief scientist X", "X released Y", "Y, developed by X", "X基于Y", "Y创始人X") and says
which relation holds and in which direction; it may also ask what must follow the second
mention ("X, Y's chief scientist") or precede the first ("基于Y的X"), and, for weak cues, what
the tail must already be. graph/extract/relations.py applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocab import EntityType, RelationType
from . import cues

R = RelationType
_ARTICLE = r"(?:(?:the|a|an|its|their|his|her)\s+)?"
_YEAR = r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?"  # "founded in (March) 2021 by"
# What may stand between a subject and its verb: "Yann LeCun in the U.S. sharply criticized …".
# Up to two words that narrow what follows ("the standard dense Transformer"), no preposition
# or conjunction among them ("the same data as GPT-4" is no use of GPT-4).
_MODIFIERS = r"(?:(?!(?:than|as|from|of|in|on|at|with|by|for|to|and|or|but|that|which)\b)[a-z][\w-]*\s+){0,2}"
# "Tang Jie team proposed GLM", "Meta's research team released …": a team's work is its leader's or owner's.
_LEAD_IN = (r"^\s*(?:(?:'s|’s)?\s*(?:research\s+)?(?:team|group|lab)\s+)?(?:,\s*(?:who|which)\s+)?"
            r"(?:(?:in|at|from|of)\s+(?:the\s+)?[\w.]+(?:\s(?!and\b|or\b|but\b)[\w.]+)?\s+)?(?:[a-z]+ly\s+)?")
# "at Huawei's Computer Network Laboratory": a possessor may stand between the verb and the unit.
_POSSESSOR = r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}['’]s?\s+)?"
# Founders are not listed: "founder of" states founded, which the founded patterns read.
ROLE = (r"(?:ceo|cto|cfo|coo|chairman|chairwoman|president|vice[- ]president|vp|professor|"
        r"associate professor|assistant professor|scientist|chief scientist|researcher|research scientist|engineer|"
        r"director|head|partner|chief [a-z]+ officer|chief [a-z]+|employee|member|fellow|dean|lead|boss|manager|"
        r"expert|deputy chief expert|assistant scientist|analyst|architect|intern|advisor|adviser)")

# Who studies or studied somewhere: "by four MIT students", "Harvard dropouts Gavin Uberti and Chris Zhu".
LEARNER = r"(?:student|graduate|alumnus|alumni|dropout)"
# "founded by former SenseTime vice president Yan Junjie": who the founder was may stand before the name.
_BY_ROLE = (r"by\s+(?:(?:former\s+|ex-|then\s+)?(?:[\w.-]+\s+){0,3}?(?:" + ROLE + "|" + LEARNER + r")s?"
            r"\s*:?\s+)?$")  # "by former OpenAI researchers", "by four MIT students: A, B and C"


@dataclass(frozen=True)
class Pattern:
    between: re.Pattern[str]
    relation: RelationType
    forward: bool  # True: first mention is the head
    confidence: float
    after: re.Pattern[str] | None = None  # what must follow the second mention
    tail_types: frozenset[EntityType] | None = None  # weak patterns: what the tail must already be
    before: re.Pattern[str] | None = None  # what must precede the first mention ("基于Y的X")
    listed: bool = True  # whether the names listed with the first mention share the relation
    not_tail: re.Pattern[str] | None = None  # names the tail may not have
    tail_name: re.Pattern[str] | None = None  # a name the tail must have
    head_name: re.Pattern[str] | None = None  # a name the head must have
    head_types: frozenset[EntityType] | None = None  # what the head must already be

    def admits_tail(self, tail: EntityType | None, name: str) -> bool:
        return (self.tail_types is None or tail in self.tail_types) and \
            (self.not_tail is None or self.not_tail.search(name) is None) and \
            (self.tail_name is None or self.tail_name.search(name) is not None)

    def admits_head(self, head: EntityType | None, name: str) -> bool:
        return (self.head_types is None or head in self.head_types) and \
            (self.head_name is None or self.head_name.search(name) is not None)


def _p(regex: str, relation: RelationType, forward: bool = True, confidence: float = 0.8,
       after: str | None = None, tails: frozenset[EntityType] | None = None, before: str | None = None,
       listed: bool = True, not_tail: str | None = None, tail_name: str | None = None,
       head_name: str | None = None, heads: frozenset[EntityType] | None = None) -> Pattern:
    return Pattern(re.compile(regex, re.IGNORECASE), relation, forward, confidence,
                   re.compile(after, re.IGNORECASE) if after else None, tails,
                   re.compile(before, re.IGNORECASE) if before else None, listed,
                   re.compile(not_tail, re.IGNORECASE) if not_tail else None,
                   re.compile(tail_name) if tail_name else None, re.compile(head_name) if head_name else None, heads)


ARTEFACTS = frozenset({EntityType.MODEL, EntityType.PRODUCT})
# What kind of artefact a name is, written before it: "the self-developed large model UCLAI".
_KIND = (r"(?:(?:large|big|language|ai|foundation|open-source|reasoning|video|image)\s+){0,2}(?:(?:model|models|llm|chip|"
         r"chips|gpu|system|platform|framework|engine|app|assistant|chatbot|product|architecture)\s+)?")
# "月之暗面由杨植麟创立", "BERT模型由谷歌发布": the passive marker, after the thing's kind.
# "由杨植麟于2023年创立", "由何恺明等人于2015年在微软亚洲研究院提出": when, and where
_ZH_WHEN = r"^(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:在[^，。；]{1,20}?)?"
# "深言科技成立于2022年,由清华大学教授孙茂松…创办": a founding date and the founder's role may
# stand between the thing and 由, and between 由 and the founder.
_ZH_BY = (r"^[)）]?[：:，,]?(?:大模型|模型|系列|产品|芯片|应用|平台|系统|公司|团队|架构|算法|理论|方法)?"
          r"(?:成立于\d{4}年(?:\d{1,2}月)?\s*[,，]\s*)?(?:是|则|也|最早|最初|正是)?由(?:[\u4e00-\u9fffA-Za-z]{1,8}的)?"
          r"(?:[\u4e00-\u9fffA-Za-z ]{0,16}?(?:教授|博士|研究员|研究者|学者|科学家|工程师|院士|"
          + "|".join(cues.ZH_ROLE_AFTER) + r")[、，]?){0,3}$")
# "由鲍凡、朱军等人于2022年提出", "由南洋理工大学与上海人工智能实验室的研究者联合提出": others, unnamed
_ZH_OTHERS = r"(?:等人?|的(?:研究者|研究人员|研究团队|团队|学者))?"
# "由孙茂松和岂凡超联合创办": co-founders listed before the verb.
_ZH_AND = r"(?:(?:和|与|、|及)[\u4e00-\u9fffA-Za-z0-9\u00c0-\u024f .-]{2,24}?){0,4}"

# "a large language model": a name for a kind of thing, not for a thing made or built on
KIND_NAME = r"(?:model|models|llms?|chatbots?|assistants?|agents?|systems?|模型|机器人|助手|智能体|系统|平台|工具|应用|产品)$"

_CITATION = r"^\s+et\s+al\.?,?\s*\(?(?:19|20)\d\d"
_CITED_BY = r"^[*_”\"]*\s*(?:\(\s*[\w .-]{1,60}\s*\)\s*)?(?:[—–-]\s*[(（]?|[(（])\s*$"  # the link blanked out

PATTERNS: tuple[Pattern, ...] = (
    # founded
    _p(_LEAD_IN + r"(?:has\s+|had\s+|later\s+|then\s+|also\s+)*(?:co-?founded|founded|co-?founding|founding|"
       r"established|set up|started|created)\s+" + _ARTICLE + r"(?:new\s+)?(?:(?:[\w-]+\s+){0,2}?(?:company|startup|lab|"
       r"venture|fund|firm|studio|nonprofit)\s*,?\s+(?:called\s+|named\s+)?)?$", R.FOUNDED),
    # "…, announcing the establishment of a new company, Baichuan"
    _p(r"^\s*(?:announcing|announced|announces)\s+(?:[^.;:]{0,60}?\s)?(?:the\s+)?(?:establishment|founding|creation)\s+of\s+"
       r"(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:new\s+)?(?:(?:company|startup|lab|venture|firm)\s*,?\s*"
       r"(?:called\s+|named\s+)?)?$", R.FOUNDED, True, 0.75),
    _p(r"^\s*,?\s*(?:is\s+|was\s+)?(?:also\s+)?" + _ARTICLE + r"(?:co-?founders?|founders?)(?:\s+and\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+of\s+"
       + _ARTICLE + "$", R.FOUNDED),
    # "OpenAI's co-founders include Sam Altman", "Its founder is …"
    _p(r"^\s*(?:'s|’s)?\s*(?:co-?founders?|founders?)(?:\s+and\s+(?:ceo|chairman))?\s*"
       r"(?:,|\s(?:includes?|included|are|were|is|was)(?:\s+also)?)?\s*$", R.FOUNDED, False, 0.85),
    _p(r"^\s*,?\s*(?:which\s+|that\s+)?(?:was\s+|is\s+)?(?:co-?founded|founded|established|started|set up)\s+" + _YEAR
       + _BY_ROLE, R.FOUNDED, False),
    # "Baichuan Intelligence is by former Sogou CEO Wang Xiaochuan founded in 2023" (由…创立, as translated)
    _p(r"^\s+(?:(?:is|was)\s+)?by\s+(?:(?:former|then)\s+)?(?:[\w.-]+\s+){0,4}?$", R.FOUNDED, False, 0.75,
       after=r"^(?:\s*\([^)]{1,30}\))?\s+(?:in\s+\d{4}\s+)?(?:co-?)?(?:founded|created|established|set\s+up)\b"),
    # "Elon Musk's xAI", "Musk's new startup xAI": a person's company is mostly one the person founded
    _p(r"^\s*(?:'s|’s)\s+(?:(?:new|own|young|ai)\s+)?(?:(?:company|startup|lab|firm|venture)\s*,?\s+)?$", R.FOUNDED, True, 0.6,
       tails=frozenset({EntityType.ORGANIZATION}), heads=frozenset({EntityType.PERSON}), head_name=r"\S\s+\S"),
    # "He's one of the eight authors on "Attention Is All You Need"", "X, a co-author of Y"
    _p(r"^\s*(?:,\s*)?(?:who\s+)?(?:is|was|are|were|'s|’s)?\s*(?:(?:also|one)\s+)?(?:of\s+)?(?:the\s+|a\s+|an\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:authors?|co-?authors?)\s+(?:on|of)\s+(?:the\s+)?(?:paper\s+)?[“\"*]*$", R.PROPOSED, True, 0.7),
    # "Sutskever left OpenAI and re-emerged with his new company, SSI"
    _p(r"^\s+(?:[\w-]+\s+){0,6}?(?:with|into|to|founding|started|launched|formed)\s+(?:his|her|their)\s+(?:own\s+)?(?:new\s+)?"
       r"(?:company|startup|venture|lab|firm)\s*,?\s*(?:called\s+|named\s+)?$", R.FOUNDED, True, 0.7,
       tails=frozenset({EntityType.ORGANIZATION}), heads=frozenset({EntityType.PERSON})),
    # "X left Google to found Y" (the subject comes from a coordinated clause: see _EN_COORDINATION)
    _p(r"^\s*(?:left|quit)\s+(?:[\w.-]+\s+){0,3}?to\s+(?:co-?found|found|start|launch|set up|create)\s+" + _ARTICLE
       + r"(?:new\s+)?(?:(?:company|startup|lab|venture)\s*,?\s+(?:called\s+|named\s+)?)?$", R.FOUNDED, True, 0.75),
    # "Moonshot AI, the Beijing-based startup founded by Yang Zhilin"
    _p(r"^\s*(?:,|\s(?:is|was))\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:co-?founded|founded|established|started|set up)\s+"
       + _YEAR + _BY_ROLE, R.FOUNDED, False, listed=False),
    # worksFor
    _p(r"^\s*,\s*(?:the\s+|a\s+|an\s+|former\s+|then\s+|now\s+)*(?:[\w-]+\s+){0,2}" + ROLE +
       r"(?:\s+and\s+(?:co-?)?founder)?(?:\s+of(?:\s+[a-z-]+){1,3}?)?\s+(?:of|at|for|in)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.75),
    # "Dario Amodei, CEO and co-founder of Anthropic"
    _p(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?" + ROLE + r"\s+and\s+(?:co-?)?founder\s+of\s+" + _ARTICLE + "$", R.FOUNDED,
       True, 0.8),
    # "Demis Hassabis, Google DeepMind CEO, said", "Sam Altman (OpenAI CEO)": the role closes the aside.
    _p(r"^\s*[,(（]\s*(?:the\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^\s*(?:'s\s+|’s\s+)?(?:former\s+|then\s+|current\s+)?" + ROLE + r"\s*(?:[,;:)）]|$)"),
    _p(r"^\s*[,(（]\s*(?:the\s+)?$", R.FOUNDED, True, 0.75,
       after=r"^\s*(?:'s\s+|’s\s+)?(?:former\s+)?(?:co-?founder|founder)(?:\s+and\s+" + ROLE + r")?\s*(?:[,;:)）]|$)"),
    _p(r"^[（(]$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:前|原|现)?(?:" + "|".join(r for r in cues.ZH_ROLE_AFTER if "创始人" not in r) + r")[)）]"),
    _p(r"^[（(]$", R.FOUNDED, True, 0.75, after=r"^(?:联合)?创始人(?:兼[A-Z\u4e00-\u9fff]{1,6})?[)）]"),
    # "Subbarao Kambhampati (Arizona State University)": a researcher's affiliation in brackets
    _p(r"^\s*\(\s*$", R.WORKS_FOR, True, 0.6, tails=frozenset({EntityType.ORGANIZATION}), after=r"^\s*\)"),
    # "Cognition (CEO Scott Wu)": the organisation, then its officer in brackets
    _p(r"^\s*[(（]\s*(?:its\s+)?(?:former\s+)?(?:" + ROLE + r"|co-?founder|founder)\s+$", R.WORKS_FOR, False, 0.7,
       tails=frozenset({EntityType.ORGANIZATION})),
    # "X, a Google scientist"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:former\s+|senior\s+|then\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^\s+(?:[\w-]+\s+)?" + ROLE + r"\b"),
    _p(r"^\s*(?:'s|’s)?\s+(?:former\s+|then\s+|current\s+)?(?:[\w-]+\s+){0,1}(?:ceo|cto|boss|chairman|president|"
       r"chief scientist|scientist|researcher|engineer|director|vp|vice president|professor|head|employee|"
       r"chief [a-z]+ officer|chief executive|manager|analyst|partner)s?(?:\s+(?:and|&)\s+(?:ceo|cto|president|chairman|"
       r"chief [a-z]+ officer|chief executive))?\s*,?\s*$",
       R.WORKS_FOR, False, 0.75),
    # "Microsoft's Edward Hu", "OpenAI's John Schulman": an organisation's own person
    _p(r"^\s*(?:'s|’s)\s+$", R.WORKS_FOR, False, 0.6, tails=frozenset({EntityType.ORGANIZATION}),
       after=r"^(?!\s*(?:'s|’s))"),
    # "Tri Dao (now at Princeton University and Together AI)"
    _p(r"^\s*[(（]\s*(?:now|then|formerly|previously|currently|later)\s+(?:at|with)\s+$", R.WORKS_FOR, True, 0.7,
       tails=frozenset({EntityType.ORGANIZATION})),
    # "X, Y's chief scientist"
    _p(r"^\s*,\s*(?:the\s+)?$", R.WORKS_FOR, True, 0.75,
       after=r"^(?:'s|’s)\s+(?:former\s+|then\s+|current\s+)?(?:[\w-]+\s+){0,2}?" + ROLE + r"\b"),
    _p(r"^\s*,\s*(?:the\s+)?$", R.FOUNDED, True, 0.8,
       after=r"^(?:'s|’s)\s+(?:co-?)?founder\b"),
    # "Sam Bowman, who works on alignment at Anthropic"
    _p(r"^\s*(?:,\s*who\s+)?(?:now\s+|currently\s+|previously\s+|once\s+|also\s+)?(?:works|worked|working|serves|"
       r"served|is|was)\s+(?:as\s+" + _ARTICLE + r"(?:[\w-]+\s+){0,4}|on\s+(?:[\w-]+\s+){1,3}?)?(?:at|for|in)\s+"
       + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.65),
    # "Lena spent six years at Nvidia"
    _p(r"^\s*(?:,\s*who\s+)?(?:had\s+|has\s+)?(?:spent|spends)\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|decades?)\s+"
       r"(?:at|with|in)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.7, tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^\s*(?:,\s*who\s+)?(?:now\s+|currently\s+|previously\s+|once\s+|also\s+)?(?:teaches|taught|lectures|"
       r"lectured)\s+(?:[\w-]+\s+){0,2}?at\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.65),
    _p(r"^\s*(?:,\s*who\s+)?(?:later\s+|then\s+|has\s+|had\s+)?(?:joined|left|leaving|joins|quit|departed|"
       r"walked\s+out\s+of)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.7),
    # "John Schulman later left for Anthropic": where one went
    _p(r"^\s*(?:,\s*who\s+)?(?:later\s+|then\s+|has\s+|had\s+)?(?:left|leaving)\s+for\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.7, tails=frozenset({EntityType.ORGANIZATION})),
    # "John Schulman left Anthropic to join Thinking Machines Lab"
    _p(r"^\s*(?:,\s*who\s+)?(?:later\s+|then\s+|has\s+|had\s+)?(?:left|leaving|quit|departed)\s+[^,.;:]{2,60}?\s+to\s+"
       r"(?:join|lead|run|head)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.7, tails=frozenset({EntityType.ORGANIZATION})),
    # "I spent six years at Google Brain"
    _p(r"^\s*(?:,\s*who\s+)?(?:had\s+|has\s+)?(?:spent|worked)\s+(?:[\w-]+\s+){0,3}?(?:years?|months?|decades?)\s+"
       r"(?:at|with|in)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.7),
    # "Karpathy later led AI at Tesla", "she heads research at Kestrel"
    _p(r"^\s*(?:,\s*who\s+)?(?:now\s+|currently\s+|later\s+|then\s+)?(?:leads|led|heads|headed|runs|ran|directs|directed)\s+"
       r"(?:[\w-]+\s+){1,3}?(?:at|for)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.65),
    # "Suleyman now leads Microsoft AI"
    _p(r"^\s*(?:,\s*who\s+)?(?:now\s+|currently\s+|later\s+|then\s+)?(?:leads|heads|runs|directs|chairs|headed|"
       r"ran|directed|chaired)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.65),
    # "Jason Wei and colleagues at Google Brain", "Park, Bernstein, Liang et al. at Stanford"
    _p(r"^\s*,?\s+(?:and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?authors|collaborators|coworkers|team|others)|"
       r"et\s+al\.?)\s+(?:at|from)\s+(?:the\s+)?$", R.WORKS_FOR, True, 0.7, tails=frozenset({EntityType.ORGANIZATION})),
    # "Jiang Daxin once served Microsoft global vice president" (曾任, as translated)
    _p(r"^\s+(?:(?:once|previously|formerly|before|also|later)\s+)*(?:served|serves|worked\s+as|works\s+as|acted\s+as|"
       r"held\s+the\s+post\s+of)\s+(?:as\s+)?(?:the\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:\s+(?-i:[A-Z])[\w-]*)?(?:\s*[(（][^)）]{1,30}[)）])?\s+(?:global\s+|senior\s+|executive\s+|former\s+|"
       r"chief\s+)?(?:[\w-]+\s+){0,2}?" + ROLE + r"\b"),
    # "afterwards in Carnegie Mellon University read doctor" (在…读博, as translated)
    _p(r"^\s*(?:(?:afterwards|later|then|also|before)\s+)?(?:in|at)\s+$", R.EDUCATED_AT, True, 0.7,
       after=r"^\s+(?:read|studied|pursued|obtained|got|earned|received|completed)\s+(?:(?:a|his|her|the)\s+)?"
       r"(?:doctor|doctorate|phd|ph\.d|master|bachelor|undergraduate|graduate\s+school)"),
    # "Tang Jie is Tsinghua University professor", "Yan Junjie before was SenseTime (Shang Tang) vice president"
    _p(r"^\s+(?:(?:before|also|now|once|later|previously|formerly|currently|at\s+the\s+same\s+time)\s+){0,2}(?:is|was)\s+"
       r"(?:a\s+|an\s+|the\s+)?(?:former\s+)?$", R.WORKS_FOR, True, 0.7, tails=frozenset({EntityType.ORGANIZATION}),
       after=r"^(?:\s*[(（][^)）]{1,30}[)）])?\s+(?:[\w-]+\s+){0,2}?" + ROLE + r"\b"),
    # "Zhipu's chairman is Liu Debing"
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?" + ROLE + r"\s+(?:is|was)\s+$", R.WORKS_FOR, False, 0.7),
    # "Meta hired Alexandr Wang as its chief AI officer", "OpenAI appointed Fidji Simo CEO of Applications"
    _p(r"^\s+(?:has\s+|have\s+|had\s+|also\s+|recently\s+)*(?:hired|appointed|named|poached|recruited|tapped)\s+"
       r"(?:former\s+[\w-]+\s+(?:[\w-]+\s+)?)?$", R.WORKS_FOR, False, 0.7, tails=frozenset({EntityType.ORGANIZATION}),
       after=r"^\s*,?\s+(?:as\s+)?(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+|first\s+)?(?:[\w-]+\s+){0,2}?"
       + ROLE + r"\b"),
    # "Google DeepMind basically hired Varun Mohan and his co-founder"
    _p(r"^\s+(?:has\s+|have\s+|had\s+|also\s+|just\s+|[a-z]+ly\s+)*(?:hired|poached|recruited)\s+$", R.WORKS_FOR, False, 0.65,
       tails=frozenset({EntityType.ORGANIZATION})),
    # "Meta poached Ruoming Pang from Apple": he worked at both
    _p(r"^\s+from\s+$", R.WORKS_FOR, True, 0.65, tails=frozenset({EntityType.ORGANIZATION}),
       before=r"\b(?:poached|hired|recruited|lured)\s+(?:away\s+)?$"),
    _p(r"^\s+(?:has\s+|had\s+|also\s+|recently\s+)*(?:poached|hired|recruited|lured)\s+(?:away\s+)?$", R.WORKS_FOR, False,
       0.65, tails=frozenset({EntityType.ORGANIZATION}), after=r"^\s+(?:away\s+)?from\s+(?-i:[A-Z])"),
    # "Andrej Karpathy, formerly of Tesla and OpenAI"
    _p(r"^\s*,\s*(?:formerly|previously|once|now|currently|most\s+recently)\s+(?:of|at|with)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.7),
    _p(r"^\s*(?:,\s*who\s+)?(?:(?:before|also|previously|once|formerly|later|then|now)\s+){0,3}(?:was|is)\s+(?:a|an|the)\s+"
       r"(?:[\w-]+\s+){0,6}?" + ROLE + r"\s+(?:at|of|in)\s+"
       + _ARTICLE + _POSSESSOR
       + "$", R.WORKS_FOR, True, 0.75),
    _p(r"^\s*,?\s*(?:who\s+)?(?:now\s+|currently\s+|later\s+)?(?:serves|served|serving|became|becomes|remains|"
       r"remained)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?" + ROLE + r"\s+(?:at|of|for|in)\s+" + _ARTICLE
       + "$", R.WORKS_FOR, True, 0.75),
    # "Li, who serves as Zorbix's chief scientist"
    _p(r"^\s*,?\s*(?:who\s+)?(?:now\s+|currently\s+|later\s+)?(?:serves|served|serving|became|becomes|remains|"
       r"remained|is|was)\s+(?:as\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:'s|’s)\s+(?:former\s+|current\s+)?(?:[\w-]+\s+){0,2}?" + ROLE + r"\b"),
    # "The founder of Dark Side of the Moon, Yang Zhilin, said": the role, then who holds it.
    _p(r"^\s*,\s*$", R.FOUNDED, False, 0.75,
       before=r"\b(?:co-?)?founders?(?:\s*,\s*[a-z]+){0,3}(?:\s*,?\s+and\s+[a-z]+)?\s+of\s+(?:the\s+)?$"),
    _p(r"^\s*,\s*$", R.WORKS_FOR, False, 0.7, before=r"\b" + ROLE + r"\s+of\s+(?:the\s+)?$"),
    # "Professor Sun Maosong of Tsinghua University", "CEO Sam Altman of OpenAI"
    _p(r"^\s*,?\s*(?:of|at)\s+(?:the\s+)?$", R.WORKS_FOR, True, 0.7,
       before=r"\b(?:professor|prof\.?|lecturer|researcher|scientist|ceo|cto|cfo|coo|chairman|chairwoman|president|"
       r"director|dean)\s+$"),
    # educatedAt
    # "Zhejiang University graduate Liang Wenfeng", "MIT alumnus X"
    _p(r"^\s*(?:'s|’s)?\s+(?:graduate|alumnus|alumna|alum|(?:phd|ph\.d\.|doctoral|graduate|master['’]?s)\s+student|dropout)"
       r"\s+$", R.EDUCATED_AT, False, 0.75),
    # "he was a doctoral student in the Parietal team at Inria Saclay"
    _p(r"^\s*,?\s*(?:who\s+)?(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:student|candidate)\s+(?:in|at)\s+"
       + _ARTICLE + r"(?:[A-Z][\w-]*\s+team\s+at\s+)?$", R.EDUCATED_AT, True, 0.7, tails=frozenset({EntityType.ORGANIZATION})),
    # "four MIT students: Michael Truell, Sualeh Asif, …"
    _p(r"^\s+(?:(?:phd|doctoral|graduate|undergraduate)\s+)?(?:students|graduates|alumni|dropouts)\s*:?\s+$", R.EDUCATED_AT, False,
       0.75),
    _p(r"^\s*(?:,\s*(?:who\s+)?)?(?:also\s+|later\s+|then\s+)?(?:graduated|graduating|graduates)\s+(?:from\s+)?" + _ARTICLE
       + "$", R.EDUCATED_AT),
    _p(r"^\s*(?:studied|studies|studying)\s+(?:[\w-]+\s+){0,3}(?:at|in)\s+" + _ARTICLE + "$", R.EDUCATED_AT, True, 0.7),
    # "Yang, who did his PhD at Carnegie Mellon", "she earned a master's degree in physics from MIT"
    _p(r"^\s*,?\s*(?:who\s+|and\s+)?(?:then\s+|later\s+)?(?:did|earned|got|received|completed|obtained|holds|held|"
       r"pursued|finished)\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:phd|ph\.d\.?|doctorate|master['’]?s|"
       r"bachelor['’]?s|degree|mba|undergraduate\s+degree)(?:\s+degree)?(?:\s+in\s+[\w -]{2,30}?)?\s+(?:at|from|in)\s+"
       + _ARTICLE + "$", R.EDUCATED_AT, True, 0.75),
    _p(r"^\s*(?:,\s*who\s+)?(?:received|got|earned|obtained|holds|completed)\s+(?:his|her|my|a)\s+"
       r"(?:ph\.?d\.?|doctorate|master'?s|bachelor'?s|"
       r"degree)\s+(?:[\w-]+\s+){0,3}(?:from|at)\s+" + _ARTICLE + "$", R.EDUCATED_AT),
    _p(r"^\s*,?\s*(?:a|an)\s+(?:\w+\s+){0,2}?(?:alumnus|alumna|graduate|phd|student)\s+of\s+" + _ARTICLE + "$",
       R.EDUCATED_AT),
    # developed
    _p(_LEAD_IN + r"(?:has\s+|have\s+|had\s+|recently\s+|just\s+|officially\s+|first\s+|also\s+|later\s+|then\s+|soon\s+)*"
       r"(?:released|"
       r"launched|releasing|launching|developing|building|training|"
       r"developed|develops|built|builds|trained|trains|introduced|unveiled|open-sourced|open sourced|announced|"
       r"wrote|coded|programmed|designed|"
       r"created|creates|rolled out|shipped|made|makes|releases|launches|debuted|puts out|put out|putting out|dropped|drops)\s+"
       r"(?:its\s+|their\s+|the\s+|a\s+|an\s+|"
       r"new\s+|latest\s+|own\s+|first\s+)*(?:(?!by\b)[a-z-]+\s+){0,2}?[“\"]?$", R.DEVELOPED, True, 0.8),
    # Machine translation keeps Chinese order: "StepFun on the conference officially released its trillion
    # parameter MoE big model Step-2", "Moonshot AI in this year July open-sourced … model Kimi K2"
    _p(r"^\s+(?:also\s+)?(?:in|on|at|during)\s+(?:[\w-]+\s+){1,4}?(?:also\s+|officially\s+|formally\s+)*(?:released|launched|"
       r"open-sourced|introduced|unveiled|announced|trained(?:\s+out)?|developed|built)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,5}?$",
       R.DEVELOPED, True, 0.65, tails=ARTEFACTS),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?(?:developed|released|built|trained|launched|"
       r"created|made|open-sourced)\s+(?:together\s+|jointly\s+)?" + _YEAR + r"by\s+" + _ARTICLE + "$", R.DEVELOPED, False,
       0.8, not_tail=KIND_NAME),
    # "the GPT-4o of OpenAI", "the Kimi intelligent assistant of Moonshot": Y的X, as translated
    _p(r"^\s+(?:[a-z][\w-]*\s+){0,3}?of\s+$", R.DEVELOPED, False, 0.65, tails=ARTEFACTS, before=r"\bthe\s+$"),
    # "Anthropic's Model Context Protocol", "OpenAI's Agents SDK": a protocol or a toolkit is made too
    _p(r"^\s*(?:'s|’s)\s+(?:(?:new|open|open-source|own)\s+)?$", R.DEVELOPED, True, 0.65,
       tails=frozenset({EntityType.CONCEPT}), tail_name=r"\b(?:Protocol|SDK|API|Framework|Toolkit|Library|Engine|Standard)$"),
    # "Claude 3.5 Sonnet, Anthropic's model", "Veo 3 — Google DeepMind's new video model"
    _p(r"^\s*(?:,|[—–]|--)\s*$", R.DEVELOPED, False, 0.7, tails=ARTEFACTS,
       after=r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:model|models|chatbot|product|app|assistant|llm|agent|tool|platform|"
             r"service|chip|accelerator|robot|device)\b"),
    # "Cursor, which is made by a company called Anysphere"
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?(?:developed|released|built|made|created|launched)\s+by\s+"
       r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|lab|team|firm)\s+(?:called|named)\s+$", R.DEVELOPED, False, 0.75),
    # An idea introduced by someone was proposed (below); a model or product was made.
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?introduced\s+" + _YEAR + r"by\s+" + _ARTICLE + "$",
       R.DEVELOPED, False, 0.8, tails=ARTEFACTS),
    # "Llama 4, which Meta released in April": the maker as the subject of a relative clause
    _p(r"^\s*,\s*(?:which|that)\s+$", R.DEVELOPED, False, 0.75,
       after=r"^\s+(?:has\s+|had\s+|just\s+|recently\s+)?(?:released|launched|developed|built|trained|unveiled|"
       r"introduced|open-sourced|created|announced)\b"),
    # "Covariant, which Pieter co-founded"
    _p(r"^\s*,\s*(?:which|that)\s+$", R.FOUNDED, False, 0.75,
       after=r"^\s+(?:had\s+|has\s+|later\s+|then\s+)?(?:co-?founded|founded|started|set\s+up)\b"),
    # "Kimi, the chatbot developed by Moonshot AI"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:developed|released|built|trained|launched|created|made|"
       r"open-sourced)\s+" + _YEAR + r"by\s+" + _ARTICLE + "$", R.DEVELOPED, False, 0.8),
    # "Cerebras Systems, whose wafer-scale WSE-3 processor …"
    _p(r"^\s*,\s*whose\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$", R.DEVELOPED, True, 0.65, tails=ARTEFACTS),
    # "vLLM came out of the Sky Computing Lab"
    _p(r"^\s+(?:came|comes|grew|emerged)\s+out\s+of\s+" + _ARTICLE + "$", R.DEVELOPED, False, 0.65, tails=ARTEFACTS),
    # "Qwen is Alibaba's family of open models"
    _p(r"^\s+(?:is|are|was|were)\s+$", R.DEVELOPED, False, 0.7,
       after=r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:model|models|family|chatbot|assistant|product|app|series|llm|"
       r"platform|chip|tool)\b"),
    # "Meta's open-source model Llama 3", "the company's flagship model, Claude" (the 's is in the pronoun)
    _p(r"^\s*(?:(?:'s|’s|'|’)\s+|\s(?=(?:[\w-]+\s+){0,4}?(?:model|models|chatbot|app|assistant|chip|product)\b))"
       r"(?:(?:latest|new|own|flagship|self-developed|self-researched|open-source|open|big|large|"
       r"language|ai|reasoning)\s+)*(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:(?:[\w-]+\s+){0,3}?(?:model|models|chatbot|app|assistant|"
       r"chip|product)\s*,?\s+)?$", R.DEVELOPED, True, 0.6, tails=ARTEFACTS),  # "the company's third-generation WSE"
    # "He made a writing app based on the self-researched large model UCLAI" (自研, as translated),
    # "Huawei is working on its own chip Ascend": words without a name between, then whose it is.
    _p(r"^\s+(?:(?-i:[a-z0-9])[\w-]*,?\s+){0,12}?(?:its|their|his|her|the|a|an)\s+(?:own\s+)?(?:self-(?:researched|"
       r"developed|built|designed)|in-house|home-?grown|proprietary)\s+" + _KIND + r"[“\"]?$",
       R.DEVELOPED, True, 0.7),
    _p(r"^\s+(?:is\s+|are\s+|was\s+|has\s+been\s+|have\s+been\s+)?(?:research(?:ing|ed|es)?|work(?:ing|ed|s)?\s+on)\s+"
       r"(?:its|their|his|her)\s+own\s+" + _KIND + r"[“\"]?$", R.DEVELOPED, True, 0.7),
    # "ChatGPT maker OpenAI", "TikTok owner ByteDance"
    _p(r"^\s+(?:maker|makers|developer|developers|creator|creators|owner|publisher)\s*,?\s*$", R.DEVELOPED, False, 0.75),
    # "OpenAI, the company behind ChatGPT", "Anthropic, the maker of Claude"
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:company|companies|startup|firm|lab|team|"
       r"people)\s+behind|(?:co-?)?(?:maker|developer|creator)s?\s+of)\s+" + _ARTICLE + "$", R.DEVELOPED, True, 0.75),
    # "Jonathan Ross, who helped create the TPU"
    _p(r"^\s*,\s*who\s+(?:(?:first|originally|also|later)\s+)?(?:helped\s+(?:to\s+)?|went\s+on\s+to\s+)?(?:made|built|created|"
       r"co-created|developed|designed|invented|create|build|design|develop|invent)\s+" + _ARTICLE + "$", R.DEVELOPED, True, 0.7,
       tails=ARTEFACTS),
    # "Jia Yangqing, the guy who made Caffe"
    _p(r"^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:(?:first|originally|also)\s+)?(?:made|built|"
       r"created|co-created|developed|designed|wrote)\s+" + _ARTICLE + "$", R.DEVELOPED, True, 0.7, tails=ARTEFACTS),
    # "LangChain, the framework Harrison Chase started in 2022"; "Anthropic, the company Dario Amodei founded"
    _p(r"^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:framework|library|model|tool|app|product|platform|system|chatbot|"
       r"assistant|engine|language|editor)\s+$", R.DEVELOPED, False, 0.7,
       after=r"^\s+(?:(?:first|originally|also|later)\s+)?(?:co-?)?(?:started|created|built|wrote|developed|designed|launched)\b"),
    _p(r"^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|lab|firm|venture|fund)\s+$", R.FOUNDED, False, 0.7,
       after=r"^\s+(?:(?:later|then|also)\s+)?(?:co-?founded|founded|started|set\s+up|created)\b"),
    # "the GPT model he pioneered", "the Transformer architecture Vaswani introduced"
    _p(r"^\s+(?:[\w-]+\s+)?(?:model|models|architecture|framework|system|algorithm|network)\s+$", R.DEVELOPED, False, 0.65,
       after=r"^\s+(?:had\s+|has\s+)?(?:first\s+|once\s+|later\s+|also\s+)?(?:pioneered|developed|created|built|designed|"
       r"trained|released)\b"),
    _p(r"^\s+(?:[\w-]+\s+)?(?:theory|idea|concept|architecture|method|algorithm|approach|paradigm|principle|law|"
       r"hypothesis|conjecture|theorem)\s+$", R.PROPOSED, False, 0.65,
       after=r"^\s+(?:had\s+|has\s+)?(?:first\s+|once\s+|later\s+|also\s+)?(?:proposed|invented|coined|introduced|"
       r"put\s+forward|pioneered|formulated|conceived)\b"),
    # "they had built Meena, and then LaMDA, inside Google"
    _p(r"^\s*,?\s*(?:inside|within)\s+$", R.DEVELOPED, False, 0.6, tails=ARTEFACTS),
    # "Devin, from Cognition"; "Le Chat, the assistant from French startup Mistral AI"
    _p(r"^\s*,\s*from\s+$", R.DEVELOPED, False, 0.65, tails=ARTEFACTS),
    _p(r"^\s*,\s*(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?from\s+(?:[\w-]+\s+){0,3}?$", R.DEVELOPED, False, 0.65,
       tails=ARTEFACTS),
    # "GPT-4 from OpenAI", "Tongyi Qianwen under Alibaba" (旗下, as translated)
    _p(r"^\s+(?:from|under)\s+$", R.DEVELOPED, False, 0.6, tails=ARTEFACTS),
    # "Tsinghua's NLP lab": units of an organisation; "GPT's sequence learning" is no part of GPT.
    _p(r"^\s*(?:'s|’s|'|’)\s+$", R.PART_OF, False, 0.6, tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^ $", R.DEVELOPED, True, 0.6, tails=ARTEFACTS),
    # "GPT-4 (OpenAI)", "Baidu (ERNIE)": a maker and what it makes, either way round
    _p(r"^\s*\(\s*$", R.DEVELOPED, False, 0.5, tails=ARTEFACTS),
    _p(r"^\s*\(\s*$", R.DEVELOPED, True, 0.5, tails=ARTEFACTS),
    # basedOn
    # "which was originally powered by OpenAI Codex", "its MiniMax-01 series model is using …"
    _p(r"^\s*[,:]?\s*(?:(?:series\s+)?(?:model|models|llm|chatbot|architecture|system|platform)\s+)?(?:(?:which|that)\s+)?"
       r"(?:(?:is|are|was|were|has\s+been)\s+)?(?:(?:also|largely|mainly|directly|both|all|still|now|mostly|originally|"
       r"initially|first|basically|essentially)\s+)?(?:"
       r"(?:based|built)\s+(?:up)?on(?:\s+top\s+of)?|built\s+with|"
       r"powered\s+by|derived\s+from|fine-?tuned\s+(?:from|on)|distilled\s+from|uses|use|used|using|relies\s+on|relied\s+on|"
       r"utilized|utilizes|utilised|adopts|adopt|adopted|retains|retained|employs|employed|inspired\s+by|leverages|leveraged|builds\s+(?:up)?on|built\s+(?:up)?on|"
       r"originated\s+from|originates\s+from|stems\s+from|grew\s+out\s+of|rooted\s+in|an\s+extension\s+of|extends|"
       r"generali[sz]es|generali[sz]ed|improves\s+(?:up)?on|improved\s+(?:up)?on|"
       r"(?:a|an)\s+(?:fine-?tuned|distilled|quantized|improved|modified)\s+version\s+of|"
       r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:descendant|derivative|offshoot)\s+of|(?:trained|fine-?tuned)\s+on\s+top\s+of|"
       r"(?:sits|sat|sit|sitting|is|was)\s+on\s+top\s+of|"
       r"trained\s+(?:with|using|via)|(?:built\s+)?on\s+the\s+basis\s+of)\s+" + _ARTICLE + _MODIFIERS + r"\(?$",
       R.BASED_ON, True, 0.75),  # "adopts mixed expert (MoE)": a translated term glossed by its acronym
    # "This model on DeepSeek-V3 basis" (在…基础上, as translated)
    _p(r"^\s+(?:is\s+|was\s+)?(?:built\s+|trained\s+)?on\s+(?:the\s+)?$", R.BASED_ON, True, 0.7,
       after=r"^\s+(?:basis|foundation)\b"),
    # "Tencent Yuanbao app accessed DeepSeek-R1" (接入); "video-01, integrated into Hailuo AI"
    _p(r"^\s+(?:app\s+|application\s+|assistant\s+)?(?:has\s+|have\s+|also\s+|officially\s+)*(?:accessed|integrated|"
       r"integrates|connected\s+to|plugged\s+into)\s+" + _ARTICLE + "$", R.BASED_ON, True, 0.65, tails=ARTEFACTS),
    _p(r"^\s*,?\s*(?:and\s+)?(?:(?:was|is|were|are|has\s+been|have\s+been)\s+)?(?:also\s+)?(?:integrated|built|embedded)\s+"
       r"into\s+(?:the\s+|its\s+|their\s+)?$", R.BASED_ON, False, 0.65, tails=ARTEFACTS),
    _p(r"^-(?:based|powered)\s+$", R.BASED_ON, False, 0.7),
    # "DeepSeek-V3 is a huge MoE", "Step-2, which is a trillion-parameter MoE": what a model is built
    # as, when that is a method or an architecture; "a large language model" is only its kind.
    _p(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were)\s+)?|\s*(?:(?:which|that)\s+)?(?:is|was|are|were)\s+)"
       r"(?:(?:also|basically|essentially|just)\s+)?(?:a|an)\s+"
       r"(?:(?!(?:of|than|as|from|in|on|at|with|by|for|to|and|or|but|that|which)\b)[\w-]+\s+){0,3}?$", R.BASED_ON, True, 0.65, tails=frozenset({EntityType.CONCEPT}),
       after=r"^(?:\s+(?:model|models|architecture|network|design))?\s*(?:[,.;:)—–]|$|\s+(?:with|that|which|and|trained|"
       r"built|for|from)\b)", not_tail=KIND_NAME),
    # "DeepSeek-V2's mixture-of-experts architecture"
    _p(r"^\s*(?:'s|’s)\s+$", R.BASED_ON, True, 0.65, tails=frozenset({EntityType.CONCEPT}),
       after=r"^\s+(?:architecture|mechanism|design|backbone|recipe)\b"),
    _p(r"^\s*,?\s*(?:(?:is|was|are|were)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$", R.BASED_ON, True, 0.7,
       after=r"^-(?:based|powered)\b"),
    # "many ideas of AI originate from statistical physics, such as diffusion models"
    _p(r"^\s*,?\s*(?:such\s+as|like|including|e\.g\.,?|for\s+example,?)\s+" + _ARTICLE + "$", R.BASED_ON, False, 0.7,
       before=r"\b(?:originated?|originates|stem(?:s|med)?|derived?|derives|come|comes|came|grew|grow)\s+(?:directly\s+|"
       r"largely\s+|mainly\s+)?(?:from|out\s+of)\s+(?:the\s+)?$"),
    # "Based on GPT-3 and fine-tuned for marketing, Jasper …": a fronted participle, then its subject.
    _p(r"^(?:\s+(?:model|models|architecture|framework|platform|engine))?(?:\s*(?:,|and|or)\s*[^,;:.]{1,40}?)?,\s*$",
       R.BASED_ON, False, 0.7,
       before=r"^\s*(?:(?:it\s+is|it\s+was|which\s+is)\s+)?(?:based\s+on|built\s+(?:up)?on|powered\s+by|derived\s+from)\s+"
       r"(?:the\s+)?$"),
    # proposed
    _p(_LEAD_IN + r"(?:first\s+|originally\s+|also\s+)?(?:proposed|proposing|invented|coined|pioneered|introduced|"
       r"formulated|conceived|authored|wrote|published|put forward|came up with|developed|discovered)\s+" + _ARTICLE
       + r"(?:(?:new\s+|novel\s+)?(?:term|phrase|concept|notion|idea|approach|method|technique|principle|paradigm)\s+"
       r"(?:of\s+|called\s+|named\s+|dubbed\s+)?[“\"‘]?)?$",
       R.PROPOSED, True, 0.75),
    # "Ilya gave a talk at UC Berkeley titled “…”", "Solomonoff published a groundbreaking paper titled “…”"
    _p(_LEAD_IN + r"(?:has\s+|had\s+|also\s+|later\s+|then\s+)*(?:gave|delivered|published|wrote|authored|"
       r"co-?authored|presented|released)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:"
       + "|".join(sorted(cues.WORK_WORDS)) + r")(?:\s+(?:at|in|on|to|for)\s+[^,;:“\"]{1,40}?)?\s*,?\s*"
       r"(?:titled|entitled|called|named)?\s*[“\"‘]?$", R.PROPOSED, True, 0.75, tails=frozenset({EntityType.WORK})),
    # "The Transformer architecture was proposed by Google": the kind of idea may follow its name.
    _p(r"^(?:\s+(?:architecture|model|algorithm|method|theory|framework|paradigm|concept|technique|prompting|approach|"
       r"benchmark|dataset|principle|hypothesis|laws?|objective|loss))?"
       r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is)\s+)?(?:first\s+|originally\s+)?(?:proposed|invented|coined|"
       r"pioneered|introduced|formulated|authored|written)\s+by\s+$", R.PROPOSED, False, 0.8),
    # "BERT (Devlin et al., 2019)": a citation after a name says who proposed it
    # "**ReAct** ([paper](https://arxiv.org/…)) — (Yao et al., 2023)": emphasis, a link and a dash may come between
    _p(_CITED_BY, R.PROPOSED, False, 0.7, after=_CITATION, tails=frozenset({EntityType.CONCEPT, EntityType.WORK})),
    _p(_CITED_BY, R.DEVELOPED, False, 0.7, after=_CITATION, tails=ARTEFACTS),
    # "Rich Sutton's essay “The Bitter Lesson”", "Hinton's capsule network theory"
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:book|books|paper|papers|article|essay|novel|talk|lecture|speech|post|blog post|"
       r"letter|memo|thesis|dissertation|keynote)\s*,?\s*[“\"‘]?$", R.PROPOSED, True, 0.75),
    _p(r"^\s*(?:'s|’s)\s+$", R.PROPOSED, True, 0.7, after=r"^\s+(?:theory|architecture|paper|method|algorithm|"
       r"framework|hypothesis|conjecture|principle|theorem|law|paradigm)\b"),
    # "Wiener, the 'godfather' of cybernetics"
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:the|a)\s+[‘'“\"]?(?:god)?(?:father|mother|pioneer)[’'”\"]?\s+of\s+" + _ARTICLE + "$",
       R.PROPOSED, True, 0.7, tails=frozenset({EntityType.CONCEPT})),
    # "His book “An Introduction to …”, co-authored with Paul Vitanyi"
    _p(r"^[”\"’']?\s*,?\s*(?:co-?authored|co-?written|written)\s+(?:together\s+)?with\s+$", R.PROPOSED, False, 0.7,
       tails=frozenset({EntityType.WORK})),
    # "Lotfi Zadeh, the inventor of fuzzy logic"
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:the\s+|a\s+|an\s+)?(?:first\s+|lead\s+|co-?)?(?:inventor|originator|author|"
       r"proposer)s?\s+(?:of|on)\s+"
       + _ARTICLE + "$", R.PROPOSED, True, 0.75),
    # "“The Bitter Lesson” by Rich Sutton"
    _p(r"^[”\"’]?\s*,?\s*(?:written\s+)?by\s+$", R.PROPOSED, False, 0.7, tails=frozenset({EntityType.WORK})),
    # "“Dialogue” is a series of in-depth interviews launched by the Woke Advanced Alliance"
    _p(r"^[”\"’]?\s*(?:,\s*)?(?:is|was|are|were)?\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:proposed|invented|"
       r"introduced|authored|written|launched|created|published|hosted|produced|organi[sz]ed)\s+by\s+" + _ARTICLE + "$",
       R.PROPOSED, False, 0.75),
    # criticized
    # "Li Yanhong once many times criticized" (多次, as translated)
    _p(_LEAD_IN + r"(?:has\s+|have\s+|had\s+|also\s+|publicly\s+|repeatedly\s+|openly\s+|long\s+|often\s+|once\s+|"
       r"(?:many|several|multiple)\s+times\s+|"
       r"frequently\s+|consistently\s+|sharply\s+|strongly\s+|fiercely\s+|harshly\s+)*(?:criticized|criticised|"
       r"criticizes|criticises|criticizing|criticising|questioned|questions|disputed|disputes|attacked|dismissed|slammed|"
       r"opposed|opposes|mocked|rejected|warned\s+(?:about|against|of)|raised\s+concerns?\s+(?:about|over)|"
       r"played\s+down|plays\s+down|downplayed|downplays|pushed\s+back\s+(?:on|against)|called\s+out|"
       r"(?:sued|sues|suing)|filed\s+(?:a\s+)?(?:lawsuit|suit|complaint)\s+against|took\s+aim\s+at|takes\s+aim\s+at|"
       r"lashed\s+out\s+at|blasted|derided|ridiculed|disagreed\s+with|disagrees\s+with|"
       r"(?:is|was|are|were)\s+skeptical\s+of|(?:is|was|are|were)\s+critical\s+of|expressed\s+concerns?\s+"
       r"(?:about|over)|(?:(?:is|was|are|were)\s+)?(?:(?:both|all)\s+)?(?:not\s+optimistic|pessimistic|skeptical|sceptical|"
       r"doubtful|dismissive)\s+(?:about|of))\s+(?:the\s+)?(?:so-called\s+)?(?:(?:safety|dangers?|risks?|hype|limits?|"
       r"limitations?|claims?|threat|idea|notion|comparisons?)\s+(?:of|around|about|over|surrounding|from|that|with|to)\s+)?"
       r"(?:[\w-]+(?:\s[\w-]+){0,3},\s+)?[“\"]?$", R.CRITICIZED, True, 0.75),
    # "Mensch is a frequent critic of …", "he lobbied against the provisions of the EU AI Act"
    _p(_LEAD_IN + r"(?:(?:is|was|has\s+been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:critic|opponent|sceptic|skeptic)\s+of|"
       r"(?:has\s+|have\s+|had\s+)?(?:lobbied|campaigned|argued|spoke\s+out|spoken\s+out|warned)\s+against)\s+"
       r"(?:the\s+)?(?:(?:way|idea|notion|claims?|hype|provisions?)\s+(?:of|that|around|about)?\s*)?(?:[\w-]+\s+){0,2}?"
       r"(?:of\s+(?:the\s+)?)?[“\"]?$", R.CRITICIZED, True, 0.7),
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:criticism|criticisms|critique|critiques|attack|attacks|skepticism|scepticism)\s+"
       r"(?:of|on)\s+" + _ARTICLE + "$", R.CRITICIZED, True, 0.75),
    # investedIn
    _p(r"^\s*(?:,\s*(?:who|which)\s+)?(?:has\s+|have\s+|had\s+|also\s+|heavily\s+)*(?:invested|invests|investing)\s+"
       r"(?:[\w$€£¥.,-]+\s+){0,4}"
       r"in\s+" + _ARTICLE + "$", R.INVESTED_IN),
    # "Sequoia backed X"; "led" alone is leadership ("he led the Autopilot team"): see 'led a round in'.
    _p(r"^\s*(?:backed|funded|financed)\s+" + _ARTICLE + "$", R.INVESTED_IN, True, 0.65),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|'s|’s|has\s+been)\s+)?(?:(?:entirely|largely|mostly|partly|also)\s+)?"
       r"(?:backed|funded|financed)\s+(?:(?:entirely|largely|mostly|partly)\s+)?by\s+$", R.INVESTED_IN, False),
    # "MiniMax was invested by Alibaba and Tencent" (被…投资, as translated)
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|were|has\s+been|had\s+been)\s+(?:also\s+)?invested\s+(?:in\s+)?by\s+$",
       R.INVESTED_IN, False, 0.75),
    # "DeepSeek, a startup backed by the hedge fund High-Flyer"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:backed|funded|financed)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?$",
       R.INVESTED_IN, False, 0.75),
    _p(r"^\s*,?\s*(?:an\s+)?investors?\s+in\s+$", R.INVESTED_IN),
    # "Prosperity7 also participated in investment of Zhipu" (参与了…的投资, as translated)
    _p(r"^\s+(?:has\s+|also\s+)*(?:participated|took\s+part)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:investment|financing|funding|"
       r"round)\s+(?:of|in|for)\s+" + _ARTICLE + "$", R.INVESTED_IN, True, 0.7),
    # "the company last round financing was participated by Tencent" (参与, as translated)
    _p(r"^\s*(?:['’]s\s+|\s+(?:last|latest|recent|new|previous|current|first|second|third)\s+)(?:[\w$€£¥.,-]+\s+){0,3}?"
       r"(?:financing|round|investment|funding)\s+(?:was|were|has\s+been)\s+"
       r"(?:participated\s+(?:in\s+)?|joined\s+|co-led\s+|led\s+)by\s+" + _ARTICLE + "$", R.INVESTED_IN, False, 0.7),
    # "Moonshot AI's investors include Alibaba and Tencent"
    _p(r"^\s*(?:['’]s)?\s+(?:investors|backers|shareholders)\s*,?\s*(?:include|includes|including|such\s+as|are|like)\s+$",
       R.INVESTED_IN, False, 0.75),
    # "Andreessen Horowitz led its €385 million Series A": whose round it was
    _p(r"^\s+(?:has\s+|have\s+|also\s+)?(?:led|co-led|joined|participated\s+in)\s+$", R.INVESTED_IN, True, 0.7,
       after=r"^\s+(?:[\w$€£¥.,-]+\s+){0,4}?(?:series\s+[a-h]\b|seed\b|pre-seed\b|angel\b|funding|financing|round|"
       r"investment)", tails=frozenset({EntityType.ORGANIZATION})),
    # "ASML became its largest shareholder", "Microsoft took a small stake in Mistral AI"
    _p(r"^\s+(?:became|becomes|is|was|remains|remained)\s+$", R.INVESTED_IN, True, 0.7,
       after=r"^\s+(?:[\w-]+\s+){0,2}?(?:shareholder|investor|backer|stakeholder)s?\b",
       tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^\s+(?:has\s+|have\s+|also\s+)?(?:took|takes|taken|acquired|bought|holds|held|owns)\s+(?:a|an)\s+"
       r"(?:[\w$€£¥%.-]+\s+){0,3}?stake\s+in\s+$", R.INVESTED_IN, True, 0.75),
    # "Microsoft-backed OpenAI"
    _p(r"^-(?:backed|funded)\s+$", R.INVESTED_IN, True, 0.75),
    # "Sequoia led a $50 million round in X"; "X raised $1 billion from Y"
    _p(r"^\s*(?:has\s+|have\s+|also\s+)?(?:led|joined|participated\s+in|co-led)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
       r"(?:[\w$€£¥.,-]+\s+){0,5}?(?:funding\s+|financing\s+|investment\s+|seed\s+)?round\s+(?:in|of|for)\s+" + _ARTICLE
       + "$", R.INVESTED_IN, True, 0.75),
    _p(r"^\s*(?:has\s+|have\s+)?(?:raised|raises|received|secured|got|completed|closed)\s+(?:[\w$€£¥.,-]+\s+){0,12}?"
       r"(?:from|led\s+by)\s+"
       + _ARTICLE + "$", R.INVESTED_IN, False, 0.7),
    # partOf
    # "GitHub (which, remember, has been owned by Microsoft since 2018)"
    _p(r"^\s*[,(（]?\s*(?:(?:which|that)\b[^.;()]{0,30}?)?(?:is|was|has\s+been|had\s+been)?\s*(?:now\s+)?(?:wholly\s+)?"
       r"owned\s+by\s+" + _ARTICLE + "$", R.PART_OF, True, 0.7, tails=frozenset({EntityType.ORGANIZATION})),
    # "the KEG lab at Tsinghua", "the Sky Computing Lab at UC Berkeley": a unit of the organisation
    _p(r"^\s+(?:lab|laboratory|group|team)\s+(?:at|of)\s+(?:the\s+)?$", R.PART_OF, True, 0.7,
       tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^\s+(?:at|of)\s+(?:the\s+)?$", R.PART_OF, True, 0.7, tails=frozenset({EntityType.ORGANIZATION}),
       head_name=r"\b(?:Lab|Laboratory|Group|Team|Institute|Center|Centre)$"),
    # "Qwen2 belongs to the Tongyi Qianwen series"
    _p(r"^\s+(?:belongs?|belonged)\s+to\s+(?:the\s+)?$", R.PART_OF, True, 0.7),
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:subsidiary|division|unit|part|member|department|lab|"
       r"laboratory|branch|arm|version|variant|component)\s+of\s+" + _ARTICLE + "$", R.PART_OF),
    _p(r"^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has\s+been|became)\s+)?(?:now\s+|also\s+)?part\s+of\s+"
       + _ARTICLE + "$", R.PART_OF),
    # "Sogou, the search engine company that Tencent bought in 2021"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|startup|firm|lab|app|platform|unit|maker|developer|provider|"
       r"vendor|manufacturer|business|chipmaker)\s+(?:that|which)\s+$",
       R.PART_OF, True, 0.7, after=r"^\s+(?:later\s+|eventually\s+)?(?:bought|acquired|purchased|took\s+over)\b"),
    # "Ant Group under Alibaba", "Alibaba Cloud, a company under Alibaba": 旗下, as translated
    _p(r"^\s*,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:company|subsidiary|unit|lab|brand)\s+)?under\s+$", R.PART_OF, True, 0.65,
       tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|has\s+been)\s+)?(?:now\s+)?(?:owned|acquired|bought)\s+by\s+"
       + _ARTICLE + "$", R.PART_OF, True, 0.75),
    _p(_LEAD_IN + r"(?:has\s+|had\s+|later\s+|now\s+|also\s+)?(?:acquired|acquires|bought|owns)\s+" + _ARTICLE + "$",
       R.PART_OF, False, 0.7),
    # "M12, Microsoft's venture fund", "FAIR, Meta's research lab"
    _p(r"^\s*,\s*$", R.PART_OF, True, 0.7, tails=frozenset({EntityType.ORGANIZATION}),
       after=r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:fund|lab|laboratory|unit|arm|division|subsidiary|team|group|institute)\b",
       listed=False),
    # "Alphabet's subsidiary Google", "Google's parent company Alphabet"
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|arm|department)\s*,?\s*$", R.PART_OF, False, 0.75),
    _p(r"^\s*(?:'s|’s)?\s+(?:parent|parent\s+company|owner)\s*,?\s*$", R.PART_OF, True, 0.75),
    # competesWith
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:competes|compete|competing|competed)\s+(?:directly\s+)?"
       r"(?:with|against)\s+" + _ARTICLE + "$", R.COMPETES_WITH),
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:(?:a|an|the)\s+)?(?:main\s+|chief\s+|direct\s+|biggest\s+)?"
       r"(?:rival|rivals|competitor|competitors)\s+(?:of|to)?\s*" + _ARTICLE + "$", R.COMPETES_WITH),
    _p(r"^\s*(?:vs\.?|versus|v\.)\s+$", R.COMPETES_WITH, True, 0.7),
    # "Mistral AI, a European alternative to OpenAI", "positioned itself as a challenger to Nvidia"
    _p(r"^\s*,?\s*(?:has\s+)?(?:(?:positioned|pitched|presented|marketed)\s+(?:itself|themselves|it)\s+(?:[\w-]+\s+){0,2}?as|"
       r"is|was|are|were|as)?\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:alternative|rival|challenger|answer)\s+to\s+"
       + _ARTICLE + "$", R.COMPETES_WITH, True, 0.7),
    # "X is comparable or close to GPT-4": a model measured against another as its equal
    _p(r"^\s*(?:(?:is|are|was|were)\s+)?(?:(?:now|roughly|directly|fully)\s+)?(?:comparable|close|on\s+par)"
       r"(?:\s+or\s+(?:close|comparable|superior))?\s+(?:to|with)\s+" + _ARTICLE + "$", R.COMPETES_WITH, True, 0.65,
       tails=ARTEFACTS),
    # "OpenAI faces rivals such as Google and Anthropic"
    _p(r"^\s*,?\s*(?:(?:and|faces|faced|facing|against)\s+)?(?:its\s+|their\s+)?(?:main\s+|chief\s+|direct\s+|biggest\s+|"
       r"closest\s+|key\s+)?(?:rivals|competitors)\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+$", R.COMPETES_WITH, True,
       0.7),
    # "OpenAI's rival Anthropic", "Baidu and its rival Alibaba"
    _p(r"^\s*(?:(?:'s|’s)|,?\s*(?:and|or)\s+(?:its|their))\s+(?:main\s+|chief\s+|direct\s+|biggest\s+|closest\s+|"
       r"key\s+|arch-?)?(?:rival|rivals|competitor|competitors)\s*,?\s*$", R.COMPETES_WITH, True, 0.75),
    _p(r"^\s*(?:has\s+|have\s+|also\s+|reportedly\s+|is\s+|are\s+|was\s+|were\s+)?(?:outperforms?|outperformed|outperforming|surpass(?:es|ed|ing)?|beats?|"
       r"beat|beating|rivals?|rivaling|rivalling|challenging|edging\s+out|benchmark(?:s|ing|ed)?\s+against|"
       r"rivaled|rivalled|takes on|took on|challenges|challenged)\s+" + _ARTICLE + "$", R.COMPETES_WITH, True, 0.7),
    _p(r"^\s*(?:and|or)\s+$", R.COMPETES_WITH, True, 0.3),  # only kept when a rivalry word follows; see below
    # Chinese
    _p(r"^(?:曾|先后|早年|(?:于|在)\d+年(?:\d+月)?)?(?:在[\u4e00-\u9fff]{1,6}?)?(?:创立|创办|创建|成立|联合创办|联合创立)(?:了|的)?$",
       R.FOUNDED, True, 0.8),  # "我在杭州创办了宇树科技": where, then the verb
    # "Transformer的提出者之一Vaswani", "Linux的开发者Linus"
    _p(r"^的(?:提出者|发明者|(?:第一|主要|共同)?作者|创造者|首创者)(?:之一)?[、，,]?$", R.PROPOSED, False, 0.75),
    _p(r"^的(?:开发者|研发者|缔造者)(?:之一)?[、，,]?$", R.DEVELOPED, False, 0.75),
    # "字节的Seed团队", "Meta 的 FAIR 实验室": a unit of an organisation
    _p(r"^的$", R.PART_OF, False, 0.65, tails=frozenset({EntityType.ORGANIZATION}),
       head_name=r"(?:团队|实验室|研究院|研究所|事业部|事业群|部门|\b(?:Lab|Labs|Team|Research))$"),
    # "阿里巴巴的张勇表示": an organisation's own person
    _p(r"^的$", R.WORKS_FOR, False, 0.6, tails=frozenset({EntityType.ORGANIZATION})),
    # "清华大学刘知远老师", "微软李开复": an organisation written right before a Chinese name
    _p(r"^$", R.WORKS_FOR, False, 0.6, tails=frozenset({EntityType.ORGANIZATION}),
       after=r"^(?:" + "|".join(cues.ZH_PERSON_TITLES_AFTER) + r"|表示|说|认为|指出|称)"),
    # "后来出任智谱 AI 首席科学家的唐杰": the role, then 的, then who holds it
    # "联合创始人还有周昕宇和吴育昕", "创始人是王小川"
    _p(r"^(?:的)?(?:联合)?创始(?:人|合伙人|团队)(?:兼CEO|兼首席执行官)?(?:的|[、，]|(?:还|也|则)?(?:有|是|为|包括)|[里中]有)?$",
       R.FOUNDED, False, 0.85),
    _p(r"^(?:的)?(?:前|原)?(?:高级|资深|执行|常务|主管|管理|创始|副)?(?:CEO|首席执行官|首席科学家|首席技术官|副总裁|总裁|董事长|教授|研究员|科学家|工程师|"
       r"实习生|博士后|访问学者|"
       r"总经理|负责人|合伙人|院长|主任|副总|研发副总|首席[\u4e00-\u9fffA-Z]{1,6})(?:的|[、，])?$", R.WORKS_FOR, False, 0.75,
       before=r"(?<!首席)(?<!副)$"),  # "Meta首席AI科学家": the AI of a title is no employer
    _p(r"^(?:曾|现|目前|后来|先后)?(?:加入|加盟|就职于|任职于|任教于|执教于|供职于|效力于|入职|离开|离职于|出任)了?$", R.WORKS_FOR, True, 0.75,
       tails=frozenset({EntityType.ORGANIZATION})),
    # "Ilya Sutskever：OpenAI 联合创始人、前首席科学家": a person, a colon, then what the person is
    _p(r"^\s*[：:]\s*$", R.FOUNDED, True, 0.75, after=r"^\s*(?:前|原)?(?:联合)?创始人"),
    # "Jack Rae：当时在 OpenAI"
    _p(r"^\s*[：:]\s*(?:当时|曾|曾经|现|现在|目前|后来)?(?:在|任职于|就职于|供职于|加入了?)$", R.WORKS_FOR, True, 0.7,
       tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^\s*[：:]\s*$", R.WORKS_FOR, True, 0.7,
       after=r"^\s*(?:(?:联合)?创始人[、，,]\s*)?(?:前|原|现)?(?:" + "|".join(cues.ZH_ROLE_AFTER) + r"|教授|研究员|科学家)"),
    # "GRPO：深度求索在 DeepSeekMath 论文里提出": a term, a colon, then who proposed it
    _p(r"^\s*[：:]\s*$", R.PROPOSED, False, 0.7,
       after=r"^\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:等人?)?\s*(?:(?:于|在)?\d{4}\s*年)?\s*(?:在[^，。；]{0,30}?(?:中|里)?)?\s*"
       r"(?:最早|首先|率先)?(?:提出|发明)"),
    # "残差连接来自 ResNet —— 何恺明（Kaiming He）等人 2015 年在微软亚洲研究院提出"
    _p(r"^\s*(?:——|—|--)\s*$", R.PROPOSED, False, 0.7,
       after=r"^\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:等人?)?\s*(?:(?:于|在)?\d{4}\s*年)?\s*(?:在[^，。；]{0,30}?)?"
       r"(?:最早|首先|率先)?(?:提出|发明)"),
    # "DPO（Direct Preference Optimization，2023，斯坦福 Rafael Rafailov、Chelsea Finn 等）": the authors after the year
    _p(r"^\s*[（(][^（）()]{0,60}?[，,]\s*(?:19|20)\d\d(?:\.\d{1,2})?\s*[，,]\s*[^，,（）()]{0,12}?$", R.PROPOSED, False, 0.7),
    # "Constitutional AI（Anthropic，2022）", "Mixtral 8x7B (Mistral AI, 2023.12)": whose it is, then when
    _p(r"^\s*[（(]\s*$", R.PROPOSED, False, 0.7, after=r"^\s*[，,]\s*(?:19|20)\d\d(?:\.\d{1,2})?\s*[)），,]"),
    # "立委博士,问问副总裁"
    _p(r"^(?:博士|教授|老师|先生|女士)?\s*[,，]\s*$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:前|原|现)?(?:首席|副总|总裁|CEO|CTO|COO|创始人|联合创始人|董事长|研究员|科学家|教授|工程师)"),
    # "他在谷歌担任首席科学家", "她在清华大学任教", "他在斯坦福读博", "读博期间还曾在Google Brain工作过"
    _p(r"^(?:等人?)?(?:[^，。；,;]{1,8}?(?:期间|的时候|之后|以后))?(?:还|也)?(?:曾|曾经|现|现在|目前|先后|后来|一直|当时|那时|此前|之前)?"
       r"(?:在|于)$",
       R.WORKS_FOR, True, 0.75,
       after="^" + _ZH_AND + r"(?:担任|出任|任职|任教|任|工作|就职|供职|领导|实习|做博士后|访学)"),
    # "何恺明等人在微软亚洲研究院提出", "香农在贝尔实验室发表": work done at an organisation, not a city
    _p(r"^(?:等人?)?(?:曾|曾经|现|现在|目前|先后|后来|一直)?(?:在|于)$", R.WORKS_FOR, True, 0.7,
       after="^" + _ZH_AND + r"(?:提出|发明|研发|发表)", tails=frozenset({EntityType.ORGANIZATION})),
    # "2024 年又回到 Google", "跳槽去了 Anthropic"
    _p(r"^(?:又|再次|后来|随后|已经|已)?(?:回到|重返|跳槽(?:去了|到了?|至)|转投|转战|去了)$", R.WORKS_FOR, True, 0.7,
       tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^(?:曾|曾经|先后|早年)?(?:本科|硕士|博士|研究生)?(?:在|于)$", R.EDUCATED_AT, True, 0.75,
       after=r"^(?:读博|读研|读书|求学|留学|攻读|读(?:本科|硕士|博士|研究生)|获得(?:了)?(?:博士|硕士|学士))"),
    # "我本科在浙江理工大学读机械": a degree named before where, then what was read
    _p(r"^(?:本科|硕士|博士|研究生)(?:在|于)$", R.EDUCATED_AT, True, 0.75, after=r"^读"),
    _p(r"^(?:本科|硕士|博士)?(?:毕业于|考入了?|考上了?|就读于|保送(?:进入?|至)?了?)$", R.EDUCATED_AT, True, 0.85),
    # "杨植麟本科清华", "梁文锋本硕都在浙江大学"
    _p(r"^(?:本科|硕士|博士|本硕|硕博|本硕博)(?:都|均|也)?(?:在|读|就读于|是)?$", R.EDUCATED_AT, True, 0.75,
       tails=frozenset({EntityType.ORGANIZATION})),
    # "斯坦福大学博士生郭文景", "Arthur Mensch（前 DeepMind）": where one studies, where one was
    _p(r"^的?(?:博士生|硕士生|研究生|本科生|学生|毕业生|校友)$", R.EDUCATED_AT, False, 0.75),
    # "Aidan Gomez（当时是多伦多大学的学生）"
    _p(r"^[（(]?\s*(?:当时|曾|曾经|现在|也)?(?:是|为)$", R.EDUCATED_AT, True, 0.7,
       after=r"^的(?:博士生|硕士生|研究生|本科生|学生|毕业生|校友)"),
    # "参与了o1", "参与了GPT-4的研发"
    _p(r"^(?:曾|也|还|先后)?参与(?:了)?$", R.DEVELOPED, True, 0.65, tails=ARTEFACTS),
    _p(r"^[（(]\s*(?:前|原|来自|出身于?)\s*$", R.WORKS_FOR, True, 0.7, after=r"^\s*[)）]", listed=False),
    # "贾扬清（前阿里技术副总裁，后来创办了Lepton AI）"
    _p(r"^[（(]\s*(?:前|原|现|曾任|时任)?\s*$", R.WORKS_FOR, True, 0.7, tails=frozenset({EntityType.ORGANIZATION}),
       after=r"^\s*[\u4e00-\u9fffA-Za-z]{0,6}?(?:" + "|".join(r for r in cues.ZH_ROLE_AFTER if "创始人" not in r)
       + r"|研究员|科学家|工程师|教授)"),
    _p(r"^[（(]\s*(?:均|都)来自\s*$", R.WORKS_FOR, True, 0.7, after=r"^\s*[)）]"),
    # Passives with 由: "月之暗面由杨植麟创立", "GLM由智谱开发"
    _p(_ZH_BY, R.FOUNDED, False, 0.8, after="^" + _ZH_AND + _ZH_WHEN[1:] + r"(?:联合|共同)?(?:创立|创办|创建|成立)"),
    _p(_ZH_BY, R.DEVELOPED, False, 0.8, after="^" + _ZH_AND + r"(?:团队|研究团队|实验室)?" + _ZH_WHEN[1:]
       + r"(?:自主|独立)?(?:开发|研发|推出|发布|训练|打造)"),
    _p(_ZH_BY, R.PROPOSED, False, 0.8, after="^" + _ZH_AND + _ZH_OTHERS + _ZH_WHEN[1:] + r"(?:首先|最早|联合|共同)?(?:提出|发明)"),
    _p(_ZH_BY, R.INVESTED_IN, False, 0.8, after="^" + _ZH_AND + _ZH_WHEN[1:] + r"(?:领投|投资|注资)"),
    # "月之暗面完成了由阿里巴巴领投的新一轮融资", "月之暗面完成融资，阿里巴巴领投"
    _p(r"^(?:已|已经|近日|日前)?(?:完成|获得|宣布完成)了?(?:[^，。；]{0,12}?)(?:[，,]\s*(?:同样|也|均|则|本轮)?由?|由)$",
       R.INVESTED_IN, False, 0.8,
       after="^" + _ZH_AND + r"(?:领投|投资|注资|参投|跟投)"),
    # "公司拿到了金沙江创投、红杉中国等机构的投资"
    _p(r"^[^。；]{0,16}?(?:拿到|获得|得到)了?$", R.INVESTED_IN, False, 0.7,
       after="^" + _ZH_AND + r"(?:等(?:[\u4e00-\u9fff]{0,4}机构)?)?的(?:[^，。；]{0,8}?)(?:投资|融资|注资)"),
    # "生数科技的天使轮由蚂蚁集团领投"
    _p(r"^的?(?:[^，。；]{0,12}?)(?:轮|融资)(?:融资)?由$", R.INVESTED_IN, False, 0.8,
       after="^" + _ZH_AND + r"(?:等)?(?:领投|投资|注资|参投|跟投)"),
    _p(r"^(?:是|为|作为|成为)$", R.PART_OF, True, 0.75,
       after=r"^(?:旗下|下属|的(?:全资)?子公司|的一部分|的成员|的部门|的实验室|的分支)"),
    # Relative clauses: "李飞飞提出的ImageNet", "谷歌发布的Gemini", "王小川创立的百川智能"
    _p(r"^(?:最早|首先|率先|所)?(?:提出|发明|首创)的$", R.PROPOSED, True, 0.8),
    _p(r"^(?:自主|独立|所|最新|最近|此前|新)?(?:发布|推出|开发|研发|训练|开源|打造|自研)的[“\"「《]?$", R.DEVELOPED, True, 0.8),
    _p(r"^(?:联合|共同|所|一手)?(?:创立|创办|创建|成立)的$", R.FOUNDED, True, 0.8),
    _p(r"^(?:领投|投资|注资|参投)的$", R.INVESTED_IN, True, 0.8),
    _p(r"^(?:已|已经|于\d{4}年)?(?:收购|并购)(?:了|的)?$", R.PART_OF, False, 0.75),
    _p(r"^(?:已|已经|于\d{4}年)?被$", R.PART_OF, True, 0.75, after=r"^(?:收购|并购)"),
    # "基于Transformer的BERT"
    _p(r"^的$", R.BASED_ON, False, 0.75, before=r"(?:基于|依托于?|源于|源自)$"),
    # "王小川担任百川智能的CEO", "他是Netbase的首席科学家"
    _p(r"^(?:曾|现|目前|先后|后来|现在)?(?:担任|出任|任|是|作为)$", R.WORKS_FOR, True, 0.75,
       after=r"^(?:的)?(?:前|原|现)?(?:[\u4e00-\u9fffA-Za-z]{0,8}?)?(?:CEO|首席|总裁|副总裁|董事长|总经理|研究员|科学家|工程师|"
       r"教授|负责人|合伙人|院长|主任)"),
    # "张祥雨是深度学习经典网络ResNet的作者之一"
    _p(r"^(?:也|则|还)?(?:是|为)[\u4e00-\u9fff]{0,10}?$", R.PROPOSED, True, 0.7,
       after=r"^[》”\"」]?(?:[（(][^）)]{1,20}[）)])?的(?:提出者|发明者|作者|创造者|首创者)(?:之一)?"),
    _p(r"^(?:曾|现|目前)?(?:是)$", R.FOUNDED, True, 0.8, after=r"^(?:的)?(?:联合)?创始人"),
    _p(r"^的?(?:主要|最大的?|直接|头号)?(?:竞争对手|对手|劲敌)(?:包括|有|是|为)?[、，,：:]?$", R.COMPETES_WITH, True, 0.75),
    # "DeepSeek-V3是深度求索开发的模型"
    # "零一万物是李开复做的": who made a company founded it (graph/build.py reads that once types are known)
    _p(r"^(?:是|为|则是)$", R.DEVELOPED, False, 0.75,
       after=r"^(?:自主|独立)?(?:开发|研发|推出|发布|训练|打造|做|搞|做出来|搞出来|造)的"),
    _p(r"^(?:是|为|则是)$", R.PROPOSED, False, 0.75, after=r"^(?:最早|首先)?(?:提出|发明)的"),
    _p(r"^(?:是|为|则是)$", R.FOUNDED, False, 0.75, after=r"^(?:联合|共同)?(?:创立|创办|创建|成立)的"),
    _p(r"^的(?:论文|新书|著作|书|文章|演讲|报告|专著)?《?$", R.PROPOSED, True, 0.7, tails=frozenset({EntityType.WORK})),
    # "Ashish Vaswani 等 8 位作者在论文 "Attention Is All You Need" 中"
    _p(r"^\s*(?:等\s*(?:\d+|[一二三四五六七八九十]+)?\s*(?:位|名)?\s*(?:作者|研究者|人)?)?\s*(?:在|于)?\s*(?:论文|文章|报告|专著|新书)\s*[“\"《]?$",
       R.PROPOSED, True, 0.7, tails=frozenset({EntityType.WORK})),
    # "李开复出版了《AI·未来》", "他还写了《流浪地球》"
    _p(r"^(?:等人?)?(?:还|也|曾|曾经|先后|于\d{4}年)?(?:在[^，。；《]{1,20}?)?(?:出版|撰写|写|著|发表|推出)了?"
       r"(?:新书|著作|论文|文章|一本|一篇)?《?$", R.PROPOSED, True,
       0.75, tails=frozenset({EntityType.WORK})),
    _p(r"^(?:此前|近日|日前|曾|已|已经|先后|再次|又)?(?:获得|获|得到)了?$", R.INVESTED_IN, False, 0.75,
       after=r"^(?:的)?(?:领投|投资|注资|战略投资)"),
    # "智谱AI发布了新一代基座大模型GLM-4": words that describe the kind may come before it
    # "腾讯开源了130亿参数的混元视频模型HunyuanVideo": a size, then the kind, may come before the name
    _p(r"^(?:曾经?|先后)?(?:(?:带领|率领)(?:其|他的|她的)?团队)?(?:(?:联合|携手|与)[^，。；]{1,12}?(?:共同|联合)?)?"
       r"(?:正式|最近|近日|刚刚|已经|率先)?(?:发布|推出|开发|研发|训练|开源|上线|打造)了?"
       r"(?:(?:一|两|三|四|五|\d+)(?:款|个|种|代))?(?:\s*[\d.]+\s*[万亿千百]?(?:参数|个参数|tokens?)(?:规模)?的)?(?:新一代|最新的|自家的|新的|全新)?"
       r"(?:[\u4e00-\u9fffA-Za-z]{0,6}?(?:大模型|模型|产品|芯片|应用|系统|助手|工具))?[“\"「《]?$", R.DEVELOPED, True, 0.8),
    _p(r"^[,，]?(?:在[^，。,]{0,20}|其?(?:性能|能力|效果|表现|水平)上?)?(?:超越|超过|击败|打败|战胜|对标|追赶|比肩|挑战)了?"
       r"(?:[\d.]+\s*[BMKT亿万]?的)?$|"
       r"^(?:真正|直接|主要)?(?:对标|瞄准)的(?:是|就是|则是)$",
       R.COMPETES_WITH, True, 0.7),
    _p(r"^(?:的)$", R.DEVELOPED, True, 0.5, tails=ARTEFACTS),
    # "阿里通义千问", "华为昇腾910C": a maker written right before what it makes
    _p(r"^$", R.DEVELOPED, True, 0.55, tails=ARTEFACTS, listed=False),
    # "腾讯自家的混元", "OpenAI有o3"
    _p(r"^(?:自家|自己|自研|家)的$", R.DEVELOPED, True, 0.7, tails=ARTEFACTS),
    _p(r"^(?:有|则有|还有|推出过)$", R.DEVELOPED, True, 0.5, tails=ARTEFACTS),
    # "GLM-4.5是MoE架构", "Seed-Thinking-v1.5是总参数200B、激活20B的MoE推理模型"
    _p(r"^(?:是|为|则是|也是|采用了?|用了?)(?:[^，。；]{0,16}的)?$", R.BASED_ON, True, 0.7, tails=frozenset({EntityType.CONCEPT}),
       after=r"^[\u4e00-\u9fff]{0,4}?(?:架构|模型|结构|框架)"),
    _p(r"^[：:]?\s*(?:是|也是|均|都|则)?基于$", R.BASED_ON, True, 0.8),
    # "ChatGPT 用的就是 RLHF", "DeepSeek-R1 的强化学习阶段基于 GRPO"
    _p(r"^(?:用的|使用的|采用的|基于的)(?:就|也|则)?是$|^的[\u4e00-\u9fff]{0,8}?(?:阶段|部分|模块|架构|底座|训练)(?:是|则|也)?(?:基于|采用了?|使用了?)$",
       R.BASED_ON, True, 0.75),  # notes: "InstructGPT（OpenAI，2022）：基于 GPT-3"
    # "OpenAI基于Transformer开发了GPT": who made it, and what it is made from
    _p(r"^(?:基于|采用|利用|使用)[^，。；]{1,30}?(?:开发|研发|推出|训练|打造)(?:出)?了?$", R.DEVELOPED, True, 0.75),
    _p(r"^(?:开发|研发|推出|训练|打造)(?:出)?了?$", R.BASED_ON, False, 0.75, before=r"(?:基于|采用|利用)$"),
    _p(r"^(?:源自|源于|脱胎于|衍生自|改进自|继承自|建立在)$", R.BASED_ON, True, 0.75),
    # "元宝接入了DeepSeek-R1"; "video-01…并集成到旗下的海螺AI中"
    # "元宝接入了DeepSeek-R1", but "苹果宣布将 ChatGPT 接入 Siri": what is put into the other is its base
    _p(r"^(?:已|已经|也|还|率先|宣布|全面)?(?:接入|集成|整合)了?$", R.BASED_ON, True, 0.7, tails=ARTEFACTS, before=r"(?<![将把])$"),
    _p(r"^(?:接入|集成|整合|嵌入)(?:到|进|至)?了?$", R.BASED_ON, False, 0.7, tails=ARTEFACTS, before=r"[将把]$"),
    _p(r"^[,，]?(?:并|已|已经|还|也)?(?:被)?(?:集成|整合|嵌入|接入)(?:到|进|至)了?(?:旗下的?|其)?$", R.BASED_ON, False, 0.7,
       tails=ARTEFACTS),
    # "Kimi以Transformer为基础", "GLM-4是在GLM-3的基础上训练的"
    _p(r"^(?:以|用)$", R.BASED_ON, True, 0.75, after=r"^(?:为|作为)(?:基础|底座|基座|骨架|主干)"),
    # "Step-1V则是在Step-1语言模型之上加入视觉编码器训练而成"
    _p(r"^(?:是|则是)?在$", R.BASED_ON, True, 0.75, after=r"^(?:[\u4e00-\u9fff]{0,6}?)?的?(?:基础上|基础之上|之上)"),
    _p(r"^(?:在[^，。,]{0,20}?)?(?:采用|使用|借鉴|沿用)了?$", R.BASED_ON, True, 0.7),
    # "BERT 只用 encoder", "T5 是 encoder-decoder": what a model is built from or as
    _p(r"^(?:系列|模型)?(?:只|仅|都|也|主要)?(?:用|使用|采用)(?:了|的是)?$", R.BASED_ON, True, 0.7,
       tails=frozenset({EntityType.CONCEPT})),
    _p(r"^(?:也|则|就)?是$", R.BASED_ON, True, 0.65, tails=frozenset({EntityType.CONCEPT}), not_tail=KIND_NAME,
       after=r"^\s*(?:[，。；,;]|$)"),
    # "谷歌团队在论文《Attention Is All You Need》中提出了Transformer"
    _p(r"^(?:等(?:\d+|[一二三四五六七八九十]+)?(?:位|名)?(?:作者|研究者|研究人员|学者|人)?)?(?:团队|的团队|研究团队)?(?:(?:于|在)\d{4}年)?"
       r"(?:在[^，。；]{0,60}?中)?(?:最早|首先|率先|首次)?(?:提出|发明|创立)了?$",
       R.PROPOSED, True, 0.75),
    _p(r"^(?:公开|多次)?(?:批评|质疑|抨击|反对|怼|否认|否定|起诉|状告|炮轰|吐槽)了?$", R.CRITICIZED, True, 0.75),
    # "我对VLA是有点怀疑的", "他一直对scaling law不看好"
    _p(r"^(?:一直|始终|向来|也|都)?对$", R.CRITICIZED, True, 0.7,
       after=r"^(?:是|一直|始终|也|都)?(?:有点|有些|比较|非常|很|十分|相当|持)?(?:怀疑|不看好|不以为然|不认同|保留意见|"
       r"怀疑态度|保留态度|批评态度|否定态度)"),
    _p(r"^(?:领投|投资|注资|参投|投|入股)了?$", R.INVESTED_IN, True, 0.8),  # "红杉中国、经纬创投陆续投了我们"
    # "Meta 今年 6 月斥资约 143 亿美元入股 Scale AI"
    _p(r"^[^，。；]{0,12}?(?:斥资|出资|砸下|花费?)[^，。；]{0,16}?(?:入股|投资|注资|领投)了?$", R.INVESTED_IN, True, 0.75),
    # "智谱此前的投资方还包括美团、蚂蚁集团": who its investors are
    _p(r"^(?:此前|目前|早期|现有)?的?(?:投资方|投资人|投资者|股东|出资方|资方)(?:名单)?(?:还|也|主要|则)?(?:包括|有|是|为)[:：]?$",
       R.INVESTED_IN, False, 0.75),
    # "梁文锋领导的深度求索": the one who leads it works there
    _p(r"^(?:所|一手)?(?:领导|带领|执掌|掌舵|掌管|率领)的$", R.WORKS_FOR, True, 0.75, tails=frozenset({EntityType.ORGANIZATION})),
    # "xAI 及其子公司 X Corp"
    _p(r"^(?:及|和|与|以及)?其?(?:全资)?(?:子公司|旗下公司)$", R.PART_OF, False, 0.75),
    _p(r"^(?:旗下的?|下属的?)$", R.PART_OF, False, 0.75),
    _p(r"^(?:旗下的?)$", R.DEVELOPED, True, 0.7, tails=ARTEFACTS),
    _p(r"^(?:与|和|跟)$", R.COMPETES_WITH, True, 0.3),
    # "推出了豆包大模型,与百度文心一言竞争": the rival may carry its maker's name
    _p(r"^[,，]?\s*(?:将|要|正在|直接)?(?:与|和|跟|同)[\u4e00-\u9fffA-Za-z]{0,6}$", R.COMPETES_WITH, True, 0.7,
       after=r"^(?:正面|直接|激烈)?(?:竞争|抗衡|对抗|掰手腕|争夺)"),
)
