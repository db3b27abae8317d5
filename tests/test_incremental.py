"""Incremental builds: a rebuild with a cache extracts only what changed and gives the same
exports as a build from scratch; a damaged cache entry is ignored and recomputed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit.pipeline as pipeline
from graphkit.cache import Cache, Entry, document_key, pipeline_version
from graphkit.cli import main
from graphkit.extract import DEFAULT_PASSES
from graphkit.lexicon import Lexicon, load_lexicon

COMPARED = ("graph.ttl", "report.json")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The sample corpus, copied so that tests may change it."""
    from conftest import SAMPLE

    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    return folder


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch):
    """Start recording the ids of the documents extracted in this process. A rebuild of one
    document extracts it here; a build of many sends them to worker processes, so call this
    after the first build."""

    def start() -> list[str]:
        seen: list[str] = []
        original = pipeline.extract_document

        def spy(setup: pipeline.ExtractSetup, source: pipeline.Source) -> pipeline.Extracted:
            seen.append(source.doc_id)
            return original(setup, source)

        monkeypatch.setattr(pipeline, "extract_document", spy)
        return seen

    return start


def _build(corpus: Path, out: Path, *extra: str):
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--format", "turtle", *extra])
    assert result.exit_code == 0, result.output
    return result


def _same(a: Path, b: Path) -> None:
    for name in COMPARED:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _cached(corpus: Path, out: Path, cache: Path, *extra: str):
    return _build(corpus, out, "--cache", str(cache), "--jobs", "2", *extra)


def test_unchanged_rebuild_reuses_every_document(corpus: Path, tmp_path: Path, watch) -> None:
    cache = tmp_path / "cache"
    _cached(corpus, tmp_path / "first", cache)
    extractions = watch()
    again = _cached(corpus, tmp_path / "again", cache)
    assert "5 documents read (5 from the cache)" in again.output
    assert extractions == []
    _same(tmp_path / "first", tmp_path / "again")


def test_changed_document_is_the_only_one_extracted(corpus: Path, tmp_path: Path, watch) -> None:
    cache = tmp_path / "cache"
    _cached(corpus, tmp_path / "before", cache)
    changed = corpus / "003_a788a5ca975c5a75.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDemis Hassabis founded DeepMind in London.\n",
                       encoding="utf-8")
    extractions = watch()
    rebuilt = _cached(corpus, tmp_path / "rebuilt", cache)
    assert extractions == ["003_a788a5ca975c5a75.txt"]
    assert "(4 from the cache)" in rebuilt.output
    _build(corpus, tmp_path / "scratch", "--jobs", "1")
    _same(tmp_path / "rebuilt", tmp_path / "scratch")
    assert (tmp_path / "rebuilt" / "graph.ttl").read_bytes() != (tmp_path / "before" / "graph.ttl").read_bytes()


def test_added_document_is_extracted_and_merged_in_order(corpus: Path, tmp_path: Path,
                                                         watch) -> None:
    cache = tmp_path / "cache"
    _cached(corpus, tmp_path / "before", cache)
    (corpus / "0025_new.md").write_text("Fei-Fei Li founded World Labs. 李飞飞是World Labs的创始人。\n",
                                        encoding="utf-8")
    extractions = watch()
    _cached(corpus, tmp_path / "rebuilt", cache)
    assert extractions == ["0025_new.md"]
    _build(corpus, tmp_path / "scratch", "--jobs", "1")
    _same(tmp_path / "rebuilt", tmp_path / "scratch")


