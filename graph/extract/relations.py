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

from ..model import Mention, RelationMention, Sentence
from ..vocab import EntityType, RelationType
from . import cues
from .base import PassContext, Resources, register_pass
from .text import has_cjk

PASS = "relations"
R = RelationType
_MAX_GAP = 90
_ARTICLE = r"(?:(?:the|a|an|its|their|his|her)\s+)?"
_YEAR = r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?"  # "founded in (March) 2021 by"
# What may stand between a subject and its verb: "Yann LeCun in the U.S. sharply criticized …".
_LEAD_IN = r"^\s*(?:,\s*(?:who|which)\s+)?(?:(?:in|at|from|of)\s+(?:the\s+)?[\w.]+(?:\s[\w.]+)?\s+)?(?:[a-z]+ly\s+)?"
# "at Huawei's Computer Network Laboratory": a possessor may stand between the verb and the unit.
_POSSESSOR = r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}['’]s?\s+)?"
# Founders are not listed: "founder of" states founded, which the founded patterns read.
_ROLE = (r"(?:ceo|cto|cfo|coo|chairman|chairwoman|president|vice[- ]president|vp|professor|"
         r"associate professor|assistant professor|scientist|chief scientist|researcher|research scientist|engineer|"
         r"director|head|partner|chief [a-z]+ officer|chief [a-z]+|employee|member|fellow|dean|lead|boss|manager|"
         r"expert|deputy chief expert|assistant scientist|analyst|architect|intern|advisor|adviser)")

# "founded by former SenseTime vice president Yan Junjie": who the founder was may stand before the name.
_BY_ROLE = r"by\s+(?:(?:former\s+|ex-|then\s+)?(?:[\w.-]+\s+){0,3}?" + _ROLE + r"\s+)?$"


@dataclass(frozen=True)
class Pattern:
    between: re.Pattern[str]
    relation: RelationType
    forward: bool  # True: first mention is the head
    confidence: float
    after: re.Pattern[str] | None = None  # what must follow the second mention
    tail_types: frozenset[EntityType] | None = None  # weak patterns: what the tail must already be
    before: re.Pattern[str] | None = None  # what must precede the first mention ("基于Y的X")

    def admits_tail(self, tail: EntityType | None) -> bool:
        return self.tail_types is None or tail in self.tail_types


def _p(regex: str, relation: RelationType, forward: bool = True, confidence: float = 0.8,
       after: str | None = None, tails: frozenset[EntityType] | None = None, before: str | None = None) -> Pattern:
    return Pattern(re.compile(regex, re.IGNORECASE), relation, forward, confidence,
                   re.compile(after, re.IGNORECASE) if after else None, tails,
                   re.compile(before, re.IGNORECASE) if before else None)



_ARTEFACTS = frozenset({EntityType.MODEL, EntityType.PRODUCT})
# "月之暗面由杨植麟创立", "BERT模型由谷歌发布": the passive marker, after the thing's kind.
_ZH_WHEN = r"^(?:(?:于|在)\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"  # "由杨植麟于2023年创立"
_ZH_BY = r"^(?:大模型|模型|系列|产品|芯片|应用|平台|系统|公司|团队|架构|算法|理论|方法)?(?:是|则|也|最早|最初|正是)?由$"

PATTERNS: tuple[Pattern, ...] = (
    # founded
    _p(_LEAD_IN + r"(?:has\s+|had\s+|later\s+|then\s+|also\s+)*(?:co-?founded|founded|co-?founding|founding|"
       r"established|set up|started|created)\s+" + _ARTICLE + r"(?:new\s+)?(?:(?:company|startup|lab|venture)\s*,?\s+"
       r"(?:called\s+|named\s+)?)?$", R.FOUNDED),
    # "…, announcing the establishment of a new company, Baichuan"
    _p(r"^\s*(?:announcing|announced|announces)\s+(?:[^.;:]{0,60}?\s)?(?:the\s+)?(?:establishment|founding|creation)\s+of\s+"
       r"(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:new\s+)?(?:(?:company|startup|lab|venture|firm)\s*,?\s*"
       r"(?:called\s+|named\s+)?)?$", R.FOUNDED, True, 0.75),
    _p(r"^\s*,?\s*(?:is\s+|was\s+)?(?:also\s+)?" + _ARTICLE + r"(?:co-?founders?|founders?)(?:\s+and\s+[a-z]+)?\s+of\s+"
       + _ARTICLE + "$", R.FOUNDED),
    _p(r"^\s*(?:'s|’s)?\s*(?:co-?founders?|founders?)(?:\s+and\s+(?:ceo|chairman))?\s*,?\s*$", R.FOUNDED, False, 0.85),
    _p(r"^\s*,?\s*(?:which\s+|that\s+)?(?:was\s+|is\s+)?(?:co-?founded|founded|established|started|set up)\s+" + _YEAR
       + _BY_ROLE, R.FOUNDED, False),
    # "X left Google to found Y" (the subject comes from a coordinated clause: see _EN_COORDINATION)
    _p(r"^\s*(?:left|quit)\s+(?:[\w.-]+\s+){0,3}?to\s+(?:co-?found|found|start|launch|set up|create)\s+" + _ARTICLE
       + r"(?:new\s+)?(?:(?:company|startup|lab|venture)\s*,?\s+(?:called\s+|named\s+)?)?$", R.FOUNDED, True, 0.75),
    # "Moonshot AI, the Beijing-based startup founded by Yang Zhilin"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:co-?founded|founded|established|started|set up)\s+" + _YEAR
       + _BY_ROLE, R.FOUNDED, False),
    # worksFor
    _p(r"^\s*,\s*(?:the\s+|a\s+|an\s+|former\s+|then\s+|now\s+)*(?:[\w-]+\s+){0,2}" + _ROLE +
       r"(?:\s+and\s+(?:co-?)?founder)?(?:\s+of(?:\s+[a-z-]+){1,3}?)?\s+(?:of|at|for|in)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.75),
    # "Dario Amodei, CEO and co-founder of Anthropic"
    _p(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?" + _ROLE + r"\s+and\s+(?:co-?)?founder\s+of\s+" + _ARTICLE + "$", R.FOUNDED,
       True, 0.8),
    # "Demis Hassabis, Google DeepMind CEO, said", "Sam Altman (OpenAI CEO)": the role closes the aside.
    _p(r"^\s*[,(（]\s*(?:the\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^\s*(?:'s\s+|’s\s+)?(?:former\s+|then\s+|current\s+)?" + _ROLE + r"\s*(?:[,;:)）]|$)"),
    _p(r"^\s*[,(（]\s*(?:the\s+)?$", R.FOUNDED, True, 0.75,
       after=r"^\s*(?:'s\s+|’s\s+)?(?:former\s+)?(?:co-?founder|founder)(?:\s+and\s+" + _ROLE + r")?\s*(?:[,;:)）]|$)"),
    _p(r"^[（(]$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:前|原|现)?(?:" + "|".join(r for r in cues.ZH_ROLE_AFTER if "创始人" not in r) + r")[)）]"),
    _p(r"^[（(]$", R.FOUNDED, True, 0.75, after=r"^(?:联合)?创始人(?:兼[A-Z\u4e00-\u9fff]{1,6})?[)）]"),
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
    # "Suleyman now leads Microsoft AI"
    _p(r"^\s*(?:,\s*who\s+)?(?:now\s+|currently\s+|later\s+|then\s+)?(?:leads|heads|runs|directs|chairs|headed|"
       r"ran|directed|chaired)\s+" + _ARTICLE + "$", R.WORKS_FOR, True, 0.65),
    # "Andrej Karpathy, formerly of Tesla and OpenAI"
    _p(r"^\s*,\s*(?:formerly|previously|once|now|currently|most\s+recently)\s+(?:of|at|with)\s+" + _ARTICLE + "$",
       R.WORKS_FOR, True, 0.7),
    _p(r"^\s*(?:,\s*who\s+)?(?:was|is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?" + _ROLE + r"\s+(?:at|of|in)\s+" + _ARTICLE + _POSSESSOR
       + "$", R.WORKS_FOR, True, 0.75),
    _p(r"^\s*,?\s*(?:who\s+)?(?:now\s+|currently\s+|later\s+)?(?:serves|served|serving|became|becomes|remains|"
       r"remained)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?" + _ROLE + r"\s+(?:at|of|for)\s+" + _ARTICLE
       + "$", R.WORKS_FOR, True, 0.75),
    # "Li, who serves as Zorbix's chief scientist"
    _p(r"^\s*,?\s*(?:who\s+)?(?:now\s+|currently\s+|later\s+)?(?:serves|served|serving|became|becomes|remains|"
       r"remained|is|was)\s+(?:as\s+)?$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:'s|’s)\s+(?:former\s+|current\s+)?(?:[\w-]+\s+){0,2}?" + _ROLE + r"\b"),
    # "Professor Sun Maosong of Tsinghua University", "CEO Sam Altman of OpenAI"
    _p(r"^\s*,?\s*(?:of|at)\s+(?:the\s+)?$", R.WORKS_FOR, True, 0.7,
       before=r"\b(?:professor|prof\.?|lecturer|researcher|scientist|ceo|cto|cfo|coo|chairman|chairwoman|president|"
       r"director|dean)\s+$"),
    # educatedAt
    _p(r"^\s*(?:,\s*who\s+)?(?:graduated|graduating|graduates)\s+(?:from\s+)?" + _ARTICLE + "$", R.EDUCATED_AT),
    _p(r"^\s*(?:studied|studies|studying)\s+(?:[\w-]+\s+){0,3}(?:at|in)\s+" + _ARTICLE + "$", R.EDUCATED_AT, True, 0.7),
    _p(r"^\s*(?:,\s*who\s+)?(?:received|got|earned|obtained|holds|completed)\s+(?:his|her|a)\s+(?:ph\.?d\.?|doctorate|master'?s|bachelor'?s|"
       r"degree)\s+(?:[\w-]+\s+){0,3}(?:from|at)\s+" + _ARTICLE + "$", R.EDUCATED_AT),
    _p(r"^\s*,?\s*(?:a|an)\s+(?:\w+\s+){0,2}?(?:alumnus|alumna|graduate|phd|student)\s+of\s+" + _ARTICLE + "$",
       R.EDUCATED_AT),
    # developed
    _p(_LEAD_IN + r"(?:has\s+|have\s+|had\s+|recently\s+|just\s+|officially\s+|first\s+|also\s+)*(?:released|"
       r"launched|releasing|launching|developing|building|training|"
       r"developed|develops|built|builds|trained|trains|introduced|unveiled|open-sourced|open sourced|announced|"
       r"wrote|coded|programmed|designed|"
       r"created|creates|rolled out|shipped|made|makes|releases|launches|debuted)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+|"
       r"new\s+|latest\s+|own\s+|first\s+)*(?:(?!by\b)[a-z-]+\s+){0,2}?[“\"]?$", R.DEVELOPED, True, 0.8),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?(?:developed|released|built|trained|launched|"
       r"created|made|introduced|open-sourced)\s+" + _YEAR + r"by\s+" + _ARTICLE + "$", R.DEVELOPED, False, 0.8),
    # "Kimi, the chatbot developed by Moonshot AI"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:developed|released|built|trained|launched|created|made|"
       r"open-sourced)\s+" + _YEAR + r"by\s+" + _ARTICLE + "$", R.DEVELOPED, False, 0.8),
    # "Qwen is Alibaba's family of open models"
    _p(r"^\s+(?:is|are|was|were)\s+$", R.DEVELOPED, False, 0.7,
       after=r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:model|models|family|chatbot|assistant|product|app|series|llm|"
       r"platform|chip|tool)\b"),
    _p(r"^\s*(?:'s|’s|'|’)\s+(?:(?:latest|new|own|flagship|self-developed|self-researched|open-source|open|big|large|"
       r"language|ai|reasoning)\s+)*(?:(?:model|models|chatbot|app|assistant|chip|product)\s+)?$", R.DEVELOPED, True, 0.6,
       tails=_ARTEFACTS),
    # "ChatGPT maker OpenAI", "TikTok owner ByteDance"
    _p(r"^\s+(?:maker|makers|developer|developers|creator|creators|owner|publisher)\s*,?\s*$", R.DEVELOPED, False, 0.75),
    # "OpenAI, the company behind ChatGPT", "Anthropic, the maker of Claude"
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:company|companies|startup|firm|lab|team|"
       r"people)\s+behind|(?:maker|developer|creator)s?\s+of)\s+" + _ARTICLE + "$", R.DEVELOPED, True, 0.75),
    # "GPT-4 from OpenAI", "Tongyi Qianwen under Alibaba" (旗下, as translated)
    _p(r"^\s+(?:from|under)\s+$", R.DEVELOPED, False, 0.6, tails=_ARTEFACTS),
    # "Tsinghua's NLP lab": units of an organisation; "GPT's sequence learning" is no part of GPT.
    _p(r"^\s*(?:'s|’s|'|’)\s+$", R.PART_OF, False, 0.6, tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^ $", R.DEVELOPED, True, 0.6, tails=_ARTEFACTS),
    _p(r"^\s*\(\s*$", R.DEVELOPED, False, 0.5, tails=frozenset({EntityType.ORGANIZATION})),
    # basedOn
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:also\s+|largely\s+|mainly\s+|directly\s+)?"
       r"(?:based|built)\s+(?:up)?on(?:\s+top\s+of)?|built\s+with|"
       r"powered\s+by|derived\s+from|fine-?tuned\s+(?:from|on)|distilled\s+from|uses|used|using|relies\s+on|relied\s+on|"
       r"utilized|utilizes|utilised|adopts|adopted|inspired\s+by|leverages|leveraged|builds\s+(?:up)?on|built\s+(?:up)?on|"
       r"originated\s+from|originates\s+from|stems\s+from|grew\s+out\s+of|rooted\s+in|an\s+extension\s+of|extends|"
       r"(?:a|an)\s+(?:fine-?tuned|distilled|quantized|improved|modified)\s+version\s+of|"
       r"trained\s+(?:with|using|via))\s+" + _ARTICLE + "$", R.BASED_ON, True, 0.75),
    _p(r"^-(?:based|powered)\s+$", R.BASED_ON, False, 0.7),
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
       r"formulated|conceived|authored|wrote|published|put forward|came up with|developed)\s+" + _ARTICLE
       + r"(?:(?:term|phrase|concept|notion|idea)\s+(?:of\s+)?[“\"‘]?)?$",
       R.PROPOSED, True, 0.75),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is)\s+)?(?:proposed|invented|coined|pioneered|introduced|"
       r"formulated|authored|written)\s+by\s+$", R.PROPOSED, False, 0.8),
    # "Rich Sutton's essay “The Bitter Lesson”", "Hinton's capsule network theory"
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:book|books|paper|papers|article|essay|novel|talk|lecture|speech|post|blog post|"
       r"letter|memo|thesis|dissertation|keynote)\s*,?\s*[“\"‘]?$", R.PROPOSED, True, 0.75),
    _p(r"^\s*(?:'s|’s)\s+$", R.PROPOSED, True, 0.7, after=r"^\s+(?:theory|architecture|paper|method|algorithm|"
       r"framework|hypothesis|conjecture|principle|theorem|law|paradigm)\b"),
    # "Lotfi Zadeh, the inventor of fuzzy logic"
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:the\s+|a\s+|an\s+)?(?:co-?)?(?:inventor|originator|author|proposer)s?\s+of\s+"
       + _ARTICLE + "$", R.PROPOSED, True, 0.75),
    # "“The Bitter Lesson” by Rich Sutton"
    _p(r"^[”\"’]?\s*,?\s*(?:written\s+)?by\s+$", R.PROPOSED, False, 0.7, tails=frozenset({EntityType.WORK})),
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
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:criticism|criticisms|critique|critiques|attack|attacks|skepticism|scepticism)\s+"
       r"(?:of|on)\s+" + _ARTICLE + "$", R.CRITICIZED, True, 0.75),
    # investedIn
    _p(r"^\s*(?:,\s*(?:who|which)\s+)?(?:has\s+|have\s+|had\s+|also\s+|heavily\s+)*(?:invested|invests|investing)\s+(?:[\w$.,-]+\s+){0,4}"
       r"in\s+" + _ARTICLE + "$", R.INVESTED_IN),
    # "Sequoia backed X"; "led" alone is leadership ("he led the Autopilot team"): see 'led a round in'.
    _p(r"^\s*(?:backed|funded|financed)\s+" + _ARTICLE + "$", R.INVESTED_IN, True, 0.65),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was)\s+)?(?:backed|funded|financed)\s+by\s+$", R.INVESTED_IN, False),
    # "DeepSeek, a startup backed by the hedge fund High-Flyer"
    _p(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:backed|funded|financed)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?$",
       R.INVESTED_IN, False, 0.75),
    _p(r"^\s*,?\s*(?:an\s+)?investors?\s+in\s+$", R.INVESTED_IN),
    # "Microsoft-backed OpenAI"
    _p(r"^-(?:backed|funded)\s+$", R.INVESTED_IN, True, 0.75),
    # "Sequoia led a $50 million round in X"; "X raised $1 billion from Y"
    _p(r"^\s*(?:has\s+|have\s+|also\s+)?(?:led|joined|participated\s+in|co-led)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
       r"(?:[\w$.,-]+\s+){0,5}?(?:funding\s+|financing\s+|investment\s+|seed\s+)?round\s+(?:in|of|for)\s+" + _ARTICLE
       + "$", R.INVESTED_IN, True, 0.75),
    _p(r"^\s*(?:has\s+|have\s+)?(?:raised|raises|received|secured|got|completed|closed)\s+(?:[\w$.,-]+\s+){1,7}?"
       r"(?:from|led\s+by)\s+"
       + _ARTICLE + "$", R.INVESTED_IN, False, 0.7),
    # partOf
    _p(r"^\s*,?\s*(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:subsidiary|division|unit|part|member|department|lab|"
       r"laboratory|branch|arm|version|variant|component)\s+of\s+" + _ARTICLE + "$", R.PART_OF),
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:now\s+|also\s+)?part\s+of\s+" + _ARTICLE + "$", R.PART_OF),
    # "Ant Group under Alibaba", "Alibaba Cloud, a company under Alibaba": 旗下, as translated
    _p(r"^\s*,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:company|subsidiary|unit|lab|brand)\s+)?under\s+$", R.PART_OF, True, 0.65,
       tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|has\s+been)\s+)?(?:now\s+)?(?:owned|acquired|bought)\s+by\s+"
       + _ARTICLE + "$", R.PART_OF, True, 0.75),
    _p(_LEAD_IN + r"(?:has\s+|had\s+|later\s+)?(?:acquired|acquires|bought)\s+" + _ARTICLE + "$", R.PART_OF, False, 0.7),
    # "Alphabet's subsidiary Google", "Google's parent company Alphabet"
    _p(r"^\s*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:subsidiary|unit|division|arm|department)\s*,?\s*$", R.PART_OF, False, 0.75),
    _p(r"^\s*(?:'s|’s)?\s+(?:parent|parent\s+company|owner)\s*,?\s*$", R.PART_OF, True, 0.75),
    # competesWith
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:competes|compete|competing|competed)\s+(?:directly\s+)?"
       r"(?:with|against)\s+" + _ARTICLE + "$", R.COMPETES_WITH),
    _p(r"^\s*(?:,\s*)?(?:(?:is|are|was|were)\s+)?(?:(?:a|an|the)\s+)?(?:main\s+|chief\s+|direct\s+|biggest\s+)?"
       r"(?:rival|rivals|competitor|competitors)\s+(?:of|to)?\s*" + _ARTICLE + "$", R.COMPETES_WITH),
    _p(r"^\s*(?:vs\.?|versus|v\.)\s+$", R.COMPETES_WITH, True, 0.7),
    # "OpenAI faces rivals such as Google and Anthropic"
    _p(r"^\s*,?\s*(?:(?:and|faces|faced|facing|against)\s+)?(?:its\s+|their\s+)?(?:main\s+|chief\s+|direct\s+|biggest\s+|"
       r"closest\s+|key\s+)?(?:rivals|competitors)\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+$", R.COMPETES_WITH, True,
       0.7),
    # "OpenAI's rival Anthropic", "Baidu and its rival Alibaba"
    _p(r"^\s*(?:(?:'s|’s)|,?\s*(?:and|or)\s+(?:its|their))\s+(?:main\s+|chief\s+|direct\s+|biggest\s+|closest\s+|"
       r"key\s+|arch-?)?(?:rival|rivals|competitor|competitors)\s*,?\s*$", R.COMPETES_WITH, True, 0.75),
    _p(r"^\s*(?:has\s+|have\s+|also\s+|reportedly\s+)?(?:outperforms?|outperformed|surpass(?:es|ed)?|beats?|beat|rivals?|"
       r"rivaled|rivalled|takes on|took on|challenges|challenged)\s+" + _ARTICLE + "$", R.COMPETES_WITH, True, 0.7),
    _p(r"^\s*(?:and|or)\s+$", R.COMPETES_WITH, True, 0.3),  # only kept when a rivalry word follows; see below
    # Chinese
    _p(r"^(?:曾|先后|早年|(?:于|在)\d+年(?:\d+月)?)?(?:创立|创办|创建|成立|联合创办|联合创立)(?:了|的)?$", R.FOUNDED, True, 0.8),
    # "Transformer的提出者之一Vaswani", "Linux的开发者Linus"
    _p(r"^的(?:提出者|发明者|作者|创造者|首创者)(?:之一)?[、，,]?$", R.PROPOSED, False, 0.75),
    _p(r"^的(?:开发者|研发者|缔造者)(?:之一)?[、，,]?$", R.DEVELOPED, False, 0.75),
    # "阿里巴巴的张勇表示": an organisation's own person
    _p(r"^的$", R.WORKS_FOR, False, 0.6, tails=frozenset({EntityType.ORGANIZATION})),
    _p(r"^(?:的)?(?:联合)?创始人(?:兼CEO|兼首席执行官)?[、，]?$", R.FOUNDED, False, 0.85),
    _p(r"^(?:的)?(?:前|原)?(?:CEO|首席执行官|首席科学家|首席技术官|副总裁|总裁|董事长|教授|研究员|科学家|工程师|"
       r"总经理|负责人|合伙人|院长|主任|副总|研发副总|首席[\u4e00-\u9fff]{1,4})[、，]?$", R.WORKS_FOR, False, 0.75),
    _p(r"^(?:曾|现|目前|后来|先后)?(?:加入|加盟|就职于|任职于|供职于|效力于|入职|离开|离职于)了?$", R.WORKS_FOR, True, 0.75),
    # "立委博士,问问副总裁"
    _p(r"^(?:博士|教授|老师|先生|女士)?\s*[,，]\s*$", R.WORKS_FOR, True, 0.7,
       after=r"^(?:前|原|现)?(?:首席|副总|总裁|CEO|CTO|COO|创始人|联合创始人|董事长|研究员|科学家|教授|工程师)"),
    # "他在谷歌担任首席科学家", "她在清华大学任教", "他在斯坦福读博"
    _p(r"^(?:曾|曾经|现|现在|目前|先后|后来|一直)?(?:在|于)$", R.WORKS_FOR, True, 0.75,
       after=r"^(?:担任|出任|任职|任教|任|工作|就职|供职|领导)"),
    _p(r"^(?:曾|曾经|先后|早年)?(?:在|于)$", R.EDUCATED_AT, True, 0.75,
       after=r"^(?:读博|读研|读书|求学|留学|攻读|获得(?:了)?(?:博士|硕士|学士))"),
    _p(r"^(?:本科|硕士|博士)?毕业于$", R.EDUCATED_AT, True, 0.85),
    # Passives with 由: "月之暗面由杨植麟创立", "GLM由智谱开发"
    _p(_ZH_BY, R.FOUNDED, False, 0.8, after=_ZH_WHEN + r"(?:联合|共同)?(?:创立|创办|创建|成立)"),
    _p(_ZH_BY, R.DEVELOPED, False, 0.8, after=_ZH_WHEN + r"(?:自主|独立)?(?:开发|研发|推出|发布|训练|打造)"),
    _p(_ZH_BY, R.PROPOSED, False, 0.8, after=_ZH_WHEN + r"(?:首先|最早)?(?:提出|发明)"),
    _p(_ZH_BY, R.INVESTED_IN, False, 0.8, after=_ZH_WHEN + r"(?:领投|投资|注资)"),
    _p(r"^(?:是|为|作为|成为)$", R.PART_OF, True, 0.75,
       after=r"^(?:旗下|下属|的(?:全资)?子公司|的一部分|的成员|的部门|的实验室|的分支)"),
    # Relative clauses: "李飞飞提出的ImageNet", "谷歌发布的Gemini", "王小川创立的百川智能"
    _p(r"^(?:最早|首先|率先|所)?(?:提出|发明|首创)的$", R.PROPOSED, True, 0.8),
    _p(r"^(?:自主|独立|所|最新|最近|此前|新)?(?:发布|推出|开发|研发|训练|开源|打造|自研)的$", R.DEVELOPED, True, 0.8),
    _p(r"^(?:联合|共同|所|一手)?(?:创立|创办|创建|成立)的$", R.FOUNDED, True, 0.8),
    _p(r"^(?:领投|投资|注资|参投)的$", R.INVESTED_IN, True, 0.8),
    _p(r"^(?:已|已经|于\d{4}年)?(?:收购|并购)(?:了|的)?$", R.PART_OF, False, 0.75),
    _p(r"^(?:已|已经|于\d{4}年)?被$", R.PART_OF, True, 0.75, after=r"^(?:收购|并购)"),
    # "基于Transformer的BERT"
    _p(r"^的$", R.BASED_ON, False, 0.75, before=r"(?:基于|依托于?|源于|源自)$"),
    # "王小川担任百川智能的CEO", "他是Netbase的首席科学家"
    _p(r"^(?:曾|现|目前|先后|后来|现在)?(?:担任|出任|任|是|作为)$", R.WORKS_FOR, True, 0.75,
       after=r"^(?:的)?(?:前|原|现)?(?:CEO|首席|总裁|副总裁|董事长|总经理|研究员|科学家|工程师|教授|负责人|合伙人|院长|主任)"),
    _p(r"^(?:曾|现|目前)?(?:是)$", R.FOUNDED, True, 0.8, after=r"^(?:的)?(?:联合)?创始人"),
    _p(r"^的?(?:主要|最大的?|直接|头号)?(?:竞争对手|对手|劲敌)(?:包括|有|是|为)?[、，,：:]?$", R.COMPETES_WITH, True, 0.75),
    # "DeepSeek-V3是深度求索开发的模型"
    _p(r"^(?:是|为|则是)$", R.DEVELOPED, False, 0.75, after=r"^(?:自主|独立)?(?:开发|研发|推出|发布|训练|打造)的"),
    _p(r"^(?:是|为|则是)$", R.PROPOSED, False, 0.75, after=r"^(?:最早|首先)?(?:提出|发明)的"),
    _p(r"^(?:是|为|则是)$", R.FOUNDED, False, 0.75, after=r"^(?:联合|共同)?(?:创立|创办|创建|成立)的"),
    _p(r"^的(?:论文|新书|著作|书|文章|演讲|报告|专著)?$", R.PROPOSED, True, 0.7, tails=frozenset({EntityType.WORK})),
    _p(r"^(?:获得|获|得到)了?$", R.INVESTED_IN, False, 0.75, after=r"^(?:的)?(?:领投|投资|注资|战略投资)"),
    _p(r"^(?:正式|最近|近日|刚刚|已经|率先)?(?:发布|推出|开发|研发|训练|开源|上线|打造)了?(?:新一代|最新的|自家的|新的|全新)?"
       r"(?:大模型|模型|产品|芯片|应用|系统)?$", R.DEVELOPED, True, 0.8),
    _p(r"^(?:在[^，。,]{0,20})?(?:超越|超过|击败|对标|追赶|比肩|挑战)了?$", R.COMPETES_WITH, True, 0.7),
    _p(r"^(?:的)$", R.DEVELOPED, True, 0.5, tails=_ARTEFACTS),
    _p(r"^(?:是|也是|均|都)?基于$", R.BASED_ON, True, 0.8),
    _p(r"^(?:源自|源于|脱胎于|衍生自|改进自|继承自|建立在)$", R.BASED_ON, True, 0.75),
    # "Kimi以Transformer为基础", "GLM-4是在GLM-3的基础上训练的"
    _p(r"^(?:以|用)$", R.BASED_ON, True, 0.75, after=r"^(?:为|作为)(?:基础|底座|基座|骨架|主干)"),
    _p(r"^(?:是|则是)?在$", R.BASED_ON, True, 0.75, after=r"^的?(?:基础上|基础之上)"),
    _p(r"^(?:在[^，。,]{0,20}?)?(?:采用|使用|借鉴|沿用)了?$", R.BASED_ON, True, 0.7),
    _p(r"^(?:最早|首先|率先)?(?:提出|发明|创立)了?$", R.PROPOSED, True, 0.75),
    _p(r"^(?:公开|多次)?(?:批评|质疑|抨击|反对|怼)了?$", R.CRITICIZED, True, 0.75),
    _p(r"^(?:领投|投资|注资|参投)了?$", R.INVESTED_IN, True, 0.8),
    _p(r"^(?:旗下的?|下属的?)$", R.PART_OF, False, 0.75),
    _p(r"^(?:旗下的?)$", R.DEVELOPED, True, 0.7, tails=_ARTEFACTS),
    _p(r"^(?:与|和|跟)$", R.COMPETES_WITH, True, 0.3),
)
# Most pairs of mentions match no pattern: one pass of the union rules them out in C.
_ANY_BETWEEN = re.compile("|".join(f"(?:{p.between.pattern})" for p in PATTERNS), re.IGNORECASE)
# "A and B compete", but not "A and B compete with C" (_COMPETE_CUE reads that).
_RIVALRY_AFTER = re.compile(r"^\s*(?:compet(?:e|ing)(?!\s+(?:with|against))|are\s+(?:fierce\s+|direct\s+)?(?:rivals|competitors)|rival each other|"
                            r"(?:是|互为)?(?:直接的?)?(?:竞争|竞品|对手)|对标|打擂|争夺)", re.I)
