"""Relations a learned model reads between two entities of one sentence where no pattern did.

Patterns read a relation only where the words between two names fit one of them, and most
sentences of an interview or a translated article fit none: "Lample and Lacroix came from
Meta's FAIR lab, where both had worked on LLaMA". Once resolution knows what each entity is,
every pair of entities that shares a sentence and that no pattern read is scored by a
multinomial logistic regression over the two types and the words between, before and after
them, and the best relation the types admit is kept when its probability reaches
``THRESHOLD``. The weights are data (``ontology/relation_model.tsv``), trained by
``tests/train_relation_model.py`` on the project's own annotated texts; words are the only
features, never names, so the model carries no fact of its training texts.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from operator import itemgetter
from pathlib import Path

import numpy as np

from .errors import OntologyError
from .extract.base import DocumentFindings
from .model import Mention, RelationMention, Sentence
from .resolve import Resolution
from .resources import ontology_file
from .vocab import EntityType, RelationType, admits

PASS = "pairs"
MODEL_FILE = "relation_model.tsv"
NO_RELATION = "none"
# Leaving each gold out in turn (tests/train_relation_model.py --check), the fourteen genre
# golds score best on average at 0.1 (0.455, against 0.451 at 0.15 and 0.445 at 0.2), and so do
# the two never trained on (genres6, genres12); the sample's own golds prefer 0.3 and above.
# 0.15 takes most of the genres' gain (in the build: genres6 0.307 -> 0.324, genres12 0.412 ->
# 0.429) for little of the sample's loss (dev 0.759 -> 0.747, 001b 0.640 -> 0.615).
THRESHOLD = 0.15
# A sentence naming more entities is a list, where pairs say nothing of each other.
MAX_ENTITIES = 12
_CONTEXT = 3  # words before the first and after the second entity
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[\u4e00-\u9fff]+")
_POSSESSIVE = re.compile(r"\s*['’]s\b")
_ONLY_A_LIST = re.compile(r"[\s,，、/&]*(?:and|or|和|与|及|或)?[\s,，、/&]*", re.IGNORECASE)


@dataclass(frozen=True)
class Pair:
    """Two entities named in one sentence, the first before the second; ``words`` are the
    sentence's word runs (start, end, lower-cased text, Chinese or not), shared by its pairs."""

    sentence: Sentence
    first: Mention
    second: Mention
    first_entity: str
    second_entity: str
    first_type: EntityType
    second_type: EntityType
    entities_between: int
    words: tuple[tuple[int, int, str, bool], ...]


def candidate_pairs(finding: DocumentFindings, resolution: Resolution, linked: bool = False) -> Iterator[Pair]:
    """Every pair of typed entities sharing a sentence of ``finding`` that no relation of it links
    (in either direction), each entity at its first mention in the sentence; with ``linked``, the
    pairs a relation links too (what a trainer learns phrasings from).

    A pair is left out, too, when a relation of the sentence links one of the two to another
    entity of the other's type: in "Google TPUv6, Intel Habana 3 and AMD Mi350", AMD made the
    Mi350, so Intel did not.
    """
    types = resolution.types
    read: defaultdict[int, set[frozenset[str | None]]] = defaultdict(set)
    partners: defaultdict[tuple[int, str | None], set[EntityType | None]] = defaultdict(set)
    for rel in finding.relations:
        head, tail = resolution.of(rel.head), resolution.of(rel.tail)
        read[rel.sentence.index].add(frozenset((head, tail)))
        if head is not None and tail is not None:
            partners[(rel.sentence.index, head)].add(types[tail])
            partners[(rel.sentence.index, tail)].add(types[head])
    by_sentence: defaultdict[int, dict[str, Mention]] = defaultdict(dict)
    for mention in sorted(finding.mentions, key=lambda m: (m.sentence, m.start, m.end)):
        entity = resolution.of(mention)
        if entity is not None and types[entity] is not None:
            by_sentence[mention.sentence].setdefault(entity, mention)
    for index, first_mentions in sorted(by_sentence.items()):
        if not 2 <= len(first_mentions) <= MAX_ENTITIES:
            continue
        sentence = finding.sentences[index]
        if sentence is None:
            continue
        named = sorted(first_mentions.items(), key=lambda item: (item[1].start, item[1].end, item[0]))
        words = tuple((m.start(), m.end(), m.group().lower(), "\u4e00" <= m.group()[0] <= "\u9fff")
                      for m in _WORD.finditer(sentence.text))
        for (a, first), (b, second) in combinations(named, 2):
            if second.start < first.end or not linked and (
                    frozenset((a, b)) in read[index] or
                    types[b] in partners.get((index, a), ()) or types[a] in partners.get((index, b), ())):
                continue
            between = sum(1 for _, m in named if first.end <= m.start and m.end <= second.start)
            yield Pair(sentence, first, second, a, b, types[a], types[b], between, words)  # type: ignore[arg-type]


