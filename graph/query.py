"""SPARQL over an export, answered by the embedded store (graph/store.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .store import PREFIXES as _PREFIXES, open_store, run_select

# The prefixes every query may use without declaring them (graphkit.store.PREFIXES).
PREFIXES = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in _PREFIXES.items())


def run_query(graph_file: Path, query: str) -> tuple[list[str], list[list[str]]]:
    """Answer a SPARQL query over an export with the embedded store (pyoxigraph).

    The prefixes gk:, gkr:, rdf:, rdfs:, skos: and xsd: are declared; a PREFIX in the query
    overrides them. Over a TriG or N-Quads export the default graph holds every triple, and
    ``GRAPH ?document { … }`` reaches the facts of one document.
    """
    return run_select(open_store(Path(graph_file)), query)


def format_rows(header: list[str], rows: list[list[str]], output: str) -> str:
    if output == "json":
        return json.dumps([dict(zip(header, row)) for row in rows], ensure_ascii=False, indent=1) + "\n"
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue()
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
