"""Names in European chats and letters, and European prose the English model misreads (mask-spacy).

Chats written in lower case in Dutch, Polish, French, Portuguese and German name people after
their own greetings and introductions (``hoi``, ``hej``, ``tu``, ``coucou``, ``c'est``, ``aqui é
a``, ``sou a``), titles (``mme``, ``dhr.``, ``sr.``), a German possessive (``von jonas' opa``) and a
closing (``lg``, ``groetjes``). Capitalised names stand after a maiden or a late husband's name's
mark (``geb.``, ``ved.``), closing a list of mourners (``und``, ``con``), after an agent's label,
as a chat speaker with an initial, as a signature's initial and family name and between commas
before ``geboren``. Articles, pronouns and common nouns that name lists or the gazetteer hold
(``El``, ``De``, ``het``, ``Zug``) are no one's name and no town.
"""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hoi femke, kun je morgen even bellen? groetjes", ["femke"]),
        ("hej agnieszka, tu bartek. zadzwoń jutro", ["agnieszka", "bartek"]),
        ("coucou c'est ludivine, je passe ce soir", ["ludivine"]),
        ("oi pessoal, aqui é a fernanda, até amanhã", ["fernanda"]),
        ("ola sou o d. rui do 3 esq", ["rui"]),
        ("dis à mme traore que je passe ce soir", ["traore"]),
        ("kun je de sleutel halen bij dhr. el idrissi? dank je", ["el idrissi"]),
        ("o sr. carvalho do 1 dto ligou hoje", ["carvalho"]),
        ("die schlüssel liegen bei jonas' opa im keller", ["jonas"]),
        ("kannst du die kinder abholen? ich muss länger arbeiten. lg svenja", ["svenja"]),
    ],
)
def test_lower_case_names_in_european_chats_are_protected(ner_mask: Mask, text: str, names: list[str]) -> None:
    protected = ner_mask.protect(text)
    assert all(name not in protected for name in names), protected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Wir nehmen Abschied von\nHildegard Wagner geb. Brückner\n* 3. Mai 1931", ["Brückner"]),
        ("È mancata all'affetto dei suoi cari\nLucia Ferri ved. Mancini\ndi anni 88", ["Mancini"]),
        ("In stiller Trauer: Petra und Uwe Brandt, Enkel Finn und Lea\nDie Trauerfeier ist am Montag.", ["Lea"]),
        ("Ne danno il triste annuncio i figli Giovanna con Stefano, i nipoti tutti.", ["Stefano"]),
        ("Richiede richiamata dopo le 17. Aperto reclamo. Operatore: Chiara", ["Chiara"]),
        ("[09:12] Agathe D.: quelqu'un a vu mon vélo ?\n[09:15] Olek: non", ["Agathe D."]),
        ("Met vriendelijke groet,\n\nHoogachtend,\nK. Doornbos", ["K. Doornbos"]),
        ("Op 3 maart heb ik, Shanti Ramdin, geboren op 1 mei 1980, een aanvraag ingediend.", ["Shanti Ramdin"]),
    ],
)
def test_capitalised_names_in_european_prose_are_protected(ner_mask: Mask, text: str, names: list[str]) -> None:
    protected = ner_mask.protect(text)
    assert all(name not in protected for name in names), protected


@pytest.mark.parametrize(
    "text",
    [
        "El equipo visitante perdió 2-0 el sábado y baja al quinto puesto de la tabla con seis jornadas.",
        "Die Stadtbücherei bleibt am Montag geschlossen. Ausgeliehene Bücher können am Automaten zurückgegeben werden.",
        "Baustelle: Ab dem 3. März fährt die S-Bahn seltener. Der nächste Zug fährt erst um 6:40 Uhr.",
        "Het weer: vandaag is het overwegend zonnig en droog. De maximumtemperatuur ligt rond de 18 graden.",
        "c'est elle qui a appelé hier, tu sais",
        "salut, tu vas bien ? c'est noël demain",
        "hey team, sr. swe at google here",
        "Agent: Will",
    ],
)
def test_european_prose_and_chat_words_stay(ner_mask: Mask, text: str) -> None:
    assert not [found for found in scanned(ner_mask, text) if found[1] in ("PERSON", "LOCATION")], text


def test_a_town_after_a_place_word_stays_a_town(ner_mask: Mask) -> None:
    text = "Der nächste Zug nach Zug fährt um 9 Uhr ab."
    assert scanned(ner_mask, text) == [("Zug", "LOCATION")]
