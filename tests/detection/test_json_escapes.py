"""JSON text with escapes, as ``json.dumps`` writes it by default: ``Jos\\u00e9``, ``Regards,\\nAnna``.

Detectors read it decoded (:mod:`mask.core.escapes`); the spans map back over whole escape
sequences, the output stays valid JSON, reveal gives the text back as written, and a token
right after a ``\\n`` is found again (reveal, and protect leaves it as it is)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mask.core import Mask
from mask.core.escapes import unescape


@pytest.mark.parametrize(
    "obj",
    [
        {"name": "José García", "city": "Málaga"},
        {"note": "Call José Núñez on +34 612 48 90 77 about it."},
        {"body": "Thanks.\n\nBest regards,\nJohn Whitaker"},
        {"body": "Ship to:\n12 Baker Street\nLondon NW1 6XE"},
        {"body": "Call:\n+1 415 555 2671\nmail:\njohn.smith@example.com\nSSN:\n536-22-9841"},
        ["Anna Kowalska\nul. Długa 5\n00-950 Warszawa"],
    ],
)
def test_escaped_json_is_protected_and_revealed(pattern_mask: Mask, obj: object) -> None:
    text = json.dumps(obj)  # ensure_ascii: every non-ASCII letter is a \\u escape
    assert text.isascii()
    expected = pattern_mask.protect(obj)  # the same payload as a structure (decoded strings)
    out = pattern_mask.protect(text)
    assert isinstance(json.loads(out), type(obj))
    for value in _sensitive(obj, expected):
        assert value not in json.loads(out).__repr__(), value
    assert json.loads(pattern_mask.reveal(out)) == obj
    assert pattern_mask.protect(out) == out  # tokens after "\\n" are found as tokens


def _sensitive(obj: object, protected: object) -> list[str]:
    """The pieces of ``obj``'s strings that protecting it as a structure replaced (whole words)."""

    def strings(o: object) -> list[str]:
        if isinstance(o, dict):
            return [s for v in o.values() for s in strings(v)]
        if isinstance(o, list):
            return [s for v in o for s in strings(v)]
        return [o] if isinstance(o, str) else []

    out = []
    for before, after in zip(strings(obj), strings(protected), strict=True):
        kept = set(after.replace("\n", " ").split())
        out.extend(w for w in before.replace("\n", " ").split() if w not in kept and len(w) > 3)
    return out


def test_names_in_escaped_json_with_ner(ner_mask: Mask) -> None:
    text = json.dumps({"name": "Zoë Ångström", "body": "Best regards,\nMarek Nowak"})
    out = ner_mask.protect(text)
    decoded = json.loads(out)
    assert "Zoë" not in decoded["name"] and "Ångström" not in decoded["name"]
    assert "Marek" not in decoded["body"] and "Nowak" not in decoded["body"]
    assert json.loads(ner_mask.reveal(out)) == json.loads(text)


def test_a_field_name_key_is_no_entity(ner_mask: Mask) -> None:
    text = json.dumps({"Straße": "Hauptstraße 5", "Stadt": "München"})
    out = json.loads(ner_mask.protect(text))
    assert set(out) == {"Straße", "Stadt"}
    assert out["Stadt"] != "München"


@pytest.mark.parametrize(
    "text",
    [
        "plain text with a \\u00e9 but no JSON",
        '{"path": "C:\\\\new\\\\table"}',  # escaped backslashes: "\\n" here is no line break
        '{"q": "say \\"hi\\"", "k": "\\u0022"}',  # quotes stay as written
    ],
)
def test_what_stays_escaped(text: str) -> None:
    view = unescape(text)
    assert view is None or ("\\\\" in view.text or '\\"' in view.text or "\\u0022" in view.text)
    if view is not None:
        assert "\n" not in view.text and "\t" not in view.text


_JSON_ONLY = st.text(st.characters(blacklist_characters="<&%="))
_JSON_KEYS = st.text(st.characters(blacklist_characters="<&%="), max_size=8)
"""Text with no markup, percent or quoted-printable escape: only JSON's escapes are decoded (a
``<A>`` in a string is a tag, read as a blank: ``test_markup_and_query_strings.py``)."""


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        _JSON_ONLY,
        lambda c: st.lists(c, max_size=3) | st.dictionaries(_JSON_KEYS, c, max_size=3),
        max_leaves=6,
    )
)
def test_offsets_map_back_over_whole_escapes(obj: object) -> None:
    text = json.dumps(obj)
    view = unescape(text)
    if view is None:
        return
    for i, char in enumerate(view.text):
        lo, hi = view.raw(i), view.raw(i + 1)
        piece = text[lo:hi]
        assert (json.loads(f'"{piece}"') if len(piece) > 1 else piece) == char
        assert view.decoded(lo) == i
    assert view.raw(len(view.text)) == len(text)


@pytest.mark.parametrize(
    ("obj", "name"),
    [
        ({"email_body": "Hi Priya,\nplease call me back."}, "Priya"),
        ({"messages": ["Dear Mr Okonkwo, thanks for the call."]}, "Okonkwo"),
    ],
)
def test_a_greeting_opening_a_json_string(ner_mask: Mask, obj: object, name: str) -> None:
    """A JSON string's first word starts a line of its text (``"Hi Priya, ...``)."""
    out = ner_mask.protect(json.dumps(obj))
    assert name not in out


def test_ordinary_words_after_a_greeting_stay(ner_mask: Mask) -> None:
    text = json.dumps({"x": "Dear Customer, your order shipped."})
    assert ner_mask.protect(text) == text


def test_json_text_inside_a_payload_leaf(pattern_mask: Mask) -> None:
    """A tool result that holds ``json.dumps`` output as one string field of a payload."""
    payload = {
        "tool": "crm.lookup",
        "result": json.dumps({"name": "José García", "body": "Ship to:\n12 Baker Street\nLondon NW1 6XE"}),
    }
    out = pattern_mask.protect(payload)
    inner = json.loads(out["result"])
    assert "García" not in inner["name"] and "NW1 6XE" not in inner["body"]
    assert pattern_mask.reveal(out) == payload


def test_python_repr_of_a_result(pattern_mask: Mask) -> None:
    """``str(result)`` of a dict: single quotes, ``\\n`` escapes, as a tool may return it."""
    obj = {"addr": "Ship to:\n12 Baker Street\nLondon NW1 6XE", "q": "it's \\n fine"}
    text = str(obj)
    out = pattern_mask.protect(text)
    assert "Baker" not in out and "NW1 6XE" not in out
    assert "it's \\\\n fine" in out  # an escaped backslash stays as written
    assert pattern_mask.reveal(out) == text


def test_a_string_holding_only_a_quote_is_no_json_inside_json() -> None:
    """Hypothesis found it: ``{"": "\\"", "0": "\\\\r"}`` was read as JSON inside a string (its
    ``\\"``), so the other string's backslash and ``r`` became a carriage return."""
    text = json.dumps({"": '"', "0": "\\r"})
    view = unescape(text)
    assert view is None or "\r" not in view.text
