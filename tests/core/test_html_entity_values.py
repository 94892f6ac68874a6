"""Values in HTML text are tokenized decoded and written with entities again on reveal where
the text writes its non-ASCII characters so (:mod:`mask.core.html_values`): an e-mail body's
``Jos&eacute; Garc&iacute;a`` gives the token of ``José García``, which a tool receives as
``José García``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.html_values import decode_html_value, entity_writer


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "tools": {"send_email": {"reveal": ["PERSON", "EMAIL_ADDRESS"]}},
        }
    )
    yield m
    m.close()


def _cell(out: str) -> str:
    return out.split("<td>")[-1].split("</td>")[0]


@pytest.mark.parametrize(
    "written",
    ["Ren&eacute;e Dupont-M&uuml;ller", "Ren&#233;e Dupont-M&#252;ller", "Ren&#xe9;e Dupont-M&#xfc;ller"],
)
def test_an_entity_written_name_gets_the_token_of_its_plain_form(mask: Mask, written: str) -> None:
    plain = _cell(mask.protect("<tr><td>Name:</td><td>Renée Dupont-Müller</td></tr>"))
    out = mask.protect(f"<tr><td>Name:</td><td>{written}</td></tr>")
    token = _cell(out)
    assert token.startswith("Person_")
    assert token == plain
    assert "Dupont" not in out
    assert mask.reveal({"to": token}, tool="send_email") == {"to": "Renée Dupont-Müller"}
    assert mask.reveal(f"Write to {token}.") == "Write to Renée Dupont-Müller."


@pytest.mark.parametrize(
    ("entity", "expected"),
    [("&eacute;", "&eacute;"), ("&#233;", "&#233;"), ("&#xe9;", "&#xe9;"), ("&#xE9;", "&#xE9;")],
)
def test_reveal_writes_entities_in_the_style_the_text_uses(mask: Mask, entity: str, expected: str) -> None:
    text = f"<p>Caf{entity} du coin</p><table><tr><td>Name:</td><td>Ren{entity}e Dupont</td></tr></table>"
    out = mask.protect(text)
    assert "Dupont" not in out and f"Caf{entity}" in out
    assert mask.reveal(out) == text.replace(entity, expected)


def test_without_an_entity_left_markup_gets_named_entities(mask: Mask) -> None:
    """The token stood for the text's only entity: ASCII markup gets named entities, which any
    HTML reads whatever its charset, and plain text gets the characters."""
    text = "<tr><td>Name:</td><td>Ren&eacute;e Dupont</td></tr>"
    out = mask.protect(text)
    assert mask.reveal(out) == text
    token = _cell(out)
    assert mask.reveal(f"Ask {token} today.") == "Ask Renée Dupont today."
    assert mask.reveal(f'{{"name": "{token}", "note": "<b>hi</b>"}}') == '{"name": "Renée Dupont", "note": "<b>hi</b>"}'


def test_utf8_html_round_trips_as_written(mask: Mask) -> None:
    """HTML that writes its characters as they are keeps them (the text is no ASCII markup)."""
    text = "<tr><td>Name:</td><td>Renée Dupont</td></tr><p>Café &amp; bar</p>"
    out = mask.protect(text)
    assert "Dupont" not in out
    assert mask.reveal(out) == text


def test_a_value_with_html_structure_is_kept_as_written(mask: Mask) -> None:
    """``O&#39;Brien`` decodes to a quote, which could close an attribute where it lands: the
    value is stored and revealed as written, as before."""
    text = "<tr><td>Name:</td><td>Sean O&#39;Brien</td></tr>"
    out = mask.protect(text)
    token = _cell(out)
    assert "Brien" not in out
    assert mask.reveal({"to": token}, tool="send_email") == {"to": "Sean O&#39;Brien"}
    assert mask.reveal(out) == text


def test_fail_open_writes_the_value_as_the_text_had_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``on_error = "open"`` and a vault that fails: the HTML comes back as written."""
    from mask.core import MaskVaultError

    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}
    with Mask({**config, "mask": {"on_error": "open"}}) as m:

        def down(*args: object, **kwargs: object) -> None:
            raise MaskVaultError("vault down")

        monkeypatch.setattr(m.tokens, "allocate", down)
        text = "<tr><td>Name:</td><td>Ren&eacute;e Dupont</td></tr>"
        assert m.protect(text) == text


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Jos&eacute; Garc&iacute;a", "José García"),
        ("Jos&#233;", "José"),
        ("AT&T", "AT&T"),  # no reference
        ("Smith &amp; Sons", "Smith &amp; Sons"),  # decodes to HTML's own character: kept
        ("O&#39;Brien", "O&#39;Brien"),
        ("Bob&#10;Stone", "Bob&#10;Stone"),  # a control character: kept
        ("Johnson&notes", "Johnson&notes"),  # no semicolon: no reference
    ],
)
def test_decode_html_value(raw: str, value: str) -> None:
    assert decode_html_value(raw) == value


def test_entity_writer_only_for_ascii_markup() -> None:
    assert entity_writer("<p>Renée</p>") is None  # UTF-8 HTML
    assert entity_writer("plain text, R&D") is None  # no markup
    assert entity_writer('{"body": "<p>hi</p>"}') is None  # JSON text: its own escapes
    for text in ("<p>Caf&eacute;</p>", "<p>Tom &amp; Jerry</p>", "<br/>", '<a href="x">y</a>'):
        write = entity_writer(text)
        assert write is not None, text
        assert write("Zoë Ŵ") == "Zo&euml; &#372;"
        assert write("Smith & Sons") == "Smith & Sons"
    numeric = entity_writer('{"body": "Caf&#233;"}')
    assert numeric is not None and numeric("Zoë") == "Zo&#235;"
