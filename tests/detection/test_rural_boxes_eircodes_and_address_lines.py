"""Addresses without a street and a number the address shapes read: a rural route's box, a Singapore
block by its number, an Eircode on the line after its county, a one-word value under an address
line's key, a flat after an address, a postcode and its town framed by a footer's dashes; and a
warehouse's bins under a ``location`` column, which name no place."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Farm inspection at RR 4 Box 2271, near the grain bins", "RR 4 Box 2271"),
        ("Mail goes to HC 61, Box 19 since the move", "HC 61, Box 19"),
        ("The movers said the lift at Blk 227 must be booked first.", "Blk 227"),
        ("Billing address:\n12 The Paddocks\nNaas, Co. Kildare\nW91 K7P3\n\nThanks", "W91 K7P3"),
        ("insured: T. Walsh\naddress_line_1: Cloonagh\naddress_line_2: Ballinrobe\ncounty: Mayo", "Cloonagh"),
        ('{"addressLine1": "Derrylin", "addressLine2": "None"}', "Derrylin"),
        ("Staying with Mei at 5-2-8 Honcho, Naka-ku, Yokohama 231-0005, Apt 1204\nNext day", "1204"),
        ("Chambres d'hôtes Le Moulin — 46140 Luzech — Tél. 05 65 41 00 00", "46140 Luzech"),
    ],
)
def test_addresses_without_a_street_shape_are_masked(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "RR interval 812 ms; box 3 ticked on the form",
        "SKU-20411-BLK   12 units in stock",
        'address_line_2: None\n{"address_line_3": "N/A"}',
        "Revenue — 12345 Euro — up on last year",
        "Parts bin\nC12 4567\nA98 K2T4",
        "line  sku            qty  location               lot\n"
        "1     SKU-11111-RED   4   Aisle 14 Bay 3 Lvl B   L2409-11\n"
        "2     SKU-22222-BLU  12   Aisle 02 Bay 17 Lvl A  L2408-27\n"
        "3     SKU-33333-GRN   2   Cage D / Shelf 5       L2410-05\n",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_place_column_of_names_is_still_masked(pattern_mask: Mask) -> None:
    table = "id  name           city\n--  -------------  ------\n1   Jean Dupont    Vannes\n2   Ana Ruiz       Lugo\n"
    out = pattern_mask.protect(table)
    assert "Vannes" not in out and "Lugo" not in out
