"""HL7 v2 segments: the patient's, next of kin's, guarantor's, insured's and doctors' fields,
read by their position (no field of an HL7 message has a name).

``PID|1||MRN448812^^^STMARYS^MR||Haverford^Lucinda^M||19620714|...`` left the names, the
date of birth, the town and the postal code in clear (the street, the phone and the SSN
were found by their shapes).
"""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.label_hl7 import hl7_values

MESSAGE = (
    "MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|20240301120000||ADT^A01|MSG00001|P|2.5\r"
    "EVN|A01|20240301120000\r"
    "PID|1||MRN448812^^^STMARYS^MR||Haverford^Lucinda^M||19620714|F|||77 Orchard Lane^Apt 4^Burlington^VT^05401^USA"
    "||(802)555-0143|||M||ACC99812|043-22-7781\r"
    "NK1|1|Haverford^Thomas|SPO|77 Orchard Lane^^Burlington^VT^05401|(802)555-0199\r"
    "PV1|1|I|3W^301^A|||||1234^Okafor^Chidi^^^Dr|||MED\r"
    "GT1|1||Haverford^Thomas||77 Orchard Lane^^Burlington^VT^05401|(802)555-0199||19600302|M|||043-55-1200\r"
)


@pytest.mark.parametrize(
    "value",
    [
        "Haverford",
        "Lucinda",
        "Thomas",
        "19620714",
        "19600302",
        "MRN448812",
        "77 Orchard Lane",
        "Apt 4",
        "Burlington",
        "05401",
        "(802)555-0143",
        "(802)555-0199",
        "043-22-7781",
        "043-55-1200",
        "Okafor",
        "Chidi",
    ],
)
def test_the_personal_fields_are_protected(pattern_mask: Mask, value: str) -> None:
    assert value not in pattern_mask.protect(MESSAGE)


def test_the_message_keeps_its_layout_and_reveals(pattern_mask: Mask) -> None:
    protected = pattern_mask.protect(MESSAGE)
    for kept in ("MSH|^~\\&|EPIC|STMARYS|LAB", "ADT^A01", "^^^STMARYS^MR", "|F|||", "^VT^", "^USA", "SPO", "3W^301^A"):
        assert kept in protected
    assert [line.count("|") for line in protected.split("\r")] == [line.count("|") for line in MESSAGE.split("\r")]
    assert pattern_mask.reveal(protected) == MESSAGE


def test_declared_separators_and_repetitions() -> None:
    text = "MSH|*!\\&|APP\nPID|1||77*X||Smith*Anna!Jones*Ann"
    found = {text[s:e]: t for s, e, t in hl7_values(text)}
    assert found == {
        "77": "MEDICAL_RECORD_NUMBER",
        "Smith": "PERSON",
        "Anna": "PERSON",
        "Jones": "PERSON",
        "Ann": "PERSON",
    }


@pytest.mark.parametrize(
    "text",
    [
        "build 20240301 released | status PID|ok",
        "| PID | name | state |\n|-----|------|-------|\n| 4412 | nginx | running |",
        "ps: PID|TTY|TIME|CMD",
    ],
)
def test_pipes_that_are_no_hl7_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile", ["PID|" * 100_000, ("PID|1||" + "a^" * 2000 + "\n") * 100, "PID|1||x||" + "~" * 200_000]
)
def test_hostile_segments_finish(pattern_mask: Mask, hostile: str) -> None:
    spans = pattern_mask.scan([hostile])[0]
    assert all(0 <= s.start < s.end <= len(hostile) for s in spans)
