"""STREET_ADDRESS (a whole address is one span) and labelled ZIP_CODE in free text."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.core.detectors.address import AddressDetector, address_detector


@pytest.fixture(scope="module")
def detector() -> AddressDetector:
    return address_detector(40)


def _found(detector: AddressDetector, text: str, threshold: float = 0.5) -> list[tuple[str, str]]:
    spans = detector.detect([text], [[]], Budget())[0]
    return [(s.type, text[s.start : s.end]) for s in spans if s.score >= threshold]


WHOLE_ADDRESSES = [
    # US
    "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "500 Oak Ave Suite 200, Austin, TX 78701",
    "742 Evergreen Terrace Apt 4B, Springfield, IL 62704",
    "PO Box 123, Springfield, IL 62704",
    "P.O. Box 4521",
    "225 E. John Carpenter Freeway, Suite 1500, Irving, Texas 75062",
    # Canada
    "123 Main St, Toronto, ON M5V 2T6",
    "825 rue Desrochers, Montréal, QC H2X 1Y4",
    # UK
    "10 Downing Street, London SW1A 2AA",
    "Flat 3, 42 Baker Street, London NW1 6XE",
    # France, Germany, Spain, Italy, Portugal, Netherlands, Brazil
    "14 Rue des Tanneurs, Apt. 5, 69003 Lyon",
    "682, avenue de Toussaint, 75011 Paris",
    "Hauptstraße 5, 10115 Berlin",
    "Berliner Straße 12, 60311 Frankfurt am Main",
    "Schönhauser Allee 36, 10435 Berlin",  # Allee also leads a French address (allée Verte)
    "Königsallee 12, 40212 Düsseldorf",
    "Kurt-Zahn-Gasse 8/7, 1010 Wien",
    "Calle Mayor 12, 3º B, 28013 Madrid",
    "Via Roma 10, 00184 Roma",
    "Rua Augusta 100, 1100-053 Lisboa",
    "Keizersgracht 123, 1015 CJ Amsterdam",
    "Rua da Consolação, 930, 01302-000 São Paulo",
    # Nordic, Finnish, Polish, Hungarian
    "Skolgränd 27, 93068 Växjö",
    "Søndervoldgade 74, 9453 Fjenneslev",
    "Jälsikatu 490, 95490 Puolanka",
    "Maneesipolku 4, 09171 Muonio",
    "ul. Lelewela 10/03",
    "plac Andersa 31",
    "Szabadság utca 49",
]


@pytest.mark.parametrize("address", WHOLE_ADDRESSES)
def test_a_whole_address_is_one_span(detector: AddressDetector, address: str) -> None:
    text = f"Please deliver to {address} before Friday."
    assert _found(detector, text) == [("STREET_ADDRESS", address)]


@pytest.mark.parametrize(
    "text,address",
    [
        (
            "Send it to\n1600 Pennsylvania Ave NW\nWashington, DC 20500\nThanks",
            "1600 Pennsylvania Ave NW\nWashington, DC 20500",
        ),
        ("Anschrift:\nHauptstraße 5\n10115 Berlin", "Hauptstraße 5\n10115 Berlin"),
        ("Studio 87\nDawson Drive\nLondon\nWF4P 9QX", "Studio 87\nDawson Drive\nLondon\nWF4P 9QX"),
    ],
)
def test_an_address_over_several_lines_is_one_span(detector: AddressDetector, text: str, address: str) -> None:
    assert _found(detector, text) == [("STREET_ADDRESS", address)]


@pytest.mark.parametrize(
    "text,address",
    [
        ("Ship to Unit 6732 Box 2137, DPO AP 74170 today", "Unit 6732 Box 2137, DPO AP 74170"),
        ('{"address": "USS Torres, FPO AA 97432"}', "USS Torres, FPO AA 97432"),
        ("PSC 8499, Box 3674, APO AP 27239", "PSC 8499, Box 3674, APO AP 27239"),
    ],
)
def test_us_military_mail_is_an_address(detector: AddressDetector, text: str, address: str) -> None:
    assert _found(detector, text) == [("STREET_ADDRESS", address)]


def test_an_ambiguous_street_type_needs_a_tail_or_an_address_cue(detector: AddressDetector) -> None:
    # "Passage" is also a common noun: alone it stays under the threshold.
    assert _found(detector, "Chapter 42646 Amanda Passage") == []
    assert _found(detector, "She works at 42646 Amanda Passage.") == [("STREET_ADDRESS", "42646 Amanda Passage")]
    assert _found(detector, "42646 Amanda Passage, Austin, TX 78701") == [
        ("STREET_ADDRESS", "42646 Amanda Passage, Austin, TX 78701")
    ]


def test_a_lower_case_address_counts_with_an_address_cue(detector: AddressDetector) -> None:
    assert _found(detector, "i live at 12 main street") == [("STREET_ADDRESS", "12 main street")]
    assert _found(detector, "we walked 2 miles up the road") == []
    assert _found(detector, "took 3 side streets") == []
    assert _found(detector, "my address is 42 wallaby way, sydney") == [("STREET_ADDRESS", "42 wallaby way")]
    assert _found(detector, "i live at 12 oak drive") == [("STREET_ADDRESS", "12 oak drive")]
    assert _found(detector, "the 2 best way to do it") == []
    assert _found(detector, "try 2 different drive letters") == []


def test_a_street_line_alone_is_an_address(detector: AddressDetector) -> None:
    assert _found(detector, "I live at 221B Baker Street.") == [("STREET_ADDRESS", "221B Baker Street")]
    assert _found(detector, "Wir wohnen in der Lindenstraße 7.") == [("STREET_ADDRESS", "Lindenstraße 7")]


@pytest.mark.parametrize(
    "text",
    [
        "Room 12 is booked for the review.",
        "Fixed in version 2 street view does not crash anymore.",
        "You have 3 items in your cart.",
        "Order 1234 Main course was delivered late.",
        "The total is $12.99 plus 5% tax.",
        "Meeting on 12 May 2024 at 10:30.",
        "Suite of tools for 2 teams.",
        "Suite 200 tests passed in 3.2s.",
        "The 3 Musketeers Drive-in closes at 9.",
        "Im Juni 2024 kamen 300 Gäste.",
        "Via email 2 times last week.",
        "Spring 2024 release notes",
        "Plaza Hotel 5 stars",
        "Upgraded from v4.17.3 to v4.18.0",
        "We walked 5 miles down the road.",
        "As shown by Smith et al. Nature 2019, the effect holds.",  # "al." is no Polish street word here
        "The bowtie 12 pack ships today.",
    ],
)
def test_no_address_in_harmless_text(detector: AddressDetector, text: str) -> None:
    assert _found(detector, text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("zip: 94105", "94105"),
        ("ZIP code 94105-1234 on file", "94105-1234"),
        ("PLZ 10115", "10115"),
        ("code postal : 69003", "69003"),
        ("CP 28013", "28013"),
        ("postcode SW1A 2AA", "SW1A 2AA"),
        ("postal code M5V 2T6", "M5V 2T6"),
        ("CEP 01302-000", "01302-000"),
    ],
)
def test_a_labelled_postal_code_is_a_zip_code(detector: AddressDetector, text: str, value: str) -> None:
    assert _found(detector, text) == [("ZIP_CODE", value)]


def test_a_postal_code_without_a_label_is_no_zip_code(detector: AddressDetector) -> None:
    assert _found(detector, "We sold 94105 units and 10115 more.") == []
    assert _found(detector, "market cap 10000 USD") == []


def test_an_amount_or_a_line_after_a_zip_label_is_no_zip_code(detector: AddressDetector) -> None:
    """A label speaks of its own line, and a postal code is no amount's whole part."""
    assert _found(detector, "cp: 28001\namount: 28000.13") == [("ZIP_CODE", "28001")]
    assert _found(detector, "zip=94103 took $1813.29") == [("ZIP_CODE", "94103")]
    assert _found(detector, "zip 94103, 12,50 EUR") == [("ZIP_CODE", "94103")]


