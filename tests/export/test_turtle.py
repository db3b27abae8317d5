from __future__ import annotations


import networkx as nx
from rdflib import Graph
from rdflib.compare import isomorphic

from graphkit.export.turtle import to_rdf, to_turtle

GK = "https://w3id.org/graphkit/ontology#"


def _tiny() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("https://w3id.org/graphkit/resource/entity/openai", name="OpenAI", type="Organization",
               labels=["OpenAI", "开放人工智能"], docs=["a.txt"], mentions=2, degree=1.0, pagerank=0.6, community=0)
    g.add_node("https://w3id.org/graphkit/resource/entity/chatgpt", name="ChatGPT", type="Model",
               labels=["ChatGPT"], docs=["a.txt"], mentions=1, degree=1.0, pagerank=0.4, community=0)
    g.add_edge("https://w3id.org/graphkit/resource/entity/openai", "https://w3id.org/graphkit/resource/entity/chatgpt",
               key="developed", relation="developed", weight=1, confidence=0.8,
               evidence=[{"doc": "a.txt", "start": 0, "end": 24, "text": 'OpenAI released "ChatGPT".\n<b>\\',
                          "pass": "relations", "confidence": 0.8}])
    return g


def test_turtle_round_trips_to_an_isomorphic_graph() -> None:
    data = to_turtle(_tiny())
    parsed = Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert isomorphic(parsed, to_rdf(_tiny()))


def test_turtle_is_deterministic() -> None:
    assert to_turtle(_tiny()) == to_turtle(_tiny())


def test_labels_are_language_tagged_and_evidence_is_queryable() -> None:
    graph = Graph().parse(data=to_turtle(_tiny()).decode("utf-8"), format="turtle")
    langs = {(str(o), o.language) for o in graph.objects(predicate=None) if getattr(o, "language", None)}
    assert ("开放人工智能", "zh") in langs and ("OpenAI", "en") in langs
    rows = list(graph.query("""
        PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?sentence ?doc ?start WHERE {
          ?a rdf:subject ?h ; rdf:predicate gk:developed ; rdf:object ?t ; gk:evidence ?e .
          ?e gk:sentence ?sentence ; gk:document ?d ; gk:start ?start . ?d rdfs:label ?doc }"""))
    assert [(str(s), str(d), int(st)) for s, d, st in rows] == [('OpenAI released "ChatGPT".\n<b>\\', "a.txt", 0)]


def test_schema_and_vocabulary_agree() -> None:
    from rdflib import OWL, RDF

    from graphkit.resources import ontology_file
    from graphkit.vocab import EntityType, RelationType

    schema = Graph().parse(ontology_file("schema.ttl"))
    classes = {str(c).removeprefix(GK) for c in schema.subjects(RDF.type, OWL.Class) if str(c).startswith(GK)}
    properties = {str(p).removeprefix(GK) for p in schema.subjects(RDF.type, OWL.ObjectProperty)}
    assert {t.value for t in EntityType} <= classes
    assert classes - {t.value for t in EntityType} == {"Entity", "Document", "Evidence", "Assertion", "NameMerge"}
    assert {r.value for r in RelationType} <= properties
    for relation in RelationType:
        labels = {o.language for o in schema.objects(schema.namespace_manager.expand_curie(f"gk:{relation.value}"),
                                                       schema.namespace_manager.expand_curie("rdfs:label"))}
        assert labels == {"en", "zh"}, relation


def _edges_sharing_subjects() -> nx.MultiDiGraph:
    """The tiny graph with an edge of no evidence and an edge whose two evidence share an IRI
    (one sentence found by two passes: same document and start)."""
    g = _tiny()
    openai, chatgpt = "https://w3id.org/graphkit/resource/entity/openai", "https://w3id.org/graphkit/resource/entity/chatgpt"
    g.add_edge(chatgpt, openai, key="coOccursWith", relation="coOccursWith", weight=0, confidence=1.0, evidence=[])
    sentence = {"doc": "b.txt", "start": 5, "end": 9, "text": "Open", "confidence": 0.5}
    g.add_edge(openai, chatgpt, key="released", relation="released", weight=2, confidence=0.9,
               evidence=[{**sentence, "pass": "relations"}, {**sentence, "pass": "patterns", "confidence": 0.9},
                         {**sentence, "start": 1, "end": 5, "pass": "relations"}])
    return g


def test_edges_written_from_templates_are_the_bytes_their_triples_sort_to() -> None:
    """The writer's templates for assertions and evidence, against the same subjects made as
    rows and sorted (the way every subject was once written)."""
    from graphkit.export.turtle import _TurtleWriter

    for graph in (_tiny(), _edges_sharing_subjects()):
        assert _TurtleWriter().write(graph, {}) == _TurtleWriter().write(graph, None)
    data = to_turtle(_edges_sharing_subjects())
    assert isomorphic(Graph().parse(data=data.decode("utf-8"), format="turtle"), to_rdf(_edges_sharing_subjects()))


def test_a_subject_two_edges_digest_to_is_written_once_with_both(monkeypatch) -> None:
    import graphkit.export.turtle as turtle

    monkeypatch.setattr(turtle, "_digest", lambda *parts: "same" if len(parts) == 3 else "-".join(parts[3:]))
    data = to_turtle(_edges_sharing_subjects())
    assert data.count(b"\n<https://w3id.org/graphkit/resource/assertion/same> a gk:Assertion") == 1
    assert isomorphic(Graph().parse(data=data.decode("utf-8"), format="turtle"), to_rdf(_edges_sharing_subjects()))
