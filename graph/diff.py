"""What changed between two builds: entities and edges added, removed and changed.

A build is read from its RDF export (``graph.ttl``, or an export folder holding one). An
entity is a node typed with one of the schema's entity classes; its description is every
statement about it (labels, type, documents, mention count) except the analysis values
(degree, PageRank, community), which move whenever anything else does — they are compared only
with ``include_analysis``. An edge is a ``head relation tail`` statement between two entities;
its description is what its assertion carries: weight, confidence and the evidence sentences.

>>> old = {"e1": {"label": {"A"}}}
>>> _changes(old["e1"], {"label": {"A", "B"}})
{'label': {'added': ['B'], 'removed': []}}
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CorpusError
from .vocab import GK, EntityType

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ENTITY_CLASSES = frozenset({GK + t.value for t in EntityType} | {GK + "Entity"})
ANALYSIS = frozenset({GK + "degreeCentrality", GK + "pagerank", GK + "community"})
_REIFICATION = frozenset({RDF + "type", RDF + "subject", RDF + "predicate", RDF + "object", GK + "evidence"})
GRAPH_FILE = "graph.ttl"

Term = tuple[str, str, str]  # ("iri", iri, "") or ("literal", lexical form, language) or ("blank", id, "")
Description = dict[str, set[str]]  # predicate (short name) -> values


@dataclass(frozen=True)
class EntityView:
    iri: str
    name: str
    type: str

    def as_dict(self) -> dict[str, str]:
        return {"iri": self.iri, "name": self.name, "type": self.type}


@dataclass(frozen=True)
class EdgeView:
    head: str
    relation: str
    tail: str
    head_name: str
    tail_name: str

    def as_dict(self) -> dict[str, str]:
        return {"head": self.head, "relation": self.relation, "tail": self.tail,
                "head_name": self.head_name, "tail_name": self.tail_name}


@dataclass
class GraphDiff:
    old: str
    new: str
    entities_added: list[EntityView] = field(default_factory=list)
    entities_removed: list[EntityView] = field(default_factory=list)
    entities_changed: list[tuple[EntityView, dict[str, dict[str, list[str]]]]] = field(default_factory=list)
    edges_added: list[EdgeView] = field(default_factory=list)
    edges_removed: list[EdgeView] = field(default_factory=list)
    edges_changed: list[tuple[EdgeView, dict[str, dict[str, list[str]]]]] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not (self.entities_added or self.entities_removed or self.entities_changed
                    or self.edges_added or self.edges_removed or self.edges_changed)

    def as_dict(self) -> dict[str, object]:
        return {
            "equal": self.equal, "old": self.old, "new": self.new,
            "entities": {"added": [e.as_dict() for e in self.entities_added],
                         "removed": [e.as_dict() for e in self.entities_removed],
                         "changed": [{**e.as_dict(), "changes": c} for e, c in self.entities_changed]},
            "edges": {"added": [e.as_dict() for e in self.edges_added],
                      "removed": [e.as_dict() for e in self.edges_removed],
                      "changed": [{**e.as_dict(), "changes": c} for e, c in self.edges_changed]},
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1) + "\n"

    def to_text(self) -> str:
        lines = [f"entities: {len(self.entities_added)} added, {len(self.entities_removed)} removed, "
                 f"{len(self.entities_changed)} changed",
                 f"edges: {len(self.edges_added)} added, {len(self.edges_removed)} removed, "
                 f"{len(self.edges_changed)} changed"]
        if self.equal:
            return "\n".join(lines + ["the builds are equal"]) + "\n"
        for sign, entities in (("+", self.entities_added), ("-", self.entities_removed)):
            lines += [f"{sign} {e.type} {e.name!r} <{e.iri}>" for e in entities]
        for entity, changes in self.entities_changed:
            lines.append(f"~ {entity.type} {entity.name!r} <{entity.iri}>")
            lines += _change_lines(changes)
        for sign, edges in (("+", self.edges_added), ("-", self.edges_removed)):
            lines += [f"{sign} {e.head_name!r} {e.relation} {e.tail_name!r}" for e in edges]
        for edge, changes in self.edges_changed:
            lines.append(f"~ {edge.head_name!r} {edge.relation} {edge.tail_name!r}")
            lines += _change_lines(changes)
        return "\n".join(lines) + "\n"


def _change_lines(changes: dict[str, dict[str, list[str]]]) -> list[str]:
    lines = []
    for predicate, change in changes.items():
        added, removed = change["added"], change["removed"]
        if len(added) == 1 and len(removed) == 1:
            lines.append(f"    {predicate}: {removed[0]} -> {added[0]}")
            continue
        lines += [f"    {predicate}: + {value}" for value in added]
        lines += [f"    {predicate}: - {value}" for value in removed]
    return lines


def graph_file(path: str | Path) -> Path:
    """The export of a build: the file itself, or ``graph.ttl`` in an export folder."""
    path = Path(path)
    target = path / GRAPH_FILE if path.is_dir() else path
    if not target.is_file():
        where = f"{path} has no {GRAPH_FILE}" if path.is_dir() else f"{path} does not exist"
        raise CorpusError(f"{where}: give a graph.ttl or an export folder written by `graphkit build`")
    return target


def diff_builds(old: str | Path, new: str | Path, *, include_analysis: bool = False) -> GraphDiff:
    """Compare two builds (graph.ttl files or export folders)."""
    old_file, new_file = graph_file(old), graph_file(new)
    before, after = _Build.read(old_file, include_analysis), _Build.read(new_file, include_analysis)
    result = GraphDiff(str(old_file), str(new_file))
    for iri in sorted(after.entities.keys() - before.entities.keys()):
        result.entities_added.append(after.entity(iri))
    for iri in sorted(before.entities.keys() - after.entities.keys()):
        result.entities_removed.append(before.entity(iri))
    for iri in sorted(before.entities.keys() & after.entities.keys()):
        changes = _changes(before.entities[iri], after.entities[iri])
        if changes:
            result.entities_changed.append((after.entity(iri), changes))
    for key in sorted(after.edges.keys() - before.edges.keys()):
        result.edges_added.append(after.edge(key))
    for key in sorted(before.edges.keys() - after.edges.keys()):
        result.edges_removed.append(before.edge(key))
    for key in sorted(before.edges.keys() & after.edges.keys()):
        changes = _changes(before.edges[key], after.edges[key])
        if changes:
            result.edges_changed.append((after.edge(key), changes))
    return result


def _changes(old: Description, new: Description) -> dict[str, dict[str, list[str]]]:
    changes = {}
    for predicate in sorted(old.keys() | new.keys()):
        before, after = old.get(predicate, set()), new.get(predicate, set())
        if before != after:
            changes[predicate] = {"added": sorted(after - before), "removed": sorted(before - after)}
    return changes


class _Build:
    """The entities and edges of one export, each with the description that is compared."""

    def __init__(self) -> None:
        self.entities: dict[str, Description] = {}
        self.edges: dict[tuple[str, str, str], Description] = {}
        self.names: dict[str, str] = {}
        self.types: dict[str, str] = {}

    @classmethod
    def read(cls, path: Path, include_analysis: bool) -> _Build:
        by_subject: defaultdict[Term, list[tuple[str, Term]]] = defaultdict(list)
        for s, p, o in _triples(path):
            by_subject[s].append((p, o))
        build = cls()
        entities = {s[1] for s, sts in by_subject.items()
                    if s[0] == "iri" and any(p == RDF + "type" and o[1] in ENTITY_CLASSES for p, o in sts)}
        labels = {s[1]: o[1] for s, sts in by_subject.items() for p, o in sts if p == RDFS + "label"}
        for subject, statements in by_subject.items():
            if subject[1] in entities:
                build._entity(subject[1], statements, entities, include_analysis)
            elif (RDF + "type", ("iri", GK + "Assertion", "")) in statements:
                build._assertion(statements, by_subject, labels)
        for iri in entities:
            for p, o in by_subject[("iri", iri, "")]:  # an edge the export states without an assertion
                if p.startswith(GK) and o[0] == "iri" and o[1] in entities:
                    build.edges.setdefault((iri, _short(p), o[1]), {})
        return build

    def _entity(self, iri: str, statements: list[tuple[str, Term]], entities: set[str],
                include_analysis: bool) -> None:
        description: defaultdict[str, set[str]] = defaultdict(set)
        for p, o in statements:
            if p in ANALYSIS and not include_analysis or o[0] == "iri" and o[1] in entities:
                continue  # an analysis value, or an edge to another entity (compared as an edge)
            description[_short(p)].add(_display(o))
            if p == SKOS + "prefLabel" or p == RDFS + "label" and iri not in self.names:
                self.names[iri] = o[1]
            if p == RDF + "type":
                self.types[iri] = _short(o[1])
        self.entities[iri] = dict(description)

    def _assertion(self, statements: list[tuple[str, Term]], by_subject: dict[Term, list[tuple[str, Term]]],
                   labels: dict[str, str]) -> None:
        parts = {p: o[1] for p, o in statements if p in (RDF + "subject", RDF + "predicate", RDF + "object")}
        if len(parts) != 3:
            return
        key = (parts[RDF + "subject"], _short(parts[RDF + "predicate"]), parts[RDF + "object"])
        description: defaultdict[str, set[str]] = defaultdict(set)
        for p, o in statements:
            if p not in _REIFICATION:
                description[_short(p)].add(_display(o))
            elif p == GK + "evidence":
                description["evidence"].add(_evidence(by_subject.get(o, []), labels))
        self.edges[key] = dict(description)

    def entity(self, iri: str) -> EntityView:
        return EntityView(iri, self.names.get(iri, iri.rsplit("/", 1)[-1]), self.types.get(iri, "Entity"))

    def edge(self, key: tuple[str, str, str]) -> EdgeView:
        head, relation, tail = key
        return EdgeView(head, relation, tail, self.entity(head).name, self.entity(tail).name)


def _evidence(statements: list[tuple[str, Term]], labels: dict[str, str]) -> str:
    """One evidence sentence as text: 'doc.txt 120-164 (pass, confidence): sentence'."""
    values = {_short(p): o[1] for p, o in statements if p != RDF + "type"}
    doc = labels.get(values.get("document", ""), values.get("document", "?"))
    where = f"{doc} {values.get('start', '?')}-{values.get('end', '?')}"
    how = ", ".join(values[k] for k in ("extractedBy", "confidence") if k in values)
    return f"{where} ({how}): {values.get('sentence', '')}"


def _short(iri: str) -> str:
    for prefix in (GK, RDF, RDFS, SKOS):
        if iri.startswith(prefix):
            return iri[len(prefix):]
    return iri


def _display(term: Term) -> str:
    if term[0] == "iri":
        return f"<{term[1]}>"
    return f"{term[1]}@{term[2]}" if term[2] else term[1]


def _triples(path: Path) -> Iterator[tuple[Term, str, Term]]:
    """The triples of a Turtle file as plain strings, streamed by pyoxigraph when it is there
    (ten times faster than rdflib), else parsed with rdflib."""
    try:
        import pyoxigraph
    except ImportError:
        yield from _rdflib_triples(path)
        return
    try:
        for triple in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
            yield _ox_term(triple.subject), triple.predicate.value, _ox_term(triple.object)
    except SyntaxError as err:
        raise CorpusError(f"{path} is not valid Turtle: {err}; rebuild it with `graphkit build`") from err


def _ox_term(term: object) -> Term:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return ("iri", term.value, "")
    if isinstance(term, pyoxigraph.Literal):
        return ("literal", term.value, term.language or "")
    return ("blank", str(term), "")


def _rdflib_triples(path: Path) -> Iterator[tuple[Term, str, Term]]:
    from rdflib import BNode, Graph, Literal, URIRef

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (SyntaxError, ValueError) as err:
        raise CorpusError(f"{path} is not valid Turtle: {err}; rebuild it with `graphkit build`") from err

    def term(value: object) -> Term:
        if isinstance(value, URIRef):
            return ("iri", str(value), "")
        if isinstance(value, Literal):
            return ("literal", str(value), value.language or "")
        assert isinstance(value, BNode)
        return ("blank", str(value), "")

    for s, p, o in graph:
        yield term(s), str(p), term(o)
