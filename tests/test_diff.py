"""`graphkit diff`: entities and edges added, removed and changed, as text and JSON, with an
exit status that says whether the builds are equal."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.diff import diff_builds

HEAD = """@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix e: <https://w3id.org/graphkit/resource/entity/> .
@prefix d: <https://w3id.org/graphkit/resource/document/> .
@prefix a: <https://w3id.org/graphkit/resource/assertion/> .
@prefix v: <https://w3id.org/graphkit/resource/evidence/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
OLD = HEAD + """
e:sam a gk:Person ; rdfs:label "Sam Altman"@en ; skos:prefLabel "Sam Altman"@en ;
    gk:mentionCount 2 ; gk:pagerank 0.5 ; gk:mentionedIn d:a ; gk:worksFor e:openai .
e:openai a gk:Organization ; rdfs:label "OpenAI"@en ; skos:prefLabel "OpenAI"@en ;
    gk:mentionCount 3 ; gk:pagerank 0.3 .
e:xai a gk:Organization ; rdfs:label "xAI"@en ; skos:prefLabel "xAI"@en ; gk:mentionCount 1 .
d:a a gk:Document ; rdfs:label "a.txt" .
a:1 a gk:Assertion ; rdf:subject e:sam ; rdf:predicate gk:worksFor ;
    rdf:object e:openai ; gk:weight 1 ; gk:evidence v:1 .
v:1 a gk:Evidence ; gk:document d:a ; gk:start 0 ; gk:end 30 ;
    gk:sentence "Sam Altman, the CEO of OpenAI." ; gk:extractedBy "relations" .
"""
# Sam: one more mention and an alias; OpenAI: only its PageRank moved; xAI gone; Anthropic and
# an edge to it new; the worksFor edge has a second sentence.
NEW = HEAD + """
e:sam a gk:Person ; rdfs:label "Sam Altman"@en ; skos:prefLabel "Sam Altman"@en ;
    skos:altLabel "山姆·奥尔特曼"@zh ; gk:mentionCount 3 ; gk:pagerank 0.4 ; gk:mentionedIn d:a ;
    gk:worksFor e:openai ; gk:competesWith e:anthropic .
e:openai a gk:Organization ; rdfs:label "OpenAI"@en ; skos:prefLabel "OpenAI"@en ;
    gk:mentionCount 3 ; gk:pagerank 0.35 .
e:anthropic a gk:Organization ; rdfs:label "Anthropic"@en ; skos:prefLabel "Anthropic"@en ;
    gk:mentionCount 1 .
d:a a gk:Document ; rdfs:label "a.txt" .
a:1 a gk:Assertion ; rdf:subject e:sam ; rdf:predicate gk:worksFor ;
    rdf:object e:openai ; gk:weight 2 ; gk:evidence v:1, v:2 .
v:1 a gk:Evidence ; gk:document d:a ; gk:start 0 ; gk:end 30 ;
    gk:sentence "Sam Altman, the CEO of OpenAI." ; gk:extractedBy "relations" .
v:2 a gk:Evidence ; gk:document d:a ; gk:start 40 ; gk:end 70 ;
    gk:sentence "OpenAI's Sam Altman spoke." ; gk:extractedBy "relations" .
a:2 a gk:Assertion ; rdf:subject e:sam ; rdf:predicate gk:competesWith ;
    rdf:object e:anthropic ; gk:weight 1 .
"""
E = "https://w3id.org/graphkit/resource/entity/"


