"""The embedded store: `graphkit query` answers from pyoxigraph, in memory or from an on-disk
store beside the export that a rebuild replaces."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graphkit import store as store_module
from graphkit.cli import main
from graphkit.errors import CorpusError, QueryError, UsageError
from graphkit.query import format_rows, run_query
from graphkit.store import load_store, open_store, run_select, store_folder

EX = """@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix r: <https://w3id.org/graphkit/resource/entity/> .
r:sam a gk:Person ; rdfs:label "Sam Altman"@en ; gk:founded r:openai .
r:ilya a gk:Person ; rdfs:label "Ilya Sutskever"@en ; gk:founded r:openai .
r:openai a gk:Organization ; rdfs:label "OpenAI"@en , "开放人工智能"@zh ; gk:pagerank 0.500000 .
"""
FOUNDERS = """SELECT ?founder ?organization WHERE {
  ?f gk:founded ?o . ?f rdfs:label ?founder . ?o rdfs:label ?organization . FILTER(lang(?organization) = "en")
} ORDER BY ?organization ?founder"""


@pytest.fixture
def turtle(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(EX, encoding="utf-8")
    return path


def test_a_query_is_answered_with_the_usual_prefixes(turtle: Path) -> None:
    assert run_query(turtle, FOUNDERS) == (["founder", "organization"],
                                           [["Ilya Sutskever", "OpenAI"], ["Sam Altman", "OpenAI"]])


def test_a_query_that_declares_a_prefix_keeps_the_usual_ones(turtle: Path) -> None:
    header, rows = run_query(turtle, "PREFIX ex: <http://example.org/> SELECT ?o WHERE { ?o a gk:Organization }")
    assert rows == [["https://w3id.org/graphkit/resource/entity/openai"]]


def test_ask_construct_and_unbound_values(turtle: Path) -> None:
    assert run_query(turtle, "ASK { ?p gk:founded ?o }") == (["ask"], [["true"]])
    header, rows = run_query(turtle, "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o a gk:Organization ; rdfs:label ?l }")
    assert header == ["subject", "predicate", "object"] and len(rows) == 2
    header, rows = run_query(turtle, "SELECT ?e ?rank WHERE { ?e a gk:Person OPTIONAL { ?e gk:pagerank ?rank } } "
                                     "ORDER BY ?e")
    assert [row[1] for row in rows] == ["", ""]


def test_the_table_format_is_unchanged() -> None:
    table = format_rows(["founder", "organization"], [["Ilya Sutskever", "OpenAI"], ["Sam", "开放"]], "table")
    assert table == ("founder         organization\n"
                     "--------------  ------------\n"
                     "Ilya Sutskever  OpenAI      \n"
                     "Sam             开放          \n"
                     "(2 rows)\n")
    assert format_rows(["n"], [["1"]], "csv") == "n\n1\n"
    assert format_rows(["n"], [["1"]], "json") == '[\n {\n  "n": "1"\n }\n]\n'


def test_errors_name_the_problem(turtle: Path, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="could not be run"):
        run_query(turtle, "SELEKT nothing")
    with pytest.raises(CorpusError, match="graphkit build"):
        run_query(tmp_path / "none.ttl", "SELECT * {}")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid"):
        run_query(broken, "SELECT * {}")
    odd = tmp_path / "graph.xyz"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(UsageError, match=".ttl"):
        run_query(odd, "SELECT * {}")


def test_quads_are_queried_once_each_and_by_graph(tmp_path: Path) -> None:
    path = tmp_path / "graph.nq"
    path.write_text("<http://x/a> <http://x/p> <http://x/b> <http://x/g1> .\n"
                    "<http://x/a> <http://x/p> <http://x/b> <http://x/g2> .\n"
                    "<http://x/a> <http://x/q> <http://x/c> .\n", encoding="utf-8")
    assert run_query(path, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1] == [["2"]]
    assert run_query(path, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")[1] == [["http://x/g1"],
                                                                                        ["http://x/g2"]]


def test_the_on_disk_store_is_built_once_per_version_of_the_file(turtle: Path, monkeypatch) -> None:
    builds: list[Path] = []
    real = store_module._bulk_load

    def counting(folder, handle, fmt):  # type: ignore[no-untyped-def]
        builds.append(folder)
        real(folder, handle, fmt)

    monkeypatch.setattr(store_module, "_bulk_load", counting)
    first = run_select(open_store(turtle, persist=True), FOUNDERS)
    assert first == run_select(load_store(turtle), FOUNDERS)
    assert len(builds) == 1 and len([p for p in store_folder(turtle).iterdir()]) == 1
    assert run_select(open_store(turtle, persist=True), FOUNDERS) == first and len(builds) == 1  # reused

    versions = []
    for n in range(3):  # three rebuilds: the newest two stores are kept
        turtle.write_text(EX + f'<https://w3id.org/graphkit/resource/entity/x{n}> a gk:Person ; '
                          f'rdfs:label "X{n}"@en ; gk:founded <https://w3id.org/graphkit/resource/entity/openai> .\n',
                          encoding="utf-8")
        rows = run_select(open_store(turtle, persist=True), FOUNDERS)[1]
        assert ["X" + str(n), "OpenAI"] in rows and len(rows) == 3
        versions.append(sorted(p.name for p in store_folder(turtle).iterdir() if not p.name.startswith(".")))
    assert len(builds) == 4 and [len(v) for v in versions] == [2, 2, 2]


def test_the_store_is_only_a_cache(turtle: Path, monkeypatch) -> None:
    def failing(folder, handle, fmt):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "_bulk_load", failing)
    assert run_select(open_store(turtle, persist=True), FOUNDERS)[1][0] == ["Ilya Sutskever", "OpenAI"]
    assert [p for p in store_folder(turtle).iterdir() if not p.name.startswith(".")] == []
    assert not any(p.name.startswith(".building-") for p in store_folder(turtle).iterdir())


def test_small_exports_stay_in_memory_and_large_ones_go_to_disk(turtle: Path, monkeypatch) -> None:
    run_query(turtle, FOUNDERS)
    assert not store_folder(turtle).exists()
    monkeypatch.setattr(store_module, "PERSIST_FROM_BYTES", 10)
    run_query(turtle, FOUNDERS)
    assert len(os.listdir(store_folder(turtle))) == 1


def test_the_sample_answers_as_rdflib_does(sample_build: Path) -> None:
    graph = Graph().parse(sample_build / "graph.ttl", format="turtle")
    prefixes = "".join(f"PREFIX {p}: <{i}>\n" for p, i in store_module.PREFIXES.items())
    for query in (FOUNDERS.replace('FILTER(lang(?organization) = "en")', ""),
                  "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type ORDER BY ?type",
                  "SELECT ?s ?sentence WHERE { ?a rdf:subject ?s ; rdf:predicate gk:worksFor ; gk:evidence ?e . "
                  "?e gk:sentence ?sentence } ORDER BY ?s ?sentence"):
        expected = [[str(v) for v in row] for row in graph.query(prefixes + query)]
        assert run_query(sample_build / "graph.ttl", query)[1] == expected
    founders = run_query(sample_build / "graph.ttl", FOUNDERS)[1]
    assert ["Steve Wozniak", "Apple"] in founders


def test_the_cli_prints_a_table_from_the_store(turtle: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--graph", str(turtle), FOUNDERS])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2].split() == ["Ilya", "Sutskever", "OpenAI"]
    assert result.output.endswith("(2 rows)\n")
