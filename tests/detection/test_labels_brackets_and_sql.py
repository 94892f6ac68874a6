"""Labels in more layouts: a key in square brackets before its value (``[City] Vannes``) and a
label in brackets after its value (``Vannes (city)``). Before, a value there stayed in clear unless another detector found it by its shape alone (a place, a name, a
phone number no validator accepts, a postcode)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("[Phone] 031-442-958", "PHONE_NUMBER", "031-442-958"),
        ("[City] Vannes", "LOCATION", "Vannes"),
        ("[Name] Jean Dupont", "PERSON", "Jean Dupont"),
        ("[IBAN] FR76 3000 6000 0112 3456 7890 189", "IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189"),
        ("[City]: Vannes", "LOCATION", "Vannes"),
        ("- [Customer Name] Jean Dupont", "PERSON", "Jean Dupont"),
        ("[Postal code] 56000", "ZIP_CODE", "56000"),
        ("ref 12, [City] Vannes", "LOCATION", "Vannes"),
        # one line of several: each value ends before the next key
        ("[Name] Jean Dupont [Phone] 031-442-958 [City] Vannes", "PERSON", "Jean Dupont"),
        ("[Name] Jean Dupont [Phone] 031-442-958 [City] Vannes", "LOCATION", "Vannes"),
    ],
)
def test_key_in_square_brackets(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("031-442-958 (mobile)", "PHONE_NUMBER", "031-442-958"),
        ("Jean Dupont (customer)", "PERSON", "Jean Dupont"),
        ("Vannes (city)", "LOCATION", "Vannes"),
        ("- Vannes (city)", "LOCATION", "Vannes"),
        ("2. Jean Dupont (owner)", "PERSON", "Jean Dupont"),
        ("| Jean Dupont (customer) |", "PERSON", "Jean Dupont"),
        ("Attendees: Jean Dupont (customer), Vannes (city)", "LOCATION", "Vannes"),
        ("Jean Dupont (customer), 031-442-958 (mobile), Vannes (city)", "PHONE_NUMBER", "031-442-958"),
        ("56000 (zip)", "ZIP_CODE", "56000"),
    ],
)
def test_label_in_brackets_after_its_value(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "[INFO] server started",
        "[v2.3.1] release",
        "[ERROR] Name resolution failed",
        "Hi [Name] Welcome aboard",  # a placeholder in a sentence
        "Dear [Name], welcome",
        "[State] Running",  # a field name only in JSON
        "[Name] is required",
        "[Name](docs/name.md) Docs",  # a markdown link
        "Python 3.11 (stable)",
        "We read the report (city) yesterday.",
        "- the report (city)",
        "Settings (name)",  # a name of anything
        "- Running (state)",
        "Node.js (runtime)",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


HOSTILE = {
    "brackets": "[" * 500_000,
    "parens": "(" * 500_000,
    "closing-parens": ")" * 500_000,
    "open-brackets": "[a " * 170_000,
    "open-parens": "(a " * 170_000,
    "labels-after-nothing": " (city)," * 62_000,
    "long-items": ("a" * 119 + " (city),") * 3_900,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_layouts_finish(pattern_mask: Mask, name: str) -> None:
    text = HOSTILE[name]
    spans = pattern_mask.scan([text])[0]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