def features(pair: Pair) -> set[str]:
    """What the model reads of a pair: the types, and the words (Chinese as characters and their
    bigrams) between, before and after the two names, alone and with the types."""
    text, offset = pair.sentence.text, pair.sentence.start
    first_start, first_end = pair.first.start - offset, pair.first.end - offset
    second_start, second_end = pair.second.start - offset, pair.second.end - offset
    between = text[first_end:second_start]
    types = f"{pair.first_type.value}>{pair.second_type.value}"
    words = _words(pair.words, first_end, second_start)
    found = {"bias", f"types:{types}", f"gap:{_bucket(len(words))}", f"names-between:{_bucket(pair.entities_between)}"}
    for word in words:
        found.update((f"w:{word}", f"tw:{types}:{word}"))
    for word in _words(pair.words, first_start - 40, first_start)[-_CONTEXT:]:
        found.update((f"pre:{word}", f"tpre:{types}:{word}"))
    for word in _words(pair.words, second_end, second_end + 40)[:_CONTEXT]:
        found.update((f"post:{word}", f"tpost:{types}:{word}"))
    if _POSSESSIVE.match(between):
        found.add("possessive")
    if _ONLY_A_LIST.fullmatch(between):
        found.add("listed")
    if "(" in between or "（" in between:
        found.add("parenthesis")
    return found


def _words(runs: tuple[tuple[int, int, str, bool], ...], start: int, end: int) -> list[str]:
    """The words of the runs within [start, end), cut where the span cuts them."""
    words: list[str] = []
    for index in range(bisect_right(runs, start, key=itemgetter(1)), len(runs)):
        run_start, run_end, word, chinese = runs[index]
        if run_start >= end:
            break
        if run_start < start or run_end > end:
            word = word[max(start - run_start, 0):min(run_end, end) - run_start]
        if chinese:
            words.extend(word)
            words.extend(word[i:i + 2] for i in range(len(word) - 1))
        else:
            words.append(word)
    return words


def _bucket(count: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (3, "2-3"), (6, "4-6"), (12, "7-12")):
        if count <= limit:
            return name
    return "13+"


