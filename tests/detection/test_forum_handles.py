"""A forum's or a board's author named by its layout, without an ``@``: ``Posted by X »``,
``Reply from: X``, ``posted by X`` at a line's end, ``X wrote:`` opening a line, ``User X (``,
``belongs to member X``. Each is a ``USERNAME`` and reveals back. Prose after the same words
(``posted by the council``, ``User Guide (PDF)``, ``pointer to member m_data``) stays."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Anyone used a roofer in town?\nPosted by leakyloft_19 » Tue Jun 04, 2024 7:02 am\n", "leakyloft_19"),
        ("--\nReply from: marigold_bee\nWe used the same firm.", "marigold_bee"),
        ("Best tiler near the park?\nPosted by OrlaghDK\n\nHi everyone,", "OrlaghDK"),
        ("  Re: posted by fenland_mum\n  She was great.", "fenland_mum"),
        ("Thread: boiler service\ncorgi_dad88 wrote:\n> Any tips?", "corgi_dad88"),
        ("[Admin note]\nUser spanner_pete (joined 2019) was warned twice.", "spanner_pete"),
        ("The photo shows a car which belongs to member dale.r77. Post removed.", "dale.r77"),
    ],
)
def test_a_forum_author(pattern_mask: Mask, text: str, login: str) -> None:
    assert (login, "USERNAME") in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert login not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "The notice was posted by the council on Monday.",
        "See the User Guide (PDF) for details.",
        "Returns a pointer to member m_data.",
        "Posted by Admin on 3 May.",
        "x = 1\n    User user_id (int): the key.",
        "Most member states agreed.",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
