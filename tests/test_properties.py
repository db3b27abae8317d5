"""Property-based tests (Hypothesis): reading, sentence splitting, extraction and export hold
their contracts on arbitrary input, not just on the inputs someone thought of.

* reading: any bytes in a file give a Document or a Skipped, never an exception;
* sentence splitting: any text gives sentences inside it, at their offsets, in order, apart;
* extraction: any text runs through every default pass; every mention is the text at its
  offsets, and every relation's sentence holds both ends (or the pronoun standing for one);
* export: any names and evidence give Turtle that rdflib and pyoxigraph read back as the same
  graph.

Each test counts the inputs it tried; the counts are printed at the end of the module.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import networkx as nx
import pyoxigraph
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from graphkit.corpus import Skipped, read_document, split_sentences
from graphkit.corpus.clean import hidden_spans
from graphkit.corpus.repair import repair_text
from graphkit.corpus.sentences import MAX_SENTENCE
from graphkit.export.turtle import to_rdf, to_turtle
from graphkit.extract import DEFAULT_PASSES, Resources, run_passes
from graphkit.iri import mint
from graphkit.lexicon import load_lexicon
from graphkit.model import Document
from graphkit.vocab import EntityType, RelationType

TRIED: Counter[str] = Counter()
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module", autouse=True)
def report_counts(request: pytest.FixtureRequest):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None and TRIED:
        with capture.global_and_fixture_disabled():
            reporter.write_line("\ninputs tried: " + ", ".join(f"{name} {n}" for name, n in sorted(TRIED.items())))


# Pieces of text that exercise the code paths: names the lexicon knows, relation cues, both
# scripts, every kind of punctuation and space, markup, controls and mojibake.
PIECES = ["OpenAI", "Sam Altman", "Baidu", "Robin Li", "ERNIE 4.0", "GPT-4", "ChatGPT", "DeepMind", "Google",
          "Zhou Hongyi", "Wang Xiaochuan", "Baichuan", "Llama 3.1", "o1-preview", "Nvidia A100", "RLHF",
          "reinforcement learning", "Direct Preference Optimization (DPO)", "Kolmogorov complexity",
          " released ", " founded ", " co-founder of ", " works at ", " said ", " criticized ", " based on ",
          ", CEO of ", "'s ", "’s ", " and ", ", ", " he ", " she ", " He ", " with ", " such as ", " like ",
          "百度", "李彦宏", "创立了", "发布了", "大模型", "百川智能", "王小川", "他", "她", "创始人", "教授", "基于",
          "。", "！", "？", "；", "，", "、", ". ", "! ", "? ", "…", ":", "\n", "\n\n", "\r\n", "\t", " ", "\u3000",
          "\u2028", "# ", "## ", "- ", "* ", "> ", "1. ", "**", "__", "“", "”", "\"", "'", "《", "》", "「", "」",
          "(", ")", "（", "）", "[", "]", "](https://x.org/a)", "https://openai.com/x", "a@b.com", "Dr.", "U.S.",
          "e.g.", "A.", "2024", "3.5", "v2", "-", "—", "\u200f", "\u202e", "\ufeff", "\x00", "\x85", "ç®€ä½“ä¸æ–‡",
          "Share Dialog", "No comments yet", "\ud800", "😀"]
# Sentences shaped like the corpus, so that relation patterns fire too.
statements = st.lists(st.tuples(
    st.sampled_from(["Sam Altman", "Robin Li", "He", "Zhou Hongyi", "Baidu", "OpenAI", "王小川", "他", "Google"]),
    st.sampled_from([" founded ", " released ", ", CEO of ", " works at ", " criticized ", "'s ", " and ", "创立了",
                     "发布了", " is based on ", ", a co-founder of ", " joined "]),
    st.sampled_from(["OpenAI", "Baidu", "ERNIE 4.0", "GPT-4", "Baichuan", "百川智能", "DeepMind", "RLHF"]),
    st.sampled_from([". ", "。", ".\n", " in 2015. ", ", ", "\n"])).map("".join), max_size=8).map("".join)
texts = st.one_of(
    st.text(max_size=400),
    statements,
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join),
)


# ---------------------------------------------------------------------------------------------
# Reading: arbitrary bytes


def _encodings(text: str) -> st.SearchStrategy[bytes]:
    """``text`` in one of the encodings a corpus may use; what a codec cannot write (a lone
    surrogate, Chinese in latin-1) becomes "?"."""
    return st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5",
                            "cp1252", "latin-1"]).map(lambda codec: text.encode(codec, errors="replace"))


file_bytes = st.one_of(
    st.binary(max_size=3000),
    texts.flatmap(_encodings),
    st.tuples(texts.flatmap(_encodings), st.binary(max_size=20), st.integers(0, 3000)).map(
        lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:]),  # bytes spliced into encoded text
    st.tuples(st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00"]),
              st.binary(max_size=500)).map(b"".join),
)


@settings(max_examples=400, **SETTINGS)
@given(data=file_bytes)
def test_any_bytes_read_to_a_document_or_a_skipped(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    TRIED["reading"] += 1
    path = tmp_path_factory.mktemp("read") / "any.txt"
    path.write_bytes(data)
    item = read_document(path, "any.txt")
    assert isinstance(item, (Document, Skipped))
    event(f"read as {item.encoding}" if isinstance(item, Document) else f"skipped: {item.reason.split(';')[0]}")
    if isinstance(item, Skipped):
        assert item.path.endswith("any.txt") and item.reason
        return
    assert item.text.strip()
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n\r" for ch in item.text)
    assert "\ufeff" not in item.text
    for start, end in item.hidden:
        assert 0 <= start <= end <= len(item.text)


@settings(max_examples=300, **SETTINGS)
@given(text=texts)
def test_repair_leaves_no_control_characters_or_surrogates(text: str) -> None:
    TRIED["repair"] += 1
    repaired, repairs = repair_text(text)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n\r" for ch in repaired)
    assert repairs >= 0 and (repairs > 0 or repaired == text)
    repaired.encode("utf-8")  # valid Unicode, writable anywhere


# ---------------------------------------------------------------------------------------------
# Sentence splitting: arbitrary Unicode


def _check_sentences(doc: Document) -> None:
    sentences = split_sentences(doc)
    previous_end = 0
    for index, s in enumerate(sentences):
        assert s.index == index and s.doc_id == doc.doc_id
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start:s.end] == s.text
        assert s.start >= previous_end, "sentences overlap or go backwards"
        assert s.text == s.text.strip() and len(s.text) <= MAX_SENTENCE
        previous_end = s.end


@settings(max_examples=1000, **SETTINGS)
@given(text=texts)
def test_sentences_are_inside_the_text_at_their_offsets_and_apart(text: str) -> None:
    TRIED["sentences"] += 1
    _check_sentences(Document("d", "d", text, hidden=hidden_spans(text)))


@settings(max_examples=100, **SETTINGS)
@given(unit=st.sampled_from(PIECES[20:]), repeat=st.integers(200, 1500), filler=st.sampled_from(["", " ", "x", "."]))
def test_long_runs_split_into_bounded_sentences(unit: str, repeat: int, filler: str) -> None:
    TRIED["long runs"] += 1
    text = (unit + filler) * repeat
    _check_sentences(Document("d", "d", text, hidden=hidden_spans(text)))


# ---------------------------------------------------------------------------------------------
# Extraction: arbitrary text through every default pass

_LEXICON = load_lexicon()
# Words that stand for a name given before: pronouns, "the company", "we" in a speaker's line.
_PRONOUN = re.compile(r"\b(?:he|she|his|her|i|me|my|we|our|us|its|it|the company|the model|this model|the former|"
                      r"the latter)\b|[他她我其]|该公司|这家公司|该模型|这款模型|这个模型|前者|后者", re.IGNORECASE)


@settings(max_examples=400, **SETTINGS)
@given(text=texts)
@example(text="《, ”")  # title marks that close on another quote, around nothing
@example(text="A00AA\nA00AA0")  # a family and its version a line apart: both lines are the evidence
def test_extraction_keeps_offsets_and_evidence(text: str) -> None:
    TRIED["extraction"] += 1
    doc = Document("d.txt", "d.txt", text, hidden=hidden_spans(text))
    sentences = split_sentences(doc)
    found = run_passes(doc, sentences, DEFAULT_PASSES, Resources(_LEXICON))
    event("with relations" if found.relations else "with mentions" if found.mentions else "nothing found")
    for m in found.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text, (m, text[m.start:m.end])
        assert m.type is None or isinstance(m.type, EntityType)
    for r in found.relations:
        s = r.sentence
        assert isinstance(r.relation, RelationType) and 0 < r.confidence <= 1
        assert text[s.start:s.end] == s.text
        for end in (r.head, r.tail):
            inside = s.start <= end.start and end.end <= s.end
            # Outside the evidence only through a word for it: "he"/"他", "its", "we" in a speaker's line.
            pronoun = end.sentence < s.index and _PRONOUN.search(s.text)
            assert inside or pronoun, (r.relation, end, s)


def test_extraction_survives_a_lone_surrogate() -> None:
    doc = Document("d.txt", "d.txt", "OpenAI \ud800 released GPT-4.")
    run_passes(doc, split_sentences(doc), DEFAULT_PASSES, Resources(_LEXICON))


# ---------------------------------------------------------------------------------------------
# Export: arbitrary names and evidence round-trip through Turtle

names = texts.filter(lambda t: len(t) < 200)  # lone surrogates too: Turtle writes them as U+FFFD
evidence = st.fixed_dictionaries({"doc": names, "start": st.integers(0, 10**6), "length": st.integers(1, 10**4),
                                  "text": texts, "pass": names,
                                  "confidence": st.floats(0.01, 1.0, allow_nan=False)})


@st.composite
def knowledge_graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    node_names = draw(st.lists(names, min_size=1, max_size=5, unique_by=lambda n: mint("entity", n)))
    iris = [mint("entity", n) for n in node_names]
    for iri, name in zip(iris, node_names, strict=True):
        graph.add_node(iri, name=name, type=draw(st.sampled_from([t.value for t in EntityType] + [None])),
                       labels=draw(st.lists(names, max_size=3)) + [name], docs=draw(st.lists(names, max_size=3)),
                       mentions=draw(st.integers(0, 1000)), degree=draw(st.floats(0, 1)),
                       pagerank=draw(st.floats(0, 1)), community=draw(st.integers(0, 50)))
    for _ in range(draw(st.integers(0, 6))):
        head, tail = draw(st.sampled_from(iris)), draw(st.sampled_from(iris))
        relation = draw(st.sampled_from([r.value for r in RelationType] + ["coOccursWith"]))
        items = draw(st.lists(evidence, min_size=1, max_size=3))
        graph.add_edge(head, tail, key=relation, relation=relation, weight=len(items),
                       confidence=max(e["confidence"] for e in items),
                       evidence=[{"doc": e["doc"], "start": e["start"], "end": e["start"] + e["length"],
                                  "text": e["text"], "pass": e["pass"], "confidence": e["confidence"]}
                                 for e in items])
    return graph


@settings(max_examples=200, **SETTINGS)
@given(graph=knowledge_graphs())
def test_any_names_and_evidence_round_trip_through_turtle(graph: nx.MultiDiGraph) -> None:
    TRIED["export"] += 1
    data = to_turtle(graph)
    expected = to_rdf(graph)
    assert isomorphic(Graph().parse(data=data, format="turtle"), expected)
    triples = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(expected)
    n_triples = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert isomorphic(Graph().parse(data=n_triples, format="nt"), expected)


@settings(max_examples=500, **SETTINGS)
@given(kind=st.sampled_from(["entity", "document", "assertion"]), name=texts)
def test_minted_iris_are_always_valid(kind: str, name: str) -> None:
    TRIED["iris"] += 1
    iri = mint(kind, name)
    assert pyoxigraph.NamedNode(iri).value == iri and iri.isascii()
