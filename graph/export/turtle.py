"""RDF/Turtle export: entities with their names, typed edges with reified evidence.

Every typed edge ``?h gk:rel ?t`` is also an ``gk:Assertion`` (an ``rdf:Statement`` with
``rdf:subject``/``rdf:predicate``/``rdf:object``) that carries its confidence, the number of
sentences supporting it and one ``gk:Evidence`` per sentence: the sentence text, the document,
the character offsets and the pass that found it. Each entity records the passes that found it (``gk:foundBy``) and, as ``gk:NameMerge``
records, which of its names resolution joined and why. Every IRI is minted from names and
content, never from counters or blank nodes, so the same corpus gives the same file byte for byte.

The triples are built as plain data (:func:`rdf_triples`) and the Turtle is written from them
directly: rdflib's serializer took half a minute for a 10 MB corpus. :func:`to_rdf` gives the
same triples as an rdflib graph, for validation and the tests.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

import networkx as nx

from ..extract.text import has_cjk
from ..iri import mint
from ..vocab import GK
from ..vocab import RESOURCE as GKR
from . import exporter

if TYPE_CHECKING:
    from rdflib import Graph, Literal, URIRef

__all__ = ["PREFIXES", "Term", "Triple", "document_iri", "rdf_triples", "to_rdf", "to_turtle"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"gk": GK, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD}
_NAMESPACES = tuple(PREFIXES.values())

# A term as plain data: ("iri", text) or ("literal", lexical form, language, datatype); a
# language-tagged literal has datatype "", any other literal has one (xsd:string when plain).
# Plain tuples sort, hash, and become rdflib, pyoxigraph or JSON-LD terms.
Term = tuple[str, ...]
Triple = tuple[Term, str, Term]

# Predicates are made once, so the statements of a large graph share them.
_TYPE = RDF + "type"
_SUBJECT, _PREDICATE, _OBJECT = RDF + "subject", RDF + "predicate", RDF + "object"
_LABEL, _SEE_ALSO = RDFS + "label", RDFS + "seeAlso"
_PREF_LABEL, _ALT_LABEL = SKOS + "prefLabel", SKOS + "altLabel"
_STRING = XSD + "string"
_INTEGER = XSD + "integer"
_DECIMAL = XSD + "decimal"
_SURROGATE = re.compile("[\ud800-\udfff]")


def rdf_triples(graph: nx.MultiDiGraph) -> list[Triple]:
    """The triples of the RDF export of a built knowledge graph, sorted, without repeats."""
    return [(_iri(subject), predicate, obj) for subject, pairs in sorted(_statements(graph).items())
            for predicate, obj in sorted(set(pairs))]


def _statements(graph: nx.MultiDiGraph, edges: dict[str, tuple] | None = None) -> dict[str, list[tuple[str, Term]]]:
    """The (predicate, object) pairs of each subject IRI, in no order, possibly repeated.

    Grouped by subject as they are made, so that the Turtle writer sorts each subject's few
    pairs instead of every triple of the graph. Given ``edges``, the assertions and evidence
    of the edges are not made as pairs but recorded there, subject IRI -> what
    :func:`_edge_turtle` writes it from, wherever that subject has no other statements (an
    evidence IRI two evidence of one edge share); a subject IRI that two edges would share
    raises ``_SharedSubject``.
    """
    statements: defaultdict[str, list[tuple[str, Term]]] = defaultdict(list)
    documents: dict[str, Term] = {}

    def document(doc: str) -> Term:
        iri = documents.get(doc)
        if iri is None:
            iri = documents[doc] = _iri(document_iri(doc))
        return iri

    for node, data in graph.nodes(data=True):
        add = statements[node].append
        add((_TYPE, _gk_iri(data.get("type") or "Entity")))
        name = _text(data["name"])
        add((_LABEL, name))
        add((_PREF_LABEL, name))
        for label in data.get("labels", []):
            if label != data["name"]:
                add((_ALT_LABEL, _text(label)))
        for doc in data.get("docs", []):
            add((_gk("mentionedIn"), document(doc)))
        add((_gk("mentionCount"), _integer(data.get("mentions", 0))))
        for attribute, predicate in (("degree", _gk("degreeCentrality")), ("pagerank", _gk("pagerank"))):
            if attribute in data:
                add((predicate, _decimal(data[attribute])))
        if "community" in data:
            add((_gk("community"), _integer(data["community"])))
        if data.get("source"):
            add((_SEE_ALSO, _iri(data["source"])))
        for pass_name in data.get("passes", []):
            add((_gk("foundBy"), _plain(pass_name)))
        for merge in data.get("merges", []):
            record = f"{GKR}merge/{_digest(node, merge['name'], merge['other'], merge['reason'])}"
            add((_gk("nameMerge"), _iri(record)))
            statements[record].extend((
                (_TYPE, _gk_iri("NameMerge")),
                (_gk("name"), _text(merge["name"])),
                (_gk("otherName"), _text(merge["other"])),
                (_gk("reason"), _plain(merge["reason"]))))
    for head, tail, key, data in graph.edges(keys=True, data=True):
        predicate = _gk(key)
        statements[head].append((predicate, _iri(tail)))
        statement = f"{GKR}assertion/{_digest(head, key, tail)}"
        evidence_of: defaultdict[str, list[dict]] = defaultdict(list)
        for ev in data.get("evidence", []):
            evidence_of[f"{GKR}evidence/{_digest(head, key, tail, ev['doc'], str(ev['start']))}"].append(ev)
        if edges is not None:
            if statement in edges or any(iri in edges for iri in evidence_of):
                raise _SharedSubject(statement)
            edges[statement] = (head, key, tail, data, sorted(evidence_of) if len(evidence_of) > 1 else [*evidence_of])
            for evidence, same in evidence_of.items():
                if len(same) == 1:
                    edges[evidence] = (same[0], document(same[0]["doc"]))
            evidence_of = {evidence: same for evidence, same in evidence_of.items() if len(same) > 1}
        else:
            add = statements[statement].append
            add((_TYPE, _gk_iri("Assertion")))
            add((_SUBJECT, _iri(head)))
            add((_PREDICATE, _iri(predicate)))
            add((_OBJECT, _iri(tail)))
            add((_gk("weight"), _integer(data.get("weight", 1))))
            add((_gk("confidence"), _decimal(data.get("confidence", 1.0))))
            for evidence in evidence_of:
                add((_gk("evidence"), _iri(evidence)))
        for evidence, same in evidence_of.items():
            for ev in same:
                statements[evidence].extend((
                    (_TYPE, _gk_iri("Evidence")),
                    (_gk("sentence"), _plain(ev["text"])),
                    (_gk("document"), document(ev["doc"])),
                    (_gk("start"), _integer(ev["start"])),
                    (_gk("end"), _integer(ev["end"])),
                    (_gk("extractedBy"), _plain(ev["pass"])),
                    (_gk("confidence"), _decimal(ev["confidence"]))))
    for doc, (_, iri) in documents.items():
        statements[iri].extend(((_TYPE, _gk_iri("Document")), (_LABEL, _plain(doc))))
    if edges is not None and any(iri in edges for iri in statements):
        raise _SharedSubject(next(iri for iri in statements if iri in edges))
    return statements


class _SharedSubject(Exception):
    """Two edges digest to one assertion or evidence IRI: its triples must be merged."""


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The triples of :func:`rdf_triples` as an rdflib graph."""
    from rdflib import Graph, URIRef  # 0.1 s to import, and the Turtle writer does without it

    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in (("gkr", GKR), *PREFIXES.items()):
        rdf.bind(prefix, namespace)
    for subject, predicate, obj in rdf_triples(graph):
        rdf.add((URIRef(subject[1]), URIRef(predicate), _rdflib_term(obj)))
    return rdf


