"""Name/value pairs (Gmail's headers, a Kubernetes container's env, a CRM's custom fields):
the ``name`` is a field's name, not a person's, in a payload and in JSON text alike; the
``value`` reads under that name (a secret under ``DB_PASSWORD`` stayed in clear)."""

from __future__ import annotations

import json

from mask.core import Mask

HEADERS = {
    "payload": {
        "headers": [
            {"name": "From", "value": "Marcus Feld <m.feld@feldlaw.de>"},
            {"name": "Subject", "value": "Ihr Termin am 14.03."},
            {"name": "X-Mailer", "value": "Outlook 16.0"},
        ]
    }
}
ENV = [
    {"name": "DB_PASSWORD", "value": "Xy7#kk29LmQ"},
    {"name": "password", "value": "hunter2!"},
    {"name": "LOG_LEVEL", "value": "debug"},
    {"name": "REGION", "value": "eu-west-1"},
]


def test_a_pairs_name_is_no_person(pattern_mask: Mask) -> None:
    for payload in (HEADERS, json.dumps(HEADERS)):
        protected = pattern_mask.protect(payload)
        text = protected if isinstance(protected, str) else json.dumps(protected)
        assert '"name": "Subject"' in text and '"name": "X-Mailer"' in text
        assert "Ihr Termin am 14.03." in text and "Outlook 16.0" in text
        assert "Marcus Feld" not in text and "m.feld@" not in text


def test_a_pairs_value_reads_under_its_name(pattern_mask: Mask) -> None:
    protected = pattern_mask.protect(ENV)
    assert [p["name"] for p in protected] == [p["name"] for p in ENV]
    assert protected[0]["value"].startswith("[PASSWORD_")
    assert protected[1]["value"].startswith("[PASSWORD_")
    assert protected[2]["value"] == "debug" and protected[3]["value"] == "eu-west-1"
    assert pattern_mask.reveal(protected) == ENV


def test_a_typed_pair_still_names_its_type(pattern_mask: Mask) -> None:
    """``{"type": "phone", "number": ...}`` and a typed pair's value keep their type."""
    assert pattern_mask.protect({"type": "phone", "number": "555 0134"})["number"] != "555 0134"
    assert pattern_mask.protect([{"name": "phone", "value": "555 0134"}])[0]["value"] != "555 0134"
    assert pattern_mask.protect([{"name": "Customer", "value": "Jane Doe"}])[0]["value"].startswith("Person_")


def test_a_secret_pair_in_json_text(pattern_mask: Mask) -> None:
    """In JSON text the pair's value is found by its name as well (the payload's walk reads
    ``DB_PASSWORD: ...``); a setting named after a secret (``PASSWORD_MIN_LENGTH``) stays."""
    pairs = [
        *ENV,
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCY"},
        {"name": "PASSWORD_MIN_LENGTH", "value": "12"},
        {"name": "TOKEN_TTL", "value": "3600"},
        {"name": "DB_PASSWORD", "value": ""},
    ]
    text = json.dumps(pairs)
    protected = json.loads(pattern_mask.protect(text))
    assert protected[0]["value"].startswith("[PASSWORD_") and protected[1]["value"].startswith("[PASSWORD_")
    assert protected[4]["value"].startswith("[API_KEY_")
    assert [p["value"] for p in protected[5:]] == ["12", "3600", ""]
    assert pattern_mask.reveal(pattern_mask.protect(text)) == text