@pytest.fixture
def builds(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old" / "graph.ttl", tmp_path / "new" / "graph.ttl"
    for path, text in ((old, OLD), (new, NEW)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    return old, new


def _diff(*args: str):
    return CliRunner().invoke(main, ["diff", *args])


def test_equal_builds_exit_zero(builds: tuple[Path, Path]) -> None:
    old, _ = builds
    result = _diff(str(old), str(old))
    assert result.exit_code == 0, result.output
    assert "the builds are equal" in result.output
    as_json = _diff(str(old), str(old.parent), "--json")  # a file and an export folder
    assert as_json.exit_code == 0 and json.loads(as_json.output)["equal"] is True


def test_differences_as_json_and_exit_one(builds: tuple[Path, Path]) -> None:
    old, new = builds
    result = _diff(str(old.parent), str(new.parent), "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["equal"] is False
    entities, edges = report["entities"], report["edges"]
    assert [e["name"] for e in entities["added"]] == ["Anthropic"]
    assert [(e["name"], e["type"]) for e in entities["removed"]] == [("xAI", "Organization")]
    [sam] = entities["changed"]  # OpenAI's PageRank alone moved: analysis values are not compared
    assert sam["iri"] == E + "sam"
    assert sam["changes"] == {"altLabel": {"added": ["山姆·奥尔特曼@zh"], "removed": []},
                              "mentionCount": {"added": ["3"], "removed": ["2"]}}
    assert [(e["head_name"], e["relation"], e["tail_name"]) for e in edges["added"]] == [
        ("Sam Altman", "competesWith", "Anthropic")]
    assert edges["removed"] == []
    [works] = edges["changed"]
    assert works["relation"] == "worksFor" and works["changes"]["weight"] == {"added": ["2"], "removed": ["1"]}
    [sentence] = works["changes"]["evidence"]["added"]
    assert sentence.startswith("a.txt 40-70 (relations): OpenAI's Sam Altman spoke.")


def test_differences_as_text(builds: tuple[Path, Path]) -> None:
    old, new = builds
    result = _diff(str(old), str(new))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == ["entities: 1 added, 1 removed, 1 changed", "edges: 1 added, 0 removed, 1 changed"]
    assert f"+ Organization 'Anthropic' <{E}anthropic>" in lines
    assert f"- Organization 'xAI' <{E}xai>" in lines
    assert "    mentionCount: 2 -> 3" in lines
    assert "+ 'Sam Altman' competesWith 'Anthropic'" in lines
    assert "~ 'Sam Altman' worksFor 'OpenAI'" in lines and "    weight: 1 -> 2" in lines


def test_analysis_values_when_asked(builds: tuple[Path, Path]) -> None:
    old, new = builds
    result = diff_builds(old, new, include_analysis=True)
    changed = {entity.name: changes for entity, changes in result.entities_changed}
    assert changed["OpenAI"] == {"pagerank": {"added": ["0.35"], "removed": ["0.3"]}}


def test_rdflib_reads_the_same_differences(builds: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = builds
    fast = diff_builds(old, new).as_dict()
    monkeypatch.setitem(sys.modules, "pyoxigraph", None)  # as if it were not installed
    assert diff_builds(old, new).as_dict() == fast


def test_missing_and_broken_builds_are_errors_not_differences(builds: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = builds
    missing = _diff(str(old), str(tmp_path / "nowhere"))
    assert missing.exit_code == 3 and "nowhere" in missing.output and "graphkit build" in missing.output
    empty = tmp_path / "empty"
    empty.mkdir()
    no_graph = _diff(str(empty), str(old))
    assert no_graph.exit_code == 3 and "no graph.ttl" in no_graph.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    bad = _diff(str(old), str(broken))
    assert bad.exit_code == 3 and "not valid Turtle" in bad.output


def test_real_builds_one_document_apart(small_corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    before = runner.invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "a"), "-q", "--format", "turtle"])
    assert before.exit_code == 0, before.output
    (small_corpus / "more.txt").write_text("Demis Hassabis founded DeepMind in London.\n", encoding="utf-8")
    after = runner.invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "b"), "-q", "--format", "turtle"])
    assert after.exit_code == 0, after.output
    same = _diff(str(tmp_path / "a"), str(tmp_path / "a"))
    assert same.exit_code == 0
    result = _diff(str(tmp_path / "a"), str(tmp_path / "b"), "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    added = {e["name"] for e in report["entities"]["added"]}
    assert "Demis Hassabis" in added and any("DeepMind" in name for name in added)
