"""In technical and business text (tickets, logs, orders, configs, tables), a capitalised word or a
short title-cased phrase is a person, a company or a place only with evidence: a known first and
last name, a title, a person's key (``Assignee:``), a person's verb (``said``), a place's cue. A
product's or a component's name that NER reads as a person stays in clear; people in records and
rosters are still found."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.evidence import people_text, person_evidence, place_evidence, technical_text

from .conftest import scanned

TICKET = """OPS-2210  Checkout latency when {w} cache is DEGRADED
Status: Todo   Priority: High   Cycle: 12
Component: {w}
Description: p95 above 900 ms after the {w} upgrade; roll back if error rate > 2%.
Rollback: pin {w} to 3.4.1 and restart the pool."""

LOG = """2026-03-02T08:14:07Z INFO  Scheduler  loaded 48 jobs
2026-03-02T08:14:09Z WARN  HealthCheck  {w} replica-2 lag=41s
2026-03-02T08:14:12Z INFO  Scheduler  job=rollup-daily state=RUNNING
2026-03-02T08:15:40Z ERROR Exporter   {w} export failed code=503"""

ORDER = """Purchase order PO-7731
Supplier account: S-4410
  DESK-160   Standing desk, 160 cm, Walnut finish     4 x €520.00
  ARM-2X     Dual monitor arm, Silver                 4 x €119.00
Delivery: loading bay 2, weekdays 08:00-16:00"""


def _kinds(mask: Mask, text: str) -> set[str]:
    return {kind for _, kind in scanned(mask, text) if kind in ("PERSON", "LOCATION", "ORGANIZATION")}


@pytest.mark.parametrize("word", ["Hunter", "Archer", "Willow", "Piper", "Maverick"])
def test_a_component_named_like_a_person_in_a_ticket_stays_in_clear(ner_mask: Mask, word: str) -> None:
    text = TICKET.format(w=word)
    assert ner_mask.protect(text) == text


def test_a_component_named_like_a_person_in_a_log_stays_in_clear(ner_mask: Mask) -> None:
    text = LOG.format(w="Harper")
    assert "PERSON" not in _kinds(ner_mask, text)


def test_a_word_that_spells_a_town_in_an_order_line_is_no_place(ner_mask: Mask) -> None:
    # "Dual" is a town the gazetteer knows; an order's line gives it no place's context
    assert ("Dual", "LOCATION") not in scanned(ner_mask, ORDER)


def test_a_list_of_ticket_labels_is_no_company(ner_mask: Mask) -> None:
    text = TICKET.format(w="Sterling").replace("Cycle: 12", "Labels: Bug, Ingest, Sterling, Storage")
    assert "ORGANIZATION" not in _kinds(ner_mask, text)


def test_people_of_a_roster_are_still_found(ner_mask: Mask) -> None:
    text = """Sunday league - team sheet
GK: Ruairi Kavanagh
DEF: Tobenna Okafor, Jonty Ferris, Cillian Moran
MID: Hemi Walker, Lasse Berg
Subs £4 each, pay Ruairi before kick-off."""
    out = ner_mask.protect(text)
    for name in ("Kavanagh", "Tobenna Okafor", "Jonty Ferris", "Cillian Moran", "Hemi Walker", "Lasse Berg"):
        assert name not in out


def test_a_person_said_in_an_incident_timeline_is_found(ner_mask: Mask) -> None:
    text = """INC-448 timeline (UTC)
09:02  alert fired: queue depth 12 000
09:05  Osagie Emenike said the consumer pool was scaled down overnight
09:20  pool restored, backlog drained by 09:41"""
    assert "Osagie" not in ner_mask.protect(text)


def test_a_technical_text_is_told_by_its_lines() -> None:
    assert technical_text(TICKET.format(w="Atlas"))
    assert technical_text(LOG.format(w="Atlas"))
    assert technical_text('{"service": "gateway", "owner": "team-core"}')
    assert not technical_text("Dear Ms Quayle,\nThank you for your letter of last week.\nKind regards,\nTom")
    assert not technical_text("The committee met on Tuesday and agreed to repaint the pavilion before spring.")


def test_a_record_about_people_is_no_technical_text() -> None:
    visitors = "Visitor log\n09:05 Liang Wen (visiting Ms. Okoro)\n09:40 Pavel Hruby\n10:02 Ana Reis"
    assert people_text(visitors) and not technical_text(visitors)
    notes = '{"id": "D-1", "status": "OPEN", "notes": "leave it with the neighbour, he knows"}'
    assert people_text(notes) and not technical_text(notes)
    assert not people_text(LOG.format(w="Atlas"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Assignee: Ottoline\nStatus: Open\nPriority: Low", "Ottoline"),
        ("09:05  Quillon wrote the runbook\n09:10  ack\n09:12  done", "Quillon"),
        ("approved by Marden\nStatus: Done\nref: CH-12", "Marden"),
        ("Crew: Kai Akana, Pua Mahoe, Tane Ruru\nStart: 08:00\nEnd: 16:00", "Pua Mahoe"),
        ("Owner: Priya Raman\nStatus: Open\nref: CH-12", "Priya Raman"),
    ],
)
def test_a_person_has_evidence_from_a_key_a_verb_a_list_or_known_names(text: str, value: str) -> None:
    start = text.index(value)
    assert person_evidence(text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LIN-5 Gateway fails when Juniper replica is DEGRADED\nStatus: Todo\nPriority: High", "Juniper"),
        (
            "SKU-1  Starfall Cartographers  12+  30 min\nSKU-2  Tidepool  8+  20 min\nSKU-3  Pebble  6+  10 min",
            "Starfall Cartographers",
        ),
    ],
)
def test_a_thing_has_no_person_evidence(text: str, value: str) -> None:
    start = text.index(value)
    assert not person_evidence(text, start, start + len(value))


def test_a_place_has_evidence_from_its_key_its_number_or_its_preposition() -> None:
    for text, value in (
        ("city: Brackwater\nzip: 00000\nstatus: ok", "Brackwater"),
        ("drop at 88 Lenmore Pointe NE\nref: 1\nok: yes", "Lenmore Pointe NE"),
        ("moved to Brackwater last year\nref: 1\nok: yes", "Brackwater"),
    ):
        start = text.index(value)
        assert place_evidence(text, start, start + len(value)), text
    text = "SKU-9   Zubehör   AKTIV   9,99 €\nSKU-10  Kabel   AKTIV   5,00 €\nSKU-11  Netz   AKTIV   1,00 €"
    start = text.index("Zubehör")
    assert not place_evidence(text, start, start + len("Zubehör"))
