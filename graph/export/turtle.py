"""RDF/Turtle export: entities with their names, typed edges with reified evidence.

Every typed edge ``?h gk:rel ?t`` is also an ``gk:Assertion`` (an ``rdf:Statement`` with
``rdf:subject``/``rdf:predicate``/``rdf:object``) that carries its confidence, the number of
sentences supporting it and one ``gk:Evidence`` per sentence: the sentence text, the document,
the character offsets and the pass that found it. Each entity records the passes that found it (``gk:foundBy``) and, as ``gk:NameMerge``
records, which of its names resolution joined and why. Every IRI is minted from names and
content, never from counters or blank nodes, so the same corpus gives the same file byte for byte.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from ..extract.text import has_cjk
from ..iri import mint
from ..vocab import GK as GK_IRI
from . import exporter

GK = Namespace(GK_IRI)
GKR = Namespace("https://w3id.org/graphkit/resource/")


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The RDF graph of a built knowledge graph."""
    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in (("gk", GK), ("gkr", GKR), ("rdf", RDF), ("rdfs", RDFS), ("skos", SKOS),
                              ("xsd", XSD)):
        rdf.bind(prefix, namespace)
    documents: set[str] = set()
    for node, data in sorted(graph.nodes(data=True)):
        subject = URIRef(node)
        rdf.add((subject, RDF.type, GK[data["type"]] if data.get("type") else GK.Entity))
        rdf.add((subject, RDFS.label, _text(data["name"])))
        rdf.add((subject, SKOS.prefLabel, _text(data["name"])))
        for label in data.get("labels", []):
            if label != data["name"]:
                rdf.add((subject, SKOS.altLabel, _text(label)))
        for doc in data.get("docs", []):
            rdf.add((subject, GK.mentionedIn, document_iri(doc)))
            documents.add(doc)
        rdf.add((subject, GK.mentionCount, Literal(int(data.get("mentions", 0)))))
        for attribute, predicate in (("degree", GK.degreeCentrality), ("pagerank", GK.pagerank)):
            if attribute in data:
                rdf.add((subject, predicate, _decimal(data[attribute])))
        if "community" in data:
            rdf.add((subject, GK.community, Literal(int(data["community"]))))
        if data.get("source"):
            rdf.add((subject, RDFS.seeAlso, URIRef(data["source"])))
        for pass_name in data.get("passes", []):
            rdf.add((subject, GK.foundBy, _plain(pass_name)))
        for merge in data.get("merges", []):
            record = GKR[f"merge/{_digest(node, merge['name'], merge['other'], merge['reason'])}"]
            rdf.add((subject, GK.nameMerge, record))
            rdf.add((record, RDF.type, GK.NameMerge))
            rdf.add((record, GK.name, _text(merge["name"])))
            rdf.add((record, GK.otherName, _text(merge["other"])))
            rdf.add((record, GK.reason, _plain(merge["reason"])))
    for head, tail, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        predicate = GK[key]
        rdf.add((URIRef(head), predicate, URIRef(tail)))
        statement = GKR[f"assertion/{_digest(head, key, tail)}"]
        rdf.add((statement, RDF.type, GK.Assertion))
        rdf.add((statement, RDF.subject, URIRef(head)))
        rdf.add((statement, RDF.predicate, predicate))
        rdf.add((statement, RDF.object, URIRef(tail)))
        rdf.add((statement, GK.weight, Literal(int(data.get("weight", 1)))))
        rdf.add((statement, GK.confidence, _decimal(data.get("confidence", 1.0))))
        for ev in data.get("evidence", []):
            node = GKR[f"evidence/{_digest(head, key, tail, ev['doc'], str(ev['start']))}"]
            rdf.add((statement, GK.evidence, node))
            rdf.add((node, RDF.type, GK.Evidence))
            rdf.add((node, GK.sentence, _plain(ev["text"])))
            rdf.add((node, GK.document, document_iri(ev["doc"])))
            rdf.add((node, GK.start, Literal(int(ev["start"]))))
            rdf.add((node, GK.end, Literal(int(ev["end"]))))
            rdf.add((node, GK.extractedBy, _plain(ev["pass"])))
            rdf.add((node, GK.confidence, _decimal(ev["confidence"])))
            documents.add(ev["doc"])
    for doc in sorted(documents):
        rdf.add((document_iri(doc), RDF.type, GK.Document))
        rdf.add((document_iri(doc), RDFS.label, _plain(doc)))
    return rdf


def document_iri(doc_id: str) -> URIRef:
    return URIRef(mint("document", doc_id))


@exporter("turtle", "graph.ttl")
def to_turtle(graph: nx.MultiDiGraph) -> bytes:
    return to_rdf(graph).serialize(format="turtle", encoding="utf-8")



_SURROGATE = re.compile("[\ud800-\udfff]")


def _plain(value: str) -> Literal:
    return Literal(_SURROGATE.sub("\ufffd", value))


def _text(value: str) -> Literal:
    # A lone surrogate cannot be written as UTF-8; it becomes U+FFFD rather than rdflib's silent "?".
    value = _SURROGATE.sub("\ufffd", value)
    return Literal(value, lang="zh" if has_cjk(value) else "en")


def _decimal(value: float) -> Literal:
    # xsd:decimal with fixed digits: rdflib writes xsd:double in Turtle with 7 significant
    # digits, which would change values on a round trip.
    return Literal(Decimal(f"{float(value):.6f}"), datatype=XSD.decimal)


def _digest(*parts: str) -> str:
    # surrogatepass: a lone surrogate in a crafted id still digests, and deterministically.
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
