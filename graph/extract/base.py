"""What every extraction pass receives and how the passes of a pipeline run over a document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from .. import registry
from ..lexicon import Lexicon, LexiconEntry
from ..model import Document, Mention, RelationMention, Sentence

Finding = Mention | RelationMention
Pass = Callable[["PassContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Resources:
    """What passes share across documents: built once per build."""

    lexicon: Lexicon

    @cached_property
    def cache(self) -> dict[str, object]:
        return {}

    @cached_property
    def curated(self) -> dict[str, LexiconEntry]:
        """Every curated name and alias, as the lexicon writes it, and its entry."""
        return {form: entry for entry in self.lexicon.entries for form in entry.surface_forms}


@dataclass(frozen=True)
class PassContext:
    doc: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    resources: Resources
    relations: tuple[RelationMention, ...] = field(default=())

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence holding a character offset (binary search over sentence starts)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]


@dataclass(frozen=True)
class DocumentFindings:
    doc_id: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    by_pass: dict[str, int]


def register_pass(name: str, *, replaces_mentions: bool = False) -> Callable[[Pass], Pass]:
    """Register a pass; one that ``replaces_mentions`` returns the full mention list to keep."""

    def decorate(func: Pass) -> Pass:
        func.replaces_mentions = replaces_mentions  # type: ignore[attr-defined]
        return registry.register("pass", name)(func)

    return decorate


def run_passes(doc: Document, sentences: Sequence[Sentence], pass_names: Sequence[str],
               resources: Resources) -> DocumentFindings:
    """Run the named passes in order; each sees the mentions and relations of those before it."""
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    by_pass: dict[str, int] = {}
    for name in pass_names:
        run = registry.get("pass", name)
        ctx = PassContext(doc, tuple(sentences), tuple(mentions), resources, tuple(relations))
        found = list(run(ctx))
        by_pass[name] = len(found)
        new_mentions = [f for f in found if isinstance(f, Mention)]
        relations.extend(f for f in found if isinstance(f, RelationMention))
        if getattr(run, "replaces_mentions", False):
            mentions = new_mentions
        else:
            mentions.extend(new_mentions)
    return DocumentFindings(doc.doc_id, tuple(sentences), tuple(mentions), tuple(relations), by_pass)
