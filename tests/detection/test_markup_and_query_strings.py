"""HTML and URL query strings read as text (:mod:`mask.core.escapes`): a tag without attributes
is a blank, an entity its character, a ``%XX`` sequence the UTF-8 character it encodes, a
``+`` in a query a blank. Output keeps the markup and the encoding as written, and reveal
restores the text exactly."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.escapes import unescape


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("<tr><td>John Smith</td><td>(415) 555-2671</td></tr>", ["John Smith", "555-2671"]),
        ("<p>Contact: Jos&eacute; Garc&iacute;a, 12 Rue de la Paix, 75002 Paris</p>", ["Jos&eacute;", "Paix"]),
        ('<a href="mailto:anna@example.com">Anna Kowalska</a><br/>ul. D&#322;uga 5', ["anna@", "Kowalska"]),
        ("GET /users?email=jose%40example.com&phone=%2B14155552671 HTTP/1.1", ["jose%40", "4155552671"]),
        ("POST /signup?first_name=Zo%C3%AB&last_name=%C3%85ngstr%C3%B6m", ["Zo%C3%AB", "%C3%85ngstr"]),
        ("q=cafe&city=M%C3%BCnchen&street=Hauptstra%C3%9Fe+5", ["M%C3%BCnchen", "Hauptstra"]),
        # a cookie's and a form body's parameters (no "?" or "&" before the first one) stayed in clear
        ("Cookie: session=abc123; email=jane.doe%40example.com; theme=dark", ["jane.doe%40"]),
        ("Set-Cookie: user_email=jane.doe%40example.com; Path=/; HttpOnly", ["jane.doe%40"]),
        ("email=jane.doe%40example.com&name=Jane+Doe", ["jane.doe%40", "Jane+Doe"]),
    ],
)
def test_protected_and_restored(ner_mask: Mask, text: str, values: list[str]) -> None:
    out = ner_mask.protect(text)
    for value in values:
        assert value not in out, value
    assert ner_mask.reveal(out) == text
    assert ner_mask.protect(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Sale: 50% off for R&D; see a<b and c>d",  # no tag, entity or query escape
        "Progress 100%, done.",
        "x < y and y > z",
        "1+1=2 in plain text",
    ],
)
def test_plain_text_has_no_view(text: str) -> None:
    assert unescape(text) is None


def test_what_stays_as_written() -> None:
    view = unescape('<p class="x">&quot;hi&quot; &NotEqualTilde; %22 ?a=%22b%22&c=%ZZ</p>')
    assert view is not None
    assert '<p class="x">' in view.text  # a tag with attributes
    assert "&quot;" in view.text and "%22" in view.text  # quotes keep the structure
    assert "&NotEqualTilde;" in view.text  # two characters: no one-for-one map
    assert view.text.endswith("%ZZ ")  # not an escape; the closing tag reads as a blank


def test_view_repr_holds_no_text() -> None:
    view = unescape('{"name": "Jos\\u00e9 Garc\\u00eda"}')
    assert view is not None and "Garc" in view.text
    assert "Garc" not in repr(view) and "Jos" not in repr(view)


def test_reveal_reads_the_decoded_view(ner_mask: Mask) -> None:
    """A token protect put right after ``%20`` has a digit before it in the text as written."""
    text = "GET /send?to=Anna%2C%20Jose%20Garcia&x=1"
    out = ner_mask.protect(text)
    assert "%20Person_" in out
    assert ner_mask.reveal(out) == text
