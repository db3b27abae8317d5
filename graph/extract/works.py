"""Titles of works: quoted Title Case phrases ("“Xiaomi’s Entrepreneurial Thinking”") and the
text of Markdown links that cite an article ("[PhD Journey Over Five Years](https://…)"); and
quoted names of events, which end in a word for one ("“hundred model war”").

A quoted phrase is a title when most of its words are capitalised and it is not a sentence
(a quoted remark ends in punctuation or starts in lower case). A noun saying it is a work
confirms it: after it ("“Dialogue” is a series", "the “Her” movie") or before a list of them
("sci-fi movies like “Her” and “Black Mirror”").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Mention
from ..vocab import EntityType
from . import cues
from .base import PassContext, register_pass

PASS = "works"
_QUOTED = re.compile(r"[“\"«《「『]([^“”\"«»《》「」『』\n]{2,120}?)[”\"»》」』]"
                     # single quotes, where no apostrophe can be taken for one: "the typescript 'Inductive …'"
                     r"|(?<![\w'’])['‘]([A-Z][^'‘’\n]{2,118}?)['’](?![\w'’])")
_LINK = re.compile(r"\[([^\[\]\n]{3,160})\]\((?:https?://|/|\.)[^)\s]*\)")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Links that are buttons of the page, not citations: "[Share on Twitter](…)", "[Read the paper](…)".
_BUTTON_VERBS = frozenset("share tweet read subscribe follow download click view see sign log join watch listen buy "
                          "get try learn comment reply like copy print email back next previous".split())
_EVENT_NAME = re.compile(r"[A-Za-z][a-z-]*(?: [A-Za-z][a-z-]*){1,4}")
# "a paper titled “…”", "his book “…”", "a 165-page article, “…”": a word before the quote says it is a work.
_NAMED_AS_WORK = re.compile(r"(?:\b(?:" + "|".join(sorted(cues.WORK_WORDS)) + r")\s*,?|\b(?:titled|entitled))\s*[“\"«‘']$",
                            re.IGNORECASE)
_DIAGRAM = re.compile(r"[→←↔⇒⇐]")
_MINOR = frozenset("a an the and or of for in on at to by with from as vs via is are its then".split())


@register_pass(PASS)
def work_mentions(ctx: PassContext) -> Iterator[Mention]:
    for sentence in ctx.sentences:
        text = sentence.text
        for match in _QUOTED.finditer(text):
            group = 1 if match.group(1) is not None else 2
            title = match.group(group).strip(" ,.")
            if not title:
                continue
            listed = cues.listed_type(text, match.start()) is EntityType.WORK
            if _EVENT_NAME.fullmatch(title) and title.rsplit(" ", 1)[-1].lower() in cues.EVENT_WORDS:
                # "a situation of “hundred model war” in China": a quoted name of an event
                start = match.start(group) + match.group(group).index(title)
                yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + start + len(title), title,
                              EntityType.EVENT, PASS, sentence.index, 2.0)
                continue
            # 《》 mark titles in Chinese and nothing else: whatever they hold is a work's title.
            title_marks = match.group(0)[0] == "《" and match.group(0)[-1] == "》"
            if not (title_marks or listed and title[:1].isupper() or _is_title(title)):
                continue
            start = match.start(group) + match.group(group).index(title)
            after = text[match.end():match.end() + 60]
            words = after.lower().split()
            appositive = cues.APPOSITIVE_TYPE.match(after)
            stated = words and words[0].strip(",.") in cues.WORK_WORDS or appositive and \
                cues.TYPE_NOUNS[appositive.group(1).lower()] is EntityType.WORK or \
                _NAMED_AS_WORK.search(text, max(0, match.start() - 30), match.start() + 1) is not None
            # A quoted title needs a noun saying it is a work, or a second mention (resolution).
            weight = 2.5 if stated or listed or title_marks else 1.5
            kind = cues.PRECEDING_TYPE.search(text[max(0, match.start() - 30):match.start() + 1])
            if kind and cues.TYPE_NOUNS[kind.group(1).lower()] is not EntityType.WORK and not title_marks:
                continue  # "the platform “Zhipu Qingyan”": the names pass types what the noun says it is
            yield Mention(ctx.doc.doc_id, sentence.start + start, sentence.start + start + len(title), title,
                          EntityType.WORK, PASS, sentence.index, weight)
        for match in _LINK.finditer(text):
            title = match.group(1).strip()
            if _is_title(title) and not title.lower().endswith((".md", ".html", ".pdf")) and \
                    title.split(" ", 1)[0].lower() not in _BUTTON_VERBS:
                yield Mention(ctx.doc.doc_id, sentence.start + match.start(1),
                              sentence.start + match.start(1) + len(title), title, EntityType.WORK, PASS,
                              sentence.index, 2.0)


def _is_title(phrase: str) -> bool:
    words = _WORD.findall(phrase)
    if not words or not phrase[0].isupper() and not phrase[0].isdigit() or phrase.endswith(("!", "?", "。")):
        return False
    if _DIAGRAM.search(phrase):
        return False  # "Noam Shazeer — Google → Character.AI → Google": a slide's diagram, not a title
    content = [w for w in words if w.lower() not in _MINOR]
    if not content or len(words) > 20:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75 and not (len(content) == 1 and content[0].lower() in cues.FUNCTION_WORDS)
