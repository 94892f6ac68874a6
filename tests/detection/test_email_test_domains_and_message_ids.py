"""E-mail addresses at the domains test data uses are protected; identifiers of messages and
calendar events written like addresses are not (they name no mailbox)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "address",
    ["nadia.haddad@sysops.example", "jane.roe@acme.test", "p.okonjo@mail.corp.example"],
)
def test_addresses_at_example_and_test_domains_are_protected(pattern_mask: Mask, address: str) -> None:
    text = f'MAILTO="{address}"\nowner: {address}'
    out = pattern_mask.protect(text)
    assert address not in out
    assert "@mask.example" in out


@pytest.mark.parametrize("address", ["root@localhost", "bounce-8812@mailer.invalid"])
def test_addresses_that_name_no_mailbox_stay(pattern_mask: Mask, address: str) -> None:
    text = f"Return-Path: {address}"
    assert pattern_mask.protect(text) == text


def test_a_token_is_not_protected_again(pattern_mask: Mask) -> None:
    once = pattern_mask.protect("contact: lena.voss@kontor.example")
    assert pattern_mask.protect(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "Message-ID: <20240611.5f2c9a@mail.acme-corp.com>",
        "In-Reply-To: <CAF7x9Qk2@mail.gmail.com>",
        "References: <a1b2@lists.acme-corp.com> <c3d4@lists.acme-corp.com>",
        '{"messageId": "<0100018f.9c@email.amazonses.com>", "status": "delivered"}',
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:2025-01-01-newyear@calendar.acme-corp.com\nDTSTART:20250101\nEND:VEVENT\nEND:VCALENDAR",
    ],
)
def test_message_and_event_identifiers_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_addresses_beside_message_identifiers_are_still_protected(pattern_mask: Mask) -> None:
    text = (
        "Message-ID: <20240611.5f2c9a@mail.acme-corp.com>\n"
        "From: ops-reports@acme-corp.com\n"
        '{"message_id": "<k1@mx.acme-corp.com>", "to": "ravi.menon@acme-corp.com"}\n'
        "References: please write to dana.kim@acme-corp.com\n"
        "BEGIN:VEVENT\nUID:evt-1@cal.acme-corp.com\nATTENDEE;CN=Ravi:mailto:ravi.menon@acme-corp.com\nEND:VEVENT"
    )
    out = pattern_mask.protect(text)
    for address in ("ops-reports@acme-corp.com", "ravi.menon@acme-corp.com", "dana.kim@acme-corp.com"):
        assert address not in out
    for identifier in ("20240611.5f2c9a@mail.acme-corp.com", "k1@mx.acme-corp.com", "evt-1@cal.acme-corp.com"):
        assert identifier in out
