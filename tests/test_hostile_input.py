"""Hostile and broken input: nothing crashes, nothing leaks, nothing is lost (issue 7).

Encodings; sizes and shapes (empty, huge, one endless line, thousands of files, symlink
loops, pipes, unreadable files and folders, names that are Chinese or not even UTF-8);
pattern safety through the whole pipeline; export safety (Turtle that rdflib and pyoxigraph
both read back); and the exit code and message of every way a command can fail.
"""

from __future__ import annotations

import importlib.util
import inspect
import itertools
import json
import os
import random
import sys
import time
import unicodedata
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from graphkit.cli import main
from graphkit.corpus import Skipped, read_corpus, read_document, reader, split_sentences
from graphkit.corpus.clean import hidden_spans
from graphkit.corpus.sentences import MAX_SENTENCE
from graphkit.export.turtle import to_rdf, to_turtle
from graphkit.iri import mint
from graphkit.model import Document

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_patterns", ROOT / "bench" / "bench_patterns.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_patterns"] = bench  # dataclasses look their module up by name
_spec.loader.exec_module(bench)

# One process for extraction when the command has a --jobs option: quicker for tiny corpora.
_BUILD_OPTIONS = {opt for param in main.commands["build"].params for opt in param.opts}
SERIAL = ["--jobs", "1"] if "--jobs" in _BUILD_OPTIONS else []

ZH = "杨立昆教授认为大模型还缺少世界模型。百川智能发布了新模型。\n" * 3
ZH_TRADITIONAL = "楊立昆教授認為大模型還缺少世界模型。百川智能發布了新模型。\n" * 3
EN = "OpenAI released ChatGPT in 2022. Sam Altman said it was a research preview.\n"


def build_cli(corpus: Path, out: Path, *extra: str):
    """`graphkit build` in this process, Turtle only (the HTML page is tested elsewhere)."""
    return CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--format", "turtle", *SERIAL, *extra])


def _items(folder: Path) -> tuple[dict[str, Document], dict[str, Skipped]]:
    docs: dict[str, Document] = {}
    skipped: dict[str, Skipped] = {}
    for item in read_corpus(folder):
        if isinstance(item, Skipped):
            skipped[Path(item.path).name] = item
        else:
            docs[item.doc_id] = item
    return docs, skipped