def test_deleted_document_takes_its_facts_with_it(corpus: Path, tmp_path: Path, watch) -> None:
    cache = tmp_path / "cache"
    _cached(corpus, tmp_path / "before", cache)
    (corpus / "000_6148f21003163009.txt").unlink()
    extractions = watch()
    _cached(corpus, tmp_path / "rebuilt", cache)
    assert extractions == []
    _build(corpus, tmp_path / "scratch", "--jobs", "1")
    _same(tmp_path / "rebuilt", tmp_path / "scratch")
    report = json.loads((tmp_path / "rebuilt" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"]["read"] == 4
    assert "000_6148f21003163009" not in (tmp_path / "rebuilt" / "graph.ttl").read_text(encoding="utf-8")
    # Its cache entries are gone too: the cache holds what the corpus holds, an extraction and
    # the relation model's output per document.
    assert len(list(cache.rglob("*/*/*"))) == 2 * 4


def test_the_relation_model_scores_again_only_what_changed(corpus: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    _cached(corpus, tmp_path / "before", cache)
    changed = corpus / "002_bce73d9645cf84b1.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOskar Varnell later joined Quillmark Labs.\n",
                       encoding="utf-8")
    scored: list[str] = []
    original = pipeline.classified_relations

    def spy(findings, resolution, model=None):
        findings = list(findings)
        scored.extend(f.doc_id for f in findings)
        return original(findings, resolution, model)

    monkeypatch.setattr(pipeline, "classified_relations", spy)
    _cached(corpus, tmp_path / "rebuilt", cache)
    assert scored == ["002_bce73d9645cf84b1.txt"]
    monkeypatch.setattr(pipeline, "classified_relations", original)
    _build(corpus, tmp_path / "scratch", "--jobs", "1")
    _same(tmp_path / "rebuilt", tmp_path / "scratch")


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_entry_is_ignored_and_recomputed(corpus: Path, tmp_path: Path, watch,
                                                   damage: str) -> None:
    cache = tmp_path / "cache"
    _cached(corpus, tmp_path / "before", cache)
    entry = _entry_path(cache, corpus, "002_bce73d9645cf84b1.txt")
    data = entry.read_bytes()
    entry.write_bytes({"truncate": data[: len(data) // 2],
                       "flip": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
                       "garbage": b"not a cache entry at all",
                       "empty": b""}[damage])
    extractions = watch()
    rebuilt = _cached(corpus, tmp_path / "rebuilt", cache)
    assert extractions == ["002_bce73d9645cf84b1.txt"]
    assert "damaged cache entry" in rebuilt.output
    _same(tmp_path / "before", tmp_path / "rebuilt")
    assert Entry.unpack(entry.read_bytes()) is not None  # rewritten whole


def test_another_lexicon_or_passes_do_not_reuse_entries(corpus: Path, tmp_path: Path) -> None:
    lexicon = load_lexicon()
    smaller = Lexicon(lexicon.entries[:-1])
    assert pipeline_version(DEFAULT_PASSES, lexicon) != pipeline_version(DEFAULT_PASSES, smaller)
    assert pipeline_version(DEFAULT_PASSES, lexicon) != pipeline_version(DEFAULT_PASSES[:-1], lexicon)
    cache = tmp_path / "cache"
    first = pipeline.build(corpus, cache=cache)
    other = pipeline.build(corpus, cache=cache, lexicon=smaller)
    assert first.reused == 0 and other.reused == 0
    # Only the latest version's folder is kept.
    assert [p.name for p in cache.iterdir()] == [pipeline_version(DEFAULT_PASSES, smaller)]


def test_same_bytes_under_another_name_is_another_entry(tmp_path: Path) -> None:
    assert document_key("a.txt", b"OpenAI") != document_key("b.txt", b"OpenAI")
    assert document_key("a.txt", b"OpenAI") == document_key("a.txt", b"OpenAI")


def test_entry_round_trip_and_rejects(tmp_path: Path) -> None:
    entry = Entry(b"mentions", b"relations", b"sentences")
    packed = entry.pack()
    assert Entry.unpack(packed) == entry
    assert Entry.unpack(packed[:-1]) is None
    assert Entry.unpack(packed + b"x") is None
    assert Entry.unpack(b"GKCACHE0" + packed[8:]) is None
    cache = Cache(tmp_path, "0" * 20)
    cache.put("ab" * 20, entry)
    assert cache.get("ab" * 20) == entry and cache.hits == 1
    assert cache.get("cd" * 20) is None and cache.misses == 1
    assert not [p for p in (tmp_path / ("0" * 20)).rglob(".*")]  # no temporary file left behind


def test_an_unwritable_cache_does_not_fail_the_build(small_corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    result = pipeline.build(small_corpus, cache=blocker / "inner")
    assert result.documents == ["en.md", "zh.txt"] and result.reused == 0


def _entry_path(cache: Path, corpus: Path, name: str) -> Path:
    key = document_key(name, (corpus / name).read_bytes())
    [path] = list(cache.glob(f"*/{key[:2]}/{key}"))
    return path
