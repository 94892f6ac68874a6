"""Speakers of a conversation written as lines (:mod:`mask.plugins.spacy.speakers`): a group chat's
nicknames and lower-case labels with a house number after them, a hearing's or a podcast's
speakers in capitals (after a title, a first name, a word the text writes as a name). And what
stays: a program log's labels, a list of labelled lines where nobody speaks twice, a transcript's
roles and a document's capitalised notes."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.speakers import conversation_speakers

NEIGHBOURS = (
    "[19:02] bev no.14: anyone seen a grey van parked across the road??\n"
    "[19:04] Dazza: nah\n"
    "[19:05] kaz p: thats the new fella at number 9\n"
    "[19:07] bev no.14: oh ok sorry!! ill knock\n"
    "[19:12] Chema: bienvenido al barrio\n"
)
HEARING = (
    "CHAIR: Next speaker, please state your name.\n"
    "MR. GUERRERO: Alfonso Guerrero. I've lived there since 1998.\n"
    "CHAIR: Thank you.\n"
    "MS. ABERNATHY: I support the variance.\n"
)
PODCAST = (
    "JOHN: Welcome back, I am John Tresilian, with me as always is Sarah.\n"
    "SARAH: Hello! Today we have a guest, our plot neighbour.\n"
    "DEV: Hi, everyone calls me Dev. Plot 31.\n"
    "JOHN: What did you grow?\n"
)
DUTCH = (
    "ineke (nr 12): hoi allemaal, wie heeft onze kliko?\n"
    "Ruud B.: staat er eentje bij ons, bij de heg.\n"
    "ineke (nr 12): jaaa dat is m, dankje!!\n"
    "Fatma: trouwens, wie rijdt er zaterdag?\n"
)


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in conversation_speakers(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (NEIGHBOURS, {"bev", "Dazza", "kaz p", "Chema"}),
        (HEARING, {"GUERRERO", "ABERNATHY"}),
        (PODCAST, {"JOHN", "SARAH", "DEV"}),
        (DUTCH, {"ineke", "Ruud B.", "Fatma"}),
        (
            "[07:43] Nneka Obi: Amen ma\n[07:45] Mama Tolu: he will bring his own\n[07:46] Nneka Obi: Thank you",
            {"Nneka Obi", "Tolu"},
        ),
    ],
)
def test_speakers(text: str, names: set[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a program log: no label is a person's
        "[10:42] kubelet: started\n[10:43] containerd: pulling image\n[10:44] kubelet: ready\n",
        # labelled lines where nobody speaks twice: no turns
        "Herren I: 9:5 gewonnen\nPunkte: Jörg (2)\nDamen: Spielausfall\nJugend: ungeschlagen\n",
        # a document's notes in capitals, a transcript's roles
        "NOTE: keep it short.\nWARNING: do not overwrite.\nNOTE: back up first.\nUSAGE: run it.\n",
        "Q: Where were you?\nA: At home.\nQ: Alone?\nA: Yes.\n",
        "HOST: Welcome.\nGUEST: Thanks.\nHOST: Let us begin.\n",
        "TRACE: enter\nEDIT: fixed the typo\nTRACE: leave\nGENERAL: all good\n",  # words the name lists hold too
    ],
)
def test_no_speakers(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        (NEIGHBOURS, ["] bev", "] Dazza:", "] kaz p:"], "no.14:"),
        (HEARING, ["GUERRERO:", "ABERNATHY:"], "CHAIR:"),
    ],
)
def test_protected(ner_mask: Mask, text: str, names: list[str], kept: str) -> None:
    out = ner_mask.protect(text)
    assert all(n not in out for n in names), out
    assert kept in out
