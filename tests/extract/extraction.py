"""What the default passes find in a text: the helpers the extraction tests share."""

from __future__ import annotations

from functools import lru_cache

from graphkit.corpus import split_sentences
from graphkit.extract import DEFAULT_PASSES, DocumentFindings, Resources, run_passes
from graphkit.lexicon import load_lexicon
from graphkit.model import Document
from graphkit.vocab import EntityType


@lru_cache(maxsize=1)
def resources() -> Resources:
    return Resources(load_lexicon())


def findings(text: str, doc_id: str = "t.txt") -> DocumentFindings:
    doc = Document(doc_id, doc_id, text)
    return run_passes(doc, split_sentences(doc), DEFAULT_PASSES, resources())


def mentions(text: str) -> dict[str, EntityType | None]:
    return {m.text: m.type for m in findings(text).mentions}


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head.text, r.relation.value, r.tail.text) for r in findings(text).relations}
