"""Text written in base64 inside tool output (:mod:`mask.core.base64_text`): the Gmail API
writes every message body so, and a model decodes base64 at a glance. A run that decodes to
text holding PII is replaced whole; binary data, JWT parts and harmless text stay as written."""

from __future__ import annotations

import base64
import json

import pytest

from mask.core import Mask
from mask.core.base64_text import base64_runs


def _b64(text: str, urlsafe: bool = False) -> str:
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    return encode(text.encode()).decode()


@pytest.mark.parametrize("urlsafe", [False, True])
def test_a_gmail_body_with_a_phone_is_replaced_whole(pattern_mask: Mask, urlsafe: bool) -> None:
    body = _b64("Hi Tom,\r\ncall me on +49 151 23456789 before Friday. Cheers ~ ü?>", urlsafe)
    assert ("-" in body or "_" in body) == urlsafe  # the text is chosen to use both alphabets' own characters
    message = {"id": "18c2", "payload": {"mimeType": "text/plain", "body": {"size": 61, "data": body}}}
    out = pattern_mask.protect(message)
    data = out["payload"]["body"]["data"]
    assert data != body and data.startswith("[PHONE_")
    assert out["id"] == "18c2"
    assert pattern_mask.reveal(out) == message  # the vault keeps the run as written


def test_a_name_in_a_base64_body_is_found_with_ner(ner_mask: Mask) -> None:
    body = _b64("Dear José García,\n\nyour order has shipped.")
    out = ner_mask.protect(json.dumps({"raw": body}))
    assert body not in out


@pytest.mark.parametrize(
    "value",
    [
        _b64("The weekly report is attached; nothing personal here."),  # text without PII
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",  # a PNG
        "3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  # binary
        "/usr/local/lib/python3.11/site-packages",  # a path
        "snake_case_identifier_of_a_function",
        "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
    ],
)
def test_binary_and_harmless_runs_stay_as_written(pattern_mask: Mask, value: str) -> None:
    assert pattern_mask.protect({"v": value}) == {"v": value}


def test_jwt_parts_are_left_to_the_jwt_detector(pattern_mask: Mask) -> None:
    jwt = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + _b64('{"name":"John Doe","email":"john.doe@example.com"}', urlsafe=True).rstrip("=")
        + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    )
    out = pattern_mask.protect(f"Authorization: Bearer {jwt}")
    assert out.startswith("Authorization: Bearer [JWT_") and "eyJ" not in out


def test_a_base64_query_value_is_read(pattern_mask: Mask) -> None:
    body = _b64("please call +1 415 555 0100 tonight", urlsafe=True)
    out = pattern_mask.protect(f"POST /send?body={body}&x=1")
    assert body not in out and out.startswith("POST /send?body=[PHONE_")


def test_a_mime_part_in_base64_is_read_whole(pattern_mask: Mask) -> None:
    body = _b64("Hello Tom,\r\nplease call me back on +44 20 7946 0958 before noon.\r\n" * 3)
    lines = "\r\n".join(body[i : i + 76] for i in range(0, len(body), 76))
    raw = (
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{lines}\r\n\r\n--boundary--\r\n"
    )
    out = pattern_mask.protect(raw)
    assert body[:76] not in out and out.endswith("\r\n\r\n--boundary--\r\n")
    assert pattern_mask.reveal(out) == raw


def test_a_base64_yaml_secret_value_is_read(pattern_mask: Mask) -> None:
    text = f"data:\n  note: {_b64('call Anna on +1 415 555 0100 tonight')}\n  user: YWRtaW4=\n"
    out = pattern_mask.protect(text)
    assert "Y2FsbC" not in out and "user: YWRtaW4=" in out


def test_base64_runs_reads_text_only() -> None:
    text = f"a='{_b64('call +1 415 555 0100 today')}' b /not/base64/at/all c={_b64('short')}"
    runs = base64_runs(text)
    assert [r.text for r in runs] == ["call +1 415 555 0100 today"]
    assert text[runs[0].start : runs[0].end] == _b64("call +1 415 555 0100 today")


def test_huge_and_hostile_runs_are_bounded(pattern_mask: Mask) -> None:
    big = _b64("call +1 415 555 0100 " * 20_000)  # longer than a body is read
    assert pattern_mask.protect({"v": big}) == {"v": big}
    noise = "QUJD" * 50_000 + "!" + "A" * 100_000
    assert pattern_mask.protect(noise) == noise