_COMPETE_CUE = re.compile(r"\b(?:compet(?:e|es|ing|ed)\s+(?:with|against)|struggle[sd]?\s+to\s+compete\s+with|"
                          r"(?:catch(?:es|ing)?|caught)\s+up\s+with|(?:is\s+|are\s+|was\s+)?benchmarked\s+against)\b", re.I)
_HEAD_NOUNS = frozenset(cues.TYPE_NOUNS) | cues.MODEL_WORDS | {"theories", "architectures"}
_CONJUNCTION = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|、|和|与|及)\s*$", re.I)


_MAX_APPOSITION = 90
_APPOSITION = re.compile(r"^\s*,\s*(?:a|an|the|who|which|whose|formerly|previously|founded|backed|based|"
                         r"headquartered|led)\b[^,;]{1,80},\s*", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she)\b|(?<![其吉])[他她](?![们人])", re.IGNORECASE)
# "developed by his team": the team's work is its leader's.
_HIS_TEAM = re.compile(r"\b(?:his|her)\s+(?:own\s+|research\s+)?(?:team|lab|laboratory|group|students)\b", re.IGNORECASE)
# "his CRATE architecture", "her paper “…”": what a person's own theory or writing is called.
_HIS_OWN = re.compile(r"\b(?:his|her)\s+(?:(?:new|own|famous|landmark|seminal|[\w-]+)\s+)?"
                      r"(?:(?:paper|book|essay|article|talk|lecture|thesis)\s*,?\s*[“\"‘]?\s*)?$", re.IGNORECASE)
