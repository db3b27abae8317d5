"""Context words that tell what kind of thing a name is, in English and Chinese.

These are grammar of the domain, not names: "Professor X", "X, CEO of Y", "the X model",
"X Laboratory", "X教授", "X公司", "X大模型".
"""

from __future__ import annotations

import re

from ..vocab import EntityType

P, O, M, PR, C, W, PL, EV = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL, EntityType.PRODUCT,
                             EntityType.CONCEPT, EntityType.WORK, EntityType.PLACE, EntityType.EVENT)

# Titles and roles written before a person's name ("Professor Ma", "founder Wang Xiaochuan").
PERSON_TITLES = frozenset("""
professor prof prof. dr dr. mr mr. mrs mrs. ms ms. sir president ceo cto cfo coo chairman chairwoman founder executive
co-founder cofounder boss academician scientist researcher author director engineer investor entrepreneur
vp chief manager partner teacher student doctor brother sister uncle senator minister mayor host anchor
reporter editor journalist analyst expert lecturer dean principal head leader colleague mentor advisor
senior junior elder former late master
""".split())
# Verbs of saying and thinking written after a person's name ("Zhou Hongyi said").
PERSON_VERBS = frozenset("""
said says told argued argues believes believed thinks thought noted wrote writes explained asked replied
added recalled admitted stressed emphasized emphasised insisted joked laughed smiled complained tweeted
revealed recalls recounted
""".split())
ROLE_NOUNS = frozenset("""
ceo cto cfo coo founder co-founder cofounder chairman president boss chief scientist researcher professor
director engineer vp head partner investor employee employees staff member members team alumnus alumni
student students intern
""".split())

# Last words of organisation names.
ORG_HEADS = frozenset("""
inc inc. corp corp. corporation company co co. ltd ltd. llc plc gmbh group laboratory laboratories lab labs
university universities institute institution academy foundation association alliance society council agency
bureau ministry department commission bank capital ventures venture partners fund funds technologies
technology tech systems research intelligence network networks review times news daily post magazine journal
studio studios school college center centre community consortium federation union committee office
organization organisation holdings media press club party court army navy robotics semiconductor
semiconductors motors airlines pharma therapeutics labs.
""".split())
ORG_FIRST = frozenset({"university", "institute", "academy", "bank", "ministry", "department", "school", "college"})
# Words written after an organisation's name ("the Baidu company", "OpenAI's CEO").
ORG_AFTER = frozenset("""
company companies corporation group lab team inc ltd startup firm giant's headquarters employees
""".split())

# Words written after or before a model's name ("the o3 model", "GPT-4 models").
MODEL_WORDS = frozenset({"model", "models", "llm", "llms", "chatbot", "checkpoint", "weights"})
# Words written after a product's name ("Cursor editor", "A100 graphics cards").
PRODUCT_WORDS = frozenset("""
app apps application applications software platform platforms tool tools browser editor ide assistant
chip chips gpu gpus card cards processor processors phone phones smartphone system os service website
forum device devices headset glasses accelerator accelerators server servers plugin extension library
framework database supercomputer cluster memory tokenizer tokeniser
""".split())
# Words that close the name of a place: "Pacific Ocean", "Yangtze River", "Haidian District".
PLACE_HEADS = frozenset("""
ocean sea river lake mountain mountains valley bay desert strait province county district street avenue road
""".split())
WORK_WORDS = frozenset("""
book books novel film movie series paper papers article articles essay report podcast episode interview
documentary show song album lecture talk speech letter manifesto thesis dissertation monograph manuscript
typescript textbook poem
""".split())
EVENT_WORDS = frozenset({"conference", "summit", "forum", "olympiad", "prize", "award", "competition", "war",
                         "festival", "expo", "holiday", "congress", "symposium", "workshop", "hackathon"})

# Words that begin sentences or headings and are no part of a name.
FUNCTION_WORDS = frozenset("""
a an the this that these those there their they them then than when where which who whom whose what why how
if in on at by for from of to into onto with within without about above after against along among around as
before behind below beneath beside between beyond but despite during except inside like near off over past
since through throughout till toward towards under until up upon via and or nor so yet also although though
because while whereas whether however moreover furthermore meanwhile therefore thus hence indeed instead
otherwise still it its he she his her we our us i my me you your yes no not all any each every some many
much more most other another such both either neither one two three four five six seven eight nine ten
first second third last next new old now today tomorrow yesterday here just only even also perhaps maybe
let please note see according following including besides finally firstly secondly lastly overall last
later earlier recently currently yesterday today tonight meanwhile once soon afterwards eventually nowadays
specifically especially particularly generally basically actually obviously clearly interestingly
unfortunately fortunately similarly additionally likewise notably ultimately initially previously
mr mrs ms dr is are was were be been being do does did have has had will would can could shall should may
might must
""".split())

