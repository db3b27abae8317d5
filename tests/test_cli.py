from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graphkit.cli import main


def _build(corpus: Path, out: Path, *extra: str):
    return CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), *extra])


def test_build_writes_every_export_and_a_report(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _build(small_corpus, out)
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {"graph.ttl", "graph.html", "communities.md", "report.json"}
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == {"read": 2, "skipped": 0, "skipped_files": []}
    assert report["nodes"] > 0 and report["edges_by_relation"]
    assert "nodes" in result.output and "wrote" in result.output


def test_two_builds_are_byte_identical(small_corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert _build(small_corpus, first).exit_code == 0
    assert _build(small_corpus, second).exit_code == 0
    for name in ("graph.ttl", "graph.html", "communities.md", "report.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_sample_corpus_builds_identically_twice(sample_build: Path, tmp_path: Path) -> None:
    from conftest import SAMPLE

    again = tmp_path / "again"
    assert _build(SAMPLE, again, "--quiet").exit_code == 0
    for name in ("graph.ttl", "graph.html"):
        assert (sample_build / name).read_bytes() == (again / name).read_bytes(), name


def test_missing_corpus_exits_non_zero_with_its_name(tmp_path: Path) -> None:
    result = _build(tmp_path / "absent", tmp_path / "out")
    assert result.exit_code == 3
    assert "absent" in result.output and "does not exist" in result.output
    assert not (tmp_path / "out").exists()


def test_empty_corpus_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = _build(tmp_path / "empty", tmp_path / "out")
    assert result.exit_code == 3
    assert "no readable" in result.output


def test_bad_files_are_skipped_and_counted_and_strict_fails(small_corpus: Path, tmp_path: Path) -> None:
    (small_corpus / "blank.txt").write_text("   \n", encoding="utf-8")
    (small_corpus / "blob.md").write_bytes(b"\x00\x01\x02\xff" * 500)
    out = tmp_path / "out"
    result = _build(small_corpus, out)
    assert result.exit_code == 0
    assert "blank.txt" in result.output and "blob.md" in result.output
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"]["skipped"] == 2

    strict = _build(small_corpus, tmp_path / "strict", "--strict")
    assert strict.exit_code == 4
    assert "blank.txt" in strict.output and "--strict" in strict.output


def test_an_interrupted_export_leaves_the_previous_one(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert _build(small_corpus, out).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    (small_corpus / "more.txt").write_text("Baidu released ERNIE 4.0 in Beijing.", encoding="utf-8")

    import graphkit.export.atomic as atomic

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", explode)
    result = _build(small_corpus, out)
    assert result.exit_code == 6 and "No space left" in result.output
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".graphkit-")]


def test_unknown_export_format_lists_the_known_ones(small_corpus: Path, tmp_path: Path) -> None:
    result = _build(small_corpus, tmp_path / "out", "--format", "nonsense")
    assert result.exit_code == 2
    assert "turtle" in result.output and "html" in result.output


def test_query_prints_a_table(sample_build: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--graph", str(sample_build / "graph.ttl"),
                                       "SELECT (COUNT(?e) AS ?n) WHERE { ?e a gk:Person }"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].strip() == "n" and "(1 row)" in result.output


def test_query_reports_a_bad_query_and_a_missing_graph(sample_build: Path, tmp_path: Path) -> None:
    bad = CliRunner().invoke(main, ["query", "--graph", str(sample_build / "graph.ttl"), "SELEKT nothing"])
    assert bad.exit_code == 2 and "could not be run" in bad.output
    missing = CliRunner().invoke(main, ["query", "--graph", str(tmp_path / "none.ttl"), "SELECT * {}"])
    assert missing.exit_code == 3 and "graphkit build" in missing.output


def test_builds_in_fresh_processes_with_different_hash_seeds_agree(small_corpus: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "graphkit.cli", "build", str(small_corpus), "--out", str(out),
                        "--format", "turtle", "--quiet"], check=True, env=env)
        outputs.append(((out / "graph.ttl").read_bytes(), (out / "report.json").read_bytes()))
    assert outputs[0] == outputs[1]


def test_the_committed_sample_exports_are_those_a_build_writes(sample_build: Path) -> None:
    from conftest import ROOT

    for name in ("graph.ttl", "graph.html", "communities.md", "report.json"):
        assert (ROOT / "exports" / name).read_bytes() == (sample_build / name).read_bytes(), (
            f"exports/{name} is stale: run the README's build command and commit exports/")