def test_the_postal_code_of_an_address_stays_inside_the_address(detector: AddressDetector) -> None:
    text = "Address: 123 Main St, Springfield, IL 62704 (zip 62704 checked)"
    assert _found(detector, text) == [("STREET_ADDRESS", "123 Main St, Springfield, IL 62704"), ("ZIP_CODE", "62704")]


def test_the_issue_example_becomes_one_address_token(pattern_mask: Mask) -> None:
    text = "Ship to 14 Rue des Tanneurs, Apt. 5, 69003 Lyon"
    protected = pattern_mask.protect(text)
    head, _, token = protected.partition("Ship to ")
    assert head == "" and token.startswith("Address_") and len(token) == len("Address_") + 6
    assert pattern_mask.reveal(protected) == text
    assert pattern_mask.protect(protected) == protected  # a minted address token is not tokenized again


def test_a_zip_code_token_is_readable_and_reveals(pattern_mask: Mask) -> None:
    text = '{"note": "zip: 56000"}'
    protected = pattern_mask.protect(text)
    assert "56000" not in protected and "Zip_" in protected
    assert pattern_mask.reveal(protected) == text


def test_an_address_in_a_payload_reveals_back(pattern_mask: Mask) -> None:
    payload = {"message": "Our office: Keizersgracht 123, 1015 CJ Amsterdam. Call first.", "n": 3}
    protected = pattern_mask.protect(payload)
    assert "Keizersgracht" not in protected["message"] and "Address_" in protected["message"]
    assert pattern_mask.reveal(protected) == payload


