"""Raw e-mail as a tool reads it off the wire: MIME encoded words in headers (RFC 2047,
:mod:`mask.core.encoded_words`) and quoted-printable bodies (:mod:`mask.core.qp_values`) are
read decoded. Before, ``From: =?UTF-8?B?Sm9zw6kgR2FyY8OtYQ==?=`` and ``Dear Jos=C3=A9
Garc=C3=ADa`` reached the model as written, and a model decodes base64 at a glance."""

from __future__ import annotations

import base64

import pytest

from mask.core import Mask
from mask.core.encoded_words import decode_encoded_value, encoded_runs
from mask.core.qp_values import decode_qp_value, qp_writer


def _b(text: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(text.encode()).decode() + "?="


def _q(text: str) -> str:
    data = "".join(
        "_" if c == " " else c if c.isascii() and c.isalnum() else "".join(f"={b:02X}" for b in c.encode())
        for c in text
    )
    return f"=?UTF-8?Q?{data}?="


def _plain_token(mask: Mask, name: str) -> str:
    return mask.protect(f"Dear {name},").split(" ", 1)[1].rstrip(",")


@pytest.mark.parametrize("encode", [_b, _q], ids=["base64", "q"])
def test_a_name_in_an_encoded_from_header_gets_its_plain_token(ner_mask: Mask, encode) -> None:  # type: ignore[no-untyped-def]
    plain = _plain_token(ner_mask, "José García")
    raw = f"From: {encode('José García')} <jose.garcia@example.com>\nSubject: Invoice"
    out = ner_mask.protect(raw)
    assert out.startswith(f"From: {plain} <mask.")
    assert "Sm9z" not in out and "Jos=C3" not in out and "garcia" not in out
    assert ner_mask.reveal(out) == "From: José García <jose.garcia@example.com>\nSubject: Invoice"


def test_a_folded_run_of_encoded_words_reads_as_one(ner_mask: Mask) -> None:
    """RFC 2047 joins adjacent encoded words without the blanks between them: a name split
    over a folded header line is one name."""
    raw = f"To: {_q('Jos')}\r\n {_q('é García')} <jg@example.com>"
    out = ner_mask.protect(raw)
    assert out.startswith("To: Person_")
    assert "Garc" not in out and "=?UTF-8" not in out


def test_an_email_in_an_encoded_word_reaches_tools_decoded(pattern_mask: Mask) -> None:
    raw = f"Reply-To: {_q('jose.garcia@example.com')}"
    out = pattern_mask.protect(raw)
    assert "garcia" not in out and "=?UTF-8" not in out
    token = out.split(": ", 1)[1]
    assert pattern_mask.reveal({"to": token}) == {"to": "jose.garcia@example.com"}


def test_a_phone_in_an_encoded_subject_hides_the_whole_subject(pattern_mask: Mask) -> None:
    """A token cannot stand for part of a base64 word: the whole run goes, and a phone token
    keeps the value as written, so the text comes back exactly."""
    raw = f"Subject: {_b('Call me on +44 20 7946 0958 today')}\n\nBody"
    out = pattern_mask.protect(raw)
    assert "=?UTF-8" not in out and out.endswith("\n\nBody")
    assert pattern_mask.reveal(out) == raw


def test_harmless_and_broken_encoded_words_stay_as_written(pattern_mask: Mask) -> None:
    for raw in [
        f"Subject: {_q('Weekly report')}",
        "Subject: =?rot13?Q?abc?=",  # no text encoding
        "Subject: =?base64?B?YWJj?=",
        "Subject: =?UTF-8?B?!!!?=",  # no base64
        "Subject: =?x-unknown?Q?abc?=",
        "Subject: =?UTF-8?B?/w==?=",  # no UTF-8
        "x =?UTF-8?Q?unterminated",
    ]:
        assert pattern_mask.protect(raw) == raw


def test_many_encoded_words_and_long_data_are_read_in_bounds(pattern_mask: Mask) -> None:
    many = " ".join(_q(f"part{i}") for i in range(200))
    assert len(encoded_runs(many)) == 4  # runs of at most 64 words
    assert pattern_mask.protect(f"Subject: {many}") == f"Subject: {many}"
    hostile = "=?UTF-8?B?" + "A" * 100_000 + "?=" + "=?" * 10_000
    assert pattern_mask.protect(hostile) == hostile


def test_a_quoted_printable_body_is_read_decoded(ner_mask: Mask) -> None:
    plain = _plain_token(ner_mask, "José García")
    raw = "Dear Jos=C3=A9 Garc=C3=ADa,=0A=0AThank you for your order."
    out = ner_mask.protect(raw)
    assert out.startswith(f"Dear {plain},")
    assert ner_mask.reveal({"name": plain}) == {"name": "José García"}
    assert ner_mask.reveal(out) == raw  # the body is still quoted-printable (=0A)


def test_reveal_writes_quoted_printable_where_the_text_does(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("Name: Ren=C3=A9e Dupont")
    token = out.split(": ", 1)[1]
    assert token.startswith("Person_")
    assert pattern_mask.reveal(f"Caf=C3=A9 menu for {token}") == "Caf=C3=A9 menu for Ren=C3=A9e Dupont"
    assert pattern_mask.reveal(f"Menu for {token}") == "Menu for Renée Dupont"
    assert pattern_mask.reveal(f"Dear {token},=0A=0AThanks") == "Dear Ren=C3=A9e Dupont,=0A=0AThanks"
    assert pattern_mask.reveal(f"limit=20 for {token}") == "limit=20 for Renée Dupont"


def test_sequences_inside_an_encoded_word_are_not_decoded_twice(ner_mask: Mask) -> None:
    raw = f"Subject: {_q('Weekly report for Jörg')}\n\nHallo J=C3=B6rg M=C3=BCller,"
    out = ner_mask.protect(raw)
    assert "M=C3=BCller" not in out and "Müller" not in out


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Jos=C3=A9 Garc=C3=ADa", "José García"),
        ("J=C3=B6rg", "Jörg"),
        ("=E2=82=AC 5", "€ 5"),
        ("a=3Db", "a=3Db"),  # no non-ASCII character
        ("Jos=C3", "Jos=C3"),  # a cut sequence
        ("Jos=C3=A9=3D", "Jos=C3=A9=3D"),  # decodes to a value that holds "=": kept
        ("=C3=28", "=C3=28"),
    ],
)
def test_decode_qp_value(raw: str, value: str) -> None:
    assert decode_qp_value(raw) == value


def test_qp_writer_only_for_text_that_writes_sequences() -> None:
    assert qp_writer("Café") is None
    assert qp_writer("plain ascii = text") is None
    assert qp_writer("limit=20&offset=40") is None
    assert qp_writer("Hello,=0A=0Abye") is not None
    write = qp_writer("Caf=C3=A9")
    assert write is not None
    assert write("Zoë €") == "Zo=C3=AB =E2=82=AC"
    assert write("a=b é") == "a=b é"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (_b("José García"), "José García"),
        (_q("Anna Kowalska"), "Anna Kowalska"),
        (_q("Anna") + " " + _q(" Kowalska"), "Anna Kowalska"),
        (_q("Anna") + " tail", _q("Anna") + " tail"),  # not one whole run
        ("=?UTF-8?Q?a=0Ab?=", "=?UTF-8?Q?a=0Ab?="),  # a control character
        ("Anna", "Anna"),
    ],
)
def test_decode_encoded_value(raw: str, value: str) -> None:
    assert decode_encoded_value(raw) == value
