"""The property-graph exports: Neo4j bulk-import CSVs, a Cypher script, GraphML, GEXF, and a
LadybugDB database (an embedded Cypher database).

One node per entity, one relationship per edge of the graph, with the same names as the RDF
export: node labels ``Entity`` and the entity's type (``Person``, ``Organization``…),
relationship types ``founded``, ``worksFor``… and ``coOccursWith``. Every node has the
properties ``id`` (its IRI), ``name``, ``type``, ``labels`` (every name), ``docs`` (the documents
that mention it), ``mentions``, ``degree``, ``pagerank`` and ``community``; every relationship
has ``weight``, ``confidence``, ``documents`` and ``evidence``, the list of its evidence
(document, offsets, sentence, pass, confidence) as a JSON string. Formats without lists
(GraphML, GEXF) carry ``labels`` and ``docs`` as JSON strings too. Rows are sorted, so the text
formats are deterministic.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ..build import COOCCURS
from ..errors import ExportError
from ..vocab import RelationType
from . import exporter

__all__ = ["NODE_COLUMNS", "RELATIONSHIP_COLUMNS", "flat_graph", "node_rows", "relationship_rows", "to_cypher",
           "to_gexf", "to_graphml", "to_ladybug", "to_neo4j_nodes", "to_neo4j_relationships", "write_ladybug"]

# Neo4j `neo4j-admin database import full` headers: (property, type) — "ID", "LABEL", "START_ID",
# "END_ID" and "TYPE" are the importer's special fields.
NODE_COLUMNS = [("id", "ID"), ("", "LABEL"), ("name", "string"), ("type", "string"), ("labels", "string[]"),
                ("docs", "string[]"), ("mentions", "long"), ("degree", "double"), ("pagerank", "double"),
                ("community", "long"), ("source", "string")]
RELATIONSHIP_COLUMNS = [("", "START_ID"), ("", "END_ID"), ("", "TYPE"), ("weight", "long"), ("confidence", "double"),
                        ("documents", "string[]"), ("evidence", "string")]
# The importer's default array delimiter; an item that contains it gets the full-width "；".
ARRAY_DELIMITER = ";"
# LadybugDB's page cache while loading (its default is 80 % of the machine's memory).
BUFFER_POOL = 1 << 30
GRAPHDB_HINT = "install the embedded graph database with `pip install 'graphkit[graphdb]'` (the ladybug package)"


def node_rows(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """One dict per entity, sorted by IRI: the node's labels (``LABEL``) and properties."""
    for node, data in sorted(graph.nodes(data=True)):
        kind = data.get("type") or None
        yield {
            "id": node,
            "LABEL": ["Entity", kind] if kind else ["Entity"],
            "name": data["name"],
            "type": kind,
            "labels": sorted(set(data.get("labels", [])) | {data["name"]}),
            "docs": sorted(set(data.get("docs", []))),
            "mentions": int(data.get("mentions", 0)),
            "degree": _float(data.get("degree")),
            "pagerank": _float(data.get("pagerank")),
            "community": int(data["community"]) if data.get("community") is not None else None,
            "source": data.get("source") or None,
        }


