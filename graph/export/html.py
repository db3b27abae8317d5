"""The interactive HTML explorer (``graph.html``) and the community overview (``communities.md``).

``build_html(G)`` returns one self-contained page that opens offline from disk: vis-network's
JavaScript and CSS (the copy that pyvis ships) and our own script are inlined, the graph is a JSON
document in ``<script type="application/json">``, and a Content-Security-Policy allows only those
inline scripts (by hash) and no fetch at all. Positions are computed here, seeded, and physics is
off, so the browser only draws.

Why not pyvis's ``Network.generate_html()`` itself: its template links Bootstrap from a CDN
whatever ``cdn_resources`` says, writes the data as a JavaScript literal, and hands string
tooltips to vis-network, which renders them as HTML. We keep its vis-network build and write the
page around it; every corpus string reaches the page through ``JSON.parse`` and ``textContent``.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from ..errors import ExportError
from ..vocab import EntityType, RelationType
from . import exporter
from .atomic import write_text_atomic

__all__ = ["build_html", "write_html", "html_bytes", "community_overview", "communities_markdown",
           "write_communities", "communities_bytes"]

COOCCURRENCE = "coOccursWith"
LAYOUT_SEED = 20240611
EVIDENCE_PER_EDGE = 10   # sentences shipped per edge; the count of all of them is shipped too
DOCS_PER_NODE = 50
OVERVIEW_COMMUNITIES = 50
OVERVIEW_ENTITIES = 5
OVERVIEW_RELATIONS = 5
DEFAULT_TITLE = "graphkit knowledge graph"

# Tableau 10; one fixed colour per type and relation so that pages of different corpora agree.
TYPE_COLOURS = {
    EntityType.PERSON.value: "#e15759", EntityType.ORGANIZATION.value: "#4e79a7",
    EntityType.MODEL.value: "#f28e2b", EntityType.PRODUCT.value: "#76b7b2",
    EntityType.CONCEPT.value: "#59a14f", EntityType.WORK.value: "#edc948",
    EntityType.PLACE.value: "#b07aa1", EntityType.EVENT.value: "#ff9da7",
}
UNTYPED_COLOUR = "#9d9d9d"
RELATION_COLOURS = {
    RelationType.FOUNDED.value: "#4e79a7", RelationType.WORKS_FOR.value: "#f28e2b",
    RelationType.EDUCATED_AT.value: "#b07aa1", RelationType.DEVELOPED.value: "#59a14f",
    RelationType.BASED_ON.value: "#76b7b2", RelationType.PROPOSED.value: "#edc948",
    RelationType.CRITICIZED.value: "#e15759", RelationType.INVESTED_IN.value: "#9c755f",
    RelationType.PART_OF.value: "#8cd17d", RelationType.COMPETES_WITH.value: "#ff9da7",
    COOCCURRENCE: "#c7c7c7",
}
SYMMETRIC = {RelationType.COMPETES_WITH.value, COOCCURRENCE}
COMMUNITY_PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                     "#ff9da7", "#9c755f", "#bab0ac", "#17becf", "#bcbd22"]


# ---------------------------------------------------------------------------------------------
# Public API


def build_html(graph: nx.MultiDiGraph, *, max_nodes: int = 2000) -> str:
    """The complete explorer page of ``graph``: a pure function, byte-identical for the same graph.

    Beyond ``max_nodes`` entities the page keeps the most central ones by PageRank and says so.
    """
    if max_nodes < 1:
        raise ExportError(f"max_nodes must be at least 1, not {max_nodes}")
    data = _page_data(graph, max_nodes)
    title = data["title"]
    vis_js, vis_css = _vis_assets()
    scripts = (vis_js, _SCRIPT)
    csp = "; ".join((
        "default-src 'none'",
        "script-src " + " ".join(f"'sha256-{_sha256(text)}'" for text in scripts),
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ))
    return "".join((
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<meta name=\"generator\" content=\"graphkit\">\n",
        f"<title>{html.escape(title)}</title>\n",
        f"<style>{vis_css}</style>\n<style>{_STYLE}</style>\n</head>\n<body>\n",
        _BODY.replace("@TITLE@", html.escape(title)),
        "<script type=\"application/json\" id=\"graphkit-data\">", _json_for_html(data), "</script>\n",
        f"<script>{vis_js}</script>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n",
    ))


@exporter("html", "graph.html")
def html_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The exporter ``html``: :func:`build_html` as UTF-8."""
    return build_html(graph).encode("utf-8")