def document_iri(doc_id: str) -> str:
    return mint("document", doc_id)


@exporter("turtle", "graph.ttl")
def to_turtle(graph: nx.MultiDiGraph) -> bytes:
    """The graph as Turtle: subjects in IRI order, each with its predicates (``a`` first, then
    in IRI order) and their objects in order, so the same graph gives the same bytes."""
    try:
        return _TurtleWriter().write(graph, {})
    except _SharedSubject:
        return _TurtleWriter().write(graph, None)


class _TurtleWriter:
    """Writes the statements of a graph as Turtle, subject by subject.

    The assertion and evidence of an edge, nine subjects in ten, always have the same
    predicates with one object each (an assertion: its evidence, in order): they are written
    from the edge's data with templates in the order the rows would sort to, not made as rows
    and sorted. A subject that two sources share goes through the rows, which merge it.
    """

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        # The Turtle of IRIs and of names and numbers, which repeat; the plain strings of nodes
        # are written as they come, so that memory holds them once.
        self.repeated: dict[Term, str] = {}
        # The sentences and pass names of evidence, by their text: a sentence that names n
        # entities is the evidence of up to n(n-1)/2 co-occurrences, each escaped once.
        self.evidence_strings: dict[str, str] = {}
        self.confidences: dict[float, str] = {}

    def name(self, iri: str) -> str:
        written = self.names.get(iri)
        if written is None:
            written = self.names[iri] = _name(iri)
        return written

    def term(self, obj: Term) -> str:
        written = self.repeated.get(obj)
        if written is None:
            written = self.repeated[obj] = self.name(obj[1]) if obj[0] == "iri" else _literal(obj)
        return written

    def evidence_string(self, text: str) -> str:
        written = self.evidence_strings.get(text)
        if written is None:
            written = self.evidence_strings[text] = _literal(_plain(text))
        return written

    def confidence(self, value: float) -> str:
        written = self.confidences.get(value)
        if written is None:
            written = self.confidences[value] = _literal(_decimal(value))
        return written

    def write(self, graph: nx.MultiDiGraph, edges: dict[str, tuple] | None) -> bytes:
        # BytesIO grows in place and getvalue() hands over its buffer, so the file is held once,
        # not as blocks and again as their join.
        out = io.BytesIO()
        for prefix, namespace in PREFIXES.items():
            out.write(f"@prefix {prefix}: <{namespace}> .\n".encode())
        statements = _statements(graph, edges)
        edges = edges or {}
        for subject in sorted([*statements, *edges]):
            rows = statements.pop(subject, None)  # each subject's triples go once written
            block = self._rows(rows) if rows is not None else self._edge(edges.pop(subject))
            # Encoded block by block: the text of the whole file is never held as one str as well.
            # Subjects are named once each: _name, not the cache of repeated names.
            out.write(("\n" + _name(subject) + " " + block + " .\n").encode())
        return out.getvalue()

    def _rows(self, pairs: list[tuple[str, Term]]) -> str:
        # One loop over the rows, without a call per object: the writer's time is mostly per object.
        rows = sorted(set(pairs))
        rows.sort(key=_type_first)
        lists: list[str] = []
        objects: list[str] = []
        current, verb = None, ""
        repeated = self.repeated
        for predicate, obj in rows:
            if predicate != current:
                if objects:
                    lists.append(verb + " " + ",\n        ".join(objects))
                current, objects = predicate, []
                verb = "a" if predicate == _TYPE else self.name(predicate)
            if obj[0] == "literal" and obj[3] == _STRING:
                objects.append(_literal(obj))
                continue
            written = repeated.get(obj)
            objects.append(written if written is not None else self.term(obj))
        lists.append(verb + " " + ",\n        ".join(objects))
        return " ;\n    ".join(lists)

    def _edge(self, source: tuple) -> str:
        """An assertion from (head, key, tail, edge data, its evidence IRIs in order), or an
        evidence from (its data, its document's IRI), as :func:`_statements` would make them."""
        if len(source) == 2:
            ev, document = source
            # An xsd:integer is written as str(int()) gives it, as _literal does.
            return (f"a {_EVIDENCE} ;\n    {_P_CONFIDENCE} {self.confidence(ev['confidence'])} ;\n"
                    f"    {_P_DOCUMENT} {self.term(document)} ;\n    {_P_END} {int(ev['end'])} ;\n"
                    f"    {_P_EXTRACTED_BY} {self.evidence_string(ev['pass'])} ;\n"
                    f"    {_P_SENTENCE} {self.evidence_string(ev['text'])} ;\n"
                    f"    {_P_START} {int(ev['start'])}")
        head, key, tail, data, evidence = source
        listed = f"{_P_EVIDENCE} " + ",\n        ".join(map(self.name, evidence)) + " ;\n    " if evidence else ""
        return (f"a {_ASSERTION} ;\n    {_P_OBJECT} {self.name(tail)} ;\n    {_P_PREDICATE} {self.name(_gk(key))} ;\n"
                f"    {_P_SUBJECT} {self.name(head)} ;\n"
                f"    {_P_CONFIDENCE} {self.confidence(data.get('confidence', 1.0))} ;\n"
                f"    {listed}{_P_WEIGHT} {int(data.get('weight', 1))}")


