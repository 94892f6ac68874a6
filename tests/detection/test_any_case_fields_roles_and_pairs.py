"""Values found by hand in messages and tool outputs that stayed in clear: a name or a town written
in lower case under a field only a name fills, an identity document's number beside its type, a
house number range, an address where a company was asked for, a spoken answer; with mask-spacy,
a name written with accents its list leaves out, a name joined by ``and`` to a person, a person
after a possessive and a role, a name after ``a guy named``, after ``the intern,``, before a deed
after a comma; and, left alone, status words, placeholders, names of tools and machine parts."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Detector
from mask.plugins.spacy.wordlists import first_names, last_names

from .conftest import people, spans_of


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("payload", "key", "etype"),
    [
        ({"full_name": "john smith"}, "full_name", "Person_"),
        ({"first_name": "maria", "last_name": "de la cruz"}, "last_name", "Person_"),
        ({"first_name": "maria", "last_name": "de la cruz"}, "first_name", "Person_"),
        ({"billingLastName": "o'brien"}, "billingLastName", "Person_"),
        ({"Nachname": "müller"}, "Nachname", "Person_"),
        ({"customer": {"fullName": "JANE DOE"}}, None, "Person_"),
        ({"city": "leeds"}, "city", "Location_"),
        ({"ville": "saint-étienne"}, "ville", "Location_"),
    ],
)
def test_a_name_in_any_case_under_a_field_only_a_name_fills(
    pattern_mask: Mask, payload: dict[str, object], key: str | None, etype: str
) -> None:
    out = pattern_mask.protect(payload)
    value = out[key] if key is not None else out["customer"]["fullName"]
    assert str(value).startswith(etype)


def test_a_name_in_lower_case_in_json_text(pattern_mask: Mask) -> None:
    text = '{"full_name": "john smith", "city": "leeds"}'
    assert ("john smith", "PERSON") in _found(pattern_mask, text)
    assert ("leeds", "LOCATION") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "payload",
    [
        {"name": "run tests", "owner": "data platform", "assignee": "search infra"},
        {"full_name": "N/A", "last_name": "unknown", "first_name": ""},
        {"city": "remote", "town": "n/a"},
        {"last_name": "pending review"},
    ],
)
def test_no_name_in_lower_case_where_a_field_may_hold_anything(pattern_mask: Mask, payload: dict[str, str]) -> None:
    assert pattern_mask.protect(payload) == payload


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"document_type": "passport", "document_number": "X4821093"}', "X4821093"),
        ('{"document": {"type": "drivers_license", "number": "D1234567"}}', "D1234567"),
    ],
)
def test_an_identity_documents_number_beside_its_type(pattern_mask: Mask, text: str, value: str) -> None:
    assert value in [v for v, _ in _found(pattern_mask, text)]


def test_a_documents_number_beside_a_type_that_names_none(pattern_mask: Mask) -> None:
    text = '{"doc_type": "invoice", "document_number": "INV-2024-0012"}'
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Wij wonen op Prinsengracht 263-267, 1016 GV Amsterdam.", "Prinsengracht 263-267, 1016 GV Amsterdam"),
        (
            "Our clinic: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
            "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        ),
    ],
)
def test_addresses_with_a_number_range_or_after_a_companys_label(pattern_mask: Mask, text: str, address: str) -> None:
    assert (address, "STREET_ADDRESS") in _found(pattern_mask, text)


def test_a_portuguese_postcode_is_no_house_number(pattern_mask: Mask) -> None:
    text = "Rua de Santa Catarina 4000-447 Porto"
    assert ("4000-447", "STREET_ADDRESS") not in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Agent: And your account number?\nCustomer: it's 55 21 87 90", "55 21 87 90", "US_BANK_NUMBER"),
        ("Agent: And your postcode?\nCustomer: yeah it's SW1A 2AA", "SW1A 2AA", "ZIP_CODE"),
        ("Agent: Your name?\nCustomer: it's Ama Owusu", "Ama Owusu", "PERSON"),
    ],
)
def test_a_spoken_answer_to_a_question(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in _found(pattern_mask, text)


@pytest.mark.parametrize("name", ["Seán", "Siobhán", "Tomás", "Zoë"])
def test_a_name_is_known_with_accents_its_list_leaves_out(name: str) -> None:
    assert name in first_names()


def test_a_family_name_is_known_with_accents_too() -> None:
    assert "Núñez" in last_names() or "Nunez" in last_names()
    assert "Nuñez" in last_names()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Driver Seán will text from 087 123 4567.", "Seán"),
        ("Teacher's note: Mateo and Valentina were absent.", "Mateo"),
        ("Teacher's note: Mateo and Valentina were absent.", "Valentina"),
        ("great service, Oleksandr fixed my laptop in an hour.", "Oleksandr"),
        ("I bought the sofa from a guy named Ruairí off Gumtree.", "Ruairí"),
        ("My name is Chidinma and I need help.", "Chidinma"),
        ("Your Uber driver Ahmadullah is arriving.", "Ahmadullah"),
        ("my tutor Oyinkansola said it was fine", "Oyinkansola"),
        ("The intern, Chukwuemeka, will shadow the team.", "Chukwuemeka"),
        ("The intern will shadow Rosalind at the office.", "Rosalind"),
        ("Last week I mentored Oksana on the rota.", "Oksana"),
        ("Emeka's SSN is on file.", "Emeka"),
    ],
)
def test_names_by_their_context(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Update your driver Nvidia to the latest.",
        "Install your driver Realtek first.",
        "The meeting moved; agenda: hiring, and the Redis migration.",
        "Our Kafka consumers lag behind.",
        "Grace and Faith are virtues.",
        "Step 2, Paris fixed the schedule for the tour.",
    ],
)
def test_no_person_there(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


def test_a_tie_opening_a_clause_before_a_name_in_brackets(rules: Detector) -> None:
    assert "Doreen" in people(rules, "HPI: presents with SOB. Wife (Doreen) at bedside.")


def _orgs(detector: Detector, text: str) -> set[str]:
    from mask.core.detector import Budget

    return {text[s.start : s.end] for s in detector.detect([text], [[]], Budget())[0] if s.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("EXPERIENCE\nSenior Data Engineer, Flipkart (2019\u2013present)\n", "Flipkart"),
        ("EXPERIENCE\nData Analyst, Mu Sigma (2016\u20132019)\n", "Mu Sigma"),
        ("He presents from Shady Pines Nursing Home with SOB.", "Shady Pines Nursing Home"),
        ("B.Tech, National Institute of Technology Karnataka, 2015", "National Institute of Technology Karnataka"),
        ("Graduated, now at Grupo Bimbo in the capital.", "Grupo Bimbo"),
    ],
)
def test_organizations_of_a_cv_a_care_home_and_a_group(rules: Detector, text: str, org: str) -> None:
    assert org in _orgs(rules, text)


@pytest.mark.parametrize(
    "text",
    ["Berlin, Germany (2019\u20132020)", "The Free Software Foundation of Tomorrow", "Partner (Stripe) integration"],
)
def test_no_organization_or_person_there(rules: Detector, text: str) -> None:
    assert not _orgs(rules, text) and not people(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mevrouw van den Nyeuwenhuysen uit Utrecht heeft gebeld.", "van den Nyeuwenhuysen"),
        ("Dear Ms. de la Fuente,", "de la Fuente"),
        ("La señora de la Cruz llamó.", "de la Cruz"),
    ],
)
def test_particles_open_a_name_after_a_title(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


def test_a_particle_after_a_lower_case_title_and_a_name_says_where_from(rules: Detector) -> None:
    assert people(rules, "la signora Rossi di Pestarena") == {"Rossi"}


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call 1-014-797-7254x37374 on arrival.", "1-014-797-7254x37374"),
        ("Driver assigned. Call 3708.6229 on arrival.", "3708.6229"),
        ("Questions? Reply to this email or call 00394621.", "00394621"),
        ("Jens Hansen\nNørregade 12 · Aarhus · 98037595\n\nEXPERIENCE", "98037595"),
    ],
)
def test_a_number_after_a_verb_of_calling_or_in_a_contact_lines_cell(pattern_mask: Mask, text: str, phone: str) -> None:
    assert (phone, "PHONE_NUMBER") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "the call 2023-05-01 12:00 went well",
        "lastCall: 2024-01-15",
        "Call 911 now",
        "SPDX-FileCopyrightText: 2014-2026 tinytag Contributors",
        "Build · 2024 · 1234567 downloads",
    ],
)
def test_no_number_to_call_there(pattern_mask: Mask, text: str) -> None:
    assert not [v for v, t in _found(pattern_mask, text) if t == "PHONE_NUMBER"]


@pytest.mark.parametrize("name", ["Efua", "Lerato", "Aigerim", "Tsegaye", "Priyamvada", "Ngaio"])
def test_given_names_six_sources_attest(name: str) -> None:
    assert name in first_names()


@pytest.mark.parametrize("word", ["Foo", "Baz", "Trojan", "Table"])
def test_placeholders_brands_and_plurals_are_no_given_names(word: str) -> None:
    assert word not in first_names()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi all. Efua will confirm the delivery to Tema tomorrow.", "Efua"),
        ("Bernadette asked whether Cormac could drive to Limerick.", "Cormac"),
        ("Did Hamza ever get back to you about the flat?", "Hamza"),
        ("According to Lerato, the branch needs two more tellers.", "Lerato"),
        ("Tomorrow Ngaio is presenting to the board.", "Ngaio"),
    ],
)
def test_a_known_first_name_acting_in_a_sentence(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "existing applications on Linux or Macs can now also work on Windows",
        "We benchmarked it, and Julia is fast for numerical work.",
        "The Rio Grande will flood in spring.",
        "According to Paris, the deal is off.",
    ],
)
def test_no_one_acting_there(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ('<span class="contact-name">Ravindra Jadeja</span>', "Ravindra Jadeja", "PERSON"),
        ('<div class="vcard"><span class="fn">Hollis Whitaker</span></div>', "Hollis Whitaker", "PERSON"),
        ('<span class="p-locality">Austin</span>', "Austin", "LOCATION"),
        ('<span itemprop="telephone">512 555 0148</span>', "512 555 0148", "PHONE_NUMBER"),
        ('<span itemprop="streetAddress">1200 Barton Springs Rd</span>', "1200 Barton Springs Rd", "STREET_ADDRESS"),
    ],
)
def test_html_elements_named_by_their_class_or_itemprop(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in _found(pattern_mask, text)


def test_html_classes_that_name_no_type(pattern_mask: Mask) -> None:
    text = '<span class="price">12.99</span><span class="name">Widget</span><span class="label">Sale</span>'
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "pin"),
    [("Colaba, Mumbai 400005", "400005"), ("Office: Hyderabad - 500016", "500016")],
)
def test_an_indian_pin_after_a_city(pattern_mask: Mask, text: str, pin: str) -> None:
    assert (pin, "ZIP_CODE") in _found(pattern_mask, text)


def test_a_locality_with_a_street_word_before_the_city_and_pin_is_the_address(pattern_mask: Mask) -> None:
    """``Nariman Point`` ends with a street word: opening the line before the city and the PIN, it
    makes the whole an address, as a street without a number among an address's parts does."""
    text = "Nariman Point, Mumbai 400021"
    assert _found(pattern_mask, text) == [(text, "STREET_ADDRESS")]


