"""Discovery in Chinese text: people, organisations and models the lexicon does not have.

jieba segments each sentence, with the lexicon loaded as its user dictionary so curated names
stay whole. jieba's own name tags (nr, nt, nz) are wrong about half the time on this kind of
text, so a tag alone makes no mention: a person needs a known surname and a title or role
beside the name ("李志飞博士", "创始人王小川"); an organisation is a name ending in a head
word ("百川智能", "智源研究院"); a model is a name before 大模型/模型 ("盘古大模型"); a term
ends in a technical head ("稀疏优化"); a quoted name beside its kind is a product or model
("写作工具“深言达意”"). A person or organisation found by its cues is found wherever else the
document writes it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import LexiconEntry
from ..model import Mention, Sentence
from ..segment import add_words, pos_tokenizer
from ..vocab import EntityType
from . import cues
from .base import PassContext, Resources, register_pass
from .newwords import MAX_LENGTH, new_words
from .text import CJK, has_cjk
from .wordlists import chinese_surnames

if TYPE_CHECKING:
    import jieba.posseg  # imported by ..segment, which keeps its import cheap

PASS = "chinese"
NEW_WORD = "nw"  # the tag of a word that new-word discovery found
# jieba's dictionary counts rare names too ("明远" 24); a common word it has seen far more often.
_COMMON_FREQUENCY = 100
_EVERYDAY_FREQUENCY = 5000  # 时间, 世界, 学习; given names that are words (建国, 小龙) are rarer
_GENERIC_MODEL_PREFIXES = frozenset({"大", "语言", "基础", "通用", "开源", "国产", "国内", "这个", "该", "新", "多模态",
                                     "自己的", "垂直", "行业", "专业", "个人", "视觉", "推理", "小", "超大"})
_GENERIC_ORG_PREFIXES = frozenset({"人工", "这家", "该", "大", "小", "新", "我们", "他们", "一家", "科技", "互联网",
                                   "创业", "上市", "外国", "国内", "国外", "头部", "各大", "人工智能", "模型", "大模型",
                                   "AI", "创新", "初创", "投资", "芯片", "软件", "硬件",
                                   # how many and of which trade: "多家动漫公司", "大量高校实验室"
                                   "多家", "几家", "数家", "两家", "三家", "很多", "许多", "大量", "一些", "不少", "众多",
                                   "各家", "多个", "部分", "其他", "其它", "高校", "动漫", "广告", "游戏", "教育", "医疗",
                                   "金融", "汽车", "电商", "媒体", "咨询", "安全", "机器人", "云",
                                   # which tier: "二线大模型公司"
                                   "一线", "二线", "三线", "腰部", "尾部", "中小", "传统"})
_QUANTITY = re.compile(r"很多|许多|不少|一些|众多|大量|[多几数百千万十两三]+家|^[一两二三四五六七八九十几数多]+[位名个]")
# English titles that only stand before a person's name.
_NAMING_TITLES = frozenset("ceo cto cfo coo founder co-founder cofounder professor prof dr mr mrs ms president "
                           "chairman chairwoman".split())
# Nouns that open a role rather than name an organisation ("研发副总", "技术总监").
_ROLE_PREFIXES = frozenset("研发 技术 产品 市场 销售 运营 工程 前 原 现 公司 集团 团队 部门 首席 执行 行政 财务 人力".split())


@register_pass(PASS)
def chinese_mentions(ctx: PassContext) -> Iterator[Mention]:
    chinese = [sentence for sentence in ctx.sentences if has_cjk(sentence.text)]
    if not chinese:
        return  # an English document never loads jieba
    tokenizer = _tokenizer(ctx.resources)
    dictionary = tokenizer.tokenizer.FREQ

    def known(word: str) -> bool:
        return dictionary.get(word, 0) > 0

    def common(word: str) -> bool:
        return dictionary.get(word, 0) >= _COMMON_FREQUENCY

    def everyday(word: str) -> bool:
        return dictionary.get(word, 0) >= _EVERYDAY_FREQUENCY

    discovered = new_words((s.text for s in chinese), known=known)
    people: defaultdict[int, set[str]] = defaultdict(set)  # names of the persons earlier passes found, by sentence
    for m in ctx.mentions:
        if m.type is EntityType.PERSON:
            people[m.sentence].add(m.text)
    found: list[Mention] = []
    for sentence in chinese:
        offsets = []
        pos = 0
        for word in tokenizer.cut(sentence.text):
            offsets.append((pos, pos + len(word.word), word.word, word.flag))
            pos += len(word.word)
        if discovered:
            offsets = _merge_new_words(sentence.text, offsets, discovered)
        found.extend(_people(ctx, sentence, offsets, common, everyday, people[sentence.index]))
        found.extend(_organisations(ctx, sentence, offsets))
        found.extend(_models(ctx, sentence, offsets))
        found.extend(_terms(ctx, sentence, offsets))
        found.extend(_quoted_names(ctx, sentence))
        found.extend(_investors(ctx, sentence))
    yield from found
    yield from _elsewhere(ctx, chinese, found)


_KIND_BEFORE_QUOTE = re.compile(r"(产品|应用|平台|工具|助手|软件|App|APP|大模型|模型|芯片)[“\"「]([^”\"」，。]{2,12})[”\"」]")
_KIND_AFTER_QUOTE = re.compile(r"[“\"「]([^”\"」，。]{2,12})[”\"」](?:是|为)(?:一款|一个|一种)[^，。]{0,16}"
                               r"(产品|应用|平台|工具|助手|软件|App|APP|大模型|模型|芯片)")
_QUOTED_KINDS = {"大模型": EntityType.MODEL, "模型": EntityType.MODEL}
_QUOTE_PAIRS = frozenset({("“", "”"), ('"', '"'), ("「", "」")})


def _investors(ctx: PassContext, sentence: Sentence) -> Iterator[Mention]:
    """ "由启明创投领投", "百度风投等老股东跟投": who leads or joins a round is an investor, mostly a firm,
    however jieba cuts its name."""
    for match in _INVESTOR.finditer(sentence.text):
        group = 1 if match.group(1) else 2
        yield _mention(ctx, sentence, match.start(group), match.end(group), EntityType.ORGANIZATION, 2.0)


_INVESTOR = re.compile(r"由([\u4e00-\u9fff]{2,6}?)(?:等|联合)?(?:领投|跟投|参投)|(?<=[，,、。；;])([\u4e00-\u9fff]{2,6}?)等"
                       r"(?:老股东|机构|投资方|基金)?(?:跟投|参投)")


def _quoted_names(ctx: PassContext, sentence: Sentence) -> Iterator[Mention]:
    """ "智能写作工具“深言达意”", "“深言达意”是一款写作工具": a quoted name beside its kind."""
    text = sentence.text
    for pattern, kind_group, name_group in ((_KIND_BEFORE_QUOTE, 1, 2), (_KIND_AFTER_QUOTE, 2, 1)):
        for match in pattern.finditer(text):
            start, end = match.span(name_group)
            name = match.group(name_group)
            if (text[start - 1], text[end]) not in _QUOTE_PAIRS or name != name.strip():
                continue
            kind = _QUOTED_KINDS.get(match.group(kind_group), EntityType.PRODUCT)
            yield _mention(ctx, sentence, start, end, kind, 2.5)


def _elsewhere(ctx: PassContext, sentences: list[Sentence], found: list[Mention]) -> Iterator[Mention]:
    """A person or organisation found by its cues in one sentence, wherever else the document
    names it without them ("由孙茂松和岂凡超联合创办" after "CEO岂凡超表示"): one name, one
    thing, within a document. Short names are left alone, since two characters are often part
    of another word."""
    names = {m.text: m.type for m in found
             if m.type in (EntityType.PERSON, EntityType.ORGANIZATION) and m.weight >= 2.0 and len(m.text) >= 3}
    if not names:
        return
    covered = {(m.start, m.end) for m in found}
    pattern = re.compile("|".join(re.escape(name) for name in sorted(names, key=lambda n: (-len(n), n))))
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if (start, end) not in covered:
                yield _mention(ctx, sentence, match.start(), match.end(), names[match.group()], 1.5)  # type: ignore[arg-type]


def _merge_new_words(text: str, words: list[tuple[int, int, str, str]], discovered: frozenset[str]
                     ) -> list[tuple[int, int, str, str]]:
    """jieba's words with each run of them that spells a discovered word made one (tag ``nw``)."""
    merged: list[tuple[int, int, str, str]] = []
    k = 0
    while k < len(words):
        start = words[k][0]
        for last in range(min(len(words), k + MAX_LENGTH) - 1, k, -1):
            if text[start:words[last][1]] in discovered:
                merged.append((start, words[last][1], text[start:words[last][1]], NEW_WORD))
                k = last + 1
                break
        else:
            merged.append(words[k])
            k += 1
    return merged


