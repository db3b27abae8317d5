"""SPARQL over HTTP: the endpoint ``graphkit serve`` runs and the client ``graphkit push`` uses.

The endpoint is a small standard-library HTTP server in front of a pyoxigraph store, bound to
the loopback interface:

- ``/sparql`` (also ``/query``): the SPARQL 1.1 Protocol query operation, by GET
  (``?query=``), by POST of a form (``query=``) or by POST of ``application/sparql-query``;
  ``default-graph-uri`` and ``named-graph-uri`` choose the dataset. Results as SPARQL JSON (the
  default), XML, CSV or TSV; graphs as Turtle (the default), N-Triples, JSON-LD or RDF/XML.
- ``/store``: the SPARQL 1.1 Graph Store Protocol on ``?graph=IRI`` or ``?default``: GET (and
  HEAD) reads a graph, PUT replaces it, POST adds to it, DELETE removes it.

Queries run concurrently; a write waits for the queries under way and holds the next ones
back, so a query never sees a graph half replaced.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExportError, UsageError
from .store import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["DEFAULT_GRAPH_IRI", "MAX_BODY", "SparqlServer", "push_graph"]

# The named graph `graphkit push` replaces unless told otherwise: the same IRI on every push,
# so a push replaces the graph of the previous build and nothing else in the store.
DEFAULT_GRAPH_IRI = "https://w3id.org/graphkit/resource/graph"
MAX_BODY = 1 << 30  # bytes a request may send
_RESULTS_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                  "text/tab-separated-values", "application/json"]
_GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
# What `graphkit push` sends, by the export's suffix; quads cannot be PUT into one graph.
_PUSH_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".jsonld": "application/ld+json"}


class _ReadWriteLock:
    """Many readers or one writer; a waiting writer holds new readers back."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting_writers = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._waiting_writers)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._waiting_writers += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._waiting_writers -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class SparqlServer(ThreadingHTTPServer):
    """A SPARQL 1.1 endpoint and Graph Store over ``store`` on ``host:port`` (port 0: any free
    port). ``serve_forever()`` runs it, ``shutdown()`` from another thread stops it."""

    daemon_threads = True

    def __init__(self, store: pyoxigraph.Store, port: int = 0, *, host: str = "127.0.0.1",
                 log: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.log = log
        self.lock = _ReadWriteLock()
        super().__init__((host, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the client went away
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "graphkit"
    timeout = 120  # seconds a client may stay silent

    # ---- routing ---------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._route({"/sparql": self._query, "/query": self._query, "/store": self._store_get, "/": self._index})

    def do_HEAD(self) -> None:
        self._route({"/store": self._store_get})

    def do_POST(self) -> None:
        self._route({"/sparql": self._query, "/query": self._query, "/store": self._store_post})

    def do_PUT(self) -> None:
        self._route({"/store": self._store_put})

    def do_DELETE(self) -> None:
        self._route({"/store": self._store_delete})

    def _route(self, routes: dict[str, Callable[[dict[str, list[str]]], None]]) -> None:
        url = urllib.parse.urlsplit(self.path)
        if not self._local_host():
            return self._fail(HTTPStatus.FORBIDDEN, "the Host header must name this machine (127.0.0.1 or localhost)")
        action = routes.get(url.path)
        if action is None:
            if url.path in ("/sparql", "/query", "/store", "/"):
                return self._fail(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not allowed on {url.path}")
            return self._fail(HTTPStatus.NOT_FOUND, f"no {url.path}; the endpoints are /sparql and /store")
        try:
            action(urllib.parse.parse_qs(url.query, keep_blank_values=True))
        except _HttpError as err:
            self._fail(err.status, err.message)

    def _local_host(self) -> bool:
        # Refuse requests for another host name: a web page cannot reach this server through
        # a name it controls (DNS rebinding).
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        return host in ("127.0.0.1", "localhost", "::1", "")

    # ---- SPARQL Protocol: query ------------------------------------------------------------
    def _query(self, params: dict[str, list[str]]) -> None:
        import pyoxigraph

        if self.command == "POST":
            kind = self._content_type()
            body = self._body()
            if kind == "application/x-www-form-urlencoded":
                params = {**params, **urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)}
            elif kind == "application/sparql-query":
                params = {**params, "query": [body.decode("utf-8")]}
            else:
                raise _HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                 "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        queries = params.get("query", [])
        if len(queries) != 1:
            raise _HttpError(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
        dataset: dict[str, Any] = {}
        try:
            if params.get("default-graph-uri"):
                dataset["default_graph"] = [pyoxigraph.NamedNode(i) for i in params["default-graph-uri"]]
            if params.get("named-graph-uri"):
                dataset["named_graphs"] = [pyoxigraph.NamedNode(i) for i in params["named-graph-uri"]]
        except ValueError as err:
            raise _HttpError(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {err}") from err
        with self.server.lock.reading():
            try:
                result = self.server.store.query(queries[0], prefixes=PREFIXES, **dataset)
            except SyntaxError as err:
                raise _HttpError(HTTPStatus.BAD_REQUEST, f"the query could not be parsed: {err}") from err
            if isinstance(result, pyoxigraph.QueryTriples):
                media = self._negotiate(_GRAPH_TYPES)
                data = result.serialize(format=pyoxigraph.RdfFormat.from_media_type(media))
            else:
                offered = _RESULTS_TYPES[:2] + _RESULTS_TYPES[4:] \
                    if isinstance(result, pyoxigraph.QueryBoolean) else _RESULTS_TYPES
                media = self._negotiate(offered)
                fmt = pyoxigraph.QueryResultsFormat.from_media_type(
                    "application/sparql-results+json" if media == "application/json" else media)
                data = result.serialize(format=fmt)
        self._send(HTTPStatus.OK, data, media)

    # ---- Graph Store Protocol ----------------------------------------------------------------
    def _store_get(self, params: dict[str, list[str]]) -> None:
        import pyoxigraph

        graph = self._graph(params)
        media = self._negotiate(_GRAPH_TYPES)
        with self.server.lock.reading():
            if not self._exists(graph):
                raise _HttpError(HTTPStatus.NOT_FOUND, "no such graph")
            triples = [q.triple for q in self.server.store.quads_for_pattern(None, None, None, graph)]
        fmt = pyoxigraph.RdfFormat.from_media_type(media)
        self._send(HTTPStatus.OK, pyoxigraph.serialize(triples, format=fmt, prefixes=PREFIXES), media)

    def _store_put(self, params: dict[str, list[str]]) -> None:
        self._store_write(params, replace=True)

    def _store_post(self, params: dict[str, list[str]]) -> None:
        self._store_write(params, replace=False)

    def _store_write(self, params: dict[str, list[str]], *, replace: bool) -> None:
        import pyoxigraph

        graph = self._graph(params)
        quads = self._parse_body(graph)
        store = self.server.store
        with self.server.lock.writing():
            existed = self._exists(graph)
            if replace and existed:
                store.clear_graph(graph)
            if isinstance(graph, pyoxigraph.NamedNode) and not existed:
                store.add_graph(graph)
            store.extend(quads)
        created = not existed and isinstance(graph, pyoxigraph.NamedNode)
        self._send(HTTPStatus.CREATED if created else HTTPStatus.NO_CONTENT, b"", None)

    def _store_delete(self, params: dict[str, list[str]]) -> None:
        import pyoxigraph

        graph = self._graph(params)
        with self.server.lock.writing():
            if not self._exists(graph):
                raise _HttpError(HTTPStatus.NOT_FOUND, "no such graph")
            if isinstance(graph, pyoxigraph.DefaultGraph):
                self.server.store.clear_graph(graph)
            else:
                self.server.store.remove_graph(graph)
        self._send(HTTPStatus.NO_CONTENT, b"", None)

    def _graph(self, params: dict[str, list[str]]) -> Any:
        import pyoxigraph

        if "default" in params and "graph" not in params:
            return pyoxigraph.DefaultGraph()
        if len(params.get("graph", [])) == 1 and "default" not in params:
            try:
                return pyoxigraph.NamedNode(params["graph"][0])
            except ValueError as err:
                raise _HttpError(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {err}") from err
        raise _HttpError(HTTPStatus.BAD_REQUEST, "give either ?graph=IRI or ?default")

    def _exists(self, graph: Any) -> bool:
        import pyoxigraph

        return isinstance(graph, pyoxigraph.DefaultGraph) or self.server.store.contains_named_graph(graph)

    def _parse_body(self, graph: Any) -> list[Any]:
        import pyoxigraph

        media = self._content_type()
        fmt = pyoxigraph.RdfFormat.from_media_type(media) if media else None
        if fmt is None or fmt.supports_datasets:
            raise _HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                             f"send a graph as one of {', '.join(_GRAPH_TYPES)}, not {media or 'no Content-Type'}")
        body = self._body()
        base = graph.value if isinstance(graph, pyoxigraph.NamedNode) else None
        try:
            return [pyoxigraph.Quad(q.subject, q.predicate, q.object, graph)
                    for q in pyoxigraph.parse(body, format=fmt, base_iri=base)]
        except SyntaxError as err:
            raise _HttpError(HTTPStatus.BAD_REQUEST, f"the body is not valid {fmt.name}: {err}") from err

    # ---- HTTP helpers -------------------------------------------------------------------------
    def _index(self, params: dict[str, list[str]]) -> None:
        text = (f"graphkit SPARQL endpoint: {len(self.server.store)} quads\n"
                f"  SPARQL 1.1 query:  {self.server.url}sparql?query=...\n"
                f"  Graph Store:       {self.server.url}store?default  or  ?graph=IRI\n")
        self._send(HTTPStatus.OK, text.encode("utf-8"), "text/plain; charset=utf-8")

    def _content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise _HttpError(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length")
        try:
            size = int(length)
        except ValueError:
            raise _HttpError(HTTPStatus.BAD_REQUEST, "bad Content-Length") from None
        if size < 0 or size > MAX_BODY:
            self.close_connection = True
            raise _HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a request body may have {MAX_BODY} bytes at most")
        return self.rfile.read(size)

    def _negotiate(self, offered: list[str]) -> str:
        """The first media type of ``offered`` the Accept header admits, by its q values."""
        accept = self.headers.get("Accept") or "*/*"
        ranges = []
        for position, item in enumerate(accept.split(",")):
            media, *options = (part.strip() for part in item.split(";"))
            q = 1.0
            for option in options:
                if option.startswith("q="):
                    try:
                        q = float(option[2:])
                    except ValueError:
                        q = 0.0
            ranges.append((-q, position, media.lower()))
        for neg_q, _, media in sorted(ranges):
            if neg_q == 0:
                break
            for candidate in offered:
                if media in ("*/*", candidate) or (media.endswith("/*") and candidate.startswith(media[:-1])):
                    return candidate
        raise _HttpError(HTTPStatus.NOT_ACCEPTABLE, f"the answer can be {', '.join(offered)}")

    def _send(self, status: HTTPStatus, data: bytes, media: str | None) -> None:
        self.send_response(status)
        if media:
            self.send_header("Content-Type", media if "charset" in media or not media.startswith("text/")
                             else f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _fail(self, status: HTTPStatus, message: str) -> None:
        self.close_connection = True  # the request's body may not have been read
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")


class _HttpError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def push_graph(endpoint: str, graph_file: Path, *, graph_uri: str | None = DEFAULT_GRAPH_IRI,
               timeout: float = 60.0) -> int:
    """PUT the export ``graph_file`` into a SPARQL 1.1 Graph Store Protocol ``endpoint``,
    replacing the named graph ``graph_uri`` (or the default graph when it is None). Returns the
    HTTP status (201 created, 200 or 204 replaced)."""
    kind = _PUSH_TYPES.get(graph_file.suffix.lower())
    if kind is None:
        raise UsageError(f"push sends one graph: give a {', '.join(_PUSH_TYPES)} export, not {graph_file.name}")
    if not graph_file.is_file():
        raise UsageError(f"no graph at {graph_file}: run `graphkit build` first or give --graph")
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint")
    target = urllib.parse.urlencode({"graph": graph_uri}) if graph_uri else "default"
    url = urllib.parse.urlunsplit(parts._replace(query=f"{parts.query}&{target}" if parts.query else target))
    data = graph_file.read_bytes()
    request = urllib.request.Request(url, data=data, method="PUT",
                                     headers={"Content-Type": kind, "Content-Length": str(len(data))})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) checked above)
            return int(response.status)
    except urllib.error.HTTPError as err:
        detail = err.read(500).decode("utf-8", "replace").strip()
        raise ExportError(f"{url} refused the graph: HTTP {err.code} {err.reason}"
                          f"{': ' + detail if detail else ''}") from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise ExportError(f"cannot reach {url}: {reason}; is the endpoint running?") from err
