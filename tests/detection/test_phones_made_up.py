"""Phone numbers written the way made-up and mistyped ones are: an exchange of 0 or 1 after a
phone word (``called from (727) 103-7466``), and bare eight-digit Danish and Norwegian numbers
right after a verb (``call 48116391``), and labelled area codes 1xx (Faker writes them). Mask's
own token shape (area code 0xx after +1: without it, a region with a trunk prefix 0 may have the
number) stays unread, as do numbers no phone word labels."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi team, Bob called from (727) 103-7466 about the delivery.", "(727) 103-7466"),
        ("Note from the call: she prefers 524-184-1872 after 6pm.", "524-184-1872"),
        ("Can you ring Ann back on 670.151.6566? She is in Leeds.", "670.151.6566"),
        ("Phone 1-235-164-9811, ask for the desk.", "1-235-164-9811"),
        ("Call 415-055-0123 about it.", "415-055-0123"),
        ("Hi team, Bob called from +1 (154) 138-4472 about the delivery.", "+1 (154) 138-4472"),
        ("Anna wrote: please update my number to (197) 261-9547", "(197) 261-9547"),
        ("Note from the call: she prefers 161-111-9265 after 6pm.", "161-111-9265"),
        ("Call 1 (150) 487-4316 back.", "1 (150) 487-4316"),
    ],
)
def test_labelled_exchange_zero_or_one(pattern_mask: Mask, text: str, value: str) -> None:
    assert _phones(pattern_mask, text) == [value]
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 48116391 today.", "48116391"),
        ("Note from the call: customer prefers 48116391 after 6pm.", "48116391"),
        ("Ring 93533740.", "93533740"),
        ("text 39150008 when you land", "39150008"),
    ],
)
def test_eight_digits_right_after_a_verb(pattern_mask: Mask, text: str, value: str) -> None:
    assert _phones(pattern_mask, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Part numbers 727-103-7466 and 555-012-3456 are placeholders.",  # no phone word
        "token phone +1 (012) 345-6789 and +1 045-054-2687.",  # area code 0xx after +1: Mask's token shape
        "Part numbers 145-054-2687 and 150-487-4316 are placeholders.",  # area code 1xx, no phone word
        "We reached 12000000 downloads this year.",  # no verb that labels a number
        "Call ticket 48116391 in the queue.",  # a word such as ticket in between
        "Recall 48116391 from the archive.",
        "Call order 12345678 today.",
    ],
)
def test_not_read(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []
