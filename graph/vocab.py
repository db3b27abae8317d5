"""The closed vocabulary: entity and relation types, mirroring ontology/schema.ttl.

A test holds these enums and the schema equal, so a type cannot exist in one and not the other.
"""

from __future__ import annotations

from enum import Enum

GK = "https://w3id.org/graphkit/ontology#"
RESOURCE = "https://w3id.org/graphkit/resource/"


class EntityType(str, Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    MODEL = "Model"
    PRODUCT = "Product"
    CONCEPT = "Concept"
    WORK = "Work"
    PLACE = "Place"
    EVENT = "Event"

    @property
    def iri(self) -> str:
        return GK + self.value


class RelationType(str, Enum):
    FOUNDED = "founded"
    WORKS_FOR = "worksFor"
    EDUCATED_AT = "educatedAt"
    DEVELOPED = "developed"
    BASED_ON = "basedOn"
    PROPOSED = "proposed"
    CRITICIZED = "criticized"
    INVESTED_IN = "investedIn"
    PART_OF = "partOf"
    COMPETES_WITH = "competesWith"

    @property
    def iri(self) -> str:
        return GK + self.value

    @property
    def symmetric(self) -> bool:
        return self is RelationType.COMPETES_WITH


# Which head and tail types each relation admits (GOLD_FORMAT.md, ontology/schema.ttl).
_P, _O, _M, _PR, _C, _W = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MODEL,
                          EntityType.PRODUCT, EntityType.CONCEPT, EntityType.WORK)
SIGNATURES: dict[RelationType, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    RelationType.FOUNDED: (frozenset({_P, _O}), frozenset({_O})),
    RelationType.WORKS_FOR: (frozenset({_P}), frozenset({_O})),
    RelationType.EDUCATED_AT: (frozenset({_P}), frozenset({_O})),
    RelationType.DEVELOPED: (frozenset({_P, _O}), frozenset({_M, _PR, _C})),
    RelationType.BASED_ON: (frozenset({_M, _PR, _C}), frozenset({_M, _C, _PR})),
    RelationType.PROPOSED: (frozenset({_P, _O}), frozenset({_C, _W})),
    RelationType.CRITICIZED: (frozenset({_P, _O}), frozenset(EntityType)),
    RelationType.INVESTED_IN: (frozenset({_P, _O}), frozenset({_O})),
    RelationType.PART_OF: (frozenset(EntityType), frozenset(EntityType)),
    RelationType.COMPETES_WITH: (frozenset({_O, _M, _PR}), frozenset({_O, _M, _PR})),
}


def admits(relation: RelationType, head: EntityType, tail: EntityType) -> bool:
    """Whether ``head -relation-> tail`` respects the relation's domain and range.

    >>> admits(RelationType.FOUNDED, EntityType.PERSON, EntityType.ORGANIZATION)
    True
    >>> admits(RelationType.FOUNDED, EntityType.MODEL, EntityType.ORGANIZATION)
    False
    """
    heads, tails = SIGNATURES[relation]
    if head not in heads or tail not in tails:
        return False
    if relation in (RelationType.PART_OF, RelationType.COMPETES_WITH):
        return _same_kind(head, tail)
    return True


def _same_kind(a: EntityType, b: EntityType) -> bool:
    artefacts = {EntityType.MODEL, EntityType.PRODUCT}
    return a == b or (a in artefacts and b in artefacts) or {a, b} == {EntityType.CONCEPT, EntityType.MODEL}