def test_six_digits_after_no_city_are_no_pin(pattern_mask: Mask) -> None:
    assert pattern_mask.protect("Delhi 2023 budget 110001 units") == "Delhi 2023 budget 110001 units"


def test_a_japanese_company_form(rules: Detector) -> None:
    assert "Hayashi Trading KK" in _orgs(rules, "CONTACT\nTomoko Hayashi\nHayashi Trading KK\nTokyo")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I bank with Nedbank and my husband too.", "Nedbank"),
        ("He is insured with Hollard since 2019.", "Hollard"),
        ("She retired from Ojukwu Haulage last spring.", "Ojukwu Haulage"),
        ("We have been a customer of Brightwater Energy for years.", "Brightwater Energy"),
    ],
)
def test_a_persons_bank_insurer_and_former_employer(rules: Detector, text: str, org: str) -> None:
    assert org in _orgs(rules, text)


@pytest.mark.parametrize("text", ["I bank with Cash App", "insured with Full Cover", "a customer of London"])
def test_no_company_after_bank_with_there(rules: Detector, text: str) -> None:
    assert not _orgs(rules, text)


@pytest.mark.parametrize("town", ["Reghin", "Moinesti", "Ledoux"])
def test_a_town_someone_is_in_that_pieces_of_other_languages_spell(rules: Detector, town: str) -> None:
    text = f"Can you ring her back? She is in {town} until Friday."
    assert (town, "LOCATION") in [(text[s.start : s.end], s.type) for s in spans_of(rules, text)]


