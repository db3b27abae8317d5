"""`graphkit push`: load an export into a SPARQL 1.1 Graph Store Protocol endpoint."""

from __future__ import annotations

from pathlib import Path

import click

from . import errors, main


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (graphkit serve, Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki).")
@click.option("--graph", "graph_file", default="exports/graph.ttl", show_default=True,
              type=click.Path(path_type=Path), help="The export to send (.ttl, .nt or .jsonld).")
@click.option("--graph-uri", default=None, metavar="IRI",
              help="The named graph to replace [default: https://w3id.org/graphkit/resource/graph].")
@click.option("--default-graph", is_flag=True, help="Replace the store's default graph instead of a named graph.")
@click.option("--timeout", default=300.0, show_default=True, type=click.FloatRange(min=1), help="Seconds to wait.")
def push(endpoint: str, graph_file: Path, graph_uri: str | None, default_graph: bool, timeout: float) -> None:
    """PUT an export into a SPARQL store, replacing the graph the previous push wrote."""
    from ..errors import UsageError
    from ..server import DEFAULT_GRAPH_IRI, push_graph

    with errors():
        if default_graph and graph_uri:
            raise UsageError("give --graph-uri or --default-graph, not both")
        target = None if default_graph else graph_uri or DEFAULT_GRAPH_IRI
        status = push_graph(endpoint, graph_file, graph_uri=target, timeout=timeout)
    where = "the default graph" if target is None else f"<{target}>"
    click.echo(f"pushed {graph_file} into {where} at {endpoint} (HTTP {status})")
