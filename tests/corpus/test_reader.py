from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.corpus import Skipped, read_corpus, split_sentences
from graphkit.corpus.repair import repair_text
from graphkit.errors import CorpusError
from graphkit.model import Document


def _docs(folder: Path):
    return list(read_corpus(folder))


def test_mojibake_with_lost_bytes_is_repaired() -> None:
    text, repairs = repair_text("[ç®€ä½“ä¸æ–‡](README.zh.md) | English ðŸ˜„")
    assert text == "[简体中文](README.zh.md) | English 😄"
    assert repairs >= 1


def test_clean_text_is_left_alone() -> None:
    assert repair_text("Café “naïve” 中文 — ok") == ("Café “naïve” 中文 — ok", 0)


def test_boilerplate_and_repeated_passages_are_hidden(tmp_path: Path) -> None:
    body = "OpenAI released o1 after a long wait and many rumours about it.\n"
    (tmp_path / "a.txt").write_text("<100 subscribers\nShare Dialog\nShare Dialog\n" + body + body +
                                    "Share this post: Twitter | LinkedIn | Copy link\nFollow us on X\n"
                                    "No comments yet\n", encoding="utf-8")
    (doc,) = _docs(tmp_path)
    sentences = [s.text for s in split_sentences(doc)]
    assert sentences == [body.strip()]


SIMPLIFIED = "杨立昆教授认为大模型还缺少世界模型。百川智能发布了新模型。" * 3
TRADITIONAL = "楊立昆教授認為大模型還缺少世界模型。百川智能發布了新模型。" * 3


@pytest.mark.parametrize(("encoding", "text"), [("utf-16", SIMPLIFIED), ("gb18030", SIMPLIFIED),
                                                ("big5", TRADITIONAL), ("utf-8-sig", SIMPLIFIED)])
def test_common_chinese_encodings_are_decoded(tmp_path: Path, encoding: str, text: str) -> None:
    (tmp_path / "zh.txt").write_bytes(text.encode(encoding))
    (doc,) = _docs(tmp_path)
    assert doc.text == text


def test_unreadable_inputs_are_named_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Baidu released ERNIE.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    items = _docs(tmp_path)
    skipped = {Path(i.path).name: i.reason for i in items if isinstance(i, Skipped)}
    assert set(skipped) == {"empty.txt", "binary.txt"}
    assert "empty" in skipped["empty.txt"] and "binary" in skipped["binary.txt"]
    assert [i.doc_id for i in items if not isinstance(i, Skipped)] == ["ok.txt"]


def test_missing_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        _docs(tmp_path / "nope")


def test_sentence_offsets_point_into_the_text(small_corpus: Path) -> None:
    for doc in _docs(small_corpus):
        sentences = split_sentences(doc)
        assert sentences
        for s in sentences:
            assert doc.text[s.start:s.end] == s.text


def test_chinese_and_english_sentences_split(small_corpus: Path) -> None:
    zh = next(d for d in _docs(small_corpus) if d.doc_id == "zh.txt")
    assert [s.text for s in split_sentences(zh)] == [
        "杨立昆教授批评了大模型的路线。", "柯氏复杂度是信息论的核心概念。", "百川智能创始人王小川发布了新模型。"]


def test_lower_case_captions_join_their_lines_up_to_a_timestamp() -> None:
    captions = "00:04\n" + "so today we talk about alignment and\nwhere it came from\n" * 20 + \
        "01:02\nanthropic was founded in 2021 by dario amade\nand his sister daniela amade\n"
    sentences = [s.text for s in split_sentences(Document("c", "c", captions))]
    assert "anthropic was founded in 2021 by dario amade\nand his sister daniela amade" in sentences
    assert "01:02" in sentences and not any("01:02" in s and s != "01:02" for s in sentences)
    cased = "Anthropic was founded in 2021 by\nDario Amodei.\n"
    assert len(split_sentences(Document("d", "d", cased))) == 2  # text with case keeps its lines
