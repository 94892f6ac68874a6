"""Values found by hand in tool outputs and messages that stayed in clear, and harmless text that
came back altered: the second phone number of a labelled line, a name written ``Last, First M.``,
a cheque's MICR line, ``people`` as a list of names, a city closing a JSON string; with
mask-spacy, a first name after a verb in the past (``I saw Thiago``) or a guide, a neighbour in
Spanish, a family in the plural (``the Hendersons``), a place one is shown around, a lower-case
first name after ``talked to``, a company after a person's name and a comma; and, left alone, a
newspaper's title, a cloud region, a plan one upgrades to and a certification."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget, Detector

from .conftest import people


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tel: 6045550133; 6045550198", ["6045550133", "6045550198"]),
        ("Phones: 6045550133, 6045550198, 6045550111", ["6045550133", "6045550198", "6045550111"]),
        ("phone 6045550133 or 6045550198 and 6045550111", ["6045550133", "6045550198", "6045550111"]),
        ("Phone numbers: 6045550133, 6045550198", ["6045550133", "6045550198"]),
    ],
)
def test_every_phone_number_of_a_labelled_line(pattern_mask: Mask, text: str, values: list[str]) -> None:
    found = _found(pattern_mask, text)
    for value in values:
        assert (value, "PHONE_NUMBER") in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fax: 020 7946 0958, 2024-01-01", "2024-01-01"),  # a date goes on from the number
        ("Tel: 020 7946 0958, 12.03.2024", "12.03.2024"),
        ("Phone: 6045550133, 42 units ordered", "42"),
        ("Tel: 020 7946 0958, 10115 Berlin", "10115"),
        ("Tel: 020 7946 0958, 94105-1234", "94105-1234"),  # a ZIP+4, as the phone detector reads it
    ],
)
def test_what_goes_on_after_a_phone_number_is_no_second_one(pattern_mask: Mask, text: str, kept: str) -> None:
    out = pattern_mask.protect(text)
    assert kept in out
    assert "7946 0958" not in out and "6045550133" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Assignee: Hernandez, Maria L.", "Hernandez, Maria L"),
        ("Assigned: HERNANDEZ, MARIA L.", "HERNANDEZ, MARIA L"),
        ("Employee: Smith, John A.", "Smith, John A"),
    ],
)
def test_a_family_name_a_comma_a_given_name_and_an_initial(pattern_mask: Mask, text: str, name: str) -> None:
    assert (name, "PERSON") in _found(pattern_mask, text)


def test_two_people_after_to_stay_two(pattern_mask: Mask) -> None:
    found = _found(pattern_mask, "To: Anna, Jose Garcia")
    assert ("Anna", "PERSON") in found and ("Jose Garcia", "PERSON") in found


@pytest.mark.parametrize(
    "text",
    ["Assignee: Unassigned", "Assigned: Platform", "Assigned: Platform Team", "Assigned: yes", "Assigned: 3 tickets"],
)
def test_no_one_assigned_is_no_name(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "routing", "account"),
    [
        ("The check shows \u2446011000138\u2446 4410092833\u2448 1042", "011000138", "4410092833"),
        ("\u2448001042\u2448 \u2446021000021\u2446 123456789012\u2448", "021000021", "123456789012"),
    ],
)
def test_a_cheques_micr_line(pattern_mask: Mask, text: str, routing: str, account: str) -> None:
    found = _found(pattern_mask, text)
    assert (routing, "ABA_ROUTING_NUMBER") in found
    assert (account, "US_BANK_NUMBER") in found


def test_people_is_a_list_of_names(pattern_mask: Mask) -> None:
    payload = {"people": [["Jan", "Kowalski", "+48 600 100 200"], ["Eva", "Novak", "+420 777 123 456"]]}
    out = pattern_mask.protect(payload)
    assert all(v not in str(out) for v in ("Jan", "Kowalski", "Eva", "Novak", "600 100 200"))
    found = _found(pattern_mask, "People: Jan Kowalski, Eva Novak")
    assert ("Jan Kowalski", "PERSON") in found and ("Eva Novak", "PERSON") in found


@pytest.mark.parametrize("text", ['{"people": ["Engineering", "all"]}', "People: 42 signed up"])
def test_people_without_names(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "- source_address: a 2-tuple (host, port) for the socket to bind",
        "address: an ipv4-style string for the socket",
    ],
)
def test_a_description_under_an_address_label_is_no_address(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        '{"note": "regarding her order to 12 Awolowo Rd, Ikoyi"}',
        "<note>send to 12 Awolowo Rd, Ikoyi</note>",
    ],
)
def test_a_town_closing_a_quoted_string_or_an_element(pattern_mask: Mask, text: str) -> None:
    assert ("12 Awolowo Rd", "STREET_ADDRESS") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("I saw Thiago yesterday", "Thiago", "PERSON"),
        ("If anything comes up, loop in Tasha or me.", "Tasha", "PERSON"),
        ("i talked to jessica and her mom about it yesterday", "jessica", "PERSON"),
        ("i spoke with ahmed and priya this morning", "priya", "PERSON"),
        ("We bought the house from the Hendersons in 2019.", "Hendersons", "PERSON"),
        ("Our guide Matteo showed us around Florence.", "Matteo", "PERSON"),
        ("Our guide showed us around Florence.", "Florence", "LOCATION"),
        ("Mi vecina Rosario me recomendó este sitio.", "Rosario", "PERSON"),
        (
            "Contact: Benedikt Schäfer, Schäfer Metallbau GmbH, +49 89 1234567.",
            "Schäfer Metallbau GmbH",
            "ORGANIZATION",
        ),
    ],
)
def test_found_with_ner(ner_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in _found(ner_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Status Page: Degraded Performance — API Gateway in EU-West.",
        "Deployed to us-east-1 and EU-Central.",
        "Upgrade to Enterprise for SAML SSO.",
        "Renew your AWS Certified Solutions Architect credential before it expires.",
        "I read it in the Financial Times and the Los Angeles Times.",
        "we called max yesterday",
        "We played the Browns last week.",
        "See you around Christmas or Easter.",
        "i texted will about it",
    ],
)
def test_left_alone_with_ner(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("I saw Thiago yesterday", "Thiago"), ("loop in Tasha or me", "Tasha")],
)
def test_a_first_name_after_a_verb_in_the_past(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize("text", ["We met Jordan in March", "I saw Florence last year", "They visited Paris"])
def test_a_place_after_a_verb_in_the_past_is_no_name(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Halo, saya Budi, tinggal di Jl. Merdeka No. 10, Bandung, HP 0812 3456 7890.", "Jl. Merdeka No. 10"),
        ("μένω στην οδό Σταδίου 10, Αθήνα", "οδό Σταδίου 10"),
        ("живу на улице Ленина 15, Казань", "улице Ленина 15"),
        ("мешкаю на вулиці Хрещатик 22, Київ", "вулиці Хрещатик 22"),
    ],
)
def test_a_street_before_a_phone_or_after_a_preposition(pattern_mask: Mask, text: str, street: str) -> None:
    found = _found(pattern_mask, text)
    assert any(etype == "STREET_ADDRESS" and value.startswith(street) for value, etype in found)
    if "0812" in text:
        assert ("0812 3456 7890", "PHONE_NUMBER") in found


def test_a_street_word_after_a_preposition_needs_a_name_and_a_number(pattern_mask: Mask) -> None:
    text = "на улице было холодно 15 градусов"
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sponsored by Halvorsen Bakery and Mendes Auto Repair.", "Halvorsen Bakery"),
        ("Sponsored by Halvorsen Bakery and Mendes Auto Repair.", "Mendes Auto Repair"),
        ("Worked as a barista at Café Aurora (2018-2020).", "Café Aurora"),
        ("Ordered from Maison Lumière, shipped via Colissimo.", "Maison Lumière"),
        ("Dinner at Trattoria da Mario tonight", "Trattoria da Mario"),
    ],
)
def test_a_shop_named_after_its_kind(rules: Detector, text: str, org: str) -> None:
    spans = rules.detect([text], [[]], Budget())[0]
    assert (org, "ORGANIZATION") in [(text[s.start : s.end], s.type) for s in spans]


@pytest.mark.parametrize(
    "text",
    ["Use the Hotel Booking API", "See the Café Menu", "Artisan Bakery items daily", "Maison Home Decor sale"],
)
def test_ordinary_words_after_a_shops_kind_name_no_shop(rules: Detector, text: str) -> None:
    assert not [s for s in rules.detect([text], [[]], Budget())[0] if s.type == "ORGANIZATION"]


@pytest.mark.parametrize("payload", [{"city": "new york"}, {"city": "new delhi"}])
def test_a_town_in_lower_case_opening_with_new(pattern_mask: Mask, payload: dict[str, str]) -> None:
    assert pattern_mask.protect(payload)["city"].startswith("Location_")


@pytest.mark.parametrize("payload", [{"status": "new"}, {"city": "new"}, {"name": "new user"}])
def test_new_is_a_status_elsewhere(pattern_mask: Mask, payload: dict[str, str]) -> None:
    assert pattern_mask.protect(payload) == payload


@pytest.mark.parametrize(
    ("text", "values", "etype"),
    [
        ("Audit: field 'dob' changed from 1990-01-02 to 1990-02-01 by admin", ["1990-01-02", "1990-02-01"], None),
        ("field 'last_name' changed from 'Okafor' to 'Okafor-Bello'", ["Okafor", "Okafor-Bello"], "PERSON"),
        ("Updated last name from Okafor to Okafor-Bello", ["Okafor", "Okafor-Bello"], "PERSON"),
        ("2024-05-01 city changed from Leeds to York; status changed from open to closed", ["Leeds", "York"], None),
    ],
)
def test_the_values_of_a_fields_change(pattern_mask: Mask, text: str, values: list[str], etype: str | None) -> None:
    found = _found(pattern_mask, text)
    for value in values:
        assert any(v == value and (etype is None or t == etype) for v, t in found)
    assert "open to closed" in pattern_mask.protect(text) or "open" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Updated the version from 1.2 to 1.3",
        "Changed the status from draft to published",
        "We moved from Leeds to York",
    ],
)
def test_a_change_of_a_field_that_names_no_type(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        'Here are the rows: [["Name","City"],["Ana Lima","Porto"],["Piotr Lis","Kraków"]] as requested.',
        'rows: [["Name","City"],["Ana Lima","Porto"],["Piotr Lis","Kraków"]]',
    ],
)
def test_a_table_of_json_text_after_prose(pattern_mask: Mask, text: str) -> None:
    found = _found(pattern_mask, text)
    assert ("Ana Lima", "PERSON") in found and ("Kraków", "LOCATION") in found


def test_a_company_on_the_line_after_a_job_title(ner_mask: Mask) -> None:
    text = "Thanks,\nMaria Lopez\nAccount Manager\nJohnson-Walker\nmaria@jw.com"
    assert ("Johnson-Walker", "ORGANIZATION") in _found(ner_mask, text)


@pytest.mark.parametrize("text", ["Software Engineer\nSkills\nPython", "Project Manager\nResponsibilities"])
def test_a_heading_after_a_job_title_is_no_company(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The report was written by A. B. Smithson and reviewed by J.R. Okoye.", "A. B. Smithson"),
        ("The report was written by A. B. Smithson and reviewed by J.R. Okoye.", "J.R. Okoye"),
        ("Approved by K. Obi.", "K. Obi"),
    ],
)
def test_initials_and_a_family_name_after_by(ner_mask: Mask, text: str, name: str) -> None:
    assert (name, "PERSON") in _found(ner_mask, text)


@pytest.mark.parametrize("text", ["Powered by J.S. Foundation", "by U.S. Steel", "by A. Linux", "by J.R. Okoye.com"])
def test_initials_before_a_word_that_names_no_one(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Birthday: March 3rd", "March 3rd"),
        ("Birthday: 3rd of March", "3rd of March"),
        ("born on 12 May", "12 May"),
        ("Year of birth: 1985", "1985"),
        ("Geburtsjahr: 1985", "1985"),
        ("Año de nacimiento: 1985", "1985"),
    ],
)
def test_a_birthday_without_its_year_and_a_birth_year(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "DATE_TIME") in _found(pattern_mask, text)


@pytest.mark.parametrize("payload", [{"birth_year": 1985}, {"yob": "1985"}])
def test_a_birth_year_under_its_key(pattern_mask: Mask, payload: dict[str, object]) -> None:
    assert "1985" not in str(pattern_mask.protect(payload))


@pytest.mark.parametrize(
    "text",
    [
        "Add a pinch of Himalayan salt and a dash of Worcestershire sauce.",
        "The Gaussian blur radius is set to 5 px.",
        "Swiss cheese has holes caused by carbon dioxide bubbles.",
        "The Doppler effect explains the change in pitch.",
        "Earl Grey tea contains bergamot oil.",
        "Dijon mustard adds tang to the vinaigrette.",
        "The Kelvin scale starts at absolute zero.",
        "Boolean logic underlies digital circuits.",
        "Petri dishes were invented in 1887.",
        "Serve with Greek yogurt.",
        "The Project Atlas milestone slipped to Q3.",
        "Phoenix cluster nodes were rebooted during maintenance.",
        "The Victoria release adds offline mode.",
        "Archive the Jordan sprint board after the retro.",
    ],
)
def test_a_thing_named_after_a_person_a_place_or_a_people(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("He is German and lives in Berlin.", "German"), ("Petri is my colleague.", "Petri")],
)
def test_a_group_or_a_name_standing_alone_stays_found(ner_mask: Mask, text: str, value: str) -> None:
    assert value in [v for v, _ in _found(ner_mask, text)]


def test_a_hyphenated_given_name_whose_parts_are_known(rules: Detector) -> None:
    assert "Pénélope-Alix Renaud" in people(rules, "Shipping label:\nPénélope-Alix Renaud\n12 rue de la Paix")


def test_a_time_before_at_opens_no_lower_case_street(pattern_mask: Mask) -> None:
    text = "Your appointment is on Tuesday at 9:30 at pl. Ściegiennego 298, Kraków."
    assert ("pl. Ściegiennego 298", "STREET_ADDRESS") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Bedrijf: Vinci Energies", "Vinci Energies", "ORGANIZATION"),
        ('and Ana, residing at Kossuth utca 12., Ligetfalu (the "Client").', "Ligetfalu", "LOCATION"),
        ("Elle habite avenue Lecoq.", "avenue Lecoq", "STREET_ADDRESS"),
        ("Elle habite rue de la Paix.", "rue de la Paix", "STREET_ADDRESS"),
    ],
)
def test_a_dutch_company_a_town_before_a_bracket_and_where_she_lives(
    pattern_mask: Mask, text: str, value: str, etype: str
) -> None:
    assert (value, etype) in _found(pattern_mask, text)


def test_the_inhabitants_of_a_street_name_none(pattern_mask: Mask) -> None:
    text = "Les habitants de la rue aiment le marché."
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("HKID: A123456(7)", "A123456(7)"),
        ("HKID A123456(7)", "A123456(7)"),
        ("Cédula de ciudadanía 1.020.304.050", "1.020.304.050"),
    ],
)
def test_a_hong_kong_identity_card_and_a_colombian_cedula(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "NATIONAL_ID") in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["Birthday: Room 12", "Birthday: party 3", "name: foo2(x)"])
def test_a_word_and_a_number_is_no_birthday_and_a_call_stays_code(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
