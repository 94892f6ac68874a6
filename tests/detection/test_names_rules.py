"""Names and places beyond the small spaCy model: titles, greetings, signatures, name lists, the gazetteer."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.core.spans import Span
from mask.core.testing.detector import DetectorConformance
from mask.plugins.spacy import NameRulesDetector
from mask.plugins.spacy.gazetteer import gazetteer


def found(detector: NameRulesDetector, text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detector.detect([text], [[]], Budget())[0]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mr. Smith, thanks for your order.", "Smith"),
        ("Please call Dr. Anna Schmidt tomorrow.", "Anna Schmidt"),
        ("Sehr geehrte Frau Müller-Lüdenscheidt,", "Müller-Lüdenscheidt"),
        ("M. Dupont est arrivé.", "Dupont"),
        ("Mme Lefèvre a appelé.", "Lefèvre"),
        ("La Sig.ra Rossi ha chiamato.", "Rossi"),
        ("El Sr. García llega hoy.", "García"),
        ("Hi Anna,\nthe build is green.", "Anna"),
        ("Hola Ólafur,\n¿qué tal?", "Ólafur"),
        ("Bonjour Zoë,\nmerci.", "Zoë"),
        ("Olá João,\ntudo bem?", "João"),
    ],
)
def test_titles_and_greetings(rules: NameRulesDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer Bongani Dlamini reported that the order arrived damaged.", "Bongani Dlamini"),
        ("La paciente Itziar Goikoetxea llegó tarde.", "Itziar Goikoetxea"),
        ("Der Mieter Jannik Wübbenhorst hat gekündigt.", "Jannik Wübbenhorst"),
        ("Approved by: J. Okafor, L. Brennan", "L. Brennan"),
        ("Can you ring Derek back on his mobile?", "Derek"),
        ("Please ask Herberto for the signed form.", "Herberto"),
        ("Call Janice tomorrow about the refund.", "Janice"),
    ],
)
def test_role_words_and_initials(rules: NameRulesDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer Success Team",
        "Patient Portal login failed",
        "Client Secret rotated",
        "Employee Handbook v2",
        "Tenant Id missing",
        "the U.S. Army",
        "E. coli outbreak",
        "Call Monday at noon.",
        "Please email Support with the logs.",
        "We call Python from Rust.",
    ],
)
def test_role_words_before_ordinary_words_are_no_names(rules: NameRulesDetector, text: str) -> None:
    assert not {t for t, _ in found(rules, text)} & {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey, it's marcus again", "marcus"),
        ("my name is priya raman and i need help", "priya raman"),
        ("hola lucía, ¿qué tal?", "lucía"),
        # a first name that is also an ordinary word: named as one, or with a known last name
        ("my name is carlos mendez and my ssn is 512-44-9021", "carlos mendez"),
        ("it's carlos mendez calling about my order", "carlos mendez"),
        ("my name is will", "will"),
        ("ich heiße max und brauche hilfe", "max"),
        ("mi chiamo giulia", "giulia"),
    ],
)
def test_lower_case_first_names_after_an_introduction(rules: NameRulesDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks will",
        "it's grace period",
        "hi there",
        "marcus aurelius wrote it",
        "it's will",
        "my name is not important",
    ],
)
def test_lower_case_words_without_an_introduction_or_ordinary_are_no_names(rules: NameRulesDetector, text: str) -> None:
    assert not found(rules, text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("my name is carlos mendez, i live in el paso texas", ["el paso", "texas"]),
        ("we moved to cape town last year", ["cape town"]),
        ("we are based in san francisco, california and love it", ["san francisco", "california"]),
        ("i'm originally from india", ["india"]),
        ("they moved to new york city in 2019", ["new york city"]),
    ],
)
def test_places_in_lower_case_after_where_someone_lives(rules: NameRulesDetector, text: str, places: list[str]) -> None:
    """A chat in lower case says where someone lives, comes from or moved to: before, only a
    capitalised place name was read, so ``el paso texas`` stayed in clear."""
    found_places = [v for t, v in found(rules, text) if t == "LOCATION"]
    assert sorted(found_places) == sorted(places)


@pytest.mark.parametrize(
    "text",
    [
        "i live in fear of the dark",
        "lives in reading",  # a town that is an ordinary word needs more than that
        "we moved to java from python last year",
        "data comes from kafka and is stored in redis",
        "i am from sales",
        "i live in a van down by the river",
    ],
)
def test_lower_case_words_after_a_home_phrase_that_name_no_place(rules: NameRulesDetector, text: str) -> None:
    assert not [v for t, v in found(rules, text) if t == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [("She lives near Lake Como.", "Lake Como"), ("We climbed Mount Kenya in May.", "Mount Kenya")],
)
def test_landform_names_are_places(rules: NameRulesDetector, text: str, place: str) -> None:
    assert ("LOCATION", place) in found(rules, text)


def test_a_landform_word_before_ordinary_words_is_no_place(rules: NameRulesDetector) -> None:
    # a bakery's name (an ORGANIZATION since shops are read by their kind), no place
    assert not [v for t, v in found(rules, "Lake House Bakery opens at 8.") if t == "LOCATION"]


@pytest.mark.parametrize(
    "closing",
    [
        "Regards,",
        "Best,",
        "Thanks,",
        "Cheers,",
        "Cordialement,",
        "Saludos,",
        "Mit freundlichen Grüßen,",
        "Grüße,",
        "Met vriendelijke groet,",
        "Pozdrawiam,",
        "Med vänlig hälsning,",
        "Med vennlig hilsen,",
        "S pozdravem,",
        "Ystävällisin terveisin,",
        "Tr\u00e2n tr\u1ecdng,",
        "Üdvözlettel,",
        "Cu stimă,",
        "Hormat saya,",
    ],
)
def test_signatures(rules: NameRulesDetector, closing: str) -> None:
    text = f"The parcel left the depot.\n\n{closing}\nJosé Ñúñez\nHead of Logistics"
    assert ("PERSON", "José Ñúñez") in found(rules, text)


@pytest.mark.parametrize(
    "name", ["Zoë Müller-Lüdenscheidt", "Søren Kierkegaard", "Nguyễn Văn An", "José Ñúñez", "Ólafur Arnalds"]
)
def test_names_with_diacritics(rules: NameRulesDetector, name: str) -> None:
    assert ("PERSON", name) in found(rules, f"The report was reviewed by {name} yesterday.")


@pytest.mark.parametrize(
    "text",
    [
        "Dear Customer, your order has shipped.",
        "Hi Team,\nthe release is out.",
        "Hello World",
        "Thanks,\nThe Support Team",
        "Best regards,\n\n-- \nSent from my phone",
        "Release Notes: New Features and Bug Fixes",
        "Grant Access to the Admin Panel",
    ],
)
def test_ordinary_words_are_no_names(rules: NameRulesDetector, text: str) -> None:
    assert not {t for t, _ in found(rules, text)} & {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The parcel left Lyon this morning.", "Lyon"),
        ("Our office in München is closed.", "München"),
        ("She moved to Rio de Janeiro last year.", "Rio de Janeiro"),
        ("Deliveries to New York resume on Monday.", "New York"),
        ("Customers in Deutschland and Brasil", "Deutschland"),
        ("Moving from Nice to Paris", "Nice"),
        ("He lives in Reading, PA", "Reading"),
        ("Bureau à Vannes", "Vannes"),
    ],
)
def test_gazetteer_places(rules: NameRulesDetector, text: str, place: str) -> None:
    assert ("LOCATION", place) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nice work on the release!",
        "Reading the logs now.",
        "Mobile app crashes on start.",
        "Split the batch in two.",
        "Male and female users",
        "tz=Europe/Paris",
        "Center the div",
    ],
)
def test_ambiguous_place_words_need_context(rules: NameRulesDetector, text: str) -> None:
    assert not any(t == "LOCATION" for t, _ in found(rules, text))


def test_gazetteer_marks_ambiguous_words() -> None:
    g = gazetteer()
    for word in ("Nice", "Mobile", "Reading", "Bath", "Split"):
        place = g.lookup(word)
        assert place is not None and place.ambiguous
    for word in ("Paris", "Lyon", "Berlin", "California"):
        place = g.lookup(word)
        assert place is not None and not place.ambiguous
    assert g.lookup("Of") is None


def test_rules_skip_covered_regions(rules: NameRulesDetector) -> None:
    text = "Dear Mr. Smith, ship it to Lyon."
    covered = [Span(9, 14, "X", 1.0, "earlier"), Span(27, 31, "X", 1.0, "earlier")]
    assert rules.detect([text], [covered], Budget())[0] == []


def test_protect_with_rules_and_ner(nlp_model: str) -> None:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "detectors": {"nlp_model": nlp_model, "nlp_processes": 1},
        }
    )
    try:
        assert "names" in m.detectors.names
        text = "Hi Søren,\nthe parcel for Zoë Müller-Lüdenscheidt left München.\n\nCordialement,\nNguyễn Văn An"
        out = m.protect(text)
        for value in ("Søren", "Zoë", "Müller-Lüdenscheidt", "München", "Nguyễn Văn An"):
            assert value not in out
        assert m.reveal(out) == text
    finally:
        m.close()


class TestNameRulesConformance(DetectorConformance):
    @pytest.fixture
    def detector(self) -> NameRulesDetector:
        return NameRulesDetector()

    @pytest.fixture
    def samples(self) -> list[tuple[str, str]]:
        return [("Dear Dr. Weber, see you soon.", "PERSON"), ("The depot in Lyon is closed.", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Invoice from Perrot SA attached.", "Perrot SA"),
        ("Signed with Beer GmbH yesterday.", "Beer GmbH"),
        ("Törnqvist & Olsson AB confirmed.", "Törnqvist & Olsson AB"),
        ("Payment to Fundacja Kruszona Sp. z o.o. is due.", "Fundacja Kruszona Sp. z o.o."),
        ("Vallet Royer et Fils shipped it.", "Vallet Royer et Fils"),
        ("Counsel: Miller, Guerrero and Browning.", "Miller, Guerrero and Browning"),
        ("Kestrel Robotics signed the contract.", "Kestrel Robotics"),
        ("Senior Analyst, Brightwave Analytics", "Brightwave Analytics"),
        ("Freight by Nordwind Logistik arrives Monday.", "Nordwind Logistik"),
        ("Malá s.r.o. sent the contract.", "Malá s.r.o."),
        ("Invoice from Pino & Asociados S.Coop. attached.", "Pino & Asociados S.Coop."),
        ("Paid to Kovács Bt. on Friday.", "Kovács Bt."),
        ("Yilmaz A.Ş. confirmed the order.", "Yilmaz A.Ş."),
    ],
)
def test_organizations_by_legal_form(rules: NameRulesDetector, text: str, org: str) -> None:
    assert ("ORGANIZATION", org) in found(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the Support Group.",
        "Product Holdings page",
        "our SA team",
        "The Group",
        "We use Data Analytics and Cloud Solutions daily.",
        "Our Systems are down.",
        "Reedview, Australian Capital Territory 3581",
    ],
)
def test_ordinary_words_before_a_legal_form_are_no_organization(rules: NameRulesDetector, text: str) -> None:
    assert not any(t == "ORGANIZATION" for t, _ in found(rules, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ring 020 7946 0958 ext. 214 and ask for Sanjay.", "Sanjay"),
        ("Please ask for Sanjay at the front desk.", "Sanjay"),
        ("Ask for Chidi when you arrive.", "Chidi"),
        ("You can speak to Olumide or me.", "Olumide"),
    ],
)
def test_a_name_asked_for_or_spoken_to(rules: NameRulesDetector, text: str, name: str) -> None:
    """A verb and its preposition whose object is a person: the name counts even when no name
    list knows it (``Sanjay`` is in none of Faker's)."""
    assert ("PERSON", name) in found(rules, text)


@pytest.mark.parametrize(
    "text", ["ask for Jira access", "ask for Help at the desk", "talk to Sales first", "speak to Kubernetes admins"]
)
def test_a_thing_asked_for_is_no_name(rules: NameRulesDetector, text: str) -> None:
    assert not [v for t, v in found(rules, text) if t == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Flight AA100 passenger list: SMITH/JOHN MR, GARCIA/MARIA MRS", {"SMITH/JOHN", "GARCIA/MARIA"}),
        ("PNR ABC123: GARCIA LOPEZ/MARIA JOSE MRS, OKAFOR/CHIDI MSTR", {"GARCIA LOPEZ/MARIA JOSE", "OKAFOR/CHIDI"}),
    ],
)
def test_names_in_a_tickets_layout(rules: NameRulesDetector, text: str, names: set[str]) -> None:
    """Family name, slash, given names and a title, as a ticket or a passenger list writes them:
    before, all stayed in clear."""
    assert {v for t, v in found(rules, text) if t == "PERSON"} == names