def _type_first(pair: tuple[str, Term]) -> bool:
    # The rows of one subject are already in order; a stable sort only moves rdf:type up.
    return pair[0] != _TYPE


# The gk: predicates and classes, like the ones above, made once per name.
@lru_cache(maxsize=1024)
def _gk(local: str) -> str:
    return GK + local


@lru_cache(maxsize=1024)
def _gk_iri(local: str) -> Term:
    return _iri(GK + local)


def _iri(text: str) -> Term:
    return ("iri", text)


def _plain(value: str) -> Term:
    return ("literal", _SURROGATE.sub("\ufffd", value), "", _STRING)


def _text(value: str) -> Term:
    # A lone surrogate cannot be written as UTF-8; it becomes U+FFFD.
    value = _SURROGATE.sub("\ufffd", value)
    return ("literal", value, "zh" if has_cjk(value) else "en", "")


# Numbers repeat (counts, offsets, confidences): one term each for the statements to share.
@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Term:
    return ("literal", str(int(value)), "", _INTEGER)


@lru_cache(maxsize=1 << 16)
def _decimal(value: float) -> Term:
    # xsd:decimal with fixed digits, not xsd:double, whose Turtle form tools round differently.
    return ("literal", str(Decimal(f"{float(value):.6f}")), "", _DECIMAL)