def _listed_with_a_person(words: list[tuple[int, int, str, str]], k: int, people: set[str]) -> bool:
    """Whether the word is an item of a list ("、", "和") beside a name known to be a person's."""
    before = k >= 2 and words[k - 1][2] in _LIST_JOINERS and words[k - 2][2] in people
    after = k + 2 < len(words) and words[k + 1][2] in _LIST_JOINERS and words[k + 2][2] in people
    return before or after


_LIST_JOINERS = frozenset({"、", "和", "与", "及"})


def _mention(ctx: PassContext, sentence: Sentence, start: int, end: int, entity_type: EntityType,
             weight: float) -> Mention:
    return Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + end, sentence.text[start:end],
                   entity_type, PASS, sentence.index, weight)


_NAME_AFTER_TITLE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?=表示|说|认为|指出|称|介绍|透露|提到|强调|坦言|告诉|回应|在|的|是|和|与|也|曾|将|"
                               r"一直|始终|还|已|并|此前|早年|目前|今年|近日|出版|撰写|发表|获得|宣布|研发|开发|"
                               r"创立|创办|创建|成立|担任|加入|带领|领导|主导|发布|推出|提出|[，,。、：:；;（(\s]|$)")


_SAYING = ("表示", "说", "认为", "指出", "称", "透露", "强调", "坦言", "回应")


