# ruff: noqa: RUF001, RUF002  (Turkish writes the dotless i)
"""A known family name right after a person NER found belongs to the name (mask-spacy): NER read
``Müşteri Ayşe`` (customer Ayşe) as the person and left ``Yılmaz`` in clear."""

from __future__ import annotations

from mask.core import Mask
from mask.plugins.spacy.names import family_after


def test_the_family_name_after_the_entity_is_taken(ner_mask: Mask) -> None:
    text = "Müşteri Ayşe Yılmaz, Atatürk Cad. No: 15 Daire 3, Kadıköy/İstanbul, 0532 123 45 67"
    protected = ner_mask.protect(text)
    assert "Yılmaz" not in protected and "Ayşe" not in protected


def test_only_a_known_family_name_that_is_no_ordinary_word() -> None:
    text = "Ayşe Yılmaz and Anna Smith Monday"
    assert family_after(text, text.index(" Yılmaz")) == text.index(" and")
    assert family_after(text, text.index(" Monday")) == text.index(" Monday")  # no family name
    assert family_after("Anna Will", 4) == 4  # "Will" is an ordinary word too