def _no_control_characters(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n\r" or ch == "\ufeff" for ch in text)


# ---------------------------------------------------------------------------------------------
# Encodings


ENCODED = {
    "utf-8": ((ZH + EN).encode("utf-8"), ZH + EN),
    "utf-8 with BOM": ((ZH + EN).encode("utf-8-sig"), ZH + EN),
    "utf-16-le with BOM": (b"\xff\xfe" + (ZH + EN).encode("utf-16-le"), ZH + EN),
    "utf-16-be with BOM": (b"\xfe\xff" + (ZH + EN).encode("utf-16-be"), ZH + EN),
    "utf-16-le without BOM": ((ZH + EN).encode("utf-16-le"), ZH + EN),
    "utf-16-be without BOM": ((ZH + EN).encode("utf-16-be"), ZH + EN),
    "english utf-16-le without BOM": (EN.encode("utf-16-le"), EN),
    "utf-32 with BOM": ((ZH + EN).encode("utf-32"), ZH + EN),
    "gb18030": ((ZH + EN).encode("gb18030"), ZH + EN),
    "gbk": (ZH.encode("gbk"), ZH),
    "big5": (ZH_TRADITIONAL.encode("big5"), ZH_TRADITIONAL),
}


@pytest.mark.parametrize("name", ENCODED)
def test_encodings_are_detected_and_decoded(tmp_path: Path, name: str) -> None:
    data, text = ENCODED[name]
    (tmp_path / "doc.txt").write_bytes(data)
    docs, skipped = _items(tmp_path)
    assert not skipped, skipped
    assert docs["doc.txt"].text == text


def test_mojibake_is_repaired_when_read(tmp_path: Path) -> None:
    (tmp_path / "web.md").write_text("[ç®€ä½“ä¸æ–‡](README.zh.md) | English ðŸ˜„ â€œquotedâ€\n", encoding="utf-8")
    text = _items(tmp_path)[0]["web.md"].text
    # The closing quote lost its last byte (0x9D, which cp1252 cannot show) and no dictionary
    # word says which byte it was: it becomes U+FFFD, and no mojibake is left.
    assert text == "[简体中文](README.zh.md) | English 😄 “quoted\ufffd\n"


def test_nul_bytes_and_control_characters_are_removed(tmp_path: Path) -> None:
    raw = "Open\x00AI released\x01 GPT-4\x7f.\x1b[31m Baidu\x9d released\x81 ERNIE\ufeff.\r\nEnd\x00\x00\x00\n"
    (tmp_path / "ctl.txt").write_bytes(raw.encode("utf-8") + b"\x00" * 64)
    text = _items(tmp_path)[0]["ctl.txt"].text
    assert _no_control_characters(text) and not any("\x80" <= ch <= "\x9f" for ch in text)
    assert "OpenAI released GPT-4." in text and "Baidu released ERNIE." in text


def test_page_breaks_and_old_mac_line_ends_end_lines(tmp_path: Path) -> None:
    (tmp_path / "pages.txt").write_bytes(b"First page ends here\x0cSecond page\rThird line\r\nFourth\x0bFifth")
    doc = _items(tmp_path)[0]["pages.txt"]
    assert [s.text for s in split_sentences(doc)] == ["First page ends here", "Second page", "Third line", "Fourth",
                                                       "Fifth"]


def test_a_character_cut_at_the_end_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "cut.txt").write_bytes("OpenAI 发布了 GPT-4。百川".encode("utf-8")[:-1])
    assert _items(tmp_path)[0]["cut.txt"].text == "OpenAI 发布了 GPT-4。百\ufffd"


@pytest.mark.parametrize("data", [random.Random(7).randbytes(4096),
                                  b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
                                  b"PK\x03\x04" + random.Random(8).randbytes(2000),
                                  "\x01\x02\x03\x04\x05\x06 binary as UTF-8 ".encode("utf-8") * 50],
                         ids=["random", "png", "zip", "controls"])
def test_binary_files_are_named_and_skipped(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "blob.txt").write_bytes(data)
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    docs, skipped = _items(tmp_path)
    assert list(docs) == ["ok.txt"]
    assert skipped["blob.txt"].path.endswith("blob.txt")
    assert "binary" in skipped["blob.txt"].reason and "convert it to UTF-8" in skipped["blob.txt"].reason


# ---------------------------------------------------------------------------------------------
# Sizes and shapes


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\x00" * 1000, "\ufeff".encode("utf-8"), b"\xff\xfe"],
                         ids=["empty", "blank", "nul-only", "bom-only", "utf16-bom-only"])
def test_files_without_text_are_skipped_with_a_reason(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "none.txt").write_bytes(data)
    _, skipped = _items(tmp_path)
    assert "has no text" in skipped["none.txt"].reason and "add text or remove it" in skipped["none.txt"].reason


