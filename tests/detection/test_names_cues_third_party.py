"""People and places the words around them name in third-party prose (mask-spacy's
:mod:`~mask.plugins.spacy.cues`): nicknames, titles in lower case, ``name is``, a board's office,
initials in minutes, a name before a dash and a phone on a list's line; a dateline, a
neighbourhood, a street without a number, a relative's town, a town after ``near`` or ``aus``.
And a greeting after a text thread's bare time stamp (``Sat 8:03pm  Hey Kaz,``). Look-alikes stay."""

from __future__ import annotations

import pytest

from mask.plugins.spacy.cues import cue_people, cue_places
from mask.plugins.spacy.names import find_names


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Margaret Doyle, known to everyone as Peggy, 91, died at home.", "Peggy"),
        ("Groomsman was Liam Fahy (TJ to his mates' wives and his friends).", "TJ"),
        ("Congratulations to Rosa Quint (Roz to most of us) on retiring!", "Roz"),
        ("Proszę zostawić u pani Jadwigi z parteru.", "Jadwigi"),
        ("Beste meneer Visser,\n\nDank voor uw brief.", "Visser"),
        ("Quedamos en casa de Maite a las ocho.", "Maite"),
        ("Deixei com o porteiro, seu Jairo, ontem.", "Jairo"),
        ("We can stay at Auntie Losa's house for the week.", "Losa"),
        ("Our driver name is Suresh, he will call.", "Suresh"),
        ("The dog is lost. Owner is Pablo from the bakery.", "Pablo"),
        ("Meeting opened by President Hye-Jin Park at 7 pm.", "Hye-Jin Park"),
        ("2. Garden fund — T.M. reported a surplus.", "T.M."),
        ("Closed 9:10 pm. Minutes: P. Okafor.", "P. Okafor"),
        ("Claim closed.\n— D. Varga, Claims Officer", "D. Varga"),
        ("Family contacts:\n  Tomás (work) +34 912 555 010, at the clinic\n", "Tomás"),
        ("Cheers Aroha. See you Friday.", "Aroha"),
        ("Turni:\nBenedetta \u2013 0341 221 907\nLorenzo \u2013 0341 554 210\n", "Benedetta"),
    ],
)
def test_a_person_the_words_around_show(text: str, name: str) -> None:
    assert name in _found(cue_people(text), text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KILBRANNAN — A local man was rescued on Sunday.", "KILBRANNAN"),
        ("They grew up in the Fairmount Park neighbourhood of the city.", "Fairmount Park"),
        ("Their shop is on Carrow Lane behind the church.", "Carrow Lane"),
        ("Plot 4 went to a couple of Ashcombe Crescent.", "Ashcombe Crescent"),
        ("Mon 8 p.m. — Dunsany Ave resident reported a fox.", "Dunsany Ave"),
        ("She leaves her son Tevita Lolo of Nukualofa, and four grandchildren.", "Nukualofa"),
        ("The wedding was at the castle near\nBallater. Both work in Aberdeen.", "Ballater"),
        ("Die Firma Huber aus Unterföhring hat abgesagt.", "Unterföhring"),
    ],
)
def test_a_place_the_words_around_show(text: str, place: str) -> None:
    assert place in _found(cue_places(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. said no to the deal.",
        "We met on Main Street and on Wall Street.",
        "NOTE — The file is read once.",
        "Cells in the Moore neighbourhood are counted.",
        "The config file name is Settings, not Config.",
        "Data near Python.",
        "O seu Pedido chegou ontem.",
        "It is known to all as Python.",
        "Phone \u2013 0341 221 907",
        "Office (work) +34 912 555 010",
        "Thanks God! It works.",
        "A Secretary General was named.",
        "Pointer to member data.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert cue_people(text) == [] and cue_places(text) == []


def test_a_greeting_after_a_bare_time_stamp() -> None:
    text = "Sat 8:03pm  Hey Kaz, it's the plumber, running late."
    assert "Kaz" in _found(find_names(text), text)


def test_a_bare_time_stamp_alone_opens_no_name() -> None:
    text = "Mon 9:41 AM  Hi there, ok"
    assert _found(find_names(text), text) == []
