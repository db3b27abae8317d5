"""The whole build, corpus to exports, as one function the CLI calls."""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import tempfile
import threading
import time
from collections import Counter
from contextlib import closing, contextmanager
from itertools import chain
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import networkx as nx

from . import registry, segment  # noqa: F401  (segment first: it imports jieba without pkg_resources)
from .analysis import annotate
from .build import COOCCURS, build_graph, typed_edges
from .classify import PASS as CLASSIFIER, classified_relations, classifier_version, load_model
from .cache import Cache, Entry, document_key, dumps, loads, pipeline_version
from .corpus import Skipped, read_document, split_sentences
from .corpus.reader import MAX_BYTES, display_name, document_id, iter_paths
from .errors import CorpusError, PartialInputError
from .extract import DEFAULT_PASSES, DocumentFindings, Resources, run_passes
from .lexicon import Lexicon, load_lexicon
from .model import Document, Mention, RelationMention, Sentence
from .parallel import FORKS, ordered_map
from .resolve import Resolution, resolve

DEFAULT_EXPORTS = ("turtle", "html", "communities")
REPORT_FILE = "report.json"


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    resolution: Resolution
    documents: list[str]
    skipped: list[Skipped]
    by_pass: Counter[str]
    seconds: dict[str, float] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    reused: int = 0  # documents whose findings came from the cache

    def report(self) -> dict[str, object]:
        """What the build did, for report.json and the CLI summary. No times: the report is
        part of the deterministic exports; the CLI prints the times."""
        graph = self.graph
        types = Counter(data.get("type") or "untyped" for _, data in graph.nodes(data=True))
        relations = Counter(key for _, _, key in graph.edges(keys=True))
        edge_passes: Counter[str] = Counter()
        for _, _, key, data in graph.edges(keys=True, data=True):
            if key != COOCCURS:
                edge_passes.update({ev["pass"] for ev in data["evidence"]})
        return {
            "documents": {"read": len(self.documents), "skipped": len(self.skipped),
                          "skipped_files": [{"path": s.path, "reason": s.reason} for s in self.skipped]},
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "nodes_by_type": dict(sorted(types.items())),
            "edges_by_relation": dict(sorted(relations.items())),
            "findings_by_pass": dict(sorted(self.by_pass.items())),
            "typed_edges_by_pass": dict(sorted(edge_passes.items())),
            "nodes_by_pass": dict(sorted(Counter(p for _, data in graph.nodes(data=True)
                                                 for p in data.get("passes", [])).items())),
            "merges": [{"name": m.name, "other": m.other, "reason": m.reason} for m in self.resolution.merges],
        }


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while, as it was before afterwards.

    A build makes millions of objects (mentions, evidence, graph attributes) that live until it
    ends, and no reference cycles: every collection walked them all again and found nothing,
    a third of the time of the stages after extraction. Forked workers inherit the pause;
    extraction makes no cycles either.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_collector_paused()
