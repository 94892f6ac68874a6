"""Numbers valid as phone numbers that are a range or a count (``port range: 32768-60999``,
``Range: bytes=0-1048575``, ``2 147 483 648 bytes``) stay as they are; a German number with its
extension after a hyphen (``0211 87654-32``) and an unbroken mobile number where receipts and
text messages write one (``received Tk 2,500.00 from 01712345689``, ``CP#: 09171234567``,
``Sender: 09051122334``, ``WANJIKU KAMAU 0712345678``) are phone numbers. Ids, dates, order
and invoice numbers, timestamps and account numbers in the same places are not."""

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
    ("text", "value"),
    [
        ("You have received Tk 2,500.00 from 01712345689.", "01712345689"),  # Bangladesh, bKash
        ("CP#: 09171234567", "09171234567"),  # the Philippines: cellphone number
        ("Name: Juan dela Cruz, CP No. 09171234567", "09171234567"),
        ("Cel: 09171234567", "09171234567"),
        ("Sender: 09051122334", "09051122334"),
        ("From: 09051122334\nReceived: 12/06/2024\nHi, on my way", "09051122334"),
        (
            "Confirmed. You have received Ksh500.00 from OTIENO BRIAN 254722118907 on 12/6/24 at 3:45 PM.",
            "254722118907",
        ),
        ("QGH1ABC2DE Confirmed. Ksh1,000.00 sent to WANJIKU KAMAU 0712345678 on 12/6/24 at 3:45 PM.", "0712345678"),
        ("WANJIKU KAMAU 0712345678", "0712345678"),
        ("PAID TO WANJIKU KAMAU 0712345678", "0712345678"),
        ("from OTIENO BRIAN 254722118907 on 12/6/24", "254722118907"),
        ("You have sent PHP 500.00 to Maria Santos 09171234567 via GCash.", "09171234567"),
        ("Payment of NGN 5,000 received from 08031234567.", "08031234567"),
        ("You have received \u20b1500 from 09171234567", "09171234567"),
    ],
)
def test_mobiles_in_receipts_and_messages(pattern_mask: Mask, text: str, value: str) -> None:
    assert value in _phones(pattern_mask, text)
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Report from 20240115 to 20240131 attached.",
        "Invoice from 100000123456 paid.",
        "ticket 09171234567",
        "Payment for ticket 09171234567 received.",
        "Payment received for order 0712345678.",
        "created_at 1717171717171",
        "Payment sent at 1717171717171 from 1717171717171",
        "Files copied from 0712345678 to 0712345679",
        "Order 0712345678 sent to warehouse",
        "Transfer of 5000 from 4155550123 completed",  # a US account as often as a number to call
        "Transfer of 5000 from 0712345678 completed",  # no amount of money: no payment's party
        "Shipment received from Supplier 0712345678",
        "Received 500 units from Warehouse 0712345678",
        "TILL NO 0712345678",
        "ORDER NUMBER 0712345678",
        "PLEASE NOTE THAT YOUR REFERENCE IS 0712345678",
        "BATCH CODE 0712345678",
        "INFO USER 9876543210 logged in",
        "WARN SESSION REQUEST 0712345678",
        "ABOUT THIS ORDER 0712345678",
        "Received 3 files from Build Server 0712345678.",
        "Payment sent. Ref 0712345678 from the bank.",
        "the cel 0712345678 story",
        "cp -r 0712345678 /tmp",
        "Sender: 1717171717171",
        "Sender: 100000123456",
        "CP#: 20240115",
    ],
)
def test_ids_and_dates_in_the_same_places_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


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
