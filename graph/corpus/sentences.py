"""Split a document into sentences in English and Chinese, keeping offsets into its text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Document, Sentence
from .casing import caseless
from .references import parse_reference

# A sentence ends at Chinese end punctuation, or at . ! ? followed by space, and takes any
# closing quotes or brackets with it. Abbreviations and initials ("Dr.", "U.S.", "e.g.") are
# rejoined below. Runs of end punctuation are taken whole (possessive) and only from their
# first character (look-behind), so a line of ten million "；" or "!" is scanned once, not once
# per character: the pattern stays linear in time on any line.
_END = re.compile(r"(?:(?<![。！？；])[。！？；]++|(?<![!?])[!?]++|\.(?!\d))[\"'”’」』）)\]]*+(?=\s|$)"
                  r"|[。！？]++[\"'”’」』）)\]]*+")
_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Prof Sr Jr St vs etc No Inc Ltd Co Corp Fig al approx cf Jan Feb Mar Apr "
                           "Jun Jul Aug Sep Sept Oct Nov Dec".split())
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_MARKUP_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*|[*+\-]\s+|\d{1,3}[.)]\s+|\*\*|__)+")
_TERMINAL = tuple(".!?。！？:：;；,，…\"”'’)")
MAX_SENTENCE = 2000


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the visible (not hidden) lines of a document.

    >>> from graphkit.model import Document
    >>> doc = Document("d", "d", "# Title\\nDr. Li met Zhou. 他创立了公司。然后离开。")
    >>> [(s.text, s.heading) for s in split_sentences(doc)]
    [('Title', True), ('Dr. Li met Zhou.', False), ('他创立了公司。', False), ('然后离开。', False)]
    """
    sentences: list[Sentence] = []
    lines = _visible_lines(doc)
    for start, end in _caption_blocks(doc.text, lines) if caseless(doc.text) else lines:
        line = doc.text[start:end]
        prefix = _MARKUP_PREFIX.match(line)
        heading = line.startswith("#") or _looks_like_heading(line)
        offset = prefix.end() if prefix else 0
        # the full stops of a bibliography entry end its authors and title, not a sentence
        pieces = _trimmed(line, offset, len(line)) if parse_reference(line, offset) else _split_line(line, offset)
        for s_start, s_end in pieces:
            text = line[s_start:s_end]
            sentences.append(Sentence(doc.doc_id, len(sentences), start + s_start, start + s_end, text,
                                      heading or _title_case(text)))
    return sentences


_TIMESTAMP_LINE = re.compile(r"\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?")


def _caption_blocks(text: str, lines: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Automatic captions break a sentence across lines and mark no end: a line that does not
    end a sentence goes on into the next, up to a blank line or a timestamp."""
    block: tuple[int, int] | None = None
    for start, end in lines:
        stamp = _TIMESTAMP_LINE.fullmatch(text, start, end) is not None
        if block is not None and not stamp and text[block[1]:start].count("\n") == 1 and \
                not text[block[1] - 1].endswith(_TERMINAL) and end - block[0] <= MAX_SENTENCE:
            block = (block[0], end)
            continue
        if block is not None:
            yield block
        block = None if stamp else (start, end)
        if stamp:
            yield start, end
    if block is not None:
        yield block


def _visible_lines(doc: Document) -> Iterator[tuple[int, int]]:
    hidden = sorted(doc.hidden)
    h = 0
    pos = 0
    text = doc.text
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        while h < len(hidden) and hidden[h][1] <= pos:
            h += 1
        covered = h < len(hidden) and hidden[h][0] <= pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
        if not covered:
            line = text[pos:end]
            lead = len(line) - len(line.lstrip())
            trail = len(line.rstrip())
            if trail > lead:
                yield pos + lead, pos + trail
        pos = end + 1


def _split_line(line: str, offset: int) -> Iterator[tuple[int, int]]:
    start = offset
    body = line[offset:]  # the look-behinds of _END must not see the markup before ``offset``
    for match in _END.finditer(body):
        end = offset + match.end()
        if line[end - 1] == "." and _abbreviation_before(line, start, end - 1):
            continue
        yield from _trimmed(line, start, end)
        start = end
    if start < len(line):
        yield from _trimmed(line, start, len(line))


def _abbreviation_before(line: str, start: int, dot: int) -> bool:
    """Whether the word before the full stop at ``dot`` is an abbreviation ("Dr", "e.g", "etc")
    or an initial ("J", "U.S"), the word starting no earlier than ``start``.

    Only the few characters before the dot are looked at, so a line of ten million initials
    ("A. B. C. …", each one rejoined to the next) costs linear time.
    """
    first = dot
    while first > start and dot - first <= _LONGEST_ABBREVIATION and _is_word_char(line[first - 1]):
        first -= 1
    word = line[first:dot]
    if not word or dot - first > _LONGEST_ABBREVIATION or first > start and _is_word_char(line[first - 1]):
        return False
    if word in _ABBREVIATIONS or len(word) == 1 and "A" <= word <= "Z":
        return True
    # "e.g." and "i.e.": the word before the last dot is the "g" or "e" after an inner one.
    return word in ("g", "e") and line[max(start, first - 2):dot] in ("e.g", "i.e") and (
        first - 2 == start or first - 2 > start and not _is_word_char(line[first - 3]))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # exactly what \w matches


def _trimmed(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = line.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        piece_end = cut
        while line[piece_end - 1].isspace():  # "word\t " keeps no tab; start is no space
            piece_end -= 1
        yield start, piece_end
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if end > start:
        yield start, end


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Sixteen content words and the minor words between them never take more characters than this.
_TITLE_MAX = 400
_MINOR = frozenset("a an the and or of for in on at to by with from as vs via is are its".split())


def _title_case(text: str) -> bool:
    """Whether a sentence is written in Title Case ("Hall 1: Breakthroughs in Foundational Models"),
    where capitals say nothing about names."""
    if len(text) > _TITLE_MAX or _CJK.search(text):
        return False  # Latin names inside Chinese prose are not a heading
    words = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.lower() in _MINOR:
            continue
        words += 1
        if words > 16 or not word[0].isupper():
            return False  # stop at the first sign: a 2000-character sentence costs no more than a title
    return words >= 2


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip().strip("*_")
    if not stripped or len(stripped) > 80 or stripped.endswith(_TERMINAL):
        return False
    words = stripped.split()
    return len(words) <= 12 and not any(ch in stripped for ch in "。，！？")