# Chinese: suffixes of organisation names, titles after a person's name, cue words. Not 网络:
# in this domain a name ending in it is a network (残差网络, 深度学习经典网络), not a company.
ZH_ORG_SUFFIXES = ("公司", "集团", "大学", "学院", "研究院", "研究所", "实验室", "科技", "智能", "基金", "资本",
                   "银行", "协会", "联盟", "中心", "工作室", "科学院", "委员会", "创投", "风投")
ZH_PERSON_TITLES_AFTER = ("教授", "博士", "先生", "女士", "老师", "院士", "总裁", "总经理", "董事长", "同学",
                          "主任", "研究员", "工程师", "创始人", "总", "等人")
ZH_PERSON_TITLES_BEFORE = ("创始人", "联合创始人", "创办人", "CEO", "CTO", "首席科学家", "首席执行官", "首席技术官",
                           "董事长", "总裁", "副总裁", "总经理", "院长", "副院长", "所长", "主任", "总监", "合伙人",
                           "教授", "院士", "科学家", "老板", "掌门人", "研究员", "负责人", "博士生", "硕士生", "研究生",
                           "实习生")
# What a source gives after 据 ("据广密的信息", "据李开复介绍"): the words that make who came
# before them the source, a person or an organisation.
ZH_SOURCE_AFTER = ("信息", "消息", "报道", "介绍", "透露", "说法", "分析", "爆料", "披露", "估计", "统计")
ZH_MODEL_SUFFIXES = ("大模型", "模型")

# Capitalised words that are no names: calendar words and generic acronyms of units and roles.
NOT_NAMES = frozenset("""
January February March April May June July August September October November December Jan Feb Mar Apr Jun
Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
PhD Ph.D MSc BSc MBA CEO CTO CFO COO CIO VP HR PR IT UI UX OK FAQ PDF URL HTML HTTP API APIs SDK IDE GPU GPUs
CPU CPUs TPU NPU NPC NPCs SMS MB GB TB KB PB Gb Mb RMB USD EUR IPO VC VCs LP LPs ARR B2B B2C ToB ToC
AM PM BC AD Q&A QA FYI LOL OMG TBD PS Internet Web AI Americans Europeans
""".split())
# Adjectives of nationality: no name alone, but the first word of "American Mathematics Olympiad".
NATIONALITIES = frozenset("""
American Chinese European Japanese Korean German French British English Indian Russian Western Eastern Asian
African Canadian Israeli Taiwanese Singaporean
""".split())
NOT_NAMES |= NATIONALITIES

# Words before a name that make it hardware ("chip makers like Google TPUv6", "10,000 Nvidia A100").
HARDWARE_CONTEXT = re.compile(r"\b(?:chips?|gpus?|graphics cards?|accelerators?|chip (?:makers|manufacturers))\b"
                              r"(?:[^.;:,]*|[^.;:]*\b(?:like|such as|including)\b[^.;:]*)$", re.IGNORECASE)

# Hearst patterns: "conferences such as SIGCOMM, SOSP and NSDI", "apps like Cursor and Kimi":
# the noun before the list types every name in it.
LIST_NOUNS: dict[str, EntityType] = {}
for _type, _nouns in (
        (EV, "conference conferences venue venues event events competitions olympiads awards prizes"),
        (O, "company companies firm firms startup startups lab labs laboratories institution institutions "
            "organization organizations organisations universities manufacturers vendors giants players makers "
            "investors funds institutes teams"),
        (M, "model models llms chatbots"),
        (PR, "product products app apps application applications tool tools software platform platforms service "
             "services chips gpus cards programs mini-programs games editors assistants devices phones browsers "
             "websites forums frameworks libraries"),
        (C, "benchmark benchmarks algorithm algorithms method methods technique techniques technologies concept "
            "concepts architectures theories fields paradigms"),
        (P, "people scientists researchers founders entrepreneurs experts figures leaders professors engineers "
            "executives ceos"),
        (W, "books films movies novels papers articles shows series podcasts works essays"),
        (PL, "countries cities regions places"),
):
    LIST_NOUNS.update(dict.fromkeys(_nouns.split(), _type))
LIST_CUE = re.compile(r"\b([A-Za-z-]+)\s*,?\s*(?:such as|like|including|e\.g\.,?|namely|especially)\s+")
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# All that stands between two names of a list, in both languages: "A, B and C", "A、B和C".
BETWEEN_LIST_ITEMS = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|(?:and|or|&)\s+|[、，]\s*|[和与及或]\s*)")
_QUOTES = "“\"‘'”’"


def _list_items_before(between: str) -> bool:
    """Whether ``between`` is a run of short list items, each closed by a separator, so that the
    name after it is one more item. Split, not matched: "a and a and …" has no regex-friendly
    reading, since "and" may be a word or a separator."""
    *items, rest = _LIST_SEPARATOR.split(between)
    return rest.strip(_QUOTES + " ") == "" and all(0 < len(item.strip(_QUOTES).split()) <= 6 for item in items)


