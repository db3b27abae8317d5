"""`graphkit serve` and `graphkit push`: the SPARQL 1.1 Protocol and Graph Store Protocol, tested
against our own server on a free loopback port, every request bounded by a timeout and every
server stopped by the test that started it."""

from __future__ import annotations

import csv
import io
import json
import os
import select
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from graphkit.cli import main
from graphkit.errors import ExportError, UsageError
from graphkit.server import DEFAULT_GRAPH_IRI, SparqlServer, push_graph
from graphkit.store import load_store

TIMEOUT = 10  # seconds, for every request and for the server to start or stop
EX = """@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix r: <https://w3id.org/graphkit/resource/entity/> .
r:sam a gk:Person ; rdfs:label "Sam Altman"@en ; gk:founded r:openai .
r:openai a gk:Organization ; rdfs:label "OpenAI"@en , "开放人工智能"@zh .
"""
FOUNDERS = "SELECT ?f ?o WHERE { ?a gk:founded ?b . ?a rdfs:label ?f . ?b rdfs:label ?o FILTER(lang(?o) = 'en') }"


@pytest.fixture
def turtle(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(EX, encoding="utf-8")
    return path


@pytest.fixture
def server(turtle: Path) -> Iterator[SparqlServer]:
    """Our endpoint in a thread, on a port the system picks."""
    running = SparqlServer(load_store(turtle), 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        thread.join(TIMEOUT)


def _request(url: str, *, method: str = "GET", data: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def _select(url: str, query: str) -> list[dict[str, str]]:
    status, kind, body = _request(url + "sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 200, body
    assert kind == "application/sparql-results+json"
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def test_query_by_get_and_both_posts(server: SparqlServer) -> None:
    assert _select(server.url, FOUNDERS) == [{"f": "Sam Altman", "o": "OpenAI"}]
    form = urllib.parse.urlencode({"query": FOUNDERS}).encode()
    for body, kind in ((form, "application/x-www-form-urlencoded"), (FOUNDERS.encode(), "application/sparql-query")):
        status, _, answer = _request(server.url + "sparql", method="POST", data=body, headers={"Content-Type": kind})
        assert status == 200
        assert json.loads(answer)["results"]["bindings"][0]["f"]["value"] == "Sam Altman"


def test_results_are_negotiated(server: SparqlServer) -> None:
    url = server.url + "sparql?" + urllib.parse.urlencode({"query": FOUNDERS})
    status, kind, body = _request(url, headers={"Accept": "text/csv"})
    assert status == 200 and kind.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["f", "o"], ["Sam Altman", "OpenAI"]]
    status, kind, body = _request(url, headers={"Accept": "application/sparql-results+xml;q=0.9, text/csv;q=0.1"})
    assert kind == "application/sparql-results+xml" and b">Sam Altman</literal>" in body
    status, _, _ = _request(url, headers={"Accept": "image/png"})
    assert status == 406
    ask = server.url + "sparql?" + urllib.parse.urlencode({"query": "ASK { ?s gk:founded ?o }"})
    assert json.loads(_request(ask)[2]) == {"head": {}, "boolean": True}
    construct = server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?s gk:founded ?o }"})
    status, kind, body = _request(construct, headers={"Accept": "application/n-triples"})
    assert kind == "application/n-triples" and body.count(b"\n") == 1


def test_bad_requests_get_4xx(server: SparqlServer) -> None:
    assert _request(server.url + "sparql?query=SELEKT")[0] == 400
    assert _request(server.url + "sparql")[0] == 400
    assert _request(server.url + "sparql", method="POST", data=b"x", headers={"Content-Type": "text/plain"})[0] == 415
    assert _request(server.url + "nowhere")[0] == 404
    assert _request(server.url + "sparql", method="DELETE")[0] == 405
    assert _request(server.url + "store")[0] == 400  # neither ?graph nor ?default
    assert _request(server.url + "store?graph=http://example.org/none")[0] == 404
    status, _, body = _request(server.url + "sparql?query=ASK%7B%7D", headers={"Host": "attacker.example"})
    assert status == 403 and b"Host" in body


def test_graph_store_put_get_post_delete(server: SparqlServer) -> None:
    store = server.url + "store?" + urllib.parse.urlencode({"graph": "http://example.org/g"})
    first = b"<http://example.org/a> <http://example.org/p> \"1\" .\n"
    second = b"<http://example.org/b> <http://example.org/p> \"2\" .\n"
    put = {"Content-Type": "application/n-triples"}
    assert _request(store, method="PUT", data=first, headers=put)[0] == 201
    assert _request(store, method="PUT", data=second, headers=put)[0] == 204  # replaced
    status, kind, body = _request(store, headers={"Accept": "application/n-triples"})
    assert status == 200 and body == second
    assert _request(store, method="POST", data=first, headers=put)[0] == 204  # added
    assert len(_request(store, headers={"Accept": "application/n-triples"})[2].splitlines()) == 2
    assert _request(store, method="HEAD")[0] == 200
    assert _request(store, method="PUT", data=b"not turtle", headers={"Content-Type": "text/turtle"})[0] == 400
    assert _request(store, method="PUT", data=first, headers={"Content-Type": "application/n-quads"})[0] == 415
    assert _request(store, method="DELETE")[0] == 204
    assert _request(store)[0] == 404
    # the default graph, which the server loaded from the export, is untouched
    assert _select(server.url, FOUNDERS) == [{"f": "Sam Altman", "o": "OpenAI"}]
    status, _, body = _request(server.url + "store?default", headers={"Accept": "text/turtle"})
    assert isomorphic(Graph().parse(data=body, format="turtle"), Graph().parse(data=EX, format="turtle"))


def test_push_replaces_the_graph_of_the_previous_build(server: SparqlServer, tmp_path: Path) -> None:
    old, new = tmp_path / "old.ttl", tmp_path / "new.nt"
    old.write_text(EX, encoding="utf-8")
    new.write_text("<https://w3id.org/graphkit/resource/entity/ilya> "
                   "<https://w3id.org/graphkit/ontology#founded> "
                   "<https://w3id.org/graphkit/resource/entity/ssi> .\n", encoding="utf-8")
    assert push_graph(server.url + "store", old, timeout=TIMEOUT) == 201
    assert push_graph(server.url + "store", new, timeout=TIMEOUT) == 204
    rows = _select(server.url, f"SELECT ?s WHERE {{ GRAPH <{DEFAULT_GRAPH_IRI}> {{ ?s ?p ?o }} }}")
    assert rows == [{"s": "https://w3id.org/graphkit/resource/entity/ilya"}]
    assert push_graph(server.url + "store", new, graph_uri=None, timeout=TIMEOUT) == 204  # the default graph
    assert len(_select(server.url, "SELECT * WHERE { ?s ?p ?o }")) == 1


def test_push_errors_name_the_problem(server: SparqlServer, tmp_path: Path, turtle: Path) -> None:
    quads = tmp_path / "graph.nq"
    quads.write_text("", encoding="utf-8")
    with pytest.raises(UsageError, match="push sends one graph"):
        push_graph(server.url + "store", quads)
    with pytest.raises(UsageError, match="not an http"):
        push_graph("ftp://example.org/store", turtle)
    with pytest.raises(ExportError, match="HTTP 404"):
        push_graph(server.url + "nowhere", turtle, timeout=TIMEOUT)
    free = SparqlServer(pyoxigraph.Store(), 0)  # a port nobody listens on once closed
    port = free.server_address[1]
    free.server_close()
    result = CliRunner().invoke(main, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph", str(turtle),
                                       "--timeout", str(TIMEOUT)])
    assert result.exit_code == 6 and "cannot reach" in result.output


def _start_serve(args: list[str]) -> tuple[subprocess.Popen[str], str]:
    """`graphkit serve` in a child process; its first line gives the URL."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-c", "from graphkit.cli import main; main()", "serve", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    ready, _, _ = select.select([process.stdout], [], [], TIMEOUT * 3)
    if not ready:
        process.kill()
        process.wait(TIMEOUT)
        pytest.fail("graphkit serve did not start")
    line = process.stdout.readline()  # type: ignore[union-attr]
    if "/sparql" not in line:
        process.kill()
        process.wait(TIMEOUT)
        pytest.fail(f"graphkit serve said {line!r}: {process.stderr.read()}")  # type: ignore[union-attr]
    return process, line.split("SPARQL endpoint ", 1)[1].split("sparql", 1)[0]


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(TIMEOUT)


def test_the_serve_and_push_commands_end_to_end(turtle: Path, tmp_path: Path) -> None:
    process, url = _start_serve(["--graph", str(turtle), "--port", "0", "--quiet"])
    try:
        assert url.startswith("http://127.0.0.1:")
        assert _select(url, FOUNDERS) == [{"f": "Sam Altman", "o": "OpenAI"}]
        result = CliRunner().invoke(main, ["push", "--endpoint", url + "store", "--graph", str(turtle),
                                           "--graph-uri", "https://example.org/build", "--timeout", str(TIMEOUT)])
        assert result.exit_code == 0, result.output
        assert "pushed" in result.output and "HTTP 201" in result.output
        rows = _select(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/build> { ?s ?p ?o } }")
        assert rows == [{"n": str(len(Graph().parse(turtle)))}]
        again = CliRunner().invoke(main, ["push", "--endpoint", url + "store", "--graph", str(turtle),
                                          "--graph-uri", "https://example.org/build", "--timeout", str(TIMEOUT)])
        assert again.exit_code == 0 and "HTTP 204" in again.output
        assert _select(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == rows  # replaced, not added
    finally:
        _stop(process)


def test_serve_reports_a_missing_graph_and_a_busy_port(turtle: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--graph", str(tmp_path / "none.ttl"), "--port", "0"])
    assert result.exit_code == 3 and "graphkit build" in result.output
    busy = SparqlServer(pyoxigraph.Store(), 0)
    try:
        result = CliRunner().invoke(main, ["serve", "--graph", str(turtle), "--port", str(busy.server_address[1])])
        assert result.exit_code == 2 and "in use" in result.output
    finally:
        busy.server_close()


def test_serve_answers_over_a_trig_export_without_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    path.write_text("<http://x/g1> { <http://x/a> <http://x/p> <http://x/b> }\n"
                    "<http://x/g2> { <http://x/a> <http://x/p> <http://x/b> }\n", encoding="utf-8")
    running = SparqlServer(load_store(path), 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        assert _select(running.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": "1"}]
        assert _select(running.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == [{"n": "2"}]
    finally:
        running.shutdown()
        running.server_close()
        thread.join(TIMEOUT)
