"""The shape of the code: data flows one way, and the public API is complete."""

from __future__ import annotations

import ast
from pathlib import Path

import graphkit

GRAPH = Path(__file__).resolve().parent.parent / "graph"
# Stages in the order data flows through them; a module may import its own stage and earlier ones.
STAGES = [
    {"errors", "vocab", "model", "registry", "resources", "iri", "lexicon", "segment"},
    {"corpus"},
    {"extract"},
    {"resolve"},
    {"classify"},
    {"build"},
    {"analysis"},
    {"export"},
    {"cache", "parallel", "store", "query", "validate", "diff", "server"},
    {"pipeline"},
    {"cli"},
]


def _stage(top: str) -> int:
    for number, names in enumerate(STAGES):
        if top in names:
            return number
    raise AssertionError(f"graph/{top} belongs to no stage: add it to STAGES")


def _imports(path: Path) -> set[str]:
    """The graphkit modules a file imports, as their top-level name under graph/."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(GRAPH).parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[: len(package) - node.level + 1])
            target = base + (node.module.split(".") if node.module else [])
            if target:
                found.add(target[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("graphkit."):
            found.add(node.module.split(".")[1])
    return found


def test_stages_import_only_earlier_stages() -> None:
    wrong = []
    for path in sorted(GRAPH.rglob("*.py")):
        if path.name == "__init__.py" and path.parent == GRAPH:
            continue
        own = path.relative_to(GRAPH).parts[0].removesuffix(".py")
        for imported in _imports(path) - {own}:
            if _stage(imported) > _stage(own):
                wrong.append(f"{path.relative_to(GRAPH)} imports {imported}")
    assert not wrong, wrong


def test_public_api_is_complete() -> None:
    exported = set(graphkit.__all__)
    public = {name for name in vars(graphkit) if not name.startswith("_") and name[0].isupper()}
    assert public <= exported
    for name in exported:
        assert getattr(graphkit, name) is not None
