"""Build the networkx graph: one node per entity, typed edges with their evidence, co-occurrence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from .extract.base import DocumentFindings
from .extract.cooccurrence import MAX_EVIDENCE, cooccurrences
from .extract.cues import ORG_HEADS
from .extract.text import name_key
from .model import Edge, Entity, Evidence, Mention, Sentence
from .resolve import Resolution
from .vocab import EntityType, RelationType, admits

COOCCURS = "coOccursWith"


def typed_edges(findings: Iterable[DocumentFindings], resolution: Resolution) -> list[Edge]:
    """Relation mentions lifted to entities, kept where the types of both ends fit the relation."""
    types = {e.iri: e.type for e in resolution.entities}
    namesakes = _namesake_organisations(resolution.entities)
    evidence: defaultdict[tuple[str, RelationType, str], list[Evidence]] = defaultdict(list)
    for finding in findings:
        for rel in finding.relations:
            head, tail = resolution.of(rel.head), resolution.of(rel.tail)
            if head is None or tail is None or head == tail:
                continue
            if types[head] is None or types[tail] is None:
                continue
            relation = _as_made(rel.relation, types[head], types[tail])
            if not admits(relation, types[head], types[tail]):
                # "Baichuan was founded by Wang Xiaochuan": the model's name stands for its maker there
                head, tail = namesakes.get(head, head), namesakes.get(tail, tail)
                if head == tail or not admits(relation, types[head], types[tail]):  # type: ignore[arg-type]
                    continue
            if relation.symmetric and tail < head:
                head, tail = tail, head
            s = rel.sentence
            evidence[(head, relation, tail)].append(
                Evidence(s.doc_id, s.start, s.end, s.text, rel.pass_name, rel.confidence))
    return [Edge(h, r, t, _strongest(ev))
            for (h, r, t), ev in sorted(evidence.items(), key=lambda item: (item[0][0], item[0][1].value, item[0][2]))]


def _as_made(relation: RelationType, head: EntityType, tail: EntityType) -> RelationType:
    """What a text calls proposing or authoring ("the first author on XLNet") is developing when
    the thing turns out to be a model or a product; what it calls developing is proposing when
    the thing is a work ("developed the report"), and founding when a person made a company
    ("零一万物是李开复做的"). Which one it is shows only once types are known."""
    if relation is RelationType.PROPOSED and tail in (EntityType.MODEL, EntityType.PRODUCT):
        return RelationType.DEVELOPED
    if relation is RelationType.DEVELOPED and tail is EntityType.WORK:
        return RelationType.PROPOSED
    if relation is RelationType.DEVELOPED and head is EntityType.PERSON and tail is EntityType.ORGANIZATION:
        return RelationType.FOUNDED
    return relation


def _strongest(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """One evidence per place in a document, the most confident (and the shortest): two patterns
    that read the same fact in one sentence ("OpenAI's GPT … launching GPT") give one piece of
    evidence, as its IRI is minted from the edge, the document and the start."""
    best: dict[tuple[str, int], Evidence] = {}
    for e in sorted(evidence, key=lambda e: (e.doc_id, e.start, -e.confidence, e.end, e.pass_name)):
        best.setdefault((e.doc_id, e.start), e)
    return tuple(best.values())


def _namesake_organisations(entities: Iterable[Entity]) -> dict[str, str]:
    """Models and products named like their maker without its head word (the model Baichuan
    and Baichuan Intelligence): entity IRI -> the organisation's IRI, where only one fits."""
    entities = list(entities)
    short_names: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type is EntityType.ORGANIZATION:
            for label in entity.labels:
                first, _, head = label.rpartition(" ")
                if first and (head.lower() in ORG_HEADS or head == "AI"):
                    short_names[name_key(first)].add(entity.iri)
    found: dict[str, str] = {}
    for entity in entities:
        if entity.type in (EntityType.MODEL, EntityType.PRODUCT):
            owners = set().union(*(short_names.get(name_key(label), set()) for label in entity.labels))
            if len(owners) == 1:
                found[entity.iri] = owners.pop()
    return found


def build_graph(entities: Iterable[Entity], edges: Iterable[Edge], findings: Iterable[DocumentFindings],
                resolution: Resolution) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for entity in sorted(entities, key=lambda e: e.iri):
        graph.add_node(entity.iri, name=entity.name, type=entity.type.value if entity.type else None,
                       labels=list(entity.labels), docs=list(entity.docs), mentions=entity.mentions,
                       source=entity.source, passes=list(entity.passes),
                       merges=[{"name": m.name, "other": m.other, "reason": m.reason} for m in entity.merges])
    for edge in edges:
        graph.add_edge(edge.head, edge.tail, key=edge.relation.value, relation=edge.relation.value,
                       weight=edge.weight, confidence=max(e.confidence for e in edge.evidence),
                       evidence=[_evidence_dict(e) for e in edge.evidence])
    for (a, b), evidence in sorted(cooccurrences(_sentences(findings), resolution.of).items()):
        graph.add_edge(a, b, key=COOCCURS, relation=COOCCURS, weight=len(evidence), confidence=1.0,
                       evidence=[_evidence_dict(e) for e in evidence[:MAX_EVIDENCE]])
    return graph


def _sentences(findings: Iterable[DocumentFindings]) -> Iterable[tuple[Sentence, list[Mention]]]:
    for finding in findings:
        by_sentence: defaultdict[int, list[Mention]] = defaultdict(list)
        for mention in finding.mentions:
            by_sentence[mention.sentence].append(mention)
        for index, mentions in sorted(by_sentence.items()):
            yield finding.sentences[index], mentions


def _evidence_dict(evidence: Evidence) -> dict[str, object]:
    return {"doc": evidence.doc_id, "start": evidence.start, "end": evidence.end, "text": evidence.text,
            "pass": evidence.pass_name, "confidence": evidence.confidence}
