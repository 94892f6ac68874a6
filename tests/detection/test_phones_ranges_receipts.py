"""Numbers valid as phone numbers that are a range or a count (``port range: 32768-60999``,
``Range: bytes=0-1048575``, ``2 147 483 648 bytes``) stay as they are; a German number with its
extension after a hyphen (``0211 87654-32``) is a phone number."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "Ephemeral port range: 32768-60999.",
        "net.ipv4.ip_local_port_range ports 32768-60999",
        "Listening on ports 5060-5061 and 32768-60999",
        "peak RSS 2 147 483 648 bytes.",
        "heap limit 2147483648 bytes, phone app",
        "Disk usage: 0712 345 678 KB",
        "size 2 147 483 648 B",
        "heap 2 147 483 648 MiB",
        "Range: bytes=0-1048575",
        "Range 0-1048575",
        "Range: bytes=1048576-2097151",
        "Content-Range: bytes 1048576-2097151/4194304",
    ],
)
def test_ranges_and_sizes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 32768-60999", "32768-60999"),  # labelled: the label decides
        ("(415) 555-0199", "(415) 555-0199"),
        ("020 7946 0958", "020 7946 0958"),
        ("0211 8765432", "0211 8765432"),
        ("The range of our hotline: 020 7946 0958.", "020 7946 0958"),
        ("Office 020 7946 0958 B. Jones", "020 7946 0958"),  # a lone B: an initial, no size
        ("Rückfragen: 0211 87654-32.", "0211 87654-32"),
        ("Zentrale: 030 1234567-0, Fax -99", "030 1234567-0"),
        ("Bitte melden Sie sich unter (0211) 87654-321.", "(0211) 87654-321"),
        ("Kontakt +43 1 58801-0", "+43 1 58801-0"),
    ],
)
def test_phones_next_to_the_guards(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 1234 56789-1 im Lager",  # no area code with its trunk 0: a short last group is no extension
        "Serie 9401 6674 07",
        "Order 0211 87654-32 shipped",
        "Rechnung 0211 87654-32",
    ],
)
def test_other_short_last_groups_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_the_extension_layout_round_trips(pattern_mask: Mask) -> None:
    text = "Rückfragen: 0211 87654-32."
    protected = pattern_mask.protect(text)
    assert protected != text
    assert pattern_mask.reveal(protected) == text
