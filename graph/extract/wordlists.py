"""Word lists read from ontology/: given names, Chinese surnames and the pinyin syllables."""

from __future__ import annotations

from functools import lru_cache

from ..resources import ontology_file


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    words: set[str] = set()
    for line in ontology_file("given_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def chinese_surnames() -> dict[str, tuple[str, ...]]:
    """Chinese surname -> its romanisations."""
    table: dict[str, tuple[str, ...]] = {}
    for line in ontology_file("chinese_surnames.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("surname\t") or not line.strip():
            continue
        surname, romanisations = line.split("\t")
        table[surname] = tuple(romanisations.split("|"))
    return table


@lru_cache(maxsize=1)
def romanised_surnames() -> frozenset[str]:
    return frozenset(r for forms in chinese_surnames().values() for r in forms)


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Toneless pinyin syllables ("zhong", "lv")."""
    text = ontology_file("pinyin_syllables.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() if not line.startswith("#") for word in line.split())


def is_pinyin_word(word: str, max_syllables: int = 3) -> bool:
    """Whether a word splits into at most ``max_syllables`` pinyin syllables ("Hongyi", "Kai-Fu").

    >>> is_pinyin_word("Hongyi"), is_pinyin_word("Kai-Fu"), is_pinyin_word("Spectrum")
    (True, True, False)
    """
    parts = [p for p in word.lower().replace("'", "-").split("-") if p]
    if not parts:
        return False
    budget = max_syllables
    for part in parts:
        need = _syllable_count(part)
        if need is None or need > budget:
            return False
        budget -= need
    return True


@lru_cache(maxsize=4096)
def _syllable_count(part: str) -> int | None:
    syllables = pinyin_syllables()
    best: list[int | None] = [0] + [None] * len(part)
    for end in range(1, len(part) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] is not None and part[start:end] in syllables:
                count = best[start] + 1  # type: ignore[operator]
                if best[end] is None or count < best[end]:  # type: ignore[operator]
                    best[end] = count
    return best[len(part)]