@dataclass(frozen=True)
class RelationModel:
    """Weights of a multinomial logistic regression: one row per feature, one column per class.
    A class is ``none`` or a relation with its direction: ``founded>`` reads first founded second."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    digest: str = ""  # of the model file: what a cache of the model's output is keyed by

    def probabilities(self, pairs: Sequence[Pair]) -> np.ndarray:
        """One row of class probabilities per pair."""
        columns: list[int] = []
        starts: list[int] = []
        index = self.index
        for pair in pairs:
            starts.append(len(columns))
            # sorted: the same sum in the same order, whatever the order of the set
            columns.extend(sorted(col for feature in features(pair) if (col := index.get(feature)) is not None))
        scores = np.add.reduceat(self.weights[columns], starts, axis=0)  # every pair has the bias
        scores -= scores.max(axis=1, keepdims=True)
        odds = np.exp(scores)
        return odds / odds.sum(axis=1, keepdims=True)

    def relations(self, pairs: Sequence[Pair], threshold: float = THRESHOLD) -> Iterator[tuple[Pair, RelationType, bool, float]]:
        """(pair, relation, forward, probability): the likeliest relation of each pair that its
        types admit, when it reaches ``threshold``; ``forward`` means the first entity is the head."""
        if not pairs:
            return
        probabilities = self.probabilities(pairs)
        probabilities[:, self.classes.index(NO_RELATION)] = 0.0
        likely = np.flatnonzero(probabilities.max(axis=1) >= threshold)
        for row in likely:
            pair, scores = pairs[row], probabilities[row]
            for column in np.argsort(-scores, kind="stable"):
                if scores[column] < threshold:
                    break
                relation, forward = RelationType(self.classes[column][:-1]), self.classes[column].endswith(">")
                head, tail = (pair.first_type, pair.second_type) if forward else (pair.second_type, pair.first_type)
                if admits(relation, head, tail):
                    yield pair, relation, forward, float(scores[column])
                    break


def classified_relations(findings: Iterable[DocumentFindings], resolution: Resolution,
                         model: RelationModel | None = None) -> Iterator[RelationMention]:
    """The relations the model reads in each document, in document order, as relation mentions of
    the pass ``pairs`` whose confidence is the model's probability."""
    model = model or load_model()
    for finding in findings:
        for pair, relation, forward, probability in model.relations(list(candidate_pairs(finding, resolution))):
            head, tail = (pair.first, pair.second) if forward else (pair.second, pair.first)
            yield RelationMention(head, relation, tail, pair.sentence, PASS, max(round(probability, 3), 0.001))


@lru_cache(maxsize=1)
def classifier_version() -> str:
    """A hash of this module's source: its features and choices decide what a model reads."""
    return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16).hexdigest()


@lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> RelationModel:
    """Read a model file: ``#`` comments, a ``classes`` line, then ``feature<TAB>class=weight…``
    (the weights a feature has, the others being zero)."""
    source = path or ontology_file(MODEL_FILE)
    try:
        data = source.read_bytes()
        lines = data.decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise OntologyError(f"{source}: cannot read the relation model ({err})") from err
    classes: dict[str, int] = {}
    index: dict[str, int] = {}
    cells: list[tuple[int, int, float]] = []
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        name, *values = line.split("\t")
        if name == "classes" and not classes:
            classes = {label: column for column, label in enumerate(values)}
            continue
        if not classes or name in index:
            raise OntologyError(f"{source}:{number}: a feature before the classes line, or twice; "
                                "retrain with tests/train_relation_model.py")
        row = index.setdefault(name, len(index))
        for value in values:
            label, _, weight = value.rpartition("=")
            try:
                cells.append((row, classes[label], float(weight)))
            except (KeyError, ValueError):
                raise OntologyError(f"{source}:{number}: expected class=weight, got {value!r}; "
                                    "retrain with tests/train_relation_model.py") from None
            if not math.isfinite(cells[-1][2]):
                raise OntologyError(f"{source}:{number}: weight {weight!r} is not a number")
    if NO_RELATION not in classes or "bias" not in index:
        raise OntologyError(f"{source}: no classes line with '{NO_RELATION}' or no bias row; "
                            "retrain with tests/train_relation_model.py")
    for label in classes:
        if label != NO_RELATION and (label[-1:] not in ("<", ">") or label[:-1] not in RelationType._value2member_map_):
            raise OntologyError(f"{source}: unknown class {label!r}")
    weights = np.zeros((len(index), len(classes)))
    for row, column, weight in cells:
        weights[row, column] = weight
    return RelationModel(tuple(classes), index, weights, hashlib.blake2b(data, digest_size=16).hexdigest())