def test_a_200_mb_file_is_skipped_at_once_naming_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 200 MB long, no disk and no time to write
        handle.truncate(200 * 10**6)
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    started = time.perf_counter()
    docs, skipped = _items(tmp_path)
    assert time.perf_counter() - started < 5
    assert list(docs) == ["ok.txt"]
    assert "190.7 MiB" in skipped["big.txt"].reason and "split it into smaller files" in skipped["big.txt"].reason

    result = build_cli(tmp_path, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "big.txt" in result.output and "split it" in result.output
    strict = build_cli(tmp_path, tmp_path / "strict", "--strict")
    assert strict.exit_code == 4 and "big.txt" in strict.output


def test_the_size_limit_can_be_lowered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(EN * 100, encoding="utf-8")
    assert isinstance(read_document(tmp_path / "a.txt", "a.txt", max_bytes=1000), Skipped)
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    _, skipped = _items(tmp_path)
    assert "more than the 1000 bytes a document may have" in skipped["a.txt"].reason


def test_a_file_growing_past_the_limit_is_not_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The size is checked before reading, and reading stops one byte past the limit."""
    (tmp_path / "growing.txt").write_text(EN * 1000, encoding="utf-8")
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:  # the size it had when the build began
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, info.st_ino, info.st_dev, info.st_nlink, info.st_uid, info.st_gid, 10,
                               info.st_atime, info.st_mtime, info.st_ctime))

    monkeypatch.setattr(reader.os, "fstat", stale_fstat)
    read_sizes: list[int] = []
    real_read = os.read
    monkeypatch.setattr(reader.os, "read", lambda fd, n: read_sizes.append(n) or real_read(fd, n))
    item = read_document(tmp_path / "growing.txt", "growing.txt", max_bytes=5000)
    assert isinstance(item, Skipped) and "more than the 5000 bytes" in item.reason
    assert sum(read_sizes) <= 5001


@pytest.mark.parametrize(("unit", "megabytes"), [("word ", 10), ("-", 4), ("；", 4), ("!", 4), ("A. ", 1)],
                         ids=["no-break", "hyphens", "cjk-semicolons", "bangs", "initials"])
def test_one_huge_line_splits_in_linear_time(unit: str, megabytes: int) -> None:
    """A line of ``megabytes`` MB with no sentence break (or with only breaks that do not end a
    sentence): sentences are cut at MAX_SENTENCE, and 4x the text takes about 4x the time."""
    seconds = []
    for size in (megabytes * 10**6 // 4, megabytes * 10**6):
        line = unit * (size // len(unit))
        started = time.process_time()
        sentences = split_sentences(Document("d", "d", line, hidden=hidden_spans(line)))
        seconds.append(time.process_time() - started)
        assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE
        assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
        for s in sentences[:: max(1, len(sentences) // 50)]:
            assert line[s.start:s.end] == s.text
    assert seconds[1] < 8 * seconds[0] + 0.2, seconds


def test_a_folder_of_5000_tiny_files(tmp_path: Path) -> None:
    from graphkit.pipeline import build

    corpus = tmp_path / "corpus"
    for i in range(5000):
        folder = corpus / f"{i // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d}.txt").write_text(f"Company{i} released Model{i} in Beijing.\n", encoding="utf-8")
    started = time.perf_counter()
    result = build(corpus)
    took = time.perf_counter() - started
    assert len(result.documents) == 5000 and not result.skipped
    assert result.documents == sorted(result.documents)
    assert took < 5000 * 0.02, f"{took:.1f} s for 5000 files"


def test_symlink_loops_end_and_broken_links_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to("..")  # a loop through the parent
    (tmp_path / "self").symlink_to(".")
    (tmp_path / "loop1.txt").symlink_to("loop2.txt")
    (tmp_path / "loop2.txt").symlink_to("loop1.txt")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    docs, skipped = _items(tmp_path)
    assert sorted(docs) == ["a.txt", "sub/b.md"]
    assert "symbolic links" in skipped["loop1.txt"].reason and "symbolic links" in skipped["loop2.txt"].reason
    assert "No such file" in skipped["dangling.txt"].reason


def test_a_deeply_nested_corpus_is_no_recursion_error(tmp_path: Path) -> None:
    """os.walk recurses once per level and raised RecursionError 1,000 folders down. The tree
    here is 300 deep and the recursion limit is lowered to 100 above this frame, so that
    pytest's own clean-up (shutil.rmtree, recursive too) still removes the tree afterwards."""
    folder = tmp_path
    for _ in range(300):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text(EN, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 100)
    try:
        docs, skipped = _items(tmp_path)
    finally:
        sys.setrecursionlimit(limit)
    assert not skipped and list(docs) == ["d/" * 300 + "deep.txt"]


def test_an_unreadable_file_is_named_and_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, who may read anything: the refusal is simulated at os.open."""
    (tmp_path / "secret.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reader.os, "open", refusing_open)
    docs, skipped = _items(tmp_path)
    assert list(docs) == ["ok.txt"]
    assert skipped["secret.txt"].reason.startswith("cannot be read (Permission denied)")
    assert "that you may read it" in skipped["secret.txt"].reason


def test_an_unlistable_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text(EN, encoding="utf-8")
    real_scandir = os.scandir

    def refusing_scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    docs, skipped = _items(tmp_path)
    assert list(docs) == ["ok.txt"]
    assert "could not be listed" in skipped["locked"].reason and skipped["locked"].path.endswith("locked")


def test_a_pipe_named_like_a_text_file_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    with bench.time_limit(10):
        docs, skipped = _items(tmp_path)
        result = build_cli(tmp_path, tmp_path / "out")
        only_pipe = build_cli(tmp_path / "pipe.txt", tmp_path / "out2")
    assert list(docs) == ["ok.txt"] and "not a regular file" in skipped["pipe.txt"].reason
    assert result.exit_code == 0 and "pipe.txt" in result.output
    assert only_pipe.exit_code == 3, only_pipe.output


def test_a_folder_named_like_a_text_file_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").mkdir()
    (tmp_path / "notes.txt" / "inner.md").write_text(EN, encoding="utf-8")
    docs, skipped = _items(tmp_path)
    assert list(docs) == ["notes.txt/inner.md"] and not skipped


def test_chinese_and_undecodable_file_names(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "中文").mkdir(parents=True)
    (corpus / "中文" / "报告.txt").write_text(ZH, encoding="utf-8")
    (corpus / "naïve résumé.md").write_text(EN, encoding="utf-8")
    with open(os.path.join(os.fsencode(corpus), b"bad\xff name.txt"), "wb") as handle:  # not UTF-8
        handle.write("Baidu released ERNIE 4.0 in Beijing.\n".encode("utf-8"))
    (corpus / "line\nbreak.txt").write_text("Zhipu released GLM-4.\n", encoding="utf-8")
    docs, skipped = _items(corpus)
    assert not skipped
    assert sorted(docs) == ["bad\\xff name.txt", "line\\x0abreak.txt", "naïve résumé.md", "中文/报告.txt"]

    out = tmp_path / "out"
    result = build_cli(corpus, out)
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"]["read"] == 4
    labels = {str(o) for o in Graph().parse(out / "graph.ttl").objects(None, URIRef(
        "http://www.w3.org/2000/01/rdf-schema#label"))}
    assert {"中文/报告.txt", "bad\\xff name.txt"} <= labels


# ---------------------------------------------------------------------------------------------
# Pattern safety: every adversarial family through the whole pipeline, at two sizes 4x apart.

@pytest.fixture(scope="module")
def warm_pipeline() -> None:
    bench.warm_up()


@pytest.mark.parametrize(("family", "layout"), [(f, layout) for f in bench.FAMILIES for layout in bench.LAYOUTS])
def test_adversarial_text_takes_linear_time(family: str, layout: str, warm_pipeline: None) -> None:
    """Once failed: list_and/sentences (cues._LIST_ITEM backtracked exponentially on "Tools like
    a and a and … the Zed") and digits_dots/sentences (text._NOISE was quadratic on "1.1.1.…")."""
    scaling = bench.measure(family, layout, budget=1.5)
    small, large = scaling.seconds
    assert large < 8 * small or large < 0.25, (
        f"{family}/{layout}: {small:.3f} s at {scaling.sizes[0]} characters, {large:.3f} s at {scaling.sizes[1]}")


# ---------------------------------------------------------------------------------------------
# Export safety

HOSTILE = ['quote " inside', "back\\slash", "trailing backslash\\", "new\nline", "carriage\rreturn", "tab\tbed",
           "a > b", "a < b", '"""triple"""', "'''single'''", "\x00nul", "\x01\x1f\x7f controls", "\x85\x9f C1",
           "right\u200fto\u202eleft\u202c", "line\u2028separator\u2029", "\ufeffbom", "\ufffe\uffff nonchars",
           "{curly} |pipe| ^caret^ `tick`", "%41 percent", "e\u0301 combining", "😀 astral \U0010fffd",
           "中文 “引号” 《书名》", "<http://evil.example/> .", "@prefix x: <y> .", "\\u0022 escaped", " ", "",
           "x" * 300]


def _graph_of(names: list[str]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    iris = []
    for k, name in enumerate(names):
        iri = mint("entity", f"{name} {k}")
        iris.append(iri)
        graph.add_node(iri, name=name, type="Person" if k % 2 else "Organization", labels=[name, f"{name}!"],
                       docs=[name, "plain.txt"], mentions=k + 1, degree=0.5, pagerank=0.25, community=k % 3)
    for k in range(len(iris) - 1):
        graph.add_edge(iris[k], iris[k + 1], key="worksFor", relation="worksFor", weight=1, confidence=0.75,
                       evidence=[{"doc": names[k], "start": k, "end": k + 5, "text": names[k] + " / " + names[k + 1],
                                  "pass": names[k + 1], "confidence": 0.75}])
    return graph


def assert_round_trips(graph: nx.MultiDiGraph) -> None:
    """The Turtle of ``graph`` parses in rdflib and in pyoxigraph (strict about IRIs) back to the
    graph ``to_rdf`` built."""
    data = to_turtle(graph)
    expected = to_rdf(graph)
    assert isomorphic(Graph().parse(data=data, format="turtle"), expected)
    triples = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))
    n_triples = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert isomorphic(Graph().parse(data=n_triples, format="nt"), expected)


@pytest.mark.parametrize("name", HOSTILE, ids=[f"{k}:{ascii(h)[:20]}" for k, h in enumerate(HOSTILE)])
def test_a_hostile_string_round_trips_through_turtle(name: str) -> None:
    assert_round_trips(_graph_of([name, "OpenAI", name + name]))


def test_every_hostile_string_at_once_round_trips() -> None:
    assert_round_trips(_graph_of(HOSTILE))


@pytest.mark.parametrize("name", HOSTILE + ["\ud800 lone", "\udcff escaped byte", "?!", "", "\u200b", "A" * 500])
def test_minted_iris_are_valid(name: str) -> None:
    iri = mint("entity", name)
    assert pyoxigraph.NamedNode(iri).value == iri
    assert iri.isascii() and " " not in iri


def test_names_that_fold_to_nothing_do_not_share_an_iri() -> None:
    names = ["?!", "…", "\u200b", "", "!!!"]
    assert len({mint("entity", n) for n in names}) == len(names)
    long_a, long_b = "x" * 200 + "a", "x" * 200 + "b"
    assert mint("entity", long_a) != mint("entity", long_b)


def test_lone_surrogates_in_a_crafted_graph_become_replacement_characters() -> None:
    data = to_turtle(_graph_of(["\ud800 lone", "OpenAI"]))
    labels = {str(o) for o in Graph().parse(data=data, format="turtle").objects()}
    assert "\ufffd lone" in labels


def test_an_export_that_cannot_be_built_is_an_export_error(small_corpus: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder that meets text it cannot encode fails the build with exit 6, before any file
    is written (a lone surrogate once reached rdflib this way)."""
    import graphkit.export.turtle as turtle

    def cannot_encode(graph, *args):
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    out = tmp_path / "out"
    assert build_cli(small_corpus, out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setattr(turtle, "_statements", cannot_encode)
    result = build_cli(small_corpus, out)
    assert result.exit_code == 6, result.output
    assert "cannot build the turtle export" in result.output and "nothing was written" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


HOSTILE_CORPUS = {
    "hostile.md": ('OpenAI released "GPT-4 <b>\\" in 2023, said Sam Altman.\n'
                   'Sam Altman said """hello""" and \u202eevil\u202c things about Baidu.\n'
                   "Baidu\u200f released ERNIE 4.0 in Beijing\u2028 at night.\n"
                   "Robin Li founded Baidu in 2000 \x00\x01 with \x7f Eric Xu.\n"
                   "Zhipu AI released GLM-4 <script>alert('x')</script> & more > less.\n"
                   "百度发布了文心一言。李彦宏创立了百度\ufeff。\n"),
    "中文 名字.txt": "杨立昆教授批评了大模型的路线。百川智能创始人王小川发布了新模型。\n",
    "mojibake.txt": "ç®€ä½“ä¸æ–‡ page about OpenAI and ChatGPT. Sam Altman leads OpenAI.\n",
}


def test_a_hostile_corpus_builds_to_turtle_both_stores_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in HOSTILE_CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "utf16.txt").write_bytes(HOSTILE_CORPUS["hostile.md"].encode("utf-16"))
    (corpus / "gb.txt").write_bytes(HOSTILE_CORPUS["中文 名字.txt"].encode("gb18030") * 3)
    out = tmp_path / "out"
    result = build_cli(corpus, out)
    assert result.exit_code == 0, result.output
    data = (out / "graph.ttl").read_bytes()
    rdflib_graph = Graph().parse(data=data, format="turtle")
    oxigraph_nt = pyoxigraph.serialize(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE)),
                                       format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert isomorphic(rdflib_graph, Graph().parse(data=oxigraph_nt, format="nt"))
    sentences = [str(o) for o in rdflib_graph.objects(None, URIRef("https://w3id.org/graphkit/ontology#sentence"))]
    assert sentences and all(_no_control_characters(s) for s in sentences)
    joined = "\n".join(sentences)
    for kept in ('"GPT-4 <b>\\"', '"""hello"""', "\u202eevil\u202c", "\u2028", "<script>", "& more > less"):
        assert kept in joined, kept


# ---------------------------------------------------------------------------------------------
# Exit codes and messages: 0 ok, 2 usage, 3 no input, 4 partial input under --strict,
# 5 ontology, 6 export. Every message names the file and what to do.


def test_exit_0_on_a_good_build(small_corpus: Path, tmp_path: Path) -> None:
    result = build_cli(small_corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl", "report.json"]


def test_exit_2_on_usage_errors(small_corpus: Path, tmp_path: Path) -> None:
    unknown = build_cli(small_corpus, tmp_path / "out", "--format", "no-such-format")
    assert unknown.exit_code == 2 and "no-such-format" in unknown.output and "turtle" in unknown.output
    bad_option = CliRunner().invoke(main, ["build", str(small_corpus), "--no-such-option"])
    assert bad_option.exit_code == 2 and "--no-such-option" in bad_option.output
    assert not (tmp_path / "out").exists()


def test_exit_3_when_there_is_nothing_to_read(tmp_path: Path) -> None:
    missing = build_cli(tmp_path / "absent", tmp_path / "out")
    assert missing.exit_code == 3 and "absent" in missing.output and "give a folder" in missing.output
    (tmp_path / "empty").mkdir()
    empty = build_cli(tmp_path / "empty", tmp_path / "out")
    assert empty.exit_code == 3 and "no readable" in empty.output and "empty" in empty.output
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "a.txt").write_bytes(b"\x00\xff" * 100)
    (tmp_path / "junk" / "b.md").write_bytes(b"")
    junk = build_cli(tmp_path / "junk", tmp_path / "out")
    assert junk.exit_code == 3 and "2 file(s) could not be read" in junk.output
    assert "a.txt" in junk.output and "b.md" in junk.output  # named as they are skipped
    assert not (tmp_path / "out").exists()


def test_exit_4_when_strict_and_a_file_was_skipped(small_corpus: Path, tmp_path: Path) -> None:
    (small_corpus / "blob.txt").write_bytes(b"\x00\xff" * 100)
    lenient = build_cli(small_corpus, tmp_path / "out")
    assert lenient.exit_code == 0 and "warning: skipped" in lenient.output and "blob.txt" in lenient.output
    strict = build_cli(small_corpus, tmp_path / "strict", "--strict")
    assert strict.exit_code == 4
    assert "blob.txt" in strict.output and "fix or remove them" in strict.output and "--strict" in strict.output
    assert not (tmp_path / "strict").exists()


def test_exit_5_on_a_broken_ontology(small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import graphkit.lexicon as lexicon

    broken = tmp_path / "lexicon.tsv"
    broken.write_text("type\tname\taliases\tsource\nPerson\tNobody\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ontology_file", lambda name: broken)
    result = build_cli(small_corpus, tmp_path / "out")
    assert result.exit_code == 5, result.output
    assert f"{broken}:2" in result.output and "tab-separated fields" in result.output


def test_exit_5_on_a_bad_boilerplate_pattern(tmp_path: Path) -> None:
    from graphkit.corpus.clean import boilerplate_pattern
    from graphkit.errors import OntologyError

    bad = tmp_path / "boilerplate.tsv"
    bad.write_text("pattern\tseen on\nshare (dialog\twidgets\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=f"{bad}:2: bad boilerplate pattern") as caught:
        boilerplate_pattern(bad)
    assert caught.value.exit_code == 5


def test_exit_6_when_the_exports_cannot_be_written(small_corpus: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x", encoding="utf-8")
    into_file = build_cli(small_corpus, a_file)
    assert into_file.exit_code == 6 and "not-a-folder" in into_file.output and "--out" in into_file.output

    out = tmp_path / "out"
    (out / "graph.ttl").mkdir(parents=True)  # a folder where the file should go
    blocked = build_cli(small_corpus, out)
    assert blocked.exit_code == 6 and "graph.ttl" in blocked.output and "remove or rename the folder" in blocked.output
    assert not [p for p in out.iterdir() if p.name.startswith(".graphkit-")]

    import graphkit.export.atomic as atomic

    good = tmp_path / "good"
    assert build_cli(small_corpus, good).exit_code == 0
    before = {p.name: p.read_bytes() for p in good.iterdir()}

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    full = build_cli(small_corpus, good)
    assert full.exit_code == 6 and "No space left on device" in full.output and "free some space" in full.output
    assert {p.name: p.read_bytes() for p in good.iterdir()} == before


def test_query_exit_codes_name_the_file(tmp_path: Path, small_corpus: Path) -> None:
    out = tmp_path / "out"
    assert build_cli(small_corpus, out).exit_code == 0
    missing = CliRunner().invoke(main, ["query", "--graph", str(tmp_path / "none.ttl"), "SELECT * {}"])
    assert missing.exit_code == 3 and "none.ttl" in missing.output and "graphkit build" in missing.output
    (tmp_path / "bad.ttl").write_bytes(b"\xff\xfe not turtle <<<")
    bad_graph = CliRunner().invoke(main, ["query", "--graph", str(tmp_path / "bad.ttl"), "SELECT * {}"])
    assert bad_graph.exit_code == 3 and "bad.ttl" in bad_graph.output and "graphkit build" in bad_graph.output
    bad_query = CliRunner().invoke(main, ["query", "--graph", str(out / "graph.ttl"), "SELEKT nothing"])
    assert bad_query.exit_code == 2


def test_query_names_a_missing_query_file(tmp_path: Path, small_corpus: Path) -> None:
    out = tmp_path / "out"
    assert build_cli(small_corpus, out).exit_code == 0
    result = CliRunner().invoke(main, ["query", "--graph", str(out / "graph.ttl"), str(tmp_path / "missing.rq")])
    assert result.exit_code == 2 and "missing.rq" in result.output
