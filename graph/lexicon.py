"""The curated domain lexicon of ontology/lexicon.tsv: canonical names, types, aliases, sources."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError
from .resources import ontology_file
from .vocab import EntityType

HEADER = ["type", "name", "aliases", "source"]


@dataclass(frozen=True)
class LexiconEntry:
    name: str
    type: EntityType
    aliases: tuple[str, ...]
    source: str

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[LexiconEntry, ...]

    def by_name(self) -> dict[str, LexiconEntry]:
        return {entry.name: entry for entry in self.entries}


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and validate a lexicon file; every problem names the file and the line."""
    source = path or ontology_file("lexicon.tsv")
    return _load(Path(source))


@lru_cache(maxsize=4)
def _load(source: Path) -> Lexicon:
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise OntologyError(f"cannot read the lexicon {source}: {err}") from err
    if not lines or lines[0].split("\t") != HEADER:
        raise OntologyError(f"{source}:1: the header must be {' | '.join(HEADER)} (tab-separated)")
    entries: list[LexiconEntry] = []
    owner: dict[str, str] = {}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise OntologyError(f"{source}:{number}: expected 4 tab-separated fields, found {len(fields)}")
        type_name, name, aliases, reference = (f.strip() for f in fields)
        try:
            entity_type = EntityType(type_name)
        except ValueError:
            raise OntologyError(f"{source}:{number}: unknown type {type_name!r}; use one of "
                                f"{', '.join(t.value for t in EntityType)}") from None
        if not name or not reference:
            raise OntologyError(f"{source}:{number}: every entry needs a name and a source")
        entry = LexiconEntry(name, entity_type, tuple(a.strip() for a in aliases.split("|") if a.strip()), reference)
        for form in entry.surface_forms:
            key = form.casefold()
            if owner.get(key, name) != name:
                raise OntologyError(f"{source}:{number}: {form!r} already names {owner[key]!r}; an alias must "
                                    "name one entry only")
            owner[key] = name
        entries.append(entry)
    return Lexicon(tuple(entries))
