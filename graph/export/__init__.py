"""Exporters: a pure builder from the graph to bytes, registered with the file it writes.

The pipeline builds every requested export before it writes any, then writes each one
atomically, so a failing builder leaves the previous exports untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from .. import registry

Builder = Callable[[nx.MultiDiGraph], bytes]


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    build: Builder

    def __call__(self, graph: nx.MultiDiGraph) -> bytes:
        return self.build(graph)


def exporter(name: str, filename: str) -> Callable[[Builder], Builder]:
    """Register ``build`` as the exporter ``name``, which writes ``filename``."""

    def decorate(build: Builder) -> Builder:
        registry.register("exporter", name)(Exporter(name, filename, build))
        return build

    return decorate


def get_exporter(name: str) -> Exporter:
    load_exporters()
    return registry.get("exporter", name)  # type: ignore[return-value]


def load_exporters() -> None:
    """Import the exporter modules, which registers them."""
    from . import html, property_graph, rdf_formats, turtle  # noqa: F401
