"""Companies and towns by their context: a name opening a contact line, a document's sender with a
town in brackets, a town where a person is until a time, French town names; and the prose, code,
versions and ids that look like them but must stay as they are."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.plugins.spacy import NameRulesDetector
from mask.plugins.spacy.filters import is_false_entity
from mask.plugins.spacy.gazetteer import town_like
from mask.plugins.spacy.orgs import find_orgs


def found(detector: NameRulesDetector, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detector.detect([text], [[]], Budget())[0]}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Jockel contact: Luigi Bruder, tel. +49 (0) 5736 195735", "Jockel"),
        ("Oliveira contact: Vitor Moraes, tel. +55 18 8005-1825", "Oliveira"),
        ("Kukkonen contact: Eelis Lipponen, tel. (+358) 286747766", "Kukkonen"),
        ("Dima RA contact: Iustin Cristea, tel. 0765 711 189", "Dima RA"),
        ("Gardner-Ayala contact: David Mason", "Gardner-Ayala"),
        ("Smith-Young contact: Miss Lynda Cooper", "Smith-Young"),
        ("Schachner GesbR contact: Daniela Pammer", "Schachner GesbR"),
        ("Rodrigues - EI contact: Pedro Miguel Campos", "Rodrigues - EI"),
        ("van Dagsburg & Stettyn contact: Luke Hagendoorn", "van Dagsburg & Stettyn"),
        ("Ticket 12\nBrightwell Contact person: Anna Kowalska", "Brightwell"),
        ("Krämer Ansprechpartner: Herr Jonas Weber", "Krämer"),
        ("Valente contacto: Ângelo Campos", "Valente"),
        ("Our Jockel contact: Luigi Bruder", "Jockel"),
    ],
)
def test_a_name_opening_a_contact_line_is_an_organization(rules: NameRulesDetector, text: str, org: str) -> None:
    assert ("ORGANIZATION", org) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Support contact: see the wiki",
        "Contact: us",
        "Sales contact: Jane",
        "Press Contact: press@example.com",
        "Emergency contact: 911",
        "IT contact: helpdesk",
        "DevOps contact: #ops",
        "AWS contact: see the account page",
        "Technical Contact: see below",
        "Point of contact: the PM",
        "Key contact: TBD",
        "Linux contact: kernel list",
        "Please contact: the on-call engineer",
        "the Jockel contact: lower-case line start is prose",
        "x = Foo contact: 1",
    ],
)
def test_contact_labels_without_a_company_name_find_nothing(rules: NameRulesDetector, text: str) -> None:
    assert not {t for t, _ in found(rules, text)} & {"ORGANIZATION", "LOCATION"}


@pytest.mark.parametrize(
    ("text", "org", "town"),
    [
        ("Forwarding the invoice from Faure (WagnerVille) to Adrien Labbé.", "Faure", "WagnerVille"),
        ("Forwarding the invoice from Hoarau (Marty-sur-Schmitt) to Paul.", "Hoarau", "Marty-sur-Schmitt"),
        ("Forwarding the invoice from Royal Zuidweg (Neerijnen) to Ceylin.", "Royal Zuidweg", "Neerijnen"),
        ("The order from Rossellat (Besse (OW)) shipped.", "Rossellat", "Besse (OW)"),
        ("Invoice from Lebon (Saint Virginie-sur-Mer) attached.", "Lebon", "Saint Virginie-sur-Mer"),
        (
            "Payment from Spencer, Browning and Freeman (Cruzfurt) received.",
            "Spencer, Browning and Freeman",
            "Cruzfurt",
        ),
    ],
)
def test_a_document_sender_before_a_town_in_brackets(rules: NameRulesDetector, text: str, org: str, town: str) -> None:
    spans = found(rules, text)
    assert ("ORGANIZATION", org) in spans
    assert ("LOCATION", town) in spans


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Forwarding the invoice from Knudsen A/S (Gadstrup) to Johan.", "Gadstrup"),
        ("Signed with Kugler & Baumann KG (Pulkau) today.", "Pulkau"),
        ("Pokorná s.r.o. (Hanušovice) sent it.", "Hanušovice"),
        ("Nascimento S.A. (Tolbert) confirmed.", "Tolbert"),
        ("Veres és társa Zrt. (Tóthida) paid.", "Tóthida"),
        ("Ruppersberger Stiftung & Co. KG (Bischofswerda) wrote.", "Bischofswerda"),
        ("Zorlu Şti. (New Atalay) wrote.", "New Atalay"),
    ],
)
def test_a_town_in_brackets_after_an_organization(rules: NameRulesDetector, text: str, town: str) -> None:
    assert ("LOCATION", town) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ported from Python (CPython) to Rust.",
        "The invoice from Python (CPython) is fine.",
        "The invoice from AWS (Billing) arrived.",
        "Order from Amazon (Prime) arrived.",
        "Payment from Stripe (Test) failed.",
        "The order from Support (Tier 2) is open.",
        "Quote from Einstein (Physicist) says it all.",
        "Acme Inc (NASDAQ: ACME) reported.",
        "Acme Inc (formerly Foo) reported.",
        "Siemens AG (Holding) reported.",
        "Acme GmbH (Linux) ships.",
        "The Popen constructor takes args.",
        "x = Foo(Bar)",
        "v1.2.3 (Build 42)",
        "id ABC-123 (Ref XYZ)",
        "See the invoice from (draft) folder.",
    ],
)
def test_brackets_that_hold_no_town(rules: NameRulesDetector, text: str) -> None:
    assert not {t for t, _ in found(rules, text)} & {"LOCATION"}


def test_a_sender_needs_a_town_in_brackets() -> None:
    text = "The invoice from Python (CPython) is fine. Order from Amazon (Prime) arrived."
    assert find_orgs(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Can you ring her back? She is in Sanchezhaven until Friday.", "Sanchezhaven"),
        ("She is in Weststad until Friday.", "Weststad"),
        ("He's currently in Gadstrup for two weeks.", "Gadstrup"),
        ("Anna is in Tóthida since Monday.", "Tóthida"),
        ("They are still in Neerijnen.", "Neerijnen"),
        ("The customer lives in Hanušovice, near the border.", "Hanušovice"),
        ("Our supplier is based in Marty-sur-Schmitt.", "Marty-sur-Schmitt"),
        ("She is in Chlumec nad Cidlinou until Friday.", "Chlumec nad Cidlinou"),
        ("I'm in Weststad tomorrow", "Weststad"),
        ("She is in MarquesVille until Friday.", "MarquesVille"),
    ],
)
def test_a_town_where_a_person_is(rules: NameRulesDetector, text: str, town: str) -> None:
    assert ("LOCATION", town) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The value is in bytes until flushed.",
        "The code runs in Docker until ready.",
        "The job is in Docker until ready.",
        "It is in Progress until Friday.",
        "The cache lives in Redis until eviction.",
        "The session stays in Redis until it expires.",
        "The file is in Downloads until you move it.",
        "This is in Beta until June.",
        "The build is in Staging until Monday.",
        "The feature is currently in Preview.",
        "She is in May until the 3rd.",
        "He is in Python for now.",
        "She is in JSON mode.",
        "He's in Jira until noon.",
        "She is in Slack until 5.",
        "I am in Meetings until 3.",
        "Data is in UTF-8 until converted.",
        "He is in Standup until 10.",
        "The state is in Terraform since v1.5.",
        "She is in Sanchezhaven_test until Friday.",
        "the key is in os.Environ until reload",
    ],
)
def test_no_town_where_no_person_is_or_the_word_is_no_town(rules: NameRulesDetector, text: str) -> None:
    assert not {t for t, _ in found(rules, text)} & {"LOCATION"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("the delivery to boulevard de Grondin, Mallet-sur-Leclercq.", "Mallet-sur-Leclercq"),
        ("Livraison à Châlons-en-Champagne demain.", "Châlons-en-Champagne"),
        ("Envoyé de Bourg-lès-Valence hier.", "Bourg-lès-Valence"),
        ("the parcel went to 4 rue Pasteur, Saint-Aubinière.", "Saint-Aubinière"),
        ("Livraison prévue à Grondin-sur-Mer vendredi.", "Grondin-sur-Mer"),
    ],
)
def test_french_town_shapes(rules: NameRulesDetector, text: str, town: str) -> None:
    assert ("LOCATION", town) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Use Release-en-Route for this.",
        "Version 2.3-en-US build",
        "see Saint-Simon for details",
        "import Foo-sur-Bar/module",
        "the Pay-as-you-go plan",
        "Check-In and Sign-Off steps",
    ],
)
def test_hyphenated_words_that_are_no_french_towns(rules: NameRulesDetector, text: str) -> None:
    assert not {t for t, _ in found(rules, text)} & {"LOCATION"}


@pytest.mark.parametrize(
    ("value", "town"),
    [
        ("Gadstrup", True),
        ("WagnerVille", True),
        ("Marty-sur-Schmitt", True),
        ("Besse (OW)", True),
        ("CPython", False),
        ("Prime", False),
        ("Linux", False),
        ("AWS", False),
        ("JavaScript", False),
        ("Holding", False),
    ],
)
def test_town_like(value: str, town: bool) -> None:
    assert town_like(value) is town


@pytest.mark.parametrize("tool", ["Redis", "Terraform", "Jira", "Kotlin", "Elasticsearch"])
def test_developer_tools_are_false_entities(tool: str) -> None:
    assert is_false_entity(tool)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Jockel contact: Luigi Bruder, tel. +49 (0) 5736 195735", ("Jockel", "Luigi Bruder")),
        ("Forwarding the invoice from Faure (WagnerVille) to Adrien Labbé.", ("Faure", "WagnerVille")),
        ("Forwarding the invoice from Knudsen A/S (Gadstrup) to Johan Kristensen.", ("Knudsen A/S", "Gadstrup")),
        ("Can you ring Alexandra back? She is in Weststad until Friday.", ("Weststad",)),
        ("Paul called about the delivery to boulevard de Grondin, Mallet-sur-Leclercq.", ("Mallet-sur-Leclercq",)),
    ],
)
def test_protect_hides_context_companies_and_towns(ner_mask: Mask, text: str, values: tuple[str, ...]) -> None:
    out = ner_mask.protect(text)
    for value in values:
        assert value not in out
    assert ner_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Support contact: see the wiki",
        "The value is in bytes until flushed.",
        "The code runs in Docker until ready.",
        "Ported from Python (CPython) to Rust.",
        "The Popen constructor takes args.",
        "The cache lives in Redis until eviction.",
    ],
)
def test_protect_leaves_technical_prose_alone(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Signed by Hoffmann GesbR today.", "Hoffmann GesbR"),
        ("Regards,\nAnna\nJenssen Gruppen", "Jenssen Gruppen"),
        ("We paid Costela e Filhos on Monday.", "Costela e Filhos"),
        ("Mendizábal y asociados S.L. replied.", "Mendizábal y asociados S.L."),
        ("Veres és társa Zrt. replied.", "Veres és társa Zrt."),
        ("Németh és Rácz Bt. replied.", "Németh és Rácz Bt."),
        ("Zorlu Şti. replied.", "Zorlu Şti."),
        ("Brožová Doležalová o.s. replied.", "Brožová Doležalová o.s."),
        ("Ruppersberger Stiftung & Co. KG replied.", "Ruppersberger Stiftung & Co. KG"),
        ("I work at Mercier Grojean Sàrl. now.", "Mercier Grojean Sàrl."),
        ("Sportverein Kranich e.V. meets on Fridays.", "Sportverein Kranich e.V."),
    ],
)
def test_more_legal_forms(rules: NameRulesDetector, text: str, org: str) -> None:
    assert ("ORGANIZATION", org) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    ["Ask the Support Gruppen.", "Read Me - EI", "Open Partner portal", "Release Notes - ME"],
)
def test_ordinary_words_before_the_new_weak_forms_are_no_organization(rules: NameRulesDetector, text: str) -> None:
    assert not any(t == "ORGANIZATION" for t, _ in found(rules, text))


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Cheers,\nEfraín Calzada Bellido\nDespacho TJUY S.L.N.E\n", "Despacho TJUY S.L.N.E", "Efraín Calzada Bellido"),
        ("Sincerely,\nMay Paulsen\nMathiasen A/S\n", "Mathiasen A/S", "May Paulsen"),
    ],
)
def test_an_organization_name_stays_on_its_line(rules: NameRulesDetector, text: str, org: str, person: str) -> None:
    spans = found(rules, text)
    assert ("ORGANIZATION", org) in spans
    assert ("PERSON", person) in spans