def build(corpus: str | Path, *, passes: Sequence[str] = DEFAULT_PASSES, lexicon: Lexicon | None = None,
          strict: bool = False, progress: Callable[[str], None] | None = None, jobs: int = 1,
          executor: str = "local", scheduler: str | None = None, cache: str | Path | None = None) -> BuildResult:
    """Read, extract, resolve, build and analyse; raise CorpusError when nothing could be read.

    Extraction runs on ``jobs`` local processes, or on a Dask cluster (``executor="dask"`` and
    the ``scheduler`` address); documents are merged in corpus order, so the result is the same
    whatever runs it. With a ``cache`` folder, a document whose bytes, id and pipeline are
    unchanged reuses what an earlier build found in it, and entries this build did not use are
    removed. Memory holds the mentions of the corpus (resolution needs them all at once) but not
    its text: relations and the sentences that mentions refer to wait in a temporary file until
    the graph is built.
    """
    started = time.perf_counter()
    for name in passes:
        registry.get("pass", name)  # an unknown pass fails here, listing the known ones
    lexicon = lexicon or load_lexicon()
    setup = ExtractSetup(tuple(passes), lexicon)
    store = Cache(cache, pipeline_version(passes, lexicon)) if cache is not None else None
    sources = list(_sources(Path(corpus), store))
    documents: list[str] = []
    skipped: list[Skipped] = []
    by_pass: Counter[str] = Counter()
    mentions: list[DocumentFindings] = []  # what resolution needs: every mention, no text
    seconds = {"read": 0.0, "extract": 0.0}
    reused = 0
    with _Spill() as spill, closing(_extract_in_order(sources, setup, store, jobs, executor, scheduler,
                                                      progress)) as extracted_in_order:
        for found in extracted_in_order:
            reused += found.reused
            seconds["read"] += found.seconds[0]
            seconds["extract"] += found.seconds[1]
            if found.skipped is not None:
                skipped.append(found.skipped)
                if progress:
                    progress(f"skipped {found.skipped.path}: {found.skipped.reason}")
                continue
            assert found.entry is not None
            doc_by_pass, doc_mentions = loads(found.entry.mentions)
            mentions.append(DocumentFindings(found.doc_id, (), doc_mentions, (), doc_by_pass))
            spill.add(found.entry)
            documents.append(found.doc_id)
            by_pass.update(doc_by_pass)
            if progress:
                progress(found.doc_id)
        extracted = time.perf_counter()
        seconds["read_and_extract"] = extracted - started
        if not documents:
            detail = f"; {len(skipped)} file(s) could not be read" if skipped else ""
            raise CorpusError(f"no readable .txt or .md document in {corpus}{detail}")
        if strict and skipped:
            names = ", ".join(s.path for s in skipped[:5])
            raise PartialInputError(f"{len(skipped)} file(s) could not be read ({names}); fix or remove them, "
                                    "or build without --strict")
        resolution = resolve(mentions, lexicon)
        resolved = time.perf_counter()
        keys = {source.doc_id: source.key for source in sources}
        classified, classified_keys = _classify(mentions, spill, [keys[m.doc_id] for m in mentions], resolution, store)
        by_pass[CLASSIFIER] += len(classified)
        classified_at = time.perf_counter()
        edges = typed_edges(chain((DocumentFindings(m.doc_id, (), (), relations, {})
                                   for m, relations in zip(mentions, spill.relations(), strict=True)),
                                  [DocumentFindings("", (), (), classified, {})]), resolution)
        graph = build_graph(resolution.entities, edges,
                            (DocumentFindings(m.doc_id, sentences, m.mentions, (), {})
                             for m, sentences in zip(mentions, spill.sentences(), strict=True)), resolution)
    built = time.perf_counter()
    annotate(graph)
    done = time.perf_counter()
    if store is not None:
        store.prune([*(source.key for source in sources if source.key is not None), *classified_keys])
    seconds.update({"resolve": resolved - extracted, "classify": classified_at - resolved,
                    "graph": built - classified_at, "analysis": done - built, "total": done - started})
    return BuildResult(graph, resolution, documents, skipped, by_pass, seconds, reused=reused)


def _classify(mentions: list[DocumentFindings], spill: _Spill, keys: list[str | None], resolution: Resolution,
              store: Cache | None) -> tuple[tuple[RelationMention, ...], list[str]]:
    """What the relation model reads in every document, in corpus order, kept in memory (a few
    relations per document), and the cache keys it was stored under.

    With a cache, a document's relations are reused when its bytes, the model and what each of
    its mentions resolved to (entity and type) are unchanged: a rebuild after one document
    changed reads the model's output for the others, without even reading their sentences,
    instead of scoring their pairs again. (Scoring on forked workers was measured: sending each
    document's sentences and mentions to them costs about what it saves.)
    """
    model = load_model()
    entry_keys = [_classified_key(key, m.mentions, resolution, model.digest) if store is not None and key else None
                  for m, key in zip(mentions, keys, strict=True)]
    cached = [store.get(key) if store is not None and key else None for key in entry_keys]
    todo = {i for i, entry in enumerate(cached) if entry is None}
    scored = (tuple(classified_relations([DocumentFindings(m.doc_id, sentences, m.mentions, relations, {})],
                                         resolution, model))
              for m, sentences, relations in zip((mentions[i] for i in sorted(todo)), spill.sentences(todo),
                                                 spill.relations(todo), strict=True))
    found: list[RelationMention] = []
    for entry, entry_key in zip(cached, entry_keys, strict=True):
        if entry is not None:
            read = loads(entry.relations)
        else:
            read = next(scored)
            if store is not None and entry_key:
                store.put(entry_key, Entry(b"", dumps(read), b""))
        found.extend(read)  # type: ignore[arg-type]
    return tuple(found), [key for key in entry_keys if key]


