"""Sentence co-occurrence: two entities named in one sentence, weighted by how many do."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations

from ..model import Evidence, Mention, Sentence

PASS = "cooccurrence"
MAX_EVIDENCE = 3


def cooccurrences(sentences: Iterable[tuple[Sentence, list[Mention]]],
                  entity_of: Callable[[Mention], str | None]) -> dict[tuple[str, str], list[Evidence]]:
    """(a, b) with a < b -> every sentence naming both; the graph keeps ``MAX_EVIDENCE`` of them as
    evidence and their number as the edge's weight."""
    pairs: defaultdict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for sentence, mentions in sentences:
        entities = sorted({e for m in mentions if (e := entity_of(m)) is not None})
        if len(entities) < 2:
            continue
        # One evidence for every pair of the sentence: it is frozen, so they can share it.
        evidence = Evidence(sentence.doc_id, sentence.start, sentence.end, sentence.text, PASS, 1.0)
        for a, b in combinations(entities, 2):
            pairs[(a, b)].append(evidence)
    return dict(pairs)
