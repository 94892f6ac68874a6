"""Numbers valid as phone numbers that are a range or a count (``port range: 32768-60999``,
``Range: bytes=0-1048575``, ``2 147 483 648 bytes``) stay as they are; phone numbers next to
them are still read."""

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
    ],
)
def test_phones_next_to_the_guards(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)