def _classified_key(document: str, mentions: Sequence[Mention], resolution: Resolution, model: str) -> str:
    digest = hashlib.blake2b(b"classified\0" + document.encode() + b"\0" + model.encode() + b"\0" +
                             classifier_version().encode(), digest_size=20)
    types = resolution.types
    # A relation's ends are mentions of the document too, so this is all the model's input
    # that depends on other documents.
    for mention in mentions:
        entity = resolution.of(mention)
        kind = types[entity] if entity is not None else None
        digest.update(f"{mention.start}:{mention.end}:{entity}:{kind.value if kind else ''}\n".encode())
    return digest.hexdigest()


def _extract_in_order(sources: list[Source], setup: ExtractSetup, store: Cache | None, jobs: int, executor: str,
                      scheduler: str | None, progress: Callable[[str], None] | None) -> Iterator[Extracted]:
    """What extraction found in each source, in corpus order: from the cache when it has an
    intact entry, else extracted (on workers) and stored."""
    todo = [source for source in sources if not source.cached]
    if executor == "local" and len(todo) <= 1:
        jobs = 1  # one document to extract: starting workers would cost more than it saves
    if executor == "local" and jobs > 1 and FORKS:
        _resources(setup)  # load jieba and the passes' data once, here: the forked workers inherit them
    with closing(ordered_map(extract_document, setup, todo, jobs=min(jobs, len(todo)), executor=executor,
                             scheduler=scheduler)) as results:
        for source in sources:
            if source.cached and store is not None and source.key is not None:
                entry = store.get(source.key)
                if entry is not None:
                    yield Extracted(source.doc_id, entry, reused=True)
                    continue
                if progress:
                    progress(f"{source.doc_id}: damaged cache entry, extracting again")
                found = extract_document(setup, source)
            else:
                found = next(results)
            if store is not None and source.key is not None and found.cacheable and found.entry is not None:
                store.put(source.key, found.entry)
            yield found


@dataclass(frozen=True)
class ExtractSetup:
    """What every extraction shares; sent to each worker once."""

    passes: tuple[str, ...]
    lexicon: Lexicon


@dataclass(frozen=True)
class Source:
    """A file of the corpus, in corpus order; ``key`` is its cache key when a cache is used."""

    path: str
    doc_id: str
    key: str | None = None
    cached: bool = False


@dataclass(frozen=True)
class Extracted:
    """What extraction found in one document, as it travels back from a worker: the cache
    entry (three pickles), or why the file was skipped."""

    doc_id: str
    entry: Entry | None
    skipped: Skipped | None = None
    cacheable: bool = False
    seconds: tuple[float, float] = (0.0, 0.0)  # reading, extracting
    reused: bool = False  # read from the cache


def extract_document(setup: ExtractSetup, source: Source) -> Extracted:
    """Read and extract one document: pure given the setup, so it runs anywhere.

    Only what the later stages use is kept: the mentions, the relations, and the sentences
    that one of them refers to (the others become None, so indices still hold).
    """
    resources = _resources(setup)
    started = time.perf_counter()
    path = Path(source.path)
    item = read_document(path, source.doc_id)
    read = time.perf_counter()
    if isinstance(item, Skipped):
        return Extracted(source.doc_id, None, item, seconds=(read - started, 0.0))
    found = run_passes(item, split_sentences(item), setup.passes, resources)
    used = {m.sentence for m in found.mentions} | {r.sentence.index for r in found.relations}
    sentences = tuple(s if i in used else None for i, s in enumerate(found.sentences))
    entry = Entry(dumps((found.by_pass, found.mentions)), dumps(found.relations), dumps(sentences))
    # Cache it only if the file still has the bytes its key was made from: an edit during the
    # build must not store new findings under the old content's key.
    data = _regular_file_bytes(path) if source.key is not None else None
    cacheable = data is not None and document_key(source.doc_id, data) == source.key
    return Extracted(source.doc_id, entry, None, cacheable, (read - started, time.perf_counter() - read))


_WARM_UP = Document("warm-up", "warm-up", "OpenAI 的研究员发布了新模型。 Sam Altman said so.\n")
_worker_state: tuple[ExtractSetup, Resources] | None = None
_worker_lock = threading.Lock()  # Dask workers may be threads of one process