@pytest.mark.parametrize("text", ["see AC/DC MR", "TCP/IP DR plan", "I/O MS"])
def test_a_slash_between_capitals_before_a_title_word_is_no_name(rules: NameRulesDetector, text: str) -> None:
    assert not [v for t, v in found(rules, text) if t == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spoke to mrs patel about the refund", "patel"),
        ("dr jones will call", "jones"),
        ("mr john smith called", "john smith"),
        ("Signed, A. Kowalczyk-Nowak", "A. Kowalczyk-Nowak"),
    ],
)
def test_lower_case_titles_and_double_barrelled_names(rules: NameRulesDetector, text: str, name: str) -> None:
    """A title in lower case before a known name (a chat's ``mrs patel``), and an initial before a
    double-barrelled family name one part of which a list knows: before, both stayed in clear."""
    assert ("PERSON", name) in found(rules, text)


@pytest.mark.parametrize("text", ["ms word crashed", "see dr. who", "the mr. clean brand", "ms excel sheet"])
def test_a_lower_case_title_before_a_thing_is_no_name(rules: NameRulesDetector, text: str) -> None:
    assert not [v for t, v in found(rules, text) if t == "PERSON"]


def test_a_first_name_joined_to_a_person(rules: NameRulesDetector, ner_mask: Mask) -> None:
    """``Lucía y Mateo``: a known first name joined by ``and`` (``y``, ``et``, ``und``...) to a
    person found is a person too; before, ``Mateo`` stayed in clear."""
    text = "Lucía y Mateo llegan mañana."
    protected = ner_mask.protect(text)
    assert "Lucía" not in protected and "Mateo" not in protected
    assert "Will" in ner_mask.protect("Thanks to Anna and Will for the help.")  # an ordinary word stays
    tools = "To people familiar with Lex and Yacc, the code will be easy."
    assert ner_mask.protect(tools) == tools  # a person no name list knows may be a tool's name
