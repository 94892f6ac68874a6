"""An XML element whose name is generic or a name's part takes its type from the element that
holds it, as a JSON key does from its parent: ``<Address><Line>11 Larkfield Close</Line>``,
``<Name><Given>Aoife</Given>`` stayed in clear (``Line`` and ``Given`` alone name nothing sure;
``<name>`` stays ambiguous: a plan's, a project's or a person's). And an answer to a question whose
label is followed by what it is asked for (``date of birth for verification?``) or whose line is
longer than a key (``Thanks John-Paul. And your date of birth?``)."""

from __future__ import annotations

import pytest

from mask.core import Mask

RECORD = (
    '<PrescriptionRelease version="2.1">\n  <Patient>\n'
    "    <Name><Given>Aoife</Given><Family>Brennan</Family></Name>\n"
    "    <Address><Line>11 Larkfield Close</Line><Town>Chorley</Town><Postcode>PR7 3LN</Postcode></Address>\n"
    "  </Patient>\n  <Prescriber><Name>Dr Imran Siddiqui</Name></Prescriber>\n</PrescriptionRelease>"
)


@pytest.mark.parametrize("value", ["Aoife", "Brennan", "11 Larkfield Close"])
def test_an_xml_leaf_takes_its_parents_type(pattern_mask: Mask, value: str) -> None:
    assert value not in pattern_mask.protect(RECORD)


@pytest.mark.parametrize(
    "text",
    [
        "<project><name>Apache Commons</name><version>1.2</version></project>",
        "<item><value>42</value><unit>kg</unit></item>",
        "<config><entry><name>timeout</name><value>30</value></entry></config>",
    ],
)
def test_xml_leaves_of_things_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: And date of birth for verification?\nCaller: March 3rd, 1984.\nAgent: Thank you", "March 3rd, 1984"),
        ("[14:03] Agent: Thanks John-Paul. And your date of birth?\n[14:03] Customer: 9th feb 1979", "9th feb 1979"),
        ("Agent: what is the address on file?\nCaller: 12 Main Street, Springfield", "12 Main Street"),
    ],
)
def test_an_answer_to_a_longer_question(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


def test_a_question_naming_no_value_takes_no_answer(pattern_mask: Mask) -> None:
    text = "Agent: Do you want to go ahead?\nCustomer: 12 of them please"
    assert pattern_mask.protect(text) == text
