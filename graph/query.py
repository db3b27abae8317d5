"""SPARQL over an export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .errors import CorpusError, QueryError

PREFIXES = """PREFIX gk: <https://w3id.org/graphkit/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def run_query(graph_file: Path, query: str) -> tuple[list[str], list[list[str]]]:
    """Answer a SELECT query; the usual prefixes are declared unless the query declares them."""
    from rdflib import Graph

    if not graph_file.is_file():
        raise CorpusError(f"no graph at {graph_file}: run `graphkit build` first or give --graph")
    graph = Graph()
    graph.parse(graph_file, format="turtle")
    text = query if "prefix" in query.lower() else PREFIXES + query
    try:
        result = graph.query(text)
    except Exception as err:  # rdflib raises pyparsing and its own errors alike
        raise QueryError(f"the query could not be run: {err}") from err
    header = [str(v) for v in result.vars or []]
    rows = [["" if value is None else str(value) for value in row] for row in result]
    return header, rows


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
