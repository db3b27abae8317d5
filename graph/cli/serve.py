"""`graphkit serve`: a SPARQL 1.1 endpoint and Graph Store over an export, on 127.0.0.1."""

from __future__ import annotations

import errno
from pathlib import Path

import click

from . import errors, main


@main.command()
@click.option("--graph", "graph_file", default="exports/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="The export to serve (.ttl, .nt, .trig, .nq or .jsonld).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="The port on 127.0.0.1; 0 picks a free one.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
def serve(graph_file: Path, port: int, quiet: bool) -> None:
    """Serve an export over the SPARQL 1.1 Protocol (/sparql) and Graph Store Protocol (/store)
    until interrupted. From TriG or N-Quads the default graph holds every triple once."""
    from ..errors import UsageError
    from ..server import SparqlServer
    from ..store import load_store

    with errors():
        store = load_store(graph_file)
        log = None if quiet else (lambda line: click.echo(line, err=True))
        try:
            server = SparqlServer(store, port, log=log)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise UsageError(f"port {port} is in use; give another --port, or --port 0 for any free one") from err
            raise UsageError(f"cannot listen on 127.0.0.1:{port}: {err.strerror or err}") from err
    click.echo(f"SPARQL endpoint {server.url}sparql · Graph Store {server.url}store · "
               f"{len(store)} triples from {graph_file} · Ctrl-C stops it")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