def write_html(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write :func:`build_html` of ``graph`` to ``path`` as UTF-8, atomically."""
    return write_text_atomic(path, build_html(graph))


def community_overview(graph: nx.MultiDiGraph, *, limit: int = OVERVIEW_COMMUNITIES) -> list[dict[str, Any]]:
    """The ``limit`` largest communities, largest first, with their most central entities and
    their typed relations (one evidence sentence each). Ties are broken by community id, names, IRIs."""
    members: dict[int, list[str]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        if data.get("community") is not None:
            members[int(data["community"])].append(node)
    order = sorted(members, key=lambda c: (-len(members[c]), c))[:limit]
    inside: dict[int, list[tuple[str, str, str, dict[str, Any]]]] = {c: [] for c in order}
    for head, tail, key, data in graph.edges(keys=True, data=True):
        community = graph.nodes[head].get("community")
        relation = _str(data.get("relation", key))
        if (relation != COOCCURRENCE and community is not None and int(community) in inside
                and graph.nodes[tail].get("community") == community):
            inside[int(community)].append((head, tail, relation, data))
    overview = []
    for community in order:
        nodes = members[community]
        central = sorted(nodes, key=lambda n: (-_num(graph.nodes[n].get("pagerank")), _name(graph, n), n))
        relations = []
        for head, tail, relation, data in inside[community]:
            evidence = data.get("evidence", [])
            best = min(evidence, key=_evidence_order) if evidence else None
            relations.append({
                "head": head, "headName": _name(graph, head), "relation": relation,
                "tail": tail, "tailName": _name(graph, tail),
                "weight": int(data.get("weight", len(evidence)) or 0),
                "confidence": _round(data.get("confidence", 0.0)),
                "evidence": {"text": _str(best.get("text")), "doc": _str(best.get("doc"))} if best else None,
            })
        relations.sort(key=lambda r: (-r["weight"], -r["confidence"], r["headName"], r["relation"],
                                      r["tailName"], r["head"], r["tail"]))
        overview.append({
            "community": community, "size": len(nodes),
            "central": [{"iri": n, "name": _name(graph, n), "type": graph.nodes[n].get("type"),
                         "pagerank": _round(graph.nodes[n].get("pagerank"))} for n in central[:OVERVIEW_ENTITIES]],
            "relations": relations[:OVERVIEW_RELATIONS], "relationCount": len(relations),
        })
    return overview


def communities_markdown(graph: nx.MultiDiGraph) -> str:
    """The community overview of :func:`community_overview` as Markdown (deterministic)."""
    overview = community_overview(graph)
    total = len({d.get("community") for _, d in graph.nodes(data=True) if d.get("community") is not None})
    title = _md(str(graph.graph.get("title") or DEFAULT_TITLE))
    lines = [f"# Communities of {title}", "",
             f"{graph.number_of_nodes()} entities and {graph.number_of_edges()} relations in {total} "
             f"{'community' if total == 1 else 'communities'}, largest first. For each: its most central "
             "entities (by PageRank) and its typed relations with one supporting sentence.", ""]
    if total > len(overview):
        lines += [f"The {len(overview)} largest communities are listed; {total - len(overview)} smaller "
                  "ones are not.", ""]
    for card in overview:
        lines += [f"## Community {card['community']} · {card['size']} "
                  f"{'entity' if card['size'] == 1 else 'entities'}", ""]
        central = ", ".join(f"**{_md(e['name'])}** ({_md(e['type'] or 'untyped')}, PageRank {e['pagerank']:.4g})"
                            for e in card["central"])
        lines += [f"Most central: {central}", ""]
        if not card["relations"]:
            lines += ["No typed relations inside this community.", ""]
            continue
        lines.append(f"Typed relations ({card['relationCount']}"
                     f"{', the strongest shown' if card['relationCount'] > len(card['relations']) else ''}):")
        lines.append("")
        for rel in card["relations"]:
            sentences = f"{rel['weight']} sentence{'s' if rel['weight'] != 1 else ''}"
            line = f"- {_md(rel['headName'])} *{_md(rel['relation'])}* {_md(rel['tailName'])} ({sentences})"
            if rel["evidence"]:
                line += f": “{_md(rel['evidence']['text'])}” — {_md(rel['evidence']['doc'])}"
            lines.append(line)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


@exporter("communities", "communities.md")
def communities_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The exporter ``communities``: :func:`communities_markdown` as UTF-8."""
    return communities_markdown(graph).encode("utf-8")


def write_communities(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write :func:`communities_markdown` of ``graph`` to ``path`` as UTF-8, atomically."""
    return write_text_atomic(path, communities_markdown(graph))


# ---------------------------------------------------------------------------------------------
# The data shipped to the page


def _page_data(graph: nx.MultiDiGraph, max_nodes: int) -> dict[str, Any]:
    ranked = sorted(graph.nodes(data=True),
                    key=lambda item: (-_num(item[1].get("pagerank")), -_num(item[1].get("degree")), item[0]))
    kept = sorted(node for node, _ in ranked[:max_nodes])
    index = {node: i for i, node in enumerate(kept)}
    edges = sorted(((u, v, str(k), d) for u, v, k, d in graph.edges(keys=True, data=True)
                    if u in index and v in index), key=lambda e: e[:3])

    community_sizes = Counter(d.get("community") for _, d in graph.nodes(data=True))
    community_sizes.pop(None, None)
    community_rank = {c: r for r, c in enumerate(sorted(community_sizes, key=lambda c: (-community_sizes[c], c)))}

    groups = [graph.nodes[n].get("community") for n in kept]
    positions = _layout(len(kept), [(index[u], index[v]) for u, v, _, _ in edges], groups)
    pageranks = [_num(graph.nodes[n].get("pagerank")) for n in kept]
    top = max(pageranks, default=0.0)

    nodes = []
    for i, node in enumerate(kept):
        data = graph.nodes[node]
        labels = _unique([_str(data.get("name"))] + [_str(label) for label in data.get("labels", [])]) or [node]
        docs = sorted({_str(doc) for doc in data.get("docs", [])})
        community = data.get("community")
        nodes.append({
            "id": i, "iri": node, "name": labels[0], "type": data.get("type") or "",
            "labels": labels, "docs": docs[:DOCS_PER_NODE], "docCount": len(docs),
            "mentions": int(data.get("mentions", 0) or 0),
            "degree": _round(data.get("degree")), "pagerank": _round(data.get("pagerank")),
            "community": None if community is None else int(community),
            "x": round(float(positions[i, 0]), 1), "y": round(float(positions[i, 1]), 1),
            "size": round(7 + 23 * math.sqrt(pageranks[i] / top), 1) if top > 0 else 10,
        })

    pair_count: Counter[tuple[str, str]] = Counter()
    edge_rows = []
    for i, (u, v, key, data) in enumerate(edges):
        relation = _str(data.get("relation", key))
        evidence = _sorted_evidence(data.get("evidence", []))
        pair = (u, v) if u <= v else (v, u)
        nth = pair_count[pair]
        pair_count[pair] += 1
        row = {
            "id": i, "from": index[u], "to": index[v], "relation": relation,
            "weight": int(data.get("weight", len(evidence)) or 0),
            "confidence": _round(data.get("confidence", 0.0)),
            "evidence": [{"doc": _str(ev.get("doc")), "text": _str(ev.get("text")),
                          "start": _int(ev.get("start")), "end": _int(ev.get("end")),
                          "pass": _str(ev.get("pass")), "confidence": _round(ev.get("confidence"))}
                         for ev in evidence[:EVIDENCE_PER_EDGE]],
            "evidenceCount": len(evidence),
        }
        if nth and u != v:   # parallel edges between one pair: bend them apart, alternately
            clockwise = (nth % 2 == 1) == ((u, v) == pair)
            row["curve"] = ["curvedCW" if clockwise else "curvedCCW", round(0.2 * ((nth + 1) // 2), 2)]
        edge_rows.append(row)

    type_counts = Counter(n["type"] for n in nodes)
    type_order = [t.value for t in EntityType] + sorted(t for t in type_counts if t and t not in TYPE_COLOURS) + [""]
    relation_counts = Counter(e["relation"] for e in edge_rows)
    relation_order = ([r.value for r in RelationType]
                      + sorted(r for r in relation_counts if r not in RELATION_COLOURS) + [COOCCURRENCE])
    extra = _generated_colours(len(relation_order), offset=7)
    shown_communities = Counter(n["community"] for n in nodes if n["community"] is not None)
    return {
        "title": _str(graph.graph.get("title") or DEFAULT_TITLE),
        "totalNodes": graph.number_of_nodes(), "totalEdges": graph.number_of_edges(),
        "maxNodes": max_nodes, "truncated": len(kept) < graph.number_of_nodes(),
        "types": [{"type": t, "colour": TYPE_COLOURS.get(t, UNTYPED_COLOUR), "count": type_counts[t]}
                  for t in type_order if type_counts[t]],
        "relations": [{"relation": r, "colour": RELATION_COLOURS.get(r, extra[i]), "count": relation_counts[r],
                       "directed": r not in SYMMETRIC, "shown": r != COOCCURRENCE}
                      for i, r in enumerate(relation_order) if relation_counts[r]],
        "communities": [{"community": c, "size": community_sizes[c], "shown": shown_communities[c],
                         "colour": _community_colour(community_rank[c])}
                        for c in sorted(shown_communities, key=lambda c: community_rank[c])],
        "overview": community_overview(graph),
        "nodes": nodes, "edges": edge_rows,
    }


def _json_for_html(data: Any) -> str:
    """JSON that cannot end its ``<script>`` element or start a comment or an entity."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# ---------------------------------------------------------------------------------------------
# Layout: each community laid out on its own (force-directed), the communities packed as discs


def _layout(n: int, edges: list[tuple[int, int]], groups: list[Any]) -> np.ndarray:
    """Seeded positions in pixels: one force-directed layout per community, packed on a spiral.

    Communities smaller than three share one pool. Costs the sum of the squared community sizes
    per iteration, not the square of the graph's size.
    """
    positions = np.zeros((n, 2))
    if n == 0:
        return positions
    sizes = Counter(groups)
    keys = [g if g is not None and sizes[g] >= 3 else None for g in groups]
    members: dict[Any, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        members[key].append(i)
    order = sorted(members, key=lambda k: (-len(members[k]), k is None, k if k is not None else 0))
    spacing = 60.0
    radii = np.array([spacing * (math.sqrt(len(members[k])) + 0.5) for k in order])
    centres = _pack_discs(radii)
    group_edges: dict[Any, list[tuple[int, int]]] = defaultdict(list)
    for u, v in edges:
        if keys[u] == keys[v] and u != v:
            group_edges[keys[u]].append((u, v))
    for slot, key in enumerate(order):
        nodes = members[key]
        local = {node: j for j, node in enumerate(nodes)}
        pairs = np.array([(local[u], local[v]) for u, v in group_edges[key]], dtype=np.int64).reshape(-1, 2)
        unit = _force_layout(len(nodes), pairs, seed=LAYOUT_SEED + slot)
        positions[nodes] = centres[slot] + unit * (radii[slot] - spacing * 0.5)
    return positions


def _force_layout(n: int, pairs: np.ndarray, *, seed: int) -> np.ndarray:
    """Fruchterman-Reingold in numpy, seeded, scaled into the unit disc.

    networkx's ``spring_layout`` switches to a per-node Python loop above 500 nodes (12.6 s for
    2,000 nodes and 50 iterations here); this dense, chunked form does the same sums in numpy.
    """
    if n == 1:
        return np.zeros((1, 2))
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    iterations = 50 if n <= 1000 else max(15, int(50 * (1000 / n) ** 2))
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    chunk = max(1, 2_000_000 // n)
    src, dst = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.empty(0, int), np.empty(0, int))
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        for start in range(0, n, chunk):
            delta = pos[start:start + chunk, None, :] - pos[None, :, :]
            dist2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-6)
            disp[start:start + chunk] += np.einsum("ijk,ij->ik", delta, (k * k) / dist2)
        if len(src):
            delta = pos[src] - pos[dst]
            pull = delta * (np.sqrt(np.einsum("ij,ij->i", delta, delta)) / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n)
        length = np.maximum(np.sqrt(np.einsum("ij,ij->i", disp, disp)), 0.01)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= np.median(pos, axis=0)
    radius = np.sqrt(np.einsum("ij,ij->i", pos, pos))
    # Scale by the 90th percentile, not the maximum: a node with no edge inside the community
    # drifts away and would squeeze the others into a dot. Such outliers are put on the rim.
    reach = float(np.percentile(radius, 90)) / 0.9
    if reach <= 0:
        return np.zeros_like(pos)
    pos /= reach
    radius /= reach
    outside = radius > 1.0
    pos[outside] /= radius[outside, None]
    return pos


def _pack_discs(radii: np.ndarray) -> np.ndarray:
    """Centres for discs (largest first) on a sunflower spiral, then pushed apart until none overlap."""
    count = len(radii)
    golden = math.pi * (3 - math.sqrt(5))
    area = np.cumsum(radii ** 2) - radii ** 2 / 2
    r = np.sqrt(area) * 1.1
    r[0] = 0.0
    angle = np.arange(count) * golden
    centres = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    if count == 1:
        return centres
    gap = 20.0
    for _ in range(60):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.sqrt(np.einsum("ijk,ijk->ij", delta, delta))
        np.fill_diagonal(dist, np.inf)
        overlap = np.maximum(radii[:, None] + radii[None, :] + gap - dist, 0.0)
        if not overlap.any():
            break
        dist = np.where(np.isfinite(dist) & (dist > 1e-9), dist, 1e-9)
        push = np.einsum("ijk,ij->ik", delta, overlap / (2 * dist))
        centres += push
    return centres


# ---------------------------------------------------------------------------------------------
# Small helpers


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network 9.1.2's JavaScript and CSS as pyvis ships them."""
    from importlib.util import find_spec

    hint = "the HTML export inlines the vis-network build that pyvis ships; install it: pip install 'pyvis>=0.3.2'"
    spec = find_spec("pyvis")   # found, not imported: we need its files, not its code
    if spec is None or not spec.submodule_search_locations:
        raise ExportError(hint)
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / "vis-9.1.2"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as err:
        raise ExportError(f"{hint} (cannot read {lib}: {err.strerror or err})") from err
    if re.search(r"</script|<!--", js, re.I) or re.search(r"</style", css, re.I):
        raise ExportError("pyvis's vis-network files cannot be inlined safely (they contain a closing tag)")
    return js, css


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _num(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _round(value: Any) -> float:
    return float(f"{_num(value):.6g}")


def _int(value: Any) -> int:
    return int(_num(value))


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return _str(graph.nodes[node].get("name", node))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _evidence_order(ev: dict[str, Any]) -> tuple[float, str, int, int, str]:
    """The most confident sentence first, then by document and offset."""
    return -_num(ev.get("confidence")), _str(ev.get("doc")), _int(ev.get("start")), _int(ev.get("end")), \
        _str(ev.get("text"))


def _sorted_evidence(evidence: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(evidence, key=_evidence_order)


def _community_colour(rank: int) -> str:
    if rank < len(COMMUNITY_PALETTE):
        return COMMUNITY_PALETTE[rank]
    return _generated_colours(rank + 1, offset=rank)[rank]


def _generated_colours(count: int, *, offset: int = 0) -> list[str]:
    """Distinct colours by the golden angle in hue, deterministic."""
    colours = []
    for i in range(count):
        hue = ((i + offset) * 0.618033988749895) % 1.0
        red, green, blue = colorsys.hls_to_rgb(hue, 0.55, 0.55)
        colours.append(f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}")
    return colours


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def _md(text: str) -> str:
    """Plain text for Markdown: whitespace collapsed, markup characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


# ---------------------------------------------------------------------------------------------
# The page: markup, style and script (no corpus string is ever parsed as HTML)

_BODY = """<header>
<h1 id="title">@TITLE@</h1>
<p id="summary" aria-live="polite"></p>
</header>
<div id="app">
<aside id="controls" aria-label="Search and filters">
<section>
<label for="search">Find an entity</label>
<input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="any name, English or 中文">
<ul id="search-results" role="listbox"></ul>
</section>
<section>
<h2>Colour by</h2>
<label><input type="radio" name="colour-by" value="type" checked> entity type</label>
<label><input type="radio" name="colour-by" value="community"> community</label>
<div id="legend"></div>
</section>
<section>
<h2>Entity types</h2>
<div id="type-filters"></div>
</section>
<section>
<h2>Relations</h2>
<div id="relation-filters"></div>
<label class="toggle"><input type="checkbox" id="show-cooccurrence"> show co-occurrence edges</label>
</section>
<section>
<h2>Centrality</h2>
<label for="min-centrality">hide the least central</label>
<input id="min-centrality" type="range" min="0" max="99" step="1" value="0">
<p id="min-centrality-value" class="muted"></p>
</section>
<section>
<h2>Community</h2>
<select id="community" aria-label="Show one community alone"><option value="">all communities</option></select>
</section>
</aside>
<main>
<div id="network" aria-label="Graph"></div>
<div id="tooltip" role="tooltip" hidden></div>
</main>
<aside id="panel" aria-live="polite"><p class="muted">Click an entity or a relation to see its details and the sentences that support it.</p></aside>
</div>
<section id="communities"><h2>Communities</h2><p id="communities-note" class="muted"></p><div id="community-cards"></div></section>
"""

_STYLE = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fafafa}
header{padding:8px 16px;border-bottom:1px solid #ddd;background:#fff}
header h1{font-size:18px;margin:0}
#summary{margin:2px 0 0;color:#555}
#app{display:grid;grid-template-columns:260px 1fr 360px;height:calc(100vh - 64px);min-height:420px}
#controls,#panel{overflow:auto;padding:8px 12px;background:#fff}
#controls{border-right:1px solid #ddd}
#panel{border-left:1px solid #ddd;overflow-wrap:anywhere}
#controls section{margin-bottom:12px}
#controls h2{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#666;margin:8px 0 4px}
#controls label{display:block;cursor:pointer}
#search{width:100%;padding:5px 6px;font:inherit}
#search-results{list-style:none;margin:4px 0 0;padding:0;max-height:240px;overflow:auto}
#search-results li{padding:3px 4px;cursor:pointer;border-radius:3px}
#search-results li:hover,#search-results li.active{background:#e8eef7}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 5px 0 2px;vertical-align:baseline}
.line{display:inline-block;width:14px;height:3px;margin:0 5px 3px 2px;vertical-align:middle}
.count,.muted{color:#777}
.toggle{margin-top:6px}
#min-centrality{width:100%}
#community{width:100%}
main{position:relative;min-width:0}
#network{position:absolute;inset:0;background:#fff}
#tooltip{position:absolute;z-index:10;max-width:320px;padding:6px 8px;background:#fffff4;border:1px solid #aaa;border-radius:4px;box-shadow:2px 2px 8px rgba(0,0,0,.2);pointer-events:none;overflow-wrap:anywhere}
#panel h2{font-size:17px;margin:6px 0}
#panel h3{font-size:13px;margin:12px 0 4px;color:#555}
#panel ul{margin:0;padding-left:18px}
#panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
#panel dt{color:#666}
#panel dd{margin:0}
.edge{margin:6px 0;padding:4px 0;border-top:1px solid #eee}
.evidence{margin:3px 0 3px 6px;padding-left:8px;border-left:3px solid #ccd}
.source{color:#777;font-size:12px}
button.link{background:none;border:none;padding:0;color:#1a5fb4;cursor:pointer;font:inherit;text-align:left}
button.link:hover{text-decoration:underline}
button.link:disabled{color:#444;cursor:default;text-decoration:none}
.rel{font-style:italic;color:#555}
.note{background:#fff6d6;padding:4px 6px;border-radius:3px}
#communities{padding:12px 16px;border-top:1px solid #ddd}
#communities>h2{font-size:18px;margin:0 0 4px}
#community-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 12px}
.card h3{font-size:15px;margin:2px 0 6px}
.card ol,.card ul{margin:0 0 6px;padding-left:20px}
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("graphkit-data").textContent);
  var NODES = DATA.nodes, EDGES = DATA.edges;
  var api = window.graphkit = { data: DATA, ready: false, readyAt: null, animating: false };

  // Every corpus string goes through textContent: nothing here parses data as HTML.
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function fmt(v) { return v === null || v === undefined ? "–" : Number(v).toPrecision(3); }
  function typeName(t) { return t ? t : "untyped"; }
  function swatch(colour, cls) { var s = el("span", null, cls || "swatch"); s.style.background = colour; return s; }
  function fold(s) { return String(s).normalize("NFKC").toLowerCase(); }
  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }

  var typeColour = {}, relationInfo = {}, communityInfo = {}, iriToId = {};
  DATA.types.forEach(function (t) { typeColour[t.type] = t.colour; });
  DATA.relations.forEach(function (r) { relationInfo[r.relation] = r; });
  DATA.communities.forEach(function (c) { communityInfo[c.community] = c; });
  NODES.forEach(function (n) { iriToId[n.iri] = n.id; n._keys = n.labels.map(fold); });
  var incident = NODES.map(function () { return []; });
  EDGES.forEach(function (e) { incident[e.from].push(e.id); if (e.to !== e.from) incident[e.to].push(e.id); });

  // ---- filter state
  var state = {
    colourBy: "type",
    types: {}, relations: {},
    minPct: 0, community: null
  };
  DATA.types.forEach(function (t) { state.types[t.type] = true; });
  DATA.relations.forEach(function (r) { state.relations[r.relation] = r.shown; });
  var sortedRank = NODES.map(function (n) { return n.pagerank; }).sort(function (a, b) { return a - b; });
  function threshold() {
    if (state.minPct <= 0 || !sortedRank.length) return -Infinity;
    return sortedRank[Math.min(sortedRank.length - 1, Math.floor(state.minPct / 100 * sortedRank.length))];
  }
  var nodeShown = [], edgeShown = [];
  function computeVisibility() {
    var min = threshold();
    nodeShown = NODES.map(function (n) {
      return state.types[n.type] !== false && n.pagerank >= min &&
        (state.community === null || n.community === state.community);
    });
    edgeShown = EDGES.map(function (e) {
      return state.relations[e.relation] !== false && nodeShown[e.from] && nodeShown[e.to];
    });
  }
  function nodeColour(n) {
    var c = state.colourBy === "community" && n.community !== null && communityInfo[n.community]
      ? communityInfo[n.community].colour : (typeColour[n.type] || "#9d9d9d");
    return { background: c, border: "#555", highlight: { background: c, border: "#000" },
             hover: { background: c, border: "#000" } };
  }
  function visNode(n) {
    return { id: n.id, x: n.x, y: n.y, size: n.size, label: n.name, color: nodeColour(n), hidden: !nodeShown[n.id] };
  }
  // vis-network already leaves out the edges of hidden nodes, so an edge's own "hidden" flag
  // carries only the relation filter: a type filter then costs one DataSet update, not two.
  function edgeHidden(e) { return state.relations[e.relation] === false; }
  function visEdge(e) {
    var r = relationInfo[e.relation];
    var v = { id: e.id, from: e.from, to: e.to, hidden: edgeHidden(e),
              color: { color: r.colour, highlight: "#222", hover: "#444", opacity: e.relation === "coOccursWith" ? 0.6 : 0.9 },
              width: Math.min(1 + Math.log2(Math.max(1, e.weight)), 6) };
    if (!r.directed) v.arrows = { to: { enabled: false } };
    if (e.curve) v.smooth = { enabled: true, type: e.curve[0], roundness: e.curve[1] };
    return v;
  }

  computeVisibility();
  var relationHidden = EDGES.map(edgeHidden);
  var nodes = new vis.DataSet(NODES.map(visNode));
  var edges = new vis.DataSet(EDGES.map(visEdge));
  var big = EDGES.length > 4000;
  // Arrowheads cost half of a frame and are sub-pixel when zoomed out: drawn only from ARROW_SCALE.
  var ARROW_SCALE = 0.35, arrowsOn = NODES.length <= 300;
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { shape: "dot", borderWidth: 1, borderWidthSelected: 3,
             font: { size: 14, face: "system-ui, 'Noto Sans CJK SC', 'PingFang SC', sans-serif", color: "#222" } },
    edges: { smooth: false, selectionWidth: 2, hoverWidth: 0.5, arrows: { to: { enabled: arrowsOn, scaleFactor: 0.5 } } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   keyboard: false, multiselect: false, navigationButtons: false }
  });
  api.network = network; api.nodes = nodes; api.edges = edges;
  network.once("afterDrawing", function () { api.ready = true; api.readyAt = performance.now(); setTimeout(updateArrows, 0); });
  function updateArrows() {
    var on = network.getScale() >= ARROW_SCALE;
    if (on === arrowsOn) return;
    arrowsOn = on;
    network.setOptions({ edges: { arrows: { to: { enabled: on, scaleFactor: 0.5 } } } });
  }
  network.on("zoom", updateArrows);
  network.on("animationFinished", updateArrows);
  network.on("animationFinished", function () { api.animating = false; });

  // ---- summary line
  function updateSummary() {
    var n = 0, m = 0;
    nodeShown.forEach(function (s) { if (s) n++; });
    edgeShown.forEach(function (s) { if (s) m++; });
    var text = DATA.truncated
      ? "Showing " + NODES.length.toLocaleString("en") + " of " + plural(DATA.totalNodes, "entity", "entities") +
        " (the most central by PageRank) and " + EDGES.length.toLocaleString("en") + " of " +
        plural(DATA.totalEdges, "relation", "relations") + "."
      : plural(NODES.length, "entity", "entities") + " and " + plural(EDGES.length, "relation", "relations") + ".";
    text += " Visible now: " + plural(n, "entity", "entities") + ", " + plural(m, "edge", "edges") + ".";
    document.getElementById("summary").textContent = text;
    api.visible = { nodes: n, edges: m };
  }

  function applyFilters() {
    var oldNodes = nodeShown, oldHidden = relationHidden;
    computeVisibility();
    relationHidden = EDGES.map(edgeHidden);
    var nu = [], eu = [];
    NODES.forEach(function (n) { if (oldNodes[n.id] !== nodeShown[n.id]) nu.push({ id: n.id, hidden: !nodeShown[n.id] }); });
    EDGES.forEach(function (e) { if (oldHidden[e.id] !== edgeHidden(e)) eu.push({ id: e.id, hidden: edgeHidden(e) }); });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    var min = threshold();
    document.getElementById("min-centrality-value").textContent = state.minPct <= 0
      ? "all entities" : "PageRank ≥ " + fmt(min) + " (the lowest " + state.minPct + " % hidden)";
    updateSummary();
  }
  function recolour() {
    nodes.update(NODES.map(function (n) { return { id: n.id, color: nodeColour(n) }; }));
    renderLegend();
  }

  // ---- controls
  var typeBox = document.getElementById("type-filters");
  DATA.types.forEach(function (t) {
    var input = el("input"); input.type = "checkbox"; input.checked = true; input.dataset.type = t.type;
    input.addEventListener("change", function () { state.types[t.type] = input.checked; applyFilters(); });
    typeBox.appendChild(add(el("label"), input, swatch(t.colour), typeName(t.type) + " ", el("span", "(" + t.count + ")", "count")));
  });
  var relationBox = document.getElementById("relation-filters");
  var coBox = document.getElementById("show-cooccurrence");
  DATA.relations.forEach(function (r) {
    if (r.relation === "coOccursWith") return;
    var input = el("input"); input.type = "checkbox"; input.checked = r.shown; input.dataset.relation = r.relation;
    input.addEventListener("change", function () { state.relations[r.relation] = input.checked; applyFilters(); });
    relationBox.appendChild(add(el("label"), input, swatch(r.colour, "line"), r.relation + " ", el("span", "(" + r.count + ")", "count")));
  });
  if (relationInfo.coOccursWith) {
    coBox.checked = false; coBox.dataset.relation = "coOccursWith";
    coBox.parentNode.appendChild(el("span", " (" + relationInfo.coOccursWith.count + ")", "count"));
    coBox.addEventListener("change", function () { state.relations.coOccursWith = coBox.checked; applyFilters(); });
  } else {
    coBox.disabled = true; coBox.parentNode.classList.add("muted");
  }
  var slider = document.getElementById("min-centrality");
  var pending = false;
  slider.addEventListener("input", function () {
    state.minPct = Number(slider.value);
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; applyFilters(); });
  });
  var select = document.getElementById("community");
  DATA.communities.slice(0, 500).forEach(function (c) {
    select.appendChild(new Option("community " + c.community + " (" + c.shown +
      (c.shown !== c.size ? " of " + c.size : "") + ")", String(c.community)));
  });
  function showCommunity(c) {
    state.community = c;
    select.value = c === null ? "" : String(c);
    applyFilters();
    if (c !== null) {
      network.fit({ nodes: NODES.filter(function (n) { return nodeShown[n.id]; }).map(function (n) { return n.id; }),
                    animation: { duration: 300 } });
      api.animating = true;   // after: starting a view animation ends the running one, which reports finished
    }
  }
  select.addEventListener("change", function () { showCommunity(select.value === "" ? null : Number(select.value)); });
  document.querySelectorAll("input[name=colour-by]").forEach(function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) { state.colourBy = radio.value; recolour(); } });
  });
  function renderLegend() {
    var legend = document.getElementById("legend");
    legend.replaceChildren();
    if (state.colourBy === "type") {
      add(legend, el("p", "Node colour = entity type (see Entity types); size = PageRank.", "muted"));
      return;
    }
    DATA.communities.slice(0, 12).forEach(function (c) {
      var b = el("button", "community " + c.community + " (" + c.shown + ")", "link");
      b.addEventListener("click", function () { showCommunity(c.community); });
      legend.appendChild(add(el("div"), swatch(c.colour), b));
    });
    if (DATA.communities.length > 12) legend.appendChild(el("p", (DATA.communities.length - 12) + " more communities in further colours.", "muted"));
  }

  // ---- tooltip (built from text nodes; vis-network's own titles would be parsed as HTML)
  var tooltip = document.getElementById("tooltip");
  function showTooltip(pointer, parts) {
    tooltip.replaceChildren.apply(tooltip, parts);
    tooltip.hidden = false;
    var w = container.clientWidth, h = container.clientHeight;
    var x = pointer.x + 14, y = pointer.y + 14;
    if (x + tooltip.offsetWidth > w) x = Math.max(0, pointer.x - tooltip.offsetWidth - 8);
    if (y + tooltip.offsetHeight > h) y = Math.max(0, pointer.y - tooltip.offsetHeight - 8);
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; tooltip.replaceChildren(); }
  network.on("hoverNode", function (p) {
    var n = NODES[p.node];
    var aliases = n.labels.filter(function (l) { return l !== n.name; });
    var parts = [el("strong", n.name), el("div", typeName(n.type), "muted")];
    if (aliases.length) parts.push(el("div", "also: " + aliases.slice(0, 8).join(" · ") + (aliases.length > 8 ? " …" : "")));
    parts.push(el("div", "PageRank " + fmt(n.pagerank) + (n.community !== null ? " · community " + n.community : ""), "muted"));
    showTooltip(p.pointer.DOM, parts);
  });
  network.on("hoverEdge", function (p) {
    var e = EDGES[p.edge];
    showTooltip(p.pointer.DOM, [add(el("div"), el("strong", NODES[e.from].name), " ", el("span", e.relation, "rel"), " ",
      el("strong", NODES[e.to].name)), el("div", plural(e.evidenceCount, "sentence", "sentences"), "muted")]);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTooltip); });

  // ---- side panel
  var panel = document.getElementById("panel");
  function nodeButton(id) {
    var b = el("button", NODES[id].name, "link");
    b.addEventListener("click", function () { pick(id); });
    return b;
  }
  function evidenceList(e) {
    var box = el("div");
    e.evidence.forEach(function (ev) {
      box.appendChild(add(el("div", null, "evidence"), el("div", ev.text, "sentence"),
        el("div", "— " + ev.doc + " · chars " + ev.start + "–" + ev.end + " · " + ev.pass + " · " + fmt(ev.confidence), "source")));
    });
    if (e.evidenceCount > e.evidence.length)
      box.appendChild(el("div", (e.evidenceCount - e.evidence.length) + " more sentences are in graph.ttl.", "muted"));
    return box;
  }
  function showNode(id) {
    var n = NODES[id];
    api.panel = { kind: "node", id: id };
    var aliases = n.labels.filter(function (l) { return l !== n.name; });
    var parts = [el("h2", n.name)];
    if (!nodeShown[id]) parts.push(el("p", "Hidden by the current filters.", "note"));
    var dl = el("dl");
    function row(k, v) { add(dl, el("dt", k), v instanceof Node ? add(el("dd"), v) : el("dd", v)); }
    row("type", add(el("span"), swatch(typeColour[n.type] || "#9d9d9d"), typeName(n.type)));
    if (n.community !== null) {
      var cb = el("button", "community " + n.community + " (show alone)", "link");
      cb.addEventListener("click", function () { showCommunity(n.community); });
      row("community", cb);
    }
    row("PageRank", fmt(n.pagerank));
    row("degree centrality", fmt(n.degree));
    row("mentions", String(n.mentions));
    row("IRI", n.iri);
    parts.push(dl);
    if (aliases.length) {
      parts.push(el("h3", "Names and aliases"));
      var ul = el("ul"); aliases.forEach(function (a) { ul.appendChild(el("li", a)); }); parts.push(ul);
    }
    parts.push(el("h3", "Documents (" + n.docCount + ")"));
    var dul = el("ul"); n.docs.forEach(function (d) { dul.appendChild(el("li", d)); }); parts.push(dul);
    if (n.docCount > n.docs.length) parts.push(el("p", (n.docCount - n.docs.length) + " more documents.", "muted"));
    var list = incident[id].slice().sort(function (a, b) {
      var ea = EDGES[a], eb = EDGES[b];
      var ca = ea.relation === "coOccursWith", cbb = eb.relation === "coOccursWith";
      return ca !== cbb ? (ca ? 1 : -1) : (eb.weight - ea.weight) || (a - b);
    });
    parts.push(el("h3", "Relations (" + list.length + ")"));
    var box = el("div");
    var limit = 60;
    function renderEdges() {
      box.replaceChildren();
      list.slice(0, limit).forEach(function (eid) {
        var e = EDGES[eid];
        var head = e.from === id ? el("strong", n.name) : nodeButton(e.from);
        var tail = e.to === id ? el("strong", n.name) : nodeButton(e.to);
        var open = el("button", "details", "link");
        open.addEventListener("click", function () { pickEdge(eid); });
        box.appendChild(add(el("div", null, "edge"),
          add(el("div"), head, " ", el("span", e.relation, "rel"), " ", tail, " ",
              el("span", "(" + plural(e.evidenceCount, "sentence", "sentences") + ") ", "muted"), open),
          evidenceList(e)));
      });
      if (list.length > limit) {
        var more = el("button", "show all " + list.length + " relations", "link");
        more.addEventListener("click", function () { limit = list.length; renderEdges(); });
        box.appendChild(more);
      }
    }
    renderEdges();
    parts.push(box);
    panel.replaceChildren.apply(panel, parts);
    panel.scrollTop = 0;
  }
  function showEdge(id) {
    var e = EDGES[id];
    api.panel = { kind: "edge", id: id };
    var parts = [el("h2", e.relation),
      add(el("p"), nodeButton(e.from), relationInfo[e.relation].directed ? " → " : " — ", nodeButton(e.to))];
    if (!edgeShown[id]) parts.push(el("p", "Hidden by the current filters.", "note"));
    var dl = el("dl");
    add(dl, el("dt", "sentences"), el("dd", String(e.evidenceCount)), el("dt", "weight"), el("dd", String(e.weight)),
        el("dt", "confidence"), el("dd", fmt(e.confidence)));
    parts.push(dl, el("h3", "Evidence"), evidenceList(e));
    panel.replaceChildren.apply(panel, parts);
    panel.scrollTop = 0;
  }
  function clearPanel() {
    api.panel = null;
    panel.replaceChildren(el("p", "Click an entity or a relation to see its details and the sentences that support it.", "muted"));
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else clearPanel();
  });
  function pick(id) {
    showNode(id);
    if (nodeShown[id]) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
      api.animating = true;
    } else {
      network.unselectAll();
    }
  }
  function pickEdge(id) {
    showEdge(id);
    if (edgeShown[id]) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
  }

  // ---- search over every name, in either language, case-insensitively
  function search(query) {
    var q = fold(query).trim();
    if (!q) return [];
    var hits = [];
    NODES.forEach(function (n) {
      var best = 3, label = null;
      n._keys.forEach(function (k, i) {
        var at = k.indexOf(q);
        if (at < 0) return;
        var score = k === q ? 0 : at === 0 ? 1 : 2;
        if (score < best) { best = score; label = n.labels[i]; }
      });
      if (label !== null) hits.push({ id: n.id, score: best, label: label });
    });
    hits.sort(function (a, b) { return a.score - b.score || NODES[b.id].pagerank - NODES[a.id].pagerank || a.id - b.id; });
    return hits;
  }
  var box = document.getElementById("search"), results = document.getElementById("search-results");
  function renderResults() {
    var hits = search(box.value).slice(0, 30);
    results.replaceChildren();
    hits.forEach(function (h, i) {
      var n = NODES[h.id];
      var li = el("li", null, i === 0 ? "active" : "");
      li.setAttribute("role", "option");
      li.dataset.node = String(h.id);
      add(li, swatch(typeColour[n.type] || "#9d9d9d"), el("span", n.name));
      if (h.label !== n.name) add(li, " ", el("span", "(" + h.label + ")", "muted"));
      li.addEventListener("click", function () { pick(h.id); });
      results.appendChild(li);
    });
    if (box.value.trim() && !hits.length) results.appendChild(el("li", "no entity has that name", "muted"));
    return hits;
  }
  box.addEventListener("input", renderResults);
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hits = renderResults(); if (hits.length) pick(hits[0].id); }
    else if (ev.key === "Escape") { box.value = ""; results.replaceChildren(); }
  });

  // ---- community overview
  function renderCommunities() {
    var cards = document.getElementById("community-cards");
    var shownCommunities = {};
    DATA.communities.forEach(function (c) { shownCommunities[c.community] = c; });
    document.getElementById("communities-note").textContent =
      "The " + DATA.overview.length + " largest communities of the whole graph, largest first: their most central entities and typed relations with one supporting sentence each.";
    DATA.overview.forEach(function (c) {
      var info = shownCommunities[c.community];
      var card = el("div", null, "card");
      var head = el("h3");
      if (info) head.appendChild(swatch(info.colour));
      add(head, "community " + c.community + " · " + plural(c.size, "entity", "entities"));
      card.appendChild(head);
      if (info) {
        var b = el("button", "show alone", "link");
        b.addEventListener("click", function () { showCommunity(c.community); container.scrollIntoView(); });
        card.appendChild(b);
      }
      card.appendChild(el("div", "Most central", "muted"));
      var ol = el("ol");
      c.central.forEach(function (x) {
        var id = iriToId[x.iri];
        var item = id === undefined ? el("span", x.name) : nodeButton(id);
        ol.appendChild(add(el("li"), item, el("span", " " + typeName(x.type) + " · " + fmt(x.pagerank), "muted")));
      });
      card.appendChild(ol);
      card.appendChild(el("div", c.relations.length ? "Typed relations (" + c.relationCount + ")" : "No typed relations inside this community.", "muted"));
      var ul = el("ul");
      c.relations.forEach(function (r) {
        var li = add(el("li"), el("strong", r.headName), " ", el("span", r.relation, "rel"), " ", el("strong", r.tailName));
        if (r.evidence) add(li, el("div", r.evidence.text, "evidence"), el("div", "— " + r.evidence.doc, "source"));
        ul.appendChild(li);
      });
      card.appendChild(ul);
      cards.appendChild(card);
    });
  }

  renderLegend();
  applyFilters();
  renderCommunities();
  api.search = search;
  api.pick = pick;
  api.showNode = showNode;
  api.showEdge = showEdge;
  api.pickEdge = pickEdge;
  api.applyFilters = applyFilters;
  api.isNodeShown = function (id) { return !!nodeShown[id]; };
  api.nodeId = function (iri) { return iriToId[iri]; };
})();
"""
