"""Eight bare digits after a contact person's name (``Emergency contact: Lone Madsen - 65132217``)
are the contact's phone number, as they are after ``Phone:``; so is a valid number after ``NOK:``
and a name, or after a call verb, a long name and ``on`` (``contact Hortense Laine on ...``), or a Nordic call-back phrase
(``ring tilbage på``); a Swedish number in its own layout (``0586-248 17``) fills a contact line's cell."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Emergency contact: Lone Madsen-Kristensen - 65132217", "65132217"),
        ("Emergency contact: Jane Doe - 45043804 | Department: Logistics", "45043804"),
        ("Lives with partner. NOK: Mario Rossi, 0183115918.", "0183115918"),
        ("Viewings: contact Hortense Laine-Dupuis on 0354268918.", "0354268918"),
        ("Viewings: contact Patrícia de Branco on 925975714.", "925975714"),
        ("Viewings: contact Hegedüs Barnabás Béla on 06-9/554 4682.", "06-9/554 4682"),
        ("Viewings: contact G. Varga Eszter on 26/342-9018.", "26/342-9018"),
        ("Fru Carlsen fra Munkebo ringede, ring tilbage på 57141113.", "57141113"),
        ("Fru Lind fra Sporup ringede, ring tilbage på 00547001.", "00547001"),
        ("CARL OLSSON\nTrädgårdsgatan 61 · Uddevalla · 0586-248 17\n\nEXPERIENCE", "0586-248 17"),
        ("MATS KARLSSON\nSkogstorget 3 · Gävle · +46 (0)8 715 463 12\n", "+46 (0)8 715 463 12"),
    ],
)
def test_bare_digits_after_a_contact_persons_name(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Emergency contact: Jane Doe. Ticket 65132217 closed.",
        "Emergency contact updated by job 45043804",
        "Please contact Billing Support on 20240315 for the invoice.",
    ],
)
def test_no_phone_across_a_sentence_or_after_a_job_word(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []
