# ruff: noqa: RUF001  (Turkish writes the dotless i)
"""Street layouts that stayed in clear or in pieces: Turkish (``Atatürk Cad. No: 15 Daire 3``,
``Gül Sokak No: 3/5``), Greek (``Οδός Ερμού 25``), Hebrew (``רחוב הרצל 10``), an Australian unit and
number (``Unit 12/45 Smith Street``). An address's tail no longer takes the start of a phone number
after it (``Jakarta Selatan 12190, HP 0812-3456-7890`` left ``-3456-7890`` in clear), nor a house
number the end of one (``τηλ. 694 123 4567, Οδός ...``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Müşteri Ayşe Yılmaz, Atatürk Cad. No: 15 Daire 3, Kadıköy/İstanbul", "Atatürk Cad. No: 15 Daire 3"),
        ("Adres: Bağdat Caddesi No:123, Kadıköy", "Bağdat Caddesi No:123"),
        ("Gül Sokak No: 3/5, Çankaya, Ankara", "Gül Sokak No: 3/5"),
        ("Παράδοση: Οδός Ερμού 25, Αθήνα", "Οδός Ερμού 25"),
        ("Λεωφόρος Κηφισίας 120, 115 26 Αθήνα", "Λεωφόρος Κηφισίας 120, 115 26 Αθήνα"),
    ],
)
def test_the_street_is_an_address(pattern_mask: Mask, text: str, street: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert len(spans) == 1 and text[spans[0].start : spans[0].end].startswith(street)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Pelanggan Budi, Jl. Sudirman No. 45, Jakarta Selatan 12190, HP 0812-3456-7890", "0812-3456-7890"),
        ("Γιώργος, τηλ. 694 123 4567, Οδός Ερμού 25, Αθήνα", "694 123 4567"),
    ],
)
def test_the_phone_next_to_it_stays_whole(pattern_mask: Mask, text: str, phone: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [text[s.start : s.end] for s in spans if s.type == "PHONE_NUMBER"] == [phone]
    assert all(
        s.end <= text.index(phone) or s.start >= text.index(phone) + len(phone)
        for s in spans
        if s.type != "PHONE_NUMBER"
    )


@pytest.mark.parametrize("text", ["Sokak köpekleri 3 tane", "Kat 3 is done", "the cd. 5 track"])
def test_words_alone_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("הלקוח יוסי כהן, טלפון 052-123-4567, רחוב הרצל 10, תל אביב", "רחוב הרצל 10, תל אביב"),
        ("משלוח לשד' רוטשילד 22 דירה 5, תל אביב", "שד' רוטשילד 22 דירה 5, תל אביב"),
        ("דרך השלום 53, גבעתיים", "דרך השלום 53, גבעתיים"),
    ],
)
def test_a_hebrew_street(pattern_mask: Mask, text: str, address: str) -> None:
    """A Hebrew street type, name and number (no capitals to read a name by) stayed in clear."""
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert [text[s.start : s.end] for s in spans] == [address]


def test_a_hebrew_street_word_alone_stays(pattern_mask: Mask) -> None:
    assert pattern_mask.protect("רחוב ארוך מאוד") == "רחוב ארוך מאוד"


@pytest.mark.parametrize(
    "text", ["Unit 12/45 Smith Street, Fitzroy VIC 3065", "Deliver to Apt 3/17 George St, Sydney NSW 2000"]
)
def test_an_australian_unit_word_belongs_to_the_address(pattern_mask: Mask, text: str) -> None:
    """``Unit 12/45 Smith Street``: unit 12 of number 45; the address began at ``12/45`` and left
    ``Unit`` outside it."""
    [span] = [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert text[span.start : span.start + 3] in ("Uni", "Apt")


def test_an_address_in_quotes_after_a_key(pattern_mask: Mask) -> None:
    """A log line's quoted values (``old='12 Oak St' new='400 Pine Ave, ...'``): a quote before the
    house number read as a word's apostrophe, and both addresses stayed in clear."""
    text = "user=jdoe action=update field=address old='12 Oak St' new='400 Pine Ave, Unit 5, Austin TX 78701'"
    spans = [text[s.start : s.end] for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert spans == ["12 Oak St", "400 Pine Ave, Unit 5, Austin TX 78701"]
    assert pattern_mask.protect("He is 5'11 Main Street") == "He is 5'11 Main Street"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Vinohradská 1511, 100 00 Praha 10", "Vinohradská 1511, 100 00 Praha 10"),
        (
            "Our technician will visit at Vinohradská 1511/230, 100 00 Praha 10 on Monday.",
            "Vinohradská 1511/230, 100 00 Praha 10",
        ),
        ("Otradovická 980, 140 08 Třemošnice is where she lives", "Otradovická 980, 140 08 Třemošnice"),
    ],
)
def test_a_czech_address_with_its_district_and_prose_after_it(pattern_mask: Mask, text: str, address: str) -> None:
    """A city's district number (``Praha 10``) belongs to the address, and a lower-case word after
    the city ends it as a comma would (the address stayed in clear in running prose)."""
    spans = [text[s.start : s.end] for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert spans == [address]


@pytest.mark.parametrize("text", ["Windows 10, 64000 Users are affected", "Chapter 4, 2019 Edition was good"])
def test_a_number_and_a_code_in_prose_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
