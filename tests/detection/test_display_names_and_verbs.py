"""A sender's name before ``<address>`` (``Allegra Gargallo-Santoro <allegra@...> wrote:``), not a
service's (``Acme Support <support@...>``); a long bare number right after a phone verb
(``prefers 2681678029 after 6pm``), valid in no configured region."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Allegra Gargallo-Santoro <allegra@example.it> wrote: please update my number", "Allegra Gargallo-Santoro"),
        ("On Mon, 3 Jun 2024, Ilse Vermeulen-Dekker <ilse@x.nl> wrote:", "Ilse Vermeulen-Dekker"),
        ('"Jan de Vries" <jan@x.nl>', "Jan de Vries"),
    ],
)
def test_a_senders_name(pattern_mask: Mask, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text", ["Acme Support <support@acme.com> wrote:", "Contact <a@b.com>", "Billing Team <billing@corp.com>"]
)
def test_a_service_is_no_person(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text)] == ["EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Note from the call: customer prefers 2681678029 after 6pm.", "2681678029"),
        ("Note from the call: customer prefers 00591216010 after 6pm.", "00591216010"),
    ],
)
def test_a_long_number_after_a_phone_verb(pattern_mask: Mask, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["We reached 1200000000 downloads.", "Call ticket 4811639122 in the queue."])
def test_no_verb_right_before(pattern_mask: Mask, text: str) -> None:
    assert _found(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Email me at john dot smith at gmail dot com", "john dot smith at gmail dot com"),
        ("contact: john.smith [at] example [dot] com", "john.smith [at] example [dot] com"),
        ("Write to jane(at)example.org please", "jane(at)example.org"),
        ("my email is jane @ example.org", "jane @ example.org"),
        ("JANE (AT) EXAMPLE (DOT) CO (DOT) UK", "JANE (AT) EXAMPLE (DOT) CO (DOT) UK"),
    ],
)
def test_an_address_written_to_fool_scrapers(pattern_mask: Mask, text: str, value: str) -> None:
    assert ("EMAIL_ADDRESS", value) in _found(pattern_mask, text)
    assert pattern_mask.reveal(pattern_mask.protect(text)) == text


@pytest.mark.parametrize(
    "text", ["Look at example.com for details", "We met at noon. See you at 5.", "Rated 4.5 (at) most stores"]
)
def test_no_address_written_out(pattern_mask: Mask, text: str) -> None:
    assert _found(pattern_mask, text) == []
