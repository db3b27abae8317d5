"""N-Triples, N-Quads, TriG and JSON-LD: the RDF model of graph/export/turtle.py in other syntaxes.

Every builder starts from :func:`graphkit.export.turtle.rdf_triples`, so the triples are the
Turtle export's triples, as plain data; they are written by pyoxigraph (or as JSON), and
everything is sorted, so the same graph gives the same bytes.

The quad formats (N-Quads, TriG) put the facts that come from one document into a named graph
whose name is that document's IRI: its evidence nodes, the assertions they support (an
assertion supported by two documents is in both graphs) with their links to that evidence, and
the entities' ``gk:mentionedIn`` links to it. The default graph holds the rest: the entities,
their names and measures, the typed edges themselves and the documents. The union of all graphs
is the Turtle export.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..vocab import GK as GK_IRI
from ..vocab import RESOURCE
from . import exporter
from .turtle import PREFIXES, Term, rdf_triples

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["CONTEXT", "jsonld_document", "rdf_statements", "to_jsonld", "to_nquads", "to_ntriples", "to_quads",
           "to_trig"]

_XSD = PREFIXES["xsd"]
_TYPE = PREFIXES["rdf"] + "type"
_INTEGER = _XSD + "integer"
_STRING = _XSD + "string"
_DOCUMENT = GK_IRI + "document"
_EVIDENCE = GK_IRI + "evidence"
_MENTIONED_IN = GK_IRI + "mentionedIn"
# The JSON-LD context: the prefixes of the readable formats, and gkr: for the resources (TriG
# leaves resources as full IRIs: their local names would need escaping, gkr:entity\/openai).
CONTEXT: dict[str, str] = {**PREFIXES, "gkr": RESOURCE}

# A statement: (graph, subject, predicate, object); graph "" is the default graph, otherwise
# the IRI of a document.
Statement = tuple[str, Term, str, Term]


def rdf_statements(graph: nx.MultiDiGraph) -> list[Statement]:
    """The statements of :func:`~graphkit.export.turtle.rdf_triples`, each with its graph,
    sorted: the default graph first, then each document's graph by IRI."""
    triples = rdf_triples(graph)
    evidence_doc = {s: o[1] for s, p, o in triples if p == _DOCUMENT}
    assertion_docs: defaultdict[Term, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if p == _EVIDENCE and o in evidence_doc:
            assertion_docs[s].add(evidence_doc[o])
    out: list[Statement] = []
    for s, p, o in triples:
        if s in evidence_doc:
            out.append((evidence_doc[s], s, p, o))
        elif p == _EVIDENCE and o in evidence_doc:
            out.append((evidence_doc[o], s, p, o))
        elif s in assertion_docs:
            out.extend((doc, s, p, o) for doc in assertion_docs[s])
        elif p == _MENTIONED_IN:
            out.append((o[1], s, p, o))
        else:
            out.append(("", s, p, o))
    return sorted(set(out))


def to_quads(graph: nx.MultiDiGraph) -> list[pyoxigraph.Quad]:
    """The quads of the N-Quads and TriG exports, in :func:`rdf_statements` order."""
    import pyoxigraph

    terms = _Terms()
    default = pyoxigraph.DefaultGraph()
    return [pyoxigraph.Quad(terms.term(s), terms.iri(p), terms.term(o), terms.iri(g) if g else default)
            for g, s, p, o in rdf_statements(graph)]


@exporter("ntriples", "graph.nt")
def to_ntriples(graph: nx.MultiDiGraph) -> bytes:
    """The graph as N-Triples, one triple per line, sorted by subject, predicate, object."""
    import pyoxigraph

    terms = _Terms()
    triples = [pyoxigraph.Triple(terms.term(s), terms.iri(p), terms.term(o)) for s, p, o in rdf_triples(graph)]
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)


@exporter("nquads", "graph.nq")
def to_nquads(graph: nx.MultiDiGraph) -> bytes:
    """The graph as N-Quads with one named graph per document (see the module docstring)."""
    import pyoxigraph

    return pyoxigraph.serialize(to_quads(graph), format=pyoxigraph.RdfFormat.N_QUADS)


@exporter("trig", "graph.trig")
def to_trig(graph: nx.MultiDiGraph) -> bytes:
    """The graph as TriG with one named graph per document (see the module docstring)."""
    import pyoxigraph

    return pyoxigraph.serialize(to_quads(graph), format=pyoxigraph.RdfFormat.TRIG, prefixes=PREFIXES)


def jsonld_document(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The JSON-LD document: ``{"@context": CONTEXT, "@graph": [one node object per subject]}``,
    compacted with the context's prefixes, everything sorted.

    Language-tagged names are ``{"@value", "@language"}``, integers are JSON numbers, other
    typed literals (decimals) keep their lexical form as ``{"@value", "@type"}``.
    """
    subjects: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in rdf_triples(graph):
        subject = _jsonld_value(s)["@id"]
        if p == _TYPE and o[0] == "iri":
            subjects[subject]["@type"].append(_compact(o[1]))
        else:
            subjects[subject][_compact(p)].append(_jsonld_value(o))
    nodes = []
    for subject in sorted(subjects):
        node: dict[str, Any] = {"@id": subject}
        for key in sorted(subjects[subject]):
            values = subjects[subject][key]
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    return {"@context": CONTEXT, "@graph": nodes}


@exporter("jsonld", "graph.jsonld")
def to_jsonld(graph: nx.MultiDiGraph) -> bytes:
    """The graph as compacted JSON-LD with a context (see :func:`jsonld_document`)."""
    return (json.dumps(jsonld_document(graph), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


class _Terms:
    """pyoxigraph terms for plain-data terms, one object per distinct IRI."""

    def __init__(self) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self._iris: dict[str, Any] = {}

    def iri(self, text: str) -> Any:
        node = self._iris.get(text)
        if node is None:
            node = self._iris[text] = self._ox.NamedNode(text)
        return node

    def term(self, term: Term) -> Any:
        if term[0] == "iri":
            return self.iri(term[1])
        _, value, language, datatype = term
        if language:
            return self._ox.Literal(value, language=language)
        return self._ox.Literal(value, datatype=self.iri(datatype))


def _compact(iri: str) -> str:
    for prefix, namespace in CONTEXT.items():
        if iri.startswith(namespace) and not iri[len(namespace):].startswith("//"):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _jsonld_value(term: Term) -> Any:
    if term[0] == "iri":
        return {"@id": _compact(term[1])}
    _, value, language, datatype = term
    if language:
        return {"@value": value, "@language": language}
    if datatype == _STRING:
        return value
    if datatype == _INTEGER and value.isdigit() and value == str(int(value)):
        return int(value)
    return {"@value": value, "@type": _compact(datatype)}