def _people(ctx: PassContext, sentence: Sentence, words: list[tuple[int, int, str, str]],
            common: Callable[[str], bool], everyday: Callable[[str], bool], known_people: set[str]
            ) -> Iterator[Mention]:
    found = list(_named_people(ctx, sentence, words, common, everyday))
    yield from found
    # "何恺明、张祥雨、任少卿和孙剑": a two-character name jieba tags a person's, listed beside a
    # person, is one too (alone, jieba tags too many words so)
    people = {m.text for m in found} | known_people
    surnames = chinese_surnames()
    for k, (start, end, word, flag) in enumerate(words):
        if flag.startswith("nr") and len(word) == 2 and word[0] in surnames and word not in people and \
                _listed_with_a_person(words, k, people):
            people.add(word)
            yield _mention(ctx, sentence, start, end, EntityType.PERSON, 2.0)


def _named_people(ctx: PassContext, sentence: Sentence, words: list[tuple[int, int, str, str]],
                  common: Callable[[str], bool], everyday: Callable[[str], bool]) -> Iterator[Mention]:
    surnames = chinese_surnames()
    # After a title or role the name is read from the characters, since jieba often cuts an
    # unknown name apart ("负责人周靖人表示" -> 周靖 / 人).
    titled_starts = set()
    for _, end, word, _ in words:
        if word.endswith(cues.ZH_PERSON_TITLES_BEFORE):
            if sentence.text.startswith(("为", "是"), end) and not sentence.text.startswith(("为了", "是否"), end):
                end += 1  # "首席执行官为唐家渝": the role, then who holds it
            match = _NAME_AFTER_TITLE.match(sentence.text, end)
            # A title, a name and a verb of saying ("CEO岂凡超表示") need no common surname.
            if match and (match.group(1)[0] in surnames or match.group(1)[:2] in surnames
                          or sentence.text.startswith(_SAYING, match.end(1))):
                titled_starts.add(end)
                yield _mention(ctx, sentence, end, match.end(1), EntityType.PERSON, 2.5)
    for start, end in _source_people(sentence, common):
        titled_starts.add(start)
        yield _mention(ctx, sentence, start, end, EntityType.PERSON, 2.0)
    # "founder and CEO 岂凡超 wants to": a Chinese name alone in English, after an English title.
    for match in _NAME_AFTER_ENGLISH_TITLE.finditer(sentence.text):
        name = match.group(2)
        if (match.group(1).lower() in cues.PERSON_TITLES or match.group(1) in cues.ZH_PERSON_TITLES_BEFORE) and (
                name[0] in surnames or name[:2] in surnames or match.group(1).lower() in _NAMING_TITLES):
            # "CEO 岂凡超", but "expert 每次激活 2 个" names nobody; "CEO 张鹏表示": the name stops at a verb
            end = next((s for s, e, _, flag in words if match.start(2) + 2 <= s and e <= match.end(2)
                        and (e - s >= 2 and flag[:1] in _NOT_IN_NAMES or flag[:1] in _NOT_IN_NAMES_ALONE)), match.end(2))
            titled_starts.add(match.start(2))
            yield _mention(ctx, sentence, match.start(2), end, EntityType.PERSON, 2.5)
    for match in _ZH_BYLINE.finditer(sentence.text):  # "作者｜周可", "编辑：李然"
        titled_starts.add(match.start(1))
        yield _mention(ctx, sentence, match.start(1), match.end(1), EntityType.PERSON, 2.5)
    for start, end in _transliterated(sentence.text, words):
        titled_starts.add(start)
        # "约翰斯·霍普金斯大学": a place or person a university is named after, in syllables
        kind = EntityType.ORGANIZATION if sentence.text.endswith(cues.ZH_ORG_SUFFIXES, start, end) else EntityType.PERSON
        yield _mention(ctx, sentence, start, end, kind, 2.5)
    for k, (start, end, word, flag) in enumerate(words):
        if start in titled_starts:
            continue
        titled = k + 1 < len(words) and words[k + 1][2].startswith(cues.ZH_STRONG_TITLES)
        if not (2 <= len(word) <= 4 and CJK.fullmatch(word[0]) and (
                word[0] in surnames or word[:2] in surnames or titled and len(word) <= 3 and word[-1] not in _FIELD_ENDINGS)):
            continue
        if not flag.startswith("nr") and flag not in ("nz", "n", "x", "j", NEW_WORD):
            continue
        after = words[k + 1][2] if k + 1 < len(words) else ""
        before = words[k - 1][2] if k else ""
        if after.startswith(cues.ZH_PERSON_TITLES_AFTER) or before.endswith(cues.ZH_PERSON_TITLES_BEFORE) or (
                after.startswith(cues.ZH_STRONG_TITLES) and word not in _NOT_PEOPLE):
            yield _mention(ctx, sentence, start, end, EntityType.PERSON, 2.5)
        elif flag.startswith("nr") and len(word) == 3 and word[-1] not in _WORD_ENDINGS and \
                not everyday(word[1:]):  # "那段时间": jieba cut 段 off as a surname, but 时间 is no given name
            yield _mention(ctx, sentence, start, end, EntityType.PERSON, 2.0)


