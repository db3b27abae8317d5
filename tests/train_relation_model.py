"""Train the relation model of graph/classify.py on the project's own gold annotations.

    .venv/bin/python tests/train_relation_model.py            # writes ontology/relation_model.tsv
    .venv/bin/python tests/train_relation_model.py --check    # leave one gold out: F1 per threshold

Every pair of entities that shares a sentence is an example, whether a pattern links it or
not (the model scores only the pairs no pattern links, but learns phrasings from all); its
label is the gold relation between the two (with its direction) when the gold's evidence for
it lies in that sentence, else ``none``. ``--check`` scores only what the model adds. The weights come from L-BFGS on the L2-regularised
log-loss, from zeros, so the same golds and code give the same file. ``../shared/eval/gold/dev.json``,
``tests/gold/own_genres6.json`` and ``tests/gold/own_genres12.json`` are never trained on: they measure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from graphkit.classify import MODEL_FILE, NO_RELATION, Pair, RelationModel, candidate_pairs, features
from graphkit.corpus import read_document, split_sentences
from graphkit.extract import DEFAULT_PASSES, Resources, run_passes
from graphkit.extract.text import name_key
from graphkit.lexicon import load_lexicon
from graphkit.resolve import resolve
from graphkit.vocab import RelationType

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
# (gold file, folder of its documents, characters of a document the gold covers)
TRAINING = (
    ("own_001_004.json", ROOT / "corpus", {"001_d80bb42691095acb.txt": 30_000}),
    ("own_001b.json", GOLD / "heldout_001b", {}),
    ("own_001c.json", GOLD / "heldout_001c", {}),
    ("own_genres.json", GOLD / "genres", {}),
    ("own_genres2.json", GOLD / "genres2", {}),
    ("own_genres3.json", GOLD / "genres3", {}),
    ("own_genres4.json", GOLD / "genres4", {}),
    ("own_genres5.json", GOLD / "genres5", {}),
    ("own_genres7.json", GOLD / "genres7", {}),
    ("own_genres8.json", GOLD / "genres8", {}),
    ("own_genres9.json", GOLD / "genres9", {}),
    ("own_genres10.json", GOLD / "genres10", {}),
    ("own_genres11.json", GOLD / "genres11", {}),
    ("own_genres13.json", GOLD / "genres13", {}),
    ("own_genres14.json", GOLD / "genres14", {}),
)
# Never trained on: what --check reports for a model trained on all of TRAINING.
MEASURING = (
    ("../../../shared/eval/gold/dev.json", ROOT / "corpus", {}),
    ("own_genres6.json", GOLD / "genres6", {}),
    ("own_genres12.json", GOLD / "genres12", {}),
)
REGULARISATION = 1.0  # inverse strength of the L2 penalty
MIN_COUNT = 3  # a feature seen once or twice would only learn its examples
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])|(?<=[.!?])\s+|\n+")
PRECISION = 2  # decimals kept: smaller weights change no decision


@dataclass
class Examples:
    """Labelled pairs of one gold, and what scoring them needs: the gold's relations, and the
    relations the patterns found, both as (head, relation, tail) of gold ids where known."""

    pairs: list[Pair]
    labels: list[str]
    gold: set[tuple[str, str, str]]
    found: set[tuple[str, str, str]]
    gold_of: dict[str, str]
    linked: list[Pair]  # pairs a pattern linked: more phrasings to learn from, never scored
    linked_labels: list[str]


def examples(gold_file: str, folder: Path, limits: dict[str, int]) -> Examples:
    gold = json.loads((GOLD / gold_file).read_text(encoding="utf-8"))
    ids_of: dict[str, set[str]] = {}
    for entity in gold["entities"]:
        for name in (entity["name"], *entity.get("aliases", [])):
            ids_of.setdefault(name_key(name), set()).add(entity["id"])
    lexicon = load_lexicon()
    resources = Resources(lexicon)
    findings = []
    with tempfile.TemporaryDirectory() as scratch:
        for doc_id in gold["documents"]:
            path = folder / doc_id
            if doc_id in limits:
                path = Path(scratch) / doc_id
                text = (folder / doc_id).read_text(encoding="utf-8")[:limits[doc_id]]
                path.write_text(text, encoding="utf-8")
            doc = read_document(path, doc_id)
            findings.append(run_passes(doc, split_sentences(doc), DEFAULT_PASSES, resources))
    resolution = resolve(findings, lexicon)
    gold_of = {}
    for entity in resolution.entities:
        ids = set().union(*(ids_of.get(name_key(label), set()) for label in entity.labels))
        if len(ids) == 1:
            gold_of[entity.iri] = ids.pop()
    stated: dict[tuple[str, str], list[dict]] = {}
    for rel in gold["relations"]:
        stated.setdefault((rel["head"], rel["tail"]), []).append(rel)
    pairs, labels, extra, extra_labels = [], [], [], []
    for finding in findings:
        for pair in candidate_pairs(finding, resolution):
            pairs.append(pair)
            labels.append(_label(pair, gold_of, stated))
        candidates = {(p.first_entity, p.second_entity, p.sentence.index) for p in pairs}
        for pair in candidate_pairs(finding, resolution, linked=True):
            if (pair.first_entity, pair.second_entity, pair.sentence.index) not in candidates:
                extra.append(pair)
                extra_labels.append(_label(pair, gold_of, stated))
    found = set()
    for finding in findings:
        for rel in finding.relations:
            head, tail = resolution.of(rel.head), resolution.of(rel.tail)
            if head and tail:
                found.add(_key(gold_of.get(head, head), rel.relation.value, gold_of.get(tail, tail)))
    return Examples(pairs, labels, {_key(r["head"], r["relation"], r["tail"]) for r in gold["relations"]},
                    found, gold_of, extra, extra_labels)


def _label(pair: Pair, gold_of: dict[str, str], stated: dict[tuple[str, str], list[dict]]) -> str:
    first, second = gold_of.get(pair.first_entity), gold_of.get(pair.second_entity)
    for head, tail, direction in ((first, second, ">"), (second, first, "<")):
        for rel in sorted(stated.get((head, tail), []), key=lambda r: r["relation"]):  # type: ignore[arg-type]
            if _states(rel["evidence"], pair.sentence.text):
                return rel["relation"] + direction
    return NO_RELATION


def _states(evidence: str, sentence: str) -> bool:
    """The gold's evidence lies in the sentence or holds it, or, spanning sentences, one of its
    sentences lies in this one."""
    evidence, sentence = evidence.strip(), sentence.strip()
    if not evidence or not sentence:
        return False
    if evidence in sentence or sentence in evidence:
        return True
    pieces = (piece.strip() for piece in _SENTENCE_END.split(evidence))
    return any(len(piece) >= 8 and (piece in sentence or sentence in piece) for piece in pieces)


def _key(head: str, relation: str, tail: str) -> tuple[str, str, str]:
    if RelationType(relation).symmetric and tail < head:
        head, tail = tail, head
    return head, relation, tail


def train(pairs: list[Pair], labels: list[str]) -> RelationModel:
    seen = Counter(feature for pair in pairs for feature in features(pair))
    names = sorted(feature for feature, count in seen.items() if count >= MIN_COUNT or feature == "bias")
    index = {name: i for i, name in enumerate(names)}
    classes = tuple(sorted(set(labels) | {NO_RELATION}))
    rows, cols = [], []
    for row, pair in enumerate(pairs):
        for feature in sorted(features(pair)):
            if feature in index:
                rows.append(row)
                cols.append(index[feature])
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(pairs), len(names)))
    y = np.array([classes.index(label) for label in labels])
    targets = np.zeros((len(pairs), len(classes)))
    targets[np.arange(len(pairs)), y] = 1.0
    penalised = np.ones((len(names), 1))
    penalised[index["bias"]] = 0.0

    def loss_and_gradient(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights = flat.reshape(len(names), len(classes))
        scores = x @ weights
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        penalty = 0.5 / REGULARISATION * float(np.sum(penalised * weights ** 2))
        loss = -float(np.sum(np.log(probabilities[np.arange(len(pairs)), y] + 1e-12))) + penalty
        gradient = x.T @ (probabilities - targets) + penalised * weights / REGULARISATION
        return loss, gradient.ravel()

    start = np.zeros(len(names) * len(classes))
    fitted = optimize.minimize(loss_and_gradient, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    weights = np.round(fitted.x.reshape(len(names), len(classes)), PRECISION)
    keep = [i for i, name in enumerate(names) if name == "bias" or np.any(weights[i])]
    return RelationModel(classes, {names[i]: n for n, i in enumerate(keep)}, weights[keep])


def write(model: RelationModel, path: Path, trained_on: list[str]) -> None:
    lines = ["# The relation model of graph/classify.py: multinomial logistic regression weights, the",
             "# non-zero ones of each feature. Written by tests/train_relation_model.py; do not edit.",
             "# Trained on tests/gold/: " + ", ".join(trained_on),
             "classes\t" + "\t".join(model.classes)]
    for name, row in sorted(model.index.items()):
        weights = [f"{label}={weight:g}" for label, weight in zip(model.classes, model.weights[row]) if weight]
        lines.append("\t".join([name, *weights]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scored(model: RelationModel, held: Examples, threshold: float) -> tuple[float, float, float]:
    """Relation P, R and F1 of a gold's patterns plus what the model adds at ``threshold``."""
    predicted = set(held.found)
    for pair, relation, forward, _ in model.relations(held.pairs, threshold):
        first = held.gold_of.get(pair.first_entity, pair.first_entity)
        second = held.gold_of.get(pair.second_entity, pair.second_entity)
        predicted.add(_key(first, relation.value, second) if forward else _key(second, relation.value, first))
    right = len(predicted & held.gold)
    precision, recall = right / max(len(predicted), 1), right / max(len(held.gold), 1)
    return precision, recall, 2 * precision * recall / (precision + recall) if right else 0.0


