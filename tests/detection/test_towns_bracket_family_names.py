"""A town in brackets after a company may be named like a family (``Costa Ltda (Pires)``): many
towns are, and it is read as one; an ordinary word in brackets (``(Marketing)``) is not."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _places(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Forwarding the invoice from Kowalski GmbH (Guerra) to Anna Berg.", "Guerra"),
        ("Forwarding the invoice from Costa Ltda (Pires) to Dr. Ana Souza.", "Pires"),
    ],
)
def test_a_family_name_in_brackets_after_a_company_is_its_town(ner_mask: Mask, text: str, town: str) -> None:
    assert town in _places(ner_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Forwarding the invoice from Kowalski GmbH (Marketing) to Anna Berg.",
        "Please contact Acme GmbH (Holding) today.",
        "Forwarding the invoice from Kowalski GmbH (IT) to Anna Berg.",
    ],
)
def test_an_ordinary_word_or_abbreviation_in_brackets_is_no_town(ner_mask: Mask, text: str) -> None:
    assert _places(ner_mask, text) == []
