"""The cheap checks the address detector runs before its pattern never skip a match of it."""

from __future__ import annotations

import json
from pathlib import Path

from mask.core.detectors.address import (
    _CODE_AND_CITY,
    _HOUSE_NUMBER_STREET,
    _NUMBER_STARTS,
    ADDRESS_PATTERN,
    _codes_and_cities,
)

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


def _texts() -> list[str]:
    return [*WHOLE_ADDRESSES, *MORE, *(json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8"))]


def test_number_starts_are_digits_after_nothing_word_like() -> None:
    import re

    # the look-behind first, as it was written before; a quote opening a value ('12 Oak St') is no word
    written = re.compile(r"(?<![\w.,/\-\u2019])(?<![\w.,/\-]')\d")
    for text in [*_texts(), "\u00b212 x", "a1 .2 ,3 /4 -5 '6 \u20197 _8 9 x'1 ='2", "1"]:
        assert [m.start() for m in _NUMBER_STARTS.finditer(text)] == [m.start() for m in written.finditer(text)]


def test_codes_and_cities_are_the_pattern_scan() -> None:
    more = [
        "Otradovická 980, 140 08 Třemošnice",
        "Main 12,\n  H-1853 Budapest.",
        "x, AB-12345 Town\n, 565645 Pune",
        "Chapter 4, 2019 Edition",
    ]
    for text in [*_texts(), *more]:
        assert [m.span() for m in _codes_and_cities(text)] == [m.span() for m in _CODE_AND_CITY.finditer(text)]


def _anchor_texts() -> list[str]:
    import random

    from mask.core.detectors.address import _SUFFIXES_ASCII

    rng = random.Random(7)
    words = [*_SUFFIXES_ASCII, "st", "rue", "via", "ring", "str.", "c/", "p.o. box", "apt", "ways", "parks", "allee"]
    seps = ["", ".", "/", "-", "_", "s", "9"]
    fuzz = ["".join(rng.choice("abcdefgikmnoprstuvwyz .,/-_'\n9") for _ in range(300)) for _ in range(200)]
    fuzz += [
        " ".join(rng.choice([*words, "x", "ab", ".", "/", "-"]) + rng.choice(seps) for _ in range(60))
        for _ in range(200)
    ]
    fuzz += ["".join(rng.choice([*words, "x", ".", "/", "-", " ", "9"]) for _ in range(60)) for _ in range(200)]
    more = [
        "Hauptstr.5 and Hauptstr. 5, st.ring rue, c/rue x, p.o. box 12, P.O. Box 5, Keizersgracht 123",
        "during spring, Novaring 3, ring, str., xstr., Streets Ways Gardens ways, Rings Park parks",
        "a.str. b_str. c-str. 9str. rue_ st_ _st",
    ]
    return [*_texts(), *more, *fuzz]


def test_the_ascii_anchor_scans_find_what_the_patterns_find() -> None:
    """In an ASCII text the anchor words and suffixes are found from the blanks of a copy
    (``_word_anchors``, ``_suffixes_ascii``): the same matches as the patterns' own scans."""
    from mask.core.detectors.address import _ANCHORS, _BLANKS, _suffixes, _suffixes_ascii, _word_anchors

    words_re, suffix_re = _ANCHORS
    for text in _anchor_texts():
        hay = text.lower()
        if not hay.isascii():
            continue
        blanked = hay.encode("ascii").translate(_BLANKS)
        found = [(m.span(), m.groupdict()) for m in _word_anchors(words_re, hay, blanked)]
        assert found == [(m.span(), m.groupdict()) for m in words_re.finditer(hay)], text[:80]
        assert list(_suffixes_ascii(suffix_re, hay, blanked)) == list(_suffixes(suffix_re, hay)), text[:80]


def test_house_number_leads_keep_every_number_the_lead_check_takes() -> None:
    """``_house_number_leads`` (an ASCII text's copy of digits, letters and marks) keeps every
    number start where ``_HOUSE_NUMBER_LEAD`` matches."""
    from mask.core.detectors.address import _HOUSE_NUMBER_LEAD, _house_number_leads

    extra = [
        "12 Main St, x-3 Foo, (5 Bar) 7_a 8\n9 a",
        "1",
        "1 a",
        "12B Main",
        "12 - 14 Main",
        "3\r\n  Baker",
        "4 ,x 5 'T",
    ]
    for text in [*_anchor_texts(), *extra]:
        if not text.isascii():
            continue
        leads = set(_house_number_leads(text))
        for m in _NUMBER_STARTS.finditer(text):
            if _HOUSE_NUMBER_LEAD.match(text, m.start()) is not None:
                assert m.start() in leads, text[m.start() : m.start() + 40]


def test_no_zip_label_means_the_label_words_find_none() -> None:
    from mask.core.detectors.address import _ZIP_LABELS, _no_zip_label
    from mask.core.detectors.shared import TextView

    extra = ["zip: 12345", "Home_Zip 12345", "CP 28013", "c.p. 28013", "x POSTCODE", "cepa", "ZIP/postal code", "PLZ-1"]
    extra += ["a_c_p_ 1", "Postleitzahl", "kod pocztowy 00-950", "post.code 1234", "nothing here", ""]
    absent = 0
    for text in [*_anchor_texts(), *extra]:
        if _no_zip_label(text):
            absent += 1
            assert not _ZIP_LABELS.find_all(TextView(text)), text[:80]
    assert absent > 100