def _all_examples() -> Iterator[tuple[str, Examples]]:
    for gold_file, folder, limits in TRAINING:
        yield gold_file, examples(gold_file, folder, limits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="leave each gold out in turn and print F1 per threshold")
    parser.add_argument("--out", type=Path, default=ROOT / "ontology" / MODEL_FILE)
    args = parser.parse_args()
    sets = dict(_all_examples())
    if args.check:
        thresholds = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.01)
        print("held out".ljust(20) + "".join(f"{t:>8}" for t in thresholds))
        for held in sets:
            rest = [name for name in sets if name != held]
            model = train([p for n in rest for p in sets[n].pairs + sets[n].linked],
                          [label for n in rest for label in sets[n].labels + sets[n].linked_labels])
            print(held.ljust(20) + "".join(f"{scored(model, sets[held], t)[2]:8.3f}" for t in thresholds))
        model = train([p for e in sets.values() for p in e.pairs + e.linked],
                      [label for e in sets.values() for label in e.labels + e.linked_labels])
        for gold_file, folder, limits in MEASURING:
            held_out = examples(gold_file, folder, limits)
            print(Path(gold_file).name.ljust(20) +
                  "".join(f"{scored(model, held_out, t)[2]:8.3f}" for t in thresholds), "(never trained on)")
        return 0
    model = train([p for e in sets.values() for p in e.pairs + e.linked],
                  [label for e in sets.values() for label in e.labels + e.linked_labels])
    write(model, args.out, list(sets))
    print(f"{args.out}: {len(model.index)} features, {len(model.classes)} classes, "
          f"{sum(label != NO_RELATION for e in sets.values() for label in e.labels + e.linked_labels)} related pairs "
          f"of {sum(len(e.pairs) + len(e.linked) for e in sets.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
