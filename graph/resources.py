"""Where the ontology data (schema, shapes, lexicon, word lists) is read from."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import OntologyError


def ontology_file(name: str) -> Path:
    """The path of a file of ontology/, as installed with the package."""
    path = Path(str(resources.files("graphkit.ontology").joinpath(name)))
    if not path.is_file():
        raise OntologyError(f"ontology file {name} is missing from {path.parent}; reinstall graphkit")
    return path