def listed_type(text: str, start: int) -> EntityType | None:
    """The type a Hearst pattern gives the item at ``start`` in "conferences such as A, B and C"."""
    for cue in LIST_CUE.finditer(text[:start]):
        noun = cue.group(1).lower()
        between = text[cue.end():start]
        if noun in LIST_NOUNS and not re.search(r"[.;:!?]", between) and _list_items_before(between):
            return LIST_NOUNS[noun]
    return None

_OTHER_NOUNS = re.compile(r"\s*,?\s*(?:and|or)\s+(?:many\s+|several\s+|some\s+)?other\s+(?:[\w-]+\s+){0,3}?("
                          + "|".join(sorted(LIST_NOUNS, key=lambda n: (-len(n), n))) + r")\b", re.IGNORECASE)


def other_type(text: str, end: int) -> EntityType | None:
    """The type a Hearst pattern gives the item ending at ``end`` in "BAT and other Internet companies"."""
    match = _OTHER_NOUNS.match(text, end)
    return LIST_NOUNS[match.group(1).lower()] if match else None


# An organisation is the usual subject of these verbs ("Fourth Paradigm and KDDI have launched
# big models"); a list of names may stand before them.
ORG_SUBJECT = re.compile(r"^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})*\s*,?\s*"
                         r"(?:has\s+|have\s+|had\s+)?(?:also\s+|recently\s+|just\s+)?(?:launched|released|"
                         r"open-sourced|unveiled|raised|acquired|hired|announced\s+(?:a|an|its|the)|shipped|"
                         r"went public|listed|"
                         # "General Catalyst led a €600 million round": who leads a round is a firm
                         r"(?:co-)?led\s+(?:a|an|the|its)\s+(?:[\w$€£¥.,-]+\s+){0,5}?(?:round|financing|series\s+[a-h])|"
                         r"(?:invested|invests)\s+in)\b")
# "Step Star was founded by", "X, which was incubated from": what is founded is an organisation.
ORG_PASSIVE = re.compile(r"\s*,?\s*(?:which\s+|that\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                         r"(?:founded|co-founded|established|incubated|set\s+up|spun\s+(?:off|out)|incorporated)\b",
                         re.IGNORECASE)
# Chinese words after a Latin name that make it an organisation ("Netbase前首席科学家",
# "Meta公司") or a model ("Kimi大模型").
ZH_ORG_AFTER = re.compile(r"^\s*(?:前|原|现)?(?:公司|集团|团队|实验室|研究院|首席|副总|总裁|CEO|CTO|创始人|联合创始人|"
                          r"研发|董事|员工|旗下|内部)")
ZH_MODEL_AFTER = re.compile(r"^\s*(?:大模型|模型|系列模型)")
# Words after a name that make it a concept: "the CRATE architecture", "ISTA算法".
CONCEPT_WORDS = frozenset("architecture architectures algorithm algorithms theorem theory method methods technique "
                          "paradigm benchmark benchmarks principle hypothesis conjecture test tests exam leaderboard"
                          .split())
TEST_WORDS = frozenset("test tests benchmark benchmarks exam exams leaderboard".split())
# Last words of the names of works: "Six Forks Podcast", "The Lex Fridman Show".
WORK_HEADS = frozenset("podcast show novel documentary film movie book".split())
# Words before a place that only narrow it: "South China" is a place, "Sequoia China" is not.
PLACE_QUALIFIERS = frozenset("North South East West Northern Southern Eastern Western Central Greater Mainland Inner "
                             "Outer Upper Lower New Old Republic People's Northeast Northwest Southeast Southwest "
                             "Downtown Metropolitan".split())
ZH_CONCEPT_AFTER = re.compile(r"^\s*(?:架构|算法|定理|理论|范式|基准)")
# Head words that close an organisation's name: "X Intelligence and Y Technology" are two names.
ORG_CLOSERS = frozenset("""company technology technologies intelligence group inc inc. corp corporation ltd university
institute laboratory lab labs capital ventures foundation academy""".split())

# Chinese: roles written right after an organisation's name ("问问副总裁", "Netbase前首席科学家").
ZH_ROLE_AFTER = ("首席科学家", "副总裁", "总裁", "CEO", "首席执行官", "创始人", "联合创始人", "研发副总", "董事长",
                 "首席技术官", "CTO", "总经理", "副总")
