"""The command line: thin commands that validate arguments and call one function each.

Each command lives in its own module of this package and registers itself on ``main``.
"""

from __future__ import annotations

import sys

import click

from ..errors import GraphkitError


@click.group()
@click.version_option(package_name="graphkit")
def main() -> None:
    """Build a knowledge graph of the AI industry from English and Chinese texts."""


class errors:
    """Turn graphkit's errors into a message and the exit code of their class."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> bool:
        if isinstance(error, GraphkitError):
            click.echo(f"error: {error}", err=True)
            sys.exit(error.exit_code)
        return False


from . import build, diff, push, query, serve, validate  # noqa: E402,F401  (the commands register themselves on main)
