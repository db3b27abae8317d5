"""Mint IRIs in one place: normalised, percent-encoded, validated."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from .vocab import RESOURCE

_SEPARATORS = re.compile(r"[\s\-_/\\.,:;'’\"“”()\[\]{}<>|!?*&^%$#@~`+=]+")
_VALID = re.compile(r"^https://[A-Za-z0-9.\-]+/[A-Za-z0-9_\-./%~#]*$")


def slug(name: str) -> str:
    """A stable, readable IRI segment for a name.

    >>> slug("GPT-4"), slug("Kolmogorov complexity"), slug("柯氏复杂度")
    ('gpt_4', 'kolmogorov_complexity', '%E6%9F%AF%E6%B0%8F%E5%A4%8D%E6%9D%82%E5%BA%A6')
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    words = [w for w in _SEPARATORS.split(folded) if w]
    text = "_".join(words) or "unnamed"
    return quote(text[:120], safe="_")


def mint(kind: str, name: str) -> str:
    """The IRI of a resource of ``kind`` (entity, doc, statement …) called ``name``."""
    iri = f"{RESOURCE}{quote(kind, safe='')}/{slug(name)}"
    if not _VALID.match(iri):
        raise ValueError(f"minted an invalid IRI {iri!r} for {name!r}")
    return iri
