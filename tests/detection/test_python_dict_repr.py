"""Python's repr of a dict, what ``str()`` of a tool's result gives (``{'city': 'Vannes'}``), is
read like JSON text: its keys label its values, nested dicts and a value written between double
quotes because it holds an apostrophe (``"O'Neil Smith"``) included."""

from __future__ import annotations

from mask.core import Mask


def test_a_dicts_repr(pattern_mask: Mask) -> None:
    record = {
        "city": "Vannes",
        "full_name": "Anna Kowalska",
        "nick": "O'Neil",
        "contact": {"name": "O'Neil Smith", "phone": "+48 601 234 567"},
        "card": {"number": "4111 1111 1111 1111", "cvv": "123"},
        "status": "open",
    }
    text = str(record)
    found = {(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]}
    assert {("LOCATION", "Vannes"), ("PERSON", "Anna Kowalska"), ("PERSON", "O'Neil Smith")} <= found
    assert ("PASSWORD", "123") in found
    protected = pattern_mask.protect(text)
    for value in ("Vannes", "Kowalska", "O'Neil Smith", "601 234 567", "'123'"):
        assert value not in protected
    assert "'status': 'open'" in protected
    assert pattern_mask.reveal(protected) == text


def test_prose_with_apostrophes_is_no_dict(pattern_mask: Mask) -> None:
    text = "It's the city's plan: 'open' on Monday, 'closed' on Tuesday."
    assert pattern_mask.scan([text])[0] == []
