"""The command line: thin commands that validate arguments and call one function each."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .errors import GraphkitError


@click.group()
@click.version_option(package_name="graphkit")
def main() -> None:
    """Build a knowledge graph of the AI industry from English and Chinese texts."""


@main.command()
@click.argument("corpus", default="corpus", type=click.Path(path_type=Path))
@click.option("--out", "out", default="exports", show_default=True, type=click.Path(path_type=Path),
              help="Folder the exports are written to.")
@click.option("--strict", is_flag=True, help="Exit non-zero (4) when any file could not be read.")
@click.option("--format", "formats", multiple=True, help="Export formats (default: turtle, html, communities).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build(corpus: Path, out: Path, strict: bool, formats: tuple[str, ...], quiet: bool) -> None:
    """Build the graph of CORPUS (default: corpus/) into --out (default: exports/)."""
    from .pipeline import DEFAULT_EXPORTS, build as run_build, write_exports

    started = time.perf_counter()
    with _errors():
        progress = None if quiet else _progress
        result = run_build(corpus, strict=strict, progress=progress)
        written = write_exports(result, out, formats or DEFAULT_EXPORTS)
    report = result.report()
    took = time.perf_counter() - started
    for skipped in result.skipped:
        click.echo(f"warning: skipped {skipped.path}: {skipped.reason}", err=True)
    if not quiet:
        click.echo(f"{report['documents']['read']} documents read, {len(result.skipped)} skipped · "
                   f"{report['nodes']} nodes · {report['edges']} edges · {took:.1f} s")
        click.echo("  types: " + ", ".join(f"{t} {n}" for t, n in report["nodes_by_type"].items()))
        click.echo("  relations: " + ", ".join(f"{r} {n}" for r, n in report["edges_by_relation"].items()))
        for path in written:
            click.echo(f"  wrote {path}")


@main.command()
@click.argument("query")
@click.option("--graph", "graph_file", default="exports/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="The Turtle export to query.")
@click.option("--format", "output", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(query: str, graph_file: Path, output: str) -> None:
    """Run a SPARQL QUERY (text or a file name) over an export and print the answer."""
    from .query import format_rows, run_query

    with _errors():
        text = Path(query).read_text(encoding="utf-8") if query.endswith((".rq", ".sparql")) else query
        header, rows = run_query(graph_file, text)
    click.echo(format_rows(header, rows, output), nl=False)


def _progress(message: str) -> None:
    click.echo(f"  {message}", err=True)


class _errors:
    """Turn graphkit's errors into a message and the exit code of their class."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> bool:
        if isinstance(error, GraphkitError):
            click.echo(f"error: {error}", err=True)
            sys.exit(error.exit_code)
        return False
