"""Labelled names, companies and accounts that stayed in clear: a middle initial without its dot
(``John A Smith``, a bank's ``MARIA L GARCIA``: the initial read as the article ``a``), an ACH
entry's ``INDN:``, ``Client:`` in running text, ``Companhia:``/``Compagnie:``, an account number of
18 to 30 digits in groups; and code after a label that is no name (``client = Client()``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer: John A Smith", "John A Smith"),
        ("Beneficiary: JOHN A SMITH", "JOHN A SMITH"),
        ("Name: A Smith", "A Smith"),
        ("ACH CREDIT PAYROLL ACME CORP PPD ID: 1234567890 INDN:MARIA L GARCIA", "MARIA L GARCIA"),
        ("CO ENTRY DESCR:PAYROLL SEC:PPD IND NAME:MARIA L GARCIA", "MARIA L GARCIA"),
    ],
)
def test_the_name_is_a_person(pattern_mask: Mask, text: str, name: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "PERSON"]
    assert [text[s.start : s.end] for s in spans] == [name]


@pytest.mark.parametrize("text", ["Name: A", "Status: A OK", "Customer: a smith", "Grade: A"])
def test_a_letter_alone_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Beneficiary: LIU YANG / Acct 6222 0212 3456 7890 123 / Bank of China", "6222 0212 3456 7890 123"),
        ("Account number: 0123 4567 8901 2345 67", "0123 4567 8901 2345 67"),
    ],
)
def test_a_long_account_number_in_groups(pattern_mask: Mask, text: str, value: str) -> None:
    """An account number of 18 to 30 digits in groups was cut by the phone detector, its ends in clear."""
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "US_BANK_NUMBER"]
    assert [text[s.start : s.end] for s in spans] == [value]


def test_client_labels_a_person_in_text_only(pattern_mask: Mask) -> None:
    """``Client: Amélie Tremblay`` (an invoice's, a law firm's) stayed in clear; ``{"client":
    "Chrome"}`` is a technical field and stays, and so does a user agent after the label."""
    assert pattern_mask.protect("Client: Amélie Tremblay").startswith("Client: Person_")
    for text in ('{"client": "Chrome"}', "Client: Mozilla/5.0 (X11; Linux x86_64)", "client: web"):
        assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "client = Client()",
        "client = Langsmith(\n    api_key=key,\n)",
        "client = MultiServerMCPClient({...})",
    ],
)
def test_a_call_after_the_label_is_code(pattern_mask: Mask, text: str) -> None:
    """An empty call, a call whose arguments start on the next line or a dict: code, no name."""
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize("text", ["Companhia: Bradesco", "Compagnie: Airbus", "Compagnia: Generali"])
def test_company_in_portuguese_french_italian(pattern_mask: Mask, text: str) -> None:
    assert "Organization_" in pattern_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: Nguyen Van An", "Nguyen Van An"),
        ("Beneficiary: Nguyễn Văn An, Vietcombank", "Nguyễn Văn An"),
        ("Name: Do Thi Lan", "Do Thi Lan"),
        ("Customer: Can Yilmaz", "Can Yilmaz"),
        ("Name: John An", "John An"),
    ],
)
def test_a_name_word_that_is_a_stop_word_elsewhere(pattern_mask: Mask, text: str, name: str) -> None:
    """Vietnamese ``An``, ``Do`` (Đỗ), Turkish ``Can``: capitalised among a name's other words they
    are names, not the English words that rule a value out as a person."""
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "PERSON"]
    assert [text[s.start : s.end] for s in spans] == [name]


@pytest.mark.parametrize(
    "text", ["Name: An", "Name: To Be Confirmed", "Name: To Do", "Name: Can Do", "Name: an example"]
)
def test_those_words_alone_or_in_phrases_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    ["query = ObjectType(name='RootQueryType', fields=fields)", '{"name": "getUserById"}', "name: HttpRequestHandler"],
)
def test_a_camel_case_identifier_under_a_name_key_is_no_person(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"), [('{"name": "McDonald"}', "McDonald"), ('name="DeAndre Jordan"', "DeAndre Jordan")]
)
def test_one_capital_inside_a_name_is_still_a_name(pattern_mask: Mask, text: str, name: str) -> None:
    assert name not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        'parts = {"part1": {"name": "Part One"}}',
        'child = node.create_child(name="Unreliable Component")',
        "template.format(name='World')",
    ],
)
def test_a_part_of_a_program_or_a_placeholder_is_no_person(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("Salary: €64,000 | Bank: IE29 AIBK 9311 5212 3456 78", "IE29 AIBK 9311 5212 3456 78"),
        ("Bank: DE89370400440532013000", "DE89370400440532013000"),
    ],
)
def test_an_iban_after_a_bank_label_is_an_iban(pattern_mask: Mask, text: str, iban: str) -> None:
    """``Bank:`` names a company, and the IBAN after it became an ``ORGANIZATION`` (protected, but
    its token was no IBAN any more)."""
    spans = [(text[s.start : s.end], s.type) for s in pattern_mask.scan([text])[0]]
    assert (iban, "IBAN_CODE") in spans
    assert not [s for s in spans if s[1] == "ORGANIZATION"]


def test_a_bank_name_after_the_label_is_still_a_company(pattern_mask: Mask) -> None:
    text = "Bank: Allied Irish Banks"
    assert [s.type for s in pattern_mask.scan([text])[0]] == ["ORGANIZATION"]
