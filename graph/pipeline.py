"""The whole build, corpus to exports, as one function the CLI calls."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .analysis import annotate
from .build import COOCCURS, build_graph, typed_edges
from .corpus import Skipped, read_corpus, split_sentences
from .errors import CorpusError, PartialInputError
from .extract import DEFAULT_PASSES, DocumentFindings, Resources, run_passes
from .lexicon import Lexicon, load_lexicon
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


def build(corpus: str | Path, *, passes: Sequence[str] = DEFAULT_PASSES, lexicon: Lexicon | None = None,
          strict: bool = False, progress: Callable[[str], None] | None = None) -> BuildResult:
    """Read, extract, resolve, build and analyse; raise CorpusError when nothing could be read."""
    started = time.perf_counter()
    resources = Resources(lexicon or load_lexicon())
    findings: list[DocumentFindings] = []
    documents: list[str] = []
    skipped: list[Skipped] = []
    by_pass: Counter[str] = Counter()
    for item in read_corpus(corpus):
        if isinstance(item, Skipped):
            skipped.append(item)
            if progress:
                progress(f"skipped {item.path}: {item.reason}")
            continue
        found = run_passes(item, split_sentences(item), passes, resources)
        findings.append(found)
        documents.append(item.doc_id)
        by_pass.update(found.by_pass)
        if progress:
            progress(item.doc_id)
    extracted = time.perf_counter()
    if not documents:
        detail = f"; {len(skipped)} file(s) could not be read" if skipped else ""
        raise CorpusError(f"no readable .txt or .md document in {corpus}{detail}")
    if strict and skipped:
        names = ", ".join(s.path for s in skipped[:5])
        raise PartialInputError(f"{len(skipped)} file(s) could not be read ({names}); fix or remove them, "
                                "or build without --strict")
    resolution = resolve(findings, resources.lexicon)
    edges = typed_edges(findings, resolution)
    graph = annotate(build_graph(resolution.entities, edges, findings, resolution))
    done = time.perf_counter()
    return BuildResult(graph, resolution, documents, skipped, by_pass,
                       {"extract": extracted - started, "resolve_and_analyse": done - extracted})


def write_exports(result: BuildResult, out: str | Path, formats: Sequence[str] = DEFAULT_EXPORTS) -> list[Path]:
    """Build every export, then write each atomically, the report last. An unknown format or a
    failing builder stops the build before anything is written."""
    from .export import get_exporter
    from .export.atomic import write_bytes_atomic
    from .export.report import report_json

    exporters = [get_exporter(name) for name in formats]
    payloads = [(exporter.filename, exporter(result.graph)) for exporter in exporters]
    payloads.append((REPORT_FILE, report_json(result.report())))
    out_dir = Path(out)
    result.written = [write_bytes_atomic(out_dir / filename, data) for filename, data in payloads]
    return result.written
