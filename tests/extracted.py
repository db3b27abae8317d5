"""What extraction and resolution make of a few texts, for tests that start from text."""

from __future__ import annotations

from graphkit.corpus import split_sentences
from graphkit.extract import DEFAULT_PASSES, DocumentFindings, Resources, run_passes
from graphkit.lexicon import load_lexicon
from graphkit.model import Document
from graphkit.resolve import Resolution, resolve


def read_texts(*texts: str) -> tuple[list[DocumentFindings], Resolution]:
    """Each text as a document ``d0.txt``, ``d1.txt`` …, through every pass, then resolved."""
    lexicon = load_lexicon()
    findings = []
    for n, text in enumerate(texts):
        doc = Document(f"d{n}.txt", f"d{n}.txt", text)
        findings.append(run_passes(doc, split_sentences(doc), DEFAULT_PASSES, Resources(lexicon)))
    return findings, resolve(findings, lexicon)
