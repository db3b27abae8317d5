"""Extraction passes. Importing this package registers every pass under its name."""

from . import acronyms, chinese, glosses, lexicon, lists, names, references, relations, select, terms, works  # noqa: F401  (registration)
from .base import DocumentFindings, PassContext, Resources, register_pass, run_passes

DEFAULT_PASSES = ("lexicon", "acronyms", "names", "chinese", "terms", "works", "references", "select", "lists", "glosses", "relations")

__all__ = ["DEFAULT_PASSES", "DocumentFindings", "PassContext", "Resources", "register_pass", "run_passes"]
