"""Entries of a bibliography: who wrote which title.

Survey excerpts, lecture notes and encyclopedic articles end in a list of references, written
in one of a few house styles:

- numbered, initials first: "[9] E. Frantar et al. GPTQ: Accurate post-training quantization…
  ICLR, 2023." or with a quoted title, "A. Vaswani et al., “Attention is all you need,” in…";
- APA, family name first: "Vaswani, A., Shazeer, N., & Polosukhin, I. (2017). Attention is all
  you need. In NeurIPS.";
- GB/T 7714, as Chinese papers cite: "[1] Vaswani A, Shazeer N, et al. Attention is all you
  need[C]//NIPS. 2017.";
- full names: "Ashish Vaswani, Noam Shazeer and Niki Parmar. Attention is all you need. 2017."

The full stops of an entry end its authors and its title, not a sentence, so the sentence
splitter keeps an entry whole. An entry is read only when every author parses as a name and
the entry holds a year; anything else is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_ENTRY = 600
MAX_AUTHORS = 30

_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin Extended-A mixes cases; "Ł" and "Š" open names
_WORD = rf"[{_CAPITAL}][\w'’\-]*[a-zà-ÿ][\w'’\-]*"  # a capitalised name word with a lower-case letter
_PARTICLE = r"(?:(?:van|von|der|den|de|da|di|del|du|dos|le|la|bin|ibn)\s+)"
_FAMILY = rf"{_PARTICLE}*{_WORD}"
_INITIALS = rf"(?:[{_CAPITAL}]\.\s?-?){{1,3}}"
_INITIALS_FIRST = re.compile(rf"{_INITIALS}\s?(?:{_WORD}\s)?{_FAMILY}")  # "E. J. Hu", "L. van der Maaten"
_FULL_NAME = re.compile(rf"{_WORD}(?:\s(?:[A-Z]\.|{_WORD}))?\s{_FAMILY}")  # "Edward J. Hu", "Ashish Vaswani"
_FAMILY_INITIALS = re.compile(rf"({_FAMILY})\s[A-Z](?:\s?[A-Z]){{0,2}}")  # GB/T 7714: "Vaswani A", "Chang M W"
_ONLY_INITIALS = re.compile(_INITIALS)
_ONE_WORD = re.compile(r"[A-Z][\w'’.\-]*[A-Za-z0-9]")  # "DeepSeek-AI", "OpenAI": a team as author
_SEPARATOR = re.compile(r"\s*,\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+")
_ET_AL = re.compile(r",?\s*(?:et\s+al\.?|等)\s*$")
_APA_YEAR = re.compile(r"\s*(?:\((?:19|20)\d{2}[a-z]?(?:,[^)]{0,20})?\)|(?:19|20)\d{2}[a-z]?)\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}[a-z]?\b")
_MARKER = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]|[-*•])\s+")
_YEAR_AFTER = re.compile(r"\.?\s*(?:\((?:19|20)\d{2}[a-z]?\)|(?:19|20)\d{2}[a-z]?)(?=\.)")  # "… et al. (2020). Title"
_QUOTED_TITLE = re.compile(r"[“\"]([^”\"]{4,300}?)[,.]?[”\"]")
_TITLE_END = re.compile(r"[.?!](?=\s|$)|\[[A-Z]{1,2}\]|//")
# What may open the authors of an entry, tested before the parse: an APA family name and
# initials, a family name and "et al.", initials and a family name, GB/T's family name and
# initials, or a full name.
_OPENING = re.compile(rf"{_FAMILY},\s[{_CAPITAL}]\.|{_FAMILY}\set\sal\.|{_INITIALS}\s?{_FAMILY}|{_FAMILY}\s[A-Z](?:\s?[A-Z]){{0,2}}[,.]"
                      rf"|{_WORD}\s(?:[A-Z]\.\s)?{_FAMILY}(?:\s?[,.(]|\sand\s)|{_ONE_WORD.pattern}\.\s\((?:19|20)\d{{2}}")


@dataclass(frozen=True)
class Author:
    start: int
    end: int
    person: bool  # else a team or company ("DeepSeek-AI", "OpenAI")


@dataclass(frozen=True)
class Reference:
    """Offsets are into the text that was parsed."""

    authors: tuple[Author, ...]
    title_start: int
    title_end: int
    et_al: bool


def parse_reference(text: str, start: int = 0) -> Reference | None:
    """The authors and title of a bibliography entry that ``text`` holds from ``start``, or None.

    >>> text = "[8] W. Fedus, B. Zoph, and N. Shazeer. Switch Transformers: Scaling to trillion parameter models. JMLR, 2022."
    >>> ref = parse_reference(text)
    >>> [text[a.start:a.end] for a in ref.authors], text[ref.title_start:ref.title_end]
    (['W. Fedus', 'B. Zoph', 'N. Shazeer'], 'Switch Transformers: Scaling to trillion parameter models')
    >>> ref = parse_reference("Frantar, E., & Alistarh, D. (2023). SparseGPT: Massive language models can be pruned. In ICML.")
    >>> [(a.start, a.end) for a in ref.authors], ref.title_start
    ([(0, 7), (15, 23)], 36)
    >>> parse_reference("[2] OpenAI released GPT-4 in March 2023. It was a big step.") is None
    True
    """
    if len(text) - start > MAX_ENTRY:
        return None
    marker = _MARKER.match(text, start)
    pos = marker.end() if marker else start
    if not (marker and marker.group().startswith("[") and text[pos:pos + 1].isupper() or _OPENING.match(text, pos)) \
            or not _YEAR.search(text, pos):
        return None
    quoted = _QUOTED_TITLE.search(text, pos)
    if quoted:
        authors_end, title_start, title_end = quoted.start(), quoted.start(1), quoted.end(1)
        title_end = _strip_end(text, title_start, title_end)
    else:
        boundary = _authors_end(text, pos)
        if boundary is None:
            return None
        year = _YEAR_AFTER.match(text, boundary)
        if year:
            boundary = year.end()
        authors_end, title_start = boundary, boundary + 1
        while title_start < len(text) and text[title_start].isspace():
            title_start += 1
        end = _TITLE_END.search(text, title_start)
        title_end = _strip_end(text, title_start, end.start() + (text[end.start()] == "?") if end else len(text))
    title = text[title_start:title_end]
    if not (_YEAR.search(text, pos, authors_end) or _YEAR.search(text, title_end)):
        return None  # a year in the title alone: "Yann LeCun. In 2022 he wrote a paper."
    if len(title.split()) < 2 or not title[:1].isupper() and not title[:1].isdigit():
        return None
    authors = _authors(text, pos, authors_end)
    if authors is None:
        return None
    listed, et_al = authors
    return Reference(listed, title_start, title_end, et_al)


def _authors_end(text: str, start: int) -> int | None:
    """Offset of the full stop that ends the authors: the first that follows no initial."""
    for dot in re.finditer(r"\.(?=\s+\S)", text[:MAX_ENTRY + start]):
        if dot.start() < start:
            continue
        before = text[start:dot.start()]
        if re.search(rf"(?:^|[,&]\s*|\band\s+|[{_CAPITAL}]\.\s?-?)[{_CAPITAL}]$", before):
            continue  # an initial: "E. Frantar", "Alistarh, D. (2023)"; not GB/T's closing "Toutanova K."
        return dot.start()
    return None


def _authors(text: str, start: int, end: int) -> tuple[tuple[Author, ...], bool] | None:
    segment = text[start:end].rstrip(" ,")
    year = _APA_YEAR.search(segment)
    if year:
        segment = segment[:year.start()]
    et_al = _ET_AL.search(segment)
    if et_al:
        segment = segment[:et_al.start()]
    segment = re.sub(r"(?<=[A-Za-z0-9]{2})\.$", "", segment.rstrip(" ,"))  # "OpenAI. (2023)", not "Dean, J."
    pieces: list[tuple[int, int]] = []
    last = 0
    for sep in _SEPARATOR.finditer(segment):
        pieces.append((last, sep.start()))
        last = sep.end()
    pieces.append((last, len(segment)))
    if not pieces or len(pieces) > 2 * MAX_AUTHORS or any(a == b for a, b in pieces):
        return None
    texts = [segment[a:b] for a, b in pieces]
    found: list[Author] = []
    if len(pieces) >= 2 and len(pieces) % 2 == 0 and all(_ONLY_INITIALS.fullmatch(t.strip()) for t in texts[1::2]) \
            and all(re.fullmatch(_FAMILY, t) for t in texts[::2]):
        # APA: "Frantar, E., Ashkboos, S., & Alistarh, D." pairs a family name with initials
        found = [Author(start + a, start + b, True) for a, b in pieces[::2]]
    else:
        for (a, b), piece in zip(pieces, texts):
            family = _FAMILY_INITIALS.fullmatch(piece)
            if _INITIALS_FIRST.fullmatch(piece) or _FULL_NAME.fullmatch(piece):
                found.append(Author(start + a, start + b, True))
            elif family:
                found.append(Author(start + a, start + a + family.end(1), True))
            elif len(pieces) == 1 and et_al and re.fullmatch(_FAMILY, piece):
                found.append(Author(start + a, start + b, True))  # "Kestrel et al. (2020)"
            elif len(pieces) == 1 and _ONE_WORD.fullmatch(piece):
                found.append(Author(start + a, start + b, False))
            else:
                return None
    if len(found) > MAX_AUTHORS:
        return None
    return tuple(found), et_al is not None


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end