HOSTILE = [
    "1 Main St " * 100_000,
    "Rue " * 200_000 + "5",
    "Via Roma " * 100_000 + "5",
    "12 Rue " + "De " * 100_000,
    "Apt 5, " * 100_000,
    "12 Main St" + ", Apt 5" * 100_000,
    ("A" * 39 + "x ") * 50_000 + "5",
    "Hauptstraßestraße" * 50_000 + " 5",
    "1 " * 200_000,
    "zip " * 100_000 + "12345",
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_input_stays_linear(detector: AddressDetector, text: str) -> None:
    spans = detector.detect([text], [[]], Budget())[0]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(s.end - s.start < 4096 for s in spans)  # bounded parts: no span runs away over the input


def test_the_issue_example_with_ner_is_one_address_token(nlp_model: str) -> None:
    # NER used to call "Apt" a place and leave the rest of the address in clear.
    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_model": nlp_model}}
    with Mask(config) as mask:
        text = "Ship to 14 Rue des Tanneurs, Apt. 5, 69003 Lyon"
        protected = mask.protect(text)
        assert protected.startswith("Ship to Address_") and len(protected) == len("Ship to Address_") + 6
        assert mask.reveal(protected) == text


def test_the_house_number_check_never_skips_an_address_start() -> None:
    """The stdlib check run before the address pattern at a digit is necessary: wherever
    the pattern matches at a digit, the check matches too (addresses and the corpus)."""
    import json
    from pathlib import Path

    from mask.core.detectors.address import _HOUSE_NUMBER_LEAD, ADDRESS_PATTERN

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"
    texts = [*WHOLE_ADDRESSES, *(json.loads(line)["text"] for line in corpus.open(encoding="utf-8"))]
    matched = skipped = 0
    for text in texts:
        for at, ch in enumerate(text):
            if not ch.isdigit() or (at and text[at - 1].isalnum()):
                continue
            if _HOUSE_NUMBER_LEAD.match(text, at) is None:
                skipped += 1
                assert ADDRESS_PATTERN.match(text, at) is None, text[at : at + 40]
            elif ADDRESS_PATTERN.match(text, at) is not None:
                matched += 1
    assert matched > 1000 and skipped > matched  # most numbers are no house number


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Hi team, Ann called about the delivery to 404 Oak Street, Graemefurt.", "Graemefurt"),
        ("The customer lives at 12 Baker Road in Grahamfurt and prefers e-mail.", "Grahamfurt"),
        ("Deliver to 14 Rue des Tanneurs, Fernandez-la-Forêt.", "Fernandez-la-Forêt"),
        ("Ship to 88 Pine Avenue, Port Whiteberg, by Friday", "Port Whiteberg"),
    ],
)
def test_a_city_right_after_a_street_address_is_a_location(detector: AddressDetector, text: str, city: str) -> None:
    # Generated and small towns no gazetteer or NER model knows: the address says what they are.
    assert ("LOCATION", city) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "We met at 12 Main St, John said.",
        "Ship to 12 Main St, Thanks!",
        "She moved to 5 Elm Road, Monday.",
        "Ship to 12 Main St, Apt 4",
        "Write to 51 Franklin Street, Fifth Floor, Boston",
    ],
)
def test_a_word_after_a_street_address_that_names_no_city_is_left(detector: AddressDetector, text: str) -> None:
    assert [etype for etype, _ in _found(detector, text)] == ["STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pickup: Otradovická 980, 140 08 Třemošnice. Call on arrival.", "Otradovická 980, 140 08 Třemošnice"),
        ("Pickup: Drumul Popescu Nr. 456, 565645 Domnesti.", "Drumul Popescu Nr. 456, 565645 Domnesti"),
        ("Shipping label:\nJan Novák\nNa Pomezí 117\n236 50 Roztoky", "Na Pomezí 117\n236 50 Roztoky"),
        ("Deliver to Dorfweg 12, 3012 Bern.", "Dorfweg 12, 3012 Bern"),
    ],
)
def test_a_street_without_a_street_word_before_a_postcode_and_city_is_an_address(
    detector: AddressDetector, text: str, address: str
) -> None:
    assert ("STREET_ADDRESS", address) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "See Chapter 4, 2019 Edition.",  # a year is no postcode
        "Order 12, 10115 Berlin",  # a negative word names the number
        "Table 5, 12345 Total",
        "Windows 10, 64000 Users.",  # one plain word each side and no address word
        "Level 3, 10000 Points.",
    ],
)
def test_numbers_before_a_code_and_a_word_are_no_address(detector: AddressDetector, text: str) -> None:
    assert _found(detector, text) == []