_OWN_HEAD = re.compile(r"^\s*[”\"’]|^\s+(?:theory|architecture|method|algorithm|framework|hypothesis|conjecture|"
                       r"principle|theorem|law|paradigm|paper|book|essay)\b", re.IGNORECASE)
_POSSESSIVE_ORG = re.compile(r"\b(?:its|the company's|the company’s)\b|其(?=(?:联合)?创始人|CEO|首席|总裁|董事长)", re.IGNORECASE)
_THE_COMPANY = re.compile(r"\b[Tt]he company\b(?!['’])|该公司|这家公司")
_THE_MODEL = re.compile(r"\b[Tt]he model\b(?!['’])|该模型|这款模型|这个模型")
_EN_PARTICIPLE = re.compile(r",\s*(?:and\s+)?(?=(?:proposing|developing|founding|co-founding|launching|releasing|"
                            r"criticizing|criticising|investing|joining|announcing)\b)()")
# "Sutskever co-founded OpenAI and later left to start SSI": a second verb of the same subject.
_EN_COORDINATION = re.compile(r"\s(?:and|but)\s+(?:later\s+|then\s+|also\s+|subsequently\s+|eventually\s+|"
                              r"in\s+\d{4}\s+)?(?=(?:co-?founded|founded|launched|released|developed|built|trained|"
                              r"open-sourced|joined|left|quit|criticized|criticised|invested|proposed|introduced|"
                              r"acquired)\b)()")
