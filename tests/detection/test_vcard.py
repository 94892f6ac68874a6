"""Contact cards and calendar entries (:mod:`mask.core.detectors.vcard`): a vCard's ``N``,
``FN``, ``ADR``, ``ORG``, ``BDAY`` and ``TEL`` and an iCalendar ``CN`` parameter name their
values. Before, ``N:Kowalska;Anna;;;``, ``BDAY:1985-04-12``, the postcode and city of an
``ADR`` and ``ATTENDEE;CN=Sophie Laurent`` reached the model in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Detector
from mask.core.detectors.vcard import VCardDetector, card_spans
from mask.core.testing.detector import DetectorConformance

CARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Kowalska;Anna;Maria;Dr.;\r\n"
    "FN:Anna Kowalska\r\n"
    "ORG:Nowak Logistics Sp. z o.o.;Sales\r\n"
    "item1.TEL;TYPE=CELL:+48 512 345 678\r\n"
    "TEL;VALUE=uri;TYPE=work:tel:+1-415-555-0132\r\n"
    "ADR;TYPE=HOME:;;ul. Długa 5;Warszawa;Mazowieckie;00-001;Poland\r\n"
    "EMAIL;TYPE=INTERNET:anna.kowalska@example.com\r\n"
    "BDAY:1985-04-12\r\n"
    "NOTE:Met at the fair\\, prefers calls\r\n"
    "END:VCARD\r\n"
)
EVENT = (
    "BEGIN:VEVENT\r\n"
    "SUMMARY:Quarterly review\r\n"
    "ORGANIZER;CN=Jürgen Weiß:mailto:juergen.weiss@example.de\r\n"
    'ATTENDEE;CN="Laurent, Sophie";ROLE=REQ-PARTICIPANT:mailto:sophie.laurent@example.fr\r\n'
    "DTSTART:20261205T100000Z\r\n"
    "END:VEVENT\r\n"
)
SECRETS = [
    "Kowalska",
    "Anna",
    "Maria",
    "Nowak Logistics",
    "512 345 678",
    "415-555-0132",
    "Długa",
    "Warszawa",
    "00-001",
    "anna.kowalska",
    "1985-04-12",
    "Jürgen",
    "Laurent",
]


def test_a_card_and_an_event_keep_nothing_in_clear(pattern_mask: Mask) -> None:
    text = CARD + EVENT
    out = pattern_mask.protect(text)
    for secret in SECRETS:
        assert secret not in out, secret
    for kept in ("Dr.", "Sales", "Mazowieckie", "Poland", "Quarterly review", "20261205T100000Z", "REQ-PARTICIPANT"):
        assert kept in out, kept
    assert out.count("\r\n") == text.count("\r\n")  # the structure stays
    assert "N:Person_" in out and ";Dr.;\r\n" in out
    assert pattern_mask.reveal(out) == text


def test_the_components_get_their_types() -> None:
    whole = CARD + EVENT
    found = {whole[a:b]: etype for a, b, etype in card_spans(whole)}
    assert found == {
        "Kowalska": "PERSON",
        "Anna": "PERSON",
        "Maria": "PERSON",
        "Anna Kowalska": "PERSON",
        "Nowak Logistics Sp. z o.o.": "ORGANIZATION",
        "+48 512 345 678": "PHONE_NUMBER",
        "+1-415-555-0132": "PHONE_NUMBER",
        "ul. Długa 5": "STREET_ADDRESS",
        "Warszawa": "LOCATION",
        "00-001": "ZIP_CODE",
        "1985-04-12": "DATE_TIME",
        "Jürgen Weiß": "PERSON",
        "Laurent, Sophie": "PERSON",
    }


def test_folded_lines_and_escaped_semicolons() -> None:
    text = "BEGIN:VCARD\nN:Garc\n ía López;José\\; Luis;;;\nFN:José Luis\n  García\nEND:VCARD\n"
    found = [(text[a:b], etype) for a, b, etype in card_spans(text)]
    assert ("Garc\n ía López", "PERSON") in found
    assert ("José\\; Luis", "PERSON") in found
    assert ("José Luis\n  García", "PERSON") in found


@pytest.mark.parametrize(
    "text",
    [
        "N: 5 items\nFN: report.pdf\nBDAY: soon",  # no BEGIN line: no card
        "BEGIN:VCARD\nVERSION:4.0\nN:;;;;\nEND:VCARD",  # empty components
        "BEGIN:VCARD\n" + "X-A;" * 5000 + "\nEND:VCARD",  # hostile
        "BEGIN:VCARD\nTEL:12\nEND:VCARD",  # too few digits
    ],
)
def test_texts_without_card_values_stay_as_written(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_the_detector_can_be_turned_off() -> None:
    with Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "detectors": {"vcard": False},
        }
    ) as m:
        assert "vcard" not in m.detectors.names
        assert "N:Kowalska;Anna" in m.protect(CARD)


class TestVCardConformance(DetectorConformance):
    @pytest.fixture
    def detector(self) -> Detector:
        return VCardDetector()

    @pytest.fixture
    def samples(self) -> list[tuple[str, str]]:
        return [
            ("BEGIN:VCARD\nFN:Anna Kowalska\nEND:VCARD", "PERSON"),
            ("BEGIN:VCARD\nADR:;;;Warszawa;;;\nEND:VCARD", "LOCATION"),
            ("BEGIN:VEVENT\nATTENDEE;CN=Sophie Laurent:mailto:s@example.fr\nEND:VEVENT", "PERSON"),
        ]
