"""graphkit: a bilingual knowledge-graph builder for texts about AI models and the AI industry."""

from .errors import CorpusError, ExportError, GraphkitError, OntologyError, PartialInputError, QueryError, UsageError
from .model import Document, Edge, Entity, Evidence, Mention, Merge, RelationMention, Sentence
from .vocab import EntityType, RelationType

__all__ = [
    "CorpusError", "Document", "Edge", "Entity", "EntityType", "Evidence", "ExportError", "GraphkitError",
    "Mention", "Merge", "OntologyError", "PartialInputError", "QueryError", "RelationMention", "RelationType",
    "Sentence", "UsageError",
]
