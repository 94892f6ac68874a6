"""Labels decide: a value under a field name or label that names a type is protected when
its shape fits, even where a checksum, a range table or phonenumbers would reject it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.config import LABEL_TYPES
from mask.core.detector import Budget
from mask.core.detectors.label_detector import LabelDetector
from mask.core.detectors.label_words import LABELS
from mask.core.detectors.labels import LabelVocabulary, key_words
from mask.core.errors import MaskConfigError


@pytest.fixture(scope="module")
def vocabulary() -> LabelVocabulary:
    return LabelVocabulary.build()


@pytest.fixture(scope="module")
def labels(vocabulary: LabelVocabulary) -> LabelDetector:
    return LabelDetector(vocabulary)


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def found(detector: LabelDetector, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in detector.detect([text], [[]], Budget())[0]]


# -- the vocabulary ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "etype"),
    [
        ("billingPhone", "PHONE_NUMBER"),
        ("customer_name", "PERSON"),
        ("Phone No.", "PHONE_NUMBER"),
        ("postal-code", "ZIP_CODE"),
        ("Teléfono", "PHONE_NUMBER"),
        ("phone_number", "PHONE_NUMBER"),
        ("home_address", "STREET_ADDRESS"),
        ("address_line_1", "STREET_ADDRESS"),
        ("line1", "STREET_ADDRESS"),
        ("shipping_zip", "ZIP_CODE"),
        ("cardNumber", "CREDIT_CARD"),
        ("routing_number", "ABA_ROUTING_NUMBER"),
        ("acct_no", "US_BANK_NUMBER"),
        ("IBAN", "IBAN_CODE"),
        ("ssn", "US_SSN"),
        ("passport_nr", "US_PASSPORT"),
        ("drivers-license", "US_DRIVER_LICENSE"),
        ("date_of_birth", "DATE_TIME"),
        ("DOB", "DATE_TIME"),
        ("e-mail", "EMAIL_ADDRESS"),
        ("emergency_contact_phone", "PHONE_NUMBER"),
        ("card_holder_name", "PERSON"),
        ("company_name", "ORGANIZATION"),
        ("phones", "PHONE_NUMBER"),
        ("addresses", "STREET_ADDRESS"),
        ("cities", "LOCATION"),
    ],
)
def test_field_names_in_every_case_style(vocabulary: LabelVocabulary, key: str, etype: str) -> None:
    assert vocabulary.resolve_key(key) == etype


@pytest.mark.parametrize(
    ("key", "etype"),
    [
        # Spanish
        ("nombre", "PERSON"),
        ("apellido", "PERSON"),
        ("dirección", "STREET_ADDRESS"),
        ("ciudad", "LOCATION"),
        ("código postal", "ZIP_CODE"),
        ("teléfono", "PHONE_NUMBER"),
        ("móvil", "PHONE_NUMBER"),
        ("fecha de nacimiento", "DATE_TIME"),
        ("cuenta", "US_BANK_NUMBER"),
        ("tarjeta", "CREDIT_CARD"),
        ("pasaporte", "US_PASSPORT"),
        ("correo", "EMAIL_ADDRESS"),
        # French
        ("nom", "PERSON"),
        ("prénom", "PERSON"),
        ("adresse", "STREET_ADDRESS"),
        ("ville", "LOCATION"),
        ("code_postal", "ZIP_CODE"),
        ("téléphone", "PHONE_NUMBER"),
        ("portable", "PHONE_NUMBER"),
        ("date de naissance", "DATE_TIME"),
        ("compte", "US_BANK_NUMBER"),
        ("carte", "CREDIT_CARD"),
        ("passeport", "US_PASSPORT"),
        ("courriel", "EMAIL_ADDRESS"),
        # German
        ("Vorname", "PERSON"),
        ("Nachname", "PERSON"),
        ("Straße", "STREET_ADDRESS"),
        ("strasse", "STREET_ADDRESS"),
        ("Stadt", "LOCATION"),
        ("Ort", "LOCATION"),
        ("PLZ", "ZIP_CODE"),
        ("Telefon", "PHONE_NUMBER"),
        ("Handy", "PHONE_NUMBER"),
        ("Geburtsdatum", "DATE_TIME"),
        ("Konto", "US_BANK_NUMBER"),
        ("Karte", "CREDIT_CARD"),
        ("Reisepass", "US_PASSPORT"),
        # Portuguese
        ("nome", "PERSON"),
        ("sobrenome", "PERSON"),
        ("endereço", "STREET_ADDRESS"),
        ("rua", "STREET_ADDRESS"),
        ("cidade", "LOCATION"),
        ("cep", "ZIP_CODE"),
        ("telefone", "PHONE_NUMBER"),
        ("celular", "PHONE_NUMBER"),
        ("data de nascimento", "DATE_TIME"),
        ("conta", "US_BANK_NUMBER"),
        ("cartão", "CREDIT_CARD"),
        ("passaporte", "US_PASSPORT"),
        # Italian
        ("cognome", "PERSON"),
        ("indirizzo", "STREET_ADDRESS"),
        ("città", "LOCATION"),
        ("cap", "ZIP_CODE"),
        ("telefono", "PHONE_NUMBER"),
        ("cellulare", "PHONE_NUMBER"),
        ("data di nascita", "DATE_TIME"),
        ("conto", "US_BANK_NUMBER"),
        ("carta", "CREDIT_CARD"),
        ("passaporto", "US_PASSPORT"),
    ],
)
def test_synonyms_in_six_languages(vocabulary: LabelVocabulary, key: str, etype: str) -> None:
    assert vocabulary.resolve_key(key) == etype


@pytest.mark.parametrize(
    "key",
    [
        "file_name",
        "hostname",
        "host_name",
        "product_name",
        "tool_name",
        "id",
        "type",
        "status",
        "order_id",
        "ticket_id",
        "trace_no",
        "invoice_no",
        "card_type",
        "phone_verified",
        "country_code",
        "fileName",
        "repo_name",
        "created_at",
    ],
)
def test_names_that_are_not_labels(vocabulary: LabelVocabulary, key: str) -> None:
    assert vocabulary.resolve_key(key) is None


def test_config_labels_are_the_vocabulary_types() -> None:
    assert set(LABEL_TYPES) == set(LABELS)


def test_key_words_fold_case_accents_and_separators() -> None:
    assert key_words("billingPhoneNo.") == ("billing", "phone", "no")
    assert key_words("Código-Postal") == ("codigo", "postal")
    assert key_words("SSNNumber") == ("ssn", "number")
    assert key_words("x" * 100) == ()


# -- label forms in text ---------------------------------------------------------------------


def test_key_colon_value_lines(labels: LabelDetector) -> None:
    text = (
        "Name: Jean Dupont, Phone: 031-442-958\n"
        "Date of birth: 12/03/1987\n"
        "Address: 14 Rue des Tanneurs, Apt. 5, 69003 Lyon\n"
        "City: Vannes\n"
        "Zip: 56000\n"
    )
    assert found(labels, text) == [
        ("PERSON", "Jean Dupont"),
        ("PHONE_NUMBER", "031-442-958"),
        ("DATE_TIME", "12/03/1987"),
        ("STREET_ADDRESS", "14 Rue des Tanneurs, Apt. 5, 69003 Lyon"),
        ("LOCATION", "Vannes"),
        ("ZIP_CODE", "56000"),
    ]


def test_key_equals_value_pairs_on_one_log_line(labels: LabelDetector) -> None:
    text = 'ts=2024-05-01 level=info user=bob phone=+1 415 555 0199 city=Paris name="Jean Dupont" ssn=900-12-3456'
    assert found(labels, text) == [
        ("USERNAME", "bob"),
        ("PHONE_NUMBER", "+1 415 555 0199"),
        ("LOCATION", "Paris"),
        ("PERSON", "Jean Dupont"),
        ("US_SSN", "900-12-3456"),
    ]


def test_a_label_on_its_own_line_labels_the_next(labels: LabelDetector) -> None:
    assert found(labels, "Address:\n221B Baker Street\n") == [("STREET_ADDRESS", "221B Baker Street")]


def test_csv_header_labels_its_rows(labels: LabelDetector) -> None:
    text = "id,name,phone,city\n1,Jean Dupont,612 48 907,Vannes\n2,Ana Souza,031-442-958,Porto\n"
    assert found(labels, text) == [
        ("PERSON", "Jean Dupont"),
        ("PHONE_NUMBER", "612 48 907"),
        ("LOCATION", "Vannes"),
        ("PERSON", "Ana Souza"),
        ("PHONE_NUMBER", "031-442-958"),
        ("LOCATION", "Porto"),
    ]


def test_markdown_table_header_labels_its_rows(labels: LabelDetector) -> None:
    text = "| Name | Phone | Status |\n|---|---|---|\n| Jean Dupont | 612 48 907 | active |\n"
    assert found(labels, text) == [("PERSON", "Jean Dupont"), ("PHONE_NUMBER", "612 48 907")]


def test_labels_in_other_languages_in_text(labels: LabelDetector) -> None:
    text = "Nombre: José Pérez\nTeléfono: 612 48 907\nVorname: Jürgen\nPLZ: 80331\nCittà: Torino\n"
    assert found(labels, text) == [
        ("PERSON", "José Pérez"),
        ("PHONE_NUMBER", "612 48 907"),
        ("PERSON", "Jürgen"),
        ("ZIP_CODE", "80331"),
        ("LOCATION", "Torino"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "File name: Report Final",
        "Product name: Widget Pro",
        "Username: Bob Smith",
        "Status: Active",
        "name: build\non: push",
        "License: Apache-2.0",
        "Name: n/a",
        "Contact: call me tomorrow",
        "The ratio is 3:1, version=4.17.3",
        "Address: see above",
        "Upgraded from v4.17.3 to v4.18.0",
        "order 12345678 shipped",
        "Name 123",
        "Shipment 1Z9Y40E77241963385 is on its way; ETA 2 days.",
        "Invoice INV-2024-00831 covers items 1-9.",
        "Meet at 10:30 on 2024-05-01",
        "see you at 415 Main St",
    ],
)
def test_labels_that_must_not_fire(labels: LabelDetector, text: str) -> None:
    assert found(labels, text) == []


# -- labels decide: validators never veto a labelled value ---------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("Phone: 031-442-958", "PHONE_NUMBER", "031-442-958"),  # no region calls it valid
        ("routing number: 184027365", "ABA_ROUTING_NUMBER", "184027365"),  # outside the Fed table
        ("SSN: 900-12-3456", "US_SSN", "900-12-3456"),  # area 9xx is never issued
        ("card: 6759 4031 8826", "CREDIT_CARD", "6759 4031 8826"),
        ("card: 4111 1111 1111 1112", "CREDIT_CARD", "4111 1111 1111 1112"),  # Luhn fails
        ("IBAN: DE00 3704 0044 0532 0130 00", "IBAN_CODE", "DE00 3704 0044 0532 0130 00"),  # mod 97 fails
        ("Passport: X1234567", "US_PASSPORT", "X1234567"),
        ("account number: 000123456789", "US_BANK_NUMBER", "000123456789"),
        ("(mobile: +1 415-867-5309)", "PHONE_NUMBER", "+1 415-867-5309"),
        ("tel: 0478 12 34 56 ext. 12", "PHONE_NUMBER", "0478 12 34 56 ext. 12"),
        ("DOB: March 3, 1987", "DATE_TIME", "March 3, 1987"),
        ("postcode: SW1A 1AA", "ZIP_CODE", "SW1A 1AA"),
        ("postal code: K1A 0B1", "ZIP_CODE", "K1A 0B1"),
        # a label right before a value that holds digits needs no separator
        ("routing number 184027365", "ABA_ROUTING_NUMBER", "184027365"),
        ("card 675940318826", "CREDIT_CARD", "675940318826"),
        ("Account # 000123456789", "US_BANK_NUMBER", "000123456789"),
        ("Phone #: 031-442-958", "PHONE_NUMBER", "031-442-958"),
        ("call my cell 415 555 0199 now", "PHONE_NUMBER", "415 555 0199"),
        ("Please ring me on 612 48 907 tomorrow.", "PHONE_NUMBER", "612 48 907"),
        ("callback number: 47123456", "PHONE_NUMBER", "47123456"),
    ],
)
def test_shape_fits_so_the_value_is_labelled(labels: LabelDetector, text: str, etype: str, value: str) -> None:
    assert found(labels, text) == [(etype, value)]


@pytest.mark.parametrize(
    "text",
    ["Phone: 12345", "SSN: 12-345", "card: 1234 5678", "routing: 12345", "zip: hello", "Passport: ABCDEFGH"],
)
def test_shape_must_fit(labels: LabelDetector, text: str) -> None:
    assert found(labels, text) == []


def test_labelled_spans_score_high_and_name_the_detector(labels: LabelDetector) -> None:
    spans = labels.detect(["Phone: 031-442-958"], [[]], Budget())[0]
    assert [(s.detector, s.score >= 0.9) for s in spans] == [("labels", True)]


def test_through_protect_validator_rejected_values_are_protected(mask: Mask) -> None:
    for text, value in [
        ("Phone: 031-442-958", "031-442-958"),
        ("routing number 184027365", "184027365"),
        ("SSN: 900-12-3456", "900-12-3456"),
    ]:
        out = mask.protect(text)
        assert value not in out, text
        assert mask.reveal(out) == text
    record = {"routing_number": "184027365", "ssn": "900-12-3456", "phone": "031-442-958"}
    out = mask.protect(record)
    assert all(out[k] != v for k, v in record.items())
    assert mask.reveal(out) == record


def test_issue_examples(mask: Mask) -> None:
    out = mask.protect({"city": "Vannes", "zip": "56000"})
    assert out["city"].startswith("Location_") and out["zip"] != "56000"
    assert mask.protect("Phone: 031-442-958") != "Phone: 031-442-958"


def test_protecting_twice_gives_the_same_output(mask: Mask) -> None:
    payloads = [
        "Name: Jean Dupont\nPhone: 031-442-958\nCity: Vannes",
        {"name": "Jean Dupont", "phone": "(415)555-0199", "card": {"number": "6759 4031 8826"}},
        '{\\"phone\\": \\"(415)555-0199\\", \\"name\\": \\"Jean Dupont\\"}',
    ]
    for payload in payloads:
        once = mask.protect(payload)
        assert once != payload
        assert mask.protect(once) == once
        assert mask.reveal(once) == payload


def test_config_extends_and_narrows_the_vocabulary() -> None:
    config = {
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "plugins": {"disable": ["spacy"]},
        "labels": {"PHONE_NUMBER": ["rückrufnummer"], "ignore": ["contact"]},
    }
    with Mask(config) as m:
        out = m.protect({"rückrufnummer": "031-442-958", "contact": "Jean Dupont"})
        assert out["rückrufnummer"] != "031-442-958"
        assert out["contact"] == "Jean Dupont"
        assert m.protect("Rückrufnummer: 031-442-958") != "Rückrufnummer: 031-442-958"


@pytest.mark.parametrize(
    "labels_table",
    [{"PHONE": ["x"]}, {"PHONE_NUMBER": "x"}, {"PHONE_NUMBER": [""]}, {"PHONE_NUMBER": [3]}, ["x"]],
)
def test_bad_labels_config_is_refused(labels_table: object) -> None:
    with pytest.raises(MaskConfigError):
        Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "labels": labels_table})


def test_the_plugin_can_be_disabled() -> None:
    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy", "labels"]}}
    with Mask(config) as m:
        assert "labels" not in m.detectors.names
        assert m.protect("Patient: Zxqv Blorp") == "Patient: Zxqv Blorp"  # no NER here either
    with Mask({**config, "plugins": {"disable": ["spacy"]}}) as m:
        assert m.protect("Patient: Zxqv Blorp") != "Patient: Zxqv Blorp"


# -- JSON that arrives as text ---------------------------------------------------------------


def test_json_text_keeps_parsing(mask: Mask) -> None:
    text = json.dumps({"customer": {"name": "Ana Souza", "phones": ["612 48 907"]}, "qty": 56000, "ok": True})
    out = mask.protect(text)
    parsed = json.loads(out)
    assert parsed["customer"]["name"] != "Ana Souza" and parsed["customer"]["phones"] != ["612 48 907"]
    assert parsed["qty"] == 56000 and parsed["ok"] is True
    assert mask.reveal(out) == text


def test_double_encoded_json_roundtrips(mask: Mask) -> None:
    inner = json.dumps({"phone": "(415)555-0199", "card": {"number": "6759 4031 8826"}, "note": 'say "hi"'})
    outer = json.dumps({"result": inner})  # the inner quotes arrive escaped: {\"phone\": ...}
    assert '\\"phone\\"' in outer
    out = mask.protect(outer)
    assert "(415)555-0199" not in out and "6759 4031 8826" not in out
    decoded = json.loads(json.loads(out)["result"])  # still valid JSON, twice
    assert decoded["note"] == 'say "hi"' and decoded["phone"] != "(415)555-0199"
    assert mask.reveal(out) == outer


def test_escaped_json_fragment_in_a_string(labels: LabelDetector) -> None:
    text = 'payload={\\"phone\\": \\"(415)555-0199\\", \\"kind\\": \\"x\\"}'
    assert ("PHONE_NUMBER", "(415)555-0199") in found(labels, text)


def test_json_text_parent_and_sibling_labels(labels: LabelDetector) -> None:
    text = json.dumps(
        {
            "card": {"number": "6759 4031 8826", "expiry": "12/27"},
            "contacts": [{"kind": "phone", "value": "031-442-958"}, {"type": "drivers_license", "number": "D1234567"}],
            "file_name": "Report Final",
        }
    )
    assert sorted(found(labels, text)) == [
        ("CREDIT_CARD", "6759 4031 8826"),
        ("PHONE_NUMBER", "031-442-958"),
        ("US_DRIVER_LICENSE", "D1234567"),
    ]


# -- hostile input stays linear (bounded work; speed itself is measured in benchmarks) -------


@pytest.mark.parametrize(
    "text",
    [
        "a: " * 50_000,
        "phone: " * 20_000,
        "name=" * 50_000,
        '"phone": "' * 20_000,
        "{[" * 20_000 + '"a"',
        "name,phone\n" * 20_000,
        "\\" * 50_000 + '"',
    ],
)
def test_hostile_inputs_complete(labels: LabelDetector, text: str) -> None:
    spans = labels.detect([text], [[]], Budget.of(30.0))[0]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_quoted_csv_cells_keep_their_commas(labels: LabelDetector) -> None:
    text = 'name,address,card\nAna Souza,"Calle Mayor 9, Depto. 12",4111 1111 1111 1111\n'
    assert found(labels, text) == [
        ("PERSON", "Ana Souza"),
        ("STREET_ADDRESS", "Calle Mayor 9, Depto. 12"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
    ]


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("zip=D02 X285", "ZIP_CODE", "D02 X285"),  # an Eircode
        ("Postal Code=560001", "ZIP_CODE", "560001"),  # a label of two words before "="
        ("Date Naissance: 12/03/1987", "DATE_TIME", "12/03/1987"),  # "de" left out
        ('{"data_nascita": "12 mar 1987"}', "DATE_TIME", "12 mar 1987"),
        ("Recapito Telefonico: 3471234567", "PHONE_NUMBER", "3471234567"),
    ],
)
def test_more_label_spellings(labels: LabelDetector, text: str, etype: str, value: str) -> None:
    assert found(labels, text) == [(etype, value)]


def test_a_zip_label_needs_a_postal_code_shape(labels: LabelDetector) -> None:
    assert found(labels, "zip: 12") == [] and found(labels, "zip: hello") == []
