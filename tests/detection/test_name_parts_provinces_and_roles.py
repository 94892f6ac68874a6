"""Values found by hand in tool outputs and messages that stayed in clear: name parts in a CSV
header and under a user's profile, Nordic phone abbreviations, a Portuguese NIF, a DDA account, a
receiver, a postcode after a Canadian province or an Indian city, a street someone lives on, a
phone after an IP address; with mask-spacy, names after ``Good morning``, with particles, after a
role, in capitals after an initial, and a name in its own script in brackets."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("id,first,last,mobile\n17,Siobhan,Murphy,087 123 4567", "Siobhan", "PERSON"),
        ("id,first,last,mobile\n17,Siobhan,Murphy,087 123 4567", "Murphy", "PERSON"),
        ("given,family,city\nAylin,Demir,Izmir", "Aylin", "PERSON"),
        ("Kontakt os. Tlf. 20 12 34 56", "20 12 34 56", "PHONE_NUMBER"),
        ("Cliente: Rui Carvalho — NIF 123456789 — Morada: Av. da Liberdade 100", "123456789", "NATIONAL_ID"),
        ("ACH details - RTN 091000019, DDA 1234567890", "1234567890", "US_BANK_NUMBER"),
        ("Agência 1234-5 Conta corrente 12345-6", "12345-6", "US_BANK_NUMBER"),
        ("Sender: Li Na\nReceiver: Wang Fang", "Wang Fang", "PERSON"),
        ("456 Rue Saint-Denis, Montréal (Québec) H2X 3K3", "H2X 3K3", "ZIP_CODE"),
        ("Toronto, Ontario M5V 2T6", "M5V 2T6", "ZIP_CODE"),
        ("Near Hanuman Temple, Ameerpet, Hyderabad - 500016", "500016", "ZIP_CODE"),
        ("Flat No: 402, Sai Residency, Madhapur", "402, Sai Residency, Madhapur", "STREET_ADDRESS"),
        ("her home on Maple Crescent", "Maple Crescent", "STREET_ADDRESS"),
        ("Ich wohne in der Goethestraße 7 in 60313 Frankfurt.", "Goethestraße 7 in 60313 Frankfurt", "STREET_ADDRESS"),
        ("n, your SSN is 123-45-6789. 10.0.0.1 (201) 555-6326", "(201) 555-6326", "PHONE_NUMBER"),
        ("host 10.0.0.1 (201) 555-6326", "(201) 555-6326", "PHONE_NUMBER"),
        ('{"fname": "Grete", "lname": "Halvorsen"}', "Grete", "PERSON"),
        ('{"emp": {"full_nm": "Sipho Ndlovu"}}', "Sipho Ndlovu", "PERSON"),
        ('{"company": "Kowalczyk Sp. z o.o.", "nip": "5261040828"}', "5261040828", "NATIONAL_ID"),
        ("Patient ID 00482913 — Last name: Nakamura", "00482913", "MEDICAL_RECORD_NUMBER"),
        ("Employee: Farah Haddad | Emp ID: E-10293 | Manager: Colm", "E-10293", "PERSONAL_ID"),
        ("Student: Aarav Shah, Roll No. 2021CS1042, Parent", "2021CS1042", "PERSONAL_ID"),
        ("re: your patient (CHI 1203945678), Ninewells", "1203945678", "UK_NHS"),
        ("Salary: 84,000 | Bank: 40-47-84 61234567", "40-47-84 61234567", "US_BANK_NUMBER"),
        ('{"voter_id": "ABC1234567", "voter_count": 12}', "ABC1234567", "NATIONAL_ID"),
        ("UAN 100123456789", "100123456789", "NATIONAL_ID"),
        ("GSTIN: 27AAPFU0939F1ZV", "27AAPFU0939F1ZV", "NATIONAL_ID"),
        ('{"ic_no": "850101-14-5678"}', "850101-14-5678", "NATIONAL_ID"),
        ('{"sss_no": "34-1234567-8", "philhealth": "12-345678901-2"}', "12-345678901-2", "NATIONAL_ID"),
        ('{"titulo_eleitor": "123456789012", "pis": "120.4536.789-1"}', "120.4536.789-1", "NATIONAL_ID"),
        ("Iqama number 2123456789", "2123456789", "NATIONAL_ID"),
        ("CCCD: 001085012345", "001085012345", "NATIONAL_ID"),
        ("pls update my address to 5 victoria rd, manchester m14 5ap", "m14 5ap", "ZIP_CODE"),
    ],
)
def test_found_by_its_pattern_or_label(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in _found(pattern_mask, text)
    assert value not in pattern_mask.protect(text)


def test_name_parts_under_a_user_profile(pattern_mask: Mask) -> None:
    out = pattern_mask.protect({"user": {"profile": {"given": "Aylin", "family": "Demir"}}})
    assert "Aylin" not in json.dumps(out) and "Demir" not in json.dumps(out)
    text = json.dumps({"user": {"profile": {"given": "Aylin", "family": "Demir"}}})
    assert "Aylin" not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "first,last\n1,10",  # a page range
        '{"receiver": "HDMI", "input": 2}',  # a device's receiver
        "+1 (015) 555-2671",  # a phone token Mask minted
        "Total 1.234.567 (2019) 12 345",
        "Pune 200 000 cars were sold",
        "Delhi - 2024 results",
        "chip A1B 2C3 revision",
        "the house on Monday Morning",
        "we went live on Product Hunt",
        "NIF 12345 — Morada",
        "the nip of the cat 12345678",
        "set x1 2ab and run it at 3 pm",
        "the chi 1203945678 test",
        "Company: 12345678",
        "the IC 7400 chip",
        "ticket 2021-A Road closure",
        '{"patientId": "1.18.2-rc.3", "status": "ok"}',  # a system's id under a payload's key
        "Set X1 2ab in the Config",  # a lower-case inward code only in a text all in lower case
    ],
)
def test_left_alone(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Good morning Olumide, your appointment is confirmed.", "Olumide"),
        ("María de la Cruz called about the invoice.", "María de la Cruz"),
        ("hi it's esperanza again, still waiting on my refund", "esperanza"),
        ("The parcel was signed for by E. MORALES at 14:32.", "E. MORALES"),
        ("Note: pt Rami Khoury seen 11/28 for chest pain", "Rami Khoury"),
        ("tenant Kwabena Asante moved out", "Kwabena Asante"),
        ("Zhang Wei (张伟) approved the PO.", "张伟"),
        ("yes i'm john smith and my date of birth is march 3rd 1979", "john smith"),
        ("my husband ahmed will pick it up", "ahmed"),
        ("can u call my mom? her name is sandra okafor", "sandra okafor"),
        ("hey its Ana here, say hi to Ion for me", "Ion"),
        ("La señora Blazquez, de Madrid, llamó.", "Blazquez"),
        ("la signora Rossi ha chiamato", "Rossi"),
        ("hi, this is Ana Costa with Sarkuysan", "Ana Costa"),
        ("Gentile sig.ra Conti, il tecnico Marco arriverà alle 10.", "Marco"),
        ('Customer said: "My name\'s Tomasz, postcode is CF10 1EP"', "Tomasz"),
        ("le livreur Karim est en route", "Karim"),
    ],
)
def test_names_the_rules_read(ner_mask: Mask, text: str, value: str) -> None:
    assert (value, "PERSON") in _found(ner_mask, text)
    assert value not in ner_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my sister works at st mary's hospital in leeds", "leeds"),
        ("she grew up in lagos", "lagos"),
    ],
)
def test_places_in_lower_case_after_a_home_phrase(ner_mask: Mask, text: str, value: str) -> None:
    assert (value, "LOCATION") in _found(ner_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning Team, standup at 9",
        "Good evening Everyone",
        "the driver Nvidia GeForce crashed",
        "contact customer Service Team",
        "Use 12 pt Times New Roman for the body",
        "the bug is in python 3.12, works in chrome and the house in rust",
        "i'm will power",
        "This is an early alpha release, meant to collect early feedback.",
        "my son will call you back",
        "el señor Presidente dijo que no",
    ],
)
def test_no_person_or_place_in(ner_mask: Mask, text: str) -> None:
    assert not [v for v, t in _found(ner_mask, text) if t in ("PERSON", "LOCATION")]


def test_for_me_after_a_place_is_no_greeting(ner_mask: Mask) -> None:
    assert ("Jordan", "PERSON") not in _found(ner_mask, "we went to Jordan for me to see Petra")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She works at Rijk Zwaan in De Lier.", "Rijk Zwaan"),
        ("employed by Arçelik since 2010", "Arçelik"),
        ("Voicemail: hi, this is Ana Costa with Sarkuysan, my number is +90 567 958 6374", "Sarkuysan"),
        ("Call summary: caller Jan de Wit from Rijk Zwaan reported an outage.", "Rijk Zwaan"),
    ],
)
def test_an_employer_after_works_for(ner_mask: Mask, text: str, value: str) -> None:
    assert (value, "ORGANIZATION") in _found(ner_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "works for Python projects",
        "she works for Support",
        "hi this is Jenny from Boston",
        "this is Mike from HR",
        "This is Python with Django running on Linux.",
        "this is Zendesk with Brightwave",  # a program's name introduces no one
    ],
)
def test_no_employer_in(ner_mask: Mask, text: str) -> None:
    assert not [v for v, t in _found(ner_mask, text) if t == "ORGANIZATION"]


def test_a_phone_in_markdown_italics(pattern_mask: Mask) -> None:
    text = "## Team\n\n_Call us: +233 24 123 4567_"
    assert ("+233 24 123 4567", "PHONE_NUMBER") in _found(pattern_mask, text)
    assert pattern_mask.protect("id 4155550123_v2 file") == "id 4155550123_v2 file"


def test_a_chat_time_stamp_after_a_dob_question_is_no_birth_date(pattern_mask: Mask) -> None:
    text = "[2026-12-01 10:00] Agent: Could you confirm your date of birth?\n[2026-12-01 10:01] Customer: ok"
    assert pattern_mask.protect(text) == text
    assert "1979" not in pattern_mask.protect("born 3 March 1979, 10:30 am")


def test_a_german_role_before_a_first_name(ner_mask: Mask) -> None:
    assert "Stefan" not in ner_mask.protect("der Techniker Stefan kommt morgen")


def test_a_house_number_with_a_letter_after_a_dash(pattern_mask: Mask) -> None:
    text = "Please deliver to 2364-G Balimbing Road, Manila, 0611 Metro Manila."
    assert any(t == "STREET_ADDRESS" and v.startswith("2364-G Balimbing Road") for v, t in _found(pattern_mask, text))


@pytest.mark.parametrize(
    "text",
    [
        "Gg. H.J Maemunah No. 7, Tasikmalaya, PB 07529",
        "Jalan Ir. H. Djuanda No. 90, Banda Aceh, Maluku 31982",
        "Gang Moch. Ramdan No. 122, Surabaya, KI 79244",
    ],
)
def test_an_indonesian_street_named_with_initials_or_a_title(pattern_mask: Mask, text: str) -> None:
    assert any(t == "STREET_ADDRESS" and "No. " in v for v, t in _found(pattern_mask, text))