# "Sogou founder Wang Xiaochuan …": an organisation before a role names the person's employer,
# and the person is the subject.
_ROLE_BETWEEN = re.compile(r"^\s*(?:'s|’s)?\s*(?:former\s+|then\s+)?(?:co-?founder|founder|" + _ROLE + r")\s*,?\s*$",
                           re.IGNORECASE)
# The connective ("并", "随后") stays before the clause's subject, so the clause reads as a sentence would.
_ZH_VERB_CLAUSE = re.compile(r"[,，;；]\s*(?:并且?|还|也|随后|同时|又|后来?)?()(?=(?:在[^，。,;；]{0,20}?)?(?:正式|已)?(?:发布|推出|"
                             r"开发|研发|开源|训练|投资|收购|创立|创办|提出|超越|超过|击败|采用|基于|加入|毕业于)|"
                             r"(?:曾经?|先后|现|目前)?(?:在|于)[^，。,;；]{1,20}?(?:工作|任职|担任|任教|就职|读博|读研|读书|"
                             r"求学|留学|攻读)|(?:曾经?|先后|现|目前)(?:加入|担任|任职于|就职于|毕业于))")
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


_Add = Callable[[_Slot, RelationType, _Slot, float], None]


@register_pass(PASS)
def relation_mentions(ctx: PassContext) -> Iterator[RelationMention | Mention]:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in ctx.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in _makers_in_names(ctx.mentions, _curated_organisations(ctx.resources)):
        by_sentence[mention.sentence].append(mention)
        yield mention
    last: dict[EntityType, tuple[int, Mention]] = {}
    pair: tuple[Mention, Mention] | None = None
    for sentence in ctx.sentences:
        mentions = sorted(by_sentence.get(sentence.index, []), key=lambda m: (m.start, -m.end))
        slots = [_Slot(m.start, m.end, m) for m in mentions]
        recent = {t: m for t, (index, m) in last.items() if sentence.index - index <= _ANTECEDENT_WINDOW}
        slots = sorted(slots + _pronouns(sentence, slots, recent) + _former_latter(sentence, slots, pair),
                       key=lambda s: (s.start, -s.end))
        pair = _last_pair(sentence, mentions) or pair
        slots = sorted(slots + _zero_subjects(sentence, slots), key=lambda s: (s.start, -s.end))
        if len(slots) >= 2:
            yield from _sentence_relations(sentence, slots)
        yield from _resume_entries(sentence, slots, recent.get(EntityType.PERSON))
        owner = last.get(EntityType.PERSON)
        yield from _possessive_pronouns(sentence, slots, owner[1] if owner and
                                        sentence.index - owner[0] <= _OWNER_WINDOW else None)
        # The first of a kind in a sentence is most often its subject, and what a pronoun after
        # it stands for ("Ma criticized Ilya … . He asserted …" is about Ma).
        for m in reversed(mentions):
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL):
                last[m.type] = (sentence.index, m)