def relationship_rows(graph: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """One dict per edge, sorted by head, tail and type."""
    for head, tail, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        evidence = [dict(sorted(ev.items())) for ev in data.get("evidence", [])]
        yield {
            "START_ID": head,
            "END_ID": tail,
            "TYPE": key,
            "weight": int(data.get("weight", 1)),
            "confidence": _float(data.get("confidence")),
            "documents": sorted({str(ev["doc"]) for ev in evidence}),
            "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True),
        }


# ---- Neo4j -----------------------------------------------------------------------------------

@exporter("neo4j-nodes", "neo4j/nodes.csv")
def to_neo4j_nodes(graph: nx.MultiDiGraph) -> bytes:
    """``neo4j/nodes.csv`` for ``neo4j-admin database import full --nodes=neo4j/nodes.csv``."""
    return _csv(NODE_COLUMNS, node_rows(graph))


@exporter("neo4j-relationships", "neo4j/relationships.csv")
def to_neo4j_relationships(graph: nx.MultiDiGraph) -> bytes:
    """``neo4j/relationships.csv`` for ``--relationships=neo4j/relationships.csv``."""
    return _csv(RELATIONSHIP_COLUMNS, relationship_rows(graph))


def _csv(columns: list[tuple[str, str]], rows: Iterator[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([f"{name}:{kind}" for name, kind in columns])
    for row in rows:
        writer.writerow([_csv_field(row[name or kind], kind) for name, kind in columns])
    return buffer.getvalue().encode("utf-8")


def _csv_field(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]") or kind == "LABEL":
        return ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, "；") for item in value)
    if kind == "double":
        return repr(value)
    return str(value)


# ---- Cypher ----------------------------------------------------------------------------------

@exporter("cypher", "graph.cypher")
def to_cypher(graph: nx.MultiDiGraph) -> bytes:
    """A Cypher script that MERGEs every node and relationship (Neo4j 5: ``cypher-shell -f``).

    Running it twice leaves the same graph: nodes are merged on ``id``, relationships on their
    end nodes and type.
    """
    nodes = list(node_rows(graph))
    relationships = list(relationship_rows(graph))
    lines = [f"// graphkit property graph: {len(nodes)} nodes, {len(relationships)} relationships.",
             "// Neo4j 5: cypher-shell -f graph.cypher",
             "CREATE CONSTRAINT graphkit_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"]
    for row in nodes:
        sets = [f"n:{_name(label)}" for label in row["LABEL"][1:]]
        sets += [f"n.{name} = {cypher_value(row[name])}" for name, _ in NODE_COLUMNS[2:] if row[name] is not None]
        lines.append(f"MERGE (n:Entity {{id: {cypher_value(row['id'])}}}) SET {', '.join(sets)};")
    for row in relationships:
        sets = [f"r.{name} = {cypher_value(row[name])}" for name, _ in RELATIONSHIP_COLUMNS[3:] if row[name] is not None]
        lines.append(f"MATCH (a:Entity {{id: {cypher_value(row['START_ID'])}}}) "
                     f"MATCH (b:Entity {{id: {cypher_value(row['END_ID'])}}}) "
                     f"MERGE (a)-[r:{_name(row['TYPE'])}]->(b) SET {', '.join(sets)};")
    return ("\n".join(lines) + "\n").encode("utf-8")


_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")


def cypher_value(value: Any) -> str:
    """A Cypher literal: a single-quoted string with backslash escapes, a number or a list.

    >>> print(cypher_value("it's\\n"), cypher_value(["a", 1]), cypher_value(0.5))
    'it\\'s\\n' ['a', 1] 0.5
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    if value is None:
        return "null"
    text = _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m[0], f"\\u{ord(m[0]):04x}"), str(value))
    return f"'{text}'"


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _name(identifier: str) -> str:
    """A label or relationship type, backquoted unless it is a plain identifier."""
    if _IDENTIFIER.fullmatch(identifier):
        return identifier
    return "`" + identifier.replace("`", "``") + "`"


# ---- GraphML and GEXF ------------------------------------------------------------------------

def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are strings and numbers only (lists as JSON
    strings), with nodes and edges in sorted order, for the XML formats."""
    flat = nx.MultiDiGraph()
    for row in node_rows(graph):
        attributes = {"label": row["name"], "name": row["name"], "type": row["type"],
                      "labels": json.dumps(row["labels"], ensure_ascii=False),
                      "docs": json.dumps(row["docs"], ensure_ascii=False),
                      "mentions": row["mentions"], "degree": row["degree"], "pagerank": row["pagerank"],
                      "community": row["community"], "source": row["source"]}
        flat.add_node(row["id"], **{k: v for k, v in attributes.items() if v is not None})
    for row in relationship_rows(graph):
        attributes = {"relation": row["TYPE"], "weight": row["weight"], "confidence": row["confidence"],
                      "documents": json.dumps(row["documents"], ensure_ascii=False), "evidence": row["evidence"]}
        flat.add_edge(row["START_ID"], row["END_ID"], key=row["TYPE"],
                      **{k: v for k, v in attributes.items() if v is not None})
    return flat


@exporter("graphml", "graph.graphml")
def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    """GraphML (yEd, Cytoscape, networkx ``read_graphml``); edge ids are relation types."""
    return ("\n".join(nx.generate_graphml(flat_graph(graph))) + "\n").encode("utf-8")


_GEXF_DATE = re.compile(r' lastmodifieddate="[^"]*"')


@exporter("gexf", "graph.gexf")
def to_gexf(graph: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 (Gephi). networkx stamps the day of writing in ``lastmodifieddate``, an
    optional attribute: it is left out so that the file depends on the graph alone."""
    text = "\n".join(nx.generate_gexf(flat_graph(graph), version="1.2draft"))
    return (_GEXF_DATE.sub("", text, count=1) + "\n").encode("utf-8")


# ---- LadybugDB (embedded Cypher) -------------------------------------------------------------

def write_ladybug(graph: nx.MultiDiGraph, path: str | Path, *, batch: int = 20_000) -> None:
    """Create the LadybugDB database ``path`` holding the property graph.

    Node table ``Entity`` (primary key ``id``); one relationship table per relation type,
    ``Entity`` to ``Entity``. Query it with Cypher, for example
    ``MATCH (a)-[:founded]->(b) RETURN a.name, b.name``.
    """
    ladybug = _import_ladybug()
    database = ladybug.Database(str(path), buffer_pool_size=BUFFER_POOL)
    try:
        connection = ladybug.Connection(database)
        try:
            _load(connection, graph, batch)
        finally:
            connection.close()
    finally:
        database.close()


@exporter("ladybug", "graph.lbug")
def to_ladybug(graph: nx.MultiDiGraph) -> bytes:
    """The LadybugDB database file (one file). Not byte-deterministic: the database carries
    its own identifier."""
    with tempfile.TemporaryDirectory(prefix="graphkit-ladybug-") as folder:
        path = Path(folder) / "graph.lbug"
        write_ladybug(graph, path)
        return path.read_bytes()


def _import_ladybug() -> Any:
    try:
        import ladybug
    except ImportError as err:
        raise ExportError(f"the ladybug export needs LadybugDB: {GRAPHDB_HINT}") from err
    return ladybug


_NODE_TABLE = ("CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING, type STRING, labels STRING[], "
               "docs STRING[], mentions INT64, degree DOUBLE, pagerank DOUBLE, community INT64, source STRING)")
_CREATE_NODES = ("UNWIND $rows AS r CREATE (:Entity {id: r.id, name: r.name, type: r.type, labels: r.labels, "
                 "docs: r.docs, mentions: r.mentions, degree: r.degree, pagerank: r.pagerank, "
                 "community: r.community, source: r.source})")


def _load(connection: Any, graph: nx.MultiDiGraph, batch: int) -> None:
    connection.execute(_NODE_TABLE)
    relations = sorted({r.value for r in RelationType} | {COOCCURS} | {key for _, _, key in graph.edges(keys=True)})
    for relation in relations:
        connection.execute(f"CREATE REL TABLE {_name(relation)}(FROM Entity TO Entity, weight INT64, "
                           "confidence DOUBLE, documents STRING[], evidence STRING)")
    nodes = [{k: v for k, v in row.items() if k != "LABEL"} for row in node_rows(graph)]
    for chunk in _chunks(nodes, batch):
        connection.execute(_CREATE_NODES, {"rows": chunk})
    by_relation: dict[str, list[dict[str, Any]]] = {}
    for row in relationship_rows(graph):
        by_relation.setdefault(row["TYPE"], []).append(
            {"s": row["START_ID"], "t": row["END_ID"], "weight": row["weight"],
             "confidence": row["confidence"], "documents": row["documents"], "evidence": row["evidence"]})
    for relation, rows in by_relation.items():
        for chunk in _chunks(rows, batch):
            connection.execute(
                # WHERE rather than {id: r.s}: LadybugDB 0.22 turns the latter into a scan per row
                f"UNWIND $rows AS r MATCH (a:Entity) WHERE a.id = r.s MATCH (b:Entity) WHERE b.id = r.t "
                f"CREATE (a)-[:{_name(relation)} {{weight: r.weight, confidence: r.confidence, "
                "documents: r.documents, evidence: r.evidence}]->(b)", {"rows": chunk})


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
