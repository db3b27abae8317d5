"""Repair text that was decoded with the wrong codec (mojibake) and strip control characters.

ftfy undoes UTF-8-read-as-cp1252 when every byte survived. Web pages often lose the bytes
that cp1252 cannot show (0x81, 0x8D, 0x8F, 0x90, 0x9D) or that render invisibly (0xAD, the soft
hyphen), which leaves ftfy nothing to undo: "ç®€ä½“ä¸æ–‡" is 简体中文 with the 0xAD of 中 gone.
For such runs we re-insert the one lost byte that makes a word of the Chinese dictionary, and
write U+FFFD where no candidate does, so no mojibake reaches extraction.
"""

from __future__ import annotations

import re

import ftfy

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
    fix_line_breaks=False, normalization=None, explain=False,
)
_LOST_BYTES = (0xAD, 0x81, 0x8D, 0x8F, 0x90, 0x9D)
_CP1252_BYTE = {}
for _b in range(0x80, 0x100):
    try:
        _CP1252_BYTE[bytes([_b]).decode("cp1252")] = _b
    except UnicodeDecodeError:
        pass
_HIGH = "".join(sorted(_CP1252_BYTE))
_RUN = re.compile(f"[{re.escape(_HIGH)}]{{2,}}")
# Old Mac line ends, vertical tabs and form feeds (page breaks) end lines: they become "\n",
# which keeps every offset, instead of gluing the words on either side together.
_LINE_BREAK = re.compile("\r(?!\n)|[\x0b\x0c]")
# What is no text is dropped: C0 controls but tab and line ends, DEL, C1 controls (those ftfy
# did not map to the cp1252 characters they stood for), the byte-order mark, lone surrogates
# and the noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0, 0x110000, 0x10000))
_CONTROL = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ud800-\udfff{_NONCHARACTERS}]")
# ftfy leaves a line of printable ASCII, tabs and line ends as it is; most lines are such.
_NOT_PLAIN_ASCII = re.compile(r"[^\t\n\r -~]")


def repair_text(text: str) -> tuple[str, int]:
    r"""Return the repaired text and how many repairs were made.

    >>> repair_text("ç®€ä½“ä¸æ–‡ and ðŸ˜„")[0]
    '简体中文 and 😄'
    >>> repair_text("café naïve")
    ('café naïve', 0)
    >>> repair_text("NUL\x00, C1\x81, BOM\ufeff, lone \ud800, page\x0cbreak")[0]
    'NUL, C1, BOM, lone �, page\nbreak'
    """
    text, breaks = _LINE_BREAK.subn("\n", text) if any(c in text for c in "\r\x0b\x0c") else (text, 0)
    fixed = _fix_lines(text)
    repairs = int(fixed != text) + int(breaks > 0)
    runs_repaired = 0

    def repair(match: re.Match[str]) -> str:
        nonlocal runs_repaired
        repaired = _repair_run(match.group())
        runs_repaired += repaired != match.group()
        return repaired

    fixed = _RUN.sub(repair, fixed)
    # Every character _CONTROL drops is unprintable, so most texts need no search.
    fixed, controls = (fixed, 0) if fixed.replace("\n", "").isprintable() else _CONTROL.subn("", fixed)
    return fixed, repairs + runs_repaired + int(controls > 0)


def _fix_lines(text: str) -> str:
    """``ftfy.fix_text(text)``, which fixes each line on its own, with ftfy run only on the
    lines it could change."""
    if _plain_ascii(text):
        return text
    lines = text.split("\n")
    ends = ["\n"] * (len(lines) - 1) + [""]
    return "".join(line + end if _plain_ascii(line) else ftfy.fix_text(line + end, _FTFY)
                   for line, end in zip(lines, ends))


def _plain_ascii(text: str) -> bool:
    return text.isascii() and (text.isprintable() or not _NOT_PLAIN_ASCII.search(text))


def _repair_run(run: str) -> str:
    data = bytes(_CP1252_BYTE[c] for c in run)
    decoded = _decode_with_lost_bytes(data)
    return run if decoded is None else decoded


def _decode_with_lost_bytes(data: bytes) -> str | None:
    """Decode UTF-8 bytes in which a continuation byte may be missing from some sequences."""
    out: list[str | list[str]] = []
    i = 0
    changed = False
    while i < len(data):
        lead = data[i]
        need = 1 if 0xC2 <= lead <= 0xDF else 2 if 0xE0 <= lead <= 0xEF else 3 if 0xF0 <= lead <= 0xF4 else 0
        if not need:
            return None
        cont = 0
        while cont < need and i + 1 + cont < len(data) and 0x80 <= data[i + 1 + cont] <= 0xBF:
            cont += 1
        seq = data[i:i + 1 + cont]
        if cont == need:
            out.append(seq.decode("utf-8", errors="replace"))
        elif cont == need - 1:
            options = []
            for pos in range(1, len(seq) + 1):
                for lost in _LOST_BYTES:
                    candidate = seq[:pos] + bytes([lost]) + seq[pos:]
                    try:
                        options.append(candidate.decode("utf-8"))
                    except UnicodeDecodeError:
                        pass
            out.append(sorted(set(options)) or ["\ufffd"])
        else:
            return None
        changed = True
        i += 1 + cont
    if not changed:
        return None
    return _choose(out)


def _choose(parts: list[str | list[str]]) -> str:
    chosen: list[str] = []
    for k, part in enumerate(parts):
        if isinstance(part, str):
            chosen.append(part)
            continue
        left = "".join(p if isinstance(p, str) else "" for p in parts[max(0, k - 3):k])
        right = "".join(p if isinstance(p, str) else "" for p in parts[k + 1:k + 4])
        scored = [(_word_score(left, option, right), option) for option in part]
        best_score, best = max(scored, key=lambda s: (s[0], -ord(s[1][0])))
        chosen.append(best if best_score > 0 else "\ufffd")
    return "".join(chosen)


def _word_score(left: str, middle: str, right: str) -> int:
    """The frequency of the most frequent dictionary word that uses ``middle`` in its context."""
    freq = _dictionary()
    window = left + middle + right
    pos = len(left)
    best = 0
    for start in range(max(0, pos - 3), pos + 1):
        for end in range(pos + 1, min(len(window), start + 4) + 1):
            if end - start >= 2:
                best = max(best, freq.get(window[start:end], 0))
    return best


def _dictionary() -> dict[str, int]:
    from ..segment import tokenizer

    return tokenizer().FREQ