# Chinese titles strong enough to make any short name before them a person ("立委博士").
ZH_STRONG_TITLES = ("博士", "教授", "院士", "先生", "女士", "老师")
# Head words of Chinese technical terms ("舆情挖掘", "稀疏优化", "强化学习").
ZH_TERM_HEADS = ("学习", "算法", "理论", "网络", "优化", "压缩", "翻译", "识别", "生成", "训练", "推理", "蒸馏",
                 "剪枝", "架构", "机制", "定律", "定理", "复杂度", "挖掘", "抽取", "检索", "建模", "编码", "对齐",
                 "归纳", "搜索", "规划", "感知", "表示")
# Nouns after a term that say it is one: "稀疏优化问题", "舆情挖掘产品".
ZH_TERM_KINDS = ("问题", "方法", "技术", "产品", "系统", "任务", "领域", "框架", "范式")

# Nouns that say what a name is when they stand beside it: "the startup X", "X, an AI company",
# "X is a chatbot", "the X app".
TYPE_NOUNS: dict[str, EntityType] = {}
for _type, _nouns in (
        (O, "company companies startup startups firm firms lab labs laboratory institute university "
            "organization organisation unicorn fund developer maker vendor manufacturer publisher "
            "studio nonprofit non-profit agency giant conglomerate subsidiary chipmaker chipmakers carmaker automaker "
            "drugmaker"),
        # "Elad Gil, an American investor": a fund is written "fund" or "firm", a person "investor".
        (P, "investor entrepreneur scientist researcher professor physicist mathematician economist linguist "
            "engineer founder co-founder cofounder author writer journalist"),
        (PR, "app application platform tool software product service assistant browser editor ide chip gpu "
             "accelerator card phone device website forum game plugin library framework system database"),
        (M, "model llm chatbot"),
        (W, "book novel film movie paper article essay podcast series documentary"),
        (EV, "conference summit competition olympiad award prize"),
        (C, "benchmark algorithm architecture technique method theory theorem"),
):
    TYPE_NOUNS.update(dict.fromkeys(_nouns.split(), _type))
_TYPE_NOUN = "|".join(sorted(TYPE_NOUNS, key=lambda n: (-len(n), n)))
# "X, an AI company" / "X is a Chinese chatbot" / "X (a startup)"
# The head of the noun phrase is its last noun: "d-Matrix, a chip startup that designs accelerators"
APPOSITIVE_TYPE = re.compile(r"^\s*(?:,|\(|\bis\b|\bwas\b)\s*(?:a|an|the)\s+"
                             r"(?:(?!(?:that|which|who|whose|of|with|for|and|or|in|on|to|from|by)\b)[\w-]+\s+){0,3}("
                             + _TYPE_NOUN + r")\b", re.IGNORECASE)
# "the startup X" / "AI company X" / "an application called X"
PRECEDING_TYPE = re.compile(r"\b(" + _TYPE_NOUN + r")(?:\s+(?:called|named|dubbed|known\s+as))?\s*[“\"‘']?\s*$",
                            re.IGNORECASE)

# "a guy named, um, Leon Wenfung", "a researcher called Ada": who is introduced by name is a person.
NAMED_PERSON = re.compile(r"\b(?:(?:guy|man|woman|person|gentleman|lady|fellow|kid|researcher|engineer|scientist|founder|"
                          r"professor|student|friend|colleague)\s+(?:named|called)\s*,?\s*(?:(?:um|uh|er),?\s*)?|"
                          # "supervised by Bertrand Thirion": who supervises a thesis is a person
                          r"(?:supervised|co-supervised|advised|mentored)\s+by\s+)$", re.IGNORECASE)
# "a round led by General Catalyst": who leads a financing round is an investor, mostly a firm.
ROUND_LEADER = re.compile(r"\b(?:round|financing|funding|investment|raise)\s+(?:was\s+)?(?:co-)?led\s+by\s+(?:the\s+)?$",
                          re.IGNORECASE)
# "managing partner of True Partner", "a professor at X": the object of a role is an organisation.
ROLE_OF = re.compile(r"\b(?:ceo|cto|cfo|coo|founder|co-founder|cofounder|partner|president|chairman|professor|"
                     r"scientist|researcher|director|head|employee|vp|chief [a-z]+(?: officer)?|dean|engineer|"
                     r"(?:(?:our|my|the|his|her|their)\s+(?:[A-Z][\w-]*\s+)?)team|colleagues|intern)\s+"
                     r"(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)

# Words that number parts of a text, not versions of a model ("Theorem 1", "Hall 3", "Part 2").
ENUMERATORS = frozenset("""
theorem lemma corollary definition figure fig table chapter section part step phase stage lesson hall exhibit
appendix example case level season episode volume vol issue page round question answer point item rule law
""".split())
# Suffixes that turn a name into an adjective ("Roberta-based", "URL-level", "GPT-like").
ADJECTIVE_SUFFIX = re.compile(r"-(?:based|like|level|style|driven|scale|sized|powered|class|grade|related|"
                              r"specific|oriented|centric|native|free|only|wide)$", re.IGNORECASE)
