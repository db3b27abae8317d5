"""Find the spans of a document that are not its content: page boilerplate and repeats.

Spans are hidden rather than cut out, so every offset still points into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..resources import ontology_file

_LINE = re.compile(r"[^\n]*\n?")
_NOT_ALNUM = re.compile(r"[\W_]+")
_FENCE = re.compile(r"```|~~~")
_MIN_REPEAT_CHARS = 40
_SHORT_LINE = 80


def hidden_spans(text: str, patterns: re.Pattern[str] | None = None) -> tuple[tuple[int, int], ...]:
    """Spans of boilerplate lines and of lines the document already said.

    A line is hidden when it matches a boilerplate pattern, when it is a short line repeated
    right after itself ("Share Dialog" twice), when it is a longer line (a passage) that
    appeared earlier in the document: pages that repeat their first half lose the second, or
    when it is in a fenced block of code, whose identifiers name nothing.

    >>> text = "Share Dialog\\nOpenAI released o1.\\nOpenAI released o1.\\n```\\nAutoModel.load()\\n```\\n"
    >>> [text[s:e] for s, e in hidden_spans(text)]
    ['Share Dialog', 'OpenAI released o1.', '```', 'AutoModel.load()', '```']
    """
    boilerplate = patterns or boilerplate_pattern()
    spans: list[tuple[int, int]] = []
    seen_passages: set[str] = set()
    previous_key = ""
    fence = ""  # the marker of the open code block, if any
    pos = 0
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        start = pos
        pos += len(line)
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        span = (start + lead, start + lead + len(stripped))
        marker = _FENCE.match(stripped)
        if fence or marker:
            spans.append(span)
            if marker and (not fence or marker.group() == fence):
                fence = "" if fence else marker.group()
            continue
        key = _key(stripped)
        if boilerplate.fullmatch(stripped):
            spans.append(span)
        elif len(key) >= _MIN_REPEAT_CHARS and key in seen_passages:
            spans.append(span)
        elif len(stripped) <= _SHORT_LINE and key and key == previous_key:
            spans.append(span)
        if len(key) >= _MIN_REPEAT_CHARS:
            seen_passages.add(key)
        previous_key = key
    return tuple(spans)


def _key(line: str) -> str:
    # [\W_] is exactly "not str.isalnum()" for every code point; a regex keeps a 10 MB line fast.
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", line).casefold())


@lru_cache(maxsize=None)
def boilerplate_pattern(path: Path | None = None) -> re.Pattern[str]:
    """The boilerplate patterns of ``ontology/boilerplate.tsv`` as one compiled pattern."""
    source = path or ontology_file("boilerplate.tsv")
    alternatives = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("pattern\t"):
            continue
        pattern = line.split("\t", 1)[0]
        try:
            re.compile(pattern)
        except re.error as err:
            raise OntologyError(f"{source}:{number}: bad boilerplate pattern {pattern!r}: {err}") from err
        alternatives.append(f"(?:{pattern})")
    return re.compile("|".join(alternatives), re.IGNORECASE)
