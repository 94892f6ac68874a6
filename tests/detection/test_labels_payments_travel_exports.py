"""Labels of payment files, reservations and exports that left values in clear: a NACHA (ACH)
entry's fields (``rdfi``, ``dfiAcct``, ``Receiver ID``) and a wire queue's columns (``orig_acct``,
``bene_bank_rtn``); the id a company gives a person under a role's label (``customerId``,
``tenant_id``, ``Employee Ref``, a ``Patient ID`` column, ``Member #``), a record's own id staying;
a key indented in YAML among key-value rows; a pipe-delimited export's ``debtor_last`` and
``debtor_first``; an SSN masked but for its last four digits under an SSN's label; a ``License #``
before a dot leader, a CDL, a rig's plate; a PNR's name elements, APIS document line and frequent
flyer number, a passenger manifest's document numbers by their ``doc_type`` column; a customs
tariff's heading, which is no phone number."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask

from .conftest import scanned

# -- ACH entries and wire transfers -------------------------------------------------------------


def test_an_ach_entry_in_json(pattern_mask: Mask) -> None:
    entry = {
        "traceNo": "021000021000417",
        "receiverName": "NOWAK, EWA",
        "receiverId": "R-88102",
        "rdfi": "021000021",
        "dfiAcct": "7712004418",
        "amount": 310.25,
    }
    found = scanned(pattern_mask, json.dumps(entry))
    assert ("R-88102", "PERSONAL_ID") in found
    assert ("021000021", "ABA_ROUTING_NUMBER") in found
    assert ("7712004418", "US_BANK_NUMBER") in found
    assert not any(value == "021000021000417" for value, _ in found)  # the entry's trace number


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ('{"rdfiRouting": "011000015"}', "011000015", "ABA_ROUTING_NUMBER"),
        ("RDFI Routing: 011000015", "011000015", "ABA_ROUTING_NUMBER"),
        ("DFI Account: 00044128873", "00044128873", "US_BANK_NUMBER"),
        ("Receiver ID: HR00412", "HR00412", "PERSONAL_ID"),
        ("Individual ID: 772910", "772910", "PERSONAL_ID"),
    ],
)
def test_ach_fields(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)


def test_a_wire_queue_printed_by_psql(pattern_mask: Mask) -> None:
    text = (
        " wire_id  | originator_name | orig_acct  | bene_bank_rtn | bene_acct   | amount_usd\n"
        "----------+-----------------+------------+---------------+-------------+-----------\n"
        " W-300117 | Ewa Nowak       | 5521004473 | 011000015     | 0066120044  |    910.00\n"
        "(1 row)\n"
    )
    found = scanned(pattern_mask, text)
    assert ("5521004473", "US_BANK_NUMBER") in found
    assert ("011000015", "ABA_ROUTING_NUMBER") in found
    assert ("0066120044", "US_BANK_NUMBER") in found
    assert not any(value == "W-300117" for value, _ in found)


# -- a person's id under a role's label -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"subscriber": {"customerId": "CU-7730114", "plan": "basic"}}', "CU-7730114"),
        ("seller_id:      MK-5512093\nstatus:         ACTIVE\n", "MK-5512093"),
        ("Accidents: NONE\nEmployee Ref: ST-11873 (applicant)\n", "ST-11873"),
        ("enrollment:\n  pupil:\n    state_student_id: '2210448761'\n    grade: 3\n", "2210448761"),
        (
            "| tenant_id | full_name     |\n+-----------+---------------+\n| LS-33018  | Ewa Nowak     |\n",
            "LS-33018",
        ),
    ],
)
def test_a_role_id(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "PERSONAL_ID") in scanned(pattern_mask, text)


def test_a_patient_id_column_written_in_words(pattern_mask: Mask) -> None:
    text = (
        "| Time  | Patient      | Patient ID | Procedure |\n"
        "|-------|--------------|------------|-----------|\n"
        "| 10:00 | Ewa Nowak    | DX-440918  | D1110     |\n"
    )
    assert ("DX-440918", "MEDICAL_RECORD_NUMBER") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("header", "etype"),
    [("Member #", "PERSONAL_ID"), ("Loyalty #", "PERSONAL_ID"), ("Phone #", "PHONE_NUMBER")],
)
def test_a_number_sign_after_a_column_name(pattern_mask: Mask, header: str, etype: str) -> None:
    text = f"| {header} | Points |\n|---|---|\n| 6100-221-4471 | 1,200 |\n"
    assert ("6100-221-4471", etype) in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "CUS-0041", "order_id": "ORD-20240118", "ticket_id": "TCK-55012", "invoice_no": "INV-2024-0012"}',
        '{"patient_id": "ORD-123456", "trace_no": "071000013000041"}',
        '{"customerId": "ab12cd34-efab-4b7e-8f21-0c9a7d6e5b43", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"}',
        "| Order # | Ticket # | Points |\n|---|---|---|\n| 7710-2231 | 5512-009 | 40 |\n",
        "  build:\n    runner_id: 'RX-4410'\n    stage: test\n",
    ],
)
def test_a_record_id_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- exports, masked SSNs, licences and plates ----------------------------------------------------


def test_names_of_a_pipe_delimited_export(pattern_mask: Mask) -> None:
    text = (
        "debtor_last|debtor_first|ssn|orig_acct|balance\n"
        "MACNAMARA|FIONA|041-58-2270|HSP-55102293|410.20\n"
        "DE LOS SANTOS|RAMON|521-33-0417|CRF0093311|77.00\n"
    )
    found = scanned(pattern_mask, text)
    for name in ("MACNAMARA", "FIONA", "DE LOS SANTOS", "RAMON"):
        assert (name, "PERSON") in found
    assert ("HSP-55102293", "US_BANK_NUMBER") in found
    assert ("CRF0093311", "US_BANK_NUMBER") in found


def test_first_and_last_columns_of_things_stay(pattern_mask: Mask) -> None:
    text = "page_first|page_last|title\n12|40|Annual Report\n"
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text", ['{"ssn": "***-**-2291"}', "SSN:             XXX-XX-7740\nTERM DATE:       05/31/2024\n"]
)
def test_a_masked_ssn_under_its_label(pattern_mask: Mask, text: str) -> None:
    protected = pattern_mask.protect(text)
    assert "2291" not in protected and "7740" not in protected
    assert "[SSN_" in protected  # an opaque token: no SSN is made up around the last four
    assert pattern_mask.reveal(protected) == text


@pytest.mark.parametrize("text", ["Ref: ***-**-2291", "Card: XXXX-XXXX-XXXX-4471 on file"])
def test_masked_digits_without_an_ssn_label_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Name ........... Ewa Nowak\nLicense # ...... B51-220-417-009\n", "B51-220-417-009", "US_DRIVER_LICENSE"),
        ("Staff # ........ 55217\n", "55217", "PERSONAL_ID"),
        ("carrier:\n  driver:\n    name: 'Ewa Nowak'\n    cdl: 'D77120441'\n", "D77120441", "US_DRIVER_LICENSE"),
        ('{"tractor_plate": "KT-55120"}', "KT-55120", "VEHICLE_ID"),
        ('{"trailerPlate": "4RT-7712"}', "4RT-7712", "VEHICLE_ID"),
    ],
)
def test_licences_and_plates(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)


# -- reservations and passenger lists ----------------------------------------------------------


PNR = (
    "RP/LON1S2100/LON1S2100            AA/SU  02MAY24/0911Z   T4QZ8W\n"
    "  1.OKONJO/ADAEZE MS   2.OKONJO/CHIDI MSTR\n"
    "  3  XY 101 Y 20JUN 4 LHRLOS HK2  2200 0515+1 *1A/E*\n"
    "  8 SSR DOCS XY HK1 P/NGA/B05571293/NGA/14FEB81/F/02OCT31/OKONJO/ADAEZE/P1\n"
    "  9 SSR DOCS XY HK1 I/NGA/C00417729/NGA/30SEP12/M/11JAN30/OKONJO/CHIDI EMEKA/P2\n"
    " 10 FQTV XY MP XY20031877-P1\n"
)


def test_a_pnr_display(pattern_mask: Mask) -> None:
    found = scanned(pattern_mask, PNR)
    assert ("OKONJO/ADAEZE", "PERSON") in found
    assert ("OKONJO/CHIDI", "PERSON") in found
    assert ("B05571293", "US_PASSPORT") in found
    assert ("C00417729", "NATIONAL_ID") in found
    assert ("14FEB81", "DATE_TIME") in found
    assert ("OKONJO/CHIDI EMEKA", "PERSON") in found
    assert ("XY20031877", "PERSONAL_ID") in found
    values = {value for value, _ in found}
    assert not values & {"NGA", "02OCT31", "XY 101", "T4QZ8W"}  # countries, expiry, flight, locator
    protected = pattern_mask.protect(PNR)
    assert pattern_mask.reveal(protected) == PNR


def test_sabre_passenger_numbers_go_with_their_names(pattern_mask: Mask) -> None:
    text = " 1.1KOWALSKA/EWA MRS  2.1KOWALSKI/JAN MR\n"
    protected = pattern_mask.protect(text)
    assert "KOWALSKA" not in protected and "KOWALSKI" not in protected
    assert protected.startswith(" 1.Person_")
    assert pattern_mask.reveal(protected) == text


@pytest.mark.parametrize(
    "text",
    [
        "Steps: 1.TCP/IP DR setup",
        "  1.Read the docs/notes first\n  2.Ask in chat\n",
        "SSR WCHR XY HK1 P1",
        "FQTV accepted",
    ],
)
def test_reservation_lookalikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_passenger_manifest_by_its_document_type_column(pattern_mask: Mask) -> None:
    text = (
        "seq\tsurname\tgiven_names\tdob\tnationality\tdoc_type\tdoc_no\tseat\n"
        "001\tLINDQVIST\tAstrid\t1979-03-02\tSWE\tP\tAB4471920\t14C\n"
        "002\tLINDQVIST\tOlle\t2011-09-30\tSWE\tI\tNB77120Q4\t14D\n"
    )
    found = scanned(pattern_mask, text)
    assert ("AB4471920", "US_PASSPORT") in found
    assert ("NB77120Q4", "NATIONAL_ID") in found
    assert not any(value in ("14C", "14D", "SWE") for value, _ in found)


# -- tariff codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<Item><HSCode>8504.40.9580</HSCode></Item>",
        '{"hsCode": "8504.40.9580"}',
        "HTS 8471.30.0100 applies",
        "Tariff: 8517.62.0090",
    ],
)
def test_a_tariff_heading_is_no_phone(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_phone_written_like_a_tariff_heading_after_its_label(pattern_mask: Mask) -> None:
    assert ("8504.40.9580", "PHONE_NUMBER") in scanned(pattern_mask, "Phone: 8504.40.9580")
