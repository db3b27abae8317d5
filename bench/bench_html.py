"""How fast the HTML explorer is built and becomes interactive in headless Chromium.

A seeded random graph in the pipeline's shape (default 5,000 entities, 20,000 edges, planted
communities, a third of the entities with a Chinese alias, one evidence sentence per edge) is
written with ``build_html`` and opened from file:// with the network blocked. Reported, as the
median of ``--runs`` runs:

* build: seconds for ``build_html`` (selection, layout, JSON), and the page size;
* ready: seconds from navigation to the first frame drawn by vis-network
  (``window.graphkit.readyAt``, set on the first ``afterDrawing``), and the wall-clock time
  until Python sees that flag;
* then, on the drawn page, timed inside the page up to the next frame drawn: a redraw, a real
  click on a node (from pointerdown), a search (a Chinese alias, then Enter: panel and focus),
  and unticking one entity type.

    .venv/bin/python bench/bench_html.py                  # max_nodes = 2000, the default
    .venv/bin/python bench/bench_html.py --max-nodes 5000 # every node on the page
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

from graphkit.export.html import build_html
from graphkit.export.atomic import write_text_atomic

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
TYPES = ["Person", "Organization", "Model", "Product", "Concept", "Work", "Place", "Event"]
RELATIONS = ["founded", "worksFor", "educatedAt", "developed", "basedOn", "proposed", "criticized", "investedIn",
             "partOf", "competesWith"]
R = "https://w3id.org/graphkit/resource/entity/"


def random_graph(nodes: int, edges: int, seed: int) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph(title=f"random {nodes} / {edges}")
    communities = 60
    weights = [1 / (c + 1) ** 0.7 for c in range(communities)]
    membership = rng.choices(range(communities), weights=weights, k=nodes)
    by_community: dict[int, list[int]] = {}
    for i, c in enumerate(membership):
        by_community.setdefault(c, []).append(i)
    iris = [f"{R}e{i:05d}" for i in range(nodes)]
    for i, iri in enumerate(iris):
        labels = [f"Entity {i}", f"E{i}"] + ([f"实体{i}号"] if i % 3 == 0 else [])
        g.add_node(iri, name=labels[0], type=rng.choice(TYPES), labels=labels,
                   docs=[f"doc{rng.randrange(500):03d}.txt" for _ in range(rng.randint(1, 3))],
                   mentions=rng.randint(1, 50), community=membership[i])
    made = 0   # MultiDiGraph.number_of_edges() walks the whole graph: count here instead
    while made < edges:
        u = rng.randrange(nodes)
        if rng.random() < 0.8:
            v = rng.choice(by_community[membership[u]])
        else:
            v = rng.randrange(nodes)
        if u == v:
            continue
        relation = "coOccursWith" if rng.random() < 0.4 else rng.choice(RELATIONS)
        if g.has_edge(iris[u], iris[v], key=relation):
            continue
        text = f"Entity {u} and Entity {v} appear here together, so {relation} holds between them (实体{u})."
        g.add_edge(iris[u], iris[v], key=relation, relation=relation, weight=1, confidence=0.7,
                   evidence=[{"doc": f"doc{rng.randrange(500):03d}.txt", "start": 0, "end": len(text), "text": text,
                              "pass": "bench", "confidence": 0.7}])
        made += 1
    simple = nx.DiGraph(g)
    pagerank = nx.pagerank(simple)
    degree = nx.degree_centrality(g)
    for node in g:
        g.nodes[node]["pagerank"] = pagerank[node]
        g.nodes[node]["degree"] = degree[node]
    return g


def poll(page, expression: str, timeout: float) -> float:
    """Seconds until ``expression`` is true (page.evaluate, not wait_for_function: the page's CSP forbids eval)."""
    start = time.perf_counter()
    while not page.evaluate(expression):
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{expression} still false after {timeout} s")
        page.wait_for_timeout(10)
    return time.perf_counter() - start


def measure_page(browser, path: Path, probe: str) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    fetched: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            fetched.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(path.as_uri(), timeout=120_000)
    poll(page, "!!(window.graphkit && window.graphkit.ready)", 120)
    wall = time.perf_counter() - start
    ready = page.evaluate("window.graphkit.readyAt") / 1000
    redraw = page.evaluate("""(() => { const times = [];
        for (let i = 0; i < 5; i++) { const t = performance.now(); window.graphkit.network.redraw();
                                      times.push(performance.now() - t); }
        return times.sort((a, b) => a - b)[2]; })()""") / 1000
    # Interactions are timed inside the page, from the input event to the next frame drawn, so
    # that Playwright's own round trips are not counted.
    page.evaluate("""(() => { const g = window.graphkit, box = document.getElementById('network');
        window.__bench = {};
        box.addEventListener('pointerdown', () => { window.__bench.down = performance.now(); }, { capture: true, once: true });
        g.network.once('click', () => g.network.once('afterDrawing', () => { window.__bench.drawn = performance.now(); }));
    })()""")
    node = page.evaluate("window.graphkit.data.nodes.reduce((a, b) => b.pagerank > a.pagerank ? b : a).id")
    x, y = page.evaluate(f"""(() => {{ const n = window.graphkit.network;
        const p = n.canvasToDOM(n.getPositions([{node}])[{node}]); return [p.x, p.y]; }})()""")
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)   # zoomed out, a neighbour may be hit: any node will do
    poll(page, "(window.graphkit.panel || {}).kind === 'node' && window.__bench.drawn !== undefined", 30)
    click = page.evaluate("window.__bench.drawn - window.__bench.down") / 1000
    next_frame = """async action => {
        const g = window.graphkit, t = performance.now();
        const drawn = new Promise(done => g.network.once('afterDrawing', done));
        const box = document.querySelector(action.selector);
        if (action.kind === 'search') {
            box.value = action.value; box.dispatchEvent(new Event('input'));
            box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        } else { box.checked = !box.checked; box.dispatchEvent(new Event('change')); }
        await Promise.race([drawn, new Promise(done => setTimeout(done, 20000))]);
        return (performance.now() - t) / 1000; }"""
    search = page.evaluate(next_frame, {"kind": "search", "selector": "#search", "value": probe})
    assert page.evaluate("window.graphkit.panel.kind") == "node"
    before = page.evaluate("window.graphkit.visible.nodes")
    filter_s = page.evaluate(next_frame, {"kind": "toggle", "selector": 'input[data-type="Person"]'})
    assert page.evaluate("window.graphkit.visible.nodes") < before
    context.close()
    if errors or fetched:
        raise SystemExit(f"the page is not clean: errors {errors}, fetched {fetched}")
    return {"wall": wall, "ready": ready, "redraw": redraw, "click": click, "search": search, "filter": filter_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--max-nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    t = time.perf_counter()
    graph = random_graph(args.nodes, args.edges, args.seed)
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"(generated with PageRank in {time.perf_counter() - t:.2f} s)")
    builds, pages = [], []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        path = Path(folder) / "graph.html"
        for _ in range(args.runs):
            t = time.perf_counter()
            text = build_html(graph, max_nodes=args.max_nodes)
            builds.append(time.perf_counter() - t)
            write_text_atomic(path, text)
            pages.append(measure_page(browser, path, probe="实体0号"))
        browser.close()
    size = len(text.encode("utf-8"))
    shown = min(args.max_nodes, graph.number_of_nodes())
    print(f"page: {shown} of {graph.number_of_nodes()} nodes shown, {size / 1e6:.2f} MB "
          f"(vis-network itself is 0.69 MB)")
    print(f"build_html: median {statistics.median(builds):.2f} s  (runs: {', '.join(f'{b:.2f}' for b in builds)})")
    for key, label in (("ready", "first frame drawn (readyAt, from navigation)"),
                       ("wall", "ready flag seen by Python (from goto)"),
                       ("redraw", "one full redraw (median of 5)"), ("click", "click a node -> panel, next frame"),
                       ("search", "search a Chinese alias + Enter -> next frame"),
                       ("filter", "untick a type -> next frame")):
        values = [p[key] for p in pages]
        print(f"{label:46s} median {statistics.median(values):6.3f} s  (runs: {', '.join(f'{v:.3f}' for v in values)})")


if __name__ == "__main__":
    main()
