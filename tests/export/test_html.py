"""The HTML explorer opened in a real headless Chromium with the network blocked.

Every browser test builds its own small graph in the graph shape the pipeline produces, writes
the page, opens it from file:// and checks what a reader would see and click.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphkit.export import get_exporter
from graphkit.export.html import build_html, communities_markdown, write_communities, write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
R = "https://w3id.org/graphkit/resource/entity/"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_CLOSE = "</script><script>window.__pwned=1</script>"
HOSTILE_QUOTES = "\"quotes\" & 'apostrophes' \u2028<!--"
HOSTILE_URL = "javascript:window.__pwned=1"

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason=f"{CHROMIUM} is missing (apt-get install chromium); CI installs it")


# ---------------------------------------------------------------------------------------------
# Fixture graphs, in the shape of the contract


def _node(g: nx.MultiDiGraph, key: str, name: str, type_: str | None, *, labels: list[str] | None = None,
          community: int = 0, pagerank: float = 0.1, docs: list[str] | None = None) -> str:
    iri = key if "://" in key else R + key
    g.add_node(iri, name=name, type=type_, labels=labels or [name], docs=docs or ["a.txt"], mentions=3,
               degree=0.25, pagerank=pagerank, community=community)
    return iri


def _edge(g: nx.MultiDiGraph, head: str, relation: str, tail: str, *sentences: str, doc: str = "a.txt",
          confidence: float = 0.8) -> None:
    evidence = [{"doc": doc, "start": 10 * i, "end": 10 * i + len(text), "text": text, "pass": "relations",
                 "confidence": confidence} for i, text in enumerate(sentences)]
    g.add_edge(head, tail, key=relation, relation=relation, weight=max(1, len(evidence)), confidence=confidence,
               evidence=evidence)


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(title="AI 知识图谱")
    kc = _node(g, "kolmogorov-complexity", "Kolmogorov complexity", "Concept",
               labels=["Kolmogorov complexity", "K-complexity", "柯氏复杂度"], pagerank=0.22, docs=["zh.txt", "en.md"])
    ak = _node(g, "andrey-kolmogorov", "Andrey Kolmogorov", "Person", labels=["Andrey Kolmogorov", "柯尔莫哥洛夫"],
               pagerank=0.18)
    solomonoff = _node(g, "ray-solomonoff", "Ray Solomonoff", "Person", labels=["Ray Solomonoff", "所罗门诺夫"],
                       pagerank=0.12)
    openai = _node(g, "openai", "OpenAI", "Organization", community=1, pagerank=0.2)
    chatgpt = _node(g, "chatgpt", "ChatGPT", "Model", community=1, pagerank=0.16)
    altman = _node(g, "sam-altman", "Sam Altman", "Person", community=1, pagerank=0.08)
    yang = _node(g, "yann-lecun", "Yann LeCun", "Person", labels=["Yann LeCun", "杨立昆"], community=2, pagerank=0.04)
    _edge(g, ak, "proposed", kc, "Kolmogorov proposed what is now called K-complexity.")
    _edge(g, solomonoff, "proposed", kc, "所罗门诺夫独立提出了柯氏复杂度。", doc="zh.txt")
    _edge(g, openai, "developed", chatgpt, "OpenAI released ChatGPT based on GPT-3.5 last year.",
          "ChatGPT, developed by OpenAI, was trained with RLHF.")
    _edge(g, altman, "worksFor", openai, "Sam Altman, the CEO of OpenAI, said the model was trained with RLHF.")
    _edge(g, yang, "criticized", chatgpt, "杨立昆教授批评了大模型的路线。", doc="zh.txt")
    _edge(g, openai, "coOccursWith", kc, "OpenAI and Kolmogorov complexity appear in one sentence.", confidence=0.3)
    _edge(g, altman, "coOccursWith", ak, "Sam Altman cited Andrey Kolmogorov.", confidence=0.3)
    return g


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(title=HOSTILE_SCRIPT + " title")
    script = _node(g, "script", HOSTILE_SCRIPT, "Person", labels=[HOSTILE_SCRIPT, HOSTILE_QUOTES], pagerank=0.3,
                   docs=[HOSTILE_URL, HOSTILE_IMG])
    img = _node(g, "img", HOSTILE_IMG, "Organization", labels=[HOSTILE_IMG, HOSTILE_URL], pagerank=0.25)
    close = _node(g, "https://example.org/" + HOSTILE_CLOSE, HOSTILE_CLOSE, "Concept", pagerank=0.2)
    _edge(g, script, "founded", img, HOSTILE_IMG + " founded " + HOSTILE_SCRIPT, doc=HOSTILE_URL)
    _edge(g, img, "developed", close, HOSTILE_QUOTES + HOSTILE_CLOSE, doc=HOSTILE_IMG)
    return g


def page_data(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="graphkit-data">(.*?)</script>', page, re.S)
    assert found, "the page has no graphkit-data element"
    return json.loads(found.group(1))


# ---------------------------------------------------------------------------------------------
# The browser


@dataclass
class Opened:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def panel(self) -> str:
        return self.page.locator("#panel").inner_text()

    def assert_clean(self, url: str) -> None:
        assert self.errors == [], self.errors
        assert self.blocked == [], f"the page tried to fetch {self.blocked}"
        assert self.requests == [url], f"the page requested more than itself: {self.requests}"
        assert self.js("window.__csp") == [], "a Content-Security-Policy violation: something tried to load"
        assert self.dialogs == []
        assert self.js("typeof window.__pwned") == "undefined"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); CI installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    contexts = []

    def opener(graph: nx.MultiDiGraph, name: str = "graph.html", **kwargs: Any) -> tuple[Opened, str]:
        path = tmp_path / name
        path.write_text(build_html(graph, **kwargs), encoding="utf-8")
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        opened = Opened(context.new_page())

        def route(r: Any) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        context.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation',"
                                " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
        page = opened.page
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.set_default_timeout(10_000)
        page.goto(path.as_uri())
        wait_until(page, "!!(window.graphkit && window.graphkit.ready)")
        return opened, path.as_uri()

    yield opener
    for context in contexts:
        context.close()


def wait_until(page: Any, expression: str, timeout: float = 10.0) -> None:
    """Poll ``expression`` through page.evaluate. (Playwright's wait_for_function polls with eval,
    which the page's Content-Security-Policy rightly refuses.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {expression}")
        page.wait_for_timeout(25)


def settle(opened: Opened) -> None:
    """Wait for a focus or fit animation to end, so that drawn positions stay put."""
    wait_until(opened.page, "window.graphkit.animating === false")


def node_dom_point(opened: Opened, iri: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    settle(opened)
    x, y = opened.js("""iri => {
        const g = window.graphkit, id = g.nodeId(iri);
        const p = g.network.canvasToDOM(g.network.getPositions([id])[id]);
        return [p.x, p.y]; }""", iri)
    box = opened.page.locator("#network").bounding_box()
    return box["x"] + x, box["y"] + y


def edge_dom_point(opened: Opened, edge_id: int) -> tuple[float, float]:
    """The midpoint of a straight edge, in page coordinates, checked to hit that edge and no node."""
    settle(opened)
    x, y = opened.js("""id => {
        const g = window.graphkit, e = g.edges.get(id), pos = g.network.getPositions([e.from, e.to]);
        const mid = { x: (pos[e.from].x + pos[e.to].x) / 2, y: (pos[e.from].y + pos[e.to].y) / 2 };
        const p = g.network.canvasToDOM(mid);
        if (g.network.getNodeAt(p) !== undefined || g.network.getEdgeAt(p) !== id) return null;
        return [p.x, p.y]; }""", edge_id) or pytest.fail(f"the midpoint of edge {edge_id} does not hit it alone")
    box = opened.page.locator("#network").bounding_box()
    return box["x"] + x, box["y"] + y


def visible_ids(opened: Opened) -> list[int]:
    return opened.js("window.graphkit.nodes.get({filter: n => !n.hidden}).map(n => n.id)")


# ---------------------------------------------------------------------------------------------
# 1. Loads offline and draws


@needs_chromium
def test_page_loads_offline_and_draws_every_node(open_page: Any) -> None:
    graph = small_graph()
    opened, url = open_page(graph)
    assert opened.js("window.graphkit.nodes.length") == graph.number_of_nodes()
    assert len(opened.js("Object.keys(window.graphkit.network.getPositions())")) == graph.number_of_nodes()
    # co-occurrence edges are in the data set but hidden by default
    assert opened.js("window.graphkit.edges.length") == graph.number_of_edges()
    assert opened.js("window.graphkit.visible") == {"nodes": 7, "edges": 5}
    # something was painted on the canvas
    assert opened.js("""(() => { const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] && d[i] + d[i + 1] + d[i + 2] < 600) ink++;
        return ink; })()""") > 500
    assert opened.page.title() == "AI 知识图谱"
    assert opened.page.locator("#title").inner_text() == "AI 知识图谱"
    assert "7 entities and 7 relations" in opened.page.locator("#summary").inner_text()
    labels = opened.js("window.graphkit.nodes.map(n => n.label)")
    assert "Kolmogorov complexity" in labels and "Yann LeCun" in labels
    opened.assert_clean(url)


@needs_chromium
def test_beyond_max_nodes_the_most_central_are_kept_and_the_page_says_so(open_page: Any) -> None:
    graph = nx.MultiDiGraph()
    iris = [_node(graph, f"n{i:02d}", f"Entity {i}", "Concept", community=i % 3, pagerank=(i + 1) / 1000)
            for i in range(30)]
    for a, b in zip(iris, iris[1:]):
        _edge(graph, a, "partOf", b, "A part of B.")
    opened, url = open_page(graph, max_nodes=10)
    shown = sorted(opened.js("window.graphkit.data.nodes.map(n => n.name)"))
    assert shown == sorted(f"Entity {i}" for i in range(20, 30))
    assert "Showing 10 of 30 entities" in opened.page.locator("#summary").inner_text()
    opened.assert_clean(url)


@needs_chromium
def test_an_empty_graph_and_an_untyped_entity_load_cleanly(open_page: Any) -> None:
    opened, url = open_page(nx.MultiDiGraph(), name="empty.html")
    assert opened.js("window.graphkit.nodes.length") == 0
    assert opened.page.locator("#community-cards .card").count() == 0
    opened.assert_clean(url)
    graph = nx.MultiDiGraph()
    _node(graph, "thing", "Something", None)
    opened, url = open_page(graph, name="untyped.html")
    assert opened.page.locator('#type-filters label').inner_text().startswith("untyped")
    opened.page.locator('input[data-type=""]').uncheck()
    assert visible_ids(opened) == []
    opened.assert_clean(url)


# ---------------------------------------------------------------------------------------------
# 2. Search by any name, in either language


@needs_chromium
@pytest.mark.parametrize("query", ["K-complexity", "k-COMPLEX", "柯氏复杂度", "复杂度"])
def test_search_finds_a_node_by_any_of_its_names(open_page: Any, query: str) -> None:
    opened, url = open_page(small_graph())
    box = opened.page.locator("#search")
    box.fill(query)
    first = opened.page.locator("#search-results li").first
    assert first.inner_text().startswith("Kolmogorov complexity")
    box.press("Enter")
    node = opened.js(f"window.graphkit.nodeId({json.dumps(R + 'kolmogorov-complexity')})")
    assert opened.js("window.graphkit.network.getSelectedNodes()") == [node]
    assert opened.page.locator("#panel h2").inner_text() == "Kolmogorov complexity"
    panel = opened.panel()
    assert "柯氏复杂度" in panel and "K-complexity" in panel and "Concept" in panel
    assert "Kolmogorov proposed what is now called K-complexity." in panel
    opened.assert_clean(url)


@needs_chromium
def test_search_result_click_and_no_match(open_page: Any) -> None:
    opened, url = open_page(small_graph())
    opened.page.locator("#search").fill("杨立")
    opened.page.locator("#search-results li").first.click()
    assert opened.page.locator("#panel h2").inner_text() == "Yann LeCun"
    opened.page.locator("#search").fill("no such entity")
    assert opened.page.locator("#search-results li").inner_text() == "no entity has that name"
    opened.assert_clean(url)


# ---------------------------------------------------------------------------------------------
# 3. Filters


@needs_chromium
def test_type_relation_community_and_centrality_filters(open_page: Any) -> None:
    graph = small_graph()
    opened, url = open_page(graph)
    page = opened.page
    people = {opened.js(f"window.graphkit.nodeId({json.dumps(n)})") for n, d in graph.nodes(data=True)
              if d["type"] == "Person"}
    assert len(people) == 4 and len(visible_ids(opened)) == 7

    page.locator('input[data-type="Person"]').uncheck()
    shown = set(visible_ids(opened))
    assert shown.isdisjoint(people) and len(shown) == 3
    assert opened.js("window.graphkit.visible") == {"nodes": 3, "edges": 1}   # OpenAI developed ChatGPT
    page.locator('input[data-type="Person"]').check()
    assert len(visible_ids(opened)) == 7

    # co-occurrence edges: hidden by default, shown by the toggle
    cooc = ("window.graphkit.edges.get({filter: e => !e.hidden})"
            ".filter(e => window.graphkit.data.edges[e.id].relation === 'coOccursWith').length")
    assert opened.js(cooc) == 0
    page.locator("#show-cooccurrence").check()
    assert opened.js(cooc) == 2
    page.locator('input[data-relation="proposed"]').uncheck()
    assert opened.js("window.graphkit.visible.edges") == 5

    # one community alone
    page.locator("#community").select_option("1")
    names = sorted(opened.js("window.graphkit.nodes.get({filter: n => !n.hidden}).map(n => n.label)"))
    assert names == ["ChatGPT", "OpenAI", "Sam Altman"]
    page.locator("#community").select_option("")
    assert len(visible_ids(opened)) == 7

    # the centrality slider hides the least central first
    page.locator("#min-centrality").fill("50")
    wait_until(page, "window.graphkit.visible.nodes === 4")
    names = sorted(opened.js("window.graphkit.nodes.get({filter: n => !n.hidden}).map(n => n.label)"))
    assert names == ["Andrey Kolmogorov", "ChatGPT", "Kolmogorov complexity", "OpenAI"]
    assert "PageRank ≥" in page.locator("#min-centrality-value").inner_text()
    opened.assert_clean(url)


@needs_chromium
def test_colour_by_community_and_the_community_overview(open_page: Any) -> None:
    opened, url = open_page(small_graph())
    page = opened.page
    node = opened.js(f"window.graphkit.nodeId({json.dumps(R + 'openai')})")
    by_type = opened.js(f"window.graphkit.nodes.get({node}).color.background")
    page.locator('input[name="colour-by"][value="community"]').check()
    by_community = opened.js(f"window.graphkit.nodes.get({node}).color.background")
    assert by_type == "#4e79a7" and by_community != by_type
    assert page.locator("#legend button").count() == 3
    cards = page.locator("#community-cards .card")
    assert cards.count() == 3
    first = cards.first.inner_text()   # the largest community first: three nodes, ties broken by id
    assert first.startswith("community 0 · 3 entities")
    assert "Kolmogorov complexity" in first and "Kolmogorov proposed what is now called K-complexity." in first
    cards.nth(1).get_by_role("button", name="show alone").click()
    assert opened.js("window.graphkit.visible.nodes") == 3
    opened.assert_clean(url)


# ---------------------------------------------------------------------------------------------
# 4. Clicking a node and an edge


@needs_chromium
def test_clicking_an_edge_shows_its_evidence(open_page: Any) -> None:
    graph = small_graph()
    opened, url = open_page(graph)
    edge = opened.js("window.graphkit.data.edges.findIndex(e => e.relation === 'developed')")
    x, y = edge_dom_point(opened, edge)
    opened.page.mouse.click(x, y)
    assert opened.js("window.graphkit.panel") == {"kind": "edge", "id": edge}
    assert opened.page.locator("#panel h2").inner_text() == "developed"
    panel = opened.panel()
    assert "OpenAI → ChatGPT" in panel
    assert "OpenAI released ChatGPT based on GPT-3.5 last year." in panel
    assert "ChatGPT, developed by OpenAI, was trained with RLHF." in panel
    assert "a.txt" in panel
    opened.assert_clean(url)


@needs_chromium
def test_clicking_a_node_shows_names_documents_and_edges_with_evidence(open_page: Any) -> None:
    opened, url = open_page(small_graph())
    x, y = node_dom_point(opened, R + "kolmogorov-complexity")
    opened.page.mouse.move(x, y)
    tooltip = opened.page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert "K-complexity" in tooltip.inner_text() and "Concept" in tooltip.inner_text()
    opened.page.mouse.click(x, y)
    assert opened.page.locator("#panel h2").inner_text() == "Kolmogorov complexity"
    panel = opened.panel()
    for text in ("柯氏复杂度", "K-complexity", "zh.txt", "en.md", "community 0",
                 "Andrey Kolmogorov", "proposed", "所罗门诺夫独立提出了柯氏复杂度。",
                 "OpenAI and Kolmogorov complexity appear in one sentence."):
        assert text in panel, text
    # a neighbour in the panel is a link to that neighbour
    opened.page.locator("#panel button", has_text="Ray Solomonoff").click()
    assert opened.page.locator("#panel h2").inner_text() == "Ray Solomonoff"
    opened.assert_clean(url)


# ---------------------------------------------------------------------------------------------
# 5. A hostile corpus is shown as text and runs nothing


@needs_chromium
def test_hostile_corpus_is_shown_literally_and_runs_nothing(open_page: Any) -> None:
    opened, url = open_page(hostile_graph())
    page = opened.page
    assert page.title() == HOSTILE_SCRIPT + " title"
    assert page.locator("#title").inner_text() == HOSTILE_SCRIPT + " title"

    x, y = node_dom_point(opened, R + "img")
    page.mouse.move(x, y)
    page.locator("#tooltip").wait_for(state="visible")
    assert HOSTILE_IMG in page.locator("#tooltip").inner_text()
    assert HOSTILE_URL in page.locator("#tooltip").inner_text()
    page.mouse.click(x, y)
    assert page.locator("#panel h2").inner_text() == HOSTILE_IMG

    page.locator("#search").fill("<SCRIPT>")
    assert page.locator("#search-results li").first.inner_text().startswith(HOSTILE_SCRIPT)
    page.locator("#search").press("Enter")
    assert page.locator("#panel h2").inner_text() == HOSTILE_SCRIPT
    panel = page.locator("#panel").text_content()
    for text in (HOSTILE_QUOTES, HOSTILE_URL, HOSTILE_IMG, HOSTILE_IMG + " founded " + HOSTILE_SCRIPT):
        assert text in panel, text

    page.locator("#search").fill("</script>")
    page.locator("#search").press("Enter")
    assert page.locator("#panel h2").inner_text() == HOSTILE_CLOSE
    assert "https://example.org/" + HOSTILE_CLOSE in page.locator("#panel").text_content()

    edge = opened.js("window.graphkit.data.edges.findIndex(e => e.relation === 'developed')")
    page.mouse.click(*edge_dom_point(opened, edge))
    assert HOSTILE_QUOTES + HOSTILE_CLOSE in page.locator("#panel").text_content()

    assert HOSTILE_IMG in page.locator("#community-cards").text_content()
    # nothing became markup: no element came from the data
    assert opened.js("document.querySelectorAll('img, iframe, a[href], #app script, #communities script').length") == 0
    assert opened.js("document.querySelectorAll('script').length") == 3
    opened.assert_clean(url)


def test_embedded_data_cannot_close_its_script_element() -> None:
    page = build_html(hostile_graph())
    assert page.count("</script>") == 3   # the data, vis-network, ours: none from the corpus
    assert "<!--" not in page and "\u2028" not in page and "\u2029" not in page
    data = page_data(page)
    names = {n["name"] for n in data["nodes"]}
    assert names == {HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_CLOSE}
    assert "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt; title</title>" in page


# ---------------------------------------------------------------------------------------------
# 6. Determinism, the community overview, the writers


def _reversed(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    copy = nx.MultiDiGraph(**graph.graph)
    copy.add_nodes_from(reversed(list(graph.nodes(data=True))))
    copy.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    return copy


def test_the_page_is_deterministic() -> None:
    first = build_html(small_graph())
    assert first == build_html(small_graph())
    assert first == build_html(_reversed(small_graph()))   # insertion order does not matter
    data = page_data(first)
    assert [n["iri"] for n in data["nodes"]] == sorted(small_graph().nodes)


def test_communities_markdown_lists_communities_with_their_central_entities() -> None:
    text = communities_markdown(small_graph())
    assert text == communities_markdown(_reversed(small_graph()))
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Community 0 · 3 entities", "## Community 1 · 3 entities", "## Community 2 · 1 entity"]
    community0 = text.split("## Community 0")[1].split("## Community 1")[0]
    assert "Most central: **Kolmogorov complexity** (Concept" in community0
    assert community0.index("Kolmogorov complexity") < community0.index("Andrey Kolmogorov") \
        < community0.index("Ray Solomonoff")
    assert "Andrey Kolmogorov *proposed* Kolmogorov complexity (1 sentence): " \
           "“Kolmogorov proposed what is now called K-complexity.” — a.txt" in community0
    assert "OpenAI *developed* ChatGPT (2 sentences)" in text
    assert "coOccursWith" not in text
    hostile = communities_markdown(hostile_graph())
    assert re.search(r"(?<!\\)<", hostile) is None, "an unescaped < reaches the Markdown"
    assert r"\<img src=x" in hostile


def test_exporters_are_registered_and_writers_write_utf8(tmp_path: Path) -> None:
    html, communities = get_exporter("html"), get_exporter("communities")
    assert (html.filename, communities.filename) == ("graph.html", "communities.md")
    assert html(small_graph()) == build_html(small_graph()).encode("utf-8")
    assert communities(small_graph()) == communities_markdown(small_graph()).encode("utf-8")
    page = write_html(small_graph(), tmp_path / "out" / "graph.html")
    assert page.read_bytes().decode("utf-8") == build_html(small_graph())
    assert '<meta charset="utf-8">' in page.read_text(encoding="utf-8")
    md = write_communities(small_graph(), tmp_path / "out" / "communities.md")
    assert md.read_text(encoding="utf-8") == communities_markdown(small_graph())
