"""Parallel extraction: any number of processes gives the same exports, byte for byte."""

from __future__ import annotations

import os
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import UsageError
from graphkit.parallel import _windowed, default_jobs, ordered_map
from graphkit.pipeline import build, write_exports

COMPARED = ("graph.ttl", "report.json")


def _build(corpus: Path, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--format", "turtle", "--quiet",
                                       *extra])
    assert result.exit_code == 0, result.output


def _same(a: Path, b: Path, names: tuple[str, ...] = COMPARED) -> None:
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_sample_corpus_on_one_and_two_processes_is_byte_identical(tmp_path: Path) -> None:
    from conftest import SAMPLE

    _build(SAMPLE, tmp_path / "one", "--jobs", "1")
    _build(SAMPLE, tmp_path / "two", "--jobs", "2")
    _same(tmp_path / "one", tmp_path / "two")


def test_order_is_the_corpus_order_with_folders_and_skipped_files(small_corpus: Path, tmp_path: Path) -> None:
    # More documents than workers, in nested folders, with files the reader skips between them.
    nested = small_corpus / "b" / "c"
    nested.mkdir(parents=True)
    (nested / "deep.md").write_text("Demis Hassabis founded DeepMind in London.\n", encoding="utf-8")
    (small_corpus / "b" / "blank.txt").write_text("  \n", encoding="utf-8")
    (small_corpus / "a.txt").write_text("Baidu released ERNIE 4.0 in Beijing. 李彦宏是百度的创始人。\n", encoding="utf-8")
    (small_corpus / "z.txt").write_bytes(b"\x00\x01\x02\xff" * 300)
    one = build(small_corpus, jobs=1)
    three = build(small_corpus, jobs=3)
    assert one.documents == three.documents == ["a.txt", "en.md", "zh.txt", "b/c/deep.md"]
    assert [s.path for s in one.skipped] == [s.path for s in three.skipped]
    write_exports(one, tmp_path / "one", ["turtle"])
    write_exports(three, tmp_path / "three", ["turtle"])
    _same(tmp_path / "one", tmp_path / "three")


def test_html_export_is_identical_too(small_corpus: Path, tmp_path: Path) -> None:
    one, two = build(small_corpus, jobs=1), build(small_corpus, jobs=2)
    try:
        write_exports(one, tmp_path / "one", ["html"])
    except Exception as err:  # noqa: BLE001  (the HTML exporter has its own tests)
        pytest.skip(f"the html exporter does not build here: {err!r}")
    write_exports(two, tmp_path / "two", ["html"])
    _same(tmp_path / "one", tmp_path / "two", ("graph.html",))


def test_jobs_must_be_positive(small_corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "o"), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output


def test_dask_executor_needs_a_scheduler(small_corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(small_corpus), "--out", str(tmp_path / "o"),
                                       "--executor", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.output


def _slow_square(setup: int, item: int) -> int:
    time.sleep(0.05 * max(0, 5 - item))  # the first items finish last
    if item == 99:
        raise ValueError("item 99")
    return setup + item * item


def test_ordered_map_keeps_input_order_on_processes() -> None:
    assert list(ordered_map(_slow_square, 100, range(5), jobs=2)) == [100, 101, 104, 109, 116]
    assert list(ordered_map(_slow_square, 100, range(5), jobs=1)) == [100, 101, 104, 109, 116]


def test_ordered_map_raises_the_workers_error_at_its_item() -> None:
    results = ordered_map(_slow_square, 0, [1, 99, 2], jobs=2)
    assert next(results) == 1
    with pytest.raises(ValueError, match="item 99"):
        next(results)


def test_ordered_map_rejects_an_unknown_executor() -> None:
    with pytest.raises(UsageError, match="local, dask"):
        list(ordered_map(_slow_square, 0, [1], executor="spark"))


def test_windowed_keeps_at_most_window_items_in_flight() -> None:
    submitted: list[int] = []
    in_flight: list[int] = []

    def submit(item: int) -> Future[int]:
        submitted.append(item)
        future: Future[int] = Future()
        future.set_result(item)
        return future

    for result in _windowed(submit, range(20), 3):
        in_flight.append(len(submitted) - result)
    assert max(in_flight) == 3
    assert submitted == list(range(20))


def test_default_jobs_is_the_usable_cores() -> None:
    assert default_jobs() >= 1


def test_the_shared_jieba_tags_like_a_freshly_loaded_one(tmp_path: Path) -> None:
    """segment loads jieba's dictionary from the file it keeps, and imports jieba without
    pkg_resources; in a fresh interpreter, so no user word is loaded yet. jieba.posseg's own
    tagger still tags as jieba does, and a damaged kept file is read again from jieba."""
    import subprocess
    import sys

    code = """
import sys
from graphkit import segment
assert "pkg_resources" not in sys.modules
import jieba, jieba.posseg
text = "百川智能创始人王小川发布了新模型。杨立昆教授批评了大模型的路线, Netbase前首席科学家。"
fresh = jieba.posseg.POSTokenizer(jieba.Tokenizer())
expected = [(w.word, w.flag) for w in fresh.cut(text)]
shared = [(w.word, w.flag) for w in segment.pos_tokenizer().cut(text)]
assert shared == expected, shared
assert [(w.word, w.flag) for w in jieba.posseg.cut(text)] == expected
assert segment.pos_tokenizer().tokenizer is segment.tokenizer()
assert segment.tokenizer().FREQ == fresh.tokenizer.FREQ and segment.tokenizer().total == fresh.tokenizer.total
"""
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    for state in ("missing", "kept", "damaged"):
        if state == "damaged":
            [kept] = tmp_path.glob("graphkit-jieba-*")
            kept.write_bytes(kept.read_bytes()[:1000])
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                                env=environment)
        assert result.returncode == 0, (state, result.stderr)
