"""The sender before ``<address>`` when it is no capitalised name: a login (``zoe.achterberg
<zoe@...>``, as ``npm owner ls`` prints an owner; ``Author: jdoe <jdoe@...>``) is a ``USERNAME``,
and a name written surname first in quotes (``"Whitfield, Dana" <dana@...>``) a ``PERSON``. A
service's name, a system account and words that name no one stay."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "$ npm owner ls left-trim-utils\nzoe.achterberg <zoe@achterberg.dev>\nmkapoor <mk@kapoor.io>",
            "zoe.achterberg",
            "USERNAME",
        ),
        (
            "$ npm owner ls left-trim-utils\nzoe.achterberg <zoe@achterberg.dev>\nmkapoor <mk@kapoor.io>",
            "mkapoor",
            "USERNAME",
        ),
        ("From: dana_w <dana@whitfield.io>\nSubject: keys", "dana_w", "USERNAME"),
        ("commit 9f2c1e0\nAuthor: jdoe <jdoe@corp.example.com>\nDate: Mon", "jdoe", "USERNAME"),
        ('Reply to "Whitfield, Dana" <dana@whitfield.io> by Friday.', "Whitfield, Dana", "PERSON"),
        ('Forwarded by "Okafor, Chinedu N." <c.okafor@dental.io>', "Okafor, Chinedu N.", "PERSON"),
    ],
)
def test_the_sender_before_an_address_is_protected(pattern_mask: Mask, text: str, value: str, kind: str) -> None:
    assert (value, kind) in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "cc: support <support@acme.io>, billing <billing@acme.io>",
        "From: noreply <noreply@acme.io>",
        "To: root <root@build-host.io>",
        "Please send it to <ops@acme.io> before noon.",
        'From: "Support, Billing" <billing@acme.io>',
    ],
)
def test_a_service_or_no_one_before_an_address_stays(pattern_mask: Mask, text: str) -> None:
    found = [value for value, kind in scanned(pattern_mask, text) if kind != "EMAIL_ADDRESS"]
    assert found == []
