"""Validation: the SHACL shapes of ontology/shapes.ttl, run by pySHACL, hold the contract of the
RDF model; a graph that breaks it gets the violations it deserves and the CLI exits 7."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

from graphkit.cli import main
from graphkit.errors import ValidationError
from graphkit.export.turtle import to_rdf
from graphkit.validate import shapes, validate_graph
from graphkit.vocab import SIGNATURES

GK = Namespace("https://w3id.org/graphkit/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
GKS = Namespace("https://w3id.org/graphkit/shapes#")
R = "https://w3id.org/graphkit/resource/entity/"


def _tiny() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for slug, name, kind in (("sam_altman", "Sam Altman", "Person"), ("openai", "OpenAI", "Organization"),
                             ("gpt_4", "GPT-4", "Model"), ("thing", "thing", None)):
        graph.add_node(R + slug, name=name, type=kind, labels=[name, f"{name}的中文名"], docs=["a.txt"], mentions=1,
                       degree=0.5, pagerank=0.25, community=0)
    for head, tail, key in (("sam_altman", "openai", "founded"), ("openai", "gpt_4", "developed"),
                            ("gpt_4", "thing", "coOccursWith")):
        graph.add_edge(R + head, R + tail, key=key, relation=key, weight=1, confidence=0.9,
                       evidence=[{"doc": "a.txt", "start": 3, "end": 30, "text": f"{head} {key} {tail}.",
                                  "pass": "relations", "confidence": 0.9}])
    return graph


def _assertion(rdf: Graph, head: str, relation: str, tail: str) -> URIRef:
    for node in rdf.subjects(RDF.subject, URIRef(R + head)):
        if (node, RDF.predicate, GK[relation]) in rdf and (node, RDF.object, URIRef(R + tail)) in rdf:
            return node  # type: ignore[return-value]
    raise AssertionError("no such assertion")


def test_a_graph_as_built_conforms() -> None:
    assert validate_graph(to_rdf(_tiny())) == []


def test_an_untyped_entity_is_reported() -> None:
    rdf = to_rdf(_tiny())
    rdf.remove((URIRef(R + "thing"), RDF.type, None))
    assert validate_graph(rdf) == ["gkr:entity/thing rdf:type: an entity has exactly one type: gk:Entity or one of "
                                   "its classes"]


def test_a_founded_edge_from_a_model_is_reported() -> None:
    graph = _tiny()
    graph.add_edge(R + "gpt_4", R + "openai", key="founded", relation="founded", weight=1, confidence=0.5,
                   evidence=[{"doc": "a.txt", "start": 40, "end": 60, "text": "GPT-4 founded OpenAI.",
                              "pass": "relations", "confidence": 0.5}])
    assert validate_graph(to_rdf(graph)) == ["gkr:entity/gpt_4: gk:founded: the head must be one of Person, "
                                             "Organization"]


def test_an_edge_to_the_wrong_range_is_reported() -> None:
    rdf = to_rdf(_tiny())
    rdf.add((URIRef(R + "sam_altman"), GK.worksFor, URIRef(R + "gpt_4")))  # no assertion either
    assert validate_graph(rdf) == [
        "gkr:entity/sam_altman gk:worksFor gkr:entity/gpt_4: a typed edge has a gk:Assertion with gk:evidence",
        "gkr:entity/sam_altman gk:worksFor gkr:entity/gpt_4: gk:worksFor: the tail must be Organization",
    ]


def test_an_assertion_without_evidence_is_reported() -> None:
    rdf = to_rdf(_tiny())
    assertion = _assertion(rdf, "sam_altman", "founded", "openai")
    rdf.remove((assertion, GK.evidence, None))
    short = str(assertion).replace("https://w3id.org/graphkit/resource/", "gkr:")
    assert validate_graph(rdf) == [
        f"{short} gk:evidence: an assertion has at least one gk:evidence (a gk:Evidence: sentence, document, "
        "start, end)",
        "gkr:entity/sam_altman gk:founded gkr:entity/openai: a typed edge has a gk:Assertion with gk:evidence",
    ]


def test_evidence_without_offsets_is_reported() -> None:
    rdf = to_rdf(_tiny())
    evidence = next(rdf.objects(_assertion(rdf, "openai", "developed", "gpt_4"), GK.evidence))
    rdf.remove((evidence, GK.start, None))
    rdf.remove((evidence, GK.sentence, None))
    violations = validate_graph(rdf)
    assert len(violations) == 2
    assert any("gk:start: evidence gives its start offset" in v for v in violations)
    assert any("gk:sentence: evidence gives its sentence" in v for v in violations)


def test_partof_links_entities_of_one_kind() -> None:
    rdf = to_rdf(_tiny())
    rdf.add((URIRef(R + "sam_altman"), GK.partOf, URIRef(R + "openai")))
    assert "gkr:entity/sam_altman gk:partOf gkr:entity/openai: gk:partOf and gk:competesWith link entities of " \
        "one kind" in validate_graph(rdf)


def test_the_shapes_and_the_vocabulary_agree() -> None:
    graph = shapes()

    def classes(shape: URIRef) -> set[str]:
        if (single := graph.value(shape, SH["class"])) is not None:
            return {str(single).removeprefix(str(GK))}
        return {str(graph.value(item, SH["class"])).removeprefix(str(GK))
                for item in Collection(graph, graph.value(shape, SH["or"]))}

    for relation, (heads, tails) in SIGNATURES.items():
        shape = GKS[relation.value]
        assert (shape, SH.targetSubjectsOf, GK[relation.value]) in graph
        assert classes(shape) == {t.value for t in heads}, relation
        tail_shape = graph.value(shape, SH.property)
        assert graph.value(tail_shape, SH.path) == GK[relation.value]
        assert classes(tail_shape) == {t.value for t in tails}, relation


def test_the_sample_build_conforms(sample_graph: Graph) -> None:
    assert validate_graph(sample_graph) == []


def test_the_cli_prints_violations_and_exits_7(tmp_path: Path) -> None:
    rdf = to_rdf(_tiny())
    good = tmp_path / "good.ttl"
    good.write_bytes(rdf.serialize(format="turtle", encoding="utf-8"))
    result = CliRunner().invoke(main, ["validate", "--graph", str(good)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output

    rdf.remove((URIRef(R + "thing"), RDF.type, None))
    bad = tmp_path / "bad.nt"
    bad.write_bytes(rdf.serialize(format="nt", encoding="utf-8"))
    result = CliRunner().invoke(main, ["validate", "--graph", str(bad)])
    assert result.exit_code == ValidationError.exit_code == 7
    assert "gkr:entity/thing rdf:type: an entity has exactly one type" in result.output
    assert "1 violation of ontology/shapes.ttl" in result.output

    missing = CliRunner().invoke(main, ["validate", "--graph", str(tmp_path / "none.ttl")])
    assert missing.exit_code == 3 and "graphkit build" in missing.output


@pytest.mark.parametrize("suffix", [".trig", ".jsonld"])
def test_other_exports_validate_too(tmp_path: Path, suffix: str) -> None:
    from graphkit.export.rdf_formats import to_jsonld, to_trig

    path = tmp_path / f"graph{suffix}"
    path.write_bytes((to_trig if suffix == ".trig" else to_jsonld)(_tiny()))
    result = CliRunner().invoke(main, ["validate", "--graph", str(path)])
    assert result.exit_code == 0, result.output


def test_build_strict_fails_on_a_shape_violation_and_writes_nothing(small_corpus, tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    import graphkit.validate as validate
    from graphkit.cli import main

    ok = CliRunner().invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "ok"), "--strict",
                                   "--jobs", "1", "--quiet"])
    assert ok.exit_code == 0, ok.output
    monkeypatch.setattr(validate, "validate_graph", lambda graph: ["gkr:entity/x: an entity needs a label"])
    bad = CliRunner().invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "bad"), "--strict",
                                    "--jobs", "1", "--quiet"])
    assert bad.exit_code == 7 and "an entity needs a label" in bad.output
    assert not (tmp_path / "bad").exists()
