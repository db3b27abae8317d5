from __future__ import annotations

from extraction import findings

from graphkit.vocab import EntityType

_REFERENCES = (
    "## References\n\n"
    "[1] J. Kestrel, B. Marlow, and C. Osei. LoRA: Low-rank adaptation of large language models. ICLR, 2022.\n"
    "[2] Acme-AI. Acme technical report. arXiv, 2024.\n"
)


def _from_references(text: str) -> tuple[dict[str, EntityType], set[tuple[str, str, str]]]:
    found = findings(text)
    mentions = {m.text: m.type for m in found.mentions if m.pass_name == "references"}
    relations = {(r.head.text, r.relation.value, r.tail.text) for r in found.relations if r.pass_name == "references"}
    return mentions, relations


def test_authors_are_people_who_proposed_the_title() -> None:
    mentions, relations = _from_references(_REFERENCES)
    title = "LoRA: Low-rank adaptation of large language models"
    assert {name: mentions.get(name) for name in ("J. Kestrel", "B. Marlow", "C. Osei", title)} == {
        "J. Kestrel": EntityType.PERSON, "B. Marlow": EntityType.PERSON, "C. Osei": EntityType.PERSON,
        title: EntityType.WORK}
    assert {(author, "proposed", title) for author in ("J. Kestrel", "B. Marlow", "C. Osei")} <= relations


def test_a_team_alone_is_the_organisation_the_document_names() -> None:
    mentions, relations = _from_references(_REFERENCES)
    assert mentions["Acme-AI"] is EntityType.ORGANIZATION
    assert ("Acme-AI", "proposed", "Acme technical report") in relations
    found = findings("DeepSeek trains models.\n\n[2] DeepSeek-AI. DeepSeek-V9 technical report. arXiv, 2024.\n")
    assert [(r.head.text, r.head.start) for r in found.relations if r.pass_name == "references"] == [("DeepSeek", 0)]


def test_the_name_a_title_opens_with_is_what_its_authors_proposed_where_the_text_names_it() -> None:
    _, cited_alone = _from_references(_REFERENCES)
    assert ("J. Kestrel", "proposed", "LoRA") not in cited_alone  # inside the entry the title names it
    _, relations = _from_references("LoRA cuts the cost of tuning.\n\n" + _REFERENCES)
    assert ("J. Kestrel", "proposed", "LoRA") in relations


def test_prose_under_a_references_heading_gives_no_authors() -> None:
    mentions, relations = _from_references("## References\n\nWe thank Jane Kestrel. She read drafts in 2023.\n")
    assert not mentions and not relations
