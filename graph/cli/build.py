"""`graphkit build`: corpus in, exports out."""

from __future__ import annotations

import time
from pathlib import Path

import click

from . import errors, main


@main.command()
@click.argument("corpus", default="corpus", type=click.Path(path_type=Path))
@click.option("--out", "out", default="exports", show_default=True, type=click.Path(path_type=Path),
              help="Folder the exports are written to.")
@click.option("--strict", is_flag=True, help="Exit non-zero (4) when any file could not be read.")
@click.option("--format", "formats", multiple=True, help="Export formats (default: turtle, html, communities).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes that extract documents  [default: all cores].")
@click.option("--cache", "cache", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of per-document results: a rebuild extracts only new and changed documents.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: local processes, or a Dask cluster (needs --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build(corpus: Path, out: Path, strict: bool, formats: tuple[str, ...], jobs: int | None, cache: Path | None,
          executor: str, scheduler: str | None, quiet: bool) -> None:
    """Build the graph of CORPUS (default: corpus/) into --out (default: exports/)."""
    from ..parallel import default_jobs
    from ..pipeline import DEFAULT_EXPORTS, build as run_build, write_exports

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (a running Dask scheduler)")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler is for --executor dask")
    started = time.perf_counter()
    with errors():
        progress = None if quiet else _progress
        result = run_build(corpus, strict=strict, progress=progress, jobs=jobs or default_jobs(), executor=executor,
                           scheduler=scheduler, cache=cache)
        if strict:
            _check_shapes(result.graph)
        written = write_exports(result, out, formats or DEFAULT_EXPORTS)
    report = result.report()
    took = time.perf_counter() - started
    for skipped in result.skipped:
        click.echo(f"warning: skipped {skipped.path}: {skipped.reason}", err=True)
    if not quiet:
        reused = f" ({result.reused} from the cache)" if cache is not None else ""
        click.echo(f"{report['documents']['read']} documents read{reused}, {len(result.skipped)} skipped · "
                   f"{report['nodes']} nodes · {report['edges']} edges · {took:.1f} s")
        click.echo("  types: " + ", ".join(f"{t} {n}" for t, n in report["nodes_by_type"].items()))
        click.echo("  relations: " + ", ".join(f"{r} {n}" for r, n in report["edges_by_relation"].items()))
        for path in written:
            click.echo(f"  wrote {path}")


def _check_shapes(graph: object) -> None:
    """Under --strict, a graph that breaks ontology/shapes.ttl is not written (exit 7)."""
    from ..errors import ValidationError
    from ..export.turtle import to_rdf
    from ..validate import validate_graph

    violations = validate_graph(to_rdf(graph))
    for line in violations:
        click.echo(line, err=True)
    if violations:
        raise ValidationError(f"{len(violations)} violation(s) of ontology/shapes.ttl; nothing was written "
                              "(build without --strict to write the graph anyway)")


def _progress(message: str) -> None:
    click.echo(f"  {message}", err=True)
