"""Analysis of the built graph: centrality and communities, written back as node attributes.

Each function takes the graph and returns ``{node: value}``; ``annotate`` stores them.
Co-occurrence edges count as links with their weight; typed edges count double, since a
stated relation says more than two names in one sentence.
"""

from __future__ import annotations

import networkx as nx

from .build import COOCCURS

TYPED_WEIGHT = 2.0


def undirected_weighted(graph: nx.MultiDiGraph) -> nx.Graph:
    """Collapse the multigraph into a weighted simple graph, for the algorithms below."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if u == v:
            continue
        weight = float(data.get("weight", 1)) * (1.0 if key == COOCCURS else TYPED_WEIGHT)
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += weight
        else:
            simple.add_edge(u, v, weight=weight)
    return simple


def degree_centrality(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Share of the other nodes each node is linked to, by any edge.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> degree_centrality(g)
    {'a': 1.0, 'b': 0.5, 'c': 0.5}
    """
    return _degree_centrality(undirected_weighted(graph))


def pagerank(graph: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank over the weighted, undirected graph (a node is central when central nodes name it
    beside it); values sum to 1.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> ranks = pagerank(g); ranks["a"] > ranks["b"] and round(ranks["b"], 6) == round(ranks["c"], 6)
    True
    """
    return _pagerank(undirected_weighted(graph))


def communities(graph: nx.MultiDiGraph, seed: int = 42) -> dict[str, int]:
    """Louvain communities (seeded, so deterministic), numbered from 0 by decreasing size.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> communities(g)
    {'a': 0, 'b': 0, 'c': 0, 'x': 1, 'y': 1}
    """
    return _communities(undirected_weighted(graph), seed)


def annotate(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Store degree, pagerank and community on every node; returns the same graph."""
    simple = undirected_weighted(graph)  # collapsed once for the three (none of them changes it)
    for name, values in (("degree", _degree_centrality(simple)), ("pagerank", _pagerank(simple)),
                         ("community", _communities(simple))):
        nx.set_node_attributes(graph, values, name)
    return graph


def _degree_centrality(simple: nx.Graph) -> dict[str, float]:
    return dict(sorted(nx.degree_centrality(simple).items()))


def _pagerank(simple: nx.Graph) -> dict[str, float]:
    if simple.number_of_nodes() == 0:
        return {}
    return dict(sorted(nx.pagerank(simple, weight="weight").items()))


def _communities(simple: nx.Graph, seed: int = 42) -> dict[str, int]:
    if simple.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return dict(sorted((node, number) for number, members in enumerate(ordered) for node in members))
