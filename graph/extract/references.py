"""Who wrote what, read from the entries of a bibliography ("[9] E. Frantar et al. GPTQ:
Accurate post-training quantization… ICLR, 2023.").

Each author is a person (a team or company when a single name stands alone: "DeepSeek-AI."),
the title is a work, and every author proposed it. A title that is the name of a model
("A. Q. Jiang et al. Mistral 7B.") is that model, which its authors developed. A title that
opens with a name and a colon ("GPTQ: Accurate…", "LoRA: Low-rank adaptation…") names what
the paper proposes, so its authors proposed that too, wherever else the document names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..corpus.references import parse_reference
from ..model import Mention, RelationMention
from ..vocab import EntityType, RelationType
from .base import Finding, PassContext, register_pass

PASS = "references"
_AUTHOR_WEIGHT = 3.0  # an author list is as clear a sign of a person as a title before a name
_TEAM_WEIGHT = 2.0
_TITLE_WEIGHT = 3.0
_CONFIDENCE = 0.9
_LEAD_CONFIDENCE = 0.8
_LEAD = re.compile(r"([^\s:,]+(?: [^\s:,]+){0,2})(?::\s|,\s(?:a|an|the)\s)")  # "DistilBERT, a distilled…"
_TEAM_SUFFIX = re.compile(r"[\s-](?:AI|Team|Research)$")
_NAMED_TITLE = frozenset({EntityType.MODEL, EntityType.PRODUCT, EntityType.CONCEPT})
_NOT_PROPOSED = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT,
                           EntityType.WORK})


@register_pass(PASS)
def reference_findings(ctx: PassContext) -> Iterator[Finding]:
    ordered = sorted(ctx.mentions, key=lambda m: (m.start, m.end, m.pass_name))
    by_text: dict[str, list[Mention]] = {}
    for mention in ordered:
        if mention.type not in _NOT_PROPOSED:
            by_text.setdefault(mention.text, []).append(mention)
    # "DeepSeek-AI." as an author is the company the document calls DeepSeek
    teams = {m.text: m for m in ordered if m.type is EntityType.ORGANIZATION}
    for sentence in ctx.sentences:
        entry = parse_reference(sentence.text)
        if entry is None:
            continue
        offset = sentence.start
        authors = []
        for author in entry.authors:
            name = sentence.text[author.start:author.end]
            team = None if author.person else teams.get(_TEAM_SUFFIX.sub("", name)) or teams.get(name)
            if team is None:
                team = Mention(ctx.doc.doc_id, offset + author.start, offset + author.end, name,
                               EntityType.PERSON if author.person else EntityType.ORGANIZATION, PASS,
                               sentence.index, _AUTHOR_WEIGHT if author.person else _TEAM_WEIGHT)
                yield team
            authors.append(team)
        start, end = offset + entry.title_start, offset + entry.title_end
        title = next((m for m in ctx.mentions if (m.start, m.end) == (start, end) and m.type in _NAMED_TITLE), None)
        if title is None:
            title = Mention(ctx.doc.doc_id, start, end, ctx.doc.text[start:end], EntityType.WORK, PASS,
                            sentence.index, _TITLE_WEIGHT)
            yield title
        lead = _LEAD.match(title.text)
        # the name outside the entry: inside it, the title's span is what names a thing
        proposed = next((m for m in by_text.get(lead.group(1), ()) if m.sentence != sentence.index), None) \
            if lead and title.type is EntityType.WORK else None
        for author in authors:
            yield RelationMention(author, RelationType.PROPOSED, title, sentence, PASS, _CONFIDENCE)
            if proposed is not None:
                yield RelationMention(author, RelationType.PROPOSED, proposed, sentence, PASS, _LEAD_CONFIDENCE)
