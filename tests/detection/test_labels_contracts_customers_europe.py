"""Labels of the numbers a company gives one person in the languages of continental Europe: a
customer's, a contract's, a member's, a policy's and a patient's chart number (``Vertragsnummer``,
``N.\u00ba de cliente``, ``Nr. poli\u021b\u0103 RCA``, ``journalnr``), national identifiers under
labels that were missed (``DNI/NIE``, ``f\u00f8dselsnr``, ``Ad\u00f3azonos\u00edt\u00f3 jel``), a
town after a postcode under its label (``Postnr. og by: 8000 Aarhus C``), a YAML block's key naming
its generic ``numero``, plates in Greek capitals, a Turkish given name beside its surname. A person's
label with a word for "number" names the person's number (``Kunde Nr.``), not the person. Look-alikes
stay: a record's own number (an invoice's, an order's), an ``ad`` with no surname beside it, a
currency, a point of the compass and a Nordic "number of" that spell a town or a name."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.labels import LabelVocabulary

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # customers', contracts' and members' numbers in text
        ("N\u00b0 adh\u00e9rent : MGN-31-4471029", "MGN-31-4471029", "HEALTH_PLAN_ID"),
        ("N.\u00ba de cliente: 000927114", "000927114", "PERSONAL_ID"),
        ("Kunde Nr.: 55-10294", "55-10294", "PERSONAL_ID"),
        ("Kundenummer: 41-77203", "41-77203", "PERSONAL_ID"),
        ("Vertragsnummer: VT-2021-330917", "VT-2021-330917", "PERSONAL_ID"),
        ("Zahlungserinnerung \u2013 Mieterkonto 5820-1147-03", "5820-1147-03", "PERSONAL_ID"),
        ("Nr. umowy: UM/2023/00871", "UM/2023/00871", "PERSONAL_ID"),
        ("\u00dcgyf\u00e9lsz\u00e1m: 30418827", "30418827", "PERSONAL_ID"),
        ("S\u00f6zle\u015fme no: SZ-2022-44810", "SZ-2022-44810", "PERSONAL_ID"),
        ("Asiakasnro: 66214", "66214", "PERSONAL_ID"),
        ("Nr. poli\u021b\u0103 RCA: RCA-24-009912347", "RCA-24-009912347", "HEALTH_PLAN_ID"),
        ("Journalnr: J-2023-118204", "J-2023-118204", "MEDICAL_RECORD_NUMBER"),
        # identifiers, dates, places, accounts and plates
        ("Ad\u00f3azonos\u00edt\u00f3 jel: 8417735192", "8417735192", "NATIONAL_ID"),
        ("Data de naixement: 14/03/1977", "14/03/1977", "DATE_TIME"),
        ("Codi CIP: MAGA0770314009", "MAGA0770314009", "HEALTH_PLAN_ID"),
        ("Gemeente: Mechelen", "Mechelen", "LOCATION"),
        ("Postnr. og by: 8000 Aarhus C", "8000", "ZIP_CODE"),
        ("Postnr. og by: 8000 Aarhus C", "Aarhus C", "LOCATION"),
        ("C\u00f3digo Postal: 1100-148 Lisboa", "1100-148", "ZIP_CODE"),
        ("C\u00f3digo Postal: 1100-148 Lisboa", "Lisboa", "LOCATION"),
        ("Reg.nr.: 1551  Kontonr.: 3409117652", "3409117652", "US_BANK_NUMBER"),
        ("Nr. \u00eenmatriculare: CJ 07 XYZ", "CJ 07 XYZ", "VEHICLE_ID"),
        ("arithmos_kykloforias: \u0399\u039a\u03a5-3307", "\u0399\u039a\u03a5-3307", "VEHICLE_ID"),
        ("Veicolo targato GH 219 LM", "GH 219 LM", "VEHICLE_ID"),
        # a YAML block's key names its generic number; a number word abbreviated before a policy
        ("apolice:\n  numero: VD-19-7730021\n  ramo: Vida", "VD-19-7730021", "HEALTH_PLAN_ID"),
        ('poliza:\n  num_poliza: "HG-0048812730"\n  uso: particular', "HG-0048812730", "HEALTH_PLAN_ID"),
        # JSON keys
        ('{"klantnummer": "2009817733", "voornaam": "Eva"}', "2009817733", "PERSONAL_ID"),
        ('{"contractnummer": "GS-2024-110482"}', "GS-2024-110482", "PERSONAL_ID"),
        ('{"kundnr": "NO-771204"}', "NO-771204", "PERSONAL_ID"),
        ('{"\u010d\u00edslo_smlouvy": "SML-2022-55102"}', "SML-2022-55102", "PERSONAL_ID"),
        (
            '{"\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2_\u03c3\u03c5\u03bc\u03b2\u03bf\u03bb\u03b1\u03af\u03bf\u03c5": '
            '"\u03a3\u03a5\u039c-2023-01277"}',
            "\u03a3\u03a5\u039c-2023-01277",
            "PERSONAL_ID",
        ),
        ('{"m\u00fc\u015fteri_no": "M\u015e-00917733"}', "M\u015e-00917733", "PERSONAL_ID"),
        ('{"numero_cartella": "CC-2023-90411"}', "CC-2023-90411", "MEDICAL_RECORD_NUMBER"),
        ('{"nr_dowodu": "CBK552019"}', "CBK552019", "NATIONAL_ID"),
        ('{"serie_nr_CI": "KX 720418"}', "KX 720418", "NATIONAL_ID"),
        ('{"\u03a4\u039a": "546 22"}', "546 22", "ZIP_CODE"),
        ('{"ad": "Elif", "soyad": "Korkmaz"}', "Elif", "PERSON"),
        ('{"ad": "Elif", "soyad": "Korkmaz"}', "Korkmaz", "PERSON"),
        # CSV headers
        ("apellidos;DNI/NIE;cita\nGil P\u00e9rez;52718834M;2024-05-02 09:00", "52718834M", "NATIONAL_ID"),
        ("navn;f\u00f8dselsnr;avdeling\nKari Dahl;12038842210;salg", "12038842210", "NATIONAL_ID"),
        ("Lp.;Nazwisko i imi\u0119;Telefon\n1;Kaczmarek Joanna;512 000 118", "Kaczmarek Joanna", "PERSON"),
    ],
)
def test_a_label_of_these_records_protects_its_value(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("key", "etype"),
    [
        ("customer_num", "PERSONAL_ID"),  # a person's label and a number word after it
        ("guest_no", "PERSONAL_ID"),
        ("No. cliente", "PERSONAL_ID"),  # and before it
        ("kundenummer", "PERSONAL_ID"),  # read as kunde + nummer
        ("contact_no", "PERSON"),  # the number one calls: the phone's detectors read it
        ("recipient_number", "PERSON"),
        ("customer_name", "PERSON"),
        ("no_contact", None),  # a flag
        ("num_customers", None),  # a count of people
    ],
)
def test_a_persons_label_with_a_number_word_names_the_persons_number(key: str, etype: str | None) -> None:
    assert LabelVocabulary.build().resolve_key(key) == etype


@pytest.mark.parametrize(
    "text",
    [
        "Rechnungsnummer: RE-2024-00417",
        '{"id": 4411, "order_no": "ORD-55120", "status": "shipped"}',
        '{"ad": "Summer Sale", "clicks": 412}',
        "cartella: /home/utente/documenti",
        "Ordrenummer: 2024-0711\nAntal varer: 3",
        "No. of attendees: 1250",
    ],
)
def test_a_records_own_number_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Halte 9 - Station Noord;06:27;06:57",
        "12:15 Taller\n14:00 Dinar\n15:30 Cloenda",
        "Antal \u00e4renden: 1 284\nL\u00f6sta inom 24 h: 87 %",
    ],
)
def test_a_word_that_spells_a_town_or_a_name_stays(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_a_name_before_a_verb_and_a_colon_is_still_a_name(ner_mask: Mask) -> None:
    assert ("Anna", "PERSON") in scanned(ner_mask, "Anna wrote: see you at noon")
