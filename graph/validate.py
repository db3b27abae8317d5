"""Validation: an export checked against the SHACL shapes of ontology/shapes.ttl with pySHACL.

The shapes state the contract of the RDF model: every entity typed and labelled, the domain
and range of each relation (graph/vocab.py SIGNATURES), and evidence on every typed edge.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from .errors import CorpusError, OntologyError, UsageError
from .resources import ontology_file
from .vocab import GK, RESOURCE

__all__ = ["SHAPES_FILE", "load_graph", "shapes", "validate_file", "validate_graph"]

SHAPES_FILE = "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
_SHORT = (("gkr:", RESOURCE), ("gk:", GK), ("rdf:", str(RDF)), ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
          ("skos:", "http://www.w3.org/2004/02/skos/core#"), ("xsd:", "http://www.w3.org/2001/XMLSchema#"))


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The shapes graph of ontology/shapes.ttl."""
    path = ontology_file(SHAPES_FILE)
    try:
        return Graph().parse(path, format="turtle")
    except Exception as err:  # rdflib raises its parser's own errors
        raise OntologyError(f"{path} is not valid Turtle: {err}") from err


def validate_graph(rdf_graph: Graph) -> list[str]:
    """The violations of ontology/shapes.ttl in ``rdf_graph``, one line each, sorted; empty
    when the graph conforms.

    Each line names the node (``gkr:entity/openai``), the property when there is one, the
    offending value, and what the contract requires.
    """
    from pyshacl import validate

    conforms, results, text = validate(rdf_graph, shacl_graph=shapes(), inference="none", advanced=False,
                                       allow_warnings=False)
    if not isinstance(results, Graph):  # pySHACL reports a broken shapes graph instead of raising
        raise OntologyError(f"{ontology_file(SHAPES_FILE)} could not be used: {text}")
    if conforms:
        return []
    lines = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        parts = [_short(focus)]
        if path is not None:
            parts.append(_short(path))
        if value is not None and value != focus:
            parts.append(_short(value))
        lines.add(f"{' '.join(parts)}: {message}")
    return sorted(lines)


def load_graph(graph_file: Path) -> Graph:
    """The rdflib graph of an export (Turtle, N-Triples, TriG as the union of its graphs, N-Quads,
    JSON-LD)."""
    formats = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}
    if not graph_file.is_file():
        raise CorpusError(f"no graph at {graph_file}: run `graphkit build` first or give --graph")
    fmt = formats.get(graph_file.suffix.lower())
    if fmt is None:
        raise UsageError(f"{graph_file} is not an RDF export graphkit reads; give a file ending in "
                          f"{', '.join(formats)}")
    try:
        if fmt not in ("trig", "nquads"):
            return Graph().parse(graph_file, format=fmt)
        dataset = Dataset()
        dataset.parse(graph_file, format=fmt)
    except Exception as err:  # rdflib raises its parser's own errors
        raise CorpusError(f"{graph_file} could not be read as {fmt}: {err}; rebuild it with `graphkit build`") from err
    union = Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    return union


def validate_file(graph_file: Path) -> list[str]:
    """The violations in the export ``graph_file`` (see :func:`validate_graph`)."""
    return validate_graph(load_graph(graph_file))


def _short(term: object) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in _SHORT:
            if text.startswith(namespace):
                return prefix + text[len(namespace):]
        return f"<{text}>"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)
