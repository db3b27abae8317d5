from __future__ import annotations

import json
from pathlib import Path

import pytest
from extracted import read_texts
from train_relation_model import MEASURING, TRAINING, train

from graphkit.classify import MODEL_FILE, PASS, candidate_pairs, classified_relations, load_model
from graphkit.errors import OntologyError
from graphkit.query import run_query
from graphkit.resources import ontology_file
from graphkit.vocab import RelationType


def _model(tmp_path: Path, *rows: str) -> Path:
    """A hand-written model: ``none`` is likely unless a row says otherwise."""
    path = tmp_path / MODEL_FILE
    path.write_text("# a test model\nclasses\tnone\tdeveloped>\tfounded>\tworksFor<\n"
                    "bias\tnone=3\n" + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def _named(relations, resolution):
    names = {e.iri: e.name for e in resolution.entities}
    return {(names[resolution.of(r.head)], r.relation, names[resolution.of(r.tail)]) for r in relations}


SENTENCE = "In those years at DeepMind, the researcher Oriol Vinyals led the team behind AlphaStar."


def test_a_cue_word_of_the_model_reads_a_relation_no_pattern_reads(tmp_path: Path) -> None:
    findings, resolution = read_texts(SENTENCE)
    assert not findings[0].relations  # no pattern reads this sentence
    model = load_model(_model(tmp_path, "tw:Person>Model:behind\tdeveloped>=6"))
    found = list(classified_relations(findings, resolution, model))
    assert _named(found, resolution) == {("Oriol Vinyals", RelationType.DEVELOPED, "AlphaStar")}
    assert found[0].sentence.text == SENTENCE and found[0].pass_name == PASS
    assert 0.5 < found[0].confidence < 1.0  # the model's probability


def test_the_types_decide_which_relation_may_be_kept(tmp_path: Path) -> None:
    findings, resolution = read_texts(SENTENCE)
    # "founded" is the likeliest class of a person and a model, which it does not admit: the
    # next likeliest that fits is kept, and below the threshold nothing is.
    admitted = load_model(_model(tmp_path, "tw:Person>Model:behind\tfounded>=7\tdeveloped>=6"))
    assert _named(classified_relations(findings, resolution, admitted), resolution) == {
        ("Oriol Vinyals", RelationType.DEVELOPED, "AlphaStar")}
    (tmp_path / "other").mkdir()
    nothing_fits = load_model(_model(tmp_path / "other", "tw:Person>Model:behind\tfounded>=9"))
    assert not list(classified_relations(findings, resolution, nothing_fits))


def test_the_direction_comes_from_the_class(tmp_path: Path) -> None:
    findings, resolution = read_texts(SENTENCE)
    model = load_model(_model(tmp_path, "tw:Organization>Person:researcher\tworksFor<=6"))
    assert ("Oriol Vinyals", RelationType.WORKS_FOR, "Google DeepMind") in _named(
        classified_relations(findings, resolution, model), resolution)


def test_pairs_a_pattern_linked_in_the_sentence_are_not_candidates() -> None:
    findings, resolution = read_texts("Anthropic released Claude 3.5 Sonnet and Google released Gemini.")
    names = {e.iri: e.name for e in resolution.entities}
    linked = {frozenset((names[resolution.of(r.head)], names[resolution.of(r.tail)])) for r in findings[0].relations}
    assert frozenset(("Anthropic", "Claude 3.5 Sonnet")) in linked
    pairs = {frozenset((names[p.first_entity], names[p.second_entity])) for p in candidate_pairs(findings[0], resolution)}
    assert pairs and not pairs & linked
    everything = {frozenset((names[p.first_entity], names[p.second_entity]))
                  for p in candidate_pairs(findings[0], resolution, linked=True)}
    assert pairs | linked <= everything  # what a trainer learns from


def test_training_learns_words_not_names() -> None:
    people = ["Alice Carver", "Bruno Lindqvist", "Chen Haoran", "Dana Whitfield", "Emil Kowalski", "Farah Nasser"]
    companies = ["Acme", "Borealis", "Cygnus", "Delta", "Ember", "Fjord"]
    texts = [f"Professor {p} zorbled {o} Inc. last year." for p, o in zip(people, companies)] + \
            [f"Professor {p} visited {o} Inc. last year." for p, o in zip(people[::-1], companies)]
    findings, resolution = read_texts(*texts)
    pairs = [pair for finding in findings for pair in candidate_pairs(finding, resolution)]
    assert len(pairs) == len(texts)
    labels = ["investedIn>" if "zorbled" in p.sentence.text else "none" for p in pairs]
    model = train(pairs, labels)
    new_findings, new_resolution = read_texts("Professor Greta Olsen zorbled Halcyon Inc. last year.",
                                         "Professor Greta Olsen visited Halcyon Inc. last year.")
    found = [_named(classified_relations([f], new_resolution, model), new_resolution) for f in new_findings]
    assert found == [{("Greta Olsen", RelationType.INVESTED_IN, "Halcyon Inc")}, set()]


def test_the_shipped_model_is_trained_on_the_project_golds_only() -> None:
    header = ontology_file(MODEL_FILE).read_text(encoding="utf-8").split("\nclasses\t")[0]
    trained_on = {name for gold_file, _, _ in TRAINING for name in [gold_file] if name in header}
    assert trained_on == {gold_file for gold_file, _, _ in TRAINING}
    for gold_file, _, _ in MEASURING:
        assert Path(gold_file).name not in header
    model = load_model()
    assert {label[:-1] for label in model.classes if label != "none"} == {r.value for r in RelationType}


@pytest.mark.parametrize(("line", "message"), [
    ("bias\tnone=x", ":4: expected class=weight"),
    ("bias\tnowhere=1", ":4: expected class=weight"),
    ("classes\tnone", "no bias row"),
])
def test_a_broken_model_file_names_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / MODEL_FILE
    head = "# model\n#\n" if line.startswith("bias") else "# model\n"
    path.write_text(head + "classes\tnone\tfounded>\n" * line.startswith("bias") + line + "\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        load_model(path)


def test_the_sample_build_carries_what_the_modelread_texts(sample_build: Path) -> None:
    report = json.loads((sample_build / "report.json").read_text(encoding="utf-8"))
    assert report["typed_edges_by_pass"][PASS] > 0
    _, rows = run_query(sample_build / "graph.ttl", f"""
        SELECT ?confidence ?sentence WHERE {{
          ?a rdf:subject ?h ; rdf:predicate ?p ; rdf:object ?t ; gk:confidence ?confidence ; gk:evidence ?e .
          ?e gk:extractedBy "{PASS}" ; gk:sentence ?sentence .
          ?h ?p ?t .
        }}""")
    assert rows and all(0 < float(confidence) <= 1 for confidence, _ in rows)