def _digest(*parts: str) -> str:
    # surrogatepass: a lone surrogate in a crafted id still digests, and deterministically.
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _rdflib_term(term: Term) -> URIRef | Literal:
    from rdflib import Literal, URIRef

    if term[0] == "iri":
        return URIRef(term[1])
    _, value, language, datatype = term
    if language:
        return Literal(value, lang=language)
    return Literal(value) if datatype == _STRING else Literal(value, datatype=URIRef(datatype))


# What an IRIREF cannot hold (Turtle grammar, production 18).
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Characters a string literal writes as escapes: the quote and backslash must be, line breaks
# cannot be raw in a one-line string, and controls, Unicode line and paragraph separators and
# noncharacters are escaped so that the file survives tools that read it line by line.
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]')
_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
            **{c: f"\\u{c:04X}" for c in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0xFFFE, 0xFFFF)
               if chr(c) not in "\n\r\t"}}
_INTEGER_FORM = re.compile(r"[+-]?[0-9]+")
_DECIMAL_FORM = re.compile(r"[+-]?[0-9]*\.[0-9]+")


def _name(iri: str) -> str:
    if iri.startswith(_NAMESPACES):  # one test first: most IRIs (gkr: resources) are in none
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri, len(namespace)):
                return f"{prefix}:{iri[len(namespace):]}"
    if _NOT_IN_IRI.search(iri):
        raise ValueError(f"{iri!r} is not a valid IRI")
    return f"<{iri}>"


def _literal(term: Term) -> str:
    _, value, language, datatype = term
    if datatype == _INTEGER and _INTEGER_FORM.fullmatch(value):
        return value
    if datatype == _DECIMAL and _DECIMAL_FORM.fullmatch(value):
        return value
    quoted = f'"{value.translate(_ESCAPES)}"' if _NEEDS_ESCAPE.search(value) else f'"{value}"'
    if language:
        return f"{quoted}@{language}"
    if datatype == _STRING:
        return quoted
    return f"{quoted}^^{_name(datatype)}"


# The names the edge templates write, in the order their rows sort to: rdf: before gk:, then
# by local name (a test holds the templates to what the rows give).
_ASSERTION, _EVIDENCE = _name(GK + "Assertion"), _name(GK + "Evidence")
_P_OBJECT, _P_PREDICATE, _P_SUBJECT = _name(_OBJECT), _name(_PREDICATE), _name(_SUBJECT)
_P_CONFIDENCE, _P_DOCUMENT, _P_END, _P_EVIDENCE, _P_EXTRACTED_BY, _P_SENTENCE, _P_START, _P_WEIGHT = (
    _name(GK + local) for local in ("confidence", "document", "end", "evidence", "extractedBy", "sentence", "start",
                                    "weight"))
