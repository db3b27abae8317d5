"""Frozen dataclasses that flow between stages, validated where they are made."""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocab import EntityType, RelationType


@dataclass(frozen=True)
class Document:
    """One readable file of the corpus.

    ``text`` is the decoded, mojibake-repaired text; every offset in graphkit points into it.
    ``hidden`` lists ``(start, end)`` spans (boilerplate, repeated passages) that extraction
    skips: they stay in ``text`` so that offsets need no remapping.
    """

    doc_id: str
    path: str
    text: str
    encoding: str = "utf-8"
    hidden: tuple[tuple[int, int], ...] = ()
    repairs: int = 0

    def __post_init__(self) -> None:
        for start, end in self.hidden:
            if not 0 <= start <= end <= len(self.text):
                raise ValueError(f"{self.doc_id}: hidden span {start}:{end} outside the text")


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    heading: bool = False

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            raise ValueError(f"{self.doc_id}: sentence {self.index} text does not fit {self.start}:{self.end}")


@dataclass(frozen=True)
class Mention:
    """A span of a document that names something, with the evidence for its type.

    ``type`` may be None when the pass found a name but no evidence of what it is; resolution
    decides the type from all mentions of the entity.
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: EntityType | None
    pass_name: str
    sentence: int
    weight: float = 1.0
    canonical: str | None = None  # set by the lexicon pass: the curated name this mention is
    same_as: str | None = None  # mentions with one same_as key name one thing (acronym and expansion)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"{self.doc_id}: empty or negative mention span {self.start}:{self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"{self.doc_id}: mention {self.text!r} does not fit {self.start}:{self.end}")


@dataclass(frozen=True)
class RelationMention:
    """A typed relation that one sentence states between two mentions."""

    head: Mention
    relation: RelationType
    tail: Mention
    sentence: Sentence
    pass_name: str
    confidence: float

    def __post_init__(self) -> None:
        if not 0.0 < self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside (0, 1]")
        if self.head.doc_id != self.tail.doc_id or self.head.doc_id != self.sentence.doc_id:
            raise ValueError("a relation mention must stay inside one document")


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str
    pass_name: str
    confidence: float


@dataclass(frozen=True)
class Entity:
    """One real-world thing: its IRI, its type and every name the corpus used for it."""

    iri: str
    name: str
    type: EntityType | None
    labels: tuple[str, ...]
    docs: tuple[str, ...]
    mentions: int
    source: str | None = None  # the lexicon entry's reference, when the entity is curated
    merges: tuple[Merge, ...] = ()
    passes: tuple[str, ...] = ()  # the extraction passes whose mentions make up the entity

    def __post_init__(self) -> None:
        if self.name not in self.labels:
            raise ValueError(f"entity {self.iri}: its name {self.name!r} is not among its labels")


@dataclass(frozen=True)
class Edge:
    head: str
    relation: RelationType | None  # None: sentence co-occurrence
    tail: str
    evidence: tuple[Evidence, ...] = field(default=())

    @property
    def weight(self) -> int:
        return len(self.evidence)


@dataclass(frozen=True)
class Merge:
    """Why two names became one node (the merge log)."""

    name: str
    other: str
    reason: str
