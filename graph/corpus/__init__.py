"""Reading a corpus folder into clean Documents and their sentences."""

from .reader import Skipped, read_corpus, read_document
from .sentences import split_sentences

__all__ = ["Skipped", "read_corpus", "read_document", "split_sentences"]
