"""Things named with words that name people and places (mask-spacy, :mod:`mask.plugins.spacy.things`):
products, colours, materials, dishes, a maximum, a unit's system, a table's header, a title in
capitals, a street read as a person, another language's nouns. Neither NER nor the name rules
report them; the people and places beside them stay found."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Detector
from mask.plugins.spacy.things import foreign_common_noun, names_a_thing

from .conftest import scanned


def _thing(text: str, value: str, etype: str) -> bool:
    start = text.index(value)
    return names_a_thing(text, start, start + len(value), etype)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ('{"name": "Aurora Pro Max", "colour": "Midnight Black"}', "Aurora Pro Max", "PERSON"),
        ("The matching Aurora Pro kettle is sold separately.", "Aurora Pro kettle", "PERSON"),
        ("1. Nimbus 3000 Smart Kettle — 1.7 L, 2200 W", "Smart Kettle", "ORGANIZATION"),
        ("| Colours | Midnight Black, Glacier Silver, Coral Blush |", "Glacier Silver", "LOCATION"),
        ("WH-05,KNT-BNE-RST,Kindle Knit Beanie Rust,D-01-09,2210", "Beanie Rust", "PERSON"),
        ("  ORN-LC-OAK-LIN-GRY   Frame: White Oak      Upholstery: Linen", "White Oak", "LOCATION"),
        ('{"nombre": "Cresta Trail Runner 4", "color": "Verde Musgo"}', "Verde Musgo", "PERSON"),
        ("Recipe: Roasted Tomato & Red Lentil Soup (serves 4)", "Red Lentil", "PERSON"),
        ("Section 7.1: Hunter Green Paint Choices for Garden Sheds", "Hunter Green Paint Choices", "ORGANIZATION"),
        ("Phone in E.164. Max 50 000 rows per file.", "Max", "PERSON"),
        ("Dimensional divisor: 139   Max length + girth: 165 in", "Max", "PERSON"),
        ('Contro: a potenza "Max" supera i 68 dB', "Max", "PERSON"),
        ("Volume: 1 US cup = 236.6 mL", "US", "LOCATION"),
        ("1 lb = 0.4536 kg, 1 gal (US) = 3.785 L.", "US", "LOCATION"),
        ("Category                        Rate      Per-item   Cap\nConsumer Debit   0.05%   0.21", "Cap", "PERSON"),
        ("RIVERSTONE — Quick Rules (2\u20134 players, 40 min, ages 10+)\nSetup: shuffle", "RIVERSTONE", "LOCATION"),
        ("The Elm Avenue and Oak Lane floor plans both offer 3 bedrooms.", "Oak Lane", "PERSON"),
        ("• South-west facing rear garden with patio", "South-west", "LOCATION"),
        ("The Queen is the most powerful piece on the board.", "Queen", "PERSON"),
        ("After the Grace Period ends, interest accrues.", "Grace Period", "ORGANIZATION"),
        ("Trainingsplan „Grundlage 8“ — 8 Wochen", "Trainingsplan „Grundlage", "PERSON"),
        ("Languages (B2 German, C1 French).", "German", "NRP"),
        ("the Orbit Mini speaker in Midnight Blue, and the Luna Max Plus", "Midnight Blue", "PERSON"),
        ("The Harper Desk in Walnut Veneer ships in 2 weeks", "Walnut", "LOCATION"),
        ("the Ella Sofa in Sage Velvet is back-ordered", "Ella Sofa", "ORGANIZATION"),
        ("Serve with Lime Crema.", "Lime", "LOCATION"),
        (
            "Ingredients for Sweet Potato & Black Bean Chili: 2 sweet potatoes",
            "Sweet Potato & Black Bean Chili",
            "ORGANIZATION",
        ),
        ("Der Stuhl ist in Cognac Leder erhältlich.", "Cognac", "LOCATION"),
        ("3   | Lower Field Wanderers| 14 | 7 | 4 |", "Lower Field", "LOCATION"),
        ("Sweet William, Black-eyed Susan and Lady's Mantle are easy perennials", "Susan", "PERSON"),
        ("Sweet William, Black-eyed Susan and Lady's Mantle are easy perennials", "Lady", "PERSON"),
        ("Bloody Mary: 50 ml vodka, 100 ml tomato juice", "Mary", "LOCATION"),
        ("Chapter Seven: Rose Gardens and Ivy Walls - A Guide to Climbing Plants", "Rose Gardens", "LOCATION"),
    ],
)
def test_a_thing_is_no_one(text: str, value: str, etype: str) -> None:
    assert _thing(text, value, etype)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Olive Green joined the board in May.", "Olive Green", "PERSON"),  # a colour's first name, a family name
        ("Thanks to Peter Max for the poster.", "Peter Max", "PERSON"),
        ("Max said the build is green.", "Max", "PERSON"),
        ("Max: can you look at the logs?", "Max", "PERSON"),
        ("I moved to the US in 2019.", "US", "LOCATION"),
        ("Nathan Lane starred in the revival.", "Nathan Lane", "PERSON"),
        ("recovering at home on\nOrchard Lane) and the family", "Orchard Lane", "PERSON"),  # where someone lives
        ("Max Weber met them at the Queen Street office.", "Queen Street", "PERSON"),
        ("DUNMORE — A Crestview Lane woman was treated for minor injuries Tuesday after", "DUNMORE", "LOCATION"),
        ("Dieter „Didi“ Hausmann (1,5)", "Dieter „Didi“ Hausmann", "PERSON"),
        ("KILBRANNAN — A local man was rescued on Sunday.", "KILBRANNAN", "LOCATION"),
        ("Grace Hopper wrote the first compiler.", "Grace Hopper", "PERSON"),
        ("We met the Bakers, and the Baker family stayed on.", "Baker", "PERSON"),
        ("Name     Role     Status\nGrace    Admin    Active", "Grace", "PERSON"),  # a row under the header
        ('John "Jack" Smith signed it.', 'John "Jack" Smith', "PERSON"),
        ("She is German, born in Hamburg.", "German", "NRP"),
        ("Frame: Anna Kowalska", "Anna Kowalska", "PERSON"),
        ("Basil Green chairs the committee.", "Basil Green", "PERSON"),
        ("Customer Heather Black (email hb@example.net)", "Heather Black", "PERSON"),
        ("Dear Peter Lane, we tried to reach you", "Peter Lane", "PERSON"),
        ("Meeting with Ann Lee from Guerra-Case in Leeds.", "Guerra-Case", "ORGANIZATION"),
        ("Meeting in East April, Florida at noon.", "East", "LOCATION"),
        ("Lower Field Road is closed; Anna Walsh runs the club.", "Lower Field Road", "LOCATION"),
        ("A letter from John Case arrived.", "John Case", "PERSON"),
        ("I met Olive Green in Leeds.", "Olive Green", "PERSON"),
        ("Meeting with Ann Lee from Foster Group in Leeds.", "Foster Group", "ORGANIZATION"),
        ("Meeting with Ann Lee from Hall Inc in Leeds.", "Hall Inc", "ORGANIZATION"),
        ("Meeting with Ann Lee from White-Rose in Leeds.", "White-Rose", "ORGANIZATION"),
        ("Susan planted the black-eyed peas.", "Susan", "PERSON"),
        ("Mary said the Bloody Mary was too spicy.", "Mary", "PERSON"),
        ("A Long Talk With Mark Baker About Early Compilers", "Mark Baker", "PERSON"),
    ],
)
def test_a_name_stays_one(text: str, value: str, etype: str) -> None:
    assert not _thing(text, value, etype)


def test_a_foreign_noun_is_no_family_name() -> None:
    text = "spendi sale per alzare una Torre di 1 livello"
    at = text.index("Torre")
    assert foreign_common_noun(text, at, at + 5)
    titled = "ho scritto al Sig. Torre ieri"
    at = titled.index("Torre")
    assert not foreign_common_noun(titled, at, at + 5)
    after_first = "La maman d'Inès Chevalier s'est proposée"
    at = after_first.index("Chevalier")
    assert not foreign_common_noun(after_first, at, at + 9)
    name = "ho scritto a Giulia ieri"
    at = name.index("Giulia")
    assert not foreign_common_noun(name, at, at + 6)


@pytest.mark.parametrize(
    "text",
    [
        '{"sku": "AUR-PMX-BLK-01", "name": "Aurora Pro Max", "colour": "Midnight Black", "price": 349.00}',
        "Recipe: Roasted Tomato & Red Lentil Soup (serves 4, 45 min)\n\nIngredients\n- 800 g ripe plum tomatoes",
        "Conversion table: 1 inch = 2.54 cm, 1 mile = 1.609 km, 1 lb = 0.4536 kg, 1 gal (US) = 3.785 L.",
        "The Elm Avenue and Oak Lane floor plans both offer 3 bedrooms, 2.5 baths and 1,850 sq ft of living space.",
        "In chess, the Bishop moves diagonally and the King may castle once. The Queen is the most powerful piece.",
        "Relatório de KPIs — Loja online — setembro/2024\nindicador;ago/24;set/24;variação;meta;situação\n"
        "visitas;412 880;436 215;+5,7%;420 000;acima\nObservação: valores sem IVA; dados extraídos do armazém.",
        "TORRI DI SALE — Regolamento rapido (2\u20135 giocatori, 45 min, età 8+)\nPreparazione: ogni giocatore riceve "
        "una plancia, 4 segnalini Torre e 6 monete. Punteggio: ogni Torre vale quanto il suo livello al quadrato.",
    ],
)
def test_harmless_texts_stay_unchanged(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The headphones were returned by Olivia Bennett, who found the Aurora Pro Max too heavy.", "Olivia Bennett"),
        ("Max Müller ordered 2 Smart Kettle units for the Leeds office.", "Max Müller"),
        ("Marco Rossi ha comprato la Torre in legno a Bologna.", "Marco Rossi"),
    ],
)
def test_people_beside_things_stay_found(ner_mask: Mask, text: str, value: str) -> None:
    assert value not in ner_mask.protect(text)


def test_the_name_rules_drop_things_and_keep_people(rules: Detector) -> None:
    from .conftest import found

    assert not found(rules, "Recipe: Roasted Tomato & Red Lentil Soup (serves 4, 45 min)")
    assert not found(rules, "  ORN-LC-OAK-LIN-GRY   Frame: White Oak      Upholstery: Linen, Storm Grey")
    assert ("PERSON", "Olivia Bennett") in found(rules, "Dear Olivia Bennett, your Red Lentil Soup kit shipped.")


def test_scan_reports_no_product_as_a_person(ner_mask: Mask) -> None:
    text = "| Feature | Aurora Pro Max | Helix Air 2 |\n| Colours | Midnight Black, Glacier Silver | Onyx |"
    assert not [v for v, t in scanned(ner_mask, text) if t in ("PERSON", "LOCATION", "ORGANIZATION")]
