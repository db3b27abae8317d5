"""N-Triples, N-Quads, TriG and JSON-LD: read back by rdflib and by pyoxigraph, each gives the
Turtle export's graph and the same answers to the same questions."""

from __future__ import annotations

import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.compare import isomorphic

from graphkit.cli import main
from graphkit.export.rdf_formats import to_jsonld, to_nquads, to_ntriples, to_trig
from graphkit.export.turtle import document_iri, to_rdf, to_turtle
from graphkit.store import load_store

R = "https://w3id.org/graphkit/resource/entity/"
GK = "https://w3id.org/graphkit/ontology#"
SAMPLE = Path(__file__).resolve().parents[2] / "corpus"
TRICKY = 'Sam said "we founded OpenAI";\n<b>\\ 创立\t'
RDFLIB_FORMATS = {"ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
OX_FORMATS = {"ntriples": pyoxigraph.RdfFormat.N_TRIPLES, "nquads": pyoxigraph.RdfFormat.N_QUADS,
              "trig": pyoxigraph.RdfFormat.TRIG, "jsonld": pyoxigraph.RdfFormat.JSON_LD}
SUFFIXES = {"ntriples": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}
BUILDERS = {"ntriples": to_ntriples, "nquads": to_nquads, "trig": to_trig, "jsonld": to_jsonld}


def _evidence(doc: str, start: int, text: str) -> dict[str, object]:
    return {"doc": doc, "start": start, "end": start + len(text), "text": text, "pass": "relations",
            "confidence": 0.8}


def _tiny(reverse: bool = False) -> nx.MultiDiGraph:
    nodes = [
        (R + "sam_altman", dict(name="Sam Altman", type="Person", labels=["Sam Altman", "萨姆·奥尔特曼"],
                                docs=["a.txt", "b.md"], mentions=3, degree=0.5, pagerank=0.3, community=0)),
        (R + "openai", dict(name="OpenAI", type="Organization", labels=["OpenAI", "开放人工智能"], docs=["a.txt"],
                            mentions=2, degree=1.0, pagerank=0.5, community=0, source="https://openai.com/")),
        (R + "chatgpt", dict(name="ChatGPT", type="Model", labels=["ChatGPT"], docs=["b.md"], mentions=1,
                             degree=0.5, pagerank=0.2, community=1)),
        (R + "thing", dict(name="thing", type=None, labels=["thing"], docs=["b.md"], mentions=1)),
    ]
    edges = [
        (R + "sam_altman", R + "openai", "founded",
         dict(weight=2, confidence=0.9, evidence=[_evidence("a.txt", 0, TRICKY), _evidence("b.md", 10, "Altman co-founded OpenAI.")])),
        (R + "openai", R + "chatgpt", "developed", dict(weight=1, confidence=0.8,
                                                         evidence=[_evidence("b.md", 40, "OpenAI released ChatGPT.")])),
        (R + "chatgpt", R + "thing", "coOccursWith", dict(weight=1, confidence=1.0,
                                                           evidence=[_evidence("b.md", 40, "ChatGPT thing.")])),
    ]
    graph = nx.MultiDiGraph()
    for node, data in (reversed(nodes) if reverse else nodes):
        graph.add_node(node, **data)
    for head, tail, key, data in (reversed(edges) if reverse else edges):
        graph.add_edge(head, tail, key=key, relation=key, **data)
    return graph


def _rdflib_union(data: bytes, name: str) -> Graph:
    if name in ("nquads", "trig"):
        dataset = Dataset()
        dataset.parse(data=data, format=RDFLIB_FORMATS[name])
        union = Graph()
        for s, p, o, _ in dataset.quads():
            union.add((s, p, o))
        return union
    return Graph().parse(data=data, format=RDFLIB_FORMATS[name])


def _ox_triples(data: bytes, fmt: pyoxigraph.RdfFormat) -> set[pyoxigraph.Triple]:
    return {quad.triple for quad in pyoxigraph.parse(data, format=fmt)}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_rdflib_reads_back_the_turtle_graph(name: str) -> None:
    assert isomorphic(_rdflib_union(BUILDERS[name](_tiny()), name), to_rdf(_tiny()))


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_pyoxigraph_reads_back_the_turtle_graph(name: str) -> None:
    expected = _ox_triples(to_turtle(_tiny()), pyoxigraph.RdfFormat.TURTLE)
    assert _ox_triples(BUILDERS[name](_tiny()), OX_FORMATS[name]) == expected


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_bytes_are_deterministic_whatever_the_insertion_order(name: str) -> None:
    assert BUILDERS[name](_tiny()) == BUILDERS[name](_tiny(reverse=True))


def test_ntriples_lines_are_sorted_and_escaped() -> None:
    lines = to_ntriples(_tiny()).decode("utf-8").splitlines()
    assert lines == sorted(lines, key=lambda line: line.split(" ")[0]) and len(lines) == len(to_rdf(_tiny()))
    assert any('"Sam said \\"we founded OpenAI\\";\\n<b>\\\\ 创立\\t"' in line for line in lines)


def test_each_document_has_a_named_graph_with_its_facts() -> None:
    dataset = Dataset()
    dataset.parse(data=to_trig(_tiny()), format="trig")
    graphs = {str(g.identifier): g for g in dataset.graphs()}
    a, b = str(document_iri("a.txt")), str(document_iri("b.md"))
    assert {a, b} <= set(graphs)
    query = """PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?sentence WHERE { ?a rdf:predicate gk:founded ; gk:evidence ?e . ?e gk:sentence ?sentence }"""
    assert [str(r[0]) for r in graphs[a].query(query)] == [TRICKY]
    assert [str(r[0]) for r in graphs[b].query(query)] == ["Altman co-founded OpenAI."]
    mentioned_in = URIRef(GK + "mentionedIn")
    assert set(graphs[a].subjects(mentioned_in, URIRef(a))) == {URIRef(R + "sam_altman"), URIRef(R + "openai")}
    assert not set(graphs[a].subjects(mentioned_in, URIRef(b)))
    default = graphs[str(DATASET_DEFAULT_GRAPH_ID)]
    assert (URIRef(R + "sam_altman"), URIRef(GK + "founded"), URIRef(R + "openai")) in default  # the edge itself
    assert not [t for t in default if "/evidence/" in str(t[0])]  # its evidence is not
    assert not list(default.triples((None, mentioned_in, None)))


def test_pyoxigraph_queries_the_quad_formats_by_document() -> None:
    store = pyoxigraph.Store()
    store.load(to_nquads(_tiny()), format=pyoxigraph.RdfFormat.N_QUADS)
    rows = store.query("""PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?file (COUNT(?e) AS ?n) WHERE { GRAPH ?d { ?e a gk:Evidence } ?d rdfs:label ?file }
        GROUP BY ?file ORDER BY ?file""")
    assert [(r["file"].value, r["n"].value) for r in rows] == [("a.txt", "1"), ("b.md", "3")]


def test_jsonld_is_compact_with_a_context() -> None:
    import json

    document = json.loads(to_jsonld(_tiny()))
    assert document["@context"]["gk"] == GK
    openai = next(n for n in document["@graph"] if n["@id"] == "gkr:entity/openai")
    assert openai["@type"] == "gk:Organization"
    assert openai["skos:altLabel"] == {"@value": "开放人工智能", "@language": "zh"}
    assert openai["rdfs:label"] == {"@value": "OpenAI", "@language": "en"}
    assert openai["gk:mentionCount"] == 2
    assert openai["gk:pagerank"] == {"@value": "0.500000", "@type": "xsd:decimal"}


FOUNDERS = """PREFIX gk: <https://w3id.org/graphkit/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?founder ?organization WHERE { ?f gk:founded ?o . ?f rdfs:label ?founder . ?o rdfs:label ?organization .
  FILTER(lang(?founder) = "en" && lang(?organization) = "en") } ORDER BY ?organization ?founder"""
EVIDENCE = """PREFIX gk: <https://w3id.org/graphkit/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?sentence ?document ?start WHERE { ?a rdf:predicate gk:founded ; gk:evidence ?e .
  ?e gk:sentence ?sentence ; gk:document/rdfs:label ?document ; gk:start ?start } ORDER BY ?document ?start"""


def _answers_rdflib(graph: Graph, query: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in graph.query(query)]


def _answers_ox(data: bytes, name: str, query: str) -> list[tuple[str, ...]]:
    """The answers of graphkit's store (pyoxigraph; from quads, the default graph is their union)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"graph{SUFFIXES[name]}"
        path.write_bytes(data)
        store = load_store(path)
    return [tuple(v.value for v in row) for row in store.query(query)]


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_same_questions_get_the_same_answers_from_both_engines(name: str) -> None:
    data = BUILDERS[name](_tiny())
    for query in (FOUNDERS, EVIDENCE):
        expected = _answers_rdflib(to_rdf(_tiny()), query)
        assert expected
        assert _answers_rdflib(_rdflib_union(data, name), query) == expected
        assert _answers_ox(data, name, query) == expected


@pytest.fixture(scope="module")
def sample_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built once with the Turtle and every format of this module."""
    out = tmp_path_factory.mktemp("rdf_formats")
    args = ["build", str(SAMPLE), "--out", str(out), "--quiet", "--format", "turtle"]
    for name in BUILDERS:
        args += ["--format", name]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out


def test_the_sample_build_gives_the_same_graph_in_every_format(sample_exports: Path) -> None:
    turtle = (sample_exports / "graph.ttl").read_bytes()
    reference = Graph().parse(data=turtle, format="turtle")
    expected_ox = _ox_triples(turtle, pyoxigraph.RdfFormat.TURTLE)
    files = {"ntriples": "graph.nt", "nquads": "graph.nq", "trig": "graph.trig", "jsonld": "graph.jsonld"}
    for name, filename in files.items():
        data = (sample_exports / filename).read_bytes()
        assert isomorphic(_rdflib_union(data, name), reference), name
        assert _ox_triples(data, OX_FORMATS[name]) == expected_ox, name
        assert _answers_ox(data, name, FOUNDERS) == _answers_rdflib(reference, FOUNDERS), name
    assert ("Steve Wozniak", "Apple") in _answers_rdflib(reference, FOUNDERS)
