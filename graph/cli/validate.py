"""`graphkit validate`: check an export against the SHACL shapes of ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path

import click

from . import errors, main


@main.command()
@click.option("--graph", "graph_file", default="exports/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="The export to check (.ttl, .nt, .trig, .nq or .jsonld).")
def validate(graph_file: Path) -> None:
    """Check an export against ontology/shapes.ttl; print each violation and exit 7 if any."""
    from ..errors import ValidationError
    from ..validate import validate_file

    with errors():
        violations = validate_file(graph_file)
        for line in violations:
            click.echo(line)
        if violations:
            raise ValidationError(f"{len(violations)} violation{'s' if len(violations) != 1 else ''} of "
                                  f"ontology/shapes.ttl in {graph_file}")
    click.echo(f"{graph_file} conforms to ontology/shapes.ttl")