def _transliterated(text: str, words: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, int]]:
    """ "威廉·皮布尔斯", "埃隆·马斯克": Chinese writes a foreign person's name in syllables, its parts
    joined by a middle dot. jieba cuts such names anywhere, so the name runs from the dots over
    characters until one that opens or closes the words around a name ("由…", "…与", "…创立")."""
    for match in _DOTTED.finditer(text):
        start = match.start()
        while start > 0 and match.start() - start < 6 and CJK.fullmatch(text[start - 1]) \
                and text[start - 1] not in _BEFORE_NAME:
            start -= 1
        end = match.end()
        while end < len(text) and end - match.end() < 6 and CJK.fullmatch(text[end]) and text[end] not in _AFTER_NAME:
            end += 1
        if start < match.start() and end > match.end():
            yield start, end


# "物理学教授", "计算机系教授": a field or a department before a title says what the professor teaches
_FIELD_ENDINGS = frozenset("学系科")
_ZH_BYLINE = re.compile(r"(?:^|\s)(?:作者|编辑|责编|责任编辑|记者|撰文|采访|整理|校对|审校|文|图)\s*[｜|:：]\s*([\u4e00-\u9fff]{2,3})"
                        r"(?=\s|$|[，,、；;])")
_DOTTED = re.compile(r"(?<=[\u4e00-\u9fff])[·・•‧](?:[\u4e00-\u9fff]{1,6}[·・•‧])*(?=[\u4e00-\u9fff])")
# Roles end in characters no syllable of a foreign name is written with ("联合创始人约翰·舒尔曼",
# "首席执行官萨姆·奥尔特曼"); adverbs too ("亚历山大·王随即加入").
_BEFORE_NAME = frozenset("由据和与及在是的了被把对向从为将让请给跟同说称道即如人家官长师员者自叫像")
_AFTER_NAME = frozenset("与和及在是的了于等曾将被把对向从为也都就还又则而并但说表认指称透强坦回推开研出成获现近创提发加任担联共这那其他她们"
                        "随已此今")


