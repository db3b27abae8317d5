"""`graphkit query`: SPARQL over an export."""

from __future__ import annotations

from pathlib import Path

import click

from . import errors, main


@main.command()
@click.argument("query")
@click.option("--graph", "graph_file", default="exports/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="The Turtle export to query.")
@click.option("--format", "output", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(query: str, graph_file: Path, output: str) -> None:
    """Run a SPARQL QUERY (text or a file name) over an export and print the answer."""
    from ..query import format_rows, run_query

    with errors():
        text = Path(query).read_text(encoding="utf-8") if query.endswith((".rq", ".sparql")) else query
        header, rows = run_query(graph_file, text)
    click.echo(format_rows(header, rows, output), nl=False)