def _resources(setup: ExtractSetup) -> Resources:
    """The resources of a setup, made once per process. The passes first run on a small
    document, so that every real document meets the same state whichever worker reads it and
    whatever it read before: the Chinese pass loads the lexicon into jieba's dictionary, which
    mojibake repair reads while a document is being read."""
    global _worker_state
    with _worker_lock:
        if _worker_state is not None and _worker_state[0] is not setup and _worker_state[0] == setup:
            _worker_state = (setup, _worker_state[1])  # another copy of the same setup (a worker's)
        if _worker_state is None or _worker_state[0] is not setup:
            resources = Resources(setup.lexicon)
            run_passes(_WARM_UP, split_sentences(_WARM_UP), setup.passes, resources)
            _worker_state = (setup, resources)
        return _worker_state[1]


def _sources(root: Path, store: Cache | None) -> Iterator[Source]:
    """The corpus files in reading order (as ``read_corpus`` reads them), with their cache keys
    when a cache is used."""
    if not root.exists():
        raise CorpusError(f"corpus {display_name(str(root))} does not exist: give a folder of .txt or .md files")
    if root.is_dir() and not os.access(root, os.R_OK | os.X_OK):
        raise CorpusError(f"corpus {display_name(str(root))} is not readable: check its permissions")
    for path in iter_paths(root):
        doc_id = document_id(root, path)
        data = _regular_file_bytes(path) if store is not None else None
        if store is None or data is None:
            yield Source(str(path), doc_id)  # not cached: the reader says what is wrong with it, if anything
            continue
        key = document_key(doc_id, data)
        yield Source(str(path), doc_id, key, store.path(key).is_file())


def _regular_file_bytes(path: Path) -> bytes | None:
    """The bytes of a regular file the reader would read, or None (a pipe must not block here)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


class _Spill:
    """Relations and sentences of every document, in corpus order, in temporary files until the
    graph is built: memory holds one document's worth at a time."""

    def __init__(self) -> None:
        self._files = [tempfile.TemporaryFile(prefix="graphkit-"), tempfile.TemporaryFile(prefix="graphkit-")]

    def __enter__(self) -> _Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        for file in self._files:
            file.close()

    def add(self, entry: Entry) -> None:
        for file, data in zip(self._files, (entry.relations, entry.sentences)):
            file.write(len(data).to_bytes(8, "little"))
            file.write(data)

    def relations(self, only: Container[int] | None = None) -> Iterator[tuple[RelationMention, ...]]:
        """Every document's relations, in corpus order; with ``only``, those of the documents
        at these positions alone (the others are skipped unread)."""
        return self._read(self._files[0], only)  # type: ignore[return-value]

    def sentences(self, only: Container[int] | None = None) -> Iterator[tuple[Sentence | None, ...]]:
        return self._read(self._files[1], only)  # type: ignore[return-value]

    @staticmethod
    def _read(file: IO[bytes], only: Container[int] | None) -> Iterator[object]:
        file.flush()
        file.seek(0)
        position = 0
        while size := file.read(8):
            length = int.from_bytes(size, "little")
            if only is None or position in only:
                yield loads(file.read(length))
            else:
                file.seek(length, os.SEEK_CUR)
            position += 1
        file.seek(0, os.SEEK_END)


def write_exports(result: BuildResult, out: str | Path, formats: Sequence[str] = DEFAULT_EXPORTS) -> list[Path]:
    """Build every export, then write each atomically, the report last. An unknown format or a
    failing builder stops the build before anything is written. Builds into one folder take
    turns, and each first removes the temporary files a killed build left there."""
    from .export import get_exporter
    from .export.atomic import folder_lock, remove_stale, write_bytes_atomic
    from .export.report import report_json

    exporters = [get_exporter(name) for name in formats]
    with _collector_paused():
        payloads = [(exporter.filename, _export_bytes(exporter.name, exporter, result.graph))
                    for exporter in exporters]
        payloads.append((REPORT_FILE, _export_bytes("report", report_json, result.report())))
    out_dir = Path(out)
    with folder_lock(out_dir):
        remove_stale(out_dir)
        result.written = [write_bytes_atomic(out_dir / filename, data) for filename, data in payloads]
    return result.written


def _export_bytes(name: str, build_bytes: Callable[[object], bytes], data: object) -> bytes:
    """Run one export builder; text it cannot write (a lone surrogate, an invalid IRI) becomes
    an ExportError that names the export, before any file is touched."""
    from .errors import ExportError

    try:
        return build_bytes(data)
    except (UnicodeError, ValueError) as err:
        raise ExportError(f"cannot build the {name} export: {err}; nothing was written. Please report this with "
                          "the corpus file that holds the text") from err