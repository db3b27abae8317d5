"""`graphkit diff`: what changed between two builds."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import errors, main


@main.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON.")
@click.option("--include-analysis", is_flag=True,
              help="Also compare degree, PageRank and community, which move whenever anything else does.")
def diff(old: Path, new: Path, as_json: bool, include_analysis: bool) -> None:
    """Entities and edges added, removed and changed from build OLD to build NEW.

    OLD and NEW are graph.ttl files or export folders. Exit status: 0 when the builds are
    equal, 1 when they differ, 2 or more on an error.
    """
    from ..diff import diff_builds

    with errors():
        result = diff_builds(old, new, include_analysis=include_analysis)
    click.echo(result.to_json() if as_json else result.to_text(), nl=False)
    sys.exit(0 if result.equal else 1)
