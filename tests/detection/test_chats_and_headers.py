"""Text from chats, mail headers and letters: thanks said to someone (``Thanks Jessica.``), a
chat speaker before a greeting, a person named by a possessive and a tie (``his sister Funmi``),
a dash signing a message (``... - Priya``), stacked titles (``Herrn Dr. Lukas Hoffmann``), an
Outlook recipient list split by semicolons, an NER entity that ran into the next header's label
(``Vince J\\nSent:``), and a US city, state and ZIP written in lower case after a street."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy import NameRulesDetector

from .conftest import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[09:16] agent_sam: Thanks Jessica. I've updated the address.", "Jessica"),
        ("[09:16] agent_sam: Hi Jessica, one moment please.", "Jessica"),
        ("Gracias Martina por la información.", "Martina"),
        ("His emergency contact is his sister Funmi, +234 803 555 0147.", "Funmi"),
        ("I went to the market with my friend Chiamaka yesterday.", "Chiamaka"),
        ('{"body": "Hi Li, I have reset the MFA. - Priya"}', "Priya"),
        ("It works now. -- Will", "Will"),
    ],
)
def test_names_in_chats_and_messages(rules: NameRulesDetector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Google for the tip.",
        "Ask my colleague Slack about it.",
        "Fixed in 2.1. - Release notes follow.",
        "Fixed in 2.1. - Release",
        "Sehr geehrter Herr Prof. Dr. Weber,",
    ],
)
def test_no_names_there(rules: NameRulesDetector, text: str) -> None:
    found = people(rules, text)
    assert not found - {"Weber"}


def test_stacked_titles_open_one_name(ner_mask: Mask) -> None:
    text = "Bei Rückfragen erreichen Sie Herrn Dr. Lukas Hoffmann unter der Durchwahl."
    spans = [(text[s.start : s.end], s.type) for s in ner_mask.scan([text])[0]]
    assert ("Lukas Hoffmann", "PERSON") in spans
    assert all("Herrn" not in value and "Dr" not in value for value, _ in spans)


def test_a_title_alone_is_no_place(ner_mask: Mask) -> None:
    text = "    # 'Sig. Avide Guerra'\n    # 'Dott. Violante Lombardo'"
    assert [s for s in ner_mask.scan([text])[0] if s.type == "LOCATION"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The RFC equivalent of ttext is any US-ASCII chars except space.",
        "It falls back to the default LCID string for US english, ie: en_US.",
    ],
)
def test_a_country_code_naming_a_variety_is_no_place(ner_mask: Mask, text: str) -> None:
    assert ner_mask.scan([text])[0] == []


def test_mail_headers(ner_mask: Mask) -> None:
    text = (
        "From: Kaminski, Vince J\nSent: Tuesday, October 09, 2001 3:17 PM\n"
        "To: Shirley Crenshaw; Heather Choate\nCc: 'jlew@stanford.edu'\nSubject: RE: visit"
    )
    protected = ner_mask.protect(text)
    for value in ("Kaminski", "Vince", "Shirley", "Crenshaw", "Heather", "Choate", "jlew"):
        assert value not in protected
    assert "\nSent: Tuesday" in protected and "\nCc: " in protected  # the labels stay


def test_semicolons_split_a_list_label(pattern_mask: Mask) -> None:
    text = "Attendees: Ana Lopez; Ben Ortiz"
    assert [text[s.start : s.end] for s in pattern_mask.scan([text])[0]] == ["Ana Lopez", "Ben Ortiz"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("i moved to 4417 n kedzie ave apt 2 chicago il 60625 last month", "4417 n kedzie ave apt 2 chicago il 60625"),
        ("send it to 12 main st, new york, ny 10001 pls", "12 main st, new york, ny 10001"),
        ("12 Main St and wa 98052 units", "12 Main St"),
    ],
)
def test_a_lower_case_city_state_and_zip(pattern_mask: Mask, text: str, address: str) -> None:
    found = [text[s.start : s.end] for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert found == [address]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olá Dra. Fernanda, tudo bem?", "Fernanda"),
        ("Buongiorno dott.ssa Bianchi, le scrivo per mio padre.", "Bianchi"),
        ("gentile dott. Rossi, grazie.", "Rossi"),
        ("Sou o filho da paciente Maria das Graças Souza.", "Maria das Graças Souza"),
    ],
)
def test_titles_in_lower_case_and_names_over_particles(rules: NameRulesDetector, text: str, name: str) -> None:
    assert name in people(rules, text)


def test_a_unit_before_a_sentence_is_no_title(rules: NameRulesDetector) -> None:
    assert not people(rules, "Deployment build #83175 finished in 200 ms. Retry after 182,40 EUR.")
