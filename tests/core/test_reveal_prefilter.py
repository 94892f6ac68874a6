"""Reveal skips the token search in texts too short for any token shape (and with no run of six
digits for a numeric one): it finds exactly what the finder finds."""

from __future__ import annotations

import itertools
from typing import Any

from mask.core import Mask
from mask.core.reveal import shortest_match
from mask.core.tokens.scheme import TokenPattern, TokenScheme

CONFIG: dict[str, Any] = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "plugins": {"disable": ["spacy"]},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"]}},
}


class _Shapes(TokenScheme):
    name = "shapes"

    def __init__(self, *shapes: str | TokenPattern) -> None:
        self.shapes = shapes

    def patterns(self) -> list[str | TokenPattern]:
        return list(self.shapes)


def test_the_shortest_match_of_the_shapes() -> None:
    assert shortest_match([_Shapes(r"Zip_[A-Z2-7]{6}", r"\[[A-Z]_[A-Z]{6}\]")]) == 10
    assert shortest_match([_Shapes(r"a{2,}b", TokenPattern(r"\d{6}", numeric=True))]) == 3  # numeric: runs
    assert shortest_match([_Shapes(r"(?:abc){e<=1}")]) == 0  # fuzzy: the regex module's own syntax
    assert shortest_match([_Shapes(r"[[:alpha:]]{12}")]) == 0  # a POSIX class
    assert shortest_match([_Shapes(r"(?|ab|cd)xyz")]) == 0  # the stdlib cannot read it
    assert shortest_match([_Shapes(r"x?")]) == 0


def test_short_texts_find_what_the_finder_finds() -> None:
    with Mask(CONFIG) as mask:
        revealer, finder = mask._revealer, mask.tokens.finder
        assert revealer._shortest == 10  # the built-in shapes' shortest: Zip_7QK2FA, [A_7QK2FA]
        pieces = ["1", "23", "456", "-", " ", "(", "+", "a", "Zip_", "ABCDEF", "\\u0031", '{"', "&#49;"]
        for n in range(1, 4):
            for parts in itertools.product(pieces, repeat=n):
                text = "".join(parts)
                assert [(m.start, m.end, m.token) for m in revealer._find(text)] == [
                    (m.start, m.end, m.token) for m in _full(revealer, finder, text)
                ], text
        token = mask.protect("+1 415 555 0132")
        short = token.replace(" ", "")[-9:]  # nine characters, all digits: a numeric shape's run
        assert len(short) < 10 and revealer._find(short) == finder.find(short)


def _full(revealer: Any, finder: Any, text: str) -> list[Any]:
    """What reveal found before the pre-filter: the finder over the text's decoded view."""
    from dataclasses import replace

    from mask.core.escapes import unescape

    view = unescape(text)
    if view is None:
        return finder.find(text)
    return [replace(m, start=view.raw(m.start), end=view.raw(m.end)) for m in finder.find(view.text)]


def test_reveal_of_short_and_long_arguments() -> None:
    with Mask(CONFIG) as mask:
        email, phone = mask.protect("bob@corp.com"), mask.protect("+1 415 555 0132")
        args = {"to": email, "cc": "", "n": "7", "subject": "case 12", "call": phone}
        assert mask.reveal(args, tool="send_email") == {
            "to": "bob@corp.com",
            "cc": "",
            "n": "7",
            "subject": "case 12",
            "call": "+1 415 555 0132",
        }
