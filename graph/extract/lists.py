"""Names listed together are of one kind: "groups at Princeton, Stanford, Berkeley and Redwood
Research", "投资方包括美团、蚂蚁集团和某某资本".

A list of three or more names, joined by commas, "and" or 、, whose curated or clearly typed
items are all of one type, gives that type to its other items: an item of no type, or of the
same type on weak evidence, gains a vote for it. A single sighting of a name the lexicon lacks
is then enough to make it a thing of its own. A list whose typed items disagree ("OpenAI, GPT-4
and Sam Altman") says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..model import Mention
from . import cues
from .base import PassContext, register_pass

PASS = "lists"
_TYPED = 2.5  # the weight of a curated or clearly typed item, which types the list
_VOTE = 1.0
_MIN_ITEMS = 3


@register_pass(PASS)
def list_mentions(ctx: PassContext) -> Iterator[Mention]:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in ctx.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for index, mentions in sorted(by_sentence.items()):
        for items in _lists(ctx.sentences[index].text, ctx.sentences[index].start, mentions):
            kinds = {m.type for m in items if m.type is not None and m.weight >= _TYPED}
            if len(kinds) != 1 or sum(m.weight >= _TYPED for m in items) < 2:
                continue
            kind = kinds.pop()
            for m in items:
                if m.weight < _TYPED and m.type in (None, kind):
                    yield replace(m, type=kind, pass_name=PASS, weight=_VOTE)


def _lists(text: str, offset: int, mentions: list[Mention]) -> Iterator[list[Mention]]:
    """Runs of at least three names, each joined to the next by a list's separator."""
    spans = {(m.start, m.end): m for m in sorted(mentions, key=lambda m: -m.weight)}
    # "Nvidia" of "Nvidia A100" is inside the item, not one of its own
    ordered = sorted((m for (start, end), m in spans.items()
                      if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)),
                     key=lambda m: m.start)
    run: list[Mention] = []
    for mention in ordered:
        if run and run[-1].end <= mention.start and \
                cues.BETWEEN_LIST_ITEMS.fullmatch(text, run[-1].end - offset, mention.start - offset):
            run.append(mention)
            continue
        if len(run) >= _MIN_ITEMS:
            yield run
        run = [mention]
    if len(run) >= _MIN_ITEMS:
        yield run
