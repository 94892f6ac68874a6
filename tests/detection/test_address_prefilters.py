"""The cheap checks the address detector runs before its pattern never skip a match of it."""

from __future__ import annotations

import json
from pathlib import Path

from mask.core.detectors.address import _HOUSE_NUMBER_STREET, ADDRESS_PATTERN

from .test_addresses import WHOLE_ADDRESSES

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"

MORE = [
    "Ship to 12 B Main St, Springfield",
    "Deliver to 12 - 14 N. Old Mill Road",
    "Send it to 5 1st Avenue, New York, NY 10001",
    "at 12 main street by noon",
    "42\nBaker Street, London",
    "14, rue des Tanneurs, 69003 Lyon",
    "12/3 Van der Berg Lane",
    "7 l'Église Place",
]


def test_the_street_check_never_skips_an_address_start() -> None:
    """Wherever the address pattern matches at a digit, a street word opens one of the six
    words after the house number (``_HOUSE_NUMBER_STREET``); most other numbers fail it."""
    texts = [*WHOLE_ADDRESSES, *MORE, *(json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8"))]
    matched = skipped = 0
    for text in texts:
        for at, ch in enumerate(text):
            if not ch.isdigit() or (at and text[at - 1].isalnum()):
                continue
            if _HOUSE_NUMBER_STREET.match(text, at) is None:
                skipped += 1
                assert ADDRESS_PATTERN.match(text, at) is None, text[at : at + 60]
            elif ADDRESS_PATTERN.match(text, at) is not None:
                matched += 1
    assert matched > 1000 and skipped > matched
