"""Mint IRIs in one place: normalised, percent-encoded, validated."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from .vocab import RESOURCE

_SEPARATORS = re.compile(r"[\s\-_/\\.,:;'’\"“”()\[\]{}<>|!?*&^%$#@~`+=]+")
# Characters that name nothing: controls, format characters (bidi marks, zero-width joiners),
# lone surrogates (Python's stand-in for undecodable bytes), private-use and unassigned ones.
_NAMELESS_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_VALID = re.compile(r"https://[A-Za-z0-9.\-]+/[A-Za-z0-9_\-./%~#]*")
MAX_SLUG = 120


def slug(name: str) -> str:
    """A stable, readable IRI segment for a name.

    Characters that cannot be written (lone surrogates) or that name nothing (controls, bidi
    marks) are dropped; a name with nothing left, or one longer than ``MAX_SLUG``, gets a
    digest of the whole name, so that two such names never share an IRI.

    >>> slug("GPT-4"), slug("Kolmogorov complexity"), slug("柯氏复杂度")
    ('gpt_4', 'kolmogorov_complexity', '%E6%9F%AF%E6%B0%8F%E5%A4%8D%E6%9D%82%E5%BA%A6')
    >>> slug("?!"), slug("\\ud800")
    ('unnamed_59c2264c', 'unnamed_10db70ec')
    """
    folded = unicodedata.normalize("NFKC", _printable(name)).casefold()
    words = [w for w in _SEPARATORS.split(folded) if w]
    text = "_".join(words)
    if not text or len(text) > MAX_SLUG:
        text = f"{text[:MAX_SLUG - 9] or 'unnamed'}_{_digest(name)}"
    return quote(text, safe="_")


def mint(kind: str, name: str) -> str:
    """The IRI of a resource of ``kind`` (entity, doc, statement …) called ``name``.

    >>> mint("entity", "OpenAI")
    'https://w3id.org/graphkit/resource/entity/openai'
    """
    iri = f"{RESOURCE}{quote(_printable(kind), safe='')}/{slug(name)}"
    if not _VALID.fullmatch(iri):
        raise ValueError(f"minted an invalid IRI {iri!r} for {name!r}")
    return iri


def _printable(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(" " if ch.isspace() else ch for ch in text
                   if ch.isspace() or unicodedata.category(ch) not in _NAMELESS_CATEGORIES)


def _digest(name: str) -> str:
    # surrogatepass: a name holding lone surrogates still has bytes, and a digest of its own
    return hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
