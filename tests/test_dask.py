"""The Dask executor: extraction on a Dask distributed cluster gives the local build's exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed: pip install 'graphkit[dask]'")

COMPARED = ("graph.ttl", "report.json")


def _build(corpus: Path, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--format", "turtle", "--quiet",
                                       *extra])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("processes", [False, True], ids=["threads", "processes"])
def test_dask_build_equals_the_local_build(processes: bool, tmp_path: Path) -> None:
    from conftest import SAMPLE

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=processes, dashboard_address=None,
                                  silence_logs=40) as cluster:
        _build(SAMPLE, tmp_path / "dask", "--executor", "dask", "--scheduler", cluster.scheduler_address)
    _build(SAMPLE, tmp_path / "local", "--jobs", "1")
    for name in COMPARED:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_dask_with_a_cache_extracts_only_the_changed_document(small_corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=40) as cluster:
        address = cluster.scheduler_address
        _build(small_corpus, tmp_path / "first", "--executor", "dask", "--scheduler", address, "--cache", str(cache))
        (small_corpus / "more.txt").write_text("Demis Hassabis founded DeepMind in London.\n", encoding="utf-8")
        rebuilt = CliRunner().invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "second"),
                                            "--format", "turtle", "--executor", "dask", "--scheduler", address,
                                            "--cache", str(cache)])
        assert rebuilt.exit_code == 0, rebuilt.output
        assert "3 documents read (2 from the cache)" in rebuilt.output
    _build(small_corpus, tmp_path / "local", "--jobs", "1")
    for name in COMPARED:
        assert (tmp_path / "second" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_an_unreachable_scheduler_is_a_usage_error(small_corpus: Path, tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a free loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "o"),
                                           "--executor", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.output
