"""The property-graph exports, read back by real engines: LadybugDB (embedded Cypher) for the
database and the Cypher script's literals, the csv module for the Neo4j import files, networkx
for GraphML and GEXF."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from graphkit.errors import ExportError
from graphkit.export.property_graph import (cypher_value, flat_graph, to_cypher, to_gexf, to_graphml, to_ladybug,
                                            to_neo4j_nodes, to_neo4j_relationships, write_ladybug)

ladybug = pytest.importorskip("ladybug", reason="pip install 'graphkit[graphdb]'")

R = "https://w3id.org/graphkit/resource/entity/"
TRICKY = "it's a \"quote\";\nnew line \\ back\ttab \x01 é 创立 😀 `tick`"


def _tiny(reverse: bool = False) -> nx.MultiDiGraph:
    nodes = [
        (R + "sam_altman", dict(name="Sam Altman", type="Person", labels=["Sam Altman", "Altman; Sam", "奥尔特曼"],
                                docs=["a.txt"], mentions=3, degree=0.5, pagerank=0.123456789, community=0)),
        (R + "openai", dict(name="OpenAI", type="Organization", labels=["OpenAI"], docs=["a.txt", "b.md"],
                            mentions=2, degree=1.0, pagerank=0.5, community=0, source="https://openai.com/")),
        (R + "gpt_4", dict(name="GPT-4", type="Model", labels=["GPT-4"], docs=["b.md"], mentions=1, degree=0.5,
                           pagerank=0.2, community=1)),
        (R + "thing", dict(name="thing", type=None, labels=["thing"], docs=["b.md"], mentions=1)),
    ]
    edges = [
        (R + "sam_altman", R + "openai", "founded", 2, [("a.txt", 0, TRICKY), ("b.md", 5, "Altman founded OpenAI.")]),
        (R + "openai", R + "gpt_4", "developed", 1, [("b.md", 30, "OpenAI trained GPT-4.")]),
        (R + "openai", R + "gpt_4", "coOccursWith", 1, [("b.md", 30, "OpenAI trained GPT-4.")]),
        (R + "gpt_4", R + "thing", "coOccursWith", 1, [("b.md", 60, "GPT-4 thing.")]),
    ]
    graph = nx.MultiDiGraph()
    for node, data in (reversed(nodes) if reverse else nodes):
        graph.add_node(node, **data)
    for head, tail, key, weight, evidence in (reversed(edges) if reverse else edges):
        graph.add_edge(head, tail, key=key, relation=key, weight=weight, confidence=0.75,
                       evidence=[{"doc": d, "start": s, "end": s + len(t), "text": t, "pass": "relations",
                                  "confidence": 0.75} for d, s, t in evidence])
    return graph


def _founded_in_graph(graph: nx.MultiDiGraph) -> list[list[str]]:
    return sorted([graph.nodes[h]["name"], graph.nodes[t]["name"]] for h, t, k in graph.edges(keys=True)
                  if k == "founded")


def _rows(result) -> list[list[object]]:  # type: ignore[no-untyped-def]
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    return rows


@pytest.fixture
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "graph.lbug"
    path.write_bytes(to_ladybug(_tiny()))
    db = ladybug.Database(str(path), read_only=True, buffer_pool_size=64 * 1024 * 1024)
    connection = ladybug.Connection(db)
    yield connection
    connection.close()
    db.close()


def test_the_database_has_every_node_and_edge(database) -> None:  # type: ignore[no-untyped-def]
    graph = _tiny()
    assert _rows(database.execute("MATCH (n:Entity) RETURN count(n)")) == [[graph.number_of_nodes()]]
    assert _rows(database.execute("MATCH ()-[r]->() RETURN count(r)")) == [[graph.number_of_edges()]]
    by_type = _rows(database.execute("MATCH ()-[r]->() RETURN label(r) AS t, count(r) ORDER BY t"))
    assert by_type == [["coOccursWith", 2], ["developed", 1], ["founded", 1]]


def test_the_database_answers_who_founded_what(database) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(database.execute("MATCH (a)-[:founded]->(b) RETURN a.name, b.name ORDER BY a.name, b.name"))
    assert rows == _founded_in_graph(_tiny()) == [["Sam Altman", "OpenAI"]]


def test_the_database_keeps_properties_and_evidence(database) -> None:  # type: ignore[no-untyped-def]
    [[sam]] = _rows(database.execute(f"MATCH (n:Entity {{id: '{R}sam_altman'}}) RETURN n"))
    assert sam["name"] == "Sam Altman" and sam["type"] == "Person" and sam["pagerank"] == 0.123456789
    assert sam["labels"] == ["Altman; Sam", "Sam Altman", "奥尔特曼"] and sam["community"] == 0
    [[thing]] = _rows(database.execute(f"MATCH (n:Entity {{id: '{R}thing'}}) RETURN n"))
    assert thing["type"] is None and thing["pagerank"] is None and thing["community"] is None
    [[evidence, documents]] = _rows(database.execute("MATCH ()-[r:founded]->() RETURN r.evidence, r.documents"))
    assert [e["text"] for e in json.loads(evidence)] == [TRICKY, "Altman founded OpenAI."]
    assert documents == ["a.txt", "b.md"]


def test_ladybug_missing_gives_an_install_hint(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "ladybug", None)
    with pytest.raises(ExportError, match=r"pip install 'graphkit\[graphdb\]'"):
        to_ladybug(_tiny())


def test_cypher_literals_are_read_back_by_a_cypher_parser() -> None:
    connection = ladybug.Connection(ladybug.Database(":memory:", buffer_pool_size=64 * 1024 * 1024))
    for value in (TRICKY, "", "\\'", "'\\", "\u2028\x7f", ["a;b", "c'd"], 0.1 + 0.2, 1e-05, 12):
        [[back]] = _rows(connection.execute(f"RETURN {cypher_value(value)}"))
        assert back == value, value


def test_the_cypher_script_merges_every_node_and_relationship() -> None:
    script = to_cypher(_tiny()).decode("utf-8")
    statements = [line for line in script.splitlines() if not line.startswith("//")]
    assert statements[0].startswith("CREATE CONSTRAINT graphkit_entity_id IF NOT EXISTS")
    assert sum(s.startswith("MERGE (n:Entity {id: ") for s in statements) == 4
    assert sum(" MERGE (a)-[r:" in s for s in statements) == 4
    assert all(s.endswith(";") for s in statements)
    assert f"MERGE (n:Entity {{id: '{R}sam_altman'}}) SET n:Person, n.name = 'Sam Altman'," in script
    assert "n.labels = ['Altman; Sam', 'Sam Altman', '奥尔特曼']" in script
    assert "MERGE (a)-[r:founded]->(b) SET r.weight = 2, r.confidence = 0.75" in script
    assert "it\\'s a \\\\\"quote\\\\\";\\\\nnew line" in script  # the JSON's escapes, escaped again for Cypher
    assert len(script.splitlines()) == 2 + len(statements)  # no statement spans lines


def test_neo4j_csv_headers_and_typed_fields() -> None:
    nodes = list(csv.reader(io.StringIO(to_neo4j_nodes(_tiny()).decode("utf-8"))))
    assert nodes[0] == ["id:ID", ":LABEL", "name:string", "type:string", "labels:string[]", "docs:string[]",
                        "mentions:long", "degree:double", "pagerank:double", "community:long", "source:string"]
    sam = next(row for row in nodes if row[0] == R + "sam_altman")
    assert sam[1] == "Entity;Person" and sam[4] == "Altman； Sam;Sam Altman;奥尔特曼"  # ";" in an item is "；"
    assert float(sam[8]) == 0.123456789 and sam[9] == "0"
    thing = next(row for row in nodes if row[0] == R + "thing")
    assert thing[1] == "Entity" and thing[3] == "" and thing[8] == ""  # absent, not empty
    relationships = list(csv.reader(io.StringIO(to_neo4j_relationships(_tiny()).decode("utf-8"))))
    assert relationships[0] == [":START_ID", ":END_ID", ":TYPE", "weight:long", "confidence:double",
                                "documents:string[]", "evidence:string"]
    founded = next(row for row in relationships if row[2] == "founded")
    assert founded[:2] == [R + "sam_altman", R + "openai"] and founded[5] == "a.txt;b.md"
    assert json.loads(founded[6])[0]["text"] == TRICKY
    assert len(nodes) - 1 == 4 and len(relationships) - 1 == 4
    assert all("\n" not in field for row in relationships for field in row)  # no multi-line fields


def test_graphml_reads_back_with_the_same_nodes_edges_and_attributes() -> None:
    back = nx.read_graphml(io.BytesIO(to_graphml(_tiny())), force_multigraph=True)
    flat = flat_graph(_tiny())
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(flat.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(flat.edges(keys=True, data=True))
    sam = back.nodes[R + "sam_altman"]
    assert json.loads(sam["labels"]) == ["Altman; Sam", "Sam Altman", "奥尔特曼"]
    assert sam["community"] == 0 and sam["pagerank"] == 0.123456789 and sam["type"] == "Person"


def test_gexf_reads_back_and_carries_no_date() -> None:
    data = to_gexf(_tiny())
    assert b"lastmodifieddate" not in data
    back = nx.read_gexf(io.BytesIO(data))
    flat = flat_graph(_tiny())
    assert set(back.nodes) == set(flat.nodes) and back.number_of_edges() == flat.number_of_edges()
    assert back.nodes[R + "openai"]["label"] == "OpenAI" and back.nodes[R + "openai"]["community"] == 0
    relations = sorted(d["relation"] for _, _, d in back.edges(data=True))
    assert relations == ["coOccursWith", "coOccursWith", "developed", "founded"]


@pytest.mark.parametrize("build", [to_neo4j_nodes, to_neo4j_relationships, to_cypher, to_graphml, to_gexf])
def test_text_exports_are_deterministic(build) -> None:  # type: ignore[no-untyped-def]
    assert build(_tiny()) == build(_tiny(reverse=True))


def test_a_built_corpus_gives_the_same_graph_in_every_property_format(small_corpus: Path, tmp_path: Path) -> None:
    from graphkit.export.turtle import to_rdf
    from graphkit.pipeline import build

    graph = build(small_corpus).graph
    assert _founded_in_graph(graph), "the fixture text says Zhifei Li founded Mobvoi"
    write_ladybug(graph, tmp_path / "g.lbug")
    connection = ladybug.Connection(ladybug.Database(str(tmp_path / "g.lbug"), buffer_pool_size=64 * 1024 * 1024))
    assert _rows(connection.execute("MATCH (n) RETURN count(n)")) == [[graph.number_of_nodes()]]
    assert _rows(connection.execute("MATCH ()-[r]->() RETURN count(r)")) == [[graph.number_of_edges()]]
    founders = _rows(connection.execute("MATCH (a)-[:founded]->(b) RETURN a.name, b.name ORDER BY a.name, b.name"))
    assert founders == _founded_in_graph(graph)
    sparql = to_rdf(graph).query("""PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?a ?b WHERE { ?f gk:founded ?o . ?f skos:prefLabel ?a . ?o skos:prefLabel ?b } ORDER BY ?a ?b""")
    assert founders == [[str(a), str(b)] for a, b in sparql]
    nodes = list(csv.reader(io.StringIO(to_neo4j_nodes(graph).decode("utf-8"))))
    relationships = list(csv.reader(io.StringIO(to_neo4j_relationships(graph).decode("utf-8"))))
    assert (len(nodes) - 1, len(relationships) - 1) == (graph.number_of_nodes(), graph.number_of_edges())
    back = nx.read_graphml(io.BytesIO(to_graphml(graph)), force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
