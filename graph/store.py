"""The embedded SPARQL store: an export loaded into pyoxigraph.

``graphkit query`` and ``graphkit serve`` answer from here. A small export (the sample corpus
gives 15k triples, loaded in 0.07 s) is loaded into memory for each query. A large one is
loaded once into an on-disk store beside it — ``exports/graph.oxigraph/<hash>/`` for
``exports/graph.ttl`` — keyed by the SHA-256 of the file, so a rebuild is noticed and the next
query builds a new store; a 1M-triple export then opens in 0.02 s instead of loading in 5-7 s.
The on-disk store is built in a temporary folder and renamed into place, so a concurrent
query sees either no store or a complete one, and it is opened read-only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .errors import CorpusError, QueryError, UsageError
from .vocab import GK, RESOURCE

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["FORMATS", "PERSIST_FROM_BYTES", "PREFIXES", "load_store", "open_store", "rdf_format", "run_select",
           "term_text"]

# Declared for every query; a PREFIX in the query itself takes precedence.
PREFIXES = {
    "gk": GK,
    "gkr": RESOURCE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# The RDF files graphkit writes, by suffix, with pyoxigraph's name for the format.
FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".jsonld": "JSON_LD"}
# From this size on (about 180k triples of Turtle) a query uses the on-disk store.
PERSIST_FROM_BYTES = 8_000_000
# On-disk stores kept per export: the current one and the one before it, which a query that
# started before a rebuild may still be reading.
_KEEP = 2


def rdf_format(path: Path) -> pyoxigraph.RdfFormat:
    """pyoxigraph's format for an export file, from its suffix."""
    import pyoxigraph

    try:
        return getattr(pyoxigraph.RdfFormat, FORMATS[path.suffix.lower()])
    except KeyError:
        raise UsageError(f"{path} is not an RDF export graphkit reads; give a file ending in "
                         f"{', '.join(FORMATS)}") from None


def load_store(graph_file: Path) -> pyoxigraph.Store:
    """An in-memory store holding the export ``graph_file`` (Turtle, N-Triples, N-Quads, TriG,
    JSON-LD). From TriG and N-Quads the default graph also receives every triple of the named
    graphs, once, so that a query without GRAPH sees the whole export (pyoxigraph's own
    union default graph would answer a triple once per graph it is in)."""
    import pyoxigraph

    fmt = rdf_format(graph_file)
    _require(graph_file)
    store = pyoxigraph.Store()
    try:
        store.load(path=graph_file, format=fmt)
    except SyntaxError as err:
        raise CorpusError(f"{graph_file} is not valid {fmt.name}: {err}; rebuild it with `graphkit build`") from err
    _merge_into_default_graph(store)
    return store


def open_store(graph_file: Path, *, persist: bool | None = None) -> pyoxigraph.Store:
    """The store to query ``graph_file`` with: in memory, or on disk beside the file.

    ``persist=None`` chooses by size (:data:`PERSIST_FROM_BYTES`). When the on-disk store
    cannot be made (a read-only folder, a full disk) the file is loaded into memory instead:
    the on-disk store is only a cache.
    """
    _require(graph_file)
    if persist is None:
        persist = graph_file.stat().st_size >= PERSIST_FROM_BYTES
    if persist:
        try:
            return _persistent(graph_file)
        except OSError:
            pass
    return load_store(graph_file)


def store_folder(graph_file: Path) -> Path:
    """Where the on-disk stores of ``graph_file`` live: ``graph.ttl`` → ``graph.oxigraph/``."""
    return graph_file.with_suffix(".oxigraph")


def run_select(store: pyoxigraph.Store, query: str) -> tuple[list[str], list[list[str]]]:
    """Answer ``query`` as a header and rows of strings (an IRI, a literal's lexical form, or
    "" when unbound). ASK gives one column ``ask``; CONSTRUCT and DESCRIBE give
    ``subject predicate object``."""
    import pyoxigraph

    try:
        result: Any = store.query(query, prefixes=PREFIXES)
        if isinstance(result, pyoxigraph.QueryBoolean):
            return ["ask"], [["true" if bool(result) else "false"]]
        if isinstance(result, pyoxigraph.QueryTriples):
            return ["subject", "predicate", "object"], [[term_text(t.subject), term_text(t.predicate),
                                                         term_text(t.object)] for t in result]
        header = [v.value for v in result.variables]
        rows = [[term_text(solution[i]) for i in range(len(header))] for solution in result]
    except SyntaxError as err:
        raise QueryError(f"the query could not be run: {err}") from err
    except OSError as err:  # reading the store failed
        raise QueryError(f"the query could not be run: {err}") from err
    return header, rows


def term_text(term: Any) -> str:
    """The text of a term as a result cell: the IRI, the literal's value, the blank node's id."""
    if term is None:
        return ""
    if hasattr(term, "value"):
        return str(term.value)
    return str(term)  # a quoted triple


def _require(graph_file: Path) -> None:
    if not graph_file.is_file():
        raise CorpusError(f"no graph at {graph_file}: run `graphkit build` first or give --graph")


def _persistent(graph_file: Path) -> pyoxigraph.Store:
    import pyoxigraph

    fmt = rdf_format(graph_file)
    folder = store_folder(graph_file)
    with graph_file.open("rb") as handle:  # one handle: the store holds exactly the bytes hashed
        digest = _sha256(handle)
        target = folder / digest
        if not (target / "CURRENT").is_file():
            folder.mkdir(exist_ok=True)
            building = Path(tempfile.mkdtemp(prefix=".building-", dir=folder))
            try:
                handle.seek(0)
                _bulk_load(building, handle, fmt)
                os.rename(building, target)
            except OSError:
                shutil.rmtree(building, ignore_errors=True)
                if not (target / "CURRENT").is_file():  # not a concurrent query that won the race
                    raise
            except SyntaxError as err:
                shutil.rmtree(building, ignore_errors=True)
                raise CorpusError(f"{graph_file} is not valid {fmt.name}: {err}; rebuild it with "
                                  "`graphkit build`") from err
            _prune(folder, keep=digest)
    os.utime(target)  # most recently used, for _prune
    return pyoxigraph.Store.read_only(str(target))


def _bulk_load(folder: Path, handle: BinaryIO, fmt: pyoxigraph.RdfFormat) -> None:
    import pyoxigraph

    store = pyoxigraph.Store(str(folder))
    store.bulk_load(handle, format=fmt)
    _merge_into_default_graph(store)
    store.flush()
    del store  # closes the database, so it can be renamed and reopened read-only


def _merge_into_default_graph(store: pyoxigraph.Store) -> None:
    import pyoxigraph

    if not any(True for _ in store.named_graphs()):
        return
    default = pyoxigraph.DefaultGraph()
    store.extend([pyoxigraph.Quad(q.subject, q.predicate, q.object, default)
                  for q in store.quads_for_pattern(None, None, None, None)
                  if not isinstance(q.graph_name, pyoxigraph.DefaultGraph)])


def _prune(folder: Path, keep: str) -> None:
    """Remove all but the newest :data:`_KEEP` stores, and builds abandoned a day ago."""
    now = time.time()
    stores, abandoned = [], []
    for path in folder.iterdir():
        if path.name.startswith(".building-"):
            if now - path.stat().st_mtime > 86_400:
                abandoned.append(path)
        elif path.is_dir() and path.name != keep:
            stores.append(path)
    stores.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in stores[_KEEP - 1:] + abandoned:
        shutil.rmtree(stale, ignore_errors=True)


def _sha256(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()[:16]

