"""XML element names label their values (:mod:`mask.core.detectors.label_xml`): a SOAP
service's or an export's ``<lastName>Kowalska</lastName>``, ``<ssn>536229841</ssn>`` and
``<postalCode>00-001</postalCode>`` reached the model in clear, with NER too, since detection
reads markup as blanks and the element names were gone."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.label_xml import xml_leaves

RECORD = """<?xml version="1.0" encoding="UTF-8"?>
<crm:customer xmlns:crm="urn:example:crm" id="C-1042">
  <crm:firstName>Anna</crm:firstName>
  <crm:lastName>Kowalska</crm:lastName>
  <crm:phone type="mobile">031-442-958</crm:phone>
  <crm:address>
    <crm:street>ul. D&#322;uga 5</crm:street>
    <crm:city>Warszawa</crm:city>
    <crm:postalCode>00-001</crm:postalCode>
  </crm:address>
  <crm:dateOfBirth>1985-04-12</crm:dateOfBirth>
  <crm:ssn>536229841</crm:ssn>
  <crm:status>active</crm:status>
  <crm:name>Gold plan</crm:name>
</crm:customer>"""


def test_an_xml_record_keeps_nothing_in_clear(pattern_mask: Mask) -> None:
    out = pattern_mask.protect(RECORD)
    for secret in ("Anna", "Kowalska", "442-958", "D&#322;uga", "Warszawa", "00-001", "1985-04-12", "536229841"):
        assert secret not in out, secret
    for kept in ("<crm:status>active</crm:status>", "<crm:name>Gold plan</crm:name>", 'id="C-1042"'):
        assert kept in out, kept
    assert out.count("<crm:") == RECORD.count("<crm:")
    assert pattern_mask.reveal(out) == RECORD


def test_an_entity_written_value_gets_its_plain_token(pattern_mask: Mask) -> None:
    plain = pattern_mask.protect("<street>ul. Długa 5</street>")
    written = pattern_mask.protect("<street>ul. D&#322;uga 5</street>")
    assert plain == written and "Długa" not in plain


@pytest.mark.parametrize(
    "text",
    [
        "<table><tr><td>Phone</td><td>Status</td></tr></table>",  # field names as values
        "<p>See the <b>city</b> guide</p>",
        "<project><name>Apache Commons Lang</name><version>3.14.0</version></project>",  # <name>: a thing
        "<city></city><phone/>",
        "<phone>" + "9" * 3000 + "</phone>",  # longer than an element's text is read
    ],
)
def test_markup_without_labelled_values_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_xml_leaves_reads_text_only_elements() -> None:
    text = '<a:x k="1"><a:firstName>Anna</a:firstName><y><z>q</z></y><b>w</c><![CDATA[<i>no</i>]]></a:x>'
    assert [(text[a:b], name) for a, b, name in xml_leaves(text)] == [("Anna", "firstName"), ("q", "z"), ("no", "i")]


def test_json_text_holding_xml(pattern_mask: Mask) -> None:
    text = '{"soap": "<Envelope><Body><lastName>Kowalska</lastName></Body></Envelope>"}'
    out = pattern_mask.protect(text)
    assert "Kowalska" not in out and pattern_mask.reveal(out) == text