def _curated_organisations(resources: Resources) -> dict[str, str]:
    """One-word names of curated organisations ("google", "nvidia"), each to its canonical name."""
    key = f"{PASS}:organisations"
    if key not in resources.cache:
        resources.cache[key] = {form: entry.name for entry in resources.lexicon.entries
                                if entry.type is EntityType.ORGANIZATION
                                for form in entry.surface_forms if " " not in form and not has_cjk(form)}
    return resources.cache[key]  # type: ignore[return-value]


def _makers_in_names(mentions: tuple[Mention, ...], curated: dict[str, str]) -> list[Mention]:
    """ "Google TPUv6", "Apple Intelligence": a model or product whose name opens with an
    organisation (named in the document or curated) holds that organisation, which made it (see
    _nested), even where the passes kept only the longer name."""
    named = {m.text: m.canonical for m in mentions if m.type is EntityType.ORGANIZATION}
    starts = {(m.start, m.end) for m in mentions}
    found = []
    for m in mentions:
        if m.type not in _ARTEFACTS or " " not in m.text:
            continue
        # Prefixes that end before a space, longest first: "Google DeepMind Gemini" → "Google DeepMind".
        prefixes = [m.text[:i] for i in range(len(m.text) - 1, 0, -1) if m.text[i] == " "]
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


