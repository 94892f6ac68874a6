"""Quoted-printable soft line breaks: ``=`` at the end of a line says the line goes on, so
``Dear Anna Kowal=\\nska`` is one name and ``+49 30 1234=\\n5678`` one number. Before, the view
detection reads (:mod:`mask.core.escapes`) kept the break, and the part of a value after it
(``ska``, ``5678``, the domain of an address) reached the model in clear."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mask.core import Mask
from mask.core.escapes import unescape

_HEADER = "Content-Transfer-Encoding: quoted-printable\n\n"


@pytest.mark.parametrize("eol", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize(
    ("body", "gone"),
    [
        ("Gr=C3=BC=C3=9Fe, call me on +49 30 1234={eol}5678 today.", ["1234", "5678"]),
        ("Write to anna.kowal={eol}ska@example.com please.", ["kowal", "ska@"]),
        ("Write to anna.kowalska@exam={eol}ple.com please.", ["kowalska", "ple.com"]),
        ("Card 4111 1111 ={eol}1111 1111, thanks.", ["4111 1111 1111 1111"]),
    ],
    ids=["phone", "email-local-part", "email-domain", "card"],
)
def test_a_value_wrapped_by_a_soft_line_break_is_one_value(
    pattern_mask: Mask, body: str, gone: list[str], eol: str
) -> None:
    raw = _HEADER.replace("\n", eol) + body.format(eol=eol)
    out = pattern_mask.protect(raw)
    for part in gone:
        assert part not in out.replace(f"={eol}", "")
    assert pattern_mask.reveal(out) == raw


def test_a_name_wrapped_by_a_soft_line_break_is_one_name(ner_mask: Mask) -> None:
    raw = _HEADER + "Dear Anna Kowal=\nska,\n\nthank you for your order."
    out = ner_mask.protect(raw)
    assert "Kowal" not in out and "ska," not in out
    assert out.startswith(_HEADER + "Dear Person_")
    assert ner_mask.reveal(out) == raw


def test_a_break_before_a_value_stays_out_of_it(ner_mask: Mask) -> None:
    """A break after a blank is read with the blank: the name's span starts at ``A``, so the
    vault holds the name itself and it gets the token it gets written plainly."""
    plain = ner_mask.protect("Dear Anna Kowalska,").split(" ", 1)[1].rstrip(",")
    raw = _HEADER + "Dear =\nAnna Kowalska,\n\nthanks"
    out = ner_mask.protect(raw)
    assert out == _HEADER + f"Dear =\n{plain},\n\nthanks"
    assert ner_mask.reveal(out) == raw


def test_a_raw_message_in_json_text(pattern_mask: Mask) -> None:
    """A tool that returns the raw message in JSON: the soft break is written ``=\\r\\n``."""
    raw = json.dumps({"raw": "Subject: Hi\r\n" + _HEADER.replace("\n", "\r\n") + "Call +49 30 1234=\r\n5678."})
    out = pattern_mask.protect(raw)
    assert "5678" not in out and "1234" not in out
    assert json.loads(out)["raw"].endswith(".")
    assert pattern_mask.reveal(out) == raw


def test_a_break_between_the_bytes_of_a_character() -> None:
    view = unescape("Dear Jos=C3=A9 Garc=C3=\n=ADa,")
    assert view is not None and view.text == "Dear José García,"
    start = view.text.index("García")
    assert "Dear Jos=C3=A9 Garc=C3=\n=ADa,"[view.raw(start) : view.raw(start + 6)] == "Garc=C3=\n=ADa"


@pytest.mark.parametrize(
    "text",
    [
        "call me on +49 30 1234=\n5678 today",  # no sign of quoted-printable
        "API_KEY=\nDEBUG=1\n",
        "x = a if b else c\nlimit=20\nname=\n",
        "path=/tmp/a=\nmode=0644",
    ],
)
def test_an_equals_sign_ending_a_line_elsewhere_changes_nothing(pattern_mask: Mask, text: str) -> None:
    assert unescape(text) is None


def test_base64_padding_and_encoded_words_are_no_soft_breaks() -> None:
    raw = (
        "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\nTo: a@example.com\n\n--b\n" + _HEADER + "Hall=C3=B6 Anna=\n\n"
        "--b\nContent-Transfer-Encoding: base64\n\nSGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q=\nSGk=\nSG==\n--b--\n"
    )
    view = unescape(raw)
    assert view is not None
    assert "?=\nTo:" in view.text
    assert "Hallö Anna\n--b" in view.text  # the soft break is joined: one blank line less
    assert "IHRlc3Q=\nSGk=\nSG==\n--b--" in view.text


def test_a_config_line_in_quoted_printable_text_is_read_as_the_encoder_wrote_it() -> None:
    """Quoted-printable writes ``=`` as ``=3D``: in such text an ``=`` ending a line is a soft
    break, and reading it as one only joins two lines of the view."""
    raw = 'Jos=C3=A9 wrote:\n<a href=3D"x">KEY=\nvalue</a>'
    view = unescape(raw)
    assert view is not None and "KEYvalue" in view.text


_CHARS = st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" .,@+-=éłü€\n")


def _qp(text: str, breaks: set[int]) -> str:
    units = [("=3D" if c == "=" else c) if c.isascii() else "".join(f"={b:02X}" for b in c.encode()) for c in text]
    return "".join(("=\n" if i in breaks else "") + u for i, u in enumerate(units))


def _decode(piece: str) -> str:
    piece = re.sub(r"=\r?\n", "", piece)
    return re.sub(r"(?:=[0-9A-F]{2})+", lambda m: bytes.fromhex(m.group().replace("=", "")).decode(), piece)


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40), st.sets(st.integers(1, 39), max_size=6))
def test_offsets_map_back_over_whole_soft_breaks(text: str, breaks: set[int]) -> None:
    raw = _HEADER + _qp(text, breaks)
    view = unescape(raw)
    if view is None:
        assert text.isascii()
        return
    assert re.sub(r"=\n", "", view.text) == _HEADER + text.replace("=", "=3D")
    for i, char in enumerate(view.text):
        lo, hi = view.raw(i), view.raw(i + 1)
        piece = raw[lo:hi]
        assert (_decode(piece) if len(piece) > 1 else piece) == char
        assert view.decoded(lo) == i
    assert view.raw(len(view.text)) == len(raw)
