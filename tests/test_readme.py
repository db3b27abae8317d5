"""The README's SPARQL questions, run against a real build of the sample corpus: the answers
printed in the README are the answers the build gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.query import format_rows, run_query

README = Path(__file__).resolve().parent.parent / "README.md"
# A ```sparql block followed by a ```text block with the answer as `graphkit query` prints it.
EXAMPLE = re.compile(r"```sparql\n(?P<query>.*?)```\s*\n```text\n(?P<answer>.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    return [(m["query"], m["answer"]) for m in EXAMPLE.finditer(README.read_text(encoding="utf-8"))]


def test_the_readme_has_five_questions() -> None:
    assert len(examples()) >= 5


@pytest.mark.parametrize("number", range(5))
def test_readme_answer_is_what_the_build_returns(sample_build: Path, number: int) -> None:
    query, answer = examples()[number]
    header, rows = run_query(sample_build / "graph.ttl", query)
    assert format_rows(header, rows, "table") == answer, (
        "README answer out of date; run `python tests/update_readme.py` after a build")


def test_readme_commands_are_the_ones_ci_runs() -> None:
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    test_command = ci.strip().splitlines()[-1]
    assert test_command in README.read_text(encoding="utf-8")
