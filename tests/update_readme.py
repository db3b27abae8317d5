"""Rewrite the answers of the README's SPARQL examples from a build of the sample corpus.

    .venv/bin/graphkit build && .venv/bin/python tests/update_readme.py
"""

from __future__ import annotations

import sys

from test_readme import EXAMPLE, README

from graphkit.query import format_rows, run_query


def main() -> int:
    graph = README.parent / "exports" / "graph.ttl"
    text = README.read_text(encoding="utf-8")

    def answer(match) -> str:
        header, rows = run_query(graph, match["query"])
        return f"```sparql\n{match['query']}```\n```text\n{format_rows(header, rows, 'table')}```"

    README.write_text(EXAMPLE.sub(answer, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
