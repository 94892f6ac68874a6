"""Values found by hand in chats, bank statements, tables and form bodies that stayed in clear: a
handle that spells a name (``@jonas.becker``), a first name joined to ``me and`` or after a chat's
interjection (``lol ok Hiro``) or a Filipino or Hindi word of kinship (``didi Pooja``); a name in
capitals after a title (``MRS. ADAOBI NWANKWO-ILESANMI``) or a statement's payee with an initial
(``PAYMENT TO N MAHLANGU``); a table whose header holds a currency sign or ``N°``; a form body
that writes blanks as ``+`` with no percent escape. And what stays: a template's placeholder in
brackets (``[Admission Date]``), decorators and packages after ``@``, products in capitals."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tho @jonas.becker wrote most of it", ["jonas.becker"]),
        ("cc @emily-chen on the ticket", ["emily-chen"]),
        ("@aigerim_b call me when you land", ["aigerim_b"]),
        ("me and Tunde will come at 8", ["Tunde"]),
        ("lol ok Hiro", ["Hiro"]),
        ("uy Marites, nasaan ka na?", ["Marites"]),
        ("pls send to didi Pooja", ["Pooja"]),
        ("Dear MRS. ADAOBI NWANKWO-ILESANMI, your claim was received.", ["ADAOBI", "NWANKWO-ILESANMI"]),
        ("14/03 IB PAYMENT TO N MAHLANGU    -1 500.00", ["MAHLANGU"]),
    ],
)
def test_names(ner_mask: Mask, text: str, names: list[str]) -> None:
    out = ner_mask.protect(text)
    assert all(n not in out for n in names), out


@pytest.mark.parametrize(
    "text",
    [
        "@app.route('/users')",
        "npm i @types/node @babel/core",
        "ok Google, play some music",
        "@test_b is a fixture",
        "DR. PEPPER SYRUP 2L",
        "MR. CLEAN MULTI-SURFACE 750ML",
        "TRANSFER TO X ACCOUNT",
        "VITAMIN D AND C",
        "Admission date: [Admission Date]",
        "Signed: [Employee Name], [Job Title]",
    ],
)
def test_left_alone(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_a_name_in_brackets_is_no_placeholder(ner_mask: Mask) -> None:
    assert "John Smith" not in ner_mask.protect("cc: <John Smith>")


@pytest.mark.parametrize(
    "text",
    [
        "| Name | DOB | N\u00b0 |\n| --- | --- | --- |\n| Desmond Achterberg | 1984-07-19 | 281 |",
        "Name,DOB,Amount (\u20ac)\nDesmond Achterberg,1984-07-19,281",
    ],
)
def test_a_header_with_a_sign_still_names_its_columns(pattern_mask: Mask, text: str) -> None:
    out = pattern_mask.protect(text)
    assert "Desmond Achterberg" not in out and "1984-07-19" not in out and "281" in out


def test_a_form_body_with_plus_for_blanks(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("full_name=Anneliese+Rautenberg&plan=pro&addr1=Kastanienallee+9")
    assert "Anneliese" not in out and "Rautenberg" not in out and "Kastanienallee" not in out
    assert "&plan=pro&addr1=" in out
    assert pattern_mask.protect("CFLAGS=-O2+march") == "CFLAGS=-O2+march"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("NAME                 DOB\nKOWALCZYK ZBIGNIEW   1961-04-17\n", ["KOWALCZYK", "1961-04-17"]),
        ("first_name   last_name\nPhilippa     Oyelowo\nCasimir      Radziwill", ["Oyelowo", "Radziwill"]),
        ("  first_name  last_name\n0   Ignatius    Feltham\n1   Philippa    Oyelowo", ["Feltham", "Oyelowo"]),
    ],
)
def test_two_columns_that_both_name_fields_are_a_table(pattern_mask: Mask, text: str, values: list[str]) -> None:
    out = pattern_mask.protect(text)
    assert all(v not in out for v in values), out
    assert out.splitlines()[0] == text.splitlines()[0]


def test_two_cells_apart_with_one_field_stay_a_key_and_its_value(pattern_mask: Mask) -> None:
    text = "status      active\nrestarts    3\n"
    assert pattern_mask.protect(text) == text


def test_speakers_of_a_transcript_without_times(ner_mask: Mask) -> None:
    out = ner_mask.protect("Chinedu: who is on call?\nNgozi: me\nChinedu: thx")
    assert "Chinedu" not in out and "Ngozi" not in out
    assert out.count(": ") == 3


@pytest.mark.parametrize(
    "text",
    ["Status: ok\nNote: restart needed\nOwner: platform", "Name: build\nVersion: 2.1\nSummary: tool"],
)
def test_key_value_lines_are_no_transcript(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_an_address_said_in_a_message_ends_where_the_clause_goes_on(ner_mask: Mask) -> None:
    text = "Agent: What's the delivery address?\nCustomer: 118 Pinecrest Boulevard, and my name is Marcus Whitfield"
    out = ner_mask.protect(text)
    assert "Pinecrest" not in out and "Marcus Whitfield" not in out
    assert ", and my name is Person_" in out


def test_a_lower_case_name_after_what_before_said(ner_mask: Mask) -> None:
    out = ner_mask.protect("omg did u see what jess said to him??")
    assert "jess" not in out
    assert ner_mask.protect("i know what will said") == "i know what will said"


@pytest.mark.parametrize(
    "text", ["Hi Ma. Cristina Dela Cruz, your order shipped.", "Recipient: Ma. Cristina Dela Cruz, Brgy. San Isidro"]
)
def test_ma_for_maria_before_a_given_name(ner_mask: Mask, text: str) -> None:
    out = ner_mask.protect(text)
    assert "Cristina" not in out and "Dela Cruz" not in out
    assert ner_mask.protect("Pa and Ma. Then we left.") == "Pa and Ma. Then we left."


def test_a_letter_after_a_name_in_capitals_ends_it(ner_mask: Mask) -> None:
    text = "Passenger Details:\n1. MEENAKSHI IYER      F  54  CNF/B4/33/LOWER\n2. VENKATESH IYER      M  58  CNF/B4/36/LOWER"
    out = ner_mask.protect(text)
    assert "MEENAKSHI" not in out and "VENKATESH" not in out
    assert "      F  54  " in out and "      M  58  " in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my new no is 07700900123", "07700900123"),
        ("whatsapp me on 98765 43210", "98765 43210"),
        ("his addy is 7 birch close", "7 birch close"),
    ],
)
def test_a_chat_s_number_and_address(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)
    assert pattern_mask.protect("my no is final") == "my no is final"
