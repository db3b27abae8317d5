from __future__ import annotations

import pytest

from graphkit.corpus import split_sentences
from graphkit.corpus.references import parse_reference
from graphkit.model import Document


def _read(entry: str) -> tuple[list[str], str, bool]:
    ref = parse_reference(entry)
    assert ref is not None, entry
    return [entry[a.start:a.end] for a in ref.authors], entry[ref.title_start:ref.title_end], ref.et_al


@pytest.mark.parametrize("entry, authors, title, et_al", [
    ("[9] J. Kestrel et al. FooNet: Fast sparse attention for long inputs. ICLR, 2023.",
     ["J. Kestrel"], "FooNet: Fast sparse attention for long inputs", True),
    ('[3] B. Marlow and C. J. Osei, "Quiet gradients in deep networks," in Proc. NeurIPS, 2021.',
     ["B. Marlow", "C. J. Osei"], "Quiet gradients in deep networks", False),
    ("Kestrel, J., Marlow, B., & Osei, C. (2019). Quiet gradients in deep networks. In ICML.",
     ["Kestrel", "Marlow", "Osei"], "Quiet gradients in deep networks", False),
    ("Kestrel et al. (2020). Sparse mixtures of tiny experts. arXiv preprint.",
     ["Kestrel"], "Sparse mixtures of tiny experts", True),
    ("[1] Kestrel J, Marlow B, et al. Sparse mixtures of tiny experts[C]//NIPS. 2017.",
     ["Kestrel", "Marlow"], "Sparse mixtures of tiny experts", True),
    ("Jane Kestrel, Bo Marlow and Chidi Osei. Sparse mixtures of tiny experts. 2017.",
     ["Jane Kestrel", "Bo Marlow", "Chidi Osei"], "Sparse mixtures of tiny experts", False),
])
def test_the_house_styles_of_a_bibliography_give_authors_and_title(entry, authors, title, et_al) -> None:
    assert _read(entry) == (authors, title, et_al)


def test_a_team_alone_is_an_author_but_no_person() -> None:
    ref = parse_reference("[5] Acme-AI. Acme-7 technical report. arXiv, 2024.")
    assert ref is not None and [a.person for a in ref.authors] == [False]


@pytest.mark.parametrize("prose", [
    "[2] Acme released Acme-7 in March 2023. It was a big step.",
    "Jane Kestrel. In 2022 she wrote a paper.",
    "The model was trained in 2021. Then it was released to everyone.",
    "Kestrel and the team said so. The rest followed.",
    "Kestrel et al. showed this in 2020. It held.",
])
def test_prose_is_no_reference(prose: str) -> None:
    assert parse_reference(prose) is None


def test_a_reference_stays_one_sentence_and_prose_around_it_is_split() -> None:
    text = ("We cite two papers. They matter.\n"
            "[1] J. Kestrel, B. Marlow, and C. Osei. Quiet gradients in deep networks. ICML, 2023.\n")
    doc = Document("d.txt", "d.txt", text)
    assert [s.text for s in split_sentences(doc)] == [
        "We cite two papers.", "They matter.",
        "[1] J. Kestrel, B. Marlow, and C. Osei. Quiet gradients in deep networks. ICML, 2023."]