@pytest.mark.parametrize("word", ["Standup", "Onboarding", "Kickoff", "Backlog"])
def test_no_town_that_two_english_words_spell(rules: Detector, word: str) -> None:
    text = f"He is in {word} until noon."
    assert not [s for s in spans_of(rules, text) if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thx! pls ship to jorge ramirez 1420 w 18th st chicago il 60608", "jorge ramirez"),
        ("ship to maria 12 elm st", "maria"),
    ],
)
def test_a_lower_case_addressee_before_a_house_number(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize("text", ["ship to main branch 12 units", "send it to carlos by friday", "ship to grace"])
def test_no_addressee_without_a_house_number(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [("Thanks!\n- Bao\n\nSent from my iPhone", "Bao"), ("Cheers,\n-- Zephyrine", "Zephyrine")],
)
def test_a_name_no_list_knows_signed_after_thanks(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize("text", ["Thanks!\n- Kubernetes\n", "Some text\n- Item\n\nMore", "Thanks!\n- Zürich\n"])
def test_no_sign_off_there(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Parcel for Singapore 560123.", "560123"),  # with the block and street before it: one address
        ("She lives in Moskva 125009 now", "125009"),
        ("Office: Beijing 100027, Chaoyang", "100027"),
    ],
)
def test_a_six_digit_code_after_a_large_city(pattern_mask: Mask, text: str, code: str) -> None:
    assert (code, "ZIP_CODE") in _found(pattern_mask, text)
