"""Typed edges between entities: what the relation passes found, lifted to the resolved graph."""

from __future__ import annotations

from graphkit.build import typed_edges
from graphkit.corpus import split_sentences
from graphkit.extract import DEFAULT_PASSES, Resources, run_passes
from graphkit.lexicon import load_lexicon
from graphkit.model import Document
from graphkit.pipeline import build
from graphkit.resolve import resolve


def _edges(text: str) -> set[tuple[str, str, str]]:
    lexicon = load_lexicon()
    doc = Document("d.txt", "d.txt", text)
    findings = [run_passes(doc, split_sentences(doc), DEFAULT_PASSES, Resources(lexicon))]
    resolution = resolve(findings, lexicon)
    names = {e.iri: e.name for e in resolution.entities}
    return {(names[e.head], e.relation.value, names[e.tail]) for e in typed_edges(findings, resolution)}


def test_a_model_named_like_its_maker_stands_for_the_maker_where_a_relation_needs_one() -> None:
    edges = _edges("Baichuan was founded by Zhou Minghao, a former search engineer. "
                   "Baichuan Intelligence released a new model last week.")
    assert ("Zhou Minghao", "founded", "Baichuan Intelligence") in edges


def test_an_edge_whose_ends_do_not_fit_the_relation_is_dropped() -> None:
    edges = _edges("GPT-4 was founded by Zhou Minghao, a former search engineer.")
    assert not any(relation == "founded" for _, relation, _ in edges)


def test_authoring_a_model_is_developing_it() -> None:
    edges = _edges("Zhilin Yang studied at CMU. He was the first author on Transformer-XL and XLNet.")
    assert ("Yang Zhilin", "developed", "XLNet") in edges and ("Yang Zhilin", "proposed", "XLNet") not in edges


def test_a_person_who_made_a_company_founded_it() -> None:
    edges = _edges("零一万物是李开复做的。")
    assert ("Kai-Fu Lee", "founded", "01.AI") in edges and ("Kai-Fu Lee", "developed", "01.AI") not in edges


def test_two_readings_of_one_sentence_are_one_piece_of_evidence(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("OpenAI's GPT series started in 2018, successively launching GPT and GPT2.\n",
                                    encoding="utf-8")
    result = build(tmp_path)
    edge = result.graph.get_edge_data("https://w3id.org/graphkit/resource/entity/openai",
                                      "https://w3id.org/graphkit/resource/entity/gpt")["developed"]
    assert len(edge["evidence"]) == 1 and edge["confidence"] == edge["evidence"][0]["confidence"] == 0.8