def _pronouns(sentence: Sentence, slots: list[_Slot], recent: dict[EntityType, Mention]) -> list[_Slot]:
    """ "He founded X" / "its founder X" / "其创始人X": a pronoun stands for the last person (or
    organisation) named before it, in its sentence or the few just before (the most salient
    one, in this genre)."""
    found = []
    for pattern, wanted in ((_PRONOUN, EntityType.PERSON), (_HIS_TEAM, EntityType.PERSON),
                            (_POSSESSIVE_ORG, EntityType.ORGANIZATION),
                            (_THE_COMPANY, EntityType.ORGANIZATION), (_THE_MODEL, EntityType.MODEL)):
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            before = [s.mention for s in slots if s.end <= start and s.type is wanted]
            if pattern is _PRONOUN and before:
                break  # a person of the sentence itself comes first: leave "he" to the reader
            antecedent = before[0] if before else recent.get(wanted)  # the subject, not the nearest
            if antecedent is not None:
                found.append(_Slot(start, sentence.start + match.end(), antecedent))
    return found[:4]


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


def _zero_subjects(sentence: Sentence, slots: list[_Slot]) -> list[_Slot]:
    """ "月之暗面由杨植麟创立,发布了Kimi", "LeCun criticized GPT, proposing his world model": a
    clause that opens with a verb (a participle, in English) shares the subject of the sentence."""
    actors = [s for s in slots if s.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL)]
    if not actors:
        return []
    topic = actors[0]
    if len(actors) > 1 and topic.type is EntityType.ORGANIZATION and actors[1].type is EntityType.PERSON and \
            _ROLE_BETWEEN.match(sentence.text[topic.end - sentence.start:actors[1].start - sentence.start]):
        topic = actors[1]
    found = []
    for match in (_ZH_VERB_CLAUSE if has_cjk(sentence.text) else _EN_PARTICIPLE).finditer(sentence.text):
        position = sentence.start + match.start(1)
        if position > topic.end:
            found.append(_Slot(position, position, topic.mention))
    if not has_cjk(sentence.text):
        for match in _EN_COORDINATION.finditer(sentence.text):
            position = sentence.start + match.start(1)
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

    for i, first in enumerate(slots):
        for second in slots[i + 1:]:
            if second.start < first.end:
                _nested(first, second, add)
                continue
            between = text[first.end - sentence.start:second.start - sentence.start]
            if len(between) > _MAX_GAP + _MAX_APPOSITION:
                break
            # "Zorbix, an AI startup based in Paris, launched Quillo": read past the apposition,
            # which does not count towards the gap.
            core = _APPOSITION.sub(" ", between, count=1) if between.lstrip().startswith(",") else between
            if len(core) > _MAX_GAP:
                continue
            if not (_ANY_BETWEEN.match(between) or core != between and _ANY_BETWEEN.match(core)):
                continue
            for pattern in PATTERNS:
                if not (pattern.between.match(between) or core != between and pattern.between.match(core)):
                    continue
                if pattern.after and not pattern.after.search(text[second.end - sentence.start:]):
                    continue
                if pattern.before and not pattern.before.search(
                        text[max(0, first.start - sentence.start - _MAX_GAP):first.start - sentence.start]):
                    continue
                confidence = pattern.confidence
                if pattern.relation is R.COMPETES_WITH and confidence < 0.5:
                    if not _RIVALRY_AFTER.search(text[second.end - sentence.start:]):
                        continue
                    confidence = 0.7
                elif confidence < 0.4:
                    continue
                head, tail = (first, second) if pattern.forward else (second, first)
                if not pattern.admits_tail(tail.type) or _truncated(tail, text, sentence.start):
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