def _source_people(sentence: Sentence, common: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """ "据广密的信息", "据开复介绍": a name between 据 and what a source gives is who gave it,
    often a given name alone, which jieba does not know (it tags 广密 an adjective, or cuts a
    name apart). A word its dictionary knows well there is a common noun: "据官方的信息"."""
    for match in _SOURCE.finditer(sentence.text):
        if not common(match.group(1)):
            yield match.start(1), match.end(1)


_SOURCE = re.compile(r"据([\u4e00-\u9fff]{2,3}?)的?(?=" + "|".join(cues.ZH_SOURCE_AFTER) + ")")


_NAME_AFTER_ENGLISH_TITLE = re.compile(r"\b([A-Za-z][A-Za-z.-]+) ([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def _organisations(ctx: PassContext, sentence: Sentence, words: list[tuple[int, int, str, str]]) -> Iterator[Mention]:
    """A name ending in a head word ("百川智能", "智源研究院"), or a name right before a role
    ("问问副总裁")."""
    surnames = chinese_surnames()
    curated = ctx.resources.curated
    for k, (start, end, word, flag) in enumerate(words):
        if word in curated and curated[word].type is not EntityType.ORGANIZATION:
            continue  # "通用人工智能" ends like an organisation but is a curated concept
        if word.endswith(cues.ZH_ORG_SUFFIXES):
            name_start = _name_start(words, k)
            suffix = max((s for s in cues.ZH_ORG_SUFFIXES if word.endswith(s)), key=len)
            # What opens the name, up to its head word: the words before and any part of this one
            # ("百家" of "百家公司").
            opening = sentence.text[start if name_start is None else name_start:end - len(suffix)]
            if name_start is None and (len(word) <= 3 or word in cues.ZH_ORG_SUFFIXES or word in _REGISTERED_FORMS) \
                    or _generic_prefix(opening):
                continue
            if name_start is not None and end - name_start - len(word) < 2 and len(word) <= 2:
                continue
            if _goes_on(words, k):
                continue
            first = start if name_start is None else name_start
            if sentence.text[first] in "年月日号" and sentence.text[:first].rstrip()[-1:].isdigit():
                first += 1  # "2019年百度研究院": the date's last character opens no name
            mention = _mention(ctx, sentence, first, end, EntityType.ORGANIZATION, 2.0)
            yield replace(mention, canonical=_registered_as(curated, mention.text))
        elif (2 <= len(word) <= 6 and has_cjk(word) and _name_word(words[k]) and not flag.startswith("nr")
              and word not in _ROLE_PREFIXES
              and word[0] not in surnames and not _QUANTITY.search(word)  # "两位联合创始人": how many, not who
              # "微软亚洲互联网工程院首席科学家": the end of a longer name the words before it open
              and not (k and words[k - 1][1] == start and (_name_word(words[k - 1]) or words[k - 1][3].startswith("ns")))
              and sentence.text[end:end + 8].removeprefix("的").lstrip("前原").startswith(cues.ZH_ROLE_AFTER)):
            yield _mention(ctx, sentence, start, end, EntityType.ORGANIZATION, 2.0)


def _goes_on(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """ "微软智能助理", "阶跃星辰智能科技有限公司": the head word goes on, into a longer noun (智能助理)
    or a longer registered name, which is the name if any."""
    if k + 1 >= len(words) or words[k + 1][0] != words[k][1]:
        return False
    _, _, following, flag = words[k + 1]
    if following in _REGISTERED_FORMS or following == "科技":
        return True
    if not words[k][2].endswith(_MODIFYING_HEADS):
        return False
    if following.endswith(cues.ZH_ORG_SUFFIXES):
        return True  # "智谱华章科技公司"
    # "微软智能助理", but not "百川智能创始人王小川": a role after the name is no noun it goes on into
    return words[k][2].endswith("智能") and flag.startswith(("n", "vn")) and \
        not following.startswith(cues.ZH_PERSON_TITLES_BEFORE + cues.ZH_ROLE_AFTER)


def _registered_as(curated: dict[str, LexiconEntry], name: str) -> str | None:
    """The curated company a registered name stands for: "上海阶跃星辰智能科技有限公司" is 阶跃星辰,
    past a city of up to three characters before it and the forms of registration after it."""
    core = _REGISTRATION.sub("", name)
    for skip in range(0, min(3, len(core) - 2) + 1):
        entry = curated.get(core[skip:])
        if entry is not None and entry.type is EntityType.ORGANIZATION:
            return entry.name
    return None


_REGISTERED_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "股份公司", "集团")
# Words that name a trade as well as end a name ("百川智能", but "智能助理", "科技巨头").
_MODIFYING_HEADS = ("智能", "科技")
_REGISTRATION = re.compile(r"(?:(?:人工)?智能|科技|网络|信息|技术|数据)*(?:股份有限公司|有限责任公司|有限公司|股份公司|集团)?$")


def _generic_prefix(prefix: str) -> bool:
    """Whether ``prefix`` is made of generic words only ("大模型创业" in "大模型创业公司"): what it
    opens is a kind of organisation, not one's name."""
    if not prefix:
        return False
    if _QUANTITY.search(prefix):
        return True  # "欧洲很多实验室", "百家公司": how many, not which one
    covered = [True] + [False] * len(prefix)  # covered[i]: prefix[:i] splits into generic words
    for i in range(1, len(prefix) + 1):
        covered[i] = any(covered[j] and prefix[j:i] in _GENERIC_ORG_PREFIXES for j in range(max(0, i - 4), i))
    return covered[-1]


def _name_start(words: list[tuple[int, int, str, str]], k: int) -> int | None:
    """Start of the one to three name words before word ``k`` ("百川" + "智能"), if any."""
    first = k
    while first > 0 and k - first < 3 and _name_word(words[first - 1]) and \
            not words[first - 1][2].endswith(_KINDS_OF_ORGANISATION) and words[first - 1][2] not in _TENURE:
        start, _, word, _ = words[first - 1]
        if len(word) > 1 and word[0] in _LIST_JOINERS:
            return start + 1  # "腾讯和高榕创投": jieba glues the conjunction to the name after it
        first -= 1
    return words[first][0] if first < k else None


# Nouns that say what an organisation is and stand before its name, no part of it ("创业公司深言科技").
_KINDS_OF_ORGANISATION = ("公司", "企业", "机构", "厂商", "团队", "独角兽", "实验室")
# "现任清华大学教授": who holds a post, before where
_TENURE = frozenset("现任 曾任 担任 出任 前任 兼任 历任 时任".split())


def _models(ctx: PassContext, sentence: Sentence, words: list[tuple[int, int, str, str]]) -> Iterator[Mention]:
    for k, (_, _, word, _) in enumerate(words):
        if word not in cues.ZH_MODEL_SUFFIXES or k == 0:
            continue
        prev_start, prev_end, prev, flag = words[k - 1]
        if k + 1 < len(words) and words[k + 1][3] == "eng":
            continue  # "双语模型GLM-130B": what stands before 模型 describes the model named after it
        if prev in _GENERIC_MODEL_PREFIXES or not (flag in ("nz", "nr", "nt", "eng", "x", NEW_WORD) or prev.isascii()):
            continue
        if len(prev.strip()) < 2 or not prev.strip()[0].isalnum() or has_cjk(prev) and prev.endswith(cues.ZH_TERM_HEADS):
            continue  # "视频生成模型": a model of a kind of task, not a model's name
        yield _mention(ctx, sentence, prev_start, prev_end, EntityType.MODEL, 2.0)


_TERM_FLAGS = frozenset({"n", "l", "nz", "vn"})  # nouns and set phrases, not verbs ("持续优化")
_NOT_IN_NAMES = frozenset("的 了 是 在 和 与 及 或 等 这 那 个 家 一 也 都 就 被 把 从 向 对 为 将 让".split())


def _terms(ctx: PassContext, sentence: Sentence, words: list[tuple[int, int, str, str]]) -> Iterator[Mention]:
    """ "舆情挖掘", "稀疏优化": one or two nouns before a technical head word, when the
    document uses the term more than once (termhood) or names what kind of thing it is
    ("稀疏优化问题", "舆情挖掘产品")."""
    text = ctx.doc.text
    for k, (start, end, word, flag) in enumerate(words):
        if (flag == NEW_WORD and len(word) >= 3 or flag in _TERM_FLAGS and len(word) >= 4) and \
                word.endswith(cues.ZH_TERM_HEADS):
            # a discovered term ("监督学习"), or one jieba's dictionary holds whole ("有损压缩")
            yield _mention(ctx, sentence, start, end, EntityType.CONCEPT, 2.0)
            continue
        if word not in cues.ZH_TERM_HEADS or k == 0:
            continue
        first = k
        while first > 0 and k - first < 2 and words[first - 1][3][:1] in ("n", "v", "a") and \
                words[first - 1][2] not in _NOT_IN_NAMES and has_cjk(words[first - 1][2]) and len(words[first - 1][2]) >= 2:
            first -= 1
            if words[first][3][:1] == "a":
                break  # an adjective opens a term ("稀疏优化"); the verb before it is no part of it
        if first == k:
            continue
        term = sentence.text[words[first][0]:end]
        kind_after = k + 1 < len(words) and words[k + 1][2] in cues.ZH_TERM_KINDS
        if len(term) >= 4 and (kind_after or text.count(term) >= 2):
            yield _mention(ctx, sentence, words[first][0], end, EntityType.CONCEPT, 2.0)


# Suffixes that end words, hardly ever a given name: jieba tags "高清化" a name for its surname.
_WORD_ENDINGS = frozenset("化性率型式们者于了的在着过")
_NOT_IN_NAMES = frozenset("vdpcu")  # jieba's verbs, adverbs, prepositions, conjunctions, particles
_NOT_IN_NAMES_ALONE = frozenset("pcu")  # one character of these ends a name ("王小川于"), a verb may be its last ("岂凡超")
_NOT_PEOPLE = frozenset("这位 那位 该 一位 两位 几位 各位 诸位 他 她 我 你 其".split())


def _name_word(word: tuple[int, int, str, str]) -> bool:
    """A word that can be part of an organisation's name: a noun, a name or a Latin word."""
    _, _, text, flag = word
    if not text.strip() or text in _NOT_IN_NAMES or len(text) >= 3 and text.endswith("于"):
        return False  # "任教于", "毕业于": a verb and its preposition, however jieba's HMM tags them
    return flag[:1] in ("n", "j", "m") and has_cjk(text) or flag == "eng"


def _tokenizer(resources: Resources) -> jieba.posseg.POSTokenizer:
    """jieba with the lexicon's Chinese names as its user dictionary, set up once per build
    (kept in the resources, so no document pays for hashing the lexicon)."""
    if PASS not in resources.cache:
        add_words(frozenset(form for entry in resources.lexicon.entries for form in entry.surface_forms
                            if has_cjk(form)))
        resources.cache[PASS] = pos_tokenizer()
    return resources.cache[PASS]  # type: ignore[return-value]
