"""`graphkit query`: SPARQL over an export."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageError
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
        text = _query_text(query)
        header, rows = run_query(graph_file, text)
    click.echo(format_rows(header, rows, output), nl=False)


def _query_text(query: str) -> str:
    """The query itself, or the text of the .rq / .sparql file it names."""
    if not query.endswith((".rq", ".sparql")):
        return query
    try:
        return Path(query).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"cannot read the query file {query}: {getattr(err, 'strerror', None) or err}; "
                         "give a readable UTF-8 file or the query text itself") from err
