"""What people write in chats and e-mails: a number offered after an e-mail address (``at
giorgos.p@otenet.gr or 210 123 4567``: the phone word was too far back) and a home address in
lower case after ``i live at`` (no capitals to read a street name by)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Reach the landlord, Giorgos Papadopoulos, at giorgos.p@otenet.gr or 210 123 4567.", "210 123 4567"),
        ("mail jane@example.com, 210 123 4567", "210 123 4567"),
        ("Contact: jane@example.com / +30 210 123 4567", "+30 210 123 4567"),
    ],
)
def test_a_number_after_an_email_address(pattern_mask: Mask, text: str, phone: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "PHONE_NUMBER"]
    assert [text[s.start : s.end] for s in spans] == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "user jane@example.com or 1999 2000",  # eight digits: a range of years
        "jane@example.com, 100 000 000 units",  # an amount
        "jane@example.com, 2024-01-02",
    ],
)
def test_other_numbers_after_an_email_address_stay(pattern_mask: Mask, text: str) -> None:
    assert not [s for s in pattern_mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "i live at 742 evergreen terrace springfield and my number is 939 555 0113",
            "742 evergreen terrace springfield",
        ),
        ("i live at 5 main street", "5 main street"),
        ("we live at 12 Oak Lane, Dover", "12 Oak Lane"),
    ],
)
def test_where_someone_lives_in_lower_case(pattern_mask: Mask, text: str, address: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert [text[s.start : s.end] for s in spans] == [address]


@pytest.mark.parametrize("text", ["The stream goes live at 5 PM.", "We went live at 3 different sites"])
def test_going_live_at_a_time_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
