"""One error tree for graphkit; the CLI alone maps these to exit codes."""

from __future__ import annotations


class GraphkitError(Exception):
    """Base of every error graphkit raises on purpose."""

    exit_code = 1


class UsageError(GraphkitError):
    """The command line asks for something impossible (unknown format, bad option)."""

    exit_code = 2


class CorpusError(GraphkitError):
    """The corpus folder is missing, empty or unreadable as a whole."""

    exit_code = 3


class PartialInputError(GraphkitError):
    """Some documents were skipped and the user asked for strictness."""

    exit_code = 4


class OntologyError(GraphkitError):
    """The schema or the lexicon in ontology/ is malformed."""

    exit_code = 5


class ExportError(GraphkitError):
    """An export could not be written."""

    exit_code = 6


class RegistryError(GraphkitError, KeyError):
    """A registry lookup or registration failed (unknown or duplicate name)."""

    exit_code = 2

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class QueryError(GraphkitError):
    """A SPARQL query could not be parsed or run."""

    exit_code = 2


class ValidationError(GraphkitError):
    """The graph breaks the contract of ontology/shapes.ttl (`graphkit validate`, `build --strict`)."""

    exit_code = 7
