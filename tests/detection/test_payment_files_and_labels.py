"""Payment files and receipts: a NACHA entry's columns, an MT103's parties, an ISO 20022 agent's
BIC, the labels of receipts and payout APIs around the world (БИК, رقم الحساب, CCP and RIP, Raast
ID, BillRefNumber, a SEPA mandate's reference, name_kanji, holderNameEn, NRC, ABN, DNI/NIE,
PESEL zleceniodawcy), a mobile money party's MSISDN id and an Argentine account's alias."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _typed(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


_HEADER = "101 071000013 98765432102503040915A094101FIRST MIDWEST BANK     HARBOR FLOWERS LLC     0000000"
_BATCH = "5220HARBOR FLOWERS                      9876543210PPDWAGES     MAR 05250305   1071000010000001"
_ENTRY = "62207100001355501234567      0000098765EMP90011       KWAME O MENSAH          0071000010000001"


def test_nacha_records() -> None:
    assert len(_HEADER) == len(_BATCH) == len(_ENTRY) == 94


def test_a_nacha_entry_detail_record(pattern_mask: Mask) -> None:
    found = _typed(pattern_mask, "\n".join((_HEADER, _BATCH, _ENTRY)))
    for item in [
        ("ABA_ROUTING_NUMBER", "071000013"),
        ("US_BANK_NUMBER", "55501234567"),
        ("PERSONAL_ID", "EMP90011"),
        ("PERSON", "KWAME O MENSAH"),
        ("ORGANIZATION", "HARBOR FLOWERS LLC"),
        ("ORGANIZATION", "HARBOR FLOWERS"),
    ]:
        assert item in found


def test_a_94_column_line_without_an_entry_is_no_nacha_file(pattern_mask: Mask) -> None:
    line = "5" + "x" * 93
    assert pattern_mask.protect(line) == line


_MT103 = """{1:F01BKAUATWWAXXX0000123456}{2:I103ABNANL2AXXXXN}{4:
:20:REF2503
:32A:250305EUR1200,00
:50K:/AT611904300234573201
JOHANNA BRUCKNER
GRABENWEG 7
6020 INNSBRUCK
:52A:BKAUATWWXXX
:57A:ABNANL2A
:59:/NL91ABNA0417164300
PIETER VAN DAM
KEIZERSGRACHT 12
AMSTERDAM
:70:RENT MARCH
-}"""


def test_an_mt103_names_its_parties(pattern_mask: Mask) -> None:
    found = _typed(pattern_mask, _MT103)
    for item in [
        ("PERSON", "JOHANNA BRUCKNER"),
        ("STREET_ADDRESS", "GRABENWEG 7"),
        ("STREET_ADDRESS", "6020 INNSBRUCK"),
        ("PERSON", "PIETER VAN DAM"),
        ("STREET_ADDRESS", "AMSTERDAM"),
        ("SWIFT_CODE", "BKAUATWWXXX"),
        ("SWIFT_CODE", "ABNANL2A"),
    ]:
        assert item in found
    assert "RENT MARCH" in pattern_mask.protect(_MT103)


def test_an_iso_20022_agent_bic(pattern_mask: Mask) -> None:
    text = "<CdtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></CdtrAgt>"
    assert ("SWIFT_CODE", "DEUTDEFFXXX") in _typed(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("БИК: 044030653", ("BANK_CODE", "044030653")),
        ("رقم الحساب: 4417720", ("US_BANK_NUMBER", "4417720")),
        ("N° CCP : 0012345678", ("US_BANK_NUMBER", "0012345678")),
        ("Raast ID : 03451234567", ("US_BANK_NUMBER", "03451234567")),
        ("CLABE: 002 180 70012345678 9", ("US_BANK_NUMBER", "002 180 70012345678 9")),
        ("Cuenta de ahorros No. 310-445566-02", ("US_BANK_NUMBER", "310-445566-02")),
        ("Số tài khoản nguồn: 1903512345678", ("US_BANK_NUMBER", "1903512345678")),
        ("Mandate reference: GYM-SEPA-00981", ("PERSONAL_ID", "GYM-SEPA-00981")),
        ("Referencia de la orden de domiciliación: CLUB-7781", ("PERSONAL_ID", "CLUB-7781")),
        ("NRC No.: 9/MAHTANA(N)012345", ("NATIONAL_ID", "9/MAHTANA(N)012345")),
        ("ABN: 51 824 753 556", ("NATIONAL_ID", "51 824 753 556")),
        ("DNI/NIE: 12345678Z", ("ES_NIF", "12345678Z")),
        ("PESEL zleceniodawcy: 44051401359", ("PL_PESEL", "44051401359")),
        ("الرقم القومي: 28807150100773", ("NATIONAL_ID", "28807150100773")),
        ("به نام: مریم احمدی", ("PERSON", "مریم احمدی")),
        ("من: خالد عمر يوسف", ("PERSON", "خالد عمر يوسف")),
        ("จาก / From: น.ส. สุดา ใจดี", ("PERSON", "สุดา ใจดี")),
        ("Thai ID 1-1037-00012-34-6", ("NATIONAL_ID", "1-1037-00012-34-6")),
    ],
)
def test_payment_and_identity_labels(pattern_mask: Mask, text: str, item: tuple[str, str]) -> None:
    assert item in _typed(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ('{"BillRefNumber": "HSE-20931", "TransAmount": "100.00"}', ("PERSONAL_ID", "HSE-20931")),
        ('{"name_kanji": "鈴木 一郎", "name_kana": "スズキ イチロウ"}', ("PERSON", "鈴木 一郎")),
        ('{"name_kanji": "鈴木 一郎", "name_kana": "スズキ イチロウ"}', ("PERSON", "スズキ イチロウ")),
        ('{"data": {"holderNameEn": "PARK JIHOON"}}', ("PERSON", "PARK JIHOON")),
        ('{"payer": {"partyIdType": "MSISDN", "partyId": "233241234567"}}', ("PHONE_NUMBER", "233241234567")),
        ('{"payer": {"cbu": "0170099220000067797370", "alias": "LUNA.SOL.MAR"}}', ("USERNAME", "LUNA.SOL.MAR")),
        ('{"transit_inst": "00102-003"}', ("BANK_CODE", "00102-003")),
    ],
)
def test_payment_fields(pattern_mask: Mask, text: str, item: tuple[str, str]) -> None:
    assert item in _typed(pattern_mask, text)


def test_an_aligned_receipt_party(pattern_mask: Mask) -> None:
    text = "Txn ID         : RC2291\nTo             : FARHAN ALI QURESHI\nAmount         : PKR 1,000"
    assert ("PERSON", "FARHAN ALI QURESHI") in _typed(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"payer": {"partyIdType": "PARTY_CODE", "partyId": "233241234567"}}',
        '{"db": {"alias": "primary-db", "port": 5432}}',
        "<project><name>Apache Commons</name></project>",
        "From           : USD\nTo             : EUR",
        "Serial 123456XXXX7890",
        "Le RIB fait 23 caractères; total 100 200 300 400 500 euros",
        "[deploy] build 2024.1115.0412 ok",
        "Part 3-6336-81226-52-1 shipped",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("visa,4532 01** **** 7781,06/27", "4532 01** **** 7781"),
        ('{"masked_pan": "522111******4410"}', "522111******4410"),
    ],
)
def test_a_card_masked_in_its_middle(pattern_mask: Mask, text: str, card: str) -> None:
    assert ("CREDIT_CARD", card) in _typed(pattern_mask, text)


def test_a_card_showing_its_last_four_only_stays(pattern_mask: Mask) -> None:
    text = "Paid with card **** **** **** 7781"
    assert pattern_mask.protect(text) == text


def test_a_rib_on_one_line(pattern_mask: Mask) -> None:
    text = "voici mon RIB pour le loyer : 011 780 0001234567890123 45 (banque)"
    assert ("US_BANK_NUMBER", "011 780 0001234567890123 45") in _typed(pattern_mask, text)


def test_a_mac_address_in_decimal_digits_with_its_word(pattern_mask: Mask) -> None:
    assert ("MAC_ADDRESS", "0050.5689.1234") in _typed(pattern_mask, "mac address 0050.5689.1234")
