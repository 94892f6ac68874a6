"""Names found by hand in notes, chats and reviews that stayed in clear: a first name after a
titled full name found elsewhere in the message (``Apologies: Dr. Yewande Balogun`` ... ``chase
Yewande``), a chat speaker written as a user name (``[09:12] haruto.sasaki:``), someone a role
noun calls by name (``a caseworker called Ivy``, ``heard him call her "Shauna"``), a first name
after a list's dash (``Mon - Senthil drives``), after a kin title (``Mama Ngozi``), closing a list
of people NER read, and in lower case after a question's auxiliary or before a possessive
(``did dmitri ever``, ``at oksana's place``). And what stays: things called by a name, files and
settings, libraries' possessives and a list closed by an ordinary word."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.names import korean_names


def test_a_first_name_recurs_after_a_titled_full_name(ner_mask: Mask) -> None:
    text = "Apologies: Dr. Yewande Balogun\nActions:\n- Tomasz will chase Yewande about the lab keys."
    out = ner_mask.protect(text)
    assert "Yewande" not in out and "Balogun" not in out


def test_a_first_name_recurs_after_a_titled_name_in_a_payload(pattern_mask: Mask) -> None:
    out = pattern_mask.protect({"name": "Mrs. Ifeoma Chukwu", "note": "Ifeoma called twice."})
    assert "Ifeoma" not in out["note"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("[09:12] haruto.sasaki: morning all\n[09:13] leila.haddad: hi", "haruto.sasaki"),
        ("[09:12] haruto.sasaki: morning all\n[09:13] leila.haddad: hi", "leila.haddad"),
        ("10:02 AM <ingrid_olsen>: deploy done", "ingrid_olsen"),
    ],
)
def test_a_chat_speaker_written_as_a_user_name(ner_mask: Mask, text: str, handle: str) -> None:
    assert handle not in ner_mask.protect(text)


def test_a_bot_speaking_in_a_chat_stays(ner_mask: Mask) -> None:
    text = "[09:15] build.bot: deploy ok\n[09:16] release.notes: v2 tagged"
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("went to the dispute service and a caseworker called Ivy helped me", "Ivy"),
        ("the receptionist named Hope was lovely", "Hope"),
        ('I heard him call her "Shauna". She tried to walk away.', "Shauna"),
        ("Mon - Senthil drives (picks up the others)", "Senthil"),
        ("- Adaeze to send the revised deck", "Adaeze"),
        ("Tell him Mama Ngozi wants him to call", "Ngozi"),
        ("Sunday lunch: Tita Luz, Kuya Ramon, Phuong", "Phuong"),
    ],
)
def test_a_name_someone_is_called_by(ner_mask: Mask, text: str, name: str) -> None:
    assert name not in ner_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "save it in a file called Config and restart",
        "there is a setting called Grace for late payments",
        "Partners: Northwind Traders, Jane Okafor, Finance.",
    ],
)
def test_things_called_by_a_name_and_lists_closed_by_a_word_stay(ner_mask: Mask, text: str) -> None:
    out = ner_mask.protect(text)
    for word in ("Config", "Grace", "Finance"):
        if word in text:
            assert word in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tell raj the keys are at oksana's place", "oksana"),
        ("tell raj thanks. also did dmitri ever pay you back?", "dmitri"),
    ],
)
def test_a_lower_case_name_owning_a_thing_or_asked_about(ner_mask: Mask, text: str, name: str) -> None:
    out = ner_mask.protect(text)
    assert name not in out
    if "'s place" in text:
        assert "'s place" in out  # the token stands for the name, the possessive stays


def test_lower_case_possessives_of_things_stay(ner_mask: Mask) -> None:
    text = "tell raj that django's docs and paris's metro map are out of date"
    out = ner_mask.protect(text)
    assert "django's docs" in out and "paris's metro" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Five stars, would book again.\n- Blessing O.", "Blessing O."),
        ("Quick and friendly.\n- Bronwen K", "Bronwen K"),
        ("Acil bir durum olursa arayin.\nTeşekkürler,\nEmre", "Emre"),
        ("Questions to Seo-yeon Choi by Friday.", "Seo-yeon Choi"),
        ("The lease is with Park Ji-hoon and Hye-jin Kim.", "Hye-jin Kim"),
    ],
)
def test_a_review_signed_with_an_initial_a_turkish_closing_and_korean_names(
    ner_mask: Mask, text: str, name: str
) -> None:
    assert name not in ner_mask.protect(text)


def test_a_hyphenated_word_before_a_family_name_is_no_korean_name() -> None:
    assert korean_names("the Co-op Kim stock and the Yo-yo Ma recording") == []


def test_a_heading_with_a_letter_stays(ner_mask: Mask) -> None:
    text = "See the chart below.\n- Appendix B"
    assert ner_mask.protect(text) == text