# "the white-box Transformer": a hyphenated modifier before a concept makes a longer, other term.
_MODIFIER_BEFORE = re.compile(r"\b(?!so-called|well-known|now-famous|much-hyped)[a-z]+-[a-z]+\s$")


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
            # A head noun after it ("…, and Kolmogorov complexity theory") still closes a list item.
            if step > 0 and re.match(r"^\s*,\s*(?:and|or)\s*$", joiner) and len(group) == 1:
                word = re.match(r"^\s+(?!and\b|or\b)([a-z][\w-]*)", text[b.end - offset:])
                if word and word.group(1) not in _HEAD_NOUNS:
                    break
            k += step
            group.append(slots[k])
    return group


def _competition(sentence: Sentence, slots: list[_Slot], add: _Add) -> None:
    """ "A, B and C … struggle to compete with D": every rival named before the cue competes with D;
    a model or product only from its own clause ("…, and its GLM-4 has caught up with GPT-4")."""
    text = sentence.text
    for cue in _COMPETE_CUE.finditer(text):
        after = [s for s in slots if s.start - sentence.start >= cue.end()]
        before = [s for s in slots if s.end - sentence.start <= cue.start() and (
            s.type in (EntityType.ORGANIZATION, None) or
            s.type in _ARTEFACTS and not re.search(r"[,;，；]", text[s.end - sentence.start:cue.start()]))]
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
